/* test-session.c — opening database files and the recent list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ct-error.h"
#include "ct-session.h"
#include "ct-window-private.h"
#include "gui-test-util.h"

static void
test_recent_list (void)
{
  g_auto(GStrv) list = NULL;
  g_auto(GStrv) removed = NULL;
  g_auto(GStrv) capped = g_new0 (char *, 1);
  const char *with_dups[] = { "/a", "/b", "/a", "", "/c", NULL };

  list = ct_session_recent_add (NULL, "/a", CT_SESSION_MAX_RECENT);
  g_assert_cmpstrv (list, ((const char *[]) { "/a", NULL }));

  /* Most recent first. */
  {
    char **next = ct_session_recent_add ((const char * const *) list, "/b", 10);
    g_strfreev (list);
    list = next;
  }
  g_assert_cmpstrv (list, ((const char *[]) { "/b", "/a", NULL }));

  /* Opening one again moves it up without a duplicate. */
  {
    char **next = ct_session_recent_add ((const char * const *) list, "/a", 10);
    g_strfreev (list);
    list = next;
  }
  g_assert_cmpstrv (list, ((const char *[]) { "/a", "/b", NULL }));

  /* Duplicates and empty entries from a hand-edited setting disappear. */
  {
    char **next = ct_session_recent_add (with_dups, "/d", 10);
    g_strfreev (list);
    list = next;
  }
  g_assert_cmpstrv (list, ((const char *[]) { "/d", "/a", "/b", "/c", NULL }));

  /* At most ten: the oldest drop off. */
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *path = g_strdup_printf ("/db%u", i);
      char **next = ct_session_recent_add ((const char * const *) capped, path,
                                           CT_SESSION_MAX_RECENT);

      g_strfreev (capped);
      capped = next;
    }
  g_assert_cmpuint (g_strv_length (capped), ==, CT_SESSION_MAX_RECENT);
  g_assert_cmpstr (capped[0], ==, "/db11");
  g_assert_cmpstr (capped[9], ==, "/db2");

  removed = ct_session_recent_remove ((const char * const *) list, "/a");
  g_assert_cmpstrv (removed, ((const char *[]) { "/d", "/b", "/c", NULL }));
}

static void
test_remember_and_forget (GuiTestFixture *fixture,
                          gconstpointer   data)
{
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/db%u.db", fixture->dir, i);

      ct_session_remember (fixture->settings, path);
    }
  /* Relative paths are stored absolute. */
  ct_session_remember (fixture->settings, "relative.db");
  ct_session_forget (fixture->settings, "relative.db");

  recent = g_settings_get_strv (fixture->settings, "recent-databases");
  last = g_settings_get_string (fixture->settings, "last-database");
  g_assert_cmpuint (g_strv_length (recent), ==, CT_SESSION_MAX_RECENT);
  g_assert_true (g_path_is_absolute (recent[0]));
  g_assert_true (g_str_has_suffix (recent[0], "/relative.db"));
  g_assert_cmpstr (last, ==, recent[0]);

  ct_session_forget (fixture->settings, recent[0]);
  g_clear_pointer (&last, g_free);
  last = g_settings_get_string (fixture->settings, "last-database");
  g_assert_cmpstr (last, ==, "");
}

static void
test_create_database (GuiTestFixture *fixture,
                      gconstpointer   data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtContext) context = ct_session_open (path, TRUE, NULL, fixture->settings, &error);
  CtRecordStore *departments;

  g_assert_no_error (error);
  g_assert_nonnull (context);
  departments = ct_organisation_get_departments (ct_context_get_organisation (context));
  g_assert_cmpuint (ct_record_store_count (departments), >, 0);
}

static void
test_open_foreign_file (GuiTestFixture *fixture,
                        gconstpointer   data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtContext) context = NULL;
  g_auto(GStrv) recent = NULL;
  sqlite3 *db = NULL;
  CtWindow *window;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  context = ct_session_open (path, FALSE, NULL, fixture->settings, &error);
  g_assert_null (context);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FOREIGN);
  g_assert_nonnull (error->message);
  g_clear_error (&error);

  /* The window stays as it was and remembers nothing. */
  window = gui_test_show_window (fixture);
  g_assert_false (ct_window_open_path (window, path, FALSE, &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FOREIGN);
  g_assert_null (ct_window_get_context (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");
  recent = g_settings_get_strv (fixture->settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (recent), ==, 0);
  gui_test_close_window (window);
}

static void
test_open_not_a_database (GuiTestFixture *fixture,
                          gconstpointer   data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtContext) context = NULL;
  g_autofree char *after = NULL;
  const char *contents = "报修记录 — not SQLite at all\n";

  g_assert_true (g_file_set_contents (text, contents, -1, NULL));
  context = ct_session_open (text, FALSE, NULL, NULL, &error);
  g_assert_null (context);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT);

  /* Left untouched. */
  g_assert_true (g_file_get_contents (text, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, contents);
}

static void
test_open_missing_file (GuiTestFixture *fixture,
                        gconstpointer   data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtContext) context = ct_session_open (path, FALSE, NULL, NULL, &error);

  g_assert_null (context);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  g_test_add_func ("/session/recent-list", test_recent_list);
  gui_test_add ("/session/remember-and-forget", test_remember_and_forget);
  gui_test_add ("/session/create", test_create_database);
  gui_test_add ("/session/open-foreign", test_open_foreign_file);
  gui_test_add ("/session/open-not-a-database", test_open_not_a_database);
  gui_test_add ("/session/open-missing", test_open_missing_file);

  return gui_test_run ();
}
