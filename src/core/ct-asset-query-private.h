/* ct-asset-query-private.h — the WHERE clause of an asset query, shared by
 * ct-asset-query.c (ids, counts, sort) and ct-asset-query-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-query.h"
#include "ct-database-private.h"

G_BEGIN_DECLS

typedef struct
{
  GString   *where;    /* "cond AND cond …" over "assets a" */
  GPtrArray *values;   /* GVariant (int64 or bytestring) per parameter, in order */
} CtAssetFilter;

/* The conditions of @query, never empty ("1 = 1" without any); NULL with
 * @error set when the query's today is not a date or the zone unreadable. */
CtAssetFilter *ct_asset_filter_new  (CtDatabase          *db,
                                     const CtAssetQuery  *query,
                                     GError             **error);
void           ct_asset_filter_free (CtAssetFilter       *filter);
/* Binds the values from parameter 1 on. */
void           ct_asset_filter_bind (CtAssetFilter       *filter,
                                     sqlite3_stmt        *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetFilter, ct_asset_filter_free)

G_END_DECLS
