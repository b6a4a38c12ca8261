/* ct-asset-dialog-conflict.c — "Changed by someone else": what the window
 * started from beside what is saved now, with Reload or Keep Mine; what was
 * typed stays in the form either way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-format.h"
#include "ct-asset-dialog-private.h"
#include "widgets/ct-conflict-grid.h"

CtRecord *
ct_asset_dialog_load_stored (CtAssetDialog  *self,
                             CtRecord       *record,
                             GError        **error)
{
  CtAssetStore *store = ct_context_get_assets (self->context);
  gint64 id = ct_record_get_id (record);
  g_autoptr(GListModel) list = NULL;

  if (CT_IS_ASSET (record))
    return CT_RECORD (ct_asset_store_load (store, id, error));
  if (CT_IS_METER (record))
    return ct_record_store_load (ct_meter_get_store (store), id, error);
  if (CT_IS_MAINTENANCE_TASK (record))
    list = ct_maintenance_list_tasks (store, ct_record_get_int (record, "asset_id"), FALSE, error);
  else if (CT_IS_MAINTENANCE_PLAN (record))
    list = ct_maintenance_list_plans (store, ct_record_get_int (record, "asset_id"), error);
  return ct_asset_detail_find_item (list, id);
}

/* Field | this window started from | saved now, for the fields that differ. */
static GtkWidget *
differences_new (CtAssetDialog *self,
                 CtRecord      *mine,
                 CtRecord      *theirs)
{
  const CtTableInfo *table = ct_record_get_table (mine);
  GtkWidget *grid = ct_conflict_grid_new (_("When opened"), _("Saved now"));

  for (guint i = 0; i < table->n_fields; i++)
    {
      const char *field = table->fields[i].name;
      g_autofree char *a = ct_asset_detail_dup_field_text (self->context, self->tz, mine, field);
      g_autofree char *b = ct_asset_detail_dup_field_text (self->context, self->tz, theirs,
                                                           field);

      if (g_strcmp0 (a, b) != 0)
        ct_conflict_grid_add (grid, _(table->fields[i].nick), a, b);
    }
  if (ct_conflict_grid_get_n_rows (grid) == 0)
    ct_conflict_grid_add_note (grid, _("No field differs: only the history changed."));
  return grid;
}

static GtkWidget *
scrolled_new (GtkWidget *child)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  /* A message dialog is narrow by default: room for two columns of values. */
  gtk_widget_set_size_request (scrolled, 480, -1);
  g_object_set (scrolled, "hscrollbar-policy", GTK_POLICY_NEVER,
                "propagate-natural-height", TRUE, "min-content-height", 64,
                "max-content-height", 320, "child", child, NULL);
  return scrolled;
}

static void
conflict_response_cb (CtAssetDialog    *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  g_autoptr(CtRecord) theirs = g_steal_pointer (&self->theirs);

  /* It closes itself after this; saving may close this window first. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  g_clear_weak_pointer (&self->conflict_dialog);
  if (theirs == NULL || g_str_equal (response, "cancel"))
    return;
  /* Either way the form now saves onto their version; what was typed stays. */
  ct_asset_dialog_reloaded (self, theirs);
  if (g_str_equal (response, "mine"))
    {
      ct_asset_dialog_save (self);
      return;
    }
  ct_asset_dialog_show_error (self, _("Their version is shown now. Check it, then save "
                                      "again: what you typed is kept."));
}

static char *
dup_subject (CtAssetDialog *self,
             CtRecord      *record)
{
  if (CT_IS_MAINTENANCE_TASK (record))
    /* Translators: the subject of “Someone else changed %s …” */
    return g_strdup_printf (_("the task due %s"), ct_record_get_string (record, "due_on"));
  if (CT_IS_MAINTENANCE_PLAN (record))
    /* Translators: the subject of “Someone else changed %s …”; %s is a plan's title */
    return g_strdup_printf (_("the plan “%s”"), ct_record_get_string (record, "title"));
  /* Translators: the subject of “Someone else changed %s …”; %s is an asset's code */
  return g_strdup_printf (_("asset %s"), ct_record_get_string (record, "code"));
}

static void
show_gone (CtAssetDialog *self,
           const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Changed by Someone Else"),
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Close"));
  g_set_weak_pointer (&self->conflict_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_asset_dialog_show_conflict (CtAssetDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) theirs = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_assert (CT_IS_ASSET_DIALOG (self));

  if (self->target == NULL)
    return;
  theirs = ct_asset_dialog_load_stored (self, self->target, &error);
  if (theirs == NULL)
    {
      show_gone (self, error != NULL ? error->message : _("Someone else deleted it meanwhile."));
      return;
    }
  g_set_object (&self->theirs, theirs);
  subject = dup_subject (self, self->target);
  body = g_strdup_printf (_("Someone else changed %s after this window was opened, so nothing "
                            "was saved. What you typed is kept: reload to see their version "
                            "and save again, or save yours over theirs."), subject);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changed by Someone Else"), body));
  adw_message_dialog_set_extra_child (dialog, scrolled_new (differences_new (self, self->target,
                                                                             theirs)));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    "mine", _("_Keep Mine"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "mine", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->conflict_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
