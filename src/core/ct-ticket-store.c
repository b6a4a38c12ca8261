/* ct-ticket-store.c — loading, creating and saving tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-store-private.h"


G_DEFINE_FINAL_TYPE (CtTicketStore, ct_ticket_store, G_TYPE_OBJECT)

static void
ct_ticket_store_finalize (GObject *object)
{
  CtTicketStore *self = CT_TICKET_STORE (object);

  if (self->eligible_destroy)
    self->eligible_destroy (self->eligible_data);
  g_clear_pointer (&self->calendars, g_hash_table_unref);
  g_clear_object (&self->tickets);
  g_clear_object (&self->policies);
  g_clear_object (&self->db);
  g_clear_object (&self->org);
  G_OBJECT_CLASS (ct_ticket_store_parent_class)->finalize (object);
}

static void
ct_ticket_store_class_init (CtTicketStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_ticket_store_finalize;
}

static void
ct_ticket_store_init (CtTicketStore *self)
{
  self->calendars = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

CtTicketStore *
ct_ticket_store_new (CtOrganisation  *org,
                     GError         **error)
{
  g_autoptr(CtTicketStore) self = NULL;

  g_return_val_if_fail (CT_IS_ORGANISATION (org), NULL);

  self = g_object_new (CT_TYPE_TICKET_STORE, NULL);
  self->org = g_object_ref (org);
  self->db = g_object_ref (ct_organisation_get_database (org));
  self->tickets = ct_record_store_new (self->db, CT_TYPE_TICKET);
  ct_record_store_set_keep_model (self->tickets, FALSE);
  self->policies = ct_record_store_new (self->db, CT_TYPE_SLA_POLICY);
  if (!ct_record_store_reload (self->policies, error))
    return NULL;
  return g_steal_pointer (&self);
}

CtOrganisation *
ct_ticket_store_get_organisation (CtTicketStore *self)
{
  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);
  return self->org;
}

CtDatabase *
ct_ticket_store_get_database (CtTicketStore *self)
{
  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);
  return self->db;
}

CtRecordStore *
ct_ticket_store_get_policies (CtTicketStore *self)
{
  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);
  return self->policies;
}

CtWorkCalendar *
ct_ticket_store_get_calendar (CtTicketStore  *self,
                              gint64          site_id,
                              GError        **error)
{
  CtWorkCalendar *calendar;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  calendar = g_hash_table_lookup (self->calendars, &site_id);
  if (calendar == NULL)
    {
      calendar = ct_work_calendar_load (self->db, site_id, error);
      if (calendar == NULL)
        return NULL;
      g_hash_table_insert (self->calendars, g_memdup2 (&site_id, sizeof site_id), calendar);
    }
  return calendar;
}

void
ct_ticket_store_invalidate_calendars (CtTicketStore *self)
{
  g_return_if_fail (CT_IS_TICKET_STORE (self));
  g_hash_table_remove_all (self->calendars);
}

gint64
ct_ticket_store_now (CtTicketStore *self)
{
  return ct_clock_now (ct_database_get_clock (self->db));
}

CtTicket *
ct_ticket_store_load (CtTicketStore  *self,
                      gint64          id,
                      GError        **error)
{
  g_autoptr(CtRecord) ticket = NULL;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  ticket = ct_record_store_load (self->tickets, id, error);
  /* A technician sees only the tickets assigned to them. */
  if (ticket != NULL && !ct_permission_check_record (self->db, ticket, "read", error))
    return NULL;
  return CT_TICKET (g_steal_pointer (&ticket));
}

CtTicket *
ct_ticket_store_find_code (CtTicketStore  *self,
                           const char     *code,
                           GError        **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  stmt = ct_database_prepare (self->db, "SELECT id FROM tickets WHERE code = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (id == 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("There is no ticket “%s”."), code);
      return NULL;
    }
  return ct_ticket_store_load (self, id, error);
}

/* Closed and open pauses of @ticket_id, from its timeline. */
static GArray *
load_pauses (CtTicketStore  *self,
             gint64          ticket_id,
             GError        **error)
{
  GArray *pauses = g_array_new (FALSE, TRUE, sizeof (CtSlaPause));
  sqlite3_stmt *stmt;

  if (ticket_id == 0)
    return pauses;
  stmt = ct_database_prepare (self->db,
    "SELECT at, type FROM ticket_events WHERE ticket_id = ? "
    "AND type IN ('paused', 'resumed') ORDER BY at, id", error);
  if (stmt == NULL)
    {
      g_array_unref (pauses);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 at = sqlite3_column_int64 (stmt, 0);

      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 1), "paused"))
        g_array_append_val (pauses, ((CtSlaPause) { at, 0 }));
      else if (pauses->len > 0)
        g_array_index (pauses, CtSlaPause, pauses->len - 1).end = at;
    }
  sqlite3_reset (stmt);
  return pauses;
}

gboolean
ct_ticket_store_compute_deadlines (CtTicketStore  *self,
                                   CtTicket       *ticket,
                                   GError        **error)
{
  CtRecord *r = CT_RECORD (ticket);
  g_autoptr(GArray) pauses = NULL;
  CtSlaDeadlines d = { 0 };
  CtWorkCalendar *calendar;
  CtSlaPolicy *policy;
  gint64 created = ct_record_get_created_at (r);

  calendar = ct_ticket_store_get_calendar (self, ct_record_get_int (r, "site_id"), error);
  if (calendar == NULL || !(pauses = load_pauses (self, ct_record_get_id (r), error)))
    return FALSE;
  policy = ct_sla_find_policy (self->policies, ct_ticket_get_kind (ticket),
                               ct_record_get_string (r, "repair_class"));
  if (policy != NULL)
    ct_sla_compute (calendar, policy, created ? created : ct_ticket_store_now (self),
                    ct_record_get_int (r, "appointment_at"),
                    (CtSlaPause *) pauses->data, pauses->len, &d);
  ct_record_set_int (r, "due_response_at", d.response);
  ct_record_set_int (r, "due_arrival_at", d.arrival);
  ct_record_set_int (r, "due_resolution_at", d.resolution);
  return TRUE;
}

void
ct_ticket_store_preview_deadlines (CtTicketStore  *self,
                                   CtTicket       *ticket,
                                   CtSlaDeadlines *out)
{
  g_autoptr(CtRecord) scratch = NULL;

  g_return_if_fail (CT_IS_TICKET_STORE (self));
  g_return_if_fail (out != NULL);

  scratch = ct_record_copy (CT_RECORD (ticket));
  *out = (CtSlaDeadlines) { 0 };
  if (!ct_ticket_store_compute_deadlines (self, CT_TICKET (scratch), NULL))
    return;
  out->response = ct_record_get_int (scratch, "due_response_at");
  out->arrival = ct_record_get_int (scratch, "due_arrival_at");
  out->resolution = ct_record_get_int (scratch, "due_resolution_at");
}

gboolean
ct_ticket_store_insert_event (CtTicketStore  *self,
                              gint64          ticket_id,
                              const char     *actor,
                              const char     *type,
                              const char     *from_status,
                              const char     *to_status,
                              const char     *reason,
                              const char     *detail,
                              GError        **error)
{
  return ct_ticket_store_insert_event_at (self, ct_ticket_store_now (self), ticket_id, actor,
                                          type, from_status, to_status, reason, detail, error);
}

gboolean
ct_ticket_store_insert_event_at (CtTicketStore  *self,
                                 gint64          at,
                                 gint64          ticket_id,
                                 const char     *actor,
                                 const char     *type,
                                 const char     *from_status,
                                 const char     *to_status,
                                 const char     *reason,
                                 const char     *detail,
                                 GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db,
    "INSERT INTO ticket_events (ticket_id, at, actor, type, from_status, to_status, reason, "
    "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  sqlite3_bind_int64 (stmt, 2, at);
  sqlite3_bind_text (stmt, 3, actor ? actor : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, from_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, to_status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, reason ? reason : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, detail, -1, SQLITE_TRANSIENT);
  return ct_database_step_done (self->db, stmt, error);
}

gboolean
ct_ticket_store_index_text (CtTicketStore  *self,
                            CtRecord       *ticket,
                            gboolean        remove,
                            GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, remove
    ? "INSERT INTO tickets_fts (tickets_fts, rowid, title, description, address, reporter) "
      "VALUES ('delete', ?, ?, ?, ?, ?)"
    : "INSERT INTO tickets_fts (rowid, title, description, address, reporter) "
      "VALUES (?, ?, ?, ?, ?)", error);
  const char *cols[] = { "title", "description", "address", "reporter" };

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ct_record_get_id (ticket));
  for (guint i = 0; i < G_N_ELEMENTS (cols); i++)
    sqlite3_bind_text (stmt, i + 2, ct_record_get_string (ticket, cols[i]), -1,
                       SQLITE_TRANSIENT);
  return ct_database_step_done (self->db, stmt, error);
}
