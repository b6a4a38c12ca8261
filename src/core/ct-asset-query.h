/* ct-asset-query.h — which assets a list shows, and the lazy list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-asset-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ASSET_SORT_CODE,
  CT_ASSET_SORT_NAME,
  CT_ASSET_SORT_CATEGORY,
  CT_ASSET_SORT_LOCATION,
  CT_ASSET_SORT_STATUS,
  CT_ASSET_SORT_NEXT_DUE,       /* assets without a due date last */
  CT_ASSET_SORT_STATUTORY_DUE,  /* earliest of statutory_due and warranty_until */
} CtAssetSort;

typedef enum
{
  CT_ASSET_DUE_ANY,
  CT_ASSET_DUE_SOON,     /* a task, statutory inspection or warranty end within 30 days */
  CT_ASSET_DUE_OVERDUE,  /* an open task or the statutory inspection date is past */
} CtAssetDue;

/* 0 / NULL / "" = no condition. Retired assets are left out unless
 * include_retired or status = "retired". */
typedef struct
{
  const char  *category;
  const char  *status;
  gint64       site_id;
  gint64       building_id;
  gint64       location_id;   /* this location and those under it */
  CtAssetDue   due;
  const char  *search;        /* substring of code, name, manufacturer, model,
                                 serial, registration number or contractor */
  gboolean     include_retired;
  CtAssetSort  sort;
  gboolean     descending;
  const char  *today;         /* "YYYY-MM-DD" for the due filters; NULL = the
                                 database clock's today in its zone */
  const gint64 *ids;          /* only these assets (a drill-down), n_ids of
                                 them; not NULL with n_ids 0 = no asset */
  guint        n_ids;
} CtAssetQuery;

#define CT_ASSET_QUERY_INIT { NULL, NULL, 0, 0, 0, CT_ASSET_DUE_ANY, NULL, FALSE, \
                              CT_ASSET_SORT_CODE, FALSE, NULL, NULL, 0 }

/* The ids of the matching assets in order. */
GArray     *ct_asset_query_ids         (CtAssetStore       *store,
                                        const CtAssetQuery *query,
                                        GError            **error);
guint       ct_asset_query_count       (CtAssetStore       *store,
                                        const CtAssetQuery *query,
                                        GError            **error);

/* A GListModel of CtAsset over the ids of a query: the ids are read at once,
 * the rows in pages of 200 as they are asked for (and kept). The model does
 * not watch the file: call ct_asset_list_model_refresh () after writes (on
 * the asset store's "changed"). A row deleted since the ids were read is a
 * blank asset (id 0) until then. Property "n-items" is notified. */
#define CT_ASSET_LIST_MODEL_PAGE_SIZE 200
#define CT_TYPE_ASSET_LIST_MODEL (ct_asset_list_model_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetListModel, ct_asset_list_model, CT, ASSET_LIST_MODEL, GObject)

/* Empty until a query is set. */
CtAssetListModel *ct_asset_list_model_new (CtAssetStore *store);
CtAssetStore *ct_asset_list_model_get_store (CtAssetListModel *self);
/* The current query (owned by the model). */
const CtAssetQuery *ct_asset_list_model_get_query (CtAssetListModel *self);
/* Runs @query (copied) and replaces the items (one items-changed). */
gboolean    ct_asset_list_model_set_query (CtAssetListModel   *self,
                                        const CtAssetQuery *query,
                                        GError            **error);
/* Runs the current query again (after a write). */
gboolean    ct_asset_list_model_refresh (CtAssetListModel *self,
                                        GError          **error);
/* The position of asset @id, or G_MAXUINT. */
guint       ct_asset_list_model_find   (CtAssetListModel *self,
                                        gint64            id);

/* Number of assets (not retired) per location node, for the tree's counts:
 * keys "site:ID", "building:ID", "location:ID" → guint counts (direct and
 * below; GPOINTER_TO_UINT of the value). Nodes without assets have no key.
 * Transfer full. */
GHashTable *ct_asset_query_location_counts (CtAssetStore *store,
                                        GError      **error);

G_END_DECLS
