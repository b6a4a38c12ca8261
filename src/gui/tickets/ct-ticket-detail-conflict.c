/* ct-ticket-detail-conflict.c — "Changed by someone else": what this pane
 * shows beside what is now saved, with Reload, Keep Mine or Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-private.h"
#include "widgets/ct-conflict-grid.h"

/* A grid: field | shown here | saved now, for the fields that differ. */
static GtkWidget *
differences_new (CtTicketDetail *self,
                 CtTicket       *mine,
                 CtTicket       *theirs)
{
  const CtTableInfo *table = ct_record_get_table (CT_RECORD (mine));
  GtkWidget *grid = ct_conflict_grid_new (_("Shown here"), _("Saved now"));

  for (guint i = 0; i < table->n_fields; i++)
    {
      const char *field = table->fields[i].name;
      g_autofree char *a = ct_ticket_detail_dup_field_text (self, mine, field);
      g_autofree char *b = ct_ticket_detail_dup_field_text (self, theirs, field);

      if (g_strcmp0 (a, b) != 0)
        ct_conflict_grid_add (grid, _(table->fields[i].nick), a, b);
    }
  if (ct_conflict_grid_get_n_rows (grid) == 0)
    ct_conflict_grid_add_note (grid, _("No field differs: they added to the timeline."));
  return grid;
}

static GtkWidget *
scrolled_new (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkScrolledWindow *sw = GTK_SCROLLED_WINDOW (scrolled);

  gtk_scrolled_window_set_policy (sw, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* A message dialog is narrow by default: room for two columns of values. */
  gtk_widget_set_size_request (scrolled, 480, -1);
  gtk_scrolled_window_set_propagate_natural_height (sw, TRUE);
  gtk_scrolled_window_set_min_content_height (sw, 96);
  gtk_scrolled_window_set_max_content_height (sw, 320);
  gtk_scrolled_window_set_child (sw, child);
  return scrolled;
}

static void
conflict_response_cb (CtTicketDetail   *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  g_autoptr(CtTicket) theirs = g_steal_pointer (&self->theirs);
  CtTicketDetailOp op = (CtTicketDetailOp) self->conflict_op;

  self->conflict_op = NULL;
  if (theirs == NULL || g_strcmp0 (response, "cancel") == 0)
    return;
  /* Their version is news for the list too. */
  ct_ticket_detail_saved (self, theirs);
  /* Keep Mine: the same change again, onto their version (audited as any
   * change; core still refuses what their version no longer allows). */
  if (g_strcmp0 (response, "mine") == 0 && op != NULL)
    {
      ct_ticket_detail_run (self, op, self->dialog);
      return;
    }
  if (self->dialog != NULL)
    ct_ticket_detail_dialog_show_error (self->dialog,
                                        _("Their version is shown now. Check it, then try "
                                          "again: what you typed is kept."));
}

static void
show_gone (CtTicketDetail *self,
           GtkWindow      *parent,
           const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Changed by Someone Else"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_set_weak_pointer (&self->conflict_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_ticket_detail_show_conflict (CtTicketDetail *self,
                                GtkWindow      *parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) theirs = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_assert (CT_IS_TICKET_DETAIL (self));

  theirs = ct_ticket_store_load (ct_context_get_tickets (self->context),
                                 ct_record_get_id (CT_RECORD (self->ticket)), &error);
  if (theirs == NULL)
    {
      show_gone (self, parent, error != NULL ? error->message
                                             : _("Someone else deleted this ticket."));
      return;
    }
  g_set_object (&self->theirs, theirs);

  body = g_strdup_printf (_("Someone else changed ticket %s after it was shown here, so "
                            "nothing was saved. Reload to see their version and try again, "
                            "or keep yours: it is saved over theirs, and both stay in the "
                            "ticket's history."),
                          ct_ticket_get_code (self->ticket));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Changed by Someone Else"),
                                                       body));
  adw_message_dialog_set_extra_child (dialog, scrolled_new (differences_new (self, self->ticket,
                                                                             theirs)));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    "mine", _("_Keep Mine"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "mine", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (dialog, "mine", self->conflict_op != NULL);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->conflict_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
