/* ct-record-editor.c — the modal form that adds or edits one record
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-org-section.h"
#include "ct-record-editor-private.h"

G_DEFINE_FINAL_TYPE (CtRecordEditor, ct_record_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STORE,
  PROP_RECORD,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_title (CtRecordEditor *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  CtOrgSection section = ct_org_section_for_record (self->record);
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;

  if (ct_record_editor_is_new (self))
    {
      gtk_window_set_title (GTK_WINDOW (self), ct_org_section_get_new_title (section));
      return;
    }

  label = ct_org_dup_label (org, self->record);
  title = ct_org_section_format_edit_title (section, label);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
clear_error (CtRecordEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_label_set_text (self->error_label, "");

  for (guint i = 0; i < self->fields->len; i++)
    {
      CtEditorField *field = g_ptr_array_index (self->fields, i);

      gtk_widget_remove_css_class (field->row, "error");
    }
}

/* Shows @message above the form and marks the row whose label it names. */
void
ct_record_editor_show_error (CtRecordEditor *self,
                             const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);

  for (guint i = 0; i < self->fields->len; i++)
    {
      CtEditorField *field = g_ptr_array_index (self->fields, i);

      if (strstr (message, _(field->field->nick)) != NULL)
        {
          gtk_widget_add_css_class (field->row, "error");
          gtk_widget_grab_focus (field->input);
          break;
        }
    }
}

void
ct_record_editor_reload (CtRecordEditor *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  g_autoptr(GError) error = NULL;
  CtRecord *fresh;

  if (!ct_organisation_reload (org, &error))
    {
      ct_record_editor_show_error (self, error->message);
      return;
    }

  fresh = ct_record_store_lookup (self->store, ct_record_get_id (self->record));
  if (fresh == NULL)
    {
      ct_record_editor_show_error (self, _("Someone else deleted this record. Cancel to close the form."));
      return;
    }

  g_clear_object (&self->record);
  self->record = ct_record_copy (fresh);
  clear_error (self);
  ct_record_editor_build_form (self);
  ct_record_editor_fill_form (self);
  update_title (self);
}

static void
editor_save_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ct_record_editor_save (CT_RECORD_EDITOR (widget));
}

static void
editor_cancel_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
ct_record_editor_constructed (GObject *object)
{
  CtRecordEditor *self = CT_RECORD_EDITOR (object);

  G_OBJECT_CLASS (ct_record_editor_parent_class)->constructed (object);

  g_assert (CT_IS_CONTEXT (self->context));
  g_assert (CT_IS_RECORD_STORE (self->store));

  if (self->record == NULL)
    self->record = g_object_new (ct_record_store_get_record_type (self->store), NULL);

  ct_record_editor_build_form (self);
  ct_record_editor_fill_form (self);
  update_title (self);
}

static void
ct_record_editor_dispose (GObject *object)
{
  CtRecordEditor *self = CT_RECORD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_RECORD_EDITOR);
  g_clear_weak_pointer (&self->conflict_dialog);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_object (&self->record);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ct_record_editor_parent_class)->dispose (object);
}

static void
ct_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CtRecordEditor *self = CT_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: g_value_set_object (value, self->context); break;
    case PROP_STORE:   g_value_set_object (value, self->store); break;
    case PROP_RECORD:  g_value_set_object (value, self->record); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_record_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CtRecordEditor *self = CT_RECORD_EDITOR (object);
  CtRecord *record;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_RECORD:
      record = g_value_get_object (value);
      self->record = record != NULL ? ct_record_copy (record) : NULL;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_record_editor_class_init (CtRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ct_record_editor_constructed;
  object_class->dispose = ct_record_editor_dispose;
  object_class->get_property = ct_record_editor_get_property;
  object_class->set_property = ct_record_editor_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CT_TYPE_RECORD_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, CT_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtRecordEditor::saved:
   * @record: the record as stored (new id and version)
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CT_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CtRecordEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, CtRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtRecordEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, CtRecordEditor, form_list);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, editor_cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
ct_record_editor_init (CtRecordEditor *self)
{
  self->fields = g_ptr_array_new_with_free_func (ct_editor_field_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtRecordEditor *
ct_record_editor_new (CtContext     *context,
                      CtRecordStore *store,
                      CtRecord      *record)
{
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (CT_IS_RECORD_STORE (store), NULL);
  g_return_val_if_fail (record == NULL || CT_IS_RECORD (record), NULL);

  return g_object_new (CT_TYPE_RECORD_EDITOR,
                       "context", context,
                       "store", store,
                       "record", record,
                       NULL);
}

gboolean
ct_record_editor_is_new (CtRecordEditor *self)
{
  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), FALSE);

  return ct_record_get_id (self->record) == 0;
}

CtRecord *
ct_record_editor_get_record (CtRecordEditor *self)
{
  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), NULL);

  return self->record;
}

/* Saves the form; on success emits "saved" and closes the window. The store
 * writes into a copy of the working record, so that a failed attempt leaves
 * neither the form nor the record's id and version changed. */
gboolean
ct_record_editor_save (CtRecordEditor *self)
{
  g_autoptr(CtRecord) attempt = NULL;
  g_autoptr(GError) error = NULL;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), FALSE);

  clear_error (self);
  ct_record_editor_read_form (self, self->record);
  attempt = ct_record_copy (self->record);
  actor = ct_context_get_user (self->context);

  if (ct_record_editor_is_new (self))
    ok = ct_record_store_insert (self->store, attempt, actor, &error);
  else
    ok = ct_record_store_update (self->store, attempt, actor, &error);

  if (!ok)
    {
      ct_record_editor_show_error (self, error->message);
      if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        ct_record_editor_show_conflict (self);
      return FALSE;
    }

  g_set_object (&self->record, attempt);
  g_signal_emit (self, signals[SAVED], 0, self->record);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
ct_record_editor_get_error (CtRecordEditor *self)
{
  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

AdwMessageDialog *
ct_record_editor_get_conflict_dialog (CtRecordEditor *self)
{
  g_return_val_if_fail (CT_IS_RECORD_EDITOR (self), NULL);

  return self->conflict_dialog;
}
