/* ct-ticket-lifecycle.c — the transitions 受理 → 派单 → 处理 → 反馈 → 回访 → 归档
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-asset-store.h"
#include "ct-error.h"
#include "ct-ticket-store-private.h"

typedef struct
{
  const char *event;     /* ticket_events.type */
  const char *from;      /* statuses allowed, '|'-separated */
  const char *to;        /* new status, NULL = unchanged */
  const char *refusal;   /* "%1$s" = code, "%2$s" = current status */
} Transition;

#define OPEN "new|accepted|dispatched|in_progress|paused"

static const Transition transitions[] = {
  { "accepted", "new", "accepted",
    N_("%1$s cannot be accepted: it is %2$s. Only a new ticket can be accepted.") },
  { "dispatched", OPEN, NULL,
    N_("%1$s cannot be dispatched: it is %2$s.") },
  { "started", "accepted|dispatched", "in_progress",
    N_("Work on %1$s cannot start: it is %2$s. Accept or dispatch it first.") },
  { "arrived", "dispatched|in_progress", "in_progress",
    N_("%1$s cannot be marked on site: it is %2$s. Dispatch it first.") },
  { "paused", "dispatched|in_progress", "paused",
    N_("%1$s cannot be paused: it is %2$s. Only work in progress can be paused.") },
  { "resumed", "paused", "in_progress",
    N_("%1$s cannot be resumed: it is %2$s, not paused.") },
  { "resolved", OPEN, "resolved",
    N_("%1$s cannot be resolved: it is %2$s.") },
  { "visited", "resolved", "visited",
    N_("%1$s cannot get a return visit: it is %2$s. Only a resolved ticket is visited.") },
  { "archived", "resolved|visited", "archived",
    N_("%1$s cannot be archived: it is %2$s. Resolve it first.") },
  { "reopened", "resolved|visited", "in_progress",
    N_("%1$s cannot be reopened: it is %2$s. Only a resolved or visited ticket can be "
       "reopened.") },
  { "cancelled", OPEN, "cancelled",
    N_("%1$s cannot be cancelled: it is %2$s. Only an open ticket can be cancelled.") },
  { "invalidated", OPEN, "invalid",
    N_("%1$s cannot be marked invalid: it is %2$s. Only an open ticket can be marked "
       "invalid.") },
};

static const Transition *
find_transition (const char *event)
{
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    if (g_str_equal (transitions[i].event, event))
      return &transitions[i];
  g_assert_not_reached ();
}

/* Checks that @event may happen to @ticket now; on success @copy is a copy of
 * @ticket with the new status. */
static CtRecord *
begin (CtTicket    *ticket,
       const char  *event,
       GError     **error)
{
  const Transition *t = find_transition (event);
  const char *status = ct_ticket_get_status (ticket);
  g_auto(GStrv) allowed = g_strsplit (t->from, "|", -1);
  CtRecord *copy;

  if (!g_strv_contains ((const char *const *) allowed, status))
    {
      /* The refusals are literals above, marked with N_(). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, _(t->refusal),
                   ct_ticket_get_code (ticket), ct_ticket_status_label (status));
#pragma GCC diagnostic pop
      return NULL;
    }
  copy = ct_record_copy (CT_RECORD (ticket));
  if (t->to != NULL)
    ct_record_set_string (copy, "status", t->to);
  return copy;
}

static gboolean
require_reason (const char  *reason,
                GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (reason ? reason : ""));

  if (*trimmed != '\0')
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, _("Please give a reason."));
  return FALSE;
}

static void
stamp (CtRecord   *copy,
       const char *field,
       gint64      now)
{
  if (ct_record_get_int (copy, field) == 0)
    ct_record_set_int (copy, field, now);
}

typedef struct
{
  CtTicketChange *change;
  gboolean        recompute;
} CommitData;

static gboolean
keep_overdue_mark (CtTicketStore  *self,
                   CtRecord       *copy,
                   GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db,
    "SELECT overdue_at FROM tickets WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ct_record_get_id (copy));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    ct_record_set_int (copy, "overdue_at", sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
commit_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  CommitData *d = user_data;
  CtTicketChange *c = d->change;
  CtTicketStore *self = c->self;
  CtRecord *copy = CT_RECORD (c->copy);
  g_autoptr(CtRecord) before = NULL;

  if (!ct_ticket_store_insert_event (self, ct_record_get_id (copy), c->actor, c->event,
                                     c->from_status, ct_ticket_get_status (c->copy), c->reason,
                                     c->detail, error))
    return FALSE;
  if (d->recompute && !ct_ticket_store_compute_deadlines (self, c->copy, error))
    return FALSE;
  if (c->text_changed
      && !(before = ct_record_store_load (self->tickets, ct_record_get_id (copy), error)))
    {
      if (error && *error == NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("“%s” was deleted by someone else."), ct_ticket_get_code (c->copy));
      return FALSE;
    }
  /* The sweep marks overdue tickets without a new version; a copy read before
   * the mark must not clear it. */
  if (ct_record_get_int (copy, "overdue_at") == 0
      && !keep_overdue_mark (self, copy, error))
    return FALSE;
  if (!ct_record_store_update (self->tickets, copy, c->actor, error))
    return FALSE;
  /* A resolved fault ends the asset's downtime linked to it. */
  if (g_str_equal (c->event, "resolved")
      && !ct_asset_downtime_close_for_ticket (db, ct_record_get_id (copy),
                                              ct_record_get_int (copy, "resolved_at"),
                                              c->actor, error))
    return FALSE;
  if (c->text_changed)
    return ct_ticket_store_index_text (self, before, TRUE, error)
        && ct_ticket_store_index_text (self, copy, FALSE, error);
  return TRUE;
}

static gboolean
commit_full (CtTicketStore  *self,
             CtTicket       *ticket,
             CtTicketChange *change,
             gboolean        recompute,
             GError        **error)
{
  CommitData d = { change, recompute };
  gboolean ok;

  change->self = self;
  if (change->from_status == NULL)
    change->from_status = ct_ticket_get_status (ticket);
  ok = ct_permission_check_ticket_event (self->db, CT_RECORD (ticket), change->event, error)
       && ct_database_write (self->db, commit_func, &d, error);
  if (ok)
    ct_record_assign (CT_RECORD (ticket), CT_RECORD (change->copy));
  g_clear_pointer (&change->detail, g_free);
  return ok;
}

gboolean
ct_ticket_store_commit (CtTicketStore   *self,
                        CtTicket        *ticket,
                        CtTicketChange  *change,
                        GError         **error)
{
  return commit_full (self, ticket, change, FALSE, error);
}

/* Runs @event on @ticket: checks, stamps, saves. @edit (may be NULL) adjusts
 * the copy before saving. */
static gboolean
transition (CtTicketStore  *self,
            CtTicket       *ticket,
            const char     *event,
            const char     *reason,
            const char     *actor,
            gboolean        recompute,
            void          (*edit) (CtRecord *copy, gint64 now, gconstpointer data),
            gconstpointer   data,
            GError        **error)
{
  g_autoptr(CtRecord) copy = NULL;
  CtTicketChange change = { 0 };

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_TICKET (ticket), FALSE);

  if (!(copy = begin (ticket, event, error)))
    return FALSE;
  if (edit)
    edit (copy, ct_ticket_store_now (self), data);
  change.copy = CT_TICKET (copy);
  change.actor = actor;
  change.event = event;
  change.reason = reason;
  return commit_full (self, ticket, &change, recompute, error);
}

static void
edit_accept (CtRecord *copy, gint64 now, gconstpointer data)
{
  stamp (copy, "accepted_at", now);
}

gboolean
ct_ticket_store_accept (CtTicketStore *self, CtTicket *ticket,
                        const char *actor, GError **error)
{
  return transition (self, ticket, "accepted", NULL, actor, FALSE, edit_accept, NULL, error);
}

typedef struct { gint64 department_id, assignee_id; } Dispatch;

static void
edit_dispatch (CtRecord *copy, gint64 now, gconstpointer data)
{
  const Dispatch *d = data;
  const char *status = ct_record_get_string (copy, "status");

  if (g_str_equal (status, "new") || g_str_equal (status, "accepted"))
    ct_record_set_string (copy, "status", "dispatched");
  stamp (copy, "accepted_at", now);
  stamp (copy, "dispatched_at", now);
  ct_record_set_int (copy, "department_id", d->department_id);
  ct_record_set_int (copy, "assignee_id", d->assignee_id);
}

gboolean
ct_ticket_store_dispatch (CtTicketStore *self, CtTicket *ticket, gint64 department_id,
                          gint64 assignee_id, const char *actor, GError **error)
{
  Dispatch d = { department_id, assignee_id };
  g_autofree char *detail = NULL;
  CtRecord *staff = NULL;

  if (department_id == 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Choose the department that handles the ticket."));
      return FALSE;
    }
  if (assignee_id != 0)
    {
      staff = ct_record_store_lookup (ct_organisation_get_staff (self->org), assignee_id);
      if (staff == NULL || !g_str_equal (ct_record_get_string (staff, "status"), "active"))
        {
          g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                       _("Only active staff can be dispatched a ticket."));
          return FALSE;
        }
      if (self->eligible && !self->eligible (CT_STAFF (staff), ct_ticket_get_kind (ticket),
                                             self->eligible_data))
        {
          g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                       _("%s may not be dispatched this kind of ticket yet."),
                       ct_record_get_string (staff, "name"));
          return FALSE;
        }
    }
  return transition (self, ticket, "dispatched", staff ? ct_record_get_string (staff, "name") : "",
                     actor, FALSE, edit_dispatch, &d, error);
}

gboolean
ct_ticket_store_start (CtTicketStore *self, CtTicket *ticket,
                       const char *actor, GError **error)
{
  return transition (self, ticket, "started", NULL, actor, FALSE, NULL, NULL, error);
}

static void
edit_arrive (CtRecord *copy, gint64 now, gconstpointer data)
{
  stamp (copy, "arrived_at", now);
}

gboolean
ct_ticket_store_arrive (CtTicketStore *self, CtTicket *ticket,
                        const char *actor, GError **error)
{
  if (ct_ticket_get_time (ticket, "arrived_at") != 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The arrival on site of %s is already recorded."),
                   ct_ticket_get_code (ticket));
      return FALSE;
    }
  return transition (self, ticket, "arrived", NULL, actor, FALSE, edit_arrive, NULL, error);
}

static void
edit_pause (CtRecord *copy, gint64 now, gconstpointer data)
{
  ct_record_set_int (copy, "paused_at", now);
  ct_record_set_string (copy, "pause_reason", data);
}

gboolean
ct_ticket_store_pause (CtTicketStore *self, CtTicket *ticket, const char *reason,
                       const char *actor, GError **error)
{
  if (!require_reason (reason, error))
    return FALSE;
  return transition (self, ticket, "paused", reason, actor, FALSE, edit_pause, reason, error);
}

static void
edit_resume (CtRecord *copy, gint64 now, gconstpointer data)
{
  ct_record_set_int (copy, "paused_at", 0);
  ct_record_set_string (copy, "pause_reason", "");
}

gboolean
ct_ticket_store_resume (CtTicketStore *self, CtTicket *ticket,
                        const char *actor, GError **error)
{
  return transition (self, ticket, "resumed", NULL, actor, TRUE, edit_resume, NULL, error);
}

static void
edit_resolve (CtRecord *copy, gint64 now, gconstpointer data)
{
  stamp (copy, "accepted_at", now);
  ct_record_set_int (copy, "resolved_at", now);
  ct_record_set_int (copy, "paused_at", 0);
  ct_record_set_string (copy, "pause_reason", "");
  if (data && *(const char *) data)
    ct_record_set_string (copy, "resolution_note", data);
}

gboolean
ct_ticket_store_resolve (CtTicketStore *self, CtTicket *ticket, const char *note,
                         const char *actor, GError **error)
{
  return transition (self, ticket, "resolved", note, actor, FALSE, edit_resolve, note, error);
}

typedef struct { int score; const char *note; } Visit;

static void
edit_visit (CtRecord *copy, gint64 now, gconstpointer data)
{
  const Visit *v = data;

  ct_record_set_int (copy, "visited_at", now);
  ct_record_set_int (copy, "satisfaction", v->score);
  ct_record_set_string (copy, "visit_note", v->note ? v->note : "");
}

gboolean
ct_ticket_store_visit (CtTicketStore *self, CtTicket *ticket, int score, const char *note,
                       const char *actor, GError **error)
{
  Visit v = { score, note };
  g_autofree char *reason = NULL;

  if (score < 1 || score > 5)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The satisfaction score must be from 1 to 5."));
      return FALSE;
    }
  reason = g_strdup_printf ("%d", score);
  return transition (self, ticket, "visited", reason, actor, FALSE, edit_visit, &v, error);
}

static void
edit_archive (CtRecord *copy, gint64 now, gconstpointer data)
{
  ct_record_set_int (copy, "archived_at", now);
}

gboolean
ct_ticket_store_archive (CtTicketStore *self, CtTicket *ticket,
                         const char *actor, GError **error)
{
  return transition (self, ticket, "archived", NULL, actor, FALSE, edit_archive, NULL, error);
}

static void
edit_reopen (CtRecord *copy, gint64 now, gconstpointer data)
{
  ct_record_set_int (copy, "reopened_count", ct_record_get_int (copy, "reopened_count") + 1);
  ct_record_set_int (copy, "resolved_at", 0);
  ct_record_set_int (copy, "archived_at", 0);
}

gboolean
ct_ticket_store_reopen (CtTicketStore *self, CtTicket *ticket, const char *reason,
                        const char *actor, GError **error)
{
  if (!require_reason (reason, error))
    return FALSE;
  return transition (self, ticket, "reopened", reason, actor, FALSE, edit_reopen, NULL, error);
}

static void
edit_close (CtRecord *copy, gint64 now, gconstpointer data)
{
  ct_record_set_int (copy, "closed_at", now);
  ct_record_set_int (copy, "paused_at", 0);
  ct_record_set_string (copy, "close_reason", data);
}

gboolean
ct_ticket_store_close (CtTicketStore *self, CtTicket *ticket, const char *status,
                       const char *reason, const char *actor, GError **error)
{
  const char *event;

  g_return_val_if_fail (g_strcmp0 (status, "cancelled") == 0
                        || g_strcmp0 (status, "invalid") == 0, FALSE);
  if (!require_reason (reason, error))
    return FALSE;
  event = g_str_equal (status, "cancelled") ? "cancelled" : "invalidated";
  return transition (self, ticket, event, reason, actor, FALSE, edit_close, reason, error);
}
