/* ct-asset-query-counts.c — the counts of the location tree: assets not
 * retired per site, building and location (with those below it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-query"

#include "config.h"

#include "ct-asset-query.h"
#include "ct-database-private.h"

/* Rows of (id, count) from @sql into @counts as "PREFIX:ID". */
static gboolean
collect_counts (CtDatabase  *db,
                const char  *sql,
                const char  *prefix,
                GHashTable  *counts,
                GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (counts,
                         g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix,
                                          (gint64) sqlite3_column_int64 (stmt, 0)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

GHashTable *
ct_asset_query_location_counts (CtAssetStore  *store,
                                GError       **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CtDatabase *db;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  db = ct_asset_store_get_database (store);
  if (!collect_counts (db, "SELECT site_id, count(*) FROM assets WHERE status <> 'retired' "
                           "GROUP BY site_id", "site", counts, error)
      || !collect_counts (db, "SELECT building_id, count(*) FROM assets "
                              "WHERE status <> 'retired' AND building_id IS NOT NULL "
                              "GROUP BY building_id", "building", counts, error)
      /* Every location with each location under it (itself included); UNION
       * rather than UNION ALL so that a cycle cannot run forever. */
      || !collect_counts (db, "WITH RECURSIVE tree (top, id) AS ("
                              "SELECT id, id FROM asset_locations UNION "
                              "SELECT tree.top, l.id FROM asset_locations l "
                              "JOIN tree ON l.parent_id = tree.id) "
                              "SELECT tree.top, count(*) FROM tree "
                              "JOIN assets a ON a.location_id = tree.id "
                              "WHERE a.status <> 'retired' GROUP BY tree.top",
                          "location", counts, error))
    return NULL;
  return g_steal_pointer (&counts);
}
