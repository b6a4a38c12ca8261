/* ct-assets-tree-nodes.c — the nodes of the location tree: all sites → site
 * → building → floors, plant rooms and areas (which may nest), built from the
 * organisation and the asset store's locations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-tree-private.h"

G_DEFINE_FINAL_TYPE (CtAssetsNode, ct_assets_node, G_TYPE_OBJECT)

static GParamSpec *count_pspec;

static void
ct_assets_node_finalize (GObject *object)
{
  CtAssetsNode *self = CT_ASSETS_NODE (object);

  g_free (self->key);
  g_free (self->label);
  g_free (self->tooltip);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (ct_assets_node_parent_class)->finalize (object);
}

static void
ct_assets_node_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  if (prop_id == 1)
    g_value_set_uint (value, CT_ASSETS_NODE (object)->count);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ct_assets_node_class_init (CtAssetsNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_assets_node_finalize;
  object_class->get_property = ct_assets_node_get_property;
  count_pspec = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                   | G_PARAM_STATIC_STRINGS);
  g_object_class_install_property (object_class, 1, count_pspec);
}

static void
ct_assets_node_init (CtAssetsNode *self)
{
}

void
ct_assets_node_set_count (CtAssetsNode *node,
                guint         count)
{
  if (node->count == count)
    return;
  node->count = count;
  g_object_notify_by_pspec (G_OBJECT (node), count_pspec);
}

static CtAssetsNode *
node_new (CtAssetsNodeKind  kind,
          CtRecord         *record,
          const char       *prefix,
          const char       *label,
          const char       *icon_name)
{
  CtAssetsNode *node = g_object_new (CT_TYPE_ASSETS_NODE, NULL);

  node->kind = kind;
  node->label = g_strdup (label);
  node->icon_name = icon_name;
  if (record == NULL)
    {
      node->key = g_strdup ("all");
      return node;
    }
  node->id = ct_record_get_id (record);
  node->key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, node->id);
  node->site_id = kind == CT_ASSETS_NODE_SITE ? node->id : ct_record_get_int (record, "site_id");
  if (kind == CT_ASSETS_NODE_BUILDING)
    node->building_id = node->id;
  else if (kind == CT_ASSETS_NODE_LOCATION)
    node->building_id = ct_record_get_int (record, "building_id");
  return node;
}

/* Hands @child to @parent. */
static void
node_append (CtAssetsNode *parent,
             CtAssetsNode *child)
{
  if (parent->children == NULL)
    parent->children = g_list_store_new (CT_TYPE_ASSETS_NODE);
  child->parent = parent;
  g_list_store_append (parent->children, child);
  g_object_unref (child);
}

static const char *
location_icon (const char *kind)
{
  if (g_strcmp0 (kind, "floor") == 0)
    return "view-list-bullet-symbolic";
  if (g_strcmp0 (kind, "area") == 0)
    return "find-location-symbolic";
  return "emblem-system-symbolic";
}

/* A node for each record of @store, found by its key until attached;
 * @icon_name NULL for locations (the icon of their kind). */
static void
add_records (CtAssetsPage     *self,
             CtRecordStore    *store,
             CtAssetsNodeKind  kind,
             const char       *prefix,
             const char       *icon_name)
{
  GListModel *records = ct_record_store_get_model (store);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (records, i);
      const char *location_kind = icon_name ? NULL : ct_record_get_string (record, "kind");
      CtAssetsNode *node = node_new (kind, record, prefix, ct_record_get_string (record, "name"),
                                     icon_name ? icon_name : location_icon (location_kind));

      node->tooltip = g_strdup (ct_asset_location_kind_label (location_kind));
      g_hash_table_insert (self->tree_nodes, node->key, node);
    }
}

static CtAssetsNode *
lookup (CtAssetsPage *self,
        const char   *prefix,
        gint64        id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, id);

  return g_hash_table_lookup (self->tree_nodes, key);
}

static gboolean
is_ancestor (CtAssetsNode *node,
             CtAssetsNode *of)
{
  for (CtAssetsNode *up = of; up != NULL; up = up->parent)
    if (up == node)
      return TRUE;
  return FALSE;
}

/* Where @node goes: a location inside a location (unless that makes a loop),
 * a building, its site, or all sites when its site is unknown. */
static CtAssetsNode *
find_parent (CtAssetsPage *self,
             CtAssetsNode *node,
             CtRecord     *record)
{
  CtAssetsNode *parent = NULL;

  if (node->kind == CT_ASSETS_NODE_LOCATION && ct_record_get_int (record, "parent_id") != 0)
    parent = lookup (self, "location", ct_record_get_int (record, "parent_id"));
  if (parent != NULL && is_ancestor (node, parent))
    parent = NULL;
  if (parent == NULL && node->kind == CT_ASSETS_NODE_LOCATION && node->building_id != 0)
    parent = lookup (self, "building", node->building_id);
  if (parent == NULL)
    parent = lookup (self, "site", node->site_id);
  if (parent == NULL)
    parent = g_hash_table_lookup (self->tree_nodes, "all");
  return parent;
}

/* Gives the nodes of @store's records to their parents, in the store's order. */
static void
attach_records (CtAssetsPage  *self,
                CtRecordStore *store,
                const char    *prefix)
{
  GListModel *records = ct_record_store_get_model (store);

  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (records, i);
      CtAssetsNode *node = lookup (self, prefix, ct_record_get_id (record));

      node_append (find_parent (self, node, record), node);
    }
}

CtAssetsNode *
ct_assets_page_build_tree (CtAssetsPage *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  CtAssetsNode *all = node_new (CT_ASSETS_NODE_ALL, NULL, NULL, _("All sites"),
                                "view-list-symbolic");
  GListModel *sites = ct_record_store_get_model (ct_organisation_get_sites (org));

  g_hash_table_remove_all (self->tree_nodes);
  g_hash_table_insert (self->tree_nodes, all->key, all);
  add_records (self, ct_organisation_get_sites (org), CT_ASSETS_NODE_SITE, "site",
               "mark-location-symbolic");
  add_records (self, ct_organisation_get_buildings (org), CT_ASSETS_NODE_BUILDING, "building",
               "go-home-symbolic");
  add_records (self, ct_asset_store_get_locations (self->store), CT_ASSETS_NODE_LOCATION,
               "location", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(CtRecord) site = g_list_model_get_item (sites, i);

      node_append (all, g_object_ref (lookup (self, "site", ct_record_get_id (site))));
    }
  attach_records (self, ct_organisation_get_buildings (org), "building");
  attach_records (self, ct_asset_store_get_locations (self->store), "location");
  return all;
}
