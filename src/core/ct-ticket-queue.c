/* ct-ticket-queue.c — overdue tickets, assignee suggestions, policy changes,
 * the timeline and links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-query-private.h"
#include "ct-ticket-store-private.h"

/* The one SQL rule of "overdue" (ct-ticket-query.c), its parameters all @now. */
static void
bind_overdue (sqlite3_stmt *stmt,
              int           first,
              gint64        now)
{
  for (int i = 0; i < CT_TICKET_OVERDUE_N_PARAMS; i++)
    sqlite3_bind_int64 (stmt, first + i, now);
}

guint
ct_ticket_store_count_overdue (CtTicketStore *self,
                               gint64         now)
{
  sqlite3_stmt *stmt;
  guint n = 0;
  /* Along the open tickets' deadlines alone (migration 0009): the planner
   * would take tickets_status and read every open ticket. */
  g_autofree char *sql = g_strconcat ("SELECT count(*) FROM tickets INDEXED BY tickets_open_deadlines "
                                      "WHERE ", ct_ticket_overdue_sql (), NULL);

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), 0);

  stmt = ct_database_prepare (self->db, sql, NULL);
  if (stmt == NULL)
    return 0;
  bind_overdue (stmt, 1, now);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

typedef struct
{
  CtTicketStore *self;
  const char    *actor;
  GPtrArray     *found;
} Sweep;

static gboolean
sweep_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  Sweep *s = user_data;
  gint64 now = ct_ticket_store_now (s->self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  g_autofree char *sql = g_strconcat ("SELECT id FROM tickets INDEXED BY tickets_open_deadlines "
                                      "WHERE overdue_at IS NULL AND ",
                                      ct_ticket_overdue_sql (), " ORDER BY id", NULL);

  stmt = ct_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_overdue (stmt, 1, now);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_val (ids, ((gint64) { sqlite3_column_int64 (stmt, 0) }));
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *json = g_strdup_printf ("{\"overdue_at\":%" G_GINT64_FORMAT "}", now);
      CtTicket *ticket;

      /* A mark of the system, not an edit: it does not bump the version, so it
       * never conflicts with a user's change. */
      stmt = ct_database_prepare (db, "UPDATE tickets SET overdue_at = ? WHERE id = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, now);
      sqlite3_bind_int64 (stmt, 2, id);
      if (!ct_database_step_done (db, stmt, error)
          || !ct_ticket_store_insert_event (s->self, id, s->actor, "overdue", NULL, NULL, NULL,
                                            NULL, error)
          || !ct_database_audit (db, s->actor, "ticket", id, "update", NULL, json, error))
        return FALSE;
      if (!(ticket = CT_TICKET (ct_record_store_load (s->self->tickets, id, error))))
        return FALSE;
      /* Marked for everyone; told only to those who may see it. */
      if (ct_permission_check_record (db, CT_RECORD (ticket), "read", NULL))
        g_ptr_array_add (s->found, ticket);
      else
        g_object_unref (ticket);
    }
  return TRUE;
}

GPtrArray *
ct_ticket_store_sweep_overdue (CtTicketStore  *self,
                               const char     *actor,
                               GError        **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  Sweep s = { self, actor, found };

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  if (!ct_database_write (self->db, sweep_func, &s, error))
    return NULL;
  return g_steal_pointer (&found);
}

CtStaff *
ct_ticket_store_suggest_assignee (CtTicketStore *self,
                                  gint64         department_id,
                                  gint64         site_id,
                                  const char    *kind)
{
  CtRecordStore *staff = NULL;
  sqlite3_stmt *stmt;
  CtStaff *best = NULL;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  staff = ct_organisation_get_staff (self->org);
  stmt = ct_database_prepare (self->db,
    "SELECT s.id, (SELECT count(*) FROM tickets t WHERE t.assignee_id = s.id "
    "  AND t.status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')) AS load "
    "FROM staff s WHERE s.department_id = ? AND s.status = 'active' "
    "AND (s.site_id IS NULL OR ?2 = 0 OR s.site_id = ?2) ORDER BY load, s.id", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, department_id);
  sqlite3_bind_int64 (stmt, 2, site_id);
  while (best == NULL && sqlite3_step (stmt) == SQLITE_ROW)
    {
      CtRecord *member = ct_record_store_lookup (staff, sqlite3_column_int64 (stmt, 0));

      if (member != NULL
          && (self->eligible == NULL
              || self->eligible (CT_STAFF (member), kind, self->eligible_data)))
        best = CT_STAFF (member);
    }
  sqlite3_reset (stmt);
  return best;
}

void
ct_ticket_store_set_eligibility_func (CtTicketStore        *self,
                                      CtTicketEligibleFunc  func,
                                      gpointer              user_data,
                                      GDestroyNotify        destroy)
{
  g_return_if_fail (CT_IS_TICKET_STORE (self));

  if (self->eligible_destroy)
    self->eligible_destroy (self->eligible_data);
  self->eligible = func;
  self->eligible_data = user_data;
  self->eligible_destroy = destroy;
}

typedef struct
{
  CtTicketStore *self;
  CtSlaPolicy   *policy;
  const char    *actor;
  guint          changed;
} Apply;

static gboolean
apply_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  Apply *a = user_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = ct_database_prepare (db, "SELECT id FROM tickets WHERE kind = ? AND repair_class = ? "
                                  "AND status IN ('new', 'accepted', 'dispatched', "
                                  "'in_progress', 'paused')", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ct_record_get_string (CT_RECORD (a->policy), "kind"), -1,
                     SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, ct_record_get_string (CT_RECORD (a->policy), "repair_class"), -1,
                     SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_array_append_val (ids, ((gint64) { sqlite3_column_int64 (stmt, 0) }));
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CtTicket) ticket = ct_ticket_store_load (a->self, g_array_index (ids, gint64, i),
                                                         error);
      g_autoptr(CtRecord) copy = NULL;
      CtTicketChange change = { 0 };

      if (ticket == NULL)
        return FALSE;
      copy = ct_record_copy (CT_RECORD (ticket));
      if (!ct_ticket_store_compute_deadlines (a->self, CT_TICKET (copy), error))
        return FALSE;
      if (ct_record_equal_values (copy, CT_RECORD (ticket)))
        continue;
      change = (CtTicketChange) { .copy = CT_TICKET (copy), .actor = a->actor,
                                  .event = "deadlines" };
      if (!ct_ticket_store_commit (a->self, ticket, &change, error))
        return FALSE;
      a->changed++;
    }
  return TRUE;
}

guint
ct_ticket_store_apply_policy (CtTicketStore  *self,
                              CtSlaPolicy    *policy,
                              const char     *actor,
                              GError        **error)
{
  Apply a = { self, policy, actor, 0 };

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), 0);
  if (!ct_permission_check (self->db, "sla_policy", "update", 0, error))
    return 0;
  if (!ct_database_write (self->db, apply_func, &a, error))
    return 0;
  return a.changed;
}
