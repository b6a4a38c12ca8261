/* ct-ticket-create.c — a new ticket: number, address, deadlines, repeat check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-store-private.h"

/* T-2026-00042: a counter per year of creation (local year). */
static char *
next_code (CtTicketStore  *self,
           gint64          created_at,
           GError        **error)
{
  CtWorkCalendar *calendar = ct_ticket_store_get_calendar (self, 0, error);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  sqlite3_stmt *stmt;
  gint64 number = 0;
  int year, rc;

  if (calendar == NULL)
    return NULL;
  utc = g_date_time_new_from_unix_utc (created_at);
  local = g_date_time_to_timezone (utc, ct_work_calendar_get_timezone (calendar));
  year = g_date_time_get_year (local);
  stmt = ct_database_prepare (self->db,
    "INSERT INTO ticket_counters (year, last) VALUES (?, 1) "
    "ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    number = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ct_database_set_error (self->db, rc, error);
      return NULL;
    }
  return g_strdup_printf ("T-%d-%05" G_GINT64_FORMAT, year, number);
}

/* Fills site, building and address from the unit. */
static gboolean
resolve_place (CtTicketStore  *self,
               CtRecord       *ticket,
               GError        **error)
{
  gint64 unit_id = ct_record_get_int (ticket, "unit_id");
  CtRecord *unit, *building;
  g_autofree char *address = NULL;

  if (unit_id == 0)
    return TRUE;
  unit = ct_record_store_lookup (ct_organisation_get_units (self->org), unit_id);
  if (unit == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The unit of this ticket no longer exists."));
      return FALSE;
    }
  building = ct_record_store_lookup (ct_organisation_get_buildings (self->org),
                                     ct_record_get_int (unit, "building_id"));
  address = ct_organisation_dup_unit_address (self->org, CT_UNIT (unit));
  ct_record_set_int (ticket, "building_id", ct_record_get_int (unit, "building_id"));
  if (building != NULL)
    ct_record_set_int (ticket, "site_id", ct_record_get_int (building, "site_id"));
  ct_record_set_string (ticket, "address", address);
  return TRUE;
}

/* The same unit's complaint of the same category in the 30 days before; the
 * time it was made in @found_created_at (may be NULL). */
static gint64
find_repeat (CtTicketStore *self,
             CtRecord      *ticket,
             gint64         created_at,
             gint64        *found_created_at)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  if (found_created_at != NULL)
    *found_created_at = 0;
  if (!ct_ticket_store_may_repeat (ticket))
    return 0;
  stmt = ct_database_prepare (self->db,
    "SELECT id, created_at FROM tickets WHERE unit_id = ? AND kind = 'complaint' "
    "AND category = ? AND created_at >= ? AND created_at < ? "
    "AND status NOT IN ('cancelled', 'invalid') "
    "ORDER BY created_at DESC, id DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ct_record_get_int (ticket, "unit_id"));
  sqlite3_bind_text (stmt, 2, ct_record_get_string (ticket, "category"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, created_at - CT_TICKET_REPEAT_WINDOW);
  sqlite3_bind_int64 (stmt, 4, created_at);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      if (found_created_at != NULL)
        *found_created_at = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  return id;
}

gboolean
ct_ticket_store_may_repeat (CtRecord *ticket)
{
  return g_str_equal (ct_record_get_string (ticket, "kind"), "complaint")
         && ct_record_get_int (ticket, "unit_id") != 0;
}

gboolean
ct_ticket_store_insert_link (CtTicketStore  *self,
                             gint64          from,
                             gint64          to,
                             const char     *type,
                             GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db,
    "INSERT INTO ticket_links (ticket_id, other_id, type, created_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (ticket_id, other_id) DO UPDATE SET type = excluded.type", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, from);
  sqlite3_bind_int64 (stmt, 2, to);
  sqlite3_bind_text (stmt, 3, type, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, ct_ticket_store_now (self));
  return ct_database_step_done (self->db, stmt, error);
}

typedef struct
{
  CtTicketStore *self;
  CtTicket      *ticket;
  const char    *actor;
} Create;

/* A ticket imported with its history gets a timeline from its timestamps. */
static const struct { const char *field, *event; } history[] = {
  { "accepted_at", "accepted" }, { "dispatched_at", "dispatched" },
  { "arrived_at", "arrived" }, { "resolved_at", "resolved" }, { "visited_at", "visited" },
  { "archived_at", "archived" }, { "closed_at", "cancelled" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (history) + 1 <= CT_TICKET_MAX_HISTORY);

guint
ct_ticket_store_history_of (CtTicket             *ticket,
                            CtTicketHistoryEvent *events)
{
  CtRecord *r = CT_RECORD (ticket);
  guint n = 0;

  events[n++] = (CtTicketHistoryEvent) { ct_record_get_created_at (r), "created", "new", "" };
  for (guint i = 0; i < G_N_ELEMENTS (history); i++)
    {
      gint64 at = ct_record_get_int (r, history[i].field);
      CtTicketHistoryEvent *e = &events[n];

      if (at == 0)
        continue;
      *e = (CtTicketHistoryEvent) { at, history[i].event, NULL, "" };
      if (g_str_equal (e->type, "cancelled") && g_str_equal (ct_ticket_get_status (ticket), "invalid"))
        e->type = "invalidated";
      if (g_str_equal (e->type, "visited") && ct_record_get_int (r, "satisfaction") > 0)
        g_snprintf (e->reason, sizeof e->reason, "%d", (int) ct_record_get_int (r, "satisfaction"));
      n++;
    }
  return n;
}

static gboolean
write_history (Create  *c,
               GError **error)
{
  CtTicketHistoryEvent events[CT_TICKET_MAX_HISTORY];
  guint n = ct_ticket_store_history_of (c->ticket, events);
  gint64 id = ct_record_get_id (CT_RECORD (c->ticket));

  for (guint i = 0; i < n; i++)
    {
      if (!ct_ticket_store_insert_event_at (c->self, events[i].at, id, c->actor, events[i].type,
                                            NULL, events[i].to_status, events[i].reason, NULL,
                                            error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ct_ticket_store_prepare_new (CtTicketStore  *self,
                             CtTicket       *ticket,
                             gint64         *repeat_created_at,
                             GError        **error)
{
  CtRecord *r = CT_RECORD (ticket);
  gint64 created = ct_record_get_created_at (r);

  if (*ct_record_get_string (r, "code") == '\0')
    {
      g_autofree char *code = next_code (self, created, error);

      if (code == NULL)
        return FALSE;
      ct_record_set_string (r, "code", code);
    }
  if (!resolve_place (self, r, error)
      || !ct_ticket_store_compute_deadlines (self, ticket, error))
    return FALSE;
  ct_record_set_int (r, "repeat_of_id", find_repeat (self, r, created, repeat_created_at));
  return TRUE;
}

static gboolean
create_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  Create *c = user_data;
  CtRecord *r = CT_RECORD (c->ticket);
  gint64 repeat;

  if (!ct_ticket_store_prepare_new (c->self, c->ticket, NULL, error))
    return FALSE;
  repeat = ct_record_get_int (r, "repeat_of_id");
  if (!ct_record_store_insert (c->self->tickets, r, c->actor, error)
      || !ct_ticket_store_index_text (c->self, r, FALSE, error)
      || !write_history (c, error))
    return FALSE;
  return repeat == 0 || ct_ticket_store_insert_link (c->self, ct_record_get_id (r), repeat, "repeat", error);
}

void
ct_ticket_store_fill_new (CtTicketStore *self,
                          CtTicket      *ticket,
                          const char    *actor)
{
  CtRecord *r = CT_RECORD (ticket);

  if (*ct_record_get_string (r, "status") == '\0')
    ct_record_set_string (r, "status", "new");
  if (*ct_record_get_string (r, "owner_user") == '\0')
    ct_record_set_string (r, "owner_user", actor);
  if (ct_record_get_created_at (r) == 0)
    ct_record_set_meta (r, 0, 0, ct_ticket_store_now (self), 0);
}

gboolean
ct_ticket_store_create (CtTicketStore  *self,
                        CtTicket       *ticket,
                        const char     *actor,
                        GError        **error)
{
  g_autoptr(CtRecord) copy = NULL;
  CtRecord *r;
  Create c;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_TICKET (ticket), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (ticket)) == 0, FALSE);
  if (!ct_permission_check_record (self->db, CT_RECORD (ticket), "create", error))
    return FALSE;

  /* Work on a copy so that a failure leaves the caller's ticket untouched. */
  copy = ct_record_copy (CT_RECORD (ticket));
  r = copy;
  ct_ticket_store_fill_new (self, CT_TICKET (copy), actor);
  if (!ct_record_validate (r, error))
    return FALSE;

  c = (Create) { self, CT_TICKET (copy), actor };
  if (!ct_database_write (self->db, create_func, &c, error))
    return FALSE;
  ct_record_assign (CT_RECORD (ticket), copy);
  return TRUE;
}
