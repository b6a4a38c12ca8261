/* ct-assets-tree.c — the location tree of the Assets tab: all sites → site →
 * building → floors and plant rooms, each with its number of assets (not
 * retired); selecting a node shows the assets there and below
 *
 * The tree is small (sites, buildings, locations), so it is built whole, in a
 * GtkTreeListModel of CtAssetsNode; counts are updated in place on every
 * change of the ledger, the structure is built anew when a site, building or
 * location changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-tree-private.h"

/* The node of @row, borrowed: the tree holds it. */
static CtAssetsNode *
row_node (GtkTreeListRow *row)
{
  CtAssetsNode *node;

  if (row == NULL)
    return NULL;
  node = CT_ASSETS_NODE (gtk_tree_list_row_get_item (row));
  g_object_unref (node);
  return node;
}

/* The position of @node among the rows shown, or G_MAXUINT. */
static guint
find_row (CtAssetsPage *self,
          CtAssetsNode *node)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree_model, i);

      if (row_node (row) == node)
        return i;
    }
  return G_MAXUINT;
}

static void
expand (CtAssetsPage *self,
        CtAssetsNode *node)
{
  guint position;
  g_autoptr(GtkTreeListRow) row = NULL;

  if (node->parent != NULL)
    expand (self, node->parent);
  position = find_row (self, node);
  if (position != G_MAXUINT && (row = gtk_tree_list_model_get_row (self->tree_model, position)))
    gtk_tree_list_row_set_expanded (row, TRUE);
}

gboolean
ct_assets_page_select_node (CtAssetsPage *self,
                            const char   *key)
{
  CtAssetsNode *node;
  guint position;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);

  node = g_hash_table_lookup (self->tree_nodes, key);
  if (node == NULL)
    return FALSE;
  if (node->parent != NULL)
    expand (self, node->parent);
  position = find_row (self, node);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->tree_selection, position);
  return TRUE;
}

static CtAssetsNode *
selected_node (CtAssetsPage *self)
{
  return row_node (gtk_single_selection_get_selected_item (self->tree_selection));
}

gint64
ct_assets_page_get_tree_site (CtAssetsPage *self)
{
  CtAssetsNode *node = selected_node (self);

  return node != NULL ? node->site_id : 0;
}

static void
tree_selected_cb (CtAssetsPage *self)
{
  CtAssetsNode *node = selected_node (self);
  CtAssetQuery *query = &self->filter.query;

  if (node == NULL || self->filling)
    return;
  /* Said beside the filters too, for when the tree is hidden. */
  gtk_label_set_text (self->tree_label, node->kind != CT_ASSETS_NODE_ALL ? node->label : "");
  gtk_widget_set_visible (GTK_WIDGET (self->tree_label), node->kind != CT_ASSETS_NODE_ALL);
  if (query->site_id == node->site_id && query->building_id == node->building_id
      && query->location_id == (node->kind == CT_ASSETS_NODE_LOCATION ? node->id : 0))
    return;
  query->site_id = node->site_id;
  query->building_id = node->building_id;
  query->location_id = node->kind == CT_ASSETS_NODE_LOCATION ? node->id : 0;
  ct_assets_page_apply_query (self);
}

void
ct_assets_page_update_tree_counts (CtAssetsPage *self)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  CtAssetsNode *node, *all = NULL;
  guint total = 0;

  if (self->store == NULL || g_hash_table_size (self->tree_nodes) == 0)
    return;
  if ((counts = ct_asset_query_location_counts (self->store, &error)) == NULL)
    {
      ct_assets_page_toast (self, error->message);
      return;
    }
  g_hash_table_iter_init (&iter, self->tree_nodes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &node))
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, node->key));

      if (node->kind == CT_ASSETS_NODE_ALL)
        all = node;
      else
        ct_assets_node_set_count (node, count);
      if (node->kind == CT_ASSETS_NODE_SITE)
        total += count;
    }
  if (all != NULL)
    ct_assets_node_set_count (all, total);
}

void
ct_assets_page_rebuild_tree (CtAssetsPage *self)
{
  CtAssetsNode *old = selected_node (self);
  g_autofree char *keep = g_strdup (old ? old->key : "all");
  g_autoptr(GtkTreeListRow) row = NULL;
  CtAssetsNode *all;

  if (self->context == NULL)
    return;
  all = ct_assets_page_build_tree (self);
  self->filling = TRUE;
  g_list_store_splice (self->tree_root, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tree_root)),
                       (gpointer *) &all, 1);
  g_object_unref (all);
  if ((row = gtk_tree_list_model_get_row (self->tree_model, 0)) != NULL)
    gtk_tree_list_row_set_expanded (row, TRUE);
  ct_assets_page_update_tree_counts (self);
  self->filling = FALSE;
  /* The node shown before, or all sites when it is gone. */
  if (!ct_assets_page_select_node (self, keep))
    ct_assets_page_select_node (self, "all");
  tree_selected_cb (self);
}

void
ct_assets_page_clear_tree (CtAssetsPage *self)
{
  self->filling = TRUE;
  g_list_store_remove_all (self->tree_root);
  g_hash_table_remove_all (self->tree_nodes);
  self->filling = FALSE;
}

char *
ct_assets_page_dup_node_text (CtAssetsPage *self,
                              const char   *key)
{
  CtAssetsNode *node;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);

  node = g_hash_table_lookup (self->tree_nodes, key);
  return node ? g_strdup_printf ("%s (%u)", node->label, node->count) : NULL;
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  CtAssetsNode *node = item;

  return node->children ? g_object_ref (G_LIST_MODEL (node->children)) : NULL;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CtAssetsPage             *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), count);
  /* Leaves (most rooms) need the room more than the alignment. */
  gtk_tree_expander_set_indent_for_icon (GTK_TREE_EXPANDER (expander), FALSE);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

static void
count_changed_cb (CtAssetsNode *node,
                  GParamSpec   *pspec,
                  GtkLabel     *label)
{
  g_autofree char *text = g_strdup_printf ("%'u", node->count);

  gtk_label_set_text (label, text);
}

static GtkWidget *
row_box (GtkListItem *item)
{
  return gtk_tree_expander_get_child (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CtAssetsPage             *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  CtAssetsNode *node = CT_ASSETS_NODE (gtk_tree_list_row_get_item (row));
  GtkWidget *image = gtk_widget_get_first_child (row_box (item));
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  GtkWidget *count = gtk_widget_get_next_sibling (label);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), row);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), node->icon_name);
  gtk_label_set_text (GTK_LABEL (label), node->label);
  gtk_widget_set_tooltip_text (row_box (item), node->tooltip);
  count_changed_cb (node, NULL, GTK_LABEL (count));
  g_signal_connect_object (node, "notify::count", G_CALLBACK (count_changed_cb), count, 0);
  g_object_unref (node);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtAssetsPage             *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  g_autoptr(GObject) node = row ? gtk_tree_list_row_get_item (row) : NULL;
  GtkWidget *count = gtk_widget_get_last_child (row_box (item));

  if (node != NULL)
    g_signal_handlers_disconnect_by_func (node, count_changed_cb, count);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

void
ct_assets_page_init_tree (CtAssetsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->tree_nodes = g_hash_table_new (g_str_hash, g_str_equal);
  self->tree_root = g_list_store_new (CT_TYPE_ASSETS_NODE);
  /* The tree list model owns the root store. */
  self->tree_model = gtk_tree_list_model_new (G_LIST_MODEL (self->tree_root), FALSE, FALSE,
                                              create_children, NULL, NULL);
  self->tree_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree_model)));
  gtk_single_selection_set_can_unselect (self->tree_selection, FALSE);
  g_signal_connect_object (self->tree_selection, "notify::selected-item",
                           G_CALLBACK (tree_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->tree_view, factory);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->tree_selection));
}

void
ct_assets_page_class_init_tree (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, tree_view);
}
