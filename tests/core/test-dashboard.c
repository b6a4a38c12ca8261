/* test-dashboard.c — the dashboard's tables against values worked out by hand
 *
 * The 25 tickets of test-kpi-data.c, plus two departments (工程一部: the
 * repairs 1–6, 18 and 23; 客服一部: complaints 11, 13, 24 and consultations
 * 15, 22) and two assets of site 1 (asset 1 down Nov 4 10:00–16:00, asset 2
 * down from Nov 18 08:00, still down). "Now" is Fri 2025-11-21 12:40 (UTC+8);
 * the period is November 2025 (30 daily buckets; weeks from Mon).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ct-dashboard.h"
#include "ct-database-private.h"
#include "ct-test-util.h"
#include "test-kpi-data.h"

typedef struct
{
  CtTestFixture  base;
  CtDashboard   *dash;
} Fixture;

static void
exec (CtDatabase *db,
      const char *sql)
{
  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (db), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
}

static void
add_departments_and_assets (CtDatabase *db)
{
  g_autofree char *assets = g_strdup_printf (
    "INSERT INTO assets (id, code, name, category, site_id, status, service_from, "
    "created_at, updated_at) VALUES (1, 'A1', '水泵1', 'water', 1, 'in_service', %"
    G_GINT64_FORMAT ", 0, 0), (2, 'A2', '水泵2', 'water', 1, 'down', %" G_GINT64_FORMAT
    ", 0, 0);"
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ended_at, created_at, updated_at)"
    " VALUES (1, 'failure', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 0, 0),"
    " (2, 'failure', %" G_GINT64_FORMAT ", NULL, 0, 0);",
    OCT_START, OCT_START, NOV (4, 10, 0), NOV (4, 16, 0), NOV (18, 8, 0));

  exec (db, "INSERT INTO departments (id, code, name, created_at, updated_at) VALUES "
            "(101, 'T-ENG', '工程一部', 0, 0), (102, 'T-CS', '客服一部', 0, 0);"
            "UPDATE tickets SET department_id = 101 WHERE id IN (1, 2, 3, 4, 5, 6, 18, 23);"
            "UPDATE tickets SET department_id = 102 WHERE id IN (11, 13, 24, 15, 22);");
  exec (db, assets);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CtKpiPeriod period = { NOV_START, DEC_START, 0, 0 };
  g_autoptr(GError) error = NULL;

  ct_test_fixture_set_up (&f->base, "ct-dashboard-XXXXXX", "dashboard.db");
  f->base.db = ct_test_open (f->base.path, CT_DATABASE_OPEN_CREATE, f->base.clock);
  ct_test_kpi_fill (f->base.db);
  add_departments_and_assets (f->base.db);
  f->dash = ct_dashboard_compute (f->base.db, &period, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->dash);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->dash, ct_dashboard_free);
  ct_test_fixture_tear_down (&f->base);
}

static double
cell (Fixture            *f,
      CtDashboardTableId  id,
      guint               row,
      const char         *column)
{
  const CtDashboardTable *t = ct_dashboard_get_table (f->dash, id);
  int c = ct_dashboard_table_find_column (t, column);

  g_assert_cmpint (c, >=, 0);
  return ct_dashboard_table_get (t, row, (guint) c);
}

static double
column_sum (const CtDashboardTable *t,
            guint                   column)
{
  double sum = 0;

  for (guint r = 0; r < t->n_rows; r++)
    sum += ct_dashboard_table_get (t, r, column);
  return sum;
}

static void
test_periods (Fixture       *f,
              gconstpointer  data)
{
  const CtKpiPeriod *prev = ct_dashboard_get_previous_period (f->dash);

  g_assert_false (ct_dashboard_get_weekly (f->dash));
  g_assert_cmpint (ct_dashboard_get_period (f->dash)->now, ==, CT_TEST_NOW);
  /* A calendar month: the previous one is October, not the last 30 days. */
  g_assert_cmpint (prev->from, ==, OCT_START);
  g_assert_cmpint (prev->to, ==, NOV_START);
}

static void
test_tiles (Fixture       *f,
            gconstpointer  data)
{
  CtDashboardTile tile;
  g_autofree char *text = NULL;

  g_assert_true (ct_dashboard_get_tile (f->dash, "tickets_created", &tile));
  g_assert_cmpfloat (tile.value, ==, 18);     /* 1–15, 22–24 less 16, 17 (void) */
  g_assert_cmpfloat (tile.previous, ==, 4);   /* 18, 19, 20, 25 */
  g_assert_false (tile.has_target);
  /* Visits of November with a score: 1, 3, 4, 6, 11, 18, 23; 4 or 5: five. */
  g_assert_true (ct_dashboard_get_tile (f->dash, "satisfaction_rate", &tile));
  g_assert_cmpfloat_with_epsilon (tile.value, 5.0 / 7, 1e-9);
  g_assert_true (tile.has_target);
  g_assert_cmpfloat (tile.target, ==, 0.90);
  g_assert_false (tile.met);
  /* Asset 2 down at now: one of two intact, against ≥ 98 %. */
  g_assert_true (ct_dashboard_get_tile (f->dash, "asset_intact_rate", &tile));
  g_assert_cmpfloat_with_epsilon (tile.value, 0.5, 1e-9);
  g_assert_false (tile.met);
  g_assert_false (ct_dashboard_get_tile (f->dash, "no_such_kpi", &tile));
  text = ct_dashboard_format_value (f->dash, "tickets_created", TRUE);
  g_assert_cmpstr (text, ==, "4");
}

static void
test_tickets_by_kind (Fixture       *f,
                      gconstpointer  data)
{
  const CtDashboardTable *t = ct_dashboard_get_table (f->dash, CT_DASHBOARD_TICKETS_BY_KIND);

  g_assert_cmpuint (t->n_rows, ==, 30);
  g_assert_cmpstr (t->row_labels[0], ==, "11-01");
  g_assert_cmpint (t->row_from[20], ==, NOV (21, 0, 0));
  g_assert_cmpint (t->row_to[20], ==, NOV (22, 0, 0));
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_TICKETS_BY_KIND, 0, "consultation"), ==, 1);  /* 22 */
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_TICKETS_BY_KIND, 20, "repair"), ==, 2);       /* 9, 10 */
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_TICKETS_BY_KIND, 8, "repair"), ==, 0);        /* 16 void */
  g_assert_cmpfloat (column_sum (t, 0), ==, 11);
  g_assert_cmpfloat (column_sum (t, 1), ==, 5);
  g_assert_cmpfloat (column_sum (t, 2), ==, 2);
}

static void
test_on_time_and_backlog (Fixture       *f,
                          gconstpointer  data)
{
  CtDashboardTile open, overdue;

  /* Nov 3: repair 1 on site by 09:25 of 09:30; Nov 10: repair 4 resolved late. */
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_ON_TIME_RATE, 2, "repair_on_time_rate"), ==, 1.0);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_ON_TIME_RATE, 9, "repair_on_time_rate"), ==, 0.0);
  g_assert_true (isnan (cell (f, CT_DASHBOARD_ON_TIME_RATE, 1, "repair_on_time_rate")));
  /* End of Nov 1: 18 (resolved Nov 2) and 19 open, both past a deadline. */
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_BACKLOG, 0, "open"), ==, 2);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_BACKLOG, 0, "overdue"), ==, 2);
  /* The last bucket begun ends at now: the tiles' figures. */
  ct_dashboard_get_tile (f->dash, "backlog_open", &open);
  ct_dashboard_get_tile (f->dash, "overdue_open", &overdue);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_BACKLOG, 20, "open"), ==, open.value);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_BACKLOG, 20, "overdue"), ==, overdue.value);
  g_assert_true (isnan (cell (f, CT_DASHBOARD_BACKLOG, 21, "open")));
}

static void
test_response_time (Fixture       *f,
                    gconstpointer  data)
{
  const double expected[] = { 8, 2, 1, 4, 1 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  for (guint r = 0; r < G_N_ELEMENTS (expected); r++)
    g_assert_cmpfloat (cell (f, CT_DASHBOARD_RESPONSE_TIME, r, "tickets"), ==, expected[r]);
  /* 30–60 min: ticket 7 accepted 30 minutes after it came in. */
  ids = ct_dashboard_table_get_ids (f->base.db, f->dash, CT_DASHBOARD_RESPONSE_TIME, 2, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 7);
}

static void
test_departments (Fixture       *f,
                  gconstpointer  data)
{
  const CtDashboardTable *t = ct_dashboard_get_table (f->dash, CT_DASHBOARD_DEPARTMENTS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_cmpuint (t->n_rows, ==, 2);
  g_assert_cmpstr (t->row_labels[0], ==, "工程一部");
  g_assert_cmpint (t->row_id[0], ==, 101);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_DEPARTMENTS, 0, "resolved"), ==, 8);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_DEPARTMENTS, 0, "on_time"), 0.75, 1e-9);
  g_assert_cmpfloat (cell (f, CT_DASHBOARD_DEPARTMENTS, 1, "resolved"), ==, 5);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_DEPARTMENTS, 1, "on_time"), 0.8, 1e-9);
  ids = ct_dashboard_table_get_ids (f->base.db, f->dash, CT_DASHBOARD_DEPARTMENTS, 1, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 5);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 11);
  g_assert_cmpint (g_array_index (ids, gint64, 4), ==, 24);
}

static void
test_weeks (Fixture       *f,
            gconstpointer  data)
{
  const CtDashboardTable *t = ct_dashboard_get_table (f->dash, CT_DASHBOARD_SATISFACTION);

  /* Sat Nov 1 (clipped), weeks from Nov 3, 10, 17, 24. */
  g_assert_cmpuint (t->n_rows, ==, 5);
  g_assert_cmpint (t->row_from[1], ==, NOV (3, 0, 0));
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_SATISFACTION, 0, "score"), 80, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_SATISFACTION, 1, "score"), 95, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_SATISFACTION, 2, "score"), 50, 1e-9);
  g_assert_true (isnan (cell (f, CT_DASHBOARD_SATISFACTION, 3, "score")));
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_ASSETS, 1, "downtime_hours"), 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_ASSETS, 1, "intact_rate"), 1, 1e-9);
  /* Nov 18 08:00 to now (Nov 21 12:40): 76 h 40 min. */
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_ASSETS, 3, "downtime_hours"),
                                  76 + 40 / 60.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (cell (f, CT_DASHBOARD_ASSETS, 3, "intact_rate"), 0.5, 1e-9);
  g_assert_true (isnan (cell (f, CT_DASHBOARD_ASSETS, 4, "intact_rate")));
}

static void
test_heatmap (Fixture       *f,
              gconstpointer  data)
{
  const CtDashboardTable *t = ct_dashboard_get_table (f->dash, CT_DASHBOARD_HEATMAP);
  double total = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_cmpuint (t->n_rows, ==, 7);
  g_assert_cmpuint (t->n_columns, ==, 24);
  for (guint c = 0; c < 24; c++)
    total += column_sum (t, c);
  g_assert_cmpfloat (total, ==, 18);
  g_assert_cmpfloat (ct_dashboard_table_get (t, 5, 0), ==, 1);   /* 22: Sat 00:00 */
  g_assert_cmpfloat (ct_dashboard_table_get (t, 0, 9), ==, 1);   /* 1: Mon 09:00 */
  g_assert_cmpfloat (ct_dashboard_table_get (t, 4, 12), ==, 1);  /* 9: Fri 12:30 */
  ids = ct_dashboard_table_get_ids (f->base.db, f->dash, CT_DASHBOARD_HEATMAP, 4, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);   /* Fridays: 23, 9, 10 */
}

static void
assert_period (const char *text,
               gint64      from,
               gint64      to)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  CtKpiPeriod p = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_dashboard_period_parse (text, tz, CT_TEST_NOW, &p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (p.from, ==, from);
  g_assert_cmpint (p.to, ==, to);
}

static void
test_period_parse (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  CtKpiPeriod p = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  const gint64 jan_2026 = 1767196800;   /* 2026-01-01 00:00 +08 */

  assert_period ("2025-11", NOV_START, DEC_START);
  assert_period ("2025-Q4", OCT_START, jan_2026);
  assert_period ("2025", 1735660800, jan_2026);
  assert_period ("this-month", NOV_START, DEC_START);
  assert_period ("last-month", OCT_START, NOV_START);
  assert_period ("this-quarter", OCT_START, jan_2026);
  assert_period ("last-year", 1704038400, 1735660800);
  assert_period ("2025-11-03..2025-11-09", NOV (3, 0, 0), NOV (10, 0, 0));
  g_assert_false (ct_dashboard_period_parse ("2025-13", tz, CT_TEST_NOW, &p, &error));
  g_assert_error (error, CT_DASHBOARD_ERROR, CT_DASHBOARD_ERROR_PERIOD);
  p = (CtKpiPeriod) { OCT_START, jan_2026, 0, 0 };
  title = ct_dashboard_period_title (&p, tz);
  g_assert_cmpstr (title, ==, "Q4 2025");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/dashboard/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("periods", test_periods);
  ADD ("tiles", test_tiles);
  ADD ("tickets-by-kind", test_tickets_by_kind);
  ADD ("on-time-and-backlog", test_on_time_and_backlog);
  ADD ("response-time", test_response_time);
  ADD ("departments", test_departments);
  ADD ("weeks", test_weeks);
  ADD ("heatmap", test_heatmap);
#undef ADD
  g_test_add_func ("/dashboard/period-parse", test_period_parse);

  return g_test_run ();
}
