/* test-cli-backup.c — caretaker-cli backup --rotate (for cron) and --list
 *
 * The command rotates at the real "now" in local time (TZ of the test
 * environment). The command is the built caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"

typedef struct
{
  char *dir;
  char *db;
  char *backups;   /* the default folder */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = cli_test_make_dir ("ct-cli-backup-XXXXXX");
  f->db = g_build_filename (f->dir, "物业.caretaker", NULL);
  f->backups = g_build_filename (f->dir, "物业 backups", NULL);
  cli_test_init_database (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);

  cli_test_remove_dir (f->backups);
  cli_test_remove_dir (elsewhere);
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->backups);
}

static char *
in_backups (Fixture    *f,
            const char *name)
{
  return g_build_filename (f->backups, name, NULL);
}

static char *
today_name (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("物业-%s.caretaker", day);
}

static void
assert_string_member_of (JsonArray  *array,
                         const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return;
  g_error ("%s is not in the array", value);
}

static void
test_rotate (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;
  g_autofree char *today = today_name ();
  g_autofree char *daily = in_backups (f, today);
  g_autofree char *oldest = in_backups (f, "物业-2020-01-01.caretaker");
  g_autofree char *foreign = NULL;
  g_autofree char *readme = NULL;
  JsonArray *made;

  run_cli (&run, "backup", "--db", f->db, "--rotate", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (result, "dir"), ==, f->backups);
  made = json_object_get_array_member (result, "made");
  g_assert_cmpuint (json_array_get_length (made), ==, 2);
  assert_string_member_of (made, daily);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (result, "deleted")),
                    ==, 0);
  /* A real, complete copy. */
  g_assert_cmpint (query_int (daily, "SELECT count(*) FROM departments"), ==, 6);
  g_assert_cmpint (query_int (daily, "PRAGMA application_id"), ==, 0x43544B52);

  /* Seven old dailies and two files that are not rotated backups. */
  for (int day = 1; day <= 7; day++)
    {
      g_autofree char *name = g_strdup_printf ("物业-2020-01-%02d.caretaker", day);

      g_free (cli_test_write_file (f->backups, name, "old"));
    }
  readme = cli_test_write_file (f->backups, "README.txt", "notes");
  foreign = cli_test_write_file (f->backups, "物业-copy.caretaker", "mine");

  /* Again the same day: nothing made, the dailies beyond 7 deleted. */
  run_cli (&run, "backup", "--db", f->db, "--rotate", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2020-01-01"));
  g_assert_null (strstr (run.out, "2020-01-02"));
  g_assert_false (g_file_test (oldest, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (foreign, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (daily, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (readme, G_FILE_TEST_EXISTS));
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) result = NULL;
  g_autofree char *elsewhere = g_build_filename (f->dir, "elsewhere", NULL);
  g_autofree char *copy = g_build_filename (f->dir,
                                            "物业.caretaker.before-import-20260101-090000.bak",
                                            NULL);
  JsonArray *backups;
  guint weekly = 0, daily = 0, import = 0;

  run_cli (&run, "backup", "--db", f->db, "--list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "No backups"));

  run_cli (&run, "backup", "--db", f->db, "--rotate", "--dir", elsewhere, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "backup", "--db", f->db, copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "backup", "--db", f->db, "--list", "--dir", elsewhere, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  result = parse_json (run.out);
  backups = json_object_get_array_member (result, "backups");
  g_assert_cmpuint (json_array_get_length (backups), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      JsonObject *b = json_array_get_object_element (backups, i);
      const char *kind = json_object_get_string_member (b, "kind");

      g_assert_cmpint (json_object_get_int_member (b, "size"), >, 0);
      g_assert_nonnull (json_object_get_string_member (b, "made_at"));
      weekly += g_str_equal (kind, "weekly");
      daily += g_str_equal (kind, "daily");
      import += g_str_equal (kind, "before-import");
      if (g_str_equal (kind, "before-import"))
        g_assert_cmpstr (json_object_get_string_member (b, "path"), ==, copy);
      else
        g_assert_true (g_str_has_prefix (json_object_get_string_member (b, "path"), elsewhere));
    }
  g_assert_cmpuint (weekly + daily + import, ==, 3);
  g_assert_cmpuint (weekly * daily * import, ==, 1);
  /* The default folder was never made. */
  g_assert_false (g_file_test (f->backups, G_FILE_TEST_EXISTS));
}

static void
test_arguments (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.caretaker", NULL);
  g_autofree char *file = g_build_filename (f->dir, "copy.caretaker", NULL);

  run_cli (&run, "backup", "--db", f->db, "--rotate", "--list", NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "backup", "--db", f->db, "--rotate", file, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "backup", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  /* Rotating a file that does not exist fails and creates nothing. */
  run_cli (&run, "backup", "--db", missing, "--rotate", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "missing.caretaker");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->backups, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/cli/backup/rotate", Fixture, NULL, fixture_set_up, test_rotate,
              fixture_tear_down);
  g_test_add ("/cli/backup/list", Fixture, NULL, fixture_set_up, test_list,
              fixture_tear_down);
  g_test_add ("/cli/backup/arguments", Fixture, NULL, fixture_set_up, test_arguments,
              fixture_tear_down);
  return g_test_run ();
}
