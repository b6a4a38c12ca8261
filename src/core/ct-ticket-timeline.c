/* ct-ticket-timeline.c — a ticket's timeline and links, read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-store-private.h"

void
ct_ticket_event_free (CtTicketEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->actor);
  g_free (event->type);
  g_free (event->from_status);
  g_free (event->to_status);
  g_free (event->reason);
  g_free (event->detail);
  g_free (event);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

GPtrArray *
ct_ticket_store_list_events (CtTicketStore  *self,
                             gint64          ticket_id,
                             GError        **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_event_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  stmt = ct_database_prepare (self->db,
    "SELECT id, at, actor, type, from_status, to_status, reason, detail FROM ticket_events "
    "WHERE ticket_id = ? ORDER BY at, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtTicketEvent *e = g_new0 (CtTicketEvent, 1);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->at = sqlite3_column_int64 (stmt, 1);
      e->actor = column_dup (stmt, 2);
      e->type = column_dup (stmt, 3);
      e->from_status = column_dup (stmt, 4);
      e->to_status = column_dup (stmt, 5);
      e->reason = column_dup (stmt, 6);
      e->detail = column_dup (stmt, 7);
      g_ptr_array_add (events, e);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (self->db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&events);
}

static const struct
{
  const char *type;
  const char *label;   /* N_() */
} event_labels[] = {
  { "created",     N_("Ticket created") },
  { "accepted",    N_("Accepted") },
  { "dispatched",  N_("Dispatched") },
  { "started",     N_("Work started") },
  { "arrived",     N_("On site") },
  { "paused",      N_("Paused") },
  { "resumed",     N_("Resumed") },
  { "resolved",    N_("Resolved") },
  { "visited",     N_("Return visit") },
  { "archived",    N_("Archived") },
  { "reopened",    N_("Reopened") },
  { "cancelled",   N_("Cancelled") },
  { "invalidated", N_("Marked invalid") },
  { "note",        N_("Note") },
  { "linked",      N_("Linked") },
  { "merged",      N_("Merged") },
  { "edited",      N_("Edited") },
  { "deadlines",   N_("Deadlines recomputed") },
  { "overdue",     N_("Overdue") },
};

char *
ct_ticket_event_dup_summary (const CtTicketEvent *event)
{
  const char *label = event->type;

  g_return_val_if_fail (event != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (event_labels); i++)
    if (g_strcmp0 (event_labels[i].type, event->type) == 0)
      label = _(event_labels[i].label);
  if (g_strcmp0 (event->type, "visited") == 0 && event->reason && *event->reason)
    /* Translators: a return visit and its satisfaction score, e.g. "Return visit (5/5)" */
    return g_strdup_printf (_("%s (%s/5)"), label, event->reason);
  if (event->reason && *event->reason)
    /* Translators: an event and its reason, e.g. "Paused (waiting for parts)" */
    return g_strdup_printf (_("%s (%s)"), label, event->reason);
  return g_strdup (label);
}

void
ct_ticket_link_free (CtTicketLink *link)
{
  if (link == NULL)
    return;
  g_free (link->other_code);
  g_free (link->type);
  g_free (link);
}

GPtrArray *
ct_ticket_store_list_links (CtTicketStore  *self,
                            gint64          ticket_id,
                            GError        **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_link_free);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), NULL);

  stmt = ct_database_prepare (self->db,
    "SELECT l.other_id, t.code, l.type, 1 FROM ticket_links l JOIN tickets t ON t.id = l.other_id "
    "WHERE l.ticket_id = ?1 "
    "UNION ALL "
    "SELECT l.ticket_id, t.code, l.type, 0 FROM ticket_links l JOIN tickets t ON t.id = l.ticket_id "
    "WHERE l.other_id = ?1 ORDER BY 2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      CtTicketLink *link = g_new0 (CtTicketLink, 1);

      link->other_id = sqlite3_column_int64 (stmt, 0);
      link->other_code = column_dup (stmt, 1);
      link->type = column_dup (stmt, 2);
      link->outgoing = sqlite3_column_int (stmt, 3);
      g_ptr_array_add (links, link);
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&links);
}
