/* test-window.c — the main window, the welcome page, the demo, preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-page.h"
#include "ct-preferences-window.h"
#include "ct-session.h"
#include "ct-window-private.h"
#include "gui-test-util.h"

static void
test_welcome_without_context (GuiTestFixture *fixture,
                              gconstpointer   data)
{
  CtWindow *window = gui_test_show_window (fixture);

  g_assert_null (ct_window_get_context (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->welcome_page)));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window->view_stack)));
  g_assert_false (ct_welcome_page_is_busy (window->welcome_page));

  gui_test_close_window (window);
}

static void
test_open_fresh_database (GuiTestFixture *fixture,
                          gconstpointer   data)
{
  g_autofree char *path = gui_test_create_database (fixture, "物业.db");
  g_autofree char *folder = ct_session_dup_folder_label (path);
  g_autofree char *last = NULL;
  g_auto(GStrv) recent = NULL;
  g_autoptr(GError) error = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  CtContext *context;
  GtkWidget *page;

  g_assert_true (ct_window_open_path (window, path, FALSE, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  context = ct_window_get_context (window);
  g_assert_nonnull (context);
  g_assert_cmpstr (ct_context_get_user (context), ==, "测试员");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->view_stack)));

  /* The title names the file, the subtitle its folder. */
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->switcher_title), ==, "物业.db");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==, folder);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "物业.db");
  /* Also beside the tabs, where the switcher hides the title on wide windows. */
  g_assert_cmpstr (gtk_label_get_label (window->database_label), ==, "物业.db");

  /* Every page got the window's context. */
  page = adw_view_stack_get_child_by_name (window->view_stack, "organisation");
  g_assert_true (CT_IS_PAGE (page));
  g_assert_true (ct_page_get_context (CT_PAGE (page)) == context);

  /* Pages reach the window's toast overlay. */
  ct_page_show_toast (CT_PAGE (page), adw_toast_new ("保存成功"));
  gui_test_iterate ();

  /* Remembered for the next start. */
  recent = g_settings_get_strv (fixture->settings, "recent-databases");
  last = g_settings_get_string (fixture->settings, "last-database");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, path);
  g_assert_cmpstr (last, ==, path);

  /* The user name follows the preference. */
  g_settings_set_string (fixture->settings, "user-name", "王芳");
  g_assert_cmpstr (ct_context_get_user (context), ==, "王芳");

  /* Closing the database goes back to the welcome page. */
  ct_window_set_context (window, NULL);
  g_assert_null (ct_page_get_context (CT_PAGE (page)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");

  gui_test_close_window (window);
}

static void
test_welcome_recent_rows (GuiTestFixture *fixture,
                          gconstpointer   data)
{
  g_autofree char *present = gui_test_create_database (fixture, "present.db");
  g_autofree char *missing = g_build_filename (fixture->dir, "gone.db", NULL);
  g_auto(GStrv) recent = NULL;
  CtWindow *window;
  GtkListBox *list;
  GtkListBoxRow *row;
  GtkWidget *button;

  ct_session_remember (fixture->settings, missing);
  ct_session_remember (fixture->settings, present);
  window = gui_test_show_window (fixture);

  list = GTK_LIST_BOX (gui_test_find_descendant (GTK_WIDGET (window->welcome_page), GTK_TYPE_LIST_BOX));
  g_assert_nonnull (list);

  /* The existing file opens; the missing one is dimmed with a remove button. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (gtk_list_box_row_get_activatable (row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "dim-label"));
  row = gtk_list_box_get_row_at_index (list, 1);
  g_assert_false (gtk_list_box_row_get_activatable (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "dim-label"));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));

  button = gui_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  /* gtk_widget_activate() would only click after a 250 ms animation. */
  g_signal_emit_by_name (button, "clicked");
  gui_test_iterate ();

  recent = g_settings_get_strv (fixture->settings, "recent-databases");
  g_assert_cmpstrv (recent, ((const char *[]) { present, NULL }));
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));

  /* Activating the row opens the file in the window. */
  g_signal_emit_by_name (gtk_list_box_get_row_at_index (list, 0), "activate");
  gui_test_iterate ();
  g_assert_nonnull (ct_window_get_context (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");

  gui_test_close_window (window);
}

static void
test_shared_subtitle (GuiTestFixture *fixture,
                      gconstpointer   data)
{
  g_autofree char *path = gui_test_create_database (fixture, "shared.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_SHARED, NULL, &error);
  g_autoptr(CtContext) context = NULL;
  CtWindow *window;

  g_assert_no_error (error);
  context = ct_context_new (db, fixture->settings, NULL, &error);
  g_assert_no_error (error);

  window = gui_test_show_window (fixture);
  ct_window_set_context (window, context);
  g_assert_cmpstr (adw_view_switcher_title_get_title (window->switcher_title), ==, "shared.db");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->switcher_title), ==,
                   "Shared file");
  gui_test_close_window (window);
}

static void
test_window_size_saved (GuiTestFixture *fixture,
                        gconstpointer   data)
{
  CtWindow *window;

  g_settings_set_int (fixture->settings, "window-width", 900);
  g_settings_set_int (fixture->settings, "window-height", 700);
  g_settings_set_boolean (fixture->settings, "window-maximized", FALSE);

  window = gui_test_show_window (fixture);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 640);
  gtk_window_close (GTK_WINDOW (window));
  gui_test_iterate ();

  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (fixture->settings, "window-maximized"));
}

/* Removes @path and its SQLite companions. */
static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_remove (name);
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
wait_while_busy (CtWelcomePage *page)
{
  /* Bounded by the test timeout: the worker always reports back. */
  while (ct_welcome_page_is_busy (page))
    g_main_context_iteration (NULL, TRUE);
  gui_test_iterate ();
}

static void
test_demo_database (GuiTestFixture *fixture,
                    gconstpointer   data)
{
  g_autofree char *path = ct_session_dup_demo_path ();
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *demo_dir = g_path_get_dirname (path);
  CtWindow *window = gui_test_show_window (fixture);
  CtContext *context;

  /* main() pointed XDG_DATA_HOME to a private folder. */
  g_assert_true (g_str_has_prefix (path, g_get_tmp_dir ()));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  ct_window_open_demo (window);
  g_assert_true (ct_welcome_page_is_busy (window->welcome_page));
  wait_while_busy (window->welcome_page);

  context = ct_window_get_context (window);
  g_assert_nonnull (context);
  g_assert_cmpstr (ct_database_get_path (ct_context_get_database (context)), ==, path);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_sites (ct_context_get_organisation (context))), >, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

  /* A second time the file is opened as it is. */
  ct_window_set_context (window, NULL);
  ct_window_open_demo (window);
  g_assert_false (ct_welcome_page_is_busy (window->welcome_page));
  g_assert_nonnull (ct_window_get_context (window));

  gui_test_close_window (window);
  remove_database (path);
  g_assert_cmpint (g_rmdir (demo_dir), ==, 0);
}

static void
test_demo_cancel (GuiTestFixture *fixture,
                  gconstpointer   data)
{
  g_autofree char *path = ct_session_dup_demo_path ();
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autofree char *demo_dir = g_path_get_dirname (path);
  g_autoptr(GList) toplevels = NULL;
  CtWindow *window = gui_test_show_window (fixture);

  ct_window_open_demo (window);
  g_assert_true (ct_welcome_page_is_busy (window->welcome_page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->welcome_page),
                                             "welcome.cancel-demo", NULL));
  wait_while_busy (window->welcome_page);

  /* Nothing opened, nothing left behind, no error dialog. */
  g_assert_null (ct_window_get_context (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  toplevels = gtk_window_list_toplevels ();
  g_assert_cmpuint (g_list_length (toplevels), ==, 1);

  gui_test_close_window (window);
  g_rmdir (demo_dir);
}

static void
test_preferences (GuiTestFixture *fixture,
                  gconstpointer   data)
{
  CtPreferencesWindow *prefs;
  AdwComboRow *style_row;
  GtkWidget *name_row;
  g_autofree char *scheme = NULL;
  g_autofree char *name = NULL;

  g_settings_set_string (fixture->settings, "color-scheme", "light");
  prefs = ct_preferences_window_new (NULL, fixture->settings);
  gtk_window_present (GTK_WINDOW (prefs));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (prefs));

  style_row = ADW_COMBO_ROW (gui_test_find_descendant (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW));
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 1);
  adw_combo_row_set_selected (style_row, 2);
  scheme = g_settings_get_string (fixture->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_set_string (fixture->settings, "color-scheme", "follow");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);

  name_row = gui_test_find_descendant (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "测试员");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "  李强 ");
  g_signal_emit_by_name (name_row, "apply");
  name = g_settings_get_string (fixture->settings, "user-name");
  g_assert_cmpstr (name, ==, "李强");

  gtk_window_destroy (GTK_WINDOW (prefs));
  gui_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

  gui_test_add ("/window/welcome", test_welcome_without_context);
  gui_test_add ("/window/open-fresh", test_open_fresh_database);
  gui_test_add ("/window/welcome-recent", test_welcome_recent_rows);
  gui_test_add ("/window/shared-subtitle", test_shared_subtitle);
  gui_test_add ("/window/size-saved", test_window_size_saved);
  gui_test_add ("/preferences/style-and-name", test_preferences);
  gui_test_add ("/window/demo", test_demo_database);
  gui_test_add ("/window/demo-cancel", test_demo_cancel);

  return gui_test_run ();
}
