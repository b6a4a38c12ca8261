/* ct-dashboard-grouped.c — the bucket tables in one pass per source
 *
 * A year has 53 weekly buckets: computing every KPI of every bucket on its
 * own took seconds at 100,000 tickets. Here each source is one statement
 * grouped by bucket, the buckets being a VALUES table of bound [from, to)
 * pairs (b.f, b.e) and instants (b.at = min(now, to)):
 *
 * - tickets created in a bucket: the kinds, and the denominators and
 *   numerators of response_on_time_rate and repair_on_time_rate, with the
 *   conditions of their rows in ct_ticket_kpi_defs;
 * - tickets open at each instant, and those of them overdue (the condition
 *   of overdue_open with :at read as b.at); "open at" is the
 *   CT_TICKET_KPI_OPEN source of ct-ticket-kpi.c;
 * - return visits of a bucket: satisfaction_score's sum and count;
 * - assets: the assets and their downtime are read once for the period, and
 *   each week's figures are worked out in memory with the functions of
 *   ct_asset_kpis_compute ().
 *
 * tests/core/test-dashboard-grouped.c proves every cell equal to the KPIs of
 * its bucket computed on their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <math.h>

#include "ct-asset-kpi-private.h"
#include "ct-dashboard-private.h"
#include "ct-kpi-sql-private.h"
#include "ct-ticket-kpi-private.h"

#define VOID_OUT    "t.status NOT IN ('cancelled', 'invalid')"
#define OPEN_STATUS "t.status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')"

/* "WITH b(i, f, e, at) AS (VALUES (0, :f0, :e0, :a0), …)" */
static void
append_buckets (GString                *sql,
                const CtDashboardTable *table)
{
  g_string_append (sql, "WITH b(i, f, e, at) AS (VALUES ");
  for (guint r = 0; r < table->n_rows; r++)
    g_string_append_printf (sql, "%s(%u, :f%u, :e%u, :a%u)", r ? ", " : "", r, r, r, r);
  g_string_append (sql, ") ");
}

static sqlite3_stmt *
prepare (CtDashboard             *self,
         CtDatabase              *db,
         const char              *sql,
         const CtDashboardTable  *table,
         GError                 **error)
{
  sqlite3_stmt *stmt = ct_kpi_prepare (db, sql, &self->period, error);

  for (guint r = 0; stmt != NULL && r < table->n_rows; r++)
    {
      char name[16];

      g_snprintf (name, sizeof name, ":f%u", r);
      ct_kpi_bind (stmt, name, table->row_from[r]);
      g_snprintf (name, sizeof name, ":e%u", r);
      ct_kpi_bind (stmt, name, table->row_to[r]);
      g_snprintf (name, sizeof name, ":a%u", r);
      ct_kpi_bind (stmt, name, MIN (self->period.now, table->row_to[r]));
    }
  if (stmt != NULL)
    {
      ct_kpi_bind (stmt, ":first", MIN (self->period.now, table->row_to[0]));
      ct_kpi_bind (stmt, ":last", MIN (self->period.now, table->row_to[table->n_rows - 1]));
    }
  return stmt;
}

/* ", sum(den), sum((den) AND (num))" of a fraction's row. */
static void
append_fraction (GString    *sql,
                 const char *key)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);
  const char *den = def->den ? def->den : "1";

  g_assert (def->unit == CT_KPI_UNIT_FRACTION && def->num != NULL);
  g_string_append_printf (sql, ", sum(%s), sum((%s) AND (%s))", den, den, def->num);
}

/* A buckets' value "num ÷ den" as ct_ticket_kpis_get_value (): none without
 * a denominator. */
static double
fraction (gint64 num,
          gint64 den)
{
  return den > 0 ? (double) num / (double) den : NAN;
}

/* Tickets created: kinds and on-time rates. */
static gboolean
group_created (CtDashboard  *self,
               CtDatabase   *db,
               GError      **error)
{
  CtDashboardTable *kinds = &self->tables[CT_DASHBOARD_TICKETS_BY_KIND];
  CtDashboardTable *rates = &self->tables[CT_DASHBOARD_ON_TIME_RATE];
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  for (guint r = 0; r < kinds->n_rows; r++)
    for (guint k = 0; k < kinds->n_columns; k++)
      ct_dashboard_table_set (kinds, r, k, 0);
  append_buckets (sql, kinds);
  g_string_append (sql, "SELECT b.i");
  /* The column keys are the kinds (static strings of ct-dashboard-series.c). */
  for (guint k = 0; k < kinds->n_columns; k++)
    g_string_append_printf (sql, ", sum(t.kind = '%s')", kinds->column_keys[k]);
  /* ON_TIME_RATE's column keys are KPI keys. */
  for (guint k = 0; k < rates->n_columns; k++)
    append_fraction (sql, rates->column_keys[k]);
  g_string_append (sql, " FROM b CROSS JOIN tickets t WHERE t.created_at >= b.f AND t.created_at < b.e"
                   " AND " VOID_OUT " AND (:site = 0 OR +t.site_id = :site) GROUP BY b.i");
  if (!(stmt = prepare (self, db, sql->str, kinds, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint r = sqlite3_column_int (stmt, 0), col = 1;

      for (guint k = 0; k < kinds->n_columns; k++)
        ct_dashboard_table_set (kinds, r, k, sqlite3_column_int64 (stmt, col++));
      for (guint k = 0; k < rates->n_columns; k++, col += 2)
        if (rates->row_from[r] <= self->period.now)
          ct_dashboard_table_set (rates, r, k, fraction (sqlite3_column_int64 (stmt, col + 1),
                                                         sqlite3_column_int64 (stmt, col)));
    }
  return ct_kpi_finish (db, stmt, rc, error);
}

/* Tickets open, and overdue, at each bucket's instant. The candidates are
 * read once (open now, or resolved after the first instant); each is
 * matched against the instants. */
static gboolean
group_open (CtDashboard  *self,
            CtDatabase   *db,
            GError      **error)
{
  CtDashboardTable *backlog = &self->tables[CT_DASHBOARD_BACKLOG];
  const CtTicketKpiDef *overdue = ct_ticket_kpi_find ("overdue_open");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) condition = g_string_new (overdue->num);
  sqlite3_stmt *stmt;
  int rc;

  for (guint r = 0; r < backlog->n_rows; r++)
    if (backlog->row_from[r] <= self->period.now)
      {
        ct_dashboard_table_set (backlog, r, 0, 0);
        ct_dashboard_table_set (backlog, r, 1, 0);
      }
  g_string_replace (condition, ":at", "b.at", 0);
  append_buckets (sql, backlog);
  g_string_append_printf (sql, "SELECT b.i, count(*), sum(%s) FROM tickets t CROSS JOIN b"
                          " WHERE (" OPEN_STATUS " OR t.resolved_at >= :first)"
                          " AND t.created_at < :last AND " VOID_OUT
                          " AND (:site = 0 OR +t.site_id = :site)"
                          " AND b.f <= :now"
                          " AND ((" OPEN_STATUS " AND t.created_at < b.at)"
                          " OR (t.resolved_at >= b.at AND t.created_at < b.at))"
                          " GROUP BY b.i", condition->str);
  if (!(stmt = prepare (self, db, sql->str, backlog, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint r = sqlite3_column_int (stmt, 0);

      ct_dashboard_table_set (backlog, r, 0, sqlite3_column_int64 (stmt, 1));
      ct_dashboard_table_set (backlog, r, 1, sqlite3_column_int64 (stmt, 2));
    }
  return ct_kpi_finish (db, stmt, rc, error);
}

/* Return visits with a score: satisfaction_score of each week. */
static gboolean
group_visited (CtDashboard  *self,
               CtDatabase   *db,
               GError      **error)
{
  CtDashboardTable *weeks = &self->tables[CT_DASHBOARD_SATISFACTION];
  const CtTicketKpiDef *score = ct_ticket_kpi_find ("satisfaction_score");
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt;
  int rc;

  g_assert (score->unit == CT_KPI_UNIT_SCORE && score->den != NULL);
  append_buckets (sql, weeks);
  g_string_append_printf (sql, "SELECT b.i, sum(%s), sum(CASE WHEN %s THEN %s END)"
                          " FROM b CROSS JOIN tickets t WHERE t.visited_at >= b.f"
                          " AND t.visited_at < b.e AND b.f <= :now AND " VOID_OUT
                          " AND (:site = 0 OR +t.site_id = :site) GROUP BY b.i",
                          score->den, score->den, score->num);
  if (!(stmt = prepare (self, db, sql->str, weeks, error)))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 den = sqlite3_column_int64 (stmt, 1), num = sqlite3_column_int64 (stmt, 2);

      /* As ct_ticket_kpis_compute (): sum × 20 ÷ count. */
      if (den > 0)
        ct_dashboard_table_set (weeks, sqlite3_column_int (stmt, 0), 0, num * 20.0 / den);
    }
  return ct_kpi_finish (db, stmt, rc, error);
}

/* Assets */

typedef struct
{
  CtDashboard *self;
  CtAssetKpis  kpis;
} AssetWeek;

static void
add_figures_cb (const CtAssetKpiFigures *figures,
                gpointer                 user_data)
{
  ct_asset_kpis_add_figures (user_data, figures);
}

/* The windows of ct_asset_kpis_compute () over [from, to); the year before
 * is not needed here. */
static void
set_windows (CtAssetKpiWindows *w,
             gint64             from,
             gint64             to,
             gint64             now)
{
  w->from = from;
  w->to = to;
  w->instant = MIN (now, to);
  w->end = MAX (from, w->instant);
  w->ly_from = w->ly_end = from;
}

static gboolean
read_assets (CtAssetKpiRun  *run,
             gpointer        user_data,
             GError        **error)
{
  CtDashboard *self = user_data;
  CtDashboardTable *weeks = &self->tables[CT_DASHBOARD_ASSETS];

  if (!ct_asset_kpi_read_time (run, error))
    return FALSE;
  for (guint r = 0; r < weeks->n_rows; r++)
    {
      CtAssetKpis kpis = { 0 };
      double intact;

      if (weeks->row_from[r] > self->period.now)
        continue;
      set_windows (&run->w, weeks->row_from[r], weeks->row_to[r], self->period.now);
      ct_asset_kpi_foreach_asset (run, add_figures_cb, &kpis);
      ct_asset_kpis_finish (&kpis);
      /* asset_availability counts: seconds down / seconds in service. */
      ct_dashboard_table_set (weeks, r, 0, kpis.num[CT_ASSET_KPI_AVAILABILITY] / 3600.0);
      if (ct_asset_kpis_get_value (&kpis, "asset_intact_rate", &intact))
        ct_dashboard_table_set (weeks, r, 1, intact);
    }
  return TRUE;
}

static gboolean
group_assets (CtDashboard  *self,
              CtDatabase   *db,
              GError      **error)
{
  CtAssetKpiRun run = { 0 };
  gboolean ok;

  if (self->tables[CT_DASHBOARD_ASSETS].n_rows == 0)
    return TRUE;
  run.db = db;
  run.period = self->period;
  run.scope = self->period.site_id != 0 ? CT_ASSET_KPI_SITE : CT_ASSET_KPI_ALL;
  /* Read every downtime that touches the period. */
  set_windows (&run.w, self->period.from, self->period.to, self->period.now);
  ok = ct_asset_kpi_read_in_snapshot (&run, read_assets, self, error);
  g_clear_pointer (&run.assets, g_array_unref);
  g_clear_pointer (&run.downtime, g_array_unref);
  return ok;
}

gboolean
ct_dashboard_fill_grouped (CtDashboard  *self,
                           CtDatabase   *db,
                           GError      **error)
{
  g_return_val_if_fail (self->tables[CT_DASHBOARD_TICKETS_BY_KIND].n_rows > 0, FALSE);
  g_return_val_if_fail (self->tables[CT_DASHBOARD_SATISFACTION].n_rows > 0, FALSE);

  return group_created (self, db, error) && group_open (self, db, error)
         && group_visited (self, db, error) && group_assets (self, db, error);
}
