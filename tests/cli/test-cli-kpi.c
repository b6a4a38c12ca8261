/* test-cli-kpi.c — caretaker-cli kpi: the JSON keys and values on a small
 * database worked out by hand, the text table, and the error exits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cli-test-util.h"

/* November 2025 in Asia/Shanghai (UTC+8) as UTC seconds. */
#define NOV(d, h, m) (1761926400 + ((((gint64) (d) - 1) * 24 + (h)) * 60 + (m)) * 60)

typedef struct
{
  char *dir;
  char *db;
} Fixture;

/* Assets: a pump of S1 with a 12-hour failure on Nov 10, a pump of S2 that
 * never stopped, both in service since 2020, and a task of the pump of S1 due
 * Nov 12 and done on the 11th. */
static void
fill_assets (const char *path)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO assets (id, code, name, category, site_id, service_from, created_at, "
    "  updated_at) VALUES (1, 'P1', '生活水泵', 'water', 1, 1577808000, 0, 0), "
    "  (2, 'P2', '消防泵', 'fire', 2, 1577808000, 0, 0);"
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ended_at, created_at, updated_at) "
    "  VALUES (1, 'failure', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 0, 0);"
    "INSERT INTO maintenance_plans (id, asset_id, title, rrule, starts_on, created_at, "
    "  updated_at) VALUES (1, 1, '月保', 'FREQ=MONTHLY', '2025-01-12', 0, 0);"
    "INSERT INTO maintenance_tasks (plan_id, asset_id, due_on, status, completed_on, "
    "  created_at, updated_at) VALUES (1, 1, '2025-11-12', 'done', '2025-11-11', 0, 0);",
    NOV (10, 8, 0), NOV (10, 20, 0));

  exec_sql (path, sql);
}

/* Site 1 阳光花园 (S1), site 2 翠湖苑 (S2); tickets:
 * 1 routine repair, S1: accepted on time, resolved on time after 600 min, visited (5);
 * 2 emergency repair, S1: accepted late, on site late, resolved after 120 min;
 * 3 complaint, S2: accepted on time, resolution due Nov 11, still open (overdue);
 * 4 cancelled repair, S1: in no KPI. */
static void
fill_database (const char *path)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO sites (id, code, name, created_at, updated_at) "
    "  VALUES (1, 'S1', '阳光花园', 0, 0), (2, 'S2', '翠湖苑', 0, 0);"
    "INSERT INTO tickets (id, code, kind, repair_class, site_id, title, status, created_at, "
    "  updated_at, accepted_at, arrived_at, resolved_at, visited_at, satisfaction, "
    "  due_response_at, due_arrival_at, due_resolution_at) VALUES "
    "(1, 'T1', 'repair', 'routine', 1, 't', 'visited', %" G_GINT64_FORMAT ", 0, "
    "  %" G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 5, "
    "  %" G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT "),"
    "(2, 'T2', 'repair', 'emergency', 1, 't', 'resolved', %" G_GINT64_FORMAT ", 0, "
    "  %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", NULL, NULL, "
    "  %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "),"
    "(3, 'T3', 'complaint', '', 2, 't', 'dispatched', %" G_GINT64_FORMAT ", 0, "
    "  %" G_GINT64_FORMAT ", NULL, NULL, NULL, NULL, "
    "  %" G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT "),"
    "(4, 'T4', 'repair', 'routine', 1, 't', 'cancelled', %" G_GINT64_FORMAT ", 0, "
    "  NULL, NULL, NULL, NULL, NULL, %" G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT ");",
    NOV (3, 9, 0), NOV (3, 9, 10), NOV (3, 19, 0), NOV (4, 10, 0),
    NOV (3, 9, 15), NOV (4, 9, 0),
    NOV (5, 10, 0), NOV (5, 10, 30), NOV (5, 10, 50), NOV (5, 12, 0),
    NOV (5, 10, 15), NOV (5, 10, 30), NOV (5, 22, 0),
    NOV (6, 9, 0), NOV (6, 10, 0), NOV (6, 11, 0), NOV (11, 18, 0),
    NOV (7, 9, 0), NOV (7, 9, 15), NOV (8, 9, 0));

  exec_sql (path, sql);
  fill_assets (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = cli_test_make_dir ("caretaker-cli-kpi-XXXXXX");
  f->db = g_build_filename (f->dir, "kpi.db", NULL);
  cli_test_init_database (f->db);
  fill_database (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
assert_fraction (JsonObject *root,
                 const char *key,
                 double      expected)
{
  g_assert_true (json_object_has_member (root, key));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, key), expected, 1e-9);
}

static void
assert_null (JsonObject *root,
             const char *key)
{
  g_assert_true (json_object_has_member (root, key));
  g_assert_true (json_object_get_null_member (root, key));
}

/* Every site, now Nov 21 12:40. */
static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) root = NULL;
  JsonObject *by_kind, *counts;

  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
           "--now", "2025-11-21 12:40", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, "2025-11-01T00:00:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (root, "now"), ==, "2025-11-21T12:40:00+08:00");
  /* 1, 2, 3; 4 is cancelled. */
  g_assert_cmpint (json_object_get_int_member (root, "tickets_created"), ==, 3);
  by_kind = json_object_get_object_member (root, "tickets_created_by_kind");
  g_assert_cmpint (json_object_get_int_member (by_kind, "repair"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (by_kind, "complaint"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (by_kind, "praise"), ==, 0);
  /* 2 of 3 accepted in time, rounded to four decimals. */
  assert_fraction (root, "response_on_time_rate", 0.6667);
  /* 1 resolved in time; 2 on site late. */
  assert_fraction (root, "repair_on_time_rate", 0.5);
  /* 3 open: not closed, and late (due Nov 11). 0 % is a value, not null. */
  assert_fraction (root, "complaint_closure_rate", 0.0);
  assert_fraction (root, "complaint_on_time_rate", 0.0);
  assert_fraction (root, "repeat_complaint_rate", 0.0);
  /* Resolved: 1 (visited) and 2; no complaint resolved → null. */
  assert_fraction (root, "return_visit_rate", 0.5);
  assert_fraction (root, "return_visit_rate_repairs", 0.5);
  assert_null (root, "return_visit_rate_complaints");
  assert_fraction (root, "first_time_fix_rate", 1.0);
  assert_fraction (root, "satisfaction_rate", 1.0);
  assert_fraction (root, "satisfaction_score", 100.0);
  /* 600 and 120 minutes: mean and median 360, 90th percentile (rank 2) 600. */
  assert_fraction (root, "mean_time_to_resolve", 360.0);
  assert_fraction (root, "median_time_to_resolve", 360.0);
  assert_fraction (root, "p90_time_to_resolve", 600.0);
  g_assert_cmpint (json_object_get_int_member (root, "backlog_open"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "overdue_open"), ==, 1);
  counts = json_object_get_object_member (json_object_get_object_member (root, "counts"),
                                          "response_on_time_rate");
  g_assert_cmpint (json_object_get_int_member (counts, "numerator"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (counts, "denominator"), ==, 3);

  /* Assets, at the top level beside the tickets. Both pumps in service and
   * up at Nov 21 12:40; each in service 492 h 40 min since Nov 1, together
   * 985 h 20 min, of which 12 h down: 1 − 12 ÷ 985.33 = 0.98782. */
  assert_fraction (root, "asset_intact_rate", 1.0);
  assert_fraction (root, "asset_availability", 0.9878);
  /* One failure started and ended: 985.33 h between failures, 12 h to repair. */
  assert_fraction (root, "mtbf_hours", 985.33);
  assert_fraction (root, "mttr_hours", 12.0);
  /* Due Nov 12, done the 11th. */
  assert_fraction (root, "pm_compliance_rate", 1.0);
  /* No downtime in November 2024. */
  assert_null (root, "downtime_change_yoy");
  counts = json_object_get_object_member (json_object_get_object_member (root, "asset_counts"),
                                          "asset_availability");
  g_assert_cmpint (json_object_get_int_member (counts, "numerator"), ==, 12 * 3600);
  g_assert_cmpint (json_object_get_int_member (counts, "denominator"), ==, 2 * 1773600);
}

/* --site takes the name or the code. */
static void
test_site (Fixture       *f,
           gconstpointer  data)
{
  static const char *const sites[] = { "翠湖苑", "S2" };

  for (guint i = 0; i < G_N_ELEMENTS (sites); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonObject) root = NULL;

      run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
               "--now", "2025-11-21 12:40", "--site", sites[i], "--json", NULL);
      g_assert_cmpint (run.status, ==, 0);
      root = parse_json (run.out);
      g_assert_cmpint (json_object_get_int_member (root, "site_id"), ==, 2);
      g_assert_cmpint (json_object_get_int_member (root, "tickets_created"), ==, 1);
      assert_fraction (root, "response_on_time_rate", 1.0);
      assert_null (root, "repair_on_time_rate");
      assert_null (root, "mean_time_to_resolve");
      g_assert_cmpint (json_object_get_int_member (root, "overdue_open"), ==, 1);
      /* Only the pump that never stopped. */
      assert_fraction (root, "asset_availability", 1.0);
      assert_null (root, "mtbf_hours");
      assert_null (root, "pm_compliance_rate");
    }
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
           "--now", "2025-11-21 12:40", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2025-11-21 12:40"));
  g_assert_nonnull (strstr (run.out, "66.7 %  2 / 3"));
  g_assert_nonnull (strstr (run.out, "6 h 00 min"));
  /* Return visits of complaints: nothing to count. */
  g_assert_nonnull (strstr (run.out, "—  0 / 0"));
  /* The assets after the tickets. */
  g_assert_nonnull (strstr (run.out, "\nAssets\n"));
  g_assert_nonnull (strstr (run.out, "100.0 %  2 / 2"));
  g_assert_nonnull (strstr (run.out, "98.8 %  12.0 h down / 985.3 h"));
  g_assert_nonnull (strstr (run.out, "12.0 h  1 repair"));

  /* Without --now the clock decides; the period is still computed. */
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
}

/* The demo with a small ledger, then its asset KPIs over everything so far
 * (the demo's history ends at the clock's now). */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = g_build_filename (f->dir, "demo.db", NULL);
  g_autoptr(JsonObject) counts = NULL;
  g_autoptr(JsonObject) root = NULL;
  gint64 assets;

  run_cli (&run, "demo", "--db", path, "--tickets", "200", "--assets", "200", "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  counts = parse_json (run.out);
  /* 200 in service, and the few they replaced, retired. */
  assets = json_object_get_int_member (counts, "assets");
  g_assert_cmpint (assets, >=, 200);
  g_assert_cmpint (assets, <=, 210);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM assets WHERE status <> 'retired'"),
                   ==, 200);
  g_assert_cmpint (json_object_get_int_member (counts, "meters"), ==, 80);
  g_assert_cmpint (json_object_get_int_member (counts, "maintenance_plans"), >, 50);

  run_cli (&run, "kpi", "--db", path, "--from", "2000-01-01", "--to", "2100-01-01", "--json",
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_json (run.out);
  /* Two or three of the 200 down now. */
  g_assert_cmpfloat (json_object_get_double_member (root, "asset_intact_rate"), >=, 0.985);
  g_assert_cmpfloat (json_object_get_double_member (root, "asset_intact_rate"), <=, 0.99);
  g_assert_cmpfloat (json_object_get_double_member (root, "asset_availability"), >, 0.98);
  g_assert_cmpfloat (json_object_get_double_member (root, "pm_compliance_rate"), >, 0.8);
  g_assert_cmpfloat (json_object_get_double_member (root, "mttr_hours"), >, 1);
  /* The period holds both years of downtime, the same period a year earlier
   * (1999 to a year ago) only the first. */
  g_assert_cmpfloat (json_object_get_double_member (root, "downtime_change_yoy"), >, 0);

  /* None asked for. */
  g_clear_pointer (&counts, json_object_unref);
  g_remove (path);
  run_cli (&run, "demo", "--db", path, "--tickets", "0", "--assets", "0", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  counts = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (counts, "assets"), ==, 0);
  run_cli (&run, "demo", "--db", path, "--assets", "-5", NULL);
  assert_one_line_error (&run, "--assets");
  g_assert_cmpint (run.status, ==, 2);
}

/* Exactly one line on stderr, "caretaker-cli: …", and nothing on stdout. */
static void
assert_fails (Run        *run,
              int         status,
              const char *needle)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  assert_one_line_error (run, needle);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-31", "--to", "2025-12-01", NULL);
  assert_fails (&run, 2, "2025-11-31");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025/11/01", "--to", "2025-12-01", NULL);
  assert_fails (&run, 2, "YYYY-MM-DD");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-12-01", "--to", "2025-11-01", NULL);
  assert_fails (&run, 2, "end after");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-11-01", NULL);
  assert_fails (&run, 2, "end after");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", NULL);
  assert_fails (&run, 2, "--to");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
           "--now", "yesterday", NULL);
  assert_fails (&run, 2, "yesterday");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
           "--site", "长江花园", NULL);
  assert_fails (&run, 1, "长江花园");
  g_assert_nonnull (strstr (run.err, "阳光花园"));
  run_cli (&run, "kpi", "--db", missing, "--from", "2025-11-01", "--to", "2025-12-01", NULL);
  assert_fails (&run, 1, "missing.db");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A time zone this machine does not know: refused, never UTC. */
  exec_sql (f->db, "UPDATE settings SET value = 'Mars/Olympus_Mons' WHERE key = 'time_zone'");
  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01", NULL);
  assert_fails (&run, 1, "Mars/Olympus_Mons");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/kpi/json", test_json);
  ADD ("/cli/kpi/site", test_site);
  ADD ("/cli/kpi/text", test_text);
  ADD ("/cli/kpi/errors", test_errors);
  ADD ("/cli/kpi/demo", test_demo);
#undef ADD
  return g_test_run ();
}
