/* ct-record-editor-fields.c — the editor's rows, built from the CtTableInfo
 *
 * TEXT → AdwEntryRow, INT → GtkSpinButton in an AdwActionRow, REF → AdwComboRow
 * over the referenced store, DATE → AdwEntryRow with a calendar popover, and
 * the staff status → AdwComboRow of its three states.
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-org-section.h"
#include "ct-record-editor-private.h"

static const char * const status_keys[] = { "onboarding", "active", "left", NULL };

void
ct_editor_field_free (gpointer data)
{
  CtEditorField *field = data;

  g_clear_pointer (&field->ids, g_array_unref);
  g_free (field);
}

static gboolean
is_status_field (CtRecordEditor *self,
                 const CtField  *field)
{
  return CT_IS_STAFF (self->record) && g_str_equal (field->name, "status");
}

/* staff.site_id may be empty: the member works for the whole company. */
static gboolean
is_optional_ref (CtRecordEditor *self,
                 const CtField  *field)
{
  return CT_IS_STAFF (self->record) && g_str_equal (field->name, "site_id");
}

static GDateTime *
parse_date (const char *text)
{
  int year, month, day;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
date_popover_show_cb (GtkPopover  *popover,
                      AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autoptr(GDateTime) date = parse_date (gtk_editable_get_text (GTK_EDITABLE (row)));

  if (date == NULL)
    return;

  g_signal_handlers_block_by_func (calendar, calendar_day_selected_cb, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, calendar_day_selected_cb, row);
}

static GtkWidget *
new_entry_row (const char *title,
               const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (strstr (name, "phone") != NULL)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_PHONE);
  return row;
}

static void
build_date_row (CtEditorField *field)
{
  GtkWidget *calendar = gtk_calendar_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: the format of a date field, shown after its name */
  g_autofree char *title = g_strdup_printf (_("%s (YYYY-MM-DD)"), _(field->field->nick));

  field->row = field->input = new_entry_row (title, field->field->name);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), button);

  g_signal_connect_object (calendar, "day-selected",
                           G_CALLBACK (calendar_day_selected_cb), field->row, 0);
  g_signal_connect_object (popover, "show",
                           G_CALLBACK (date_popover_show_cb), field->row, 0);
}

static void
build_int_row (CtEditorField *field)
{
  field->row = adw_action_row_new ();
  field->input = gtk_spin_button_new_with_range (-999, 999999, 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(field->field->nick));
  gtk_widget_set_valign (field->input, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (field->input), TRUE);
  /* Enter saves the form, as in the entry rows. */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (field->input))),
                                  TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (field->row), field->input);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field->row), field->input);
}

static void
build_combo_row (CtEditorField *field,
                 GtkStringList *labels)
{
  field->row = field->input = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(field->field->nick));
  adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (labels));
}

static void
build_ref_row (CtRecordEditor *self,
               CtEditorField  *field)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  GListModel *model = ct_record_store_get_model (ct_org_ref_get_store (org, field->field->name));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (model);

  field->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (is_optional_ref (self, field->field))
    {
      gint64 none = 0;

      gtk_string_list_append (labels, _("None (company-wide)"));
      g_array_append_val (field->ids, none);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (model, i);
      g_autofree char *label = ct_org_dup_label (org, record);
      gint64 id = ct_record_get_id (record);

      gtk_string_list_append (labels, label);
      g_array_append_val (field->ids, id);
    }

  build_combo_row (field, labels);
}

static void
build_status_row (CtEditorField *field)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; status_keys[i] != NULL; i++)
    gtk_string_list_append (labels, ct_staff_status_label (status_keys[i]));
  field->keys = status_keys;
  build_combo_row (field, labels);
}

static void
build_field (CtRecordEditor *self,
             CtEditorField  *field)
{
  if (is_status_field (self, field->field))
    {
      build_status_row (field);
      return;
    }

  switch (field->field->type)
    {
    case CT_FIELD_TEXT:
      field->row = field->input = new_entry_row (_(field->field->nick), field->field->name);
      break;
    case CT_FIELD_INT:
      build_int_row (field);
      break;
    case CT_FIELD_REF:
      build_ref_row (self, field);
      break;
    case CT_FIELD_DATE:
      build_date_row (field);
      break;
    case CT_FIELD_OPT_INT:
    default:
      g_assert_not_reached ();
    }
}

/* (Re)builds one row per field of the record's table. */
void
ct_record_editor_build_form (CtRecordEditor *self)
{
  const CtTableInfo *table = ct_record_get_table (self->record);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->form_list))) != NULL)
    gtk_list_box_remove (self->form_list, child);
  g_ptr_array_set_size (self->fields, 0);

  for (guint i = 0; i < table->n_fields; i++)
    {
      CtEditorField *field = g_new0 (CtEditorField, 1);

      field->field = &table->fields[i];
      build_field (self, field);
      gtk_widget_set_name (field->row, field->field->name);
      gtk_list_box_append (self->form_list, field->row);
      g_ptr_array_add (self->fields, field);
    }
}

static guint
find_ref (CtEditorField *field,
          gint64         id)
{
  for (guint i = 0; i < field->ids->len; i++)
    if (g_array_index (field->ids, gint64, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static guint
find_key (const char * const *keys,
          const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
fill_field (CtRecordEditor *self,
            CtEditorField  *field)
{
  const char *name = field->field->name;

  if (field->keys != NULL)
    {
      const char *status = ct_record_get_string (self->record, name);

      /* A new member of staff is active unless said otherwise. */
      if (status == NULL || *status == '\0')
        status = "active";
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), find_key (field->keys, status));
    }
  else if (field->ids != NULL)
    {
      gint64 id = ct_record_get_int (self->record, name);
      guint pos = find_ref (field, id);

      /* With a single choice there is nothing to choose. */
      if (id == 0 && pos == GTK_INVALID_LIST_POSITION && field->ids->len == 1)
        pos = 0;
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), pos);
    }
  else if (GTK_IS_SPIN_BUTTON (field->input))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->input),
                               (double) ct_record_get_int (self->record, name));
  else
    gtk_editable_set_text (GTK_EDITABLE (field->input),
                           ct_record_get_string (self->record, name));
}

void
ct_record_editor_fill_form (CtRecordEditor *self)
{
  for (guint i = 0; i < self->fields->len; i++)
    fill_field (self, g_ptr_array_index (self->fields, i));
}

static void
read_field (CtEditorField *field,
            CtRecord      *record)
{
  const char *name = field->field->name;

  if (field->keys != NULL)
    {
      guint pos = adw_combo_row_get_selected (ADW_COMBO_ROW (field->input));

      if (pos < g_strv_length ((char **) field->keys))
        ct_record_set_string (record, name, field->keys[pos]);
    }
  else if (field->ids != NULL)
    {
      guint pos = adw_combo_row_get_selected (ADW_COMBO_ROW (field->input));

      ct_record_set_int (record, name,
                         pos < field->ids->len ? g_array_index (field->ids, gint64, pos) : 0);
    }
  else if (GTK_IS_SPIN_BUTTON (field->input))
    {
      gtk_spin_button_update (GTK_SPIN_BUTTON (field->input));
      ct_record_set_int (record, name,
                         gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field->input)));
    }
  else
    {
      g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));

      ct_record_set_string (record, name, g_strstrip (text));
    }
}

/* Copies the form into @record. */
void
ct_record_editor_read_form (CtRecordEditor *self,
                            CtRecord       *record)
{
  for (guint i = 0; i < self->fields->len; i++)
    read_field (g_ptr_array_index (self->fields, i), record);
}

static CtEditorField *
find_field (CtRecordEditor *self,
            const char     *name)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      CtEditorField *field = g_ptr_array_index (self->fields, i);

      if (g_str_equal (field->field->name, name))
        return field;
    }
  g_critical ("%s has no field %s", G_OBJECT_TYPE_NAME (self->record), name);
  return NULL;
}

void
ct_record_editor_set_field_text (CtRecordEditor *self,
                                 const char     *name,
                                 const char     *text)
{
  CtEditorField *field;

  g_return_if_fail (CT_IS_RECORD_EDITOR (self));

  if ((field = find_field (self, name)) == NULL)
    return;

  if (field->keys != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), find_key (field->keys, text));
  else
    {
      g_return_if_fail (GTK_IS_EDITABLE (field->input) && field->ids == NULL);
      gtk_editable_set_text (GTK_EDITABLE (field->input), text);
    }
}

const char *
ct_record_editor_get_field_text (CtRecordEditor *self,
                                 const char     *name)
{
  CtEditorField *field;

  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), NULL);

  if ((field = find_field (self, name)) == NULL)
    return NULL;
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (field->input), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (field->input));
}

void
ct_record_editor_set_field_int (CtRecordEditor *self,
                                const char     *name,
                                gint64          value)
{
  CtEditorField *field;

  g_return_if_fail (CT_IS_RECORD_EDITOR (self));

  if ((field = find_field (self, name)) == NULL)
    return;

  if (field->ids != NULL)
    adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), find_ref (field, value));
  else
    {
      g_return_if_fail (GTK_IS_SPIN_BUTTON (field->input));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->input), (double) value);
    }
}
