/* test-dashboard-assets.c — the Dashboard tab over a demo company: a click
 * on an asset tile or on a bar of the asset chart shows exactly the assets
 * behind the figure in the Assets tab; the two seed deadlines stand as the
 * targets of their rates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "charts/ct-chart.h"
#include "dashboard-test-demo.h"

/* Asset drill-down */

static guint
assets_shown (DashboardFixture *fixture)
{
  g_assert_true (adw_view_stack_get_visible_child (fixture->stack) == GTK_WIDGET (fixture->assets));
  return g_list_model_get_n_items (ct_assets_page_get_model (fixture->assets));
}

/* A custom period of the first week of the year's ASSETS table whose intact
 * rate is below 100 %: the intact tile then has assets behind it. */
static void
choose_week_with_assets_down (DashboardFixture *fixture)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(CtDashboard) year = NULL;
  g_autoptr(GError) error = NULL;
  const CtDashboardTable *weeks;
  CtKpiPeriod period = { 0, 0, 0, DASHBOARD_TEST_NOW };

  g_assert_true (ct_dashboard_period_parse ("2025", tz, DASHBOARD_TEST_NOW, &period, &error));
  year = ct_dashboard_compute (fixture->file.db, &period, &error);
  g_assert_no_error (error);
  weeks = ct_dashboard_get_table (year, CT_DASHBOARD_ASSETS);
  for (guint r = 0; r < weeks->n_rows; r++)
    if (ct_dashboard_table_get (weeks, r, 1) < 1.0)
      {
        g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (weeks->row_from[r]);
        g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (weeks->row_to[r] - 1);
        g_autofree char *first_day = g_date_time_format (from, "%Y-%m-%d");
        g_autofree char *last_day = g_date_time_format (last, "%Y-%m-%d");

        ct_dashboard_page_set_custom (fixture->page, first_day, last_day);
        dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_computing);
        return;
      }
  g_assert_not_reached ();
}

static void
test_asset_tiles (DashboardFixture *fixture,
                  gconstpointer  data)
{
  const char *const keys[] = {
    "asset_intact_rate", "asset_availability", "mttr_hours", "pm_compliance_rate",
    "downtime_change_yoy",
  };
  const CtDashboard *result;
  double num, den;

  choose_week_with_assets_down (fixture);
  result = ct_dashboard_page_get_result (fixture->page);
  /* Not intact: the assets in service less the intact ones. */
  ct_asset_kpis_get_counts (ct_dashboard_get_asset_kpis (result), "asset_intact_rate", &num, &den);
  g_assert_cmpfloat (den - num, >, 0);
  g_assert_true (ct_dashboard_page_activate_tile (fixture->page, "asset_intact_rate"));
  g_assert_cmpuint (assets_shown (fixture), ==, (guint) (den - num));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      guint expected = ct_dashboard_get_asset_ids (result, keys[i])->len;
      g_autofree char *banner = NULL;

      adw_view_stack_set_visible_child (fixture->stack, GTK_WIDGET (fixture->page));
      g_assert_true (ct_dashboard_page_activate_tile (fixture->page, keys[i]));
      g_assert_cmpuint (assets_shown (fixture), ==, expected);
      banner = g_strdup_printf (expected == 1 ? "Showing the %u asset behind" :
                                "Showing the %u assets behind", expected);
      g_assert_true (g_str_has_prefix (ct_assets_page_get_ids_banner (fixture->assets), banner));
    }
  g_assert_cmpuint (ct_dashboard_get_asset_ids (result, "asset_availability")->len, >, 0);
}

/* A bar of the weekly downtime: the assets with downtime in that week. */
static void
test_asset_chart (DashboardFixture *fixture,
                  gconstpointer  data)
{
  CtChart *chart = NULL;
  CtChartData *chart_data;
  guint checked = 0;

  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_THIS_QUARTER);
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_computing);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->page->charts_box));
       child != NULL && chart == NULL; child = gtk_widget_get_next_sibling (child))
    {
      CtChart *candidate = CT_CHART (gui_test_find_descendant (child, CT_TYPE_CHART));

      if (g_strcmp0 (ct_chart_get_title (candidate), "Asset Downtime (hours)") == 0)
        chart = candidate;
    }
  g_assert_nonnull (chart);
  chart_data = ct_chart_layer_get_data (ct_chart_get_layer (chart, 0));
  for (guint c = 0; c < ct_chart_data_get_n_categories (chart_data) && checked < 3; c++)
    {
      const CtDashboard *result = ct_dashboard_page_get_result (fixture->page);
      g_autoptr(GArray) ids = NULL;
      CtKpiPeriod week;

      if (!(ct_chart_data_get_value (chart_data, 0, c) > 0))
        continue;
      g_assert_true (ct_dashboard_get_row_period (result, CT_DASHBOARD_ASSETS, c, &week));
      ids = ct_dashboard_asset_ids (fixture->file.db, &week, "asset_availability", NULL);
      g_assert_cmpuint (ids->len, >, 0);
      adw_view_stack_set_visible_child (fixture->stack, GTK_WIDGET (fixture->page));
      g_signal_emit_by_name (chart, "item-activated", 0u, 0u, c);
      g_assert_cmpuint (assets_shown (fixture), ==, ids->len);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* Deadlines */

static gboolean
tile_has_label (DashboardFixture *fixture,
                const char *key,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->page->tiles_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *widget = child;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "ct-kpi-key"), key) != 0)
        continue;
      /* Depth first over the tile. */
      while (widget != NULL)
        {
          if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
            return TRUE;
          if (gtk_widget_get_first_child (widget) != NULL)
            widget = gtk_widget_get_first_child (widget);
          else
            {
              while (widget != child && gtk_widget_get_next_sibling (widget) == NULL)
                widget = gtk_widget_get_parent (widget);
              widget = widget == child ? NULL : gtk_widget_get_next_sibling (widget);
            }
        }
    }
  return FALSE;
}

static void
test_deadlines (DashboardFixture *fixture,
                gconstpointer  data)
{
  g_assert_true (tile_has_label (fixture, "response_on_time_rate",
                                 "Target: each ≤\xc2\xa0" "15\xc2\xa0" "min"));
  g_assert_true (tile_has_label (fixture, "repair_on_time_rate",
                                 "Target: emergency on site ≤\xc2\xa0" "30\xc2\xa0" "min"));
  g_assert_true (tile_has_label (fixture, "tickets_created", "No target"));
  g_assert_false (tile_has_label (fixture, "tickets_created",
                                  "Target: each ≤\xc2\xa0" "15\xc2\xa0" "min"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gui_test_init (&argc, &argv);
  dashboard_test_make_template ();
#define ADD(path, func) \
  g_test_add ("/dashboard-assets/" path, DashboardFixture, NULL, dashboard_fixture_set_up, func, \
              dashboard_fixture_tear_down)
  ADD ("tiles", test_asset_tiles);
  ADD ("chart", test_asset_chart);
  ADD ("deadlines", test_deadlines);
#undef ADD
  status = gui_test_run ();
  dashboard_test_remove_template ();
  return status;
}
