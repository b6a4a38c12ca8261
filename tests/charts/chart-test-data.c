/* chart-test-data.c — fixed sample data for the chart tests and the gallery
 *
 * Every value is a formula of its indices: the same input on every run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart-test-data.h"

static const char *const weekdays[] = { "周一", "周二", "周三", "周四", "周五", "周六", "周日" };
static const char *const kinds[] = { "报修", "投诉", "咨询", "建议", "表扬" };
static const char *const departments[] = { "工程部", "客服部", "秩序部", "保洁部", "绿化部",
                                           "综合管理部" };

CtChartData *
chart_test_weekly_kinds (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_COUNT);

  for (guint d = 0; d < G_N_ELEMENTS (weekdays); d++)
    ct_chart_data_add_category (data, weekdays[d]);
  for (guint k = 0; k < 3; k++)
    ct_chart_data_add_series (data, kinds[k]);
  for (guint d = 0; d < G_N_ELEMENTS (weekdays); d++)
    {
      ct_chart_data_set_value (data, 0, d, 40 + (d * 7) % 23);
      ct_chart_data_set_value (data, 1, d, 6 + (d * 5) % 9);
      ct_chart_data_set_value (data, 2, d, 12 + (d * 3) % 11);
    }
  return data;
}

CtChartData *
chart_test_department_rates (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_PERCENT);
  static const double rates[] = { 0.972, 0.951, 0.934, 0.912, 0.887, 0.853 };

  ct_chart_data_add_series (data, "按时完成率");
  for (guint i = 0; i < G_N_ELEMENTS (departments); i++)
    {
      ct_chart_data_add_category (data, departments[i]);
      ct_chart_data_set_value (data, 0, i, rates[i]);
    }
  ct_chart_data_set_target (data, 0.9, CT_CHART_GOAL_AT_LEAST, "目标");
  return data;
}

/* October, one value a day, the 17th missing (no tickets that day). */
CtChartData *
chart_test_daily_rate (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_PERCENT);

  ct_chart_data_add_series (data, "按时完成率");
  for (guint day = 1; day <= 31; day++)
    {
      g_autofree char *label = g_strdup_printf ("10-%02u", day);
      guint c = ct_chart_data_add_category (data, label);

      if (day != 17)
        ct_chart_data_set_value (data, 0, c, 0.9 + 0.06 * sin (day * 0.7) - 0.002 * day);
    }
  ct_chart_data_set_target (data, 0.9, CT_CHART_GOAL_AT_LEAST, "目标");
  return data;
}

CtChartData *
chart_test_kind_shares (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_COUNT);
  static const double counts[] = { 1204, 187, 342, 61, 23 };

  ct_chart_data_add_series (data, "工单");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      ct_chart_data_add_category (data, kinds[k]);
      ct_chart_data_set_value (data, 0, k, counts[k]);
    }
  return data;
}

CtChartData *
chart_test_site_satisfaction (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_PERCENT);
  static const char *const sites[] = { "翠湖花园", "锦绣苑", "滨江壹号" };
  static const double values[] = { 0.923, 0.881, 0.95 };

  ct_chart_data_add_series (data, "业主满意度");
  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    {
      ct_chart_data_add_category (data, sites[i]);
      ct_chart_data_set_value (data, 0, i, values[i]);
    }
  ct_chart_data_set_target (data, 0.9, CT_CHART_GOAL_AT_LEAST, "目标");
  return data;
}

CtChartData *
chart_test_response_minutes (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_MINUTES);

  ct_chart_data_add_series (data, "平均响应时间");
  ct_chart_data_add_category (data, "Average response");
  ct_chart_data_set_value (data, 0, 0, 18.5);
  ct_chart_data_set_target (data, 15, CT_CHART_GOAL_AT_MOST, "Target");
  return data;
}

/* Tickets by weekday × hour: busy mornings and early afternoons on workdays. */
CtChartData *
chart_test_intake (void)
{
  CtChartData *data = ct_chart_data_new (CT_CHART_UNIT_COUNT);

  for (guint h = 0; h < 24; h++)
    {
      g_autofree char *label = g_strdup_printf ("%u", h);

      ct_chart_data_add_category (data, label);
    }
  for (guint d = 0; d < G_N_ELEMENTS (weekdays); d++)
    {
      ct_chart_data_add_series (data, weekdays[d]);
      for (guint h = 0; h < 24; h++)
        {
          double day = d < 5 ? 1.0 : 0.55;
          double hour = exp (-pow ((h - 9.5) / 2.2, 2)) + 0.8 * exp (-pow ((h - 14.5) / 2.0, 2));

          ct_chart_data_set_value (data, d, h, round (day * (2 + 40 * hour) + (d * 3 + h) % 4));
        }
    }
  return data;
}

static void
add_grouped (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();

  g_ptr_array_add (layers, ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, FALSE));
}

static void
add_stacked (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();

  g_ptr_array_add (layers, ct_chart_bar_new (data, CT_CHART_BAR_STACKED, FALSE));
}

static void
add_ranking (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_department_rates ();

  g_ptr_array_add (layers, ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, TRUE));
}

static void
add_line (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_daily_rate ();

  g_ptr_array_add (layers, ct_chart_line_new (data, TRUE));
}

static void
add_donut (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_kind_shares ();

  g_ptr_array_add (layers, ct_chart_donut_new (data));
}

static void
add_gauge (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_site_satisfaction ();

  g_ptr_array_add (layers, ct_chart_gauge_new (data));
}

static void
add_gauge_minutes (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_response_minutes ();

  g_ptr_array_add (layers, ct_chart_gauge_new (data));
}

static void
add_heatmap (GPtrArray *layers)
{
  g_autoptr(CtChartData) data = chart_test_intake ();

  g_ptr_array_add (layers, ct_chart_heatmap_new (data));
}

/* Stacked bars of the week with a line of its total on top. */
static void
add_combo (GPtrArray *layers)
{
  g_autoptr(CtChartData) bars = chart_test_weekly_kinds ();
  g_autoptr(CtChartData) line = ct_chart_data_new (CT_CHART_UNIT_COUNT);
  CtChartLayer *layer;

  ct_chart_data_add_series (line, "积压");
  for (guint c = 0; c < ct_chart_data_get_n_categories (bars); c++)
    {
      ct_chart_data_add_category (line, ct_chart_data_get_category_label (bars, c));
      ct_chart_data_set_value (line, 0, c, 30 + 9 * c);
    }
  g_ptr_array_add (layers, ct_chart_bar_new (bars, CT_CHART_BAR_STACKED, FALSE));
  layer = ct_chart_line_new (line, FALSE);
  ct_chart_layer_set_color_offset (layer, 3);
  g_ptr_array_add (layers, layer);
}

static const ChartTestKind chart_kinds[] = {
  { "bar-grouped", "本周工单（按类型）", add_grouped },
  { "bar-stacked", "本周工单（堆叠）", add_stacked },
  { "bar-ranking", "部门按时完成率排名", add_ranking },
  { "line-target", "按时完成率趋势", add_line },
  { "donut", "工单类型构成", add_donut },
  { "gauge", "业主满意度", add_gauge },
  { "gauge-minutes", "Response time (target ≤ 15 min)", add_gauge_minutes },
  { "heatmap", "报修时段分布（星期 × 小时）", add_heatmap },
  { "combo", "工单与积压", add_combo },
};

const ChartTestKind *
chart_test_get_kinds (guint *n_kinds)
{
  *n_kinds = G_N_ELEMENTS (chart_kinds);
  return chart_kinds;
}

void
chart_test_render_kind (const ChartTestKind *kind,
                        cairo_t             *cr,
                        int                  width,
                        int                  height,
                        const CtChartTheme  *theme)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_object_unref);
  CtChartScene scene = { kind->title, layers, NULL, FALSE };

  kind->add_layers (layers);
  ct_chart_render (&scene, cr, width, height, theme);
}
