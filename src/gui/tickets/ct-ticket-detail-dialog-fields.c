/* ct-ticket-detail-dialog-fields.c — the fields of an action form: lines,
 * text, choices and the visit score, read and set by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-dialog-private.h"
#include "ct-ticket-detail-format.h"
#include "widgets/ct-form-fields.h"

void
ct_ticket_detail_dialog_field_free (gpointer data)
{
  CtDialogField *field = data;

  g_free (field->name);
  g_free (field);
}

static CtDialogField *
find_field (CtTicketDetailDialog *self,
            const char           *name)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      CtDialogField *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (field->name, name))
        return field;
    }
  return NULL;
}

static CtDialogField *
add_field (CtTicketDetailDialog *self,
           const char           *name,
           CtDialogFieldType             type,
           GtkWidget            *widget,
           GtkWidget            *outer)
{
  CtDialogField *field = g_new0 (CtDialogField, 1);

  field->name = g_strdup (name);
  field->type = type;
  field->widget = widget;
  field->outer = outer;
  g_ptr_array_add (self->fields, field);
  return field;
}

/* Appends @row to the boxed list at the end of the form, making one if needed. */
static void
append_row (CtTicketDetailDialog *self,
            GtkWidget            *row)
{
  if (self->last_list == NULL)
    {
      self->last_list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->last_list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->last_list), "boxed-list");
      gtk_box_append (self->form, GTK_WIDGET (self->last_list));
    }
  gtk_list_box_append (self->last_list, row);
}

/* A mnemonic heading above a widget that is not a row; returns their box. */
static GtkWidget *
append_labelled (CtTicketDetailDialog *self,
                 const char           *label,
                 GtkWidget            *widget,
                 GtkWidget            *mnemonic_widget)
{
  GtkWidget *box = ct_form_field_new_labelled (label, widget, mnemonic_widget);

  gtk_box_append (self->form, box);
  self->last_list = NULL;
  return box;
}

static void
combo_selected_cb (CtTicketDetailDialog *self,
                   GParamSpec           *pspec,
                   AdwComboRow          *combo)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      CtDialogField *field = g_ptr_array_index (self->fields, i);

      if (field->widget == GTK_WIDGET (combo))
        {
          g_autofree char *signal = g_strconcat ("field-changed::", field->name, NULL);

          g_signal_emit_by_name (self, signal, field->name);
        }
    }
}

void
ct_ticket_detail_dialog_add_entry (CtTicketDetailDialog *self,
                                   const char           *name,
                                   const char           *label,
                                   const char           *text)
{
  GtkWidget *row;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  row = ct_form_field_new_entry (label, text);
  append_row (self, row);
  add_field (self, name, CT_DIALOG_FIELD_ENTRY, row, row);
}

void
ct_ticket_detail_dialog_add_text (CtTicketDetailDialog *self,
                                  const char           *name,
                                  const char           *label,
                                  const char           *text)
{
  GtkWidget *scrolled;
  GtkWidget *view;
  GtkWidget *box;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  view = ct_form_field_new_text_view (text, 96, &scrolled);
  box = append_labelled (self, label, scrolled, view);
  add_field (self, name, CT_DIALOG_FIELD_TEXT, view, box);
}

void
ct_ticket_detail_dialog_add_choice (CtTicketDetailDialog *self,
                                    const char           *name,
                                    const char           *label,
                                    const char *const    *keys,
                                    const char *const    *labels,
                                    const char           *selected)
{
  GtkWidget *row;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));
  g_return_if_fail ((keys == NULL) == (labels == NULL));
  g_return_if_fail (keys == NULL || g_strv_length ((char **) keys) == g_strv_length ((char **) labels));

  row = ct_form_field_new_combo (label);
  append_row (self, row);
  add_field (self, name, CT_DIALOG_FIELD_CHOICE, row, row);
  ct_form_field_set_choices (ADW_COMBO_ROW (row), keys, labels, selected);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb), self,
                           G_CONNECT_SWAPPED);
}

void
ct_ticket_detail_dialog_set_choices (CtTicketDetailDialog *self,
                                     const char           *name,
                                     const char *const    *keys,
                                     const char *const    *labels,
                                     const char           *selected)
{
  CtDialogField *field;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL && field->type == CT_DIALOG_FIELD_CHOICE);
  ct_form_field_set_choices (ADW_COMBO_ROW (field->widget), keys, labels, selected);
}

void
ct_ticket_detail_dialog_add_score (CtTicketDetailDialog *self,
                                   const char           *name,
                                   const char           *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *outer;
  CtDialogField *field;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  outer = append_labelled (self, label, box, box);
  field = add_field (self, name, CT_DIALOG_FIELD_SCORE, box, outer);
  for (int score = 5; score >= 1; score--)
    {
      /* Translators: a visit score and its meaning, e.g. “_5 Satisfied” */
      g_autofree char *text = g_strdup_printf (_("_%d %s"), score,
                                               ct_ticket_detail_score_label (score));
      GtkWidget *check = gtk_check_button_new_with_mnemonic (text);

      if (score < 5)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check),
                                    GTK_CHECK_BUTTON (field->checks[4]));
      field->checks[score - 1] = check;
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_widget_get_first_child (outer)),
                                 field->checks[4]);
}

void
ct_ticket_detail_dialog_set_hint (CtTicketDetailDialog *self,
                                  const char           *name,
                                  const char           *hint)
{
  CtDialogField *field;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL && ADW_IS_ACTION_ROW (field->widget));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (field->widget), hint);
}

void
ct_ticket_detail_dialog_set_field_visible (CtTicketDetailDialog *self,
                                           const char           *name,
                                           gboolean              visible)
{
  CtDialogField *field;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  field = find_field (self, name);
  g_return_if_fail (field != NULL);
  gtk_widget_set_visible (field->outer, visible);
}

char *
ct_ticket_detail_dialog_dup_value (CtTicketDetailDialog *self,
                                   const char           *name)
{
  CtDialogField *field;

  g_return_val_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self), NULL);

  field = find_field (self, name);
  g_return_val_if_fail (field != NULL, NULL);
  switch (field->type)
    {
    case CT_DIALOG_FIELD_ENTRY:
    case CT_DIALOG_FIELD_TEXT:
    case CT_DIALOG_FIELD_CHOICE:
      return ct_form_field_dup_value (field->widget);
    case CT_DIALOG_FIELD_SCORE:
      for (int i = 0; i < 5; i++)
        if (gtk_check_button_get_active (GTK_CHECK_BUTTON (field->checks[i])))
          return g_strdup_printf ("%d", i + 1);
      return g_strdup ("");
    default:
      g_assert_not_reached ();
    }
}

gboolean
ct_ticket_detail_dialog_set_value (CtTicketDetailDialog *self,
                                   const char           *name,
                                   const char           *value)
{
  CtDialogField *field;
  gint64 score = 0;

  g_return_val_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  field = find_field (self, name);
  if (field == NULL)
    return FALSE;
  switch (field->type)
    {
    case CT_DIALOG_FIELD_ENTRY:
    case CT_DIALOG_FIELD_TEXT:
    case CT_DIALOG_FIELD_CHOICE:
      return ct_form_field_set_value (field->widget, value);
    case CT_DIALOG_FIELD_SCORE:
      if (!g_ascii_string_to_signed (value, 10, 1, 5, &score, NULL))
        return FALSE;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (field->checks[score - 1]), TRUE);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

