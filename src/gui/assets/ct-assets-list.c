/* ct-assets-list.c — the ledger list of the Assets tab: its model's query run
 * and read again, the count and the empty states, and the selected asset
 * shown in the detail pane beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"
#include "widgets/ct-record-list.h"

/* The detail's width when the page is first shown: its two action buttons
 * on one line, in English too. */
#define DETAIL_WIDTH 364

/* Whether the file holds no asset at all (rather than none matching). */
static gboolean
ledger_is_empty (gpointer data)
{
  CtAssetsPage *self = data;
  CtAssetQuery all = CT_ASSET_QUERY_INIT;
  g_autoptr(GError) error = NULL;

  all.include_retired = TRUE;
  if (ct_asset_query_count (self->store, &all, &error) > 0)
    return FALSE;
  if (error != NULL)
    ct_assets_page_toast (self, error->message);
  return error == NULL;
}

void
ct_assets_page_update_view (CtAssetsPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *count = NULL;
  const char *child;

  if (self->model != NULL)
    count = g_strdup_printf (ngettext ("%'u asset", "%'u assets", n), n);
  child = ct_record_list_show (self->content_stack, self->count_label,
                               G_LIST_MODEL (self->model), count, ledger_is_empty, self);
  /* An empty ledger has nothing to detail: its status page takes the width. */
  gtk_widget_set_visible (GTK_WIDGET (self->detail), g_strcmp0 (child, "empty") != 0);
}

gboolean
ct_assets_page_select_id (CtAssetsPage *self,
                          gint64        id)
{
  guint position;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);

  if (self->model == NULL || id == 0)
    return FALSE;
  position = ct_asset_list_model_find (self->model, id);
  if (position == G_MAXUINT)
    return FALSE;
  self->keep_id = id;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
  ct_record_list_scroll_to (self->column_view, position);
  return TRUE;
}

void
ct_assets_page_apply_query (CtAssetsPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;
  if (!ct_asset_list_model_set_query (self->model, &self->filter.query, &error))
    ct_assets_page_toast (self, error->message);
  ct_assets_page_select_id (self, self->keep_id);
  ct_assets_page_update_view (self);
  ct_assets_page_update_actions (self);
}

void
ct_assets_page_refresh (CtAssetsPage *self)
{
  g_autoptr(GError) error = NULL;

  ct_assets_page_update_badge (self);
  if (self->model == NULL)
    return;
  if (!ct_asset_list_model_refresh (self->model, &error))
    ct_assets_page_toast (self, error->message);
  ct_assets_page_select_id (self, self->keep_id);
  ct_assets_page_update_tree_counts (self);
  ct_assets_page_update_view (self);
  ct_assets_page_update_actions (self);
}

static void
selection_changed_cb (CtAssetsPage *self)
{
  CtAsset *asset = ct_assets_page_get_selected (self);
  CtAsset *shown = ct_asset_detail_get_asset (self->detail);

  ct_assets_page_update_actions (self);
  if (ct_record_list_pick (CT_RECORD (asset), CT_RECORD (shown), &self->keep_id))
    ct_asset_detail_set_asset (self->detail, asset);
}

/* An action saved in the pane: keep its asset selected. */
static void
detail_changed_cb (CtAssetsPage *self)
{
  CtAsset *asset = ct_asset_detail_get_asset (self->detail);

  if (asset != NULL)
    self->keep_id = ct_record_get_id (CT_RECORD (asset));
  ct_assets_page_refresh (self);
}

/* The first time the page is laid out, the detail gets DETAIL_WIDTH (or
 * its minimum, when wider) and the list the rest; then the list takes what
 * the window gains. At 1280 pixels the list keeps about 740 for its columns. */
static void
place_paned_cb (CtAssetsPage *self)
{
  int max = 0;
  int width = gtk_widget_get_width (GTK_WIDGET (self->detail_paned));

  g_object_get (self->detail_paned, "max-position", &max, NULL);
  if (self->paned_placed || max <= 0 || width <= 0)
    return;
  self->paned_placed = TRUE;
  gtk_paned_set_position (self->detail_paned, MIN (max, width - DETAIL_WIDTH));
}

GListModel *
ct_assets_page_get_model (CtAssetsPage *self)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);
  return self->model ? G_LIST_MODEL (self->model) : NULL;
}

const char *
ct_assets_page_get_visible_child (CtAssetsPage *self)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->content_stack);
}

CtAsset *
ct_assets_page_get_selected (CtAssetsPage *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  CtAsset *asset;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_is_empty (selected))
    return NULL;
  asset = g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
  /* The model keeps the rows it has read: borrowed, like
   * gtk_single_selection_get_selected_item (). */
  g_object_unref (asset);
  return asset;
}

void
ct_assets_page_class_init_list (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, detail_paned);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, detail_changed_cb);
}

void
ct_assets_page_init_list (CtAssetsPage *self)
{
  self->selection = gtk_multi_selection_new (NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->detail_paned, "notify::max-position",
                           G_CALLBACK (place_paned_cb), self, G_CONNECT_SWAPPED);
}
