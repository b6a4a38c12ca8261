/* test-chart-layout.c — where the layers put things, and what they pick
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "chart-test-data.h"

#define EPS 1e-9

static const CtChartRect plot = { 40, 20, 420, 200 };

/* Draws @layer on a scratch surface, so that layers which measure their
 * labels (heatmap, gauge) have their geometry. */
static void
draw_scratch (CtChartLayer      *layer,
              const CtChartRect *area)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640, 480);
  cairo_t *cr = cairo_create (surface);
  CtChartTheme theme;

  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  ct_chart_layer_draw (layer, cr, area, &theme);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_pick (CtChartLayer *layer,
             double        x,
             double        y,
             guint         series,
             guint         category)
{
  guint s = G_MAXUINT, c = G_MAXUINT;

  g_assert_true (ct_chart_layer_pick (layer, x, y, &s, &c, NULL));
  g_assert_cmpuint (s, ==, series);
  g_assert_cmpuint (c, ==, category);
}

static void
test_bar_stacked (void)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();
  g_autoptr(CtChartLayer) layer = ct_chart_bar_new (data, CT_CHART_BAR_STACKED, FALSE);
  CtChartBar *bar = CT_CHART_BAR (layer);
  double slot = plot.width / 7;
  double min, max;

  g_assert_true (ct_chart_layer_get_extent (layer, &min, &max));
  g_assert_cmpfloat (min, ==, 0);
  ct_chart_layer_set_domain (layer, 0, 100);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint c = 0; c < 7; c++)
    {
      double bottom = plot.y + plot.height;
      double total = ct_chart_data_get_category_total (data, c);
      CtChartRect rect;

      g_assert_cmpfloat (total, <=, max);
      for (guint s = 0; s < 3; s++)
        {
          double value = ct_chart_data_get_value (data, s, c);

          g_assert_true (ct_chart_bar_get_bar_rect (bar, s, c, &rect));
          /* Each segment sits on the one below, as tall as its value. */
          g_assert_cmpfloat_with_epsilon (rect.y + rect.height, bottom, EPS);
          g_assert_cmpfloat_with_epsilon (rect.height, value / 100 * plot.height, EPS);
          g_assert_cmpfloat_with_epsilon (rect.x + rect.width / 2, plot.x + slot * (c + 0.5), EPS);
          bottom = rect.y;
        }
      /* The stack is as tall as the category's sum. */
      g_assert_cmpfloat_with_epsilon (rect.y, plot.y + plot.height - total / 100 * plot.height, EPS);
    }
}

static void
test_bar_stacked_negative (void)
{
  g_autoptr(CtChartData) data = ct_chart_data_new (CT_CHART_UNIT_NUMBER);
  g_autoptr(CtChartLayer) layer = NULL;
  static const double values[] = { 10, -5, 20, -15 };
  double zero = plot.y + plot.height / 2;
  double unit = plot.height / 100;
  double min, max;
  CtChartRect r[4];

  ct_chart_data_add_category (data, "A");
  for (guint s = 0; s < G_N_ELEMENTS (values); s++)
    {
      ct_chart_data_add_series (data, NULL);
      ct_chart_data_set_value (data, s, 0, values[s]);
    }
  layer = ct_chart_bar_new (data, CT_CHART_BAR_STACKED, FALSE);
  g_assert_true (ct_chart_layer_get_extent (layer, &min, &max));
  g_assert_cmpfloat (min, ==, -20);
  g_assert_cmpfloat (max, ==, 30);
  ct_chart_layer_set_domain (layer, -50, 50);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint s = 0; s < 4; s++)
    g_assert_true (ct_chart_bar_get_bar_rect (CT_CHART_BAR (layer), s, 0, &r[s]));
  /* Positive values stack up from zero, negative ones down. */
  g_assert_cmpfloat_with_epsilon (r[0].y, zero - 10 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (r[1].y, zero, EPS);
  g_assert_cmpfloat_with_epsilon (r[1].height, 5 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (r[2].y + r[2].height, r[0].y, EPS);
  g_assert_cmpfloat_with_epsilon (r[2].y, zero - 30 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (r[3].y, zero + 5 * unit, EPS);
  g_assert_cmpfloat_with_epsilon (r[3].y + r[3].height, zero + 20 * unit, EPS);
}

static void
test_bar_grouped (void)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();
  g_autoptr(CtChartLayer) layer = ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, FALSE);
  double slot = plot.width / 7;
  double width = -1;

  ct_chart_layer_set_domain (layer, 0, 100);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint c = 0; c < 7; c++)
    {
      double right = plot.x + slot * c;

      for (guint s = 0; s < 3; s++)
        {
          CtChartRect rect;

          g_assert_true (ct_chart_bar_get_bar_rect (CT_CHART_BAR (layer), s, c, &rect));
          if (width < 0)
            width = rect.width;
          /* Same width, side by side in order, inside the slot, on zero. */
          g_assert_cmpfloat_with_epsilon (rect.width, width, EPS);
          g_assert_cmpfloat (rect.x, >=, right);
          g_assert_cmpfloat (rect.x + rect.width, <=, plot.x + slot * (c + 1));
          g_assert_cmpfloat_with_epsilon (rect.y + rect.height, plot.y + plot.height, EPS);
          g_assert_cmpfloat_with_epsilon (rect.height,
                                          ct_chart_data_get_value (data, s, c) / 100 * plot.height,
                                          EPS);
          right = rect.x + rect.width;
          assert_pick (layer, rect.x + rect.width / 2, rect.y + rect.height / 2, s, c);
          /* The column above a short bar picks it too. */
          assert_pick (layer, rect.x + rect.width / 2, plot.y + 1, s, c);
        }
    }
  g_assert_cmpfloat (width * 3, >, slot * 0.6);
}

static void
test_bar_pick (void)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();
  g_autoptr(CtChartLayer) grouped = ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, FALSE);
  g_autoptr(CtChartLayer) stacked = ct_chart_bar_new (data, CT_CHART_BAR_STACKED, FALSE);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  CtChartRect rect;
  guint s, c;

  for (guint i = 0; i < 2; i++)
    {
      CtChartLayer *layer = i ? stacked : grouped;

      ct_chart_layer_set_domain (layer, 0, 100);
      ct_chart_layer_set_plot (layer, &plot);
    }
  /* The gap between two categories and the outside pick nothing. */
  g_assert_false (ct_chart_layer_pick (grouped, plot.x + plot.width / 7, plot.y + 150, &s, &c, NULL));
  g_assert_false (ct_chart_layer_pick (grouped, plot.x - 5, plot.y + 150, &s, &c, NULL));
  g_assert_false (ct_chart_layer_pick (stacked, plot.x + 10, plot.y + plot.height + 3, &s, &c, NULL));

  /* Stacked: the segment under the point, or the nearest (top) one above. */
  g_assert_true (ct_chart_bar_get_bar_rect (CT_CHART_BAR (stacked), 1, 3, &rect));
  assert_pick (stacked, rect.x + 2, rect.y + rect.height / 2, 1, 3);
  assert_pick (stacked, rect.x + 2, plot.y + 1, 2, 3);

  g_assert_true (ct_chart_layer_pick (stacked, rect.x + 2, rect.y + rect.height / 2, NULL, NULL, &text));
  expected = g_strdup_printf ("周四 · 投诉: %.0f", ct_chart_data_get_value (data, 1, 3));
  g_assert_cmpstr (text, ==, expected);
}

static void
test_bar_horizontal (void)
{
  g_autoptr(CtChartData) data = chart_test_department_rates ();
  g_autoptr(CtChartLayer) layer = ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, TRUE);
  g_autofree char *text = NULL;
  double previous = -1;

  g_assert_true (ct_chart_layer_get_horizontal (layer));
  ct_chart_layer_set_domain (layer, 0, 1);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
    {
      CtChartRect rect;

      g_assert_true (ct_chart_bar_get_bar_rect (CT_CHART_BAR (layer), 0, c, &rect));
      /* Rankings read top to bottom, bars grow to the right from zero. */
      g_assert_cmpfloat (rect.y, >, previous);
      g_assert_cmpfloat_with_epsilon (rect.x, plot.x, EPS);
      g_assert_cmpfloat_with_epsilon (rect.width, ct_chart_data_get_value (data, 0, c) * plot.width,
                                      EPS);
      previous = rect.y;
      assert_pick (layer, plot.x + 2, rect.y + rect.height / 2, 0, c);
    }
  text = ct_chart_layer_dup_item_text (layer, 0, 5);
  g_assert_cmpstr (text, ==, "综合管理部: 85.3 % ✗ target missed");
}

static void
test_donut_angles (void)
{
  g_autoptr(CtChartData) data = chart_test_kind_shares ();
  g_autoptr(CtChartLayer) layer = ct_chart_donut_new (data);
  CtChartDonut *donut = CT_CHART_DONUT (layer);
  CtChartRect square = { 0, 0, 300, 300 };
  g_autofree char *text = NULL;
  double sum = 0, end = -G_PI / 2;
  double cx, cy, inner, outer;

  ct_chart_layer_set_plot (layer, &square);
  ct_chart_donut_get_geometry (donut, &cx, &cy, &inner, &outer);
  g_assert_cmpfloat (cx, ==, 150);
  g_assert_cmpfloat (inner, <, outer);
  for (guint c = 0; c < 5; c++)
    {
      double a0, a1, middle, radius = (inner + outer) / 2;

      g_assert_true (ct_chart_donut_get_slice (donut, c, &a0, &a1));
      g_assert_cmpfloat_with_epsilon (a0, end, EPS);   /* slices follow each other */
      g_assert_cmpfloat (a1, >, a0);
      sum += a1 - a0;
      end = a1;
      middle = (a0 + a1) / 2;
      assert_pick (layer, cx + cos (middle) * radius, cy + sin (middle) * radius, 0, c);
    }
  g_assert_cmpfloat_with_epsilon (sum, 2 * G_PI, EPS);
  g_assert_false (ct_chart_layer_pick (layer, cx, cy, NULL, NULL, NULL));
  g_assert_false (ct_chart_layer_pick (layer, cx + outer + 2, cy, NULL, NULL, NULL));
  text = ct_chart_layer_dup_item_text (layer, 0, 0);
  g_assert_cmpstr (text, ==, "报修: 1,204 (66.3 %)");
}

static void
test_donut_skips_empty (void)
{
  g_autoptr(CtChartData) data = ct_chart_data_new (CT_CHART_UNIT_COUNT);
  g_autoptr(CtChartLayer) layer = NULL;
  static const double values[] = { 3, 0, -2, NAN, 5 };
  CtChartRect square = { 0, 0, 200, 200 };
  double a0, a1, b0, b1;

  ct_chart_data_add_series (data, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (values); c++)
    {
      ct_chart_data_add_category (data, "x");
      ct_chart_data_set_value (data, 0, c, values[c]);
    }
  layer = ct_chart_donut_new (data);
  ct_chart_layer_set_plot (layer, &square);
  for (guint c = 1; c < 4; c++)
    g_assert_false (ct_chart_donut_get_slice (CT_CHART_DONUT (layer), c, &a0, &a1));
  g_assert_true (ct_chart_donut_get_slice (CT_CHART_DONUT (layer), 0, &a0, &a1));
  g_assert_true (ct_chart_donut_get_slice (CT_CHART_DONUT (layer), 4, &b0, &b1));
  g_assert_cmpfloat_with_epsilon (a1 - a0, 2 * G_PI * 3 / 8, EPS);
  g_assert_cmpfloat_with_epsilon ((a1 - a0) + (b1 - b0), 2 * G_PI, EPS);
}

static void
test_heatmap_cells (void)
{
  g_autoptr(CtChartData) data = chart_test_intake ();
  g_autoptr(CtChartLayer) layer = ct_chart_heatmap_new (data);
  CtChartHeatmap *heatmap = CT_CHART_HEATMAP (layer);
  CtChartRect grid, first, cell;
  double pitch_x, pitch_y;

  draw_scratch (layer, &plot);
  ct_chart_heatmap_get_grid_rect (heatmap, &grid);
  /* Room for the weekday labels on the left and the hours underneath. */
  g_assert_cmpfloat (grid.x, >, plot.x + 10);
  g_assert_cmpfloat (grid.y + grid.height, <, plot.y + plot.height - 5);
  g_assert_cmpfloat_with_epsilon (grid.x + grid.width, plot.x + plot.width, EPS);
  pitch_x = grid.width / 24;
  pitch_y = grid.height / 7;
  g_assert_true (ct_chart_heatmap_get_cell_rect (heatmap, 0, 0, &first));
  g_assert_false (ct_chart_heatmap_get_cell_rect (heatmap, 7, 0, &cell));
  g_assert_false (ct_chart_heatmap_get_cell_rect (heatmap, 0, 24, &cell));
  for (guint r = 0; r < 7; r++)
    for (guint c = 0; c < 24; c++)
      {
        g_assert_true (ct_chart_heatmap_get_cell_rect (heatmap, r, c, &cell));
        g_assert_cmpfloat_with_epsilon (cell.x, first.x + pitch_x * c, EPS);
        g_assert_cmpfloat_with_epsilon (cell.y, first.y + pitch_y * r, EPS);
        g_assert_cmpfloat_with_epsilon (cell.width, first.width, EPS);
        g_assert_cmpfloat_with_epsilon (cell.height, first.height, EPS);
        g_assert_cmpfloat (cell.width, <, pitch_x);   /* a gap between cells */
        g_assert_cmpfloat (cell.x + cell.width, <=, grid.x + grid.width);
        g_assert_cmpfloat (cell.y + cell.height, <=, grid.y + grid.height);
        assert_pick (layer, cell.x + cell.width / 2, cell.y + cell.height / 2, r, c);
      }
  g_assert_false (ct_chart_layer_pick (layer, plot.x + 2, first.y + 2, NULL, NULL, NULL));
}

static void
test_line_points (void)
{
  g_autoptr(CtChartData) data = chart_test_daily_rate ();
  g_autoptr(CtChartLayer) layer = ct_chart_line_new (data, FALSE);
  CtChartLine *line = CT_CHART_LINE (layer);
  double slot = plot.width / 31;
  double min, max, x = 0, y = 0;

  /* The target is part of the extent: its line must be on the chart. */
  g_assert_true (ct_chart_layer_get_extent (layer, &min, &max));
  g_assert_cmpfloat (min, <=, 0.9);
  ct_chart_layer_set_domain (layer, 0.8, 1.0);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint c = 0; c < 31; c++)
    {
      double value = ct_chart_data_get_value (data, 0, c);

      if (c == 16)
        {
          g_assert_false (ct_chart_line_get_point (line, 0, c, &x, &y));
          continue;
        }
      g_assert_true (ct_chart_line_get_point (line, 0, c, &x, &y));
      g_assert_cmpfloat_with_epsilon (x, plot.x + slot * (c + 0.5), EPS);
      g_assert_cmpfloat_with_epsilon (y, plot.y + plot.height - (value - 0.8) / 0.2 * plot.height,
                                      1e-6);
      assert_pick (layer, x + slot * 0.3, plot.y + 3, 0, c);
    }
  g_assert_false (ct_chart_layer_pick (layer, plot.x + slot * 16.5, y, NULL, NULL, NULL));
}

static void
test_line_pick_nearest (void)
{
  g_autoptr(CtChartData) data = chart_test_weekly_kinds ();
  g_autoptr(CtChartLayer) layer = ct_chart_line_new (data, FALSE);
  double x, y;

  ct_chart_layer_set_domain (layer, 0, 100);
  ct_chart_layer_set_plot (layer, &plot);
  for (guint s = 0; s < 3; s++)
    {
      g_assert_true (ct_chart_line_get_point (CT_CHART_LINE (layer), s, 2, &x, &y));
      assert_pick (layer, x, y + 1, s, 2);
    }
}

static void
test_gauge (void)
{
  g_autoptr(CtChartData) data = chart_test_site_satisfaction ();
  g_autoptr(CtChartLayer) layer = ct_chart_gauge_new (data);
  g_autofree char *met = NULL;
  g_autofree char *missed = NULL;
  CtChartRect track, bar;

  draw_scratch (layer, &plot);
  for (guint c = 0; c < 3; c++)
    {
      g_assert_true (ct_chart_gauge_get_track_rect (CT_CHART_GAUGE (layer), c, &track));
      g_assert_true (ct_chart_gauge_get_value_rect (CT_CHART_GAUGE (layer), c, &bar));
      /* Percentages run from 0 to 100 % along the track. */
      g_assert_cmpfloat_with_epsilon (bar.x, track.x, EPS);
      g_assert_cmpfloat_with_epsilon (bar.width / track.width, ct_chart_data_get_value (data, 0, c),
                                      1e-9);
      g_assert_cmpfloat (track.y, >=, plot.y + plot.height / 3 * c);
      assert_pick (layer, track.x + 1, track.y + 1, 0, c);
    }
  met = ct_chart_layer_dup_item_text (layer, 0, 0);
  missed = ct_chart_layer_dup_item_text (layer, 0, 1);
  g_assert_cmpstr (met, ==, "翠湖花园: 92.3 % — 目标 ≥ 90.0 %, ✓ met");
  g_assert_cmpstr (missed, ==, "锦绣苑: 88.1 % — 目标 ≥ 90.0 %, ✗ missed");
}

static void
test_gauge_at_most (void)
{
  g_autoptr(CtChartData) data = chart_test_response_minutes ();
  g_autoptr(CtChartLayer) layer = ct_chart_gauge_new (data);
  g_autofree char *text = NULL;

  g_assert_false (ct_chart_data_target_met (data, 18.5));
  g_assert_true (ct_chart_data_target_met (data, 15));
  g_assert_true (ct_chart_data_target_met (data, 3));
  text = ct_chart_layer_dup_item_text (layer, 0, 0);
  g_assert_cmpstr (text, ==, "Average response: 19 min — Target ≤ 15 min, ✗ missed");
}

static void
test_describe (void)
{
  g_autoptr(CtChartData) weekly = chart_test_weekly_kinds ();
  g_autoptr(CtChartData) daily = chart_test_daily_rate ();
  g_autoptr(CtChartData) shares = chart_test_kind_shares ();
  g_autoptr(CtChartData) intake = chart_test_intake ();
  g_autoptr(CtChartLayer) bar = ct_chart_bar_new (weekly, CT_CHART_BAR_GROUPED, FALSE);
  g_autoptr(CtChartLayer) line = ct_chart_line_new (daily, FALSE);
  g_autoptr(CtChartLayer) donut = ct_chart_donut_new (shares);
  g_autoptr(CtChartLayer) heatmap = ct_chart_heatmap_new (intake);
  g_autoptr(CtChartLayer) empty = ct_chart_bar_new (NULL, CT_CHART_BAR_GROUPED, FALSE);
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL;

  ct_chart_layer_set_title (bar, "本周工单");
  a = ct_chart_layer_describe (bar);
  g_assert_true (g_str_has_prefix (a, "本周工单. 报修: 周一 40, 周二 47,"));
  g_assert_nonnull (strstr (a, "投诉: 周一 6,"));
  b = ct_chart_layer_describe (line);
  g_assert_nonnull (strstr (b, "31 values from 10-01 to 10-31, lowest"));
  g_assert_nonnull (strstr (b, "目标 ≥ 90.0 %."));
  c = ct_chart_layer_describe (donut);
  g_assert_true (g_str_has_prefix (c, "Shares: total 1,817. 报修: 1,204 (66.3 %),"));
  d = ct_chart_layer_describe (heatmap);
  g_assert_true (g_str_has_prefix (d, "Heatmap. Busiest: 周"));
  e = ct_chart_layer_describe (empty);
  g_assert_cmpstr (e, ==, "No data.");
}

static void
test_legend (void)
{
  g_autoptr(CtChartData) weekly = chart_test_weekly_kinds ();
  g_autoptr(CtChartData) intake = chart_test_intake ();
  g_autoptr(CtChartLayer) bar = ct_chart_bar_new (weekly, CT_CHART_BAR_STACKED, FALSE);
  g_autoptr(CtChartLayer) line = ct_chart_line_new (weekly, FALSE);
  g_autoptr(CtChartLayer) heatmap = ct_chart_heatmap_new (intake);
  g_autoptr(GArray) items = ct_chart_legend_items_new ();
  CtChartLegendItem *item;

  ct_chart_layer_set_color_offset (line, 3);
  ct_chart_layer_add_legend (bar, items);
  ct_chart_layer_add_legend (line, items);
  ct_chart_layer_add_legend (heatmap, items);
  g_assert_cmpuint (items->len, ==, 7);
  item = &g_array_index (items, CtChartLegendItem, 1);
  g_assert_cmpstr (item->label, ==, "投诉");
  g_assert_cmpint (item->style, ==, CT_CHART_LEGEND_SWATCH);
  g_assert_cmpuint (item->color, ==, 1);
  item = &g_array_index (items, CtChartLegendItem, 4);
  g_assert_cmpint (item->style, ==, CT_CHART_LEGEND_LINE);
  g_assert_cmpuint (item->color, ==, 4);
  g_assert_cmpuint (item->marker, !=, g_array_index (items, CtChartLegendItem, 3).marker);
  item = &g_array_index (items, CtChartLegendItem, 6);
  g_assert_cmpint (item->style, ==, CT_CHART_LEGEND_GRADIENT);
  g_assert_cmpstr (item->label, ==, "0 – 43");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/layout/bar-stacked", test_bar_stacked);
  g_test_add_func ("/charts/layout/bar-stacked-negative", test_bar_stacked_negative);
  g_test_add_func ("/charts/layout/bar-grouped", test_bar_grouped);
  g_test_add_func ("/charts/layout/bar-pick", test_bar_pick);
  g_test_add_func ("/charts/layout/bar-horizontal", test_bar_horizontal);
  g_test_add_func ("/charts/layout/donut-angles", test_donut_angles);
  g_test_add_func ("/charts/layout/donut-skips-empty", test_donut_skips_empty);
  g_test_add_func ("/charts/layout/heatmap-cells", test_heatmap_cells);
  g_test_add_func ("/charts/layout/line-points", test_line_points);
  g_test_add_func ("/charts/layout/line-pick-nearest", test_line_pick_nearest);
  g_test_add_func ("/charts/layout/gauge", test_gauge);
  g_test_add_func ("/charts/layout/gauge-at-most", test_gauge_at_most);
  g_test_add_func ("/charts/layout/describe", test_describe);
  g_test_add_func ("/charts/layout/legend", test_legend);

  return g_test_run ();
}
