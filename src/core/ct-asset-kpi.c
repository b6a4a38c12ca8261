/* ct-asset-kpi.c — the asset KPIs of KPI.md: the period's windows, the
 * computation and the drill-down
 *
 * The period gives the windows of ct-asset-kpi-time.c and the due dates of
 * planned maintenance (days in the database's zone). Three short indexed
 * queries (ct-asset-kpi-read.c) read the assets, their downtime and the tasks
 * in one snapshot; the downtime is merged per asset in C, so that the totals
 * and the drill-down lists come from the same figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-kpi"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-kpi-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

static void
run_clear (CtAssetKpiRun *run)
{
  g_clear_pointer (&run->assets, g_array_unref);
  g_clear_pointer (&run->downtime, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtAssetKpiRun, run_clear)

/* Periods */

static gint64
year_before (GTimeZone *tz,
             gint64     at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) before = g_date_time_add_years (local, -1);

  return g_date_time_to_unix (before);
}

/* The local date of @at, or of the first midnight at or after it. */
static void
format_day (GTimeZone *tz,
            gint64     at,
            gboolean   round_up,
            char       out[16])
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) day = NULL;
  gboolean midnight = g_date_time_get_hour (local) == 0 && g_date_time_get_minute (local) == 0
                      && g_date_time_get_second (local) == 0;

  day = round_up && !midnight ? g_date_time_add_days (local, 1) : g_date_time_ref (local);
  g_snprintf (out, 16, "%04d-%02d-%02d", g_date_time_get_year (day),
              g_date_time_get_month (day), g_date_time_get_day_of_month (day));
}

static gboolean
run_init (CtAssetKpiRun      *run,
          CtDatabase         *db,
          const CtKpiPeriod  *period,
          gint64              asset_id,
          GError            **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  CtAssetKpiWindows *w = &run->w;

  run->db = db;
  run->period = *period;
  run->asset_id = asset_id;
  run->scope = asset_id != 0 ? CT_ASSET_KPI_ONE
               : period->site_id != 0 ? CT_ASSET_KPI_SITE : CT_ASSET_KPI_ALL;
  if (run->period.to <= run->period.from)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("The period must end after it starts: choose a later end date."));
      return FALSE;
    }
  if (run->period.now == 0)
    run->period.now = ct_clock_now (ct_database_get_clock (db));
  if (!(tz = ct_work_calendar_load_time_zone (db, error)))
    return FALSE;
  w->from = run->period.from;
  w->to = run->period.to;
  w->instant = MIN (run->period.now, run->period.to);
  w->end = MAX (w->from, w->instant);
  w->ly_from = year_before (tz, w->from);
  w->ly_end = year_before (tz, w->end);
  format_day (tz, w->from, TRUE, run->from_date);
  format_day (tz, w->to, TRUE, run->to_date);
  format_day (tz, run->period.now, FALSE, run->today);
  return TRUE;
}

static void
add_figures_cb (const CtAssetKpiFigures *figures,
                gpointer                 user_data)
{
  ct_asset_kpis_add_figures (user_data, figures);
}

static gboolean
read_all (CtAssetKpiRun  *run,
          gpointer        user_data,
          GError        **error)
{
  CtAssetKpis *self = user_data;

  if (!ct_asset_kpi_read_time (run, error) || !ct_asset_kpi_count_pm (run, self, error))
    return FALSE;
  ct_asset_kpi_foreach_asset (run, add_figures_cb, self);
  return TRUE;
}

static CtAssetKpis *
compute (CtDatabase         *db,
         const CtKpiPeriod  *period,
         gint64              asset_id,
         GError            **error)
{
  g_autoptr(CtAssetKpis) self = g_new0 (CtAssetKpis, 1);
  g_auto(CtAssetKpiRun) run = { 0 };

  if (!run_init (&run, db, period, asset_id, error)
      || !ct_asset_kpi_read_in_snapshot (&run, read_all, self, error))
    return NULL;
  self->period = run.period;
  self->instant = run.w.instant;
  ct_asset_kpis_finish (self);
  return g_steal_pointer (&self);
}

CtAssetKpis *
ct_asset_kpis_compute (CtDatabase         *db,
                       const CtKpiPeriod  *period,
                       GError            **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  return compute (db, period, 0, error);
}

CtAssetKpis *
ct_asset_kpis_compute_for_asset (CtDatabase         *db,
                                 const CtKpiPeriod  *period,
                                 gint64              asset_id,
                                 GError            **error)
{
  CtKpiPeriod p;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (asset_id > 0, NULL);

  p = *period;
  p.site_id = 0;
  return compute (db, &p, asset_id, error);
}

void
ct_asset_kpis_free (CtAssetKpis *self)
{
  g_free (self);
}

/* Drill-down */

typedef struct
{
  CtAssetKpiIndex  kpi;
  gboolean         numerator;
  GArray          *ids;
} Collect;

static void
collect_cb (const CtAssetKpiFigures *figures,
            gpointer                 user_data)
{
  Collect *collect = user_data;

  if (ct_asset_kpi_figures_count (figures, collect->kpi, collect->numerator))
    g_array_append_val (collect->ids, figures->asset_id);
}

static gboolean
read_ids (CtAssetKpiRun  *run,
          gpointer        user_data,
          GError        **error)
{
  Collect *collect = user_data;

  if (collect->kpi == CT_ASSET_KPI_PM)
    return ct_asset_kpi_list_pm (run, collect->numerator, collect->ids, error);
  if (!ct_asset_kpi_read_time (run, error))
    return FALSE;
  ct_asset_kpi_foreach_asset (run, collect_cb, collect);
  return TRUE;
}

GArray *
ct_asset_kpi_ids (CtDatabase         *db,
                  const CtKpiPeriod  *period,
                  const char         *key,
                  gboolean            numerator,
                  GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_auto(CtAssetKpiRun) run = { 0 };
  Collect collect = { 0, numerator, ids };
  int kpi = ct_asset_kpi_index (key);

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (kpi >= 0, NULL);

  collect.kpi = kpi;
  if (!run_init (&run, db, period, 0, error)
      || !ct_asset_kpi_read_in_snapshot (&run, read_ids, &collect, error))
    return NULL;
  return g_steal_pointer (&ids);
}

