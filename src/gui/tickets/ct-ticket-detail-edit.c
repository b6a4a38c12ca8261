/* ct-ticket-detail-edit.c — the forms that change what a ticket says: edit,
 * link and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-detail-format.h"
#include "ct-ticket-detail-private.h"

#define STORE(self) (ct_context_get_tickets ((self)->context))
#define ACTOR(self) (ct_context_get_user ((self)->context))

/* Edited as one line each, and the description as text. */
static const char *const text_fields[] = {
  "title", "category", "reporter", "phone", "description",
};

/* Edit */

static void
add_vocabulary (CtTicketDetailDialog *dialog,
                const char           *name,
                const char           *label,
                const char *const    *keys,
                const char *        (*key_label) (const char *key),
                const char           *selected,
                gboolean              with_none)
{
  g_autoptr(GPtrArray) all_keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (with_none)
    {
      g_ptr_array_add (all_keys, (gpointer) "");
      g_ptr_array_add (labels, (gpointer) _("None"));
    }
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_ptr_array_add (all_keys, (gpointer) keys[i]);
      g_ptr_array_add (labels, (gpointer) key_label (keys[i]));
    }
  g_ptr_array_add (all_keys, NULL);
  g_ptr_array_add (labels, NULL);
  ct_ticket_detail_dialog_add_choice (dialog, name, label, (const char *const *) all_keys->pdata,
                                      (const char *const *) labels->pdata, selected);
}

static void
update_edit_fields (CtTicketDetailDialog *dialog)
{
  g_autofree char *kind = ct_ticket_detail_dialog_dup_value (dialog, "kind");
  g_autofree char *repair_class = ct_ticket_detail_dialog_dup_value (dialog, "repair_class");
  gboolean repair = g_str_equal (kind, "repair");

  ct_ticket_detail_dialog_set_field_visible (dialog, "repair_class", repair);
  ct_ticket_detail_dialog_set_field_visible (dialog, "appointment",
                                             repair && g_str_equal (repair_class, "appointment"));
}

static void
edit_field_changed_cb (CtTicketDetailDialog *dialog,
                       const char           *name,
                       gpointer              user_data)
{
  update_edit_fields (dialog);
}

static gboolean
read_appointment (CtTicketDetail       *self,
                  CtTicket             *ticket,
                  CtTicketDetailDialog *dialog,
                  GError              **error)
{
  g_autofree char *text = ct_ticket_detail_dialog_dup_value (dialog, "appointment");
  const char *repair_class = ct_record_get_string (CT_RECORD (ticket), "repair_class");
  gint64 when = 0;

  if (g_strcmp0 (repair_class, "appointment") != 0)
    {
      ct_record_set_int (CT_RECORD (ticket), "appointment_at", 0);
      return TRUE;
    }
  if (*text != '\0' && !ct_ticket_detail_parse_time (text, self->tz, &when))
    return ct_ticket_detail_fail (error, _("Type the appointment as year-month-day and time, "
                                           "for example 2026-11-21 14:00."));
  ct_record_set_int (CT_RECORD (ticket), "appointment_at", when);
  return TRUE;
}

static gboolean
edit_op (CtTicketDetail       *self,
         CtTicket             *ticket,
         CtTicketDetailDialog *dialog,
         GError              **error)
{
  static const char *const choices[] = { "kind", "repair_class", "channel" };
  CtRecord *record = CT_RECORD (ticket);

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *text = ct_ticket_detail_dialog_dup_value (dialog, text_fields[i]);

      ct_record_set_string (record, text_fields[i], text);
    }
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autofree char *key = ct_ticket_detail_dialog_dup_value (dialog, choices[i]);

      ct_record_set_string (record, choices[i], key);
    }
  if (!g_str_equal (ct_ticket_get_kind (ticket), "repair"))
    ct_record_set_string (record, "repair_class", "");
  ct_record_set_int (record, "department_id",
                     ct_ticket_detail_dialog_dup_id (dialog, "department"));
  return read_appointment (self, ticket, dialog, error)
         && ct_ticket_store_edit (STORE (self), ticket, ACTOR (self), error);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  CtRecord *record = CT_RECORD (self->ticket);
  const char *labels[] = { _("_Title"), _("Ca_tegory"), _("_Reporter"), _("_Phone") };
  g_autofree char *appointment = NULL;
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (self, _("Edit Ticket"), _("_Save"), FALSE, edit_op);
  add_vocabulary (dialog, "kind", _("_Kind"), ct_ticket_kinds (), ct_ticket_kind_label,
                  ct_ticket_get_kind (self->ticket), FALSE);
  add_vocabulary (dialog, "repair_class", _("Repair _class"), ct_ticket_repair_classes (),
                  ct_ticket_repair_class_label,
                  *ct_record_get_string (record, "repair_class") != '\0'
                  ? ct_record_get_string (record, "repair_class") : "routine", FALSE);
  appointment = ct_ticket_detail_format_time (ct_record_get_int (record, "appointment_at"),
                                              self->tz);
  ct_ticket_detail_dialog_add_entry (dialog, "appointment",
                                     _("_Appointment (YYYY-MM-DD HH:MM)"), appointment);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    ct_ticket_detail_dialog_add_entry (dialog, text_fields[i], labels[i],
                                       ct_record_get_string (record, text_fields[i]));
  add_vocabulary (dialog, "channel", _("C_hannel"), ct_ticket_channels (),
                  ct_ticket_channel_label, ct_record_get_string (record, "channel"), FALSE);
  ct_ticket_detail_add_department_choice (self, dialog, _("_Lead department"), TRUE);
  ct_ticket_detail_dialog_add_text (dialog, "description", _("_Description"),
                                    ct_record_get_string (record, "description"));
  update_edit_fields (dialog);
  g_signal_connect (dialog, "field-changed", G_CALLBACK (edit_field_changed_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Link, merge */

static CtTicket *
find_other (CtTicketDetail       *self,
            CtTicketDetailDialog *dialog,
            GError              **error)
{
  g_autofree char *code = ct_ticket_detail_dialog_dup_required (dialog, "code",
                                                                  _("Type the other ticket’s number."),
                                                                  error);
  g_autoptr(GError) local_error = NULL;
  CtTicket *other;

  if (code == NULL)
    return NULL;
  other = ct_ticket_store_find_code (STORE (self), code, &local_error);
  if (other == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (other == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("No ticket has the number “%s”."), code);
      return NULL;
    }
  if (ct_record_get_id (CT_RECORD (other)) == ct_record_get_id (CT_RECORD (self->ticket)))
    {
      g_object_unref (other);
      ct_ticket_detail_fail (error, _("That is this ticket’s own number: type the other ticket’s number."));
      return NULL;
    }
  return other;
}

static gboolean
link_op (CtTicketDetail       *self,
         CtTicket             *ticket,
         CtTicketDetailDialog *dialog,
         GError              **error)
{
  g_autoptr(CtTicket) other = find_other (self, dialog, error);
  g_autofree char *type = ct_ticket_detail_dialog_dup_value (dialog, "type");

  return other != NULL
         && ct_ticket_store_link (STORE (self), ticket, other, type, ACTOR (self), error);
}

static gboolean
merge_op (CtTicketDetail       *self,
          CtTicket             *ticket,
          CtTicketDetailDialog *dialog,
          GError              **error)
{
  g_autoptr(CtTicket) other = find_other (self, dialog, error);

  return other != NULL
         && ct_ticket_store_merge (STORE (self), ticket, other, ACTOR (self), error);
}

static void
link_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  static const char *const keys[] = { "related", "duplicate", NULL };
  const char *labels[] = { _("Related to"), _("Duplicate of"), NULL };
  CtTicketDetailDialog *dialog;

  dialog = ct_ticket_detail_open_form (CT_TICKET_DETAIL (widget), _("Link to Ticket"),
                                       _("_Link"), FALSE, link_op);
  ct_ticket_detail_dialog_add_choice (dialog, "type", _("_This ticket is"), keys, labels, NULL);
  ct_ticket_detail_dialog_add_entry (dialog, "code", _("Other ticket’s _number"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);
  CtTicketDetailDialog *dialog;
  g_autofree char *intro = NULL;

  dialog = ct_ticket_detail_open_form (self, _("Merge into Ticket"), _("_Merge"), TRUE,
                                       merge_op);
  intro = g_strdup_printf (_("%s will be closed as invalid, linked as a duplicate of the other "
                             "ticket and noted on both timelines."),
                           ct_ticket_get_code (self->ticket));
  ct_ticket_detail_dialog_set_intro (dialog, intro);
  ct_ticket_detail_dialog_add_entry (dialog, "code", _("Merge _into ticket number"), "");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_ticket_detail_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ticket.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "ticket.link", NULL, link_action);
  gtk_widget_class_install_action (widget_class, "ticket.merge", NULL, merge_action);
}
