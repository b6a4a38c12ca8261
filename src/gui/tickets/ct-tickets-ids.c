/* ct-tickets-ids.c — the queue limited to a list of ticket ids, the
 * dashboard's drill-down: a banner says how many and why, Clear drops it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-tickets-page-private.h"

void
ct_tickets_page_clear_ids (CtTicketsPage *self)
{
  g_clear_pointer (&self->query->ids, g_free);
  self->query->n_ids = 0;
  gtk_revealer_set_reveal_child (self->ids_revealer, FALSE);
}

static void
clear_ids_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ct_tickets_page_reset_filters (CT_TICKETS_PAGE (widget));
}

void
ct_tickets_page_show_ids (CtTicketsPage *self,
                          GArray        *ids,
                          const char    *kind,
                          const char    *title)
{
  g_autofree char *text = NULL;
  guint n;

  g_return_if_fail (CT_IS_TICKETS_PAGE (self));
  g_return_if_fail (ids != NULL && title != NULL);

  ct_tickets_page_reset_filters (self);
  self->filling = TRUE;
  /* Closed tickets count too: every status, and the kind asked for. */
  gtk_drop_down_set_selected (self->status_dropdown, 1);
  for (guint i = 0; kind != NULL && ct_ticket_kinds ()[i] != NULL; i++)
    if (g_str_equal (ct_ticket_kinds ()[i], kind))
      gtk_drop_down_set_selected (self->kind_dropdown, i + 1);
  self->filling = FALSE;
  ct_tickets_page_read_filters (self);
  /* An empty array is a filter too (no ticket), never "any". */
  self->query->ids = g_new0 (gint64, MAX (ids->len, 1));
  memcpy (self->query->ids, ids->data, ids->len * sizeof (gint64));
  self->query->n_ids = ids->len;
  ct_tickets_page_apply_query (self);

  n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  text = g_strdup_printf (ngettext ("Showing the %u ticket behind “%s”",
                                    "Showing the %u tickets behind “%s”", n), n, title);
  gtk_label_set_text (self->ids_label, text);
  gtk_revealer_set_reveal_child (self->ids_revealer, TRUE);
}

void
ct_tickets_page_class_init_ids (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, ids_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, ids_label);
  gtk_widget_class_install_action (widget_class, "tickets.clear-ids", NULL, clear_ids_action);
}
