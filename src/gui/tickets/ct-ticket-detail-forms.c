/* ct-ticket-detail-forms.c — the actions that ask for something first:
 * dispatch, pause, resolve, return visit, reopen, cancel, invalid, note, link
 * and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-detail-private.h"

#define STORE(self) (ct_context_get_tickets ((self)->context))
#define ACTOR(self) (ct_context_get_user ((self)->context))

gboolean
ct_ticket_detail_fail (GError     **error,
                       const char  *message)
{
  g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, message);
  return FALSE;
}

gint64
ct_ticket_detail_dialog_dup_id (CtTicketDetailDialog *dialog,
                                const char           *name)
{
  g_autofree char *value = ct_ticket_detail_dialog_dup_value (dialog, name);

  return g_ascii_strtoll (value, NULL, 10);
}

static void
form_confirm_cb (CtTicketDetailDialog *dialog,
                 CtTicketDetail       *self)
{
  CtTicketDetailOp op = g_object_get_data (G_OBJECT (dialog), "ct-ticket-op");

  ct_ticket_detail_run (self, op, dialog);
}

CtTicketDetailDialog *
ct_ticket_detail_open_form (CtTicketDetail   *self,
                            const char       *title,
                            const char       *confirm_label,
                            gboolean          destructive,
                            CtTicketDetailOp  op)
{
  CtTicketDetailDialog *dialog;
  g_autofree char *intro = NULL;

  g_assert (CT_IS_TICKET_DETAIL (self));

  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  dialog = ct_ticket_detail_dialog_new (ct_ticket_detail_get_window (self), title,
                                        confirm_label, destructive);
  intro = g_strdup_printf ("%s · %s", ct_ticket_get_code (self->ticket),
                           ct_record_get_string (CT_RECORD (self->ticket), "title"));
  ct_ticket_detail_dialog_set_intro (dialog, intro);
  g_object_set_data (G_OBJECT (dialog), "ct-ticket-op", op);
  g_signal_connect_object (dialog, "confirm", G_CALLBACK (form_confirm_cb), self, 0);
  g_set_weak_pointer (&self->dialog, dialog);
  return dialog;
}

/* Dispatch */

static char *
dup_staff_label (CtRecord *person)
{
  const char *name = ct_record_get_string (person, "name");
  const char *post = ct_record_get_string (person, "post");

  return *post != '\0' ? g_strdup_printf ("%s · %s", name, post) : g_strdup (name);
}

/* Active staff of @department_id working at the ticket's site or company-wide. */
static gboolean
can_dispatch_to (CtRecord *person,
                 gint64    department_id,
                 gint64    site_id)
{
  gint64 person_site = ct_record_get_int (person, "site_id");

  return ct_record_get_int (person, "department_id") == department_id
         && g_strcmp0 (ct_record_get_string (person, "status"), "active") == 0
         && (person_site == 0 || person_site == site_id);
}

static void
fill_assignees (CtTicketDetail       *self,
                CtTicketDetailDialog *dialog,
                gint64                department_id)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  GListModel *staff = ct_record_store_get_model (ct_organisation_get_staff (org));
  gint64 site_id = ct_record_get_int (CT_RECORD (self->ticket), "site_id");
  CtStaff *suggested = ct_ticket_store_suggest_assignee (STORE (self), department_id, site_id,
                                                         ct_ticket_get_kind (self->ticket));
  gint64 suggested_id = suggested != NULL ? ct_record_get_id (CT_RECORD (suggested)) : 0;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *selected = g_strdup_printf ("%" G_GINT64_FORMAT, suggested_id);

  g_ptr_array_add (keys, g_strdup ("0"));
  g_ptr_array_add (labels, g_strdup (_("Nobody yet (the department decides)")));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(CtRecord) person = g_list_model_get_item (staff, i);
      gint64 id = ct_record_get_id (person);

      if (!can_dispatch_to (person, department_id, site_id))
        continue;
      g_ptr_array_add (keys, g_strdup_printf ("%" G_GINT64_FORMAT, id));
      g_ptr_array_add (labels, dup_staff_label (person));
    }
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, NULL);
  ct_ticket_detail_dialog_set_choices (dialog, "assignee", (const char *const *) keys->pdata,
                                       (const char *const *) labels->pdata, selected);
  if (suggested != NULL)
    {
      /* Translators: under the assignee; %s is a member of staff */
      g_autofree char *hint = g_strdup_printf (_("Suggested: %s, who has the fewest open tickets"),
                                               ct_record_get_string (CT_RECORD (suggested), "name"));

      ct_ticket_detail_dialog_set_hint (dialog, "assignee", hint);
    }
  else
    ct_ticket_detail_dialog_set_hint (dialog, "assignee",
                                      _("Nobody in this department can take it now"));
}

static void
department_changed_cb (CtTicketDetailDialog *dialog,
                       const char           *name,
                       CtTicketDetail       *self)
{
  fill_assignees (self, dialog, ct_ticket_detail_dialog_dup_id (dialog, "department"));
}

static gboolean
dispatch_op (CtTicketDetail       *self,
             CtTicket             *ticket,
             CtTicketDetailDialog *dialog,
             GError              **error)
{
  gint64 department_id = ct_ticket_detail_dialog_dup_id (dialog, "department");

  if (department_id == 0)
    return ct_ticket_detail_fail (error, _("Choose the department that will handle the ticket."));
  return ct_ticket_store_dispatch (STORE (self), ticket, department_id,
                                   ct_ticket_detail_dialog_dup_id (dialog, "assignee"), ACTOR (self), error);
}

void
ct_ticket_detail_add_department_choice (CtTicketDetail       *self,
                                        CtTicketDetailDialog *dialog,
                                        const char           *label,
                                        gboolean              with_none)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  GListModel *departments = ct_record_store_get_model (ct_organisation_get_departments (org));
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *selected = NULL;

  if (with_none)
    {
      g_ptr_array_add (keys, g_strdup ("0"));
      g_ptr_array_add (labels, g_strdup (_("None")));
    }
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    {
      g_autoptr(CtRecord) department = g_list_model_get_item (departments, i);

      g_ptr_array_add (keys, g_strdup_printf ("%" G_GINT64_FORMAT, ct_record_get_id (department)));
      g_ptr_array_add (labels, ct_record_dup_label (department));
    }
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, NULL);
  selected = g_strdup_printf ("%" G_GINT64_FORMAT,
                              ct_record_get_int (CT_RECORD (self->ticket), "department_id"));
  ct_ticket_detail_dialog_add_choice (dialog, "department", label,
                                      (const char *const *) keys->pdata,
                                      (const char *const *) labels->pdata, selected);
}

static void
dispatch_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (self, _("Dispatch Ticket"), _("_Dispatch"), FALSE,
                                       dispatch_op);
  ct_ticket_detail_add_department_choice (self, dialog, _("_Department"), FALSE);
  ct_ticket_detail_dialog_add_choice (dialog, "assignee", _("_Assignee"), NULL, NULL, NULL);
  fill_assignees (self, dialog, ct_ticket_detail_dialog_dup_id (dialog, "department"));
  g_signal_connect_object (dialog, "field-changed::department",
                           G_CALLBACK (department_changed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Pause */

static void
reason_changed_cb (CtTicketDetailDialog *dialog,
                   const char           *name,
                   CtTicketDetail       *self)
{
  g_autofree char *reason = ct_ticket_detail_dialog_dup_value (dialog, "reason");

  ct_ticket_detail_dialog_set_field_visible (dialog, "other", g_str_equal (reason, "other"));
}

static gboolean
pause_op (CtTicketDetail       *self,
          CtTicket             *ticket,
          CtTicketDetailDialog *dialog,
          GError              **error)
{
  g_autofree char *key = ct_ticket_detail_dialog_dup_value (dialog, "reason");
  g_autofree char *other = ct_ticket_detail_dialog_dup_value (dialog, "other");

  /* Stored as the user reads it: the timeline shows the reason as saved. */
  if (!g_str_equal (key, "other"))
    return ct_ticket_store_pause (STORE (self), ticket, _(key), ACTOR (self), error);
  if (*other == '\0')
    return ct_ticket_detail_fail (error, _("Say why the work waits: type the reason."));
  return ct_ticket_store_pause (STORE (self), ticket, other, ACTOR (self), error);
}

static void
pause_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  const char *const *reasons = ct_ticket_pause_reasons ();
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  CtTicketDetailDialog *dialog;

  for (guint i = 0; reasons[i] != NULL; i++)
    {
      g_ptr_array_add (keys, (gpointer) reasons[i]);
      g_ptr_array_add (labels, (gpointer) _(reasons[i]));
    }
  g_ptr_array_add (keys, (gpointer) "other");
  g_ptr_array_add (labels, (gpointer) _("Other reason"));
  g_ptr_array_add (keys, NULL);
  g_ptr_array_add (labels, NULL);

  dialog = ct_ticket_detail_open_form (self, _("Pause the SLA Clock"), _("_Pause"), FALSE,
                                       pause_op);
  ct_ticket_detail_dialog_add_choice (dialog, "reason", _("_Waiting for"),
                                      (const char *const *) keys->pdata,
                                      (const char *const *) labels->pdata, NULL);
  ct_ticket_detail_dialog_add_entry (dialog, "other", _("_Other reason"), "");
  ct_ticket_detail_dialog_set_field_visible (dialog, "other", FALSE);
  g_signal_connect_object (dialog, "field-changed::reason", G_CALLBACK (reason_changed_cb),
                           self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Resolve, return visit */

static gboolean
resolve_op (CtTicketDetail       *self,
            CtTicket             *ticket,
            CtTicketDetailDialog *dialog,
            GError              **error)
{
  g_autofree char *note = ct_ticket_detail_dialog_dup_value (dialog, "note");

  return ct_ticket_store_resolve (STORE (self), ticket, note, ACTOR (self), error);
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (CT_TICKET_DETAIL (widget), _("Resolve Ticket"),
                                       _("_Resolve"), FALSE, resolve_op);
  ct_ticket_detail_dialog_add_text (dialog, "note", _("_What was done"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
visit_op (CtTicketDetail       *self,
          CtTicket             *ticket,
          CtTicketDetailDialog *dialog,
          GError              **error)
{
  gint64 score = ct_ticket_detail_dialog_dup_id (dialog, "score");
  g_autofree char *note = ct_ticket_detail_dialog_dup_value (dialog, "note");

  if (score < 1 || score > 5)
    return ct_ticket_detail_fail (error, _("Choose how satisfied the owner is, from 5 (very satisfied) "
                          "to 1 (very dissatisfied)."));
  return ct_ticket_store_visit (STORE (self), ticket, (int) score, note, ACTOR (self), error);
}

static void
visit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (CT_TICKET_DETAIL (widget), _("Return Visit"),
                                       _("_Save Visit"), FALSE, visit_op);
  ct_ticket_detail_dialog_add_score (dialog, "score", _("_Satisfaction"));
  ct_ticket_detail_dialog_add_text (dialog, "note", _("Owner _feedback"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reopen, cancel, invalid, note: one required text */

char *
ct_ticket_detail_dialog_dup_required (CtTicketDetailDialog *dialog,
                                      const char           *name,
                                      const char           *message,
                                      GError              **error)
{
  g_autofree char *text = ct_ticket_detail_dialog_dup_value (dialog, name);

  if (*text == '\0')
    {
      ct_ticket_detail_fail (error, message);
      return NULL;
    }
  return g_steal_pointer (&text);
}

#define REASON_MISSING N_("Say why: a reason is required.")

static gboolean
reopen_op (CtTicketDetail       *self,
           CtTicket             *ticket,
           CtTicketDetailDialog *dialog,
           GError              **error)
{
  g_autofree char *reason = ct_ticket_detail_dialog_dup_required (dialog, "reason", _(REASON_MISSING), error);

  return reason != NULL
         && ct_ticket_store_reopen (STORE (self), ticket, reason, ACTOR (self), error);
}

static gboolean
cancel_op (CtTicketDetail       *self,
           CtTicket             *ticket,
           CtTicketDetailDialog *dialog,
           GError              **error)
{
  g_autofree char *reason = ct_ticket_detail_dialog_dup_required (dialog, "reason", _(REASON_MISSING), error);

  return reason != NULL
         && ct_ticket_store_close (STORE (self), ticket, "cancelled", reason, ACTOR (self), error);
}

static gboolean
invalid_op (CtTicketDetail       *self,
            CtTicket             *ticket,
            CtTicketDetailDialog *dialog,
            GError              **error)
{
  g_autofree char *reason = ct_ticket_detail_dialog_dup_required (dialog, "reason", _(REASON_MISSING), error);

  return reason != NULL
         && ct_ticket_store_close (STORE (self), ticket, "invalid", reason, ACTOR (self), error);
}

static gboolean
note_op (CtTicketDetail       *self,
         CtTicket             *ticket,
         CtTicketDetailDialog *dialog,
         GError              **error)
{
  g_autofree char *note = ct_ticket_detail_dialog_dup_required (dialog, "note", _("Type the note first."), error);

  return note != NULL
         && ct_ticket_store_add_note (STORE (self), ticket, note, ACTOR (self), error);
}

static void
reason_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  CtTicketDetailDialog *dialog;

  if (g_str_equal (action_name, "ticket.reopen"))
    dialog = ct_ticket_detail_open_form (self, _("Reopen Ticket"), _("_Reopen"), FALSE,
                                         reopen_op);
  else if (g_str_equal (action_name, "ticket.cancel"))
    dialog = ct_ticket_detail_open_form (self, _("Cancel Ticket"), _("Cancel _Ticket"), TRUE,
                                         cancel_op);
  else
    dialog = ct_ticket_detail_open_form (self, _("Mark Ticket Invalid"), _("Mark _Invalid"),
                                         TRUE, invalid_op);
  ct_ticket_detail_dialog_add_text (dialog, "reason", _("_Reason"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
note_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (CT_TICKET_DETAIL (widget), _("Add Note"), _("_Add"),
                                       FALSE, note_op);
  ct_ticket_detail_dialog_add_text (dialog, "note", _("_Note"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_ticket_detail_class_init_forms (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ticket.dispatch", NULL, dispatch_action);
  gtk_widget_class_install_action (widget_class, "ticket.redispatch", NULL, dispatch_action);
  gtk_widget_class_install_action (widget_class, "ticket.pause", NULL, pause_action);
  gtk_widget_class_install_action (widget_class, "ticket.resolve", NULL, resolve_action);
  gtk_widget_class_install_action (widget_class, "ticket.visit", NULL, visit_action);
  gtk_widget_class_install_action (widget_class, "ticket.reopen", NULL, reason_action);
  gtk_widget_class_install_action (widget_class, "ticket.cancel", NULL, reason_action);
  gtk_widget_class_install_action (widget_class, "ticket.invalid", NULL, reason_action);
  gtk_widget_class_install_action (widget_class, "ticket.note", NULL, note_action);
  ct_ticket_detail_class_init_edit (widget_class);
}
