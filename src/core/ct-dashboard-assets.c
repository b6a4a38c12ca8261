/* ct-dashboard-assets.c — the assets behind an asset figure (drill-down)
 *
 * The lists come from ct_asset_kpi_ids (), the very figures the KPIs are
 * summed from; for the intact rate the dashboard shows the assets that pull
 * it down (in service but not intact), the difference of its denominator
 * and numerator.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include "ct-asset-kpi-private.h"
#include "ct-dashboard-private.h"

/* The ids of @all not in @some (both ascending). */
static GArray *
difference (GArray *all,
            GArray *some)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint j = 0;

  for (guint i = 0; i < all->len; i++)
    {
      gint64 id = g_array_index (all, gint64, i);

      while (j < some->len && g_array_index (some, gint64, j) < id)
        j++;
      if (j < some->len && g_array_index (some, gint64, j) == id)
        continue;
      g_array_append_val (out, id);
    }
  return out;
}

GArray *
ct_dashboard_asset_ids (CtDatabase         *db,
                        const CtKpiPeriod  *period,
                        const char         *key,
                        GError            **error)
{
  g_autoptr(GArray) in_service = NULL;
  g_autoptr(GArray) intact = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (ct_asset_kpi_is_key (key), NULL);

  switch (ct_asset_kpi_index (key))
    {
    case CT_ASSET_KPI_INTACT:
      if (!(in_service = ct_asset_kpi_ids (db, period, key, FALSE, error))
          || !(intact = ct_asset_kpi_ids (db, period, key, TRUE, error)))
        return NULL;
      return difference (in_service, intact);
    case CT_ASSET_KPI_AVAILABILITY:
    case CT_ASSET_KPI_YOY:
      /* With downtime in the period. */
      return ct_asset_kpi_ids (db, period, key, TRUE, error);
    case CT_ASSET_KPI_MTBF:
      /* With a failure that started in the period. */
      return ct_asset_kpi_ids (db, period, key, FALSE, error);
    case CT_ASSET_KPI_MTTR:
      return ct_asset_kpi_ids (db, period, key, TRUE, error);
    case CT_ASSET_KPI_PM:
      /* With a task that counts. */
      return ct_asset_kpi_ids (db, period, key, FALSE, error);
    case CT_ASSET_N_KPIS:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ct_dashboard_fill_asset_ids (CtDashboard  *self,
                             CtDatabase   *db,
                             GError      **error)
{
  const char *const *keys = ct_asset_kpi_keys ();

  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    if (!(self->asset_ids[i] = ct_dashboard_asset_ids (db, &self->period, keys[i], error)))
      return FALSE;
  return TRUE;
}

const GArray *
ct_dashboard_get_asset_ids (const CtDashboard *self,
                            const char        *key)
{
  int i;

  g_return_val_if_fail (self != NULL, NULL);

  i = ct_asset_kpi_index (key);
  return i < 0 ? NULL : self->asset_ids[i];
}
