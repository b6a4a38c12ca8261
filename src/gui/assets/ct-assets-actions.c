/* ct-assets-actions.c — what the Assets tab's buttons and menus do: a new
 * asset, generating the maintenance tasks ahead, printing labels and the
 * maintenance record form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog.h"
#include "ct-assets-page-private.h"
#include "ct-assets-print-op.h"
#include "ct-maintenance.h"

/* How far ahead "Generate Maintenance Tasks" plans. */
#define HORIZON_DAYS 60

static void
show_error (CtAssetsPage *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (ct_assets_page_get_window (self), heading,
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The new asset is selected, or shown in the pane when the filters hide it. */
static void
asset_saved_cb (CtAssetsPage *self,
                GObject      *result)
{
  if (!CT_IS_ASSET (result))
    return;
  self->keep_id = ct_record_get_id (CT_RECORD (result));
  ct_assets_page_refresh (self);
  if (!ct_assets_page_select_id (self, self->keep_id))
    ct_asset_detail_set_asset (self->detail, CT_ASSET (result));
}

static void
new_asset_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  GtkWidget *dialog;

  if (self->context == NULL)
    return;
  /* In the site chosen in the tree. */
  dialog = ct_asset_dialog_new_asset (ct_assets_page_get_window (self), self->context,
                                      ct_assets_page_get_tree_site (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (asset_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
ct_assets_page_generate_tasks (CtAssetsPage  *self,
                               guint         *n_created,
                               GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  /* The store's "changed" then refreshes the list and the badge. */
  return ct_maintenance_generate_as (self->store, NULL, HORIZON_DAYS,
                                     ct_context_get_user (self->context), n_created, error);
}

static void
generate_tasks_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (self->store == NULL)
    return;
  if (!ct_assets_page_generate_tasks (self, &n, &error))
    {
      show_error (self, _("Cannot Generate Maintenance Tasks"), error);
      return;
    }
  if (n == 0)
    message = g_strdup_printf (ngettext ("No new maintenance task: the next %u day is planned",
                                         "No new maintenance tasks: the next %u days are planned",
                                         HORIZON_DAYS), HORIZON_DAYS);
  else
    /* Translators: "Generated 34 maintenance tasks for the next 60 days" */
    message = g_strdup_printf (ngettext ("Generated %'u maintenance task for the next %u days",
                                         "Generated %'u maintenance tasks for the next %u days",
                                         n), n, HORIZON_DAYS);
  ct_assets_page_toast (self, message);
}

GArray *
ct_assets_page_dup_selected_ids (CtAssetsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), ids);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(CtAsset) asset = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      gint64 id = asset ? ct_record_get_id (CT_RECORD (asset)) : 0;

      if (id != 0)
        g_array_append_val (ids, id);
    }
  return ids;
}

GArray *
ct_assets_page_dup_listed_ids (CtAssetsPage  *self,
                               GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  return ct_asset_query_ids (self->store, &self->filter.query, error);
}

static void
print_labels (CtAssetsPage *self,
              GArray       *ids)
{
  g_autoptr(GError) error = NULL;

  if (ids->len == 0)
    ct_assets_page_toast (self, _("No asset to print a label for"));
  else if (!ct_assets_print_labels (ct_assets_page_get_window (self), self->context, ids, &error))
    show_error (self, _("Cannot Print the Labels"), error);
}

static void
print_selected_labels_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  g_autoptr(GArray) ids = ct_assets_page_dup_selected_ids (self);

  print_labels (self, ids);
}

static void
print_list_labels_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  if ((ids = ct_assets_page_dup_listed_ids (self, &error)) == NULL)
    show_error (self, _("Cannot Print the Labels"), error);
  else
    print_labels (self, ids);
}

static void
print_form_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  CtAsset *asset = ct_assets_page_get_selected (self);
  g_autoptr(GError) error = NULL;

  if (asset == NULL || self->context == NULL)
    return;
  if (!ct_assets_print_form (ct_assets_page_get_window (self), self->context, asset, 0, 0,
                             &error))
    show_error (self, _("Cannot Print the Form"), error);
}

void
ct_assets_page_update_actions (CtAssetsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean open = self->context != NULL;
  gboolean listed = self->model != NULL
                    && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0;
  gboolean selected = self->model != NULL && ct_assets_page_get_selected (self) != NULL;
  gboolean idle = open && self->transfer == NULL;

  gtk_widget_action_set_enabled (widget, "assets.new", open);
  gtk_widget_action_set_enabled (widget, "assets.generate-tasks", open);
  gtk_widget_action_set_enabled (widget, "assets.print-selected-labels", selected);
  gtk_widget_action_set_enabled (widget, "assets.print-list-labels", listed);
  gtk_widget_action_set_enabled (widget, "assets.print-form", selected);
  gtk_widget_action_set_enabled (widget, "assets.import", idle);
  gtk_widget_action_set_enabled (widget, "assets.export", idle && listed);
  gtk_widget_action_set_enabled (widget, "assets.export-records", idle);
}

void
ct_assets_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "assets.new", NULL, new_asset_action);
  gtk_widget_class_install_action (widget_class, "assets.generate-tasks", NULL,
                                   generate_tasks_action);
  gtk_widget_class_install_action (widget_class, "assets.print-selected-labels", NULL,
                                   print_selected_labels_action);
  gtk_widget_class_install_action (widget_class, "assets.print-list-labels", NULL,
                                   print_list_labels_action);
  gtk_widget_class_install_action (widget_class, "assets.print-form", NULL, print_form_action);
}
