/* test-cli-pm.c — caretaker-cli pm-generate: tasks made within the horizon,
 * counts in text and JSON, a second run that makes none, bad arguments
 *
 * The ledger is written straight into a new file with SQL: four assets of
 * one site, one of them retired, and their plans. Every run passes --today,
 * so the results do not depend on the real date. The command is the built
 * caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cli-test-util.h"

typedef CliTestFixture Fixture;

/* 1 lift: monthly from 2026-01-05; 2 pump: quarterly from 2025-12-01;
 * 3 fire panel: monthly from completion, first 2026-02-10; 4 retired fan:
 * monthly; plan 5 of the lift: stopped (inactive). */
static const char ledger[] =
  "INSERT INTO sites (id, code, name, created_at, updated_at) "
  "  VALUES (1, 'CH', '翠湖花园', 0, 0);"
  "INSERT INTO assets (id, code, name, category, site_id, status, service_from, created_at, "
  "  updated_at) VALUES "
  "  (1, 'DT-01', '1号客梯', 'elevator', 1, 'in_service', 0, 0, 0),"
  "  (2, 'SB-01', '生活水泵', 'water', 1, 'in_service', 0, 0, 0),"
  "  (3, 'XF-01', '消防主机', 'fire', 1, 'down', 0, 0, 0),"
  "  (4, 'FJ-01', '排风机', 'hvac', 1, 'retired', 0, 0, 0);"
  "INSERT INTO maintenance_plans (id, asset_id, title, rrule, basis, starts_on, active, "
  "  created_at, updated_at) VALUES "
  "  (1, 1, '电梯月度保养', 'FREQ=MONTHLY', 'schedule', '2026-01-05', 1, 0, 0),"
  "  (2, 2, '水泵季度保养', 'FREQ=MONTHLY;INTERVAL=3', 'schedule', '2025-12-01', 1, 0, 0),"
  "  (3, 3, '消防主机检测', 'FREQ=MONTHLY', 'completion', '2026-02-10', 1, 0, 0),"
  "  (4, 4, '风机保养', 'FREQ=MONTHLY', 'schedule', '2026-01-01', 1, 0, 0),"
  "  (5, 1, '电梯年检准备', 'FREQ=YEARLY', 'schedule', '2026-01-20', 0, 0, 0);";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_test_fixture_set_up (f, "ct-cli-pm-XXXXXX", "pm.db");
  cli_test_init_database (f->db);
  exec_sql (f->db, ledger);
}

static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  /* Up to 2026-01-01 + 60 = 2026-03-02: the lift's 01-05 and 02-05, the
   * pump's 2025-12-01 (overdue) and 03-01, the panel's first 02-10. */
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-01-01", "--horizon", "60",
           NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "Created 5 maintenance tasks due by 2026-03-02.\n"
                                "1 open task is overdue.\n");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks"), ==, 5);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks WHERE "
                                     "asset_id = 4 OR plan_id = 5"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets WHERE "
                                     "(id = 1 AND next_due = '2026-01-05') OR "
                                     "(id = 2 AND next_due = '2025-12-01') OR "
                                     "(id = 3 AND next_due = '2026-02-10') OR "
                                     "(id = 4 AND next_due IS NULL)"), ==, 4);
  /* One audit row per plan that got tasks, naming who ran the command. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM audit_log WHERE "
                                     "entity = 'maintenance_tasks' AND action = 'insert' "
                                     "AND actor <> ''"), ==, 3);

  /* Again: nothing new. */
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-01-01", "--horizon", "60",
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "No new maintenance task: every plan already has its tasks "
                                "up to 2026-03-02.\n1 open task is overdue.\n");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks"), ==, 5);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;

  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-01-01", "--horizon", "60",
           NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* A year ahead, to 2027-01-01: the lift's 03-05 … 12-05 (10), the pump's
   * 06-01, 09-01, 12-01 (3); the panel keeps its one open task. */
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-01-01", "--horizon", "365",
           "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "created"), ==, 13);
  g_assert_cmpint (json_object_get_int_member (result, "overdue"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (result, "horizon_days"), ==, 365);
  g_assert_cmpstr (json_object_get_string_member (result, "today"), ==, "2026-01-01");
  g_assert_cmpstr (json_object_get_string_member (result, "until"), ==, "2027-01-01");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks WHERE "
                                     "plan_id = 3"), ==, 1);
  g_clear_pointer (&result, json_object_unref);

  /* Rerun: zero, and a later day counts more overdue (2025-12-01 …
   * 2026-02-05 before 2026-02-06: lift 2, pump 1, panel 0). */
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-02-06", "--horizon", "0",
           "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "created"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (result, "overdue"), ==, 3);
}

static void
test_arguments (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

  run_cli (&run, "pm-generate", "--db", f->db, "--horizon", "-1", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "--horizon");
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-02-30", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "--today");
  run_cli (&run, "pm-generate", "--today", "2026-02-01", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "pm-generate", "--db", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "missing.db");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks"), ==, 0);

  /* A broken rule in the file names its plan; nothing is written. */
  exec_sql (f->db, "UPDATE maintenance_plans SET rrule = 'FREQ=SOMETIMES' WHERE id = 2");
  run_cli (&run, "pm-generate", "--db", f->db, "--today", "2026-01-01", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "水泵季度保养");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_tasks"), ==, 0);
}

int
main (int   argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  cli_test_add ("/cli/pm-generate/text", fixture_set_up, test_generate);
  cli_test_add ("/cli/pm-generate/json", fixture_set_up, test_json);
  cli_test_add ("/cli/pm-generate/arguments", fixture_set_up, test_arguments);
  return g_test_run ();
}
