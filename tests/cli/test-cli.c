/* test-cli.c — runs the built caretaker-cli ($CARETAKER_CLI) and checks its
 * exit codes, its output and the files it writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include "cli-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = cli_test_make_dir ("caretaker-cli-XXXXXX");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cli_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Every row of the organisation tables except timestamps, one line each. */
static char *
dump_organisation (const char *path)
{
  static const char * const queries[] = {
    "SELECT id, code, name, address, phone FROM sites ORDER BY id",
    "SELECT id, site_id, code, name, floors, entrances FROM buildings ORDER BY id",
    "SELECT id, building_id, entrance, room, floor, owner_name, owner_phone, note "
    "FROM units ORDER BY id",
    "SELECT id, code, name FROM departments ORDER BY id",
    "SELECT id, employee_no, name, department_id, site_id, post, phone, hired_on, status "
    "FROM staff ORDER BY id",
  };
  GString *dump = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (dump, FALSE);
}

static void
test_usage (Fixture       *fixture,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "backup"));
  run_cli (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "caretaker-cli "));
  run_cli (&run, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "frobnicate", "--db", "x.db", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "frobnicate"));
  g_assert_nonnull (strstr (run.err, "Usage"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_usage_options (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");

  run_cli (&run, "init", "--db", path, "--bogus", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--bogus"));
  g_assert_nonnull (strstr (run.err, "Usage"));
  run_cli (&run, "check", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--db"));
  run_cli (&run, "backup", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "init", "--db", path, "extra", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "demo", "--db", path, "--scale", "huge", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "init", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--json"));
  /* No command created the file. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_init (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");
  g_autoptr(JsonObject) result = NULL;

  run_cli (&run, "init", "--db", path, "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "departments"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (result, "schema_version"), >=, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM departments"), ==, 6);

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "already exists");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM departments"), ==, 6);

  run_cli (&run, "check", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ok\n");
}

static void
test_check_ok (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");
  g_autoptr(JsonObject) result = NULL;

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "check", "--db", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_true (json_object_get_boolean_member (result, "ok"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (result, "problems")),
                   ==, 0);
}

/* Each broken file is refused with exit 1 and one line that says why. */
static void
assert_check_fails (const char *path,
                    const char *needle)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;

  run_cli (&run, "check", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, needle);

  run_cli (&run, "check", "--db", path, "--json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  result = parse_json (run.out);
  g_assert_false (json_object_get_boolean_member (result, "ok"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (result, "problems")),
                   >, 0);
}

static void
test_check_foreign (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "other.sqlite");

  exec_sql (path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                  "INSERT INTO notes (body) VALUES ('hello');");
  assert_check_fails (path, "Caretaker");
  /* Refused, not converted. */
  g_assert_cmpint (query_int (path, "PRAGMA application_id"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sqlite_schema"), ==, 1);
}

static void
test_check_text_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "notes.txt");
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "This is not a database, just some notes.\n", -1, &error);
  g_assert_no_error (error);
  assert_check_fails (path, NULL);
}

static void
test_check_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "missing.db");

  assert_check_fails (path, "missing.db");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_check_newer (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  exec_sql (path, "PRAGMA user_version = 999");
  assert_check_fails (path, NULL);
}

/* A row of the audit log changed behind the app's back (triggers off, as
 * another tool could): the check names the first row that breaks the chain. */
static void
test_check_audit_chain (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");
  sqlite3 *db = NULL;
  gint64 id;

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  id = query_int (path, "SELECT min(id) + 1 FROM audit_log");
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE audit_log SET actor = '外人' WHERE id = "
                                     "(SELECT min(id) + 1 FROM audit_log)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  sqlite3_close (db);
  assert_check_fails (path, NULL);
  run_cli (&run, "check", "--db", path, "--json", NULL);
  {
    g_autoptr(JsonObject) result = parse_json (run.out);
    JsonArray *problems = json_object_get_array_member (result, "problems");
    g_autofree char *needle = g_strdup_printf ("Audit log: Row %" G_GINT64_FORMAT " ", id);

    g_assert_cmpint (json_array_get_length (problems), ==, 1);
    g_assert_nonnull (strstr (json_array_get_string_element (problems, 0), needle));
  }
}

static void
test_check_trigger (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  exec_sql (path, "CREATE TRIGGER sneaky AFTER INSERT ON units BEGIN "
                  "DELETE FROM staff; END;");
  assert_check_fails (path, NULL);
}

static void
test_demo (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "demo.db");
  g_autoptr(JsonObject) counts = NULL;
  gint64 units;

  run_cli (&run, "demo", "--db", path, "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  counts = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (counts, "sites"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (counts, "departments"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (counts, "buildings"), ==, 40);
  units = json_object_get_int_member (counts, "units");
  g_assert_cmpint (units, >=, 4500);
  g_assert_cmpint (units, <=, 7500);
  g_assert_cmpint (json_object_get_int_member (counts, "staff"), >=, 90);
  g_assert_cmpint (json_object_get_int_member (counts, "staff"), <=, 160);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM units"), ==, units);

  /* Realistic values: mobiles 1[3-9]XXXXXXXXX, employee numbers CT0001. */
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM units WHERE owner_phone <> '' AND "
                                    "owner_phone NOT GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9]"
                                    "[0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM staff WHERE employee_no NOT GLOB "
                                    "'CT[0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT status) FROM staff"), ==, 3);
  g_assert_cmpint (query_int (path, "SELECT count(DISTINCT department_id) FROM staff"), ==, 6);

  run_cli (&run, "check", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, "demo", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "already");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM units"), ==, units);
}

static void
test_demo_after_init (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  cli_test_make_demo (path, "1");
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM departments"), ==, 6);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sites"), ==, 3);
}

static void
test_demo_determinism (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *a = fixture_path (fixture, "a.db");
  g_autofree char *b = fixture_path (fixture, "b.db");
  g_autofree char *c = fixture_path (fixture, "c.db");
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;

  cli_test_make_demo (a, "42");
  cli_test_make_demo (b, "42");
  cli_test_make_demo (c, "43");
  dump_a = dump_organisation (a);
  dump_b = dump_organisation (b);
  dump_c = dump_organisation (c);
  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_true (g_str_equal (dump_a, dump_b));
  g_assert_false (g_str_equal (dump_a, dump_c));
}

/* SIGINT in the middle of a large demo: exit 1, nothing saved. */
static void
test_demo_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture_path (fixture, "a.db");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  run_cli (&run, "init", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, g_getenv ("CARETAKER_CLI"), "demo", "--db", path,
                              "--scale", "large", NULL);
  g_assert_no_error (error);
  /* Long after the signal handler is installed, long before 60,000 units are written. */
  g_usleep (300 * 1000);
  g_subprocess_send_signal (process, SIGINT);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_nonnull (strstr (err, "nothing was saved"));
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM units"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM sites"), ==, 0);
  run_cli (&run, "check", "--db", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *a = fixture_path (fixture, "a.db");
  g_autofree char *copy = fixture_path (fixture, "a.backup");
  g_autofree char *fresh = fixture_path (fixture, "fresh.db");
  g_autofree char *dump = NULL;
  g_autofree char *dump_fresh = NULL;
  g_autofree char *dump_restored = NULL;
  g_autoptr(JsonObject) result = NULL;

  cli_test_make_demo (a, "5");
  dump = dump_organisation (a);
  run_cli (&run, "backup", "--db", a, copy, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (result, "backup"), ==, copy);
  g_assert_cmpint (json_object_get_int_member (result, "size"), >, 100000);
  g_clear_pointer (&result, json_object_unref);

  /* A backup never overwrites a file. */
  run_cli (&run, "backup", "--db", a, copy, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "already exists");

  /* Restore into a new file: the same rows. */
  run_cli (&run, "restore", "--db", fresh, copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  dump_fresh = dump_organisation (fresh);
  g_assert_true (g_str_equal (dump, dump_fresh));

  /* Restore over a database: the current file is saved first. */
  exec_sql (a, "PRAGMA application_id = 0");
  run_cli (&run, "restore", "--db", a, copy, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_true (g_file_test (json_object_get_string_member (result, "saved"),
                              G_FILE_TEST_IS_REGULAR));
  dump_restored = dump_organisation (a);
  g_assert_true (g_str_equal (dump, dump_restored));
  run_cli (&run, "check", "--db", a, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_restore_bad_backup (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *a = fixture_path (fixture, "a.db");
  g_autofree char *junk = fixture_path (fixture, "junk.backup");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  run_cli (&run, "init", "--db", a, NULL);
  g_assert_cmpint (run.status, ==, 0);
  before = dump_organisation (a);
  g_file_set_contents (junk, "not a backup", -1, &error);
  g_assert_no_error (error);

  run_cli (&run, "restore", "--db", a, junk, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "junk.backup");
  run_cli (&run, "restore", "--db", a, a, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, NULL);
  after = dump_organisation (a);
  g_assert_cmpstr (before, ==, after);
}

static void
add_test (const char *path,
          void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/cli/usage/commands", test_usage);
  add_test ("/cli/usage/options", test_usage_options);
  add_test ("/cli/init", test_init);
  add_test ("/cli/check/ok", test_check_ok);
  add_test ("/cli/check/foreign", test_check_foreign);
  add_test ("/cli/check/text-file", test_check_text_file);
  add_test ("/cli/check/missing", test_check_missing);
  add_test ("/cli/check/newer", test_check_newer);
  add_test ("/cli/check/trigger", test_check_trigger);
  add_test ("/cli/check/audit-chain", test_check_audit_chain);
  add_test ("/cli/demo", test_demo);
  add_test ("/cli/demo/after-init", test_demo_after_init);
  add_test ("/cli/demo/determinism", test_demo_determinism);
  add_test ("/cli/demo/cancel", test_demo_cancel);
  add_test ("/cli/backup-restore", test_backup_restore);
  add_test ("/cli/restore/bad-backup", test_restore_bad_backup);
  return g_test_run ();
}
