/* test-dashboard-grouped.c — the dashboard's bucket tables, computed for all
 * buckets at once, equal the KPIs of each bucket computed on their own; and
 * the assets behind each asset figure are exactly the ones it counts
 *
 * One demo company (2,500 tickets of the year before CT_TEST_NOW, 400 assets
 * with their downtime and maintenance) is made once; each test computes the
 * dashboard of a month (days, some after now), a quarter and a year (weeks),
 * for every site and for one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ct-asset-kpi.h"
#include "ct-dashboard.h"
#include "ct-demo-tickets.h"
#include "ct-test-util.h"

#define N_TICKETS 2500
#define N_ASSETS  400

static CtTestFixture company;
static gint64 first_site;

static void
make_company (void)
{
  g_autoptr(GError) error = NULL;
  CtDemoOptions options;

  ct_test_fixture_set_up (&company, "ct-dashboard-grouped-XXXXXX", "company.db");
  company.db = ct_test_open (company.path, CT_DATABASE_OPEN_CREATE, company.clock);
  ct_demo_options_init (&options);
  options.n_assets = N_ASSETS;
  g_assert_true (ct_demo_generate_company (company.db, &options, N_TICKETS, CT_TEST_NOW,
                                           NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  first_site = ct_test_query_int (company.db, "SELECT min(id) FROM sites");
}

/* Both without a value, or equal: the same arithmetic gives the same double. */
static void
assert_same (double      grouped,
             double      alone,
             const char *what,
             guint       row)
{
  if (isnan (grouped) && isnan (alone))
    return;
  if (grouped != alone)
    g_error ("%s, row %u: %.17g grouped, %.17g bucket by bucket", what, row, grouped, alone);
}

static double
ticket_value (const CtTicketKpis *kpis,
              const char         *key)
{
  double value;

  return ct_ticket_kpis_get_value (kpis, key, &value) ? value : NAN;
}

static double
cell (const CtDashboard  *dash,
      CtDashboardTableId  id,
      guint               row,
      const char         *column)
{
  const CtDashboardTable *t = ct_dashboard_get_table (dash, id);
  int c = ct_dashboard_table_find_column (t, column);

  g_assert_cmpint (c, >=, 0);
  return ct_dashboard_table_get (t, row, (guint) c);
}

/* Days or weeks of tickets: kinds, on-time rates and the backlog. */
static void
check_ticket_buckets (const CtDashboard *dash,
                      CtDatabase        *db)
{
  const CtDashboardTable *kinds = ct_dashboard_get_table (dash, CT_DASHBOARD_TICKETS_BY_KIND);
  const CtKpiPeriod *period = ct_dashboard_get_period (dash);
  gint64 total = 0;

  g_assert_cmpuint (kinds->n_rows, >, 0);
  for (guint r = 0; r < kinds->n_rows; r++)
    {
      g_autoptr(CtTicketKpis) kpis = NULL;
      g_autoptr(GError) error = NULL;
      gint64 overdue, open;
      CtKpiPeriod p;

      g_assert_true (ct_dashboard_get_row_period (dash, CT_DASHBOARD_TICKETS_BY_KIND, r, &p));
      kpis = ct_ticket_kpis_compute (db, &p, &error);
      g_assert_no_error (error);
      for (guint k = 0; k < kinds->n_columns; k++)
        assert_same (ct_dashboard_table_get (kinds, r, k),
                     ct_ticket_kpis_get_created_by_kind (kpis, kinds->column_keys[k]),
                     kinds->column_keys[k], r);
      total += ct_ticket_kpis_get_created_by_kind (kpis, "repair");
      if (p.from > period->now)
        {
          g_assert_true (isnan (cell (dash, CT_DASHBOARD_ON_TIME_RATE, r, "repair_on_time_rate")));
          g_assert_true (isnan (cell (dash, CT_DASHBOARD_BACKLOG, r, "open")));
          continue;
        }
      assert_same (cell (dash, CT_DASHBOARD_ON_TIME_RATE, r, "repair_on_time_rate"),
                   ticket_value (kpis, "repair_on_time_rate"), "repairs on time", r);
      assert_same (cell (dash, CT_DASHBOARD_ON_TIME_RATE, r, "response_on_time_rate"),
                   ticket_value (kpis, "response_on_time_rate"), "response on time", r);
      ct_ticket_kpis_get_counts (kpis, "overdue_open", &overdue, &open);
      assert_same (cell (dash, CT_DASHBOARD_BACKLOG, r, "open"), open, "open", r);
      assert_same (cell (dash, CT_DASHBOARD_BACKLOG, r, "overdue"), overdue, "overdue", r);
    }
  /* The demo has repairs in every period tested: the sums are not all 0. */
  g_assert_cmpint (total, >, 0);
}

/* Weeks of return visits and assets. */
static void
check_week_buckets (const CtDashboard *dash,
                    CtDatabase        *db)
{
  const CtDashboardTable *weeks = ct_dashboard_get_table (dash, CT_DASHBOARD_SATISFACTION);
  const CtKpiPeriod *period = ct_dashboard_get_period (dash);
  double downtime = 0;

  for (guint r = 0; r < weeks->n_rows; r++)
    {
      g_autoptr(CtTicketKpis) tickets = NULL;
      g_autoptr(CtAssetKpis) assets = NULL;
      g_autoptr(GError) error = NULL;
      double down, service, intact;
      CtKpiPeriod p;

      g_assert_true (ct_dashboard_get_row_period (dash, CT_DASHBOARD_ASSETS, r, &p));
      if (p.from > period->now)
        {
          g_assert_true (isnan (cell (dash, CT_DASHBOARD_SATISFACTION, r, "score")));
          g_assert_true (isnan (cell (dash, CT_DASHBOARD_ASSETS, r, "downtime_hours")));
          continue;
        }
      tickets = ct_ticket_kpis_compute (db, &p, &error);
      g_assert_no_error (error);
      assets = ct_asset_kpis_compute (db, &p, &error);
      g_assert_no_error (error);
      assert_same (cell (dash, CT_DASHBOARD_SATISFACTION, r, "score"),
                   ticket_value (tickets, "satisfaction_score"), "satisfaction", r);
      ct_asset_kpis_get_counts (assets, "asset_availability", &down, &service);
      assert_same (cell (dash, CT_DASHBOARD_ASSETS, r, "downtime_hours"), down / 3600.0,
                   "downtime", r);
      if (!ct_asset_kpis_get_value (assets, "asset_intact_rate", &intact))
        intact = NAN;
      assert_same (cell (dash, CT_DASHBOARD_ASSETS, r, "intact_rate"), intact, "intact", r);
      downtime += down;
    }
  g_assert_cmpfloat (downtime, >, 0);
}

static CtDashboard *
compute (const char *text,
         gint64      site_id)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GError) error = NULL;
  CtKpiPeriod period = { 0, 0, site_id, CT_TEST_NOW };
  CtDashboard *dash;

  g_assert_true (ct_dashboard_period_parse (text, tz, CT_TEST_NOW, &period, &error));
  g_assert_no_error (error);
  dash = ct_dashboard_compute (company.db, &period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dash);
  return dash;
}

static void
test_buckets (gconstpointer data)
{
  const char *text = data;
  g_autoptr(CtDashboard) all = compute (text, 0);
  g_autoptr(CtDashboard) one = compute (text, first_site);

  check_ticket_buckets (all, company.db);
  check_week_buckets (all, company.db);
  check_ticket_buckets (one, company.db);
  check_week_buckets (one, company.db);
}

/* Drill-down */

static gint64
array_sum_counts (const GArray      *ids,
                  const CtKpiPeriod *period,
                  const char        *key,
                  gboolean           numerator)
{
  double sum = 0;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtAssetKpis) one = ct_asset_kpis_compute_for_asset (company.db, period,
                                                                    g_array_index (ids, gint64, i),
                                                                    &error);
      double num, den;

      g_assert_no_error (error);
      ct_asset_kpis_get_counts (one, key, &num, &den);
      /* Every asset listed adds to what it is listed for. */
      g_assert_cmpfloat (numerator ? num : den, >, 0);
      sum += numerator ? num : den;
    }
  return (gint64) sum;
}

/* Not intact: in service less intact, each one down at the instant. */
static void
check_not_intact (const GArray      *down,
                  const CtKpiPeriod *period,
                  const CtAssetKpis *kpis)
{
  double num, den;

  ct_asset_kpis_get_counts (kpis, "asset_intact_rate", &num, &den);
  g_assert_cmpuint (down->len, ==, (guint) (den - num));
  for (guint i = 0; i < down->len; i++)
    {
      g_autoptr(CtAssetKpis) one = ct_asset_kpis_compute_for_asset (company.db, period,
                                                                    g_array_index (down, gint64, i),
                                                                    NULL);
      double n, d;

      ct_asset_kpis_get_counts (one, "asset_intact_rate", &n, &d);
      g_assert_cmpfloat (d, ==, 1);
      g_assert_cmpfloat (n, ==, 0);
    }
}

static void
check_asset_ids (const CtDashboard *dash)
{
  const CtKpiPeriod *period = ct_dashboard_get_period (dash);
  const CtAssetKpis *kpis = ct_dashboard_get_asset_kpis (dash);
  const GArray *down = ct_dashboard_get_asset_ids (dash, "asset_intact_rate");
  const GArray *with_downtime = ct_dashboard_get_asset_ids (dash, "asset_availability");
  const GArray *failed = ct_dashboard_get_asset_ids (dash, "mtbf_hours");
  const GArray *repaired = ct_dashboard_get_asset_ids (dash, "mttr_hours");
  double num, den;

  g_assert_null (ct_dashboard_get_asset_ids (dash, "tickets_created"));
  check_not_intact (down, period, kpis);
  /* The listed assets hold all the downtime, failures and repairs. */
  ct_asset_kpis_get_counts (kpis, "asset_availability", &num, &den);
  g_assert_cmpuint (with_downtime->len, >, 0);
  g_assert_cmpint (array_sum_counts (with_downtime, period, "asset_availability", TRUE), ==,
                   (gint64) num);
  ct_asset_kpis_get_counts (kpis, "mtbf_hours", &num, &den);
  g_assert_cmpint (array_sum_counts (failed, period, "mtbf_hours", FALSE), ==, (gint64) den);
  ct_asset_kpis_get_counts (kpis, "mttr_hours", &num, &den);
  g_assert_cmpint (array_sum_counts (repaired, period, "mttr_hours", FALSE), ==, (gint64) den);
  g_assert_cmpint (array_sum_counts (repaired, period, "mttr_hours", TRUE), ==, (gint64) num);
}

static void
test_asset_ids (void)
{
  g_autoptr(CtDashboard) month = compute ("2025-11", 0);
  g_autoptr(CtDashboard) site = compute ("2025-10", first_site);
  const CtDashboardTable *weeks = ct_dashboard_get_table (month, CT_DASHBOARD_ASSETS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) week = NULL;
  CtKpiPeriod p;

  check_asset_ids (month);
  check_asset_ids (site);
  /* A bar of the weekly chart: the assets down in that week. */
  g_assert_true (ct_dashboard_get_row_period (month, CT_DASHBOARD_ASSETS, 1, &p));
  week = ct_dashboard_asset_ids (company.db, &p, "asset_availability", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->len, >, 0);
  g_assert_cmpuint (week->len, <=, ct_dashboard_get_asset_ids (month, "asset_availability")->len);
  g_assert_cmpfloat (ct_dashboard_table_get (weeks, 1, 0) * 3600.0, ==,
                     (double) array_sum_counts (week, &p, "asset_availability", TRUE));
}

/* A point of the weekly intact rate below 100 %: the assets down at the end
 * of that week. */
static void
test_not_intact (void)
{
  g_autoptr(CtDashboard) year = compute ("2025", 0);
  const CtDashboardTable *weeks = ct_dashboard_get_table (year, CT_DASHBOARD_ASSETS);
  guint checked = 0;

  for (guint r = 0; r < weeks->n_rows && checked < 4; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) down = NULL;
      g_autoptr(CtAssetKpis) kpis = NULL;
      CtKpiPeriod p;

      if (!(ct_dashboard_table_get (weeks, r, 1) < 1.0))
        continue;
      g_assert_true (ct_dashboard_get_row_period (year, CT_DASHBOARD_ASSETS, r, &p));
      down = ct_dashboard_asset_ids (company.db, &p, "asset_intact_rate", &error);
      g_assert_no_error (error);
      kpis = ct_asset_kpis_compute (company.db, &p, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (down->len, >, 0);
      check_not_intact (down, &p, kpis);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* The seed's deadlines stand for the missing rate targets of two tiles. */
static void
test_deadlines (void)
{
  g_autoptr(CtDashboard) month = compute ("2025-11", 0);
  CtDashboardTile tile;

  g_assert_true (ct_dashboard_get_tile (month, "response_on_time_rate", &tile));
  g_assert_false (tile.has_target);
  g_assert_cmpstr (tile.deadline, ==, "each ≤\xc2\xa0" "15\xc2\xa0" "min");
  g_assert_true (ct_dashboard_get_tile (month, "repair_on_time_rate", &tile));
  g_assert_cmpstr (tile.deadline, ==, "emergency on site ≤\xc2\xa0" "30\xc2\xa0" "min");
  g_assert_true (ct_dashboard_get_tile (month, "satisfaction_rate", &tile));
  g_assert_null (tile.deadline);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);
  make_company ();

  g_test_add_data_func ("/dashboard-grouped/month", "2025-11", test_buckets);
  g_test_add_data_func ("/dashboard-grouped/quarter", "2025-Q3", test_buckets);
  g_test_add_data_func ("/dashboard-grouped/year", "2025", test_buckets);
  g_test_add_func ("/dashboard-grouped/asset-ids", test_asset_ids);
  g_test_add_func ("/dashboard-grouped/not-intact", test_not_intact);
  g_test_add_func ("/dashboard-grouped/deadlines", test_deadlines);

  status = g_test_run ();
  ct_test_fixture_tear_down (&company);
  return status;
}
