/* ct-dashboard-tile-text.c — what a KPI tile says: its figures and the
 * texts of value, target, change and counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-charts.h"
#include "ct-dashboard-tile-text.h"

gboolean
ct_dashboard_figure_read (const CtDashboard *result,
                          const char        *key,
                          CtDashboardFigure *figure)
{
  CtDashboardTile tile;

  memset (figure, 0, sizeof *figure);
  if (!ct_dashboard_get_tile (result, key, &tile))
    return FALSE;
  figure->key = key;
  figure->asset = !ct_ticket_kpi_is_key (key);
  figure->has_value = tile.has_value;
  figure->value = tile.value;
  figure->has_before = tile.has_previous;
  figure->before = tile.previous;
  figure->has_target = tile.has_target;
  figure->target = tile.target;
  figure->lower_is_better = tile.lower_is_better;
  figure->met = tile.met;
  figure->deadline = tile.deadline;
  if (figure->asset)
    {
      figure->n_assets = ct_dashboard_get_asset_ids (result, key)->len;
      figure->unit = ct_asset_kpi_get_unit (key);
      ct_asset_kpis_get_counts (ct_dashboard_get_asset_kpis (result), key,
                                &figure->numerator, &figure->denominator);
    }
  else
    {
      gint64 numerator, denominator;

      figure->unit = ct_ticket_kpi_get_unit (key);
      ct_ticket_kpis_get_counts (ct_dashboard_get_ticket_kpis (result), key,
                                 &numerator, &denominator);
      figure->numerator = numerator;
      figure->denominator = denominator;
    }
  return TRUE;
}

static CtChartUnit
chart_unit (CtKpiUnit unit)
{
  switch (unit)
    {
    case CT_KPI_UNIT_FRACTION:
      return CT_CHART_UNIT_PERCENT;
    case CT_KPI_UNIT_MINUTES:
      return CT_CHART_UNIT_MINUTES;
    case CT_KPI_UNIT_COUNT:
      return CT_CHART_UNIT_COUNT;
    case CT_KPI_UNIT_SCORE:
    default:
      return CT_CHART_UNIT_NUMBER;
    }
}

/* "≥ 90.0 %", "≤ −30.0 %". */
char *
ct_dashboard_figure_dup_target (const CtDashboardFigure *figure)
{
  g_autofree char *value = ct_chart_format_value (fabs (figure->target),
                                                  chart_unit (figure->unit));
  /* A minus sign (U+2212), as the values. */
  const char *sign = figure->target < 0 ? "−" : "";

  /* Translators: a KPI target, "at least" and "at most"; the first %s is
   * a minus sign or nothing, the second the value */
  return g_strdup_printf (figure->lower_is_better ? _("Target ≤ %s%s") : _("Target ≥ %s%s"),
                          sign, value);
}

/* The change from the period before, 0 when it does not show at the
 * precision of the figures (0.1 pt, a minute, a ticket, 0.1 h). */
double
ct_dashboard_figure_change (const CtDashboardFigure *figure)
{
  double change = figure->value - figure->before;
  double step = figure->unit == CT_KPI_UNIT_FRACTION ? 0.001
                : figure->unit == CT_KPI_UNIT_MINUTES ? 1.0
                : figure->unit == CT_KPI_UNIT_COUNT && !figure->asset ? 1.0 : 0.1;

  return fabs (change) < step / 2 ? 0 : change;
}

/* "▲ +2.1 pt", "▼ −3", "= no change" against the period before. */
char *
ct_dashboard_figure_dup_change (const CtDashboardFigure *figure)
{
  double change = ct_dashboard_figure_change (figure);
  const char *arrow = change > 0 ? "▲" : "▼";
  const char *sign = change > 0 ? "+" : "−";
  g_autofree char *amount = NULL;

  if (change == 0)
    return g_strdup (_("= no change from the period before"));
  if (figure->unit == CT_KPI_UNIT_FRACTION)
    {
      g_autofree char *points = ct_chart_format_count (fabs (change) * 100.0, 1);

      /* Translators: a change in percentage points */
      amount = g_strdup_printf (_("%s pt"), points);
    }
  else if (figure->unit == CT_KPI_UNIT_MINUTES)
    amount = ct_chart_format_minutes (fabs (change));
  else
    amount = ct_chart_format_count (fabs (change), figure->unit == CT_KPI_UNIT_COUNT && !figure->asset ? 0 : 1);
  /* Translators: arrow, sign and amount, e.g. "▲ +2.1 pt from the period before" */
  return g_strdup_printf (_("%s %s%s from the period before"), arrow, sign, amount);
}

/* Under an asset figure: how many assets are behind it (the list a click
 * opens); planned maintenance counts tasks. */
static char *
dup_asset_counts_text (const CtDashboardFigure *figure)
{
  guint numerator = (guint) MAX (figure->numerator, 0);
  guint denominator = (guint) MAX (figure->denominator, 0);
  guint n = figure->n_assets;

  if (g_str_equal (figure->key, "asset_intact_rate"))
    return g_strdup_printf (ngettext ("%u of %u asset not intact", "%u of %u assets not intact",
                                      denominator), n, denominator);
  if (g_str_equal (figure->key, "pm_compliance_rate"))
    return g_strdup_printf (ngettext ("%u of %u task on time", "%u of %u tasks on time",
                                      denominator), numerator, denominator);
  if (g_str_equal (figure->key, "mttr_hours"))
    return g_strdup_printf (ngettext ("%u asset repaired", "%u assets repaired", n), n);
  if (g_str_equal (figure->key, "mtbf_hours"))
    return g_strdup_printf (ngettext ("%u asset with a failure", "%u assets with a failure", n), n);
  return g_strdup_printf (ngettext ("%u asset with downtime", "%u assets with downtime", n), n);
}

/* "412 of 430 tickets" under a rate; NULL for other ticket figures. */
char *
ct_dashboard_figure_dup_counts (const CtDashboardFigure *figure)
{
  guint numerator = (guint) MAX (figure->numerator, 0);
  guint denominator = (guint) MAX (figure->denominator, 0);

  if (figure->asset)
    return dup_asset_counts_text (figure);
  if (figure->unit != CT_KPI_UNIT_FRACTION)
    return NULL;
  return g_strdup_printf (ngettext ("%u of %u ticket", "%u of %u tickets", denominator),
                          numerator, denominator);
}

