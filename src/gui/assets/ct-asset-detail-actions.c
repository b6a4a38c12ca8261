/* ct-asset-detail-actions.c — the actions of the asset pane: each opens its
 * editor (ct-asset-dialog.h) and, once saved, shows the stored asset again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-private.h"
#include "ct-asset-dialog.h"
#include "ct-assets-print-op.h"
#include "audit/ct-history-dialog.h"

#define SHOW_TICKET "show-ticket"

/* Actions allowed on any asset shown; the others need one not retired. */
static const char *const any_actions[] = {
  "asset.edit", "asset.print-label", "asset.print-form", "asset.print-task-form",
  "asset.edit-plan", "asset.edit-meter", "asset.history",
};
static const char *const working_actions[] = {
  "asset.status", "asset.report-fault", "asset.record", "asset.new-plan",
  "asset.complete-task", "asset.skip-task", "asset.new-meter",
};

static gboolean
listed (const char *const *names,
        guint              n,
        const char        *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (names[i], name) == 0)
      return TRUE;
  return FALSE;
}

void
ct_asset_detail_update_actions (CtAssetDetail *self)
{
  gboolean shown = self->asset != NULL && self->context != NULL;
  gboolean working = shown && !g_str_equal (ct_asset_get_status (self->asset), "retired");
  gboolean has_meters = working && self->meters != NULL
                        && g_list_model_get_n_items (self->meters) > 0;

  for (guint i = 0; i < G_N_ELEMENTS (any_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), any_actions[i], shown);
  for (guint i = 0; i < G_N_ELEMENTS (working_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), working_actions[i], working);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "asset.reading", has_meters);
  /* A button that can do nothing is hidden, as in the ticket pane. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->action_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *name = GTK_IS_BUTTON (child)
                         ? gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) : NULL;

      if (listed (working_actions, G_N_ELEMENTS (working_actions), name))
        gtk_widget_set_visible (child, working);
    }
}

/* Does the window offer win.show-ticket (the Tickets tab showing a ticket)? */
static gboolean
window_can_show_ticket (CtAssetDetail *self)
{
  GtkWindow *window = ct_asset_detail_get_window (self);
  GtkWidgetClass *klass;
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property;

  if (window == NULL)
    return FALSE;
  if (G_IS_ACTION_MAP (window) && g_action_map_lookup_action (G_ACTION_MAP (window), SHOW_TICKET))
    return TRUE;
  klass = GTK_WIDGET_GET_CLASS (window);
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type,
                                                  &property); i++)
    if (g_str_equal (name, "win." SHOW_TICKET))
      return TRUE;
  return FALSE;
}

gboolean
ct_asset_detail_open_ticket (CtAssetDetail *self,
                             gint64         ticket_id)
{
  if (!window_can_show_ticket (self))
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), "win." SHOW_TICKET, "x", ticket_id);
}

/* "Repair ticket T-2026-00012 created", with Open when the window can. */
static void
toast_ticket (CtAssetDetail *self,
              CtTicket      *ticket)
{
  /* Translators: %s is a ticket's code */
  g_autofree char *title = g_strdup_printf (_("Repair ticket %s created"),
                                            ct_ticket_get_code (ticket));
  AdwToast *toast = adw_toast_new (title);

  if (window_can_show_ticket (self))
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win." SHOW_TICKET);
      adw_toast_set_action_target_value (toast,
                                         g_variant_new_int64 (ct_record_get_id (CT_RECORD (ticket))));
    }
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  ct_asset_detail_show_toast (self, toast);
}

static void
dialog_saved_cb (CtAssetDetail *self,
                 GObject       *result,
                 GtkWidget     *dialog)
{
  if (CT_IS_TICKET (result))
    toast_ticket (self, CT_TICKET (result));
  else if (CT_IS_MAINTENANCE_RECORD (result))
    ct_asset_detail_show_toast (self, adw_toast_new (_("Maintenance recorded")));
  ct_asset_detail_saved (self);
}

static void
dialog_reloaded_cb (CtAssetDetail *self)
{
  /* Their version is news for the list too. */
  ct_asset_detail_saved (self);
}

static void
open_dialog (CtAssetDetail *self,
             GtkWidget     *dialog)
{
  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "reloaded", G_CALLBACK (dialog_reloaded_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

#define WINDOW(self) (ct_asset_detail_get_window (self))

static void
simple_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  GtkWidget *dialog = NULL;

  if (self->asset == NULL || self->context == NULL)
    return;
  if (g_str_equal (action_name, "asset.edit"))
    dialog = ct_asset_dialog_edit_asset (WINDOW (self), self->context, self->asset);
  else if (g_str_equal (action_name, "asset.status"))
    dialog = ct_asset_dialog_change_status (WINDOW (self), self->context, self->asset);
  else if (g_str_equal (action_name, "asset.report-fault"))
    dialog = ct_asset_dialog_report_fault (WINDOW (self), self->context, self->asset);
  else if (g_str_equal (action_name, "asset.record"))
    dialog = ct_asset_dialog_add_record (WINDOW (self), self->context, self->asset);
  else if (g_str_equal (action_name, "asset.new-plan"))
    dialog = ct_asset_dialog_plan (WINDOW (self), self->context, self->asset, NULL);
  else if (g_str_equal (action_name, "asset.new-meter"))
    dialog = ct_asset_dialog_meter (WINDOW (self), self->context, self->asset, NULL);
  g_assert (dialog != NULL);
  open_dialog (self, dialog);
}

static void
reading_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);

  if (self->asset == NULL || self->context == NULL)
    return;
  open_dialog (self, ct_asset_dialog_reading (WINDOW (self), self->context, self->asset,
                                              g_variant_get_int64 (param)));
}

static void
task_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  g_autoptr(CtMaintenanceTask) task = NULL;

  if (self->asset == NULL || self->context == NULL)
    return;
  task = ct_asset_detail_find_item (self->tasks, g_variant_get_int64 (param));
  if (task == NULL)
    return;
  if (g_str_equal (action_name, "asset.complete-task"))
    open_dialog (self, ct_asset_dialog_complete_task (WINDOW (self), self->context, self->asset,
                                                      task));
  else
    open_dialog (self, ct_asset_dialog_skip_task (WINDOW (self), self->context, self->asset,
                                                  task));
}

static void
edit_plan_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  g_autoptr(CtMaintenancePlan) plan = NULL;

  if (self->asset == NULL || self->context == NULL)
    return;
  plan = ct_asset_detail_find_item (self->plans, g_variant_get_int64 (param));
  if (plan != NULL)
    open_dialog (self, ct_asset_dialog_plan (WINDOW (self), self->context, self->asset, plan));
}

static void
edit_meter_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  g_autoptr(CtMeter) meter = NULL;

  if (self->asset == NULL || self->context == NULL)
    return;
  meter = ct_asset_detail_find_item (self->meters, g_variant_get_int64 (param));
  if (meter != NULL)
    open_dialog (self, ct_asset_dialog_meter (WINDOW (self), self->context, self->asset, meter));
}

/* Who changed what and when, from the audit log. */
static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  g_autofree char *title = NULL;

  if (self->asset == NULL || self->context == NULL)
    return;
  /* "DT-0001 1号电梯" */
  title = ct_record_dup_label (CT_RECORD (self->asset));
  ct_history_dialog_present (widget, self->context, "asset",
                             ct_record_get_id (CT_RECORD (self->asset)), title);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 id;
  gboolean printed;

  if (self->asset == NULL || self->context == NULL)
    return;
  id = ct_record_get_id (CT_RECORD (self->asset));
  g_array_append_val (ids, id);
  if (g_str_equal (action_name, "asset.print-label"))
    printed = ct_assets_print_labels (WINDOW (self), self->context, ids, &error);
  else
    printed = ct_assets_print_form (WINDOW (self), self->context, self->asset,
                                    param != NULL ? g_variant_get_int64 (param) : 0, 0, &error);
  if (!printed)
    ct_asset_detail_show_message (self, _("Could Not Print"), error->message);
}

void
ct_asset_detail_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "asset.edit", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.status", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.report-fault", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.record", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.new-plan", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.reading", "x", reading_action);
  gtk_widget_class_install_action (widget_class, "asset.complete-task", "x", task_action);
  gtk_widget_class_install_action (widget_class, "asset.skip-task", "x", task_action);
  gtk_widget_class_install_action (widget_class, "asset.edit-plan", "x", edit_plan_action);
  gtk_widget_class_install_action (widget_class, "asset.new-meter", NULL, simple_action);
  gtk_widget_class_install_action (widget_class, "asset.edit-meter", "x", edit_meter_action);
  gtk_widget_class_install_action (widget_class, "asset.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "asset.print-label", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "asset.print-form", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "asset.print-task-form", "x", print_action);
}
