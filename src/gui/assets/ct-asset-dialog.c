/* ct-asset-dialog.c — the frame of the asset ledger's editors: Cancel and
 * Save, the error kept in the window with what was typed, and the conflict
 * path of a stale save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

G_DEFINE_FINAL_TYPE (CtAssetDialog, ct_asset_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  RELOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ct_asset_dialog_save (CT_ASSET_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* Typing starts in the first field, not on Cancel. */
static void
ct_asset_dialog_map (GtkWidget *widget)
{
  CtAssetDialog *self = CT_ASSET_DIALOG (widget);

  GtkWidget *first = g_object_get_data (G_OBJECT (self), "ct-focus");

  GTK_WIDGET_CLASS (ct_asset_dialog_parent_class)->map (widget);
  if (first != NULL)
    gtk_widget_grab_focus (first);
  else
    gtk_widget_child_focus (GTK_WIDGET (self->form), GTK_DIR_TAB_FORWARD);
}

static void
ct_asset_dialog_dispose (GObject *object)
{
  CtAssetDialog *self = CT_ASSET_DIALOG (object);

  if (self->conflict_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->conflict_dialog));
  g_clear_weak_pointer (&self->conflict_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_ASSET_DIALOG);
  g_clear_object (&self->theirs);
  g_clear_object (&self->result);
  g_clear_object (&self->target);
  g_clear_object (&self->asset);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (ct_asset_dialog_parent_class)->dispose (object);
}

static void
ct_asset_dialog_finalize (GObject *object)
{
  CtAssetDialog *self = CT_ASSET_DIALOG (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);

  G_OBJECT_CLASS (ct_asset_dialog_parent_class)->finalize (object);
}

static void
ct_asset_dialog_class_init (CtAssetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_asset_dialog_dispose;
  object_class->finalize = ct_asset_dialog_finalize;
  widget_class->map = ct_asset_dialog_map;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  /**
   * CtAssetDialog::field-changed:
   * @name: the field whose choice or switch changed
   */
  g_signal_new ("field-changed", G_TYPE_FROM_CLASS (klass),
                G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-asset-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, note_box);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, note_icon);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDialog, form);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "dialog.save", NULL);
}

static void
ct_asset_dialog_init (CtAssetDialog *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtAssetDialog *
ct_asset_dialog_new_form (GtkWindow         *parent,
                          CtContext         *ctx,
                          const char        *title,
                          const char        *save_label,
                          CtAssetDialogSave  save_func)
{
  g_autoptr(GError) error = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);

  self = g_object_new (CT_TYPE_ASSET_DIALOG, "title", title, "transient-for", parent, NULL);
  self->context = g_object_ref (ctx);
  self->save_func = save_func;
  gtk_button_set_label (GTK_BUTTON (self->save_button), save_label);
  self->tz = ct_work_calendar_load_time_zone (ct_context_get_database (ctx), &error);
  if (self->tz == NULL)
    {
      /* Times in UTC, said so, rather than silently hours off. */
      ct_asset_dialog_show_error (self, error->message);
      self->tz = g_time_zone_new_utc ();
    }
  return self;
}

void
ct_asset_dialog_set_intro (CtAssetDialog *self,
                           const char    *text)
{
  g_assert (CT_IS_ASSET_DIALOG (self));

  gtk_label_set_text (self->intro_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), text != NULL && *text != '\0');
}

void
ct_asset_dialog_show_error (CtAssetDialog *self,
                            const char    *message)
{
  gboolean shown = message != NULL && *message != '\0';

  g_assert (CT_IS_ASSET_DIALOG (self));

  /* Hidden rather than only folded: an empty wrapping label measures oddly. */
  gtk_label_set_text (self->error_label, shown ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), shown);
  gtk_revealer_set_reveal_child (self->error_revealer, shown);
}

void
ct_asset_dialog_show_note (CtAssetDialog *self,
                           const char    *icon_name,
                           const char    *style_class,
                           const char    *text)
{
  static const char *const classes[] = { "success", "warning", "error", "dim-label" };

  g_assert (CT_IS_ASSET_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->note_icon), classes[i]);
  if (style_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->note_icon), style_class);
  gtk_image_set_from_icon_name (self->note_icon, icon_name);
  gtk_label_set_text (self->note_label, text != NULL ? text : "");
  gtk_widget_set_visible (self->note_box, text != NULL);
}

/* Keeps a copy: the caller's asset is never changed. */
void
ct_asset_dialog_set_asset (CtAssetDialog *self,
                           CtAsset       *asset)
{
  g_assert (CT_IS_ASSET_DIALOG (self));
  g_clear_object (&self->asset);
  if (asset != NULL)
    self->asset = CT_ASSET (ct_record_copy (CT_RECORD (asset)));
}

void
ct_asset_dialog_set_target (CtAssetDialog *self,
                            CtRecord      *target)
{
  g_assert (CT_IS_ASSET_DIALOG (self));
  g_set_object (&self->target, target);
}

void
ct_asset_dialog_set_result (CtAssetDialog *self,
                            gpointer       result)
{
  g_assert (CT_IS_ASSET_DIALOG (self));
  g_assert (result == NULL || G_IS_OBJECT (result));
  g_set_object (&self->result, result);
}

gboolean
ct_asset_dialog_fail (GError     **error,
                      const char  *message)
{
  g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Called by the conflict dialog: @theirs is the stored version now. */
void
ct_asset_dialog_reloaded (CtAssetDialog *self,
                          CtRecord      *theirs)
{
  g_assert (CT_IS_ASSET_DIALOG (self));

  if (self->target != NULL)
    ct_record_assign (self->target, theirs);
  if (self->asset != NULL && CT_RECORD (self->asset) != self->target && CT_IS_ASSET (theirs))
    ct_record_assign (CT_RECORD (self->asset), theirs);
  g_signal_emit (self, signals[RELOADED], 0, theirs);
}

/* Saves as the Save button does; FALSE leaves the window open with the error
 * (and, for a stale save, the conflict dialog). */
gboolean
ct_asset_dialog_save (CtAssetDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), FALSE);
  g_return_val_if_fail (self->save_func != NULL, FALSE);

  ct_asset_dialog_show_error (self, NULL);
  /* The last save's verdict is about another entry. */
  ct_asset_dialog_show_note (self, NULL, NULL, NULL);
  self->stay_open = FALSE;
  g_clear_object (&self->result);
  if (!self->save_func (self, &error))
    {
      ct_asset_dialog_show_error (self, error->message);
      if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        ct_asset_dialog_show_conflict (self);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->result);
  if (!self->stay_open)
    gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
ct_asset_dialog_get_error (CtAssetDialog *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

const char *
ct_asset_dialog_get_note (CtAssetDialog *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (self->note_box))
    return NULL;
  return gtk_label_get_text (self->note_label);
}

AdwMessageDialog *
ct_asset_dialog_get_conflict_dialog (CtAssetDialog *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), NULL);
  return self->conflict_dialog;
}

GtkLabel *
ct_asset_dialog_get_caption (CtAssetDialog *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DIALOG (self), NULL);
  return self->caption;
}
