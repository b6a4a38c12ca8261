/* ct-demo-tickets-write.c — the rows of the demo tickets: tickets, their
 * timelines, repeat links and search index
 *
 * Bulk data: cached prepared statements, a ticket's whole timeline in one
 * multi-row INSERT, no GObject per row. Into an empty tickets table (a new demo
 * company) the writer goes faster still: the indexes of the ticket tables are
 * dropped first and built again from their own CREATE statements at the end, in
 * the same transaction, and the search index is rebuilt once rather than row by
 * row — a sort instead of millions of B-tree insertions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include "ct-demo-tickets-private.h"

/* SQLite's page cache for the run, in KiB: about what the new rows take
 * (1.3 KiB a ticket with its timeline and search index), within bounds. Pages
 * that spill out of the cache are written and read again. */
#define CACHE_MIN_KIB (64 * 1024)
#define CACHE_MAX_KIB (1536 * 1024)

static const char insert_ticket_sql[] =
  "INSERT INTO tickets (code, kind, repair_class, category, channel, site_id, building_id, "
  "unit_id, address, reporter, phone, title, description, owner_user, department_id, "
  "assignee_id, status, accepted_at, dispatched_at, arrived_at, resolved_at, visited_at, "
  "archived_at, closed_at, appointment_at, due_response_at, due_arrival_at, due_resolution_at, "
  "paused_at, pause_reason, satisfaction, visit_note, resolution_note, close_reason, "
  "reopened_count, repeat_of_id, overdue_at, version, created_at, updated_at) VALUES (?1, ?2, "
  "?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, "
  "?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, 1, ?38, ?39)";

static const char insert_link_sql[] =
  "INSERT INTO ticket_links (ticket_id, other_id, type, created_at) VALUES (?1, ?2, 'repeat', ?3)";

static const char insert_search_sql[] =
  "INSERT INTO tickets_fts (rowid, title, description, address, reporter) "
  "VALUES (?1, ?2, ?3, ?4, ?5)";

#define EVENT_COLUMNS 8

static void
bind_text (sqlite3_stmt *stmt,
           int           column,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_STATIC);
}

/* 0 = NULL, as CT_FIELD_OPT_INT and CT_FIELD_REF store it. */
static void
bind_optional (sqlite3_stmt *stmt,
               int           column,
               gint64        value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, value);
}

static gboolean
exec (CtDatabase  *db,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (ct_database_get_handle (db), sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}

static gboolean
query_int (CtDatabase  *db,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}

/* Keeps the CREATE statements of the ticket tables' indexes and drops them. */
static gboolean
drop_indexes (CtDemoWriter  *writer,
              GError       **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = ct_database_prepare (writer->db,
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "AND tbl_name IN ('tickets', 'ticket_events', 'ticket_links') ORDER BY name", error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (writer->indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      /* An identifier from the schema itself, quoted; no value is formatted in. */
      char *sql = sqlite3_mprintf ("DROP INDEX \"%w\"", (const char *) names->pdata[i]);
      gboolean ok = exec (writer->db, sql, error);

      sqlite3_free (sql);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
prepare (CtDemoWriter  *writer,
         GError       **error)
{
  writer->insert_ticket = ct_database_prepare (writer->db, insert_ticket_sql, error);
  if (writer->insert_ticket != NULL)
    writer->insert_link = ct_database_prepare (writer->db, insert_link_sql, error);
  if (writer->insert_link != NULL)
    writer->insert_search = ct_database_prepare (writer->db, insert_search_sql, error);
  return writer->insert_search != NULL;
}

gboolean
ct_demo_writer_begin (CtDemoWriter  *writer,
                      CtDatabase    *db,
                      guint          n_tickets,
                      GError       **error)
{
  gint64 kib = CLAMP ((gint64) n_tickets * 3 / 2, CACHE_MIN_KIB, CACHE_MAX_KIB);
  g_autofree char *cache = g_strdup_printf ("PRAGMA cache_size = -%" G_GINT64_FORMAT, kib);
  gint64 existing;

  memset (writer, 0, sizeof *writer);
  writer->db = db;
  writer->indexes = g_ptr_array_new_with_free_func (g_free);
  if (!query_int (db, "SELECT count(*) FROM tickets", &existing, error) ||
      !query_int (db, "PRAGMA cache_size", &writer->saved_cache, error) ||
      !exec (db, cache, error))
    return FALSE;
  writer->bulk = existing == 0;
  if (writer->bulk && !drop_indexes (writer, error))
    return FALSE;
  return prepare (writer, error);
}

static void
bind_times (sqlite3_stmt       *stmt,
            const CtDemoTicket *ticket)
{
  const gint64 times[] = {
    ticket->accepted_at, ticket->dispatched_at, ticket->arrived_at, ticket->resolved_at,
    ticket->visited_at, ticket->archived_at, ticket->closed_at, ticket->appointment_at,
    ticket->due.response, ticket->due.arrival, ticket->due.resolution, ticket->paused_at,
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    bind_optional (stmt, 18 + i, times[i]);
}

static const char *
or_empty (const char *text)
{
  return text ? text : "";
}

static gboolean
insert_ticket (CtDemoWriter       *writer,
               const CtDemoTicket *ticket,
               const char         *code,
               gint64             *id,
               GError            **error)
{
  sqlite3_stmt *stmt = writer->insert_ticket;
  const CtDemoUnit *unit = ticket->unit;

  bind_text (stmt, 1, code);
  bind_text (stmt, 2, ct_demo_ticket_kinds[ticket->kind].key);
  bind_text (stmt, 3, ct_demo_repair_classes[ticket->klass].key);
  bind_text (stmt, 4, ct_demo_categories[ticket->category].name);
  bind_text (stmt, 5, ticket->channel);
  sqlite3_bind_int64 (stmt, 6, ticket->site_id);
  sqlite3_bind_int64 (stmt, 7, unit->building_id);
  sqlite3_bind_int64 (stmt, 8, unit->id);
  bind_text (stmt, 9, unit->address);
  bind_text (stmt, 10, unit->owner);
  bind_text (stmt, 11, unit->phone);
  bind_text (stmt, 12, ticket->text->title);
  bind_text (stmt, 13, ct_demo_ticket_description (ticket));
  bind_text (stmt, 14, ticket->clerk->name);
  bind_optional (stmt, 15, ticket->department_id);
  bind_optional (stmt, 16, ticket->assignee_id);
  bind_text (stmt, 17, ticket->status);
  bind_times (stmt, ticket);
  bind_text (stmt, 30, or_empty (ticket->pause_reason));
  bind_optional (stmt, 31, ticket->satisfaction);
  bind_text (stmt, 32, or_empty (ticket->visit_note));
  bind_text (stmt, 33, or_empty (ticket->resolution_note));
  bind_text (stmt, 34, or_empty (ticket->close_reason));
  sqlite3_bind_int (stmt, 35, ticket->reopened_count);
  bind_optional (stmt, 36, ticket->repeat_of_id);
  bind_optional (stmt, 37, ticket->overdue_at);
  sqlite3_bind_int64 (stmt, 38, ticket->created_at);
  sqlite3_bind_int64 (stmt, 39, ticket->events[ticket->n_events - 1].at);
  if (!ct_database_step_done (writer->db, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (ct_database_get_handle (writer->db));
  return TRUE;
}

/* "INSERT … VALUES (?, …), (?, …)" with @n rows. The database caches it; the
 * pointer is kept too, to skip hashing the long text for every ticket. */
static sqlite3_stmt *
prepare_events (CtDemoWriter  *writer,
                guint          n,
                GError       **error)
{
  g_autoptr(GString) sql = NULL;

  g_assert (n > 0 && n <= CT_DEMO_MAX_EVENTS);
  if (writer->insert_events[n] != NULL)
    return writer->insert_events[n];
  sql = g_string_new ("INSERT INTO ticket_events (ticket_id, at, actor, type, from_status, "
                      "to_status, reason, detail) VALUES ");
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)");
  writer->insert_events[n] = ct_database_prepare (writer->db, sql->str, error);
  return writer->insert_events[n];
}

static gboolean
insert_events (CtDemoWriter       *writer,
               const CtDemoTicket *ticket,
               gint64              id,
               GError            **error)
{
  sqlite3_stmt *stmt = prepare_events (writer, ticket->n_events, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < ticket->n_events; i++)
    {
      const CtDemoEvent *event = &ticket->events[i];
      int c = i * EVENT_COLUMNS;

      sqlite3_bind_int64 (stmt, c + 1, id);
      sqlite3_bind_int64 (stmt, c + 2, event->at);
      bind_text (stmt, c + 3, event->actor);
      bind_text (stmt, c + 4, event->type);
      bind_text (stmt, c + 5, event->from_status);
      bind_text (stmt, c + 6, event->to_status);
      bind_text (stmt, c + 7, event->reason);
      sqlite3_bind_null (stmt, c + 8);   /* detail: none of these events has one */
    }
  return ct_database_step_done (writer->db, stmt, error);
}

static gboolean
insert_link (CtDemoWriter       *writer,
             const CtDemoTicket *ticket,
             gint64              id,
             GError            **error)
{
  sqlite3_stmt *stmt = writer->insert_link;

  if (ticket->repeat_of_id == 0)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, ticket->repeat_of_id);
  sqlite3_bind_int64 (stmt, 3, ticket->created_at);
  return ct_database_step_done (writer->db, stmt, error);
}

/* Into the search index now, unless it is rebuilt at the end. */
static gboolean
insert_search (CtDemoWriter       *writer,
               const CtDemoTicket *ticket,
               gint64              id,
               GError            **error)
{
  sqlite3_stmt *stmt = writer->insert_search;

  if (writer->bulk)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_text (stmt, 2, ticket->text->title);
  bind_text (stmt, 3, ct_demo_ticket_description (ticket));
  bind_text (stmt, 4, ticket->unit->address);
  bind_text (stmt, 5, ticket->unit->owner);
  return ct_database_step_done (writer->db, stmt, error);
}

gboolean
ct_demo_writer_add (CtDemoWriter       *writer,
                    const CtDemoTicket *ticket,
                    const char         *code,
                    gint64             *id,
                    GError            **error)
{
  return insert_ticket (writer, ticket, code, id, error) &&
         insert_events (writer, ticket, *id, error) &&
         insert_link (writer, ticket, *id, error) &&
         insert_search (writer, ticket, *id, error);
}

gboolean
ct_demo_writer_build_indexes (CtDemoWriter  *writer,
                              GError       **error)
{
  for (guint i = 0; i < writer->indexes->len; i++)
    if (!exec (writer->db, writer->indexes->pdata[i], error))
      return FALSE;
  g_ptr_array_set_size (writer->indexes, 0);
  return TRUE;
}

gboolean
ct_demo_writer_build_search (CtDemoWriter  *writer,
                             GError       **error)
{
  if (!writer->bulk)
    return TRUE;
  return exec (writer->db, "INSERT INTO tickets_fts (tickets_fts) VALUES ('rebuild')", error);
}

void
ct_demo_writer_clear (CtDemoWriter *writer)
{
  if (writer->db != NULL && writer->saved_cache != 0)
    {
      g_autofree char *cache = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT,
                                                writer->saved_cache);

      exec (writer->db, cache, NULL);
    }
  g_clear_pointer (&writer->indexes, g_ptr_array_unref);
  writer->db = NULL;
}
