/* ct-asset-query.c — which assets a list shows: the ids and count of a
 * query (its WHERE clause is ct-asset-query-filter.c's) in its sort order
 *
 * Only SQL text written here goes into statements; every value of a query is
 * bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-query"

#include "config.h"

#include "ct-asset-query-private.h"

/* The earliest of the statutory inspection and the end of warranty (either
 * may be NULL), written without SQLite's two-argument min (). */
#define STATUTORY_KEY \
  "CASE WHEN a.statutory_due IS NULL OR a.warranty_until < a.statutory_due " \
  "THEN a.warranty_until ELSE a.statutory_due END"

typedef struct
{
  const char *keys[3];    /* then a.id */
  gboolean    nullable;   /* keys[0] may be NULL: those rows last */
  gboolean    locations;  /* needs the site, building and location names */
} SortSpec;

static const SortSpec sort_specs[] = {
  [CT_ASSET_SORT_CODE]          = { { "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_NAME]          = { { "a.name", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_CATEGORY]      = { { "a.category", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_LOCATION]      = { { "s.name", "b.name", "l.name" }, FALSE, TRUE },
  [CT_ASSET_SORT_STATUS]        = { { "a.status", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_NEXT_DUE]      = { { "a.next_due" }, TRUE, FALSE },
  [CT_ASSET_SORT_STATUTORY_DUE] = { { STATUTORY_KEY }, TRUE, FALSE },
};

static const SortSpec *
get_sort_spec (CtAssetSort sort)
{
  if ((guint) sort >= G_N_ELEMENTS (sort_specs))
    return &sort_specs[CT_ASSET_SORT_CODE];
  return &sort_specs[sort];
}

/* "SELECT a.id FROM … WHERE … ORDER BY …": NULL keys last in both directions,
 * the id last as the tie-breaker in the same direction. */
static char *
ids_sql (const CtAssetQuery *query,
         CtAssetFilter      *filter)
{
  const SortSpec *spec = get_sort_spec (query->sort);
  const char *dir = query->descending ? " DESC" : "";
  GString *sql = g_string_new ("SELECT a.id FROM assets a");

  if (spec->locations)
    g_string_append (sql, " JOIN sites s ON s.id = a.site_id"
                          " LEFT JOIN buildings b ON b.id = a.building_id"
                          " LEFT JOIN asset_locations l ON l.id = a.location_id");
  g_string_append_printf (sql, " WHERE %s ORDER BY ", filter->where->str);
  if (spec->nullable)
    g_string_append_printf (sql, "(%s) IS NULL, ", spec->keys[0]);
  for (guint i = 0; i < G_N_ELEMENTS (spec->keys) && spec->keys[i] != NULL; i++)
    g_string_append_printf (sql, "%s%s, ", spec->keys[i], dir);
  g_string_append_printf (sql, "a.id%s", dir);
  return g_string_free (sql, FALSE);
}

/* The statement of @query's ids (or with @count, their number), prepared
 * and bound; NULL with @error set. */
static sqlite3_stmt *
prepare_query (CtDatabase          *db,
               const CtAssetQuery  *query,
               gboolean             count,
               GError             **error)
{
  g_autoptr(CtAssetFilter) filter = ct_asset_filter_new (db, query, error);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (filter == NULL)
    return NULL;
  if (count)
    sql = g_strdup_printf ("SELECT count(*) FROM assets a WHERE %s", filter->where->str);
  else
    sql = ids_sql (query, filter);
  if ((stmt = ct_database_prepare (db, sql, error)) != NULL)
    ct_asset_filter_bind (filter, stmt);
  return stmt;
}

GArray *
ct_asset_query_ids (CtAssetStore        *store,
                    const CtAssetQuery  *query,
                    GError             **error)
{
  CtDatabase *db;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  db = ct_asset_store_get_database (store);
  if (!(stmt = prepare_query (db, query, FALSE, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

guint
ct_asset_query_count (CtAssetStore        *store,
                      const CtAssetQuery  *query,
                      GError             **error)
{
  CtDatabase *db;
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), 0);
  g_return_val_if_fail (query != NULL, 0);

  db = ct_asset_store_get_database (store);
  if (!(stmt = prepare_query (db, query, TRUE, error)))
    return 0;
  rc = sqlite3_step (stmt);
  count = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (rc != SQLITE_ROW)
    ct_database_set_error (db, rc, error);
  sqlite3_reset (stmt);
  return (guint) CLAMP (count, 0, G_MAXUINT);
}
