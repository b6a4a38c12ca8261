/* ct-assets-tree-private.h — the nodes of the Assets tab's location tree,
 * shared by ct-assets-tree.c (the view) and ct-assets-tree-nodes.c (the nodes)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-assets-page-private.h"

G_BEGIN_DECLS

#define CT_TYPE_ASSETS_NODE (ct_assets_node_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetsNode, ct_assets_node, CT, ASSETS_NODE, GObject)

struct _CtAssetsNode
{
  GObject           parent_instance;
  CtAssetsNodeKind  kind;
  gint64            id;
  gint64            site_id;
  gint64            building_id;
  char             *key;          /* "site:3", the key of the counts */
  char             *label;
  const char       *icon_name;
  char             *tooltip;
  guint             count;
  CtAssetsNode     *parent;       /* not owned: it owns this node */
  GListStore       *children;     /* NULL: a leaf */
};

/* Sets the count the row shows (notifies "count"). */
void          ct_assets_node_set_count  (CtAssetsNode *node,
                                         guint         count);
/* Makes the nodes of the context's sites, buildings and locations, keyed in
 * tree_nodes ("site:3" …), each owned by its parent; returns the root, all
 * sites (transfer full). Counts are 0 until updated. */
CtAssetsNode *ct_assets_page_build_tree (CtAssetsPage *self);

G_END_DECLS
