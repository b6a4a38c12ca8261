/* ct-asset-dialog-task.c — a maintenance task completed or skipped, and a
 * maintenance record without a task (维保记录: problem, action, recheck)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"

#define STORE(self) (ct_context_get_assets ((self)->context))
#define ACTOR(self) (ct_context_get_user ((self)->context))

/* "E-01 1号楼1号客梯 · 电梯月度保养, due 2026-11-20". */
static void
set_task_intro (CtAssetDialog *self,
                CtRecord      *task)
{
  g_autoptr(GListModel) plans = ct_maintenance_list_plans (STORE (self),
                                                           ct_record_get_int (task, "asset_id"),
                                                           NULL);
  g_autofree char *asset = ct_record_dup_label (CT_RECORD (self->asset));
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;

  for (guint i = 0; plans != NULL && i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CtRecord) plan = g_list_model_get_item (plans, i);

      if (ct_record_get_id (plan) == ct_record_get_int (task, "plan_id") && title == NULL)
        title = g_strdup (ct_record_get_string (plan, "title"));
    }
  /* Translators: an asset, a maintenance plan's title and the task's due date */
  intro = g_strdup_printf (_("%s · %s, due %s"), asset, title != NULL ? title : "",
                           ct_record_get_string (task, "due_on"));
  ct_asset_dialog_set_intro (self, intro);
}

static void
add_record_fields (CtAssetDialog *self)
{
  g_autofree char *now = ct_asset_dialog_dup_now_text (self);

  ct_asset_dialog_add_text (self, "problem", _("_Problem found"), NULL);
  ct_asset_dialog_add_text (self, "action", _("_Action taken"), NULL);
  ct_asset_dialog_add_group (self, NULL, NULL);
  ct_asset_dialog_add_entry (self, "recheck", _("_Recheck result"), NULL);
  ct_asset_dialog_add_switch (self, "recheck_ok", _("Recheck _passed"),
                              _("Off when the fault remains: the record is flagged in the "
                                "history"), TRUE);
  ct_asset_dialog_add_group (self, NULL, NULL);
  ct_asset_dialog_add_entry (self, "performer", _("Performed _by"),
                             ct_context_get_user (self->context));
  ct_asset_dialog_add_entry (self, "performed_at", _("Performed a_t (YYYY-MM-DD HH:MM)"), now);
  ct_asset_dialog_add_entry (self, "downtime", _("_Downtime (minutes)"), "0");
  ct_asset_dialog_add_entry (self, "cost", _("C_ost (yuan)"), NULL);
}

/* The form into @record; FALSE with a message naming the field. */
static gboolean
read_record (CtAssetDialog  *self,
             CtRecord       *record,
             GError        **error)
{
  static const char *const texts[] = { "problem", "action", "recheck", "performer" };
  gint64 performed_at = 0, minutes = 0, cents = 0;

  if (!ct_asset_dialog_get_past_time (self, "performed_at", &performed_at, error)
      || !ct_asset_dialog_get_minutes (self, "downtime", &minutes, error)
      || !ct_asset_dialog_get_cents (self, "cost", &cents, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *value = ct_asset_dialog_dup_value (self, texts[i]);

      ct_record_set_string (record, texts[i], value);
    }
  if (*ct_record_get_string (record, "action") == '\0')
    return ct_asset_dialog_fail (error, _("Say what was done in “Action taken”: it is what "
                                          "the maintenance record keeps."));
  ct_record_set_int (record, "recheck_ok", ct_asset_dialog_get_switch (self, "recheck_ok"));
  ct_record_set_int (record, "performed_at", performed_at);
  ct_record_set_int (record, "downtime_minutes", minutes);
  ct_record_set_int (record, "cost_cents", cents);
  return TRUE;
}

static gboolean
save_complete (CtAssetDialog  *self,
               GError        **error)
{
  gint64 asset_id = ct_record_get_int (self->target, "asset_id");
  g_autoptr(CtMaintenanceRecord) record = ct_maintenance_record_new (asset_id, "preventive");
  g_autoptr(CtRecord) task = ct_record_copy (self->target);

  if (!read_record (self, CT_RECORD (record), error)
      || !ct_maintenance_complete_task (STORE (self), CT_MAINTENANCE_TASK (task), record,
                                        ACTOR (self), error))
    return FALSE;
  ct_asset_dialog_set_result (self, record);
  return TRUE;
}

static gboolean
save_record (CtAssetDialog  *self,
             GError        **error)
{
  g_autofree char *kind = ct_asset_dialog_dup_value (self, "kind");
  gint64 asset_id = ct_record_get_id (CT_RECORD (self->asset));
  g_autoptr(CtMaintenanceRecord) record = ct_maintenance_record_new (asset_id, kind);

  if (!read_record (self, CT_RECORD (record), error)
      || !ct_maintenance_add_record (STORE (self), record, ACTOR (self), error))
    return FALSE;
  ct_asset_dialog_set_result (self, record);
  return TRUE;
}

static gboolean
save_skip (CtAssetDialog  *self,
           GError        **error)
{
  g_autoptr(CtRecord) task = ct_record_copy (self->target);
  g_autofree char *reason = NULL;

  reason = ct_asset_dialog_dup_required (self, "reason",
                                         _("Say why the task is skipped, for example: the "
                                           "elevator was out of service for renovation."),
                                         error);
  if (reason == NULL
      || !ct_maintenance_skip_task (STORE (self), CT_MAINTENANCE_TASK (task), reason,
                                    ACTOR (self), error))
    return FALSE;
  ct_asset_dialog_set_result (self, task);
  return TRUE;
}

static CtAssetDialog *
task_dialog_new (GtkWindow         *parent,
                 CtContext         *ctx,
                 CtAsset           *asset,
                 CtMaintenanceTask *task,
                 const char        *title,
                 const char        *save_label,
                 CtAssetDialogSave  save_func)
{
  CtAssetDialog *self = ct_asset_dialog_new_form (parent, ctx, title, save_label, save_func);
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (task));

  ct_asset_dialog_set_asset (self, asset);
  ct_asset_dialog_set_target (self, copy);
  set_task_intro (self, copy);
  return self;
}

GtkWidget *
ct_asset_dialog_complete_task (GtkWindow         *parent,
                               CtContext         *ctx,
                               CtAsset           *asset,
                               CtMaintenanceTask *task)
{
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset) && CT_IS_MAINTENANCE_TASK (task), NULL);

  self = task_dialog_new (parent, ctx, asset, task, _("Complete Maintenance Task"),
                          _("_Complete"), save_complete);
  add_record_fields (self);
  return GTK_WIDGET (self);
}

GtkWidget *
ct_asset_dialog_skip_task (GtkWindow         *parent,
                           CtContext         *ctx,
                           CtAsset           *asset,
                           CtMaintenanceTask *task)
{
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset) && CT_IS_MAINTENANCE_TASK (task), NULL);

  self = task_dialog_new (parent, ctx, asset, task, _("Skip Maintenance Task"), _("S_kip"),
                          save_skip);
  ct_asset_dialog_add_group (self, NULL, _("A skipped task counts as not done on time in the "
                                           "maintenance completion rate."));
  ct_asset_dialog_add_entry (self, "reason", _("_Reason"), NULL);
  return GTK_WIDGET (self);
}

GtkWidget *
ct_asset_dialog_add_record (GtkWindow *parent,
                            CtContext *ctx,
                            CtAsset   *asset)
{
  g_autoptr(CtAssetChoices) kinds = NULL;
  g_autofree char *intro = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("Record Maintenance"), _("_Save"),
                                   save_record);
  ct_asset_dialog_set_asset (self, asset);
  intro = ct_record_dup_label (CT_RECORD (asset));
  ct_asset_dialog_set_intro (self, intro);
  kinds = ct_asset_choices_new_vocab (ct_maintenance_record_kinds (),
                                      ct_maintenance_record_kind_label);
  ct_asset_dialog_add_choices (self, "kind", _("_Kind"), kinds, "corrective");
  add_record_fields (self);
  return GTK_WIDGET (self);
}
