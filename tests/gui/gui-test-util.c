/* gui-test-util.c — fixture and helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-organisation.h"
#include "gui-test-util.h"

static char *data_home;

void
gui_test_init (int    *argc,
               char ***argv)
{
  /* The demo database goes to the user data folder: a private one here. It
   * must be set before anything asks GLib for it (the value is cached). */
  data_home = g_dir_make_tmp ("caretaker-gui-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

int
gui_test_run (void)
{
  int status = g_test_run ();

  g_rmdir (data_home);
  g_clear_pointer (&data_home, g_free);
  return status;
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("caretaker-gui-XXXXXX", &error);
  g_assert_no_error (error);

  fixture->settings = g_settings_new (APP_ID);
  g_settings_reset (fixture->settings, "recent-databases");
  g_settings_reset (fixture->settings, "last-database");
  g_settings_set_string (fixture->settings, "user-name", "测试员");
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);

  g_clear_pointer (&fixture->dir, g_free);
  g_clear_object (&fixture->settings);
}

void
gui_test_add (const char  *path,
              GuiTestFunc  func)
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

char *
gui_test_create_database (Fixture    *fixture,
                          const char *name)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_CREATE, NULL, &error);
  g_autoptr(CtOrganisation) org = NULL;

  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  ct_organisation_ensure_default_departments (org, "test", &error);
  g_assert_no_error (error);

  return path;
}

CtWindow *
gui_test_show_window (Fixture *fixture)
{
  CtWindow *window = ct_window_new (NULL, fixture->settings);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

void
gui_test_close_window (CtWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_iterate ();
}

void
gui_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
gui_test_find_descendant (GtkWidget *widget,
                          GType      type)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gui_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
