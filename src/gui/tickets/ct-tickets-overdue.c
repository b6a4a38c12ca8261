/* ct-tickets-overdue.c — once a minute: the tab's badge (open tickets past a
 * deadline), the sweep that marks tickets which have just become overdue, a
 * desktop notification naming them, and the deadline texts of the table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-tickets-page-private.h"

#define TICK_SECONDS 60
#define NOTIFICATION_ID "overdue"
/* Tickets named in one notification; the others are counted. */
#define MAX_NAMED 3

void
ct_tickets_page_update_badge (CtTicketsPage *self)
{
  guint n = 0;

  if (self->context != NULL)
    n = ct_ticket_store_count_overdue (ct_context_get_tickets (self->context),
                                       ct_tickets_page_now (self));
  ct_page_set_badge (CT_PAGE (self), n);
}

static GApplication *
find_application (CtTicketsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!GTK_IS_WINDOW (root))
    return NULL;
  return G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root)));
}

/* "T-2026-00012 厨房水管漏水", one per line, then "and 4 more". */
static char *
dup_body (GPtrArray *tickets)
{
  g_autoptr(GString) body = g_string_new (NULL);

  for (guint i = 0; i < tickets->len && i < MAX_NAMED; i++)
    {
      CtTicket *ticket = g_ptr_array_index (tickets, i);

      g_string_append_printf (body, "%s%s %s", i > 0 ? "\n" : "", ct_ticket_get_code (ticket),
                              ct_record_get_string (CT_RECORD (ticket), "title"));
    }
  if (tickets->len > MAX_NAMED)
    {
      guint more = tickets->len - MAX_NAMED;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, ngettext ("and %u more", "and %u more", more), more);
    }
  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
notify_overdue (CtTicketsPage *self,
                GPtrArray     *tickets)
{
  GApplication *application = find_application (self);
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = dup_body (tickets);

  if (application == NULL)
    return;
  title = g_strdup_printf (ngettext ("%u ticket is overdue", "%u tickets are overdue",
                                     tickets->len), tickets->len);
  notification = g_notification_new (title);
  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (application, NOTIFICATION_ID, notification);
}

guint
ct_tickets_page_sweep (CtTicketsPage *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  gboolean first = !self->swept;

  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), 0);

  if (self->context == NULL)
    return 0;
  found = ct_ticket_store_sweep_overdue (ct_context_get_tickets (self->context),
                                         ct_context_get_user (self->context), &error);
  if (found == NULL)
    {
      /* Another program may hold the file: the next minute tries again. */
      g_warning ("Cannot mark overdue tickets: %s", error->message);
      return 0;
    }
  self->swept = TRUE;
  /* What became overdue while the app was closed is not news. */
  if (found->len > 0 && !first)
    notify_overdue (self, found);
  return found->len;
}

static gboolean
tick_cb (gpointer user_data)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (user_data);

  ct_tickets_page_sweep (self);
  ct_tickets_page_update_badge (self);
  if (self->query->overdue_only)
    {
      /* "Overdue" is relative to now. */
      self->query->now = ct_tickets_page_now (self);
      ct_tickets_page_apply_query (self);
    }
  ct_tickets_page_refresh_sla_cells (self);
  return G_SOURCE_CONTINUE;
}

void
ct_tickets_page_start_overdue (CtTicketsPage *self)
{
  ct_tickets_page_stop_overdue (self);
  self->swept = FALSE;
  ct_tickets_page_sweep (self);
  ct_tickets_page_update_badge (self);
  self->tick_id = g_timeout_add_seconds (TICK_SECONDS, tick_cb, self);
}

void
ct_tickets_page_stop_overdue (CtTicketsPage *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}
