/* test-backup-rotation.c — daily and weekly backups over 60 days of a fake
 * clock, the list of every kind of backup, restore, and failures that delete
 * nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <utime.h>

#include "ct-backup-rotation.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"

#define DAY 86400

typedef struct
{
  CtTestFixture  base;
  char          *backups;  /* the default folder */
  GTimeZone     *zone;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (&f->base, "ct-backups-XXXXXX", "shared.caretaker");
  ct_test_fixture_open_organisation (&f->base);
  f->backups = g_build_filename (f->base.dir, "shared backups", NULL);
  f->zone = g_time_zone_new_identifier ("Asia/Shanghai");
  g_assert_nonnull (f->zone);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_remove_dir (f->backups);
  g_clear_pointer (&f->backups, g_free);
  g_clear_pointer (&f->zone, g_time_zone_unref);
  ct_test_fixture_tear_down (&f->base);
}

/* 09:00 in Shanghai, @day days after Thursday 2026-01-01. */
static GDateTime *
morning (Fixture *f,
         int      day)
{
  g_autoptr(GDateTime) start = g_date_time_new (f->zone, 2026, 1, 1, 9, 0, 0);

  return g_date_time_add_days (start, day);
}

static char *
in_backups (Fixture    *f,
            const char *name)
{
  return g_build_filename (f->backups, name, NULL);
}

static void
write_file (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "not mine", -1, &error));
  g_assert_no_error (error);
}

static CtBackupRun *
rotate (Fixture   *f,
        GDateTime *now)
{
  g_autoptr(GError) error = NULL;
  CtBackupRun *run = ct_backup_rotation_run (f->base.db, NULL, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (run);
  return run;
}

static void
add_site (Fixture *f,
          int      day)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *code = g_strdup_printf ("S%02d", day);
  g_autoptr(CtSite) site = ct_site_new (code, code);

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (f->base.org),
                                         CT_RECORD (site), "admin", &error));
  g_assert_no_error (error);
}

/* The number of sites in the backup at @path; it must be intact. */
static gint64
backup_sites (Fixture    *f,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path,
                                               CT_DATABASE_OPEN_SHARED | CT_DATABASE_OPEN_NO_MIGRATE,
                                               f->base.clock, &error);
  g_autoptr(GPtrArray) problems = NULL;
  sqlite3_stmt *stmt;
  gint64 n;

  g_assert_no_error (error);
  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  stmt = ct_database_prepare (db, "SELECT count(*) FROM sites", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
assert_exists (Fixture    *f,
               const char *name,
               gboolean    exists)
{
  g_autofree char *path = in_backups (f, name);

  if (g_file_test (path, G_FILE_TEST_EXISTS) != exists)
    g_error ("%s should %s", name, exists ? "exist" : "be gone");
}

static void
test_sixty_days (Fixture       *f,
                 gconstpointer  data)
{
  const char *foreign[] = { "notes.txt", "shared-2026-01-01.caretaker.old",
                            "other-2026-01-01.caretaker", "shared-2026-13-45.caretaker",
                            "shared-week-2026-W60.caretaker", "shared backup.caretaker" };
  const char *expected[] = { "shared-2026-02-23.caretaker", "shared-2026-02-24.caretaker",
                             "shared-2026-02-25.caretaker", "shared-2026-02-26.caretaker",
                             "shared-2026-02-27.caretaker", "shared-2026-02-28.caretaker",
                             "shared-2026-03-01.caretaker", "shared-week-2026-W06.caretaker",
                             "shared-week-2026-W07.caretaker", "shared-week-2026-W08.caretaker",
                             "shared-week-2026-W09.caretaker" };
  g_autoptr(GPtrArray) list = NULL;
  guint n_weekly_made = 0;

  g_assert_cmpint (g_mkdir_with_parents (f->backups, 0755), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    {
      g_autofree char *path = in_backups (f, foreign[i]);

      write_file (path);
    }
  for (int day = 0; day < 60; day++)
    {
      g_autoptr(GDateTime) now = morning (f, day);
      g_autoptr(CtBackupRun) run = NULL;
      gboolean monday = g_date_time_get_day_of_week (now) == 1;

      add_site (f, day);
      run = rotate (f, now);
      /* Each day its daily; the weekly on Mondays and on the very first run. */
      g_assert_cmpuint (run->made->len, ==, (day == 0 || monday) ? 2 : 1);
      n_weekly_made += run->made->len - 1;
      g_assert_cmpint (backup_sites (f, g_ptr_array_index (run->made, 0)), ==, 1 + day);
      g_assert_cmpuint (run->deleted->len, ==, (day >= 7) + (monday && day >= 25));
    }
  g_assert_cmpuint (n_weekly_made, ==, 9);   /* W01 (from Thursday) … W09 */

  list = ct_backup_rotation_list (f->base.path, NULL, NULL);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_exists (f, expected[i], TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (foreign); i++)
    assert_exists (f, foreign[i], TRUE);
  assert_exists (f, "shared-2026-02-22.caretaker", FALSE);
  assert_exists (f, "shared-week-2026-W05.caretaker", FALSE);
  /* The last weekly was made on Monday 2026-02-23, with 54 sites. */
  {
    g_autofree char *weekly = in_backups (f, "shared-week-2026-W09.caretaker");

    g_assert_cmpint (backup_sites (f, weekly), ==, 54);
  }
}

static void
test_same_day_once (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = morning (f, 4);   /* a Monday */
  g_autoptr(GDateTime) evening = g_date_time_add_hours (now, 12);
  g_autoptr(CtBackupRun) first = rotate (f, now);
  g_autoptr(CtBackupRun) second = rotate (f, evening);

  g_assert_cmpuint (first->made->len, ==, 2);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (first->made, 0),
                                   "/shared backups/shared-2026-01-05.caretaker"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (first->made, 1),
                                   "/shared backups/shared-week-2026-W02.caretaker"));
  g_assert_cmpuint (second->made->len, ==, 0);
  g_assert_cmpuint (second->deleted->len, ==, 0);
}

/* When today's backup cannot be made, no old one is deleted. */
static void
test_failure_deletes_nothing (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GDateTime) now = morning (f, 20);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBackupRun) run = NULL;
  g_autofree char *blocker = in_backups (f, "shared-2026-01-21.caretaker.part");

  g_assert_cmpint (g_mkdir_with_parents (f->backups, 0755), ==, 0);
  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("shared-2026-01-%02d.caretaker", day);
      g_autofree char *path = in_backups (f, name);

      write_file (path);
    }
  /* Where the new backup would be written is a folder. */
  g_assert_cmpint (g_mkdir (blocker, 0755), ==, 0);
  run = ct_backup_rotation_run (f->base.db, NULL, now, &error);
  g_assert_null (run);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP);
  g_assert_cmpint (g_rmdir (blocker), ==, 0);
  for (int day = 1; day <= 10; day++)
    {
      g_autofree char *name = g_strdup_printf ("shared-2026-01-%02d.caretaker", day);

      assert_exists (f, name, TRUE);
    }
}

static guint
count_kind (GPtrArray    *list,
            CtBackupKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < list->len; i++)
    {
      CtBackupInfo *info = g_ptr_array_index (list, i);

      g_assert_cmpint (info->size, >, 0);
      n += info->kind == kind;
    }
  return n;
}

static void
test_list_every_kind (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = morning (f, 0);
  g_autoptr(CtBackupRun) run = rotate (f, now);
  g_autofree char *manual = ct_backup_rotation_backup_now (f->base.db, NULL, now, &error);
  g_autofree char *import = g_strconcat (f->base.path, ".before-import-20260101-090000.bak", NULL);
  g_autofree char *schema = g_strconcat (f->base.path, ".before-schema-5-20260101-090000.bak",
                                         NULL);
  g_autofree char *unrelated = g_strconcat (f->base.path, ".notes.bak", NULL);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (manual, "/shared-manual-20260101-090000.caretaker"));
  g_assert_true (ct_database_backup (f->base.db, import, &error));
  g_assert_true (ct_database_backup (f->base.db, schema, &error));
  write_file (unrelated);
  g_assert_no_error (error);
  g_assert_cmpint (g_utime (import, &(struct utimbuf) { CT_TEST_NOW, CT_TEST_NOW }), ==, 0);

  list = ct_backup_rotation_list (f->base.path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 5);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_DAILY), ==, 1);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_WEEKLY), ==, 1);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_MANUAL), ==, 1);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_BEFORE_IMPORT), ==, 1);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_BEFORE_MIGRATION), ==, 1);
  /* Newest first: the import backup is dated back to 2025. */
  g_assert_cmpstr (((CtBackupInfo *) g_ptr_array_index (list, 4))->path, ==, import);
  g_assert_cmpstr (ct_backup_kind_to_string (CT_BACKUP_BEFORE_IMPORT), ==, "before-import");

  /* Rotation never deletes what it did not make. */
  for (int day = 1; day < 40; day++)
    {
      g_autoptr(GDateTime) later = morning (f, day);

      ct_backup_run_free (rotate (f, later));
    }
  g_assert_true (g_file_test (manual, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (import, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (schema, G_FILE_TEST_EXISTS));
}

static void
test_restore_keeps_current (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = morning (f, 0);
  g_autofree char *saved = NULL;
  g_autofree char *missing = in_backups (f, "shared-2020-01-01.caretaker");
  g_autoptr(CtBackupRun) run = NULL;
  g_autoptr(GPtrArray) list = NULL;
  const char *backup;

  add_site (f, 1);
  run = rotate (f, now);
  backup = g_ptr_array_index (run->made, 0);
  add_site (f, 2);
  g_clear_object (&f->base.org);
  g_clear_object (&f->base.db);

  g_assert_false (ct_backup_rotation_restore (f->base.path, f->base.path, NULL, &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP);
  g_clear_error (&error);
  g_assert_false (ct_backup_rotation_restore (f->base.path, missing, NULL, &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ct_backup_rotation_restore (f->base.path, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (backup_sites (f, f->base.path), ==, 1);
  g_assert_cmpint (backup_sites (f, saved), ==, 2);
  list = ct_backup_rotation_list (f->base.path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_kind (list, CT_BACKUP_BEFORE_RESTORE), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/backup-rotation/sixty-days", test_sixty_days);
  ADD ("/backup-rotation/same-day-once", test_same_day_once);
  ADD ("/backup-rotation/failure-deletes-nothing", test_failure_deletes_nothing);
  ADD ("/backup-rotation/list-every-kind", test_list_every_kind);
  ADD ("/backup-rotation/restore-keeps-current", test_restore_keeps_current);
#undef ADD

  return g_test_run ();
}
