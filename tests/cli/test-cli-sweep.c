/* test-cli-sweep.c — caretaker-cli sla-sweep on the demo company, and the
 * --tickets option of caretaker-cli demo
 *
 * The demo's tickets lie in the twelve months before the real "now" and the
 * sweep runs at the real "now", so a few recent tickets are overdue whatever
 * the day. The command is the built caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "cli-test-util.h"

typedef CliTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_test_fixture_set_up (f, "ct-cli-sweep-XXXXXX", "demo.db");
}

static char *
query_text (const char *path,
            const char *sql,
            const char *code)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* Each ticket line names the code, title and address as the file has them;
 * the line under it says which deadline and how late. */
static guint
check_ticket_lines (Fixture    *f,
                    const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *code = NULL;
      g_autofree char *title = NULL;
      g_autofree char *address = NULL;

      if (!g_str_has_prefix (lines[i], "T-"))
        continue;
      code = g_strndup (lines[i], strcspn (lines[i], " "));
      title = query_text (f->db, "SELECT title FROM tickets WHERE code = ?", code);
      address = query_text (f->db, "SELECT address FROM tickets WHERE code = ?", code);
      g_assert_nonnull (strstr (lines[i], title));
      g_assert_nonnull (strstr (lines[i], address));
      g_assert_nonnull (lines[i + 1]);
      g_assert_true (g_str_has_prefix (lines[i + 1], "    "));
      g_assert_nonnull (strstr (lines[i + 1], " due "));
      g_assert_true (g_str_has_suffix (lines[i + 1], " late"));
      n++;
    }
  return n;
}

static void
test_sweep (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;
  g_autofree char *count_line = NULL;
  gint64 overdue;
  guint n;

  run_cli (&run, "demo", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM tickets"), ==, 3000);
  overdue = query_int (f->db, "SELECT count(*) FROM tickets WHERE overdue_at IS NULL AND "
                              "status IN ('new', 'accepted', 'dispatched', 'in_progress') AND "
                              "((accepted_at IS NULL AND due_response_at < unixepoch ()) OR "
                              "(arrived_at IS NULL AND due_arrival_at < unixepoch ()) OR "
                              "(resolved_at IS NULL AND due_resolution_at < unixepoch ()))");
  g_assert_cmpint (overdue, >=, 1);

  run_cli (&run, "sla-sweep", "--db", f->db, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  n = check_ticket_lines (f, run.out);
  /* The same tickets, unless one fell due in the instant between. */
  g_assert_cmpint (n, >=, overdue);
  g_assert_cmpint (n, <=, overdue + 1);
  count_line = g_strdup_printf ("%u tickets became overdue.\n", n);
  g_assert_true (n == 1 || g_str_has_suffix (run.out, count_line));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM tickets WHERE overdue_at >= "
                                     "unixepoch () - 600"), ==, n);

  /* Marked once: the next sweep finds none, in text and in JSON. */
  run_cli (&run, "sla-sweep", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "No ticket became overdue since the last sweep.\n");
  run_cli (&run, "sla-sweep", "--db", f->db, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "count"), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "tickets")),
                    ==, 0);
}

static void
test_sweep_json (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;
  JsonArray *tickets;

  run_cli (&run, "demo", "--db", f->db, "--tickets", "2500", "--seed", "3", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "tickets"), ==, 2500);
  g_clear_pointer (&result, json_object_unref);

  run_cli (&run, "sla-sweep", "--db", f->db, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  tickets = json_object_get_array_member (result, "tickets");
  g_assert_cmpint (json_object_get_int_member (result, "count"), >=, 1);
  g_assert_cmpint (json_array_get_length (tickets), ==,
                   json_object_get_int_member (result, "count"));
  for (guint i = 0; i < json_array_get_length (tickets); i++)
    {
      JsonObject *ticket = json_array_get_object_element (tickets, i);
      const char *deadline = json_object_get_string_member (ticket, "deadline");

      g_assert_true (g_str_has_prefix (json_object_get_string_member (ticket, "code"), "T-"));
      g_assert_true (g_str_equal (deadline, "response") || g_str_equal (deadline, "arrival") ||
                     g_str_equal (deadline, "resolution"));
      g_assert_cmpfloat (json_object_get_double_member (ticket, "minutes_late"), >, 0.0);
      g_assert_cmpstr (json_object_get_string_member (ticket, "site"), !=, "");
      g_assert_true (g_str_has_suffix (json_object_get_string_member (ticket, "due_at"),
                                       "+08:00"));
    }
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM ticket_events WHERE type = "
                                     "'overdue' AND at >= unixepoch () - 600"), ==,
                   json_array_get_length (tickets));
}

static void
test_arguments (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

  run_cli (&run, "demo", "--db", f->db, "--tickets", "0", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM tickets"), ==, 0);
  run_cli (&run, "sla-sweep", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "No ticket became overdue since the last sweep.\n");

  run_cli (&run, "demo", "--db", missing, "--tickets", "-5", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  run_cli (&run, "sla-sweep", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "sla-sweep", "--db", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, NULL);
}

int
main (int   argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  cli_test_add ("/cli/sla-sweep/text", fixture_set_up, test_sweep);
  cli_test_add ("/cli/sla-sweep/json", fixture_set_up, test_sweep_json);
  cli_test_add ("/cli/sla-sweep/arguments", fixture_set_up, test_arguments);
  return g_test_run ();
}
