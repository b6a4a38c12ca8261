/* ct-asset-kpi-time.c — in-service time and downtime of one asset
 *
 * An asset is in service over [service_from, retired_at). Its downtime rows
 * are clipped to that interval and merged, so that two downtimes open at the
 * same time (a failure during planned maintenance) count once, then
 * intersected with the period and with the same period a year earlier. Events
 * (failures started, ended) and the state at the instant use the rows as they
 * are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-kpi"

#include "config.h"

#include <string.h>

#include "ct-asset-kpi-private.h"

/* The length of [a0, a1) ∩ [b0, b1). */
static gint64
overlap (gint64 a0,
         gint64 a1,
         gint64 b0,
         gint64 b1)
{
  gint64 lo = MAX (a0, b0), hi = MIN (a1, b1);

  return hi > lo ? hi - lo : 0;
}

static gboolean
in_window (gint64 at,
           gint64 from,
           gint64 to)
{
  return at >= from && at < to;
}

static void
count_events (const CtAssetKpiWindows  *w,
              const CtAssetKpiDowntime *row,
              CtAssetKpiFigures        *out)
{
  if (row->started_at <= w->instant && w->instant < row->ended_at)
    out->down_at = TRUE;
  if (!row->failure)
    return;
  if (in_window (row->started_at, w->from, w->to))
    out->failures_started++;
  if (row->ended_at != CT_ASSET_KPI_NEVER && in_window (row->ended_at, w->from, w->to))
    {
      out->failures_ended++;
      out->repair += row->ended_at - row->started_at;
    }
}

/* One merged span of downtime [start, end). */
static void
add_span (const CtAssetKpiWindows *w,
          gint64                   start,
          gint64                   end,
          CtAssetKpiFigures       *out)
{
  out->down += overlap (start, end, w->from, w->end);
  out->down_last_year += overlap (start, end, w->ly_from, w->ly_end);
}

void
ct_asset_kpi_figures_compute (const CtAssetKpiWindows  *windows,
                              const CtAssetKpiAsset    *asset,
                              const CtAssetKpiDowntime *rows,
                              guint                     n_rows,
                              CtAssetKpiFigures        *out)
{
  gint64 s0 = asset->service_from, s1 = asset->retired_at;
  gint64 start = 0, end = 0;
  gboolean open = FALSE;

  g_return_if_fail (windows != NULL && asset != NULL && out != NULL);

  memset (out, 0, sizeof *out);
  out->asset_id = asset->id;
  out->in_service_at = s0 <= windows->instant && windows->instant < s1;
  out->service = overlap (s0, s1, windows->from, windows->end);
  for (guint i = 0; i < n_rows; i++)
    {
      /* Clipping the start keeps the rows in order of their (clipped) start. */
      gint64 a = MAX (rows[i].started_at, s0), b = MIN (rows[i].ended_at, s1);

      g_assert (i == 0 || rows[i - 1].started_at <= rows[i].started_at);
      count_events (windows, &rows[i], out);
      if (b <= a)
        continue;
      if (open && a <= end)
        {
          end = MAX (end, b);
          continue;
        }
      if (open)
        add_span (windows, start, end, out);
      start = a;
      end = b;
      open = TRUE;
    }
  if (open)
    add_span (windows, start, end, out);
  if (!out->in_service_at)
    out->down_at = FALSE;
}

gboolean
ct_asset_kpi_figures_count (const CtAssetKpiFigures *f,
                            CtAssetKpiIndex          kpi,
                            gboolean                 numerator)
{
  switch (kpi)
    {
    case CT_ASSET_KPI_INTACT:
      return f->in_service_at && !(numerator && f->down_at);
    case CT_ASSET_KPI_AVAILABILITY:
      return numerator ? f->down > 0 : f->service > 0;
    case CT_ASSET_KPI_MTBF:
      return numerator ? f->service > 0 : f->failures_started > 0;
    case CT_ASSET_KPI_MTTR:
      return f->failures_ended > 0;
    case CT_ASSET_KPI_YOY:
      return numerator ? f->down > 0 : f->down_last_year > 0;
    case CT_ASSET_KPI_PM:
    case CT_ASSET_N_KPIS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
ct_asset_kpis_add_figures (CtAssetKpis             *self,
                           const CtAssetKpiFigures *f)
{
  if (f->in_service_at)
    {
      self->den[CT_ASSET_KPI_INTACT] += 1;
      self->num[CT_ASSET_KPI_INTACT] += f->down_at ? 0 : 1;
    }
  self->num[CT_ASSET_KPI_AVAILABILITY] += f->down;
  self->den[CT_ASSET_KPI_AVAILABILITY] += f->service;
  self->num[CT_ASSET_KPI_MTBF] += f->service;
  self->den[CT_ASSET_KPI_MTBF] += f->failures_started;
  self->num[CT_ASSET_KPI_MTTR] += f->repair;
  self->den[CT_ASSET_KPI_MTTR] += f->failures_ended;
  self->num[CT_ASSET_KPI_YOY] += f->down;
  self->den[CT_ASSET_KPI_YOY] += f->down_last_year;
}
