/* test-cli-tickets.c — caretaker-cli import tickets and export tickets: exit
 * codes, one-line errors, --json, --dry-run, --create-missing and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"

#define BOM "\xEF\xBB\xBF"

/* 翠湖花园 and its units are created by --create-missing; the departments
 * by `init`. */
static const char tickets_csv[] =
  "code,kind,repair_class,site,unit,department,title,created_at,resolved_at,status\n"
  "H-1,repair,routine,翠湖花园,3-2-1201,engineering,厨房水管漏水,2025-11-03 08:30,"
  "2025-11-03 11:00,resolved\n"
  "H-2,complaint,,翠湖花园,3-2-1202,service,楼上噪音,2025-11-04 21:00,,new\n"
  "H-3,repair,emergency,翠湖花园,5-801,engineering,=1+1,2025-11-05 07:00,,new\n";

typedef struct
{
  CliTestFixture  base;
  char           *csv;
} Fixture;

static gint64
count_tickets (Fixture *f)
{
  return query_int (f->base.db, "SELECT count(*) FROM tickets");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  cli_test_fixture_set_up (&f->base, "caretaker-cli-tickets-XXXXXX", "t.db");
  f->csv = cli_test_write_file (f->base.dir, "tickets.csv", tickets_csv);
  cli_test_init_database (f->base.db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_fixture_tear_down (&f->base, data);
  g_free (f->csv);
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;

  /* Without --create-missing the unknown site is an error naming the cell. */
  run_cli (&run, "import", "tickets", "--db", f->base.db, f->csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "Line 2, column \"site\" (D)");
  g_assert_nonnull (strstr (run.err, "tickets.csv"));

  run_cli (&run, "import", "tickets", "--db", f->base.db, f->csv, "--create-missing", "--dry-run",
           "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  result = parse_json (run.out);
  g_assert_true (json_object_get_boolean_member (result, "dry_run"));
  g_assert_cmpint (json_object_get_int_member (result, "tickets"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (result, "created_sites"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (result, "created_units"), ==, 3);
  g_assert_cmpint (count_tickets (f), ==, 0);

  run_cli (&run, "import", "tickets", "--db", f->base.db, f->csv, "--create-missing", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");   /* no progress line: stderr is not a terminal */
  g_assert_nonnull (strstr (run.out, "3"));
  g_assert_cmpint (count_tickets (f), ==, 3);

  /* Again: the codes are taken now. */
  run_cli (&run, "import", "tickets", "--db", f->base.db, f->csv, "--json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "H-1");
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpint (count_tickets (f), ==, 3);
}

static void
test_import_errors (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *bad = cli_test_write_file (f->base.dir, "bad.csv",
                                              BOM "code,kind,site,title,created_at\r\n"
                                              "A-1,praise,翠湖花园,好,2025-11-03 08:30\r\n"
                                              "A-2,praise,翠湖花园,好,2025-11-31 08:30\r\n");
  g_autofree char *missing = g_build_filename (f->base.dir, "missing.csv", NULL);

  run_cli (&run, "import", "tickets", "--db", f->base.db, bad, "--create-missing", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "Line 3, column \"created_at\" (E)");
  g_assert_cmpint (count_tickets (f), ==, 0);

  run_cli (&run, "import", "tickets", "--db", f->base.db, missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "missing.csv");

  run_cli (&run, "import", "tickets", f->csv, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "import", "staff", "--db", f->base.db, f->csv, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "import", NULL);
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;
  g_autofree char *csv = g_build_filename (f->base.dir, "out.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->base.dir, "out.xlsx", NULL);
  g_autofree char *text = NULL;
  gsize len = 0;

  run_cli (&run, "import", "tickets", "--db", f->base.db, f->csv, "--create-missing", NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, "export", "tickets", "--db", f->base.db, csv, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "tickets"), ==, 3);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, BOM "code,kind,"));
  g_assert_nonnull (strstr (text, "\r\nH-3,repair,emergency,"));
  g_assert_nonnull (strstr (text, ",'=1+1,"));
  g_clear_pointer (&result, json_object_unref);

  run_cli (&run, "export", "tickets", "--db", f->base.db, csv, "--status", "open", "--kind", "投诉",
           "--site", "翠湖花园", "--from", "2025-11-04", "--to", "2025-11-04", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "tickets"), ==, 1);

  run_cli (&run, "export", "tickets", "--db", f->base.db, xlsx, "--search", "水管漏水", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "1"));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (xlsx, &text, &len, NULL));
  g_assert_cmpuint (len, >, 4);
  g_assert_cmpmem (text, 4, "PK\x03\x04", 4);   /* a zip file */

  run_cli (&run, "export", "tickets", "--db", f->base.db, csv, "--kind", "fix", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "fix");
  run_cli (&run, "export", "tickets", "--db", f->base.db, csv, "--from", "2025-13-01", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "2025-13-01");
  run_cli (&run, "export", "tickets", "--db", f->base.db, "out.txt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, ".xlsx");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/tickets/import", Fixture, NULL, fixture_set_up, test_import,
              fixture_tear_down);
  g_test_add ("/cli/tickets/import-errors", Fixture, NULL, fixture_set_up, test_import_errors,
              fixture_tear_down);
  g_test_add ("/cli/tickets/export", Fixture, NULL, fixture_set_up, test_export,
              fixture_tear_down);
  return g_test_run ();
}
