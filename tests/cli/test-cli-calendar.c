/* test-cli-calendar.c — caretaker-cli calendar import|export: what it writes
 * to the file, its output and its answers to bad files and arguments
 *
 * The database is made and read back with the core API; the command is the
 * built caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"
#include "ct-site.h"
#include "ct-record-store.h"
#include "ct-work-calendar.h"

typedef struct
{
  char *dir;
  char *db;
  gint64 site_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (1763700000);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtRecordStore) sites = NULL;
  g_autoptr(CtSite) site = ct_site_new ("JX", "锦绣花园");
  g_autoptr(GError) error = NULL;

  f->dir = cli_test_make_dir ("ct-cli-cal-XXXXXX");
  f->db = g_build_filename (f->dir, "cal.db", NULL);
  db = ct_database_open (f->db, CT_DATABASE_OPEN_CREATE, clock, &error);
  g_assert_no_error (error);
  sites = ct_record_store_new (db, CT_TYPE_SITE);
  g_assert_true (ct_record_store_insert (sites, CT_RECORD (site), "admin", &error));
  g_assert_no_error (error);
  f->site_id = ct_record_get_id (CT_RECORD (site));
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
assert_fails (Run        *run,
              int         status,
              const char *needle)
{
  g_assert_cmpint (run->status, ==, status);
  if (strstr (run->err, needle) == NULL)
    g_error ("stderr “%s” does not contain “%s”", run->err, needle);
}

static CtWorkCalendar *
load (Fixture *f,
      gint64   site_id)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CtWorkCalendar *calendar;

  db = ct_database_open (f->db, CT_DATABASE_OPEN_DEFAULT, NULL, &error);
  g_assert_no_error (error);
  calendar = ct_work_calendar_load (db, site_id, &error);
  g_assert_no_error (error);
  return calendar;
}

static guint
n_days (CtWorkCalendar *calendar)
{
  g_autoptr(GPtrArray) days = ct_work_calendar_list_days (calendar);

  return days->len;
}

static void
test_import_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "days.csv",
                                              "\xEF\xBB\xBF日期,类型,名称\r\n"
                                              "2026-02-15,休,春节\r\n"
                                              "2026-02-16,休,春节\r\n"
                                              "2026-02-14,班,春节调休\r\n");
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_autoptr(JsonObject) result = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "calendar", "import", "--db", f->db, csv, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 holidays"));
  g_assert_nonnull (strstr (run.out, "1 make-up workday"));
  calendar = load (f, 0);
  g_assert_cmpstr (ct_work_calendar_get_day_type (calendar, "2026-02-16"), ==, "holiday");
  g_assert_cmpstr (ct_work_calendar_get_day_name (calendar, "2026-02-14"), ==, "春节调休");

  run_cli (&run, "calendar", "import", "--db", f->db, "--json", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (result, "calendar_id"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (result, "holidays"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (result, "workdays"), ==, 1);
}

static void
test_import_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "bad.csv",
                                              "2026-02-15,休\n2026-02-16,周末\n");
  g_autofree char *ics = cli_test_write_file (f->dir, "bad.ics",
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n"
    "DTSTART:20261001T080000\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "calendar", "import", "--db", f->db, csv, NULL);
  assert_fails (&run, 1, "caretaker-cli: Line 2, column B: “周末”");
  g_assert_cmpstr (strchr (run.err, '\n'), ==, "\n");
  run_cli (&run, "calendar", "import", "--db", f->db, ics, NULL);
  assert_fails (&run, 1, "Event “国庆节” (2026-10-01)");
  run_cli (&run, "calendar", "import", "--db", f->db, missing, NULL);
  assert_fails (&run, 1, "missing.csv");
  /* All or nothing: the first line of the bad file was not kept. */
  calendar = load (f, 0);
  g_assert_cmpuint (n_days (calendar), ==, 0);
}

static void
test_site (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "site.csv", "2026-10-01,holiday,国庆节\n");
  g_autoptr(CtWorkCalendar) site = NULL;
  g_autoptr(CtWorkCalendar) company = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "calendar", "import", "--db", f->db, "--site", "锦绣花园", csv, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "锦绣花园"));
  /* The site now has a calendar of its own; the company calendar is unchanged. */
  site = load (f, f->site_id);
  g_assert_cmpint (ct_work_calendar_get_site_id (site), ==, f->site_id);
  g_assert_cmpint (ct_work_calendar_get_id (site), !=, 1);
  g_assert_cmpstr (ct_work_calendar_get_day_type (site, "2026-10-01"), ==, "holiday");
  g_assert_cmpint (ct_work_calendar_workday_minutes (site), ==, 480);
  company = load (f, 0);
  g_assert_cmpuint (n_days (company), ==, 0);

  /* By code too; an unknown site is an error. */
  run_cli (&run, "calendar", "import", "--db", f->db, "--site", "JX", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "calendar", "import", "--db", f->db, "--site", "翠湖苑", csv, NULL);
  assert_fails (&run, 1, "“翠湖苑”");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "days.csv",
                                              "2026-02-15,休,春节\n2026-02-14,班\n");
  g_autofree char *ics = g_build_filename (f->dir, "out.ics", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *text = NULL;
  g_autoptr(CtWorkCalendar) site = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "calendar", "import", "--db", f->db, csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "calendar", "export", "--db", f->db, ics, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 days"));
  g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260215"));
  g_assert_nonnull (strstr (text, "SUMMARY:班"));

  /* The exported file imports back: into the site's own calendar. */
  run_cli (&run, "calendar", "import", "--db", f->db, "--site", "JX", ics, NULL);
  g_assert_cmpint (run.status, ==, 0);
  site = load (f, f->site_id);
  g_assert_cmpstr (ct_work_calendar_get_day_type (site, "2026-02-14"), ==, "workday");
  g_assert_cmpstr (ct_work_calendar_get_day_name (site, "2026-02-15"), ==, "春节");

  run_cli (&run, "calendar", "export", "--db", f->db, bad, NULL);
  assert_fails (&run, 1, ".ics");
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "calendar", NULL);
  assert_fails (&run, 2, "calendar import");
  run_cli (&run, "calendar", "merge", NULL);
  assert_fails (&run, 2, "“merge”");
  run_cli (&run, "calendar", "import", "days.csv", NULL);
  assert_fails (&run, 2, "--db");
  run_cli (&run, "calendar", "export", "--db", f->db, NULL);
  assert_fails (&run, 2, "Missing argument");
  run_cli (&run, "calendar", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "calendar export"));
  run_cli (&run, "--help", NULL);
  g_assert_nonnull (strstr (run.out, "calendar"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/calendar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("import-csv", test_import_csv);
  ADD ("import-error", test_import_error);
  ADD ("site", test_site);
  ADD ("export", test_export);
  ADD ("usage", test_usage);
#undef ADD
  return g_test_run ();
}
