/* ct-asset-kpi-defs.c — the asset KPIs of KPI.md: keys, names, definitions,
 * targets
 *
 * The definitions are the sentences of KPI.md, shown beside each figure so that
 * a manager can defend it in front of owners. The targets come from the seed
 * documents (设备完好率 ≥ 98 %, downtime −30 % year on year) and, for planned
 * maintenance and availability, from house practice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-kpi"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-kpi-private.h"

const CtAssetKpiDef ct_asset_kpi_defs[CT_ASSET_N_KPIS] = {
  [CT_ASSET_KPI_INTACT] = {
    "asset_intact_rate", FALSE, TRUE, 0.98, FALSE,
    /* Translators: a KPI, 设备完好率 */
    N_("Equipment intact rate"),
    N_("Assets in service (not retired) at the end of the period, or now if that is "
       "earlier: the share not down at that instant (target: at least 98 %).") },
  [CT_ASSET_KPI_AVAILABILITY] = {
    "asset_availability", FALSE, TRUE, 0.98, FALSE,
    /* Translators: a KPI, 可用率 */
    N_("Availability"),
    N_("Over the period, 1 − (downtime inside the period ÷ in-service time inside the "
       "period), summed over the assets in service. Overlapping downtimes of one asset "
       "count once (target: at least 98 %).") },
  [CT_ASSET_KPI_MTBF] = {
    "mtbf_hours", TRUE, FALSE, 0, FALSE,
    /* Translators: a KPI, 平均故障间隔 */
    N_("Mean time between failures"),
    N_("In-service time in the period ÷ the number of failure downtimes that started in "
       "the period, in hours.") },
  [CT_ASSET_KPI_MTTR] = {
    "mttr_hours", TRUE, FALSE, 0, TRUE,
    /* Translators: a KPI, 平均修复时长 */
    N_("Mean time to repair"),
    N_("Total duration of the failure downtimes that ended in the period ÷ their number, "
       "in hours.") },
  /* 95 % is a house target: the seed documents ask for the plans to be kept,
   * without a figure. */
  [CT_ASSET_KPI_PM] = {
    "pm_compliance_rate", FALSE, TRUE, 0.95, FALSE,
    /* Translators: a KPI, 计划保养完成率 */
    N_("Planned maintenance on time"),
    N_("Maintenance tasks due in the period: the share completed on or before their due "
       "date. An open task counts once its due date has passed; a skipped task counts as "
       "not done (target: at least 95 %).") },
  [CT_ASSET_KPI_YOY] = {
    "downtime_change_yoy", FALSE, TRUE, -0.30, TRUE,
    /* Translators: a KPI, 停机时长同比 */
    N_("Downtime, year on year"),
    /* xgettext:no-c-format */
    N_("Downtime in the period ÷ downtime in the same period a year earlier − 1: −30 % "
       "means 30 % less downtime (target: −30 % or better).") },
};

int
ct_asset_kpi_index (const char *key)
{
  for (guint i = 0; key != NULL && i < CT_ASSET_N_KPIS; i++)
    if (g_str_equal (ct_asset_kpi_defs[i].key, key))
      return (int) i;
  return -1;
}

const char *const *
ct_asset_kpi_keys (void)
{
  static const char *keys[CT_ASSET_N_KPIS + 1];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
        keys[i] = ct_asset_kpi_defs[i].key;
      g_once_init_leave (&done, 1);
    }
  return keys;
}

gboolean
ct_asset_kpi_is_key (const char *key)
{
  return ct_asset_kpi_index (key) >= 0;
}

CtKpiUnit
ct_asset_kpi_get_unit (const char *key)
{
  int i = ct_asset_kpi_index (key);

  g_return_val_if_fail (i >= 0, CT_KPI_UNIT_FRACTION);
  return ct_asset_kpi_defs[i].hours ? CT_KPI_UNIT_COUNT : CT_KPI_UNIT_FRACTION;
}

const char *
ct_asset_kpi_name (const char *key)
{
  int i = ct_asset_kpi_index (key);

  g_return_val_if_fail (i >= 0, NULL);
  return _(ct_asset_kpi_defs[i].name);
}

const char *
ct_asset_kpi_definition (const char *key)
{
  int i = ct_asset_kpi_index (key);

  g_return_val_if_fail (i >= 0, NULL);
  return _(ct_asset_kpi_defs[i].definition);
}

gboolean
ct_asset_kpi_target (const char *key,
                     double     *target,
                     gboolean   *lower_is_better)
{
  int i = ct_asset_kpi_index (key);

  g_return_val_if_fail (i >= 0, FALSE);
  if (target)
    *target = ct_asset_kpi_defs[i].target;
  if (lower_is_better)
    *lower_is_better = ct_asset_kpi_defs[i].lower_is_better;
  return ct_asset_kpi_defs[i].has_target;
}
