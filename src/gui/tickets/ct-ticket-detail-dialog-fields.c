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

void
ct_ticket_detail_dialog_field_free (gpointer data)
{
  CtDialogField *field = data;

  g_free (field->name);
  g_strfreev (field->keys);
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
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (heading), mnemonic_widget);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), widget);
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
  GtkWidget *row = adw_entry_row_new ();

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  append_row (self, row);
  add_field (self, name, CT_DIALOG_FIELD_ENTRY, row, row);
}

void
ct_ticket_detail_dialog_add_text (CtTicketDetailDialog *self,
                                  const char           *name,
                                  const char           *label,
                                  const char           *text)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  g_object_set (view, "top-margin", 8, "bottom-margin", 8, "left-margin", 8,
                "right-margin", 8, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_overflow (scrolled, GTK_OVERFLOW_HIDDEN);
  box = append_labelled (self, label, scrolled, view);
  add_field (self, name, CT_DIALOG_FIELD_TEXT, view, box);
}

static GtkStringList *
string_list_new (const char *const *labels)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  return list;
}

static void
fill_choice (CtDialogField             *field,
             const char *const *keys,
             const char *const *labels,
             const char        *selected)
{
  g_autoptr(GtkStringList) list = string_list_new (labels);
  guint position = 0;

  g_strfreev (field->keys);
  field->keys = g_strdupv ((char **) keys);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], selected) == 0)
      position = i;
  adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), G_LIST_MODEL (list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), position);
}

void
ct_ticket_detail_dialog_add_choice (CtTicketDetailDialog *self,
                                    const char           *name,
                                    const char           *label,
                                    const char *const    *keys,
                                    const char *const    *labels,
                                    const char           *selected)
{
  GtkWidget *row = adw_combo_row_new ();
  CtDialogField *field;

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));
  g_return_if_fail ((keys == NULL) == (labels == NULL));
  g_return_if_fail (keys == NULL || g_strv_length ((char **) keys) == g_strv_length ((char **) labels));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  append_row (self, row);
  field = add_field (self, name, CT_DIALOG_FIELD_CHOICE, row, row);
  fill_choice (field, keys, labels, selected);
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
  fill_choice (field, keys, labels, selected);
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
  guint selected;

  g_return_val_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self), NULL);

  field = find_field (self, name);
  g_return_val_if_fail (field != NULL, NULL);
  switch (field->type)
    {
    case CT_DIALOG_FIELD_ENTRY:
      return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget))));
    case CT_DIALOG_FIELD_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
        GtkTextIter start, end;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
      }
    case CT_DIALOG_FIELD_CHOICE:
      selected = adw_combo_row_get_selected (ADW_COMBO_ROW (field->widget));
      if (field->keys == NULL || selected >= g_strv_length (field->keys))
        return g_strdup ("");
      return g_strdup (field->keys[selected]);
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
      gtk_editable_set_text (GTK_EDITABLE (field->widget), value);
      return TRUE;
    case CT_DIALOG_FIELD_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)),
                                value, -1);
      return TRUE;
    case CT_DIALOG_FIELD_CHOICE:
      for (guint i = 0; field->keys != NULL && field->keys[i] != NULL; i++)
        if (g_str_equal (field->keys[i], value))
          {
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), i);
            return TRUE;
          }
      return FALSE;
    case CT_DIALOG_FIELD_SCORE:
      if (!g_ascii_string_to_signed (value, 10, 1, 5, &score, NULL))
        return FALSE;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (field->checks[score - 1]), TRUE);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

