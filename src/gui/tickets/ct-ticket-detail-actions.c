/* ct-ticket-detail-actions.c — which actions the lifecycle allows, and running
 * them on a copy of the ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "audit/ct-history-dialog.h"
#include "ct-error.h"
#include "ct-ticket-detail-private.h"
#include "ct-ticket-print-op.h"

typedef gboolean (*Allowed) (CtTicket *ticket, const char *status);

static gboolean
is (const char *status,
    const char *wanted)
{
  return g_strcmp0 (status, wanted) == 0;
}

static gboolean allow_accept (CtTicket *t, const char *s) { return is (s, "new"); }
static gboolean allow_dispatch (CtTicket *t, const char *s) { return is (s, "accepted"); }
static gboolean allow_start (CtTicket *t, const char *s) { return is (s, "dispatched"); }
static gboolean allow_any (CtTicket *t, const char *s) { return TRUE; }
static gboolean allow_resume (CtTicket *t, const char *s) { return is (s, "paused"); }
static gboolean allow_visit (CtTicket *t, const char *s) { return is (s, "resolved"); }
static gboolean allow_open (CtTicket *t, const char *s) { return ct_ticket_status_is_open (s); }

static gboolean
allow_arrive (CtTicket   *ticket,
              const char *status)
{
  return (is (status, "dispatched") || is (status, "in_progress"))
         && ct_ticket_get_time (ticket, "arrived_at") == 0;
}

/* Pausing before work starts (the owner is out) counts too. */
static gboolean
allow_pause (CtTicket   *ticket,
             const char *status)
{
  return is (status, "dispatched") || is (status, "in_progress");
}

static gboolean
allow_redispatch (CtTicket   *ticket,
                  const char *status)
{
  return allow_pause (ticket, status) || is (status, "paused");
}

static gboolean
allow_edit (CtTicket   *ticket,
            const char *status)
{
  return !is (status, "archived") && !ct_ticket_status_is_void (status);
}

static gboolean
allow_finished (CtTicket   *ticket,
                const char *status)
{
  return is (status, "resolved") || is (status, "visited");
}

static gboolean
allow_work_order (CtTicket   *ticket,
                  const char *status)
{
  return !ct_ticket_status_is_void (status);
}

static gboolean
allow_visit_form (CtTicket   *ticket,
                  const char *status)
{
  return allow_finished (ticket, status) || is (status, "archived");
}

static const struct
{
  const char *name;
  Allowed     allowed;
  gboolean    button;   /* a button of the action bar, shown only when allowed */
} actions[] = {
  { "ticket.accept",     allow_accept,     TRUE },
  { "ticket.dispatch",   allow_dispatch,   TRUE },
  { "ticket.start",      allow_start,      TRUE },
  { "ticket.arrive",     allow_arrive,     TRUE },
  { "ticket.pause",      allow_pause,      TRUE },
  { "ticket.resume",     allow_resume,     TRUE },
  { "ticket.resolve",    allow_open,       TRUE },   /* a consultation is answered at once */
  { "ticket.visit",      allow_visit,      TRUE },
  { "ticket.archive",    allow_finished,   TRUE },
  { "ticket.reopen",     allow_finished,   TRUE },
  { "ticket.note",       allow_any,        TRUE },
  { "ticket.redispatch", allow_redispatch, FALSE },
  { "ticket.edit",       allow_edit,       FALSE },
  { "ticket.link",       allow_any,        FALSE },
  { "ticket.merge",      allow_open,       FALSE },
  { "ticket.cancel",     allow_open,       FALSE },
  { "ticket.invalid",    allow_open,       FALSE },
  { "ticket.print-work-order", allow_work_order, FALSE },
  { "ticket.print-visit-form", allow_visit_form, FALSE },
  { "ticket.history",    allow_any,        FALSE },
};

static GtkWidget *
find_button (CtTicketDetail *self,
             const char     *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->action_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ACTIONABLE (child)
        && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
      return child;
  g_assert_not_reached ();
}

void
ct_ticket_detail_update_actions (CtTicketDetail *self)
{
  const char *status = self->ticket != NULL ? ct_ticket_get_status (self->ticket) : NULL;
  gboolean ready = self->ticket != NULL && self->context != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gboolean enabled = ready && actions[i].allowed (self->ticket, status);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i].name, enabled);
      if (actions[i].button)
        gtk_widget_set_visible (find_button (self, actions[i].name), enabled);
    }
  /* One suggested action at a time: resolving is the next step only in progress. */
  if (is (status, "in_progress"))
    gtk_widget_add_css_class (find_button (self, "ticket.resolve"), "suggested-action");
  else
    gtk_widget_remove_css_class (find_button (self, "ticket.resolve"), "suggested-action");
}

GtkWindow *
ct_ticket_detail_get_window (CtTicketDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_message (CtTicketDetail *self,
              const char     *heading,
              const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (ct_ticket_detail_get_window (self), heading,
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_set_weak_pointer (&self->message_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
report_error (CtTicketDetail       *self,
              CtTicketDetailDialog *dialog,
              const GError         *error)
{
  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
    {
      if (dialog != NULL)
        ct_ticket_detail_dialog_show_error (dialog, error->message);
      ct_ticket_detail_show_conflict (self, dialog != NULL ? GTK_WINDOW (dialog)
                                                           : ct_ticket_detail_get_window (self));
      return;
    }
  if (dialog != NULL)
    ct_ticket_detail_dialog_show_error (dialog, error->message);
  else
    show_message (self, _("The Ticket Was Not Changed"), error->message);
}

/* Runs @op on a copy of the shown ticket; on success shows the copy, emits
 * "changed" and closes @dialog; otherwise reports the error and keeps @dialog
 * open with what was typed. */
gboolean
ct_ticket_detail_run (CtTicketDetail       *self,
                      CtTicketDetailOp      op,
                      CtTicketDetailDialog *dialog)
{
  g_autoptr(CtTicket) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (CT_IS_TICKET_DETAIL (self));

  if (self->ticket == NULL || self->context == NULL)
    return FALSE;
  copy = CT_TICKET (ct_record_copy (CT_RECORD (self->ticket)));
  if (!op (self, copy, dialog, &error))
    {
      /* Kept for "Keep Mine": the same operation again on their version. */
      self->conflict_op = (gpointer) op;
      report_error (self, dialog, error);
      return FALSE;
    }
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  ct_ticket_detail_saved (self, copy);
  return TRUE;
}

#define SIMPLE_OP(verb) \
  static gboolean \
  verb##_op (CtTicketDetail *self, CtTicket *ticket, CtTicketDetailDialog *dialog, \
             GError **error) \
  { \
    return ct_ticket_store_##verb (ct_context_get_tickets (self->context), ticket, \
                                   ct_context_get_user (self->context), error); \
  } \
  static void \
  verb##_action (GtkWidget *widget, const char *action_name, GVariant *param) \
  { \
    ct_ticket_detail_run (CT_TICKET_DETAIL (widget), verb##_op, NULL); \
  }

SIMPLE_OP (accept)
SIMPLE_OP (start)
SIMPLE_OP (arrive)
SIMPLE_OP (resume)
SIMPLE_OP (archive)

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  CtTicketPrintForm form = g_str_equal (action_name, "ticket.print-work-order")
                           ? CT_TICKET_FORM_WORK_ORDER : CT_TICKET_FORM_RETURN_VISIT;
  g_autoptr(GError) error = NULL;

  if (self->ticket == NULL || self->context == NULL)
    return;
  if (!ct_ticket_print_run (ct_ticket_detail_get_window (self), self->context, self->ticket,
                            form, &error))
    show_message (self, _("Could Not Print"), error->message);
}

/* Who changed what and when, from the audit log. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);

  if (self->ticket == NULL || self->context == NULL)
    return;
  ct_history_dialog_present (widget, self->context, "ticket",
                             ct_record_get_id (CT_RECORD (self->ticket)),
                             ct_ticket_get_code (self->ticket));
}

void
ct_ticket_detail_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ticket.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "ticket.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "ticket.arrive", NULL, arrive_action);
  gtk_widget_class_install_action (widget_class, "ticket.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "ticket.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "ticket.print-work-order", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "ticket.print-visit-form", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "ticket.history", NULL, history_action);
  ct_ticket_detail_class_init_forms (widget_class);
}
