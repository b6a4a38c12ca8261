/* ct-report-charts.c — the dashboard's tables as charts on the report
 *
 * Each table becomes a CtChartData and one layer (src/charts), drawn with
 * ct_chart_render () into the page's cairo context: the same drawing code as
 * the app's dashboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-charts.h"
#include "ct-report-private.h"

/* A chart's data from @table: categories are the rows, series the columns
 * (or the other way round with @transpose, for the heatmap). @column -1:
 * every column. */
static CtChartData *
table_data (const CtDashboardTable *table,
            CtChartUnit             unit,
            int                     column,
            gboolean                transpose)
{
  CtChartData *data = ct_chart_data_new (unit);
  guint n_cats = transpose ? table->n_columns : table->n_rows;
  guint n_series = transpose ? table->n_rows : table->n_columns;

  for (guint c = 0; c < n_cats; c++)
    ct_chart_data_add_category (data, transpose ? table->column_labels[c] : table->row_labels[c]);
  for (guint s = 0; s < n_series; s++)
    {
      guint series;

      if (column >= 0 && (guint) column != s)
        continue;
      series = ct_chart_data_add_series (data, transpose ? table->row_labels[s]
                                                         : table->column_labels[s]);
      for (guint c = 0; c < n_cats; c++)
        ct_chart_data_set_value (data, series, c,
                                 transpose ? ct_dashboard_table_get (table, s, c)
                                           : ct_dashboard_table_get (table, c, s));
    }
  return data;
}

static void
render (cairo_t      *cr,
        const char   *title,
        CtChartLayer *layer,
        double        x,
        double        y,
        double        width,
        double        height)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_object_unref);
  CtChartTheme theme;
  CtChartAxes axes;
  CtChartScene scene = { title, layers, &axes, TRUE };

  g_ptr_array_add (layers, layer);
  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  theme.font_size = 7.5;
  theme.line_width = 1.2;
  ct_chart_axes_init (&axes);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  ct_chart_render (&scene, cr, width, height, &theme);
  cairo_restore (cr);
}

static CtChartLayer *
bars (const CtDashboardTable *table,
      CtChartUnit             unit,
      int                     column,
      CtChartBarMode          mode,
      gboolean                horizontal)
{
  g_autoptr(CtChartData) data = table_data (table, unit, column, FALSE);

  return ct_chart_bar_new (data, mode, horizontal);
}

static CtChartLayer *
lines (const CtDashboardTable *table,
       CtChartUnit             unit,
       int                     column,
       double                  target)
{
  g_autoptr(CtChartData) data = table_data (table, unit, column, FALSE);

  if (!isnan (target))
    {
      /* The legend reads "Target ≥ 90". */
      ct_chart_data_set_target (data, target, CT_CHART_GOAL_AT_LEAST, _("Target"));
    }
  return ct_chart_line_new (data, FALSE);
}

static void
draw_assets (const CtDashboardTable *table,
             cairo_t                *cr,
             double                  x,
             double                  y,
             double                  width,
             double                  height)
{
  double half = height / 2;

  render (cr, _("Asset downtime per week (hours)"),
          bars (table, CT_CHART_UNIT_NUMBER, 0, CT_CHART_BAR_GROUPED, FALSE),
          x, y, width, half);
  render (cr, _("Intact rate at the end of each week"),
          lines (table, CT_CHART_UNIT_PERCENT, 1, 0.98), x, y + half, width, half);
}

void
ct_report_draw_chart (CtReport           *self,
                      cairo_t            *cr,
                      CtDashboardTableId  id,
                      double              x,
                      double              y,
                      double              width,
                      double              height)
{
  const CtDashboardTable *table = ct_dashboard_get_table (self->dash, id);
  g_autoptr(CtChartData) heat = NULL;

  switch (id)
    {
    case CT_DASHBOARD_TICKETS_BY_KIND:
      render (cr, ct_dashboard_get_weekly (self->dash) ? _("Tickets per week by kind")
                                                       : _("Tickets per day by kind"),
              bars (table, CT_CHART_UNIT_COUNT, -1, CT_CHART_BAR_STACKED, FALSE),
              x, y, width, height);
      break;
    case CT_DASHBOARD_ON_TIME_RATE:
      render (cr, _("On-time rates"), lines (table, CT_CHART_UNIT_PERCENT, -1, NAN),
              x, y, width, height);
      break;
    case CT_DASHBOARD_BACKLOG:
      render (cr, _("Open and overdue tickets"), lines (table, CT_CHART_UNIT_COUNT, -1, NAN),
              x, y, width, height);
      break;
    case CT_DASHBOARD_RESPONSE_TIME:
      render (cr, _("Time to accept"),
              bars (table, CT_CHART_UNIT_COUNT, 0, CT_CHART_BAR_GROUPED, FALSE),
              x, y, width, height);
      break;
    case CT_DASHBOARD_DEPARTMENTS:
      render (cr, _("Tickets resolved by department"),
              bars (table, CT_CHART_UNIT_COUNT, 0, CT_CHART_BAR_GROUPED, TRUE),
              x, y, width, height);
      break;
    case CT_DASHBOARD_SATISFACTION:
      render (cr, _("Satisfaction score per week"),
              lines (table, CT_CHART_UNIT_NUMBER, 0, 90), x, y, width, height);
      break;
    case CT_DASHBOARD_ASSETS:
      draw_assets (table, cr, x, y, width, height);
      break;
    case CT_DASHBOARD_HEATMAP:
      heat = table_data (table, CT_CHART_UNIT_COUNT, -1, TRUE);
      render (cr, _("Tickets received by weekday and hour"), ct_chart_heatmap_new (heat),
              x, y, width, height);
      break;
    case CT_DASHBOARD_N_TABLES:
    default:
      g_assert_not_reached ();
    }
}
