/* test-backups-offer.c — a database that does not open: "Restore a Backup…"
 * for a damaged or altered file that has backups (the chooser, the restore,
 * the file opened in the window), and no offer for another program's file
 * or for a file without backups
 *
 * With CARETAKER_TEST_SHOTS=DIR the dialogs are saved as PNG files there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <utime.h>

#include "backups/ct-backups-offer.h"
#include "ct-backup-rotation.h"
#include "ct-error.h"
#include "gui-test-util.h"

/* Runs @sql on @path with SQLite itself, as another program would. */
static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

#define TRIGGERS "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_wipe'"
#define ADD_TRIGGER "CREATE TRIGGER audit_wipe AFTER INSERT ON tickets BEGIN DELETE FROM audit_log; END"

/* A manual backup of @path stamped @hour:00 on 2026-11-23, its file dated
 * @hours_ago hours back. */
static void
back_up (const char *path,
         int         hour,
         int         hours_ago)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_DEFAULT, NULL, &error);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 11, 23, hour, 0, 0);
  g_autofree char *backup = NULL;
  struct utimbuf times;

  g_assert_no_error (error);
  backup = ct_backup_rotation_backup_now (db, NULL, now, &error);
  g_assert_no_error (error);
  times.actime = times.modtime = (time_t) (g_get_real_time () / G_USEC_PER_SEC - hours_ago * 3600);
  g_assert_cmpint (g_utime (backup, &times), ==, 0);
}

static void
add_site (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_DEFAULT, NULL, &error);
  g_autoptr(CtOrganisation) org = NULL;

  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  g_object_unref (gui_test_insert (ct_organisation_get_sites (org), ct_site_new ("CH01", "翠湖花园")));
}

/* Removes the backups folder of @path and the copies saved beside it. */
static void
remove_backups (GuiTestFixture *fixture,
                const char     *path)
{
  g_autofree char *dir = ct_backup_rotation_default_dir (path);
  g_autoptr(GDir) files = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    gui_test_remove_dir (dir);
  while ((name = g_dir_read_name (files)) != NULL)
    if (strstr (name, ".before-restore-") != NULL)
      {
        g_autofree char *saved = g_build_filename (fixture->dir, name, NULL);

        g_assert_cmpint (g_remove (saved), ==, 0);
      }
}

/* Opens @path as "Open Database…" does and returns the message dialog shown. */
static AdwMessageDialog *
open_and_fail (CtWindow   *window,
               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  ct_window_open_file (window, file, FALSE);
  gui_test_iterate ();
  g_assert_null (ct_window_get_context (window));
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Could Not Open the Database"));
  return dialog;
}

/* Answers @dialog as its button would, which also closes it. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  gui_test_iterate ();
}

static void
test_restore_altered (GuiTestFixture *fixture,
                      gconstpointer   data)
{
  g_autofree char *path = gui_test_create_database (fixture, "物业.db");
  AdwMessageDialog *dialog;
  GtkListBox *list;
  GtkWidget *row;
  GtkCheckButton *check;
  CtWindow *window;
  CtContext *context;
  int rows = 0;

  /* An older backup without the site, a newer one with it, then another
   * program adds a trigger that would wipe the audit log. */
  back_up (path, 8, 2);
  add_site (path);
  back_up (path, 9, 1);
  tamper (path, ADD_TRIGGER);

  window = gui_test_show_window (fixture);
  dialog = open_and_fail (window, path);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "There are 2 backups"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "restore");
  gui_test_snapshot (GTK_WIDGET (dialog), "backups-offer-error");
  respond (dialog, "restore");

  /* The chooser: the two backups, the newest first and selected. */
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Restore a Backup"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "物业.db.before-restore-"));
  list = GTK_LIST_BOX (gui_test_find_descendant (adw_message_dialog_get_extra_child (dialog),
                                                 GTK_TYPE_LIST_BOX));
  for (row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    rows++;
  g_assert_cmpint (rows, ==, 2);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (row), "manual-20261123-090000"));
  check = GTK_CHECK_BUTTON (gui_test_find_descendant (row, GTK_TYPE_CHECK_BUTTON));
  g_assert_true (gtk_check_button_get_active (check));
  check = GTK_CHECK_BUTTON (gui_test_find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1)),
                                                      GTK_TYPE_CHECK_BUTTON));
  g_assert_false (gtk_check_button_get_active (check));
  gui_test_snapshot (GTK_WIDGET (dialog), "backups-offer-chooser");
  respond (dialog, "restore");

  /* The newest backup is open in the window; the altered file was kept. */
  g_assert_null (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  context = ct_window_get_context (window);
  g_assert_nonnull (context);
  g_assert_cmpstr (ct_database_get_path (ct_context_get_database (context)), ==, path);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_sites (ct_context_get_organisation (context))),
                    ==, 1);
  g_assert_cmpint (count (path, TRIGGERS), ==, 0);
  {
    g_autoptr(GDir) files = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    int saved = 0;

    while ((name = g_dir_read_name (files)) != NULL)
      if (g_str_has_prefix (name, "物业.db.before-restore-"))
        {
          g_autofree char *copy = g_build_filename (fixture->dir, name, NULL);

          g_assert_cmpint (count (copy, TRIGGERS), ==, 1);
          saved++;
        }
    g_assert_cmpint (saved, ==, 1);
  }

  gui_test_close_window (window);
  remove_backups (fixture, path);
}

static void
test_no_offer (GuiTestFixture *fixture,
               gconstpointer   data)
{
  g_autofree char *foreign = gui_test_create_database (fixture, "foreign.db");
  g_autofree char *bare = gui_test_create_database (fixture, "bare.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  AdwMessageDialog *dialog;
  CtWindow *window;

  /* Another program's file, though a backup of the path exists. */
  back_up (foreign, 8, 1);
  tamper (foreign, "PRAGMA application_id = 1598903374");
  db = ct_database_open (foreign, CT_DATABASE_OPEN_DEFAULT, NULL, &error);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FOREIGN);
  g_assert_false (ct_backups_offer_applies (error));

  window = gui_test_show_window (fixture);
  dialog = open_and_fail (window, foreign);
  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
  respond (dialog, "close");

  /* An altered file without backups. */
  tamper (bare, ADD_TRIGGER);
  dialog = open_and_fail (window, bare);
  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));
  respond (dialog, "close");

  gui_test_close_window (window);
  remove_backups (fixture, foreign);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  gui_test_add ("/backups-offer/restore-altered", test_restore_altered);
  gui_test_add ("/backups-offer/no-offer", test_no_offer);
  return gui_test_run ();
}
