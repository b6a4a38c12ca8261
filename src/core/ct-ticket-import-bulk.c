/* ct-ticket-import-bulk.c — writing the tickets of an import in bulk
 *
 * ct_ticket_store_create () writes one ticket per call: its row, an audit row
 * with the whole ticket as JSON, its search index entry and its timeline, each
 * through a statement of its own. For an import of 100,000 rows that was most
 * of the time. The bulk writer does the same work for every ticket — the same
 * ct_ticket_store_prepare_new () numbers it, finds its place, computes its
 * deadlines and the complaint it repeats, the same timeline — but writes the
 * rows in multi-row INSERTs with the ids the table would have given them (one
 * more than the highest, in file order), fills the search index for the whole
 * range once at the end, and records the import in one audit_log row (see
 * ct-ticket-import.h). Inside the import's transaction, so all or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include "ct-ticket-import-private.h"
#include "ct-ticket-store-private.h"

/* Tickets per INSERT: the CHECK constraints of the table cost a little per
 * statement, the SQL grows with the batch. */
#define TICKET_BATCH 32
/* Timeline rows per INSERT */
#define EVENT_BATCH  64
#define EVENT_COLUMNS 8

/* What the search for repeated complaints needs of a pending ticket. */
typedef struct
{
  CtTicket   *ticket;
  gint64      unit_id;      /* 0 unless a complaint a later one may repeat */
  const char *category;     /* owned by @ticket */
  gint64      created_at;
} Pending;

typedef struct
{
  gint64               ticket_id;
  CtTicketHistoryEvent event;
} Event;

struct _CtTicketBulk
{
  CtTicketStore     *store;
  CtDatabase        *db;
  const CtTableInfo *table;
  const char        *actor;
  gint64             now;
  gint64             first_id;
  gint64             next_id;       /* of the next ticket added */
  Pending            pending[TICKET_BATCH];
  guint              n_pending;     /* their ids: next_id - n_pending … next_id - 1 */
  GArray            *events;        /* Event, of written tickets and pending ones */
  guint              n_written_events; /* the first ones of @events, whose tickets are written */
  sqlite3_stmt      *insert_tickets[TICKET_BATCH + 1];  /* by number of rows */
  sqlite3_stmt      *insert_events[EVENT_BATCH + 1];
};

/* Statements */

static char *
tickets_sql (const CtTableInfo *table,
             guint              n_rows)
{
  GString *sql = g_string_new ("INSERT INTO tickets (");
  g_autoptr(GString) row = g_string_new ("(");

  /* Only column names from the compiled-in description; values are bound. */
  for (guint i = 0; i < table->n_fields; i++)
    {
      g_string_append_printf (sql, "%s, ", table->fields[i].name);
      g_string_append (row, "?, ");
    }
  g_string_append (sql, "version, created_at, updated_at, id) VALUES ");
  g_string_append (row, "1, ?, ?, ?)");
  for (guint i = 0; i < n_rows; i++)
    {
      if (i > 0)
        g_string_append (sql, ", ");
      g_string_append (sql, row->str);
    }
  return g_string_free (sql, FALSE);
}

static char *
events_sql (guint n_rows)
{
  GString *sql = g_string_new ("INSERT INTO ticket_events (ticket_id, at, actor, type, "
                               "from_status, to_status, reason, detail) VALUES ");

  for (guint i = 0; i < n_rows; i++)
    g_string_append (sql, i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)");
  return g_string_free (sql, FALSE);
}

/* The INSERT of @n_rows tickets, or of @n_rows timeline rows, prepared once
 * (and cached by the database). */
static sqlite3_stmt *
statement (CtTicketBulk  *bulk,
           gboolean       tickets,
           guint          n_rows,
           GError       **error)
{
  sqlite3_stmt **slot = tickets ? &bulk->insert_tickets[n_rows] : &bulk->insert_events[n_rows];
  g_autofree char *sql = NULL;

  if (*slot != NULL)
    return *slot;
  sql = tickets ? tickets_sql (bulk->table, n_rows) : events_sql (n_rows);
  *slot = ct_database_prepare (bulk->db, sql, error);
  return *slot;
}

/* Writing */

static void
bind_ticket (CtTicketBulk *bulk,
             sqlite3_stmt *stmt,
             int           first,
             CtRecord     *record,
             gint64        id)
{
  const CtTableInfo *t = bulk->table;
  int p = first;

  /* As CtRecordStore binds them: 0 is NULL for references and optional numbers. */
  for (guint i = 0; i < t->n_fields; i++, p++)
    {
      const CtField *f = &t->fields[i];

      if (f->type == CT_FIELD_TEXT)
        sqlite3_bind_text (stmt, p, ct_record_get_string (record, f->name), -1, SQLITE_TRANSIENT);
      else if (f->type == CT_FIELD_DATE)
        {
          const char *date = ct_record_get_string (record, f->name);

          if (*date != '\0')
            sqlite3_bind_text (stmt, p, date, -1, SQLITE_TRANSIENT);
        }
      else
        {
          gint64 value = ct_record_get_int (record, f->name);

          if (value != 0 || f->type == CT_FIELD_INT)
            sqlite3_bind_int64 (stmt, p, value);
        }
    }
  sqlite3_bind_int64 (stmt, p++, ct_record_get_created_at (record));
  sqlite3_bind_int64 (stmt, p++, bulk->now);
  sqlite3_bind_int64 (stmt, p, id);
}

static gboolean
write_events (CtTicketBulk  *bulk,
              guint          n,
              GError       **error)
{
  sqlite3_stmt *stmt = statement (bulk, FALSE, n, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const Event *e = &g_array_index (bulk->events, Event, i);
      int c = i * EVENT_COLUMNS;

      sqlite3_bind_int64 (stmt, c + 1, e->ticket_id);
      sqlite3_bind_int64 (stmt, c + 2, e->event.at);
      sqlite3_bind_text (stmt, c + 3, bulk->actor, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, c + 4, e->event.type, -1, SQLITE_STATIC);
      /* c + 5: from_status NULL, c + 8: detail NULL */
      if (e->event.to_status != NULL)
        sqlite3_bind_text (stmt, c + 6, e->event.to_status, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, c + 7, e->event.reason, -1, SQLITE_TRANSIENT);
    }
  if (!ct_database_step_done (bulk->db, stmt, error))
    return FALSE;
  sqlite3_clear_bindings (stmt);
  g_array_remove_range (bulk->events, 0, n);
  bulk->n_written_events -= n;
  return TRUE;
}

/* Writes the timeline rows of written tickets: full batches, or all with @all. */
static gboolean
flush_events (CtTicketBulk  *bulk,
              gboolean       all,
              GError       **error)
{
  while (bulk->n_written_events >= EVENT_BATCH)
    {
      if (!write_events (bulk, EVENT_BATCH, error))
        return FALSE;
    }
  return !all || bulk->n_written_events == 0
         || write_events (bulk, bulk->n_written_events, error);
}

static gboolean
flush_tickets (CtTicketBulk  *bulk,
               GError       **error)
{
  guint n = bulk->n_pending;
  gint64 first = bulk->next_id - n;
  int per_row = bulk->table->n_fields + 3;
  sqlite3_stmt *stmt;

  if (n == 0)
    return TRUE;
  stmt = statement (bulk, TRUE, n, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    bind_ticket (bulk, stmt, 1 + i * per_row, CT_RECORD (bulk->pending[i].ticket), first + i);
  if (!ct_database_step_done (bulk->db, stmt, error))
    return FALSE;
  sqlite3_clear_bindings (stmt);

  /* Repeats link to the earlier ticket, which is written now. */
  for (guint i = 0; i < n; i++)
    {
      gint64 repeat = ct_record_get_int (CT_RECORD (bulk->pending[i].ticket), "repeat_of_id");

      if (repeat != 0 && !ct_ticket_store_insert_link (bulk->store, first + i, repeat, "repeat",
                                                       error))
        return FALSE;
      g_clear_object (&bulk->pending[i].ticket);
    }
  bulk->n_pending = 0;
  bulk->n_written_events = bulk->events->len;
  return flush_events (bulk, FALSE, error);
}

/* Repeats */

/* ct_ticket_store_prepare_new () found the repeated complaint among the
 * written tickets; one in the batch not written yet may be later. Same order
 * as its query: the latest creation time, then the highest id. */
static void
find_pending_repeat (CtTicketBulk *bulk,
                     CtRecord     *ticket,
                     gint64       *repeat,
                     gint64       *repeat_created_at)
{
  gint64 first = bulk->next_id - bulk->n_pending;
  gint64 unit_id = ct_record_get_int (ticket, "unit_id");
  gint64 created_at = ct_record_get_created_at (ticket);
  const char *category = ct_record_get_string (ticket, "category");

  for (guint i = 0; i < bulk->n_pending; i++)
    {
      const Pending *q = &bulk->pending[i];

      if (q->unit_id != unit_id || q->created_at < created_at - CT_TICKET_REPEAT_WINDOW
          || q->created_at >= created_at || !g_str_equal (q->category, category))
        continue;
      if (*repeat == 0 || q->created_at >= *repeat_created_at)
        {
          *repeat = first + i;
          *repeat_created_at = q->created_at;
        }
    }
}

static void
note_pending (CtTicket *ticket,
              Pending  *p)
{
  CtRecord *r = CT_RECORD (ticket);

  *p = (Pending) { g_object_ref (ticket), 0, ct_record_get_string (r, "category"),
                   ct_record_get_created_at (r) };
  /* A later complaint may repeat this one, unless it was cancelled or invalid. */
  if (ct_ticket_store_may_repeat (r) && !ct_ticket_status_is_void (ct_ticket_get_status (ticket)))
    p->unit_id = ct_record_get_int (r, "unit_id");
}

/* Public */

CtTicketBulk *
ct_ticket_bulk_new (CtTicketStore  *store,
                    const char     *actor,
                    GError        **error)
{
  g_autoptr(CtTicketBulk) bulk = g_new0 (CtTicketBulk, 1);
  g_autoptr(GTypeClass) klass = g_type_class_ref (CT_TYPE_TICKET);
  sqlite3_stmt *stmt;
  int rc;

  bulk->store = store;
  bulk->db = ct_ticket_store_get_database (store);
  bulk->table = CT_RECORD_CLASS (klass)->table;
  bulk->actor = actor;
  bulk->now = ct_clock_now (ct_database_get_clock (bulk->db));
  bulk->events = g_array_new (FALSE, FALSE, sizeof (Event));
  stmt = ct_database_prepare (bulk->db, "SELECT coalesce (max (id), 0) FROM tickets", error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    bulk->first_id = bulk->next_id = sqlite3_column_int64 (stmt, 0) + 1;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ct_database_set_error (bulk->db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&bulk);
}

gboolean
ct_ticket_bulk_add (CtTicketBulk  *bulk,
                    CtTicket      *ticket,
                    GError       **error)
{
  CtRecord *r = CT_RECORD (ticket);
  CtTicketHistoryEvent history[CT_TICKET_MAX_HISTORY];
  gint64 repeat, repeat_created_at;
  guint n;

  if (!ct_permission_check_record (bulk->db, r, "create", error))
    return FALSE;
  ct_ticket_store_fill_new (bulk->store, ticket, bulk->actor);
  if (!ct_ticket_store_prepare_new (bulk->store, ticket, &repeat_created_at, error))
    return FALSE;
  if (ct_ticket_store_may_repeat (r))
    {
      repeat = ct_record_get_int (r, "repeat_of_id");
      find_pending_repeat (bulk, r, &repeat, &repeat_created_at);
      ct_record_set_int (r, "repeat_of_id", repeat);
    }
  note_pending (ticket, &bulk->pending[bulk->n_pending]);
  n = ct_ticket_store_history_of (ticket, history);
  for (guint i = 0; i < n; i++)
    g_array_append_val (bulk->events, ((Event) { bulk->next_id, history[i] }));
  bulk->n_pending++;
  bulk->next_id++;
  return TRUE;
}

gboolean
ct_ticket_bulk_write (CtTicketBulk  *bulk,
                      GError       **error)
{
  return bulk->n_pending < TICKET_BATCH || flush_tickets (bulk, error);
}

gboolean
ct_ticket_bulk_finish (CtTicketBulk  *bulk,
                       GError       **error)
{
  g_autofree char *audit = NULL;
  sqlite3_stmt *stmt;
  gint64 count = bulk->next_id - bulk->first_id;

  if (!flush_tickets (bulk, error) || !flush_events (bulk, TRUE, error))
    return FALSE;
  if (count == 0)
    return TRUE;
  /* The search index of the new range, in one statement. */
  stmt = ct_database_prepare (bulk->db,
    "INSERT INTO tickets_fts (rowid, title, description, address, reporter) "
    "SELECT id, title, description, address, reporter FROM tickets "
    "WHERE id BETWEEN ? AND ? ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, bulk->first_id);
  sqlite3_bind_int64 (stmt, 2, bulk->next_id - 1);
  if (!ct_database_step_done (bulk->db, stmt, error))
    return FALSE;
  audit = g_strdup_printf ("{\"import\": %" G_GINT64_FORMAT ", \"first_id\": %" G_GINT64_FORMAT
                           ", \"last_id\": %" G_GINT64_FORMAT "}",
                           count, bulk->first_id, bulk->next_id - 1);
  return ct_database_audit (bulk->db, bulk->actor, "ticket", 0, "insert", NULL, audit, error);
}

void
ct_ticket_bulk_free (CtTicketBulk *bulk)
{
  for (guint i = 0; i < bulk->n_pending; i++)
    g_clear_object (&bulk->pending[i].ticket);
  g_array_unref (bulk->events);
  g_free (bulk);
}
