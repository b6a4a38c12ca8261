/* ct-form-fields.c — the inputs of the editor forms (asset editor, ticket
 * action forms): made, read and set as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-form-fields"

#include "config.h"

#include "ct-form-fields.h"

#define KEYS_KEY "ct-keys"

GtkWidget *
ct_form_field_new_entry (const char *label,
                         const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  return row;
}

GtkWidget *
ct_form_field_new_combo (const char *label)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  return row;
}

GtkWidget *
ct_form_field_new_text_view (const char  *text,
                             int          min_height,
                             GtkWidget  **scrolled)
{
  GtkWidget *view = gtk_text_view_new ();

  g_return_val_if_fail (scrolled != NULL, NULL);

  g_object_set (view, "wrap-mode", GTK_WRAP_WORD_CHAR, "accepts-tab", FALSE, "top-margin", 8,
                "bottom-margin", 8, "left-margin", 8, "right-margin", 8, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            text != NULL ? text : "", -1);
  *scrolled = gtk_scrolled_window_new ();
  g_object_set (*scrolled, "hscrollbar-policy", GTK_POLICY_NEVER,
                "min-content-height", min_height, "child", view, NULL);
  gtk_widget_add_css_class (*scrolled, "card");
  gtk_widget_set_overflow (*scrolled, GTK_OVERFLOW_HIDDEN);
  return view;
}

GtkWidget *
ct_form_field_new_labelled (const char *label,
                            GtkWidget  *widget,
                            GtkWidget  *mnemonic_widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (heading), mnemonic_widget);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

void
ct_form_field_set_choices (AdwComboRow       *combo,
                           const char *const *keys,
                           const char *const *labels,
                           const char        *selected)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint position = 0;

  g_return_if_fail (ADW_IS_COMBO_ROW (combo));

  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    gtk_string_list_append (list, labels[i]);
  g_object_set_data_full (G_OBJECT (combo), KEYS_KEY, g_strdupv ((char **) keys),
                          (GDestroyNotify) g_strfreev);
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], selected) == 0)
      position = i;
  adw_combo_row_set_model (combo, G_LIST_MODEL (list));
  adw_combo_row_set_selected (combo, position);
}

static char *
dup_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static char *
dup_key (AdwComboRow *combo)
{
  GStrv keys = g_object_get_data (G_OBJECT (combo), KEYS_KEY);
  guint selected = adw_combo_row_get_selected (combo);

  return g_strdup (keys != NULL && selected < g_strv_length (keys) ? keys[selected] : "");
}

char *
ct_form_field_dup_value (GtkWidget *input)
{
  g_return_val_if_fail (GTK_IS_WIDGET (input), NULL);

  if (ADW_IS_ENTRY_ROW (input))
    return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (input))));
  if (GTK_IS_TEXT_VIEW (input))
    return dup_text_view (GTK_TEXT_VIEW (input));
  if (ADW_IS_COMBO_ROW (input))
    return dup_key (ADW_COMBO_ROW (input));
  g_return_val_if_fail (GTK_IS_SWITCH (input), NULL);
  return g_strdup (gtk_switch_get_active (GTK_SWITCH (input)) ? "true" : "false");
}

static gboolean
select_key (AdwComboRow *combo,
            const char  *value)
{
  GStrv keys = g_object_get_data (G_OBJECT (combo), KEYS_KEY);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (g_str_equal (keys[i], value))
      {
        adw_combo_row_set_selected (combo, i);
        return TRUE;
      }
  return FALSE;
}

gboolean
ct_form_field_set_value (GtkWidget  *input,
                         const char *value)
{
  g_return_val_if_fail (GTK_IS_WIDGET (input), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (ADW_IS_ENTRY_ROW (input))
    gtk_editable_set_text (GTK_EDITABLE (input), value);
  else if (GTK_IS_TEXT_VIEW (input))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (input)), value, -1);
  else if (ADW_IS_COMBO_ROW (input))
    return select_key (ADW_COMBO_ROW (input), value);
  else
    {
      g_return_val_if_fail (GTK_IS_SWITCH (input), FALSE);
      gtk_switch_set_active (GTK_SWITCH (input), g_str_equal (value, "true"));
      return g_str_equal (value, "true") || g_str_equal (value, "false");
    }
  return TRUE;
}
