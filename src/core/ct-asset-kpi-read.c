/* ct-asset-kpi-read.c — the asset KPIs' three queries
 *
 * The assets of the scope (id, service_from, retired_at), the downtime rows
 * that touch the period or the same period a year earlier (one query, each
 * arm of its OR on an index of 0003-assets.sql, sorted and checked against the
 * scope's assets in C) and the maintenance tasks due in the period, all in one
 * read transaction. Only SQL text written here goes into statements; the
 * period is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-kpi"

#include "config.h"

#include "ct-asset-kpi-private.h"
#include "ct-database-private.h"

/* Tasks due in [from_date, to_date) that are due by now (done or skipped, or
 * their due date has passed), and among them the ones done on time. */
#define PM_WHERE \
  " FROM maintenance_tasks t WHERE t.due_on >= :from_date AND t.due_on < :to_date " \
  "AND (t.status <> 'open' OR t.due_on < :today)"
#define PM_ON_TIME "t.status = 'done' AND t.completed_on <= t.due_on"

static const char *const assets_sql[CT_ASSET_KPI_N_SCOPES] = {
  "SELECT id, service_from, retired_at FROM assets ORDER BY id",
  "SELECT id, service_from, retired_at FROM assets WHERE site_id = :site ORDER BY id",
  "SELECT id, service_from, retired_at FROM assets WHERE id = :asset",
};

/* Rows overlapping [lo, hi]: each arm of the OR has its index. */
static const char *const downtime_sql[CT_ASSET_KPI_N_SCOPES] = {
  "SELECT asset_id, kind = 'failure', started_at, ended_at FROM asset_downtime "
  "WHERE (started_at >= :lo AND started_at <= :hi) OR (ended_at >= :lo AND started_at <= :hi) "
  "OR (ended_at IS NULL AND started_at <= :hi)",
  NULL,   /* as CT_ASSET_KPI_ALL, the site is checked against the assets read */
  "SELECT asset_id, kind = 'failure', started_at, ended_at FROM asset_downtime "
  "WHERE asset_id = :asset AND started_at <= :hi",
};

static const char *const pm_scope_sql[CT_ASSET_KPI_N_SCOPES] = {
  "",
  " AND t.asset_id IN (SELECT a.id FROM assets a WHERE a.site_id = :site)",
  " AND t.asset_id = :asset",
};

/* SQL */

static void
bind (sqlite3_stmt *stmt,
      const char   *name,
      gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_text (sqlite3_stmt *stmt,
           const char   *name,
           const char   *value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
}

static sqlite3_stmt *
prepare (CtAssetKpiRun  *run,
         const char     *sql,
         GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (run->db, sql, error);

  if (stmt == NULL)
    return NULL;
  bind (stmt, ":site", run->period.site_id);
  bind (stmt, ":asset", run->asset_id);
  bind (stmt, ":lo", MIN (run->w.ly_from, run->w.from));
  bind (stmt, ":hi", run->w.to);
  bind_text (stmt, ":from_date", run->from_date);
  bind_text (stmt, ":to_date", run->to_date);
  bind_text (stmt, ":today", run->today);
  return stmt;
}

static gboolean
finish_statement (CtAssetKpiRun  *run,
                  sqlite3_stmt   *stmt,
                  int             rc,
                  GError        **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (run->db, rc, error);
  return FALSE;
}

static gint64
column_time (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? CT_ASSET_KPI_NEVER
         : sqlite3_column_int64 (stmt, column);
}

static gboolean
load_assets (CtAssetKpiRun  *run,
             GError        **error)
{
  sqlite3_stmt *stmt = prepare (run, assets_sql[run->scope], error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  run->assets = g_array_new (FALSE, FALSE, sizeof (CtAssetKpiAsset));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtAssetKpiAsset asset = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                                column_time (stmt, 2) };

      g_array_append_val (run->assets, asset);
    }
  return finish_statement (run, stmt, rc, error);
}

static int
compare_asset_id (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The index of @id in run->assets, or -1 (another site's asset). */
static int
find_asset (CtAssetKpiRun *run,
            gint64         id)
{
  guint index;

  /* CtAssetKpiAsset starts with its id. */
  if (!g_array_binary_search (run->assets, &id, compare_asset_id, &index))
    return -1;
  return (int) index;
}

static int
compare_downtime (gconstpointer a,
                  gconstpointer b)
{
  const CtAssetKpiDowntime *x = a, *y = b;

  if (x->asset_id != y->asset_id)
    return x->asset_id < y->asset_id ? -1 : 1;
  return x->started_at < y->started_at ? -1 : x->started_at > y->started_at;
}

static gboolean
load_downtime (CtAssetKpiRun  *run,
               GError        **error)
{
  const char *sql = downtime_sql[run->scope] ? downtime_sql[run->scope]
                                             : downtime_sql[CT_ASSET_KPI_ALL];
  sqlite3_stmt *stmt = prepare (run, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  run->downtime = g_array_new (FALSE, FALSE, sizeof (CtAssetKpiDowntime));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtAssetKpiDowntime row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 2),
                                 column_time (stmt, 3), sqlite3_column_int (stmt, 1) != 0 };

      if (find_asset (run, row.asset_id) >= 0)
        g_array_append_val (run->downtime, row);
    }
  if (!finish_statement (run, stmt, rc, error))
    return FALSE;
  g_array_sort (run->downtime, compare_downtime);
  return TRUE;
}

/* Planned maintenance: the tasks due and those done on time, or with @ids
 * the assets behind them. */
static char *
pm_sql (CtAssetKpiRun *run,
        gboolean       ids,
        gboolean       numerator)
{
  return g_strconcat (ids ? "SELECT DISTINCT t.asset_id" :
                      "SELECT count(*), coalesce(sum(" PM_ON_TIME "), 0)",
                      PM_WHERE, pm_scope_sql[run->scope],
                      ids && numerator ? " AND " PM_ON_TIME : "",
                      ids ? " ORDER BY t.asset_id" : "", NULL);
}

gboolean
ct_asset_kpi_count_pm (CtAssetKpiRun  *run,
                       CtAssetKpis    *self,
                       GError        **error)
{
  g_autofree char *sql = pm_sql (run, FALSE, FALSE);
  sqlite3_stmt *stmt = prepare (run, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      self->den[CT_ASSET_KPI_PM] = sqlite3_column_int64 (stmt, 0);
      self->num[CT_ASSET_KPI_PM] = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  return finish_statement (run, stmt, rc, error);
}

gboolean
ct_asset_kpi_list_pm (CtAssetKpiRun  *run,
                      gboolean        numerator,
                      GArray         *ids,
                      GError        **error)
{
  g_autofree char *sql = pm_sql (run, TRUE, numerator);
  sqlite3_stmt *stmt = prepare (run, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_array_append_val (ids, (gint64) { sqlite3_column_int64 (stmt, 0) });
  return finish_statement (run, stmt, rc, error);
}

/* Figures and snapshots */

gboolean
ct_asset_kpi_read_time (CtAssetKpiRun  *run,
                        GError        **error)
{
  return load_assets (run, error) && load_downtime (run, error);
}

void
ct_asset_kpi_foreach_asset (CtAssetKpiRun         *run,
                            CtAssetKpiFiguresFunc  func,
                            gpointer               user_data)
{
  const CtAssetKpiDowntime *rows = (const CtAssetKpiDowntime *) run->downtime->data;
  guint next = 0;

  for (guint i = 0; i < run->assets->len; i++)
    {
      const CtAssetKpiAsset *asset = &g_array_index (run->assets, CtAssetKpiAsset, i);
      CtAssetKpiFigures figures;
      guint first = next;

      while (next < run->downtime->len && rows[next].asset_id == asset->id)
        next++;
      ct_asset_kpi_figures_compute (&run->w, asset, rows + first, next - first, &figures);
      func (&figures, user_data);
    }
}

gboolean
ct_asset_kpi_read_in_snapshot (CtAssetKpiRun       *run,
                               CtAssetKpiReadFunc   func,
                               gpointer             user_data,
                               GError             **error)
{
  sqlite3 *handle = ct_database_get_handle (run->db);
  gboolean own = sqlite3_get_autocommit (handle) != 0;
  gboolean ok;
  int rc;

  if (own && (rc = sqlite3_exec (handle, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
    {
      ct_database_set_error (run->db, rc, error);
      return FALSE;
    }
  ok = func (run, user_data, error);
  /* Nothing was written: ending the read transaction either way is the same. */
  if (own && sqlite3_exec (handle, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  return ok;
}

