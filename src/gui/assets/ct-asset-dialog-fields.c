/* ct-asset-dialog-fields.c — the rows of an asset editor, in titled groups,
 * read and set by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"
#include "widgets/ct-form-fields.h"

typedef enum
{
  FIELD_ENTRY,
  FIELD_TEXT,
  FIELD_CHOICE,
  FIELD_SWITCH,
} FieldKind;

typedef struct
{
  FieldKind  kind;
  GtkWidget *row;     /* what shows and hides */
  GtkWidget *input;   /* AdwEntryRow, GtkTextView, AdwComboRow or GtkSwitch */
} Field;

static Field *
lookup (CtAssetDialog *self,
        const char    *name)
{
  return g_hash_table_lookup (self->fields, name);
}

static void
remember (CtAssetDialog *self,
          const char    *name,
          FieldKind      kind,
          GtkWidget     *row,
          GtkWidget     *input)
{
  Field *field = g_new0 (Field, 1);

  field->kind = kind;
  field->row = row;
  field->input = input;
  g_object_set_data_full (G_OBJECT (row), "ct-field-name", g_strdup (name), g_free);
  g_hash_table_replace (self->fields, g_strdup (name), field);
}

static void
emit_changed (CtAssetDialog *self,
              GtkWidget     *row)
{
  const char *name = g_object_get_data (G_OBJECT (row), "ct-field-name");
  g_autofree char *signal = g_strconcat ("field-changed::", name, NULL);

  g_signal_emit_by_name (self, signal, name);
}

static void
append (CtAssetDialog *self,
        GtkWidget     *row)
{
  if (self->group == NULL)
    ct_asset_dialog_add_group (self, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
}

void
ct_asset_dialog_add_group (CtAssetDialog *self,
                           const char    *title,
                           const char    *description)
{
  g_assert (CT_IS_ASSET_DIALOG (self));

  self->group = adw_preferences_group_new ();
  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group), description);
  gtk_box_append (self->form, self->group);
}

GtkWidget *
ct_asset_dialog_add_entry (CtAssetDialog *self,
                           const char    *name,
                           const char    *label,
                           const char    *text)
{
  GtkWidget *row;

  g_assert (CT_IS_ASSET_DIALOG (self));

  row = ct_form_field_new_entry (label, text);
  append (self, row);
  remember (self, name, FIELD_ENTRY, row, row);
  return row;
}

GtkWidget *
ct_asset_dialog_add_text (CtAssetDialog *self,
                          const char    *name,
                          const char    *label,
                          const char    *text)
{
  GtkWidget *scrolled;
  GtkWidget *view;
  GtkWidget *box;

  g_assert (CT_IS_ASSET_DIALOG (self));

  view = ct_form_field_new_text_view (text, 72, &scrolled);
  box = ct_form_field_new_labelled (label, scrolled, view);
  /* Its own block: the next rows start a new group. */
  gtk_box_append (self->form, box);
  self->group = NULL;
  remember (self, name, FIELD_TEXT, box, view);
  return box;
}

static void
combo_selected_cb (CtAssetDialog *self,
                   GParamSpec    *pspec,
                   GtkWidget     *row)
{
  emit_changed (self, row);
}

GtkWidget *
ct_asset_dialog_add_choice (CtAssetDialog     *self,
                            const char        *name,
                            const char        *label,
                            const char *const *keys,
                            const char *const *labels,
                            const char        *selected)
{
  GtkWidget *row;

  g_assert (CT_IS_ASSET_DIALOG (self));
  g_assert ((keys == NULL) == (labels == NULL));
  g_assert (keys == NULL || g_strv_length ((char **) keys) == g_strv_length ((char **) labels));

  row = ct_form_field_new_combo (label);
  append (self, row);
  remember (self, name, FIELD_CHOICE, row, row);
  ct_form_field_set_choices (ADW_COMBO_ROW (row), keys, labels, selected);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

void
ct_asset_dialog_set_choices (CtAssetDialog     *self,
                             const char        *name,
                             const char *const *keys,
                             const char *const *labels,
                             const char        *selected)
{
  Field *field = lookup (self, name);

  g_assert (field != NULL && field->kind == FIELD_CHOICE);
  ct_form_field_set_choices (ADW_COMBO_ROW (field->input), keys, labels, selected);
}

static void
switch_active_cb (CtAssetDialog *self,
                  GParamSpec    *pspec,
                  GtkWidget     *toggle)
{
  emit_changed (self, g_object_get_data (G_OBJECT (toggle), "ct-row"));
}

GtkWidget *
ct_asset_dialog_add_switch (CtAssetDialog *self,
                            const char    *name,
                            const char    *label,
                            const char    *subtitle,
                            gboolean       active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  g_assert (CT_IS_ASSET_DIALOG (self));

  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  append (self, row);
  remember (self, name, FIELD_SWITCH, row, toggle);
  g_object_set_data (G_OBJECT (toggle), "ct-row", row);
  g_signal_connect_object (toggle, "notify::active", G_CALLBACK (switch_active_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

GtkLabel *
ct_asset_dialog_add_caption (CtAssetDialog *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  g_assert (CT_IS_ASSET_DIALOG (self));

  g_object_set (label, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "margin-top", 6, "selectable", TRUE, "focusable", FALSE, NULL);
  gtk_widget_add_css_class (label, "caption");
  append (self, label);
  self->caption = GTK_LABEL (label);
  return self->caption;
}

void
ct_asset_dialog_set_hint (CtAssetDialog *self,
                          const char    *name,
                          const char    *hint)
{
  Field *field = lookup (self, name);

  g_assert (field != NULL && ADW_IS_ACTION_ROW (field->row));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (field->row), hint != NULL ? hint : "");
}

void
ct_asset_dialog_set_field_visible (CtAssetDialog *self,
                                   const char    *name,
                                   gboolean       visible)
{
  Field *field = lookup (self, name);

  g_assert (field != NULL);
  gtk_widget_set_visible (field->row, visible);
}

char *
ct_asset_dialog_dup_value (CtAssetDialog *self,
                           const char    *name)
{
  Field *field;

  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), NULL);
  field = lookup (self, name);
  g_return_val_if_fail (field != NULL, NULL);

  return ct_form_field_dup_value (field->input);
}

gboolean
ct_asset_dialog_set_value (CtAssetDialog *self,
                           const char    *name,
                           const char    *value)
{
  Field *field;

  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  field = lookup (self, name);
  if (field == NULL)
    return FALSE;
  return ct_form_field_set_value (field->input, value);
}

gboolean
ct_asset_dialog_get_switch (CtAssetDialog *self,
                            const char    *name)
{
  Field *field = lookup (self, name);

  g_assert (field != NULL && field->kind == FIELD_SWITCH);
  return gtk_switch_get_active (GTK_SWITCH (field->input));
}

char *
ct_asset_dialog_dup_label (CtAssetDialog *self,
                           const char    *name)
{
  Field *field = lookup (self, name);
  const char *title;
  GString *label;

  g_assert (field != NULL);
  if (!ADW_IS_PREFERENCES_ROW (field->row))
    return g_strdup (name);
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (field->row));
  label = g_string_new (NULL);
  /* Without the mnemonic's underscore. */
  for (const char *p = title; *p != '\0'; p++)
    if (*p != '_' || p[1] == '_')
      g_string_append_c (label, *p == '_' ? *++p : *p);
  return g_string_free (label, FALSE);
}
