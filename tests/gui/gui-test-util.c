/* gui-test-util.c — fixtures and helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

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

  /* Screenshots are for looking at the UI as a user would: in the language
   * of the environment (CARETAKER_LOCALEDIR for build/po), which
   * gtk_test_init() has replaced. */
  if (gui_test_shots_wanted ())
    {
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CARETAKER_LOCALEDIR") ?: LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
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
gui_test_fixture_set_up (GuiTestFixture *fixture,
                         gconstpointer   data)
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
gui_test_fixture_tear_down (GuiTestFixture *fixture,
                            gconstpointer   data)
{
  gui_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_object (&fixture->settings);
}

void
gui_test_add (const char  *path,
              GuiTestFunc  func)
{
  g_test_add (path, GuiTestFixture, NULL, gui_test_fixture_set_up, func,
              gui_test_fixture_tear_down);
}

char *
gui_test_create_database (GuiTestFixture *fixture,
                          const char     *name)
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
gui_test_show_window (GuiTestFixture *fixture)
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
gui_test_file_open (GuiTestFile *file,
                    const char  *tmpl,
                    gint64       now,
                    const char  *user)
{
  g_autoptr(GError) error = NULL;

  file->dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  file->path = g_build_filename (file->dir, "物业.db", NULL);
  file->clock = ct_clock_new_fixed (now);
  file->db = ct_database_open (file->path, CT_DATABASE_OPEN_CREATE, file->clock, &error);
  g_assert_no_error (error);
  file->context = ct_context_new (file->db, NULL, user, &error);
  g_assert_no_error (error);
}

void
gui_test_file_add_departments (GuiTestFile *file)
{
  g_autoptr(GError) error = NULL;

  ct_organisation_ensure_default_departments (ct_context_get_organisation (file->context),
                                              "test", &error);
  g_assert_no_error (error);
}

void
gui_test_file_close (GuiTestFile *file)
{
  g_clear_object (&file->context);
  g_clear_object (&file->db);
  g_clear_object (&file->clock);
  gui_test_remove_dir (file->dir);
  g_clear_pointer (&file->path, g_free);
  g_clear_pointer (&file->dir, g_free);
}

GtkWindow *
gui_test_show_page (CtPage    *page,
                    CtContext *context,
                    int        width,
                    int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_default_size (window, width, height);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  gtk_window_set_child (window, overlay);
  ct_page_set_context (page, context);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

void
gui_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  gui_test_iterate ();
}

gpointer
gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gpointer found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = window;
    }
  return found;
}

gpointer
gui_test_insert (CtRecordStore *store,
                 gpointer       record)
{
  g_autoptr(GError) error = NULL;
  gboolean inserted = ct_record_store_insert (store, record, "test", &error);

  g_assert_no_error (error);
  g_assert_true (inserted);
  return record;
}

guint
gui_test_kind_index (const char *kind)
{
  const char *const *kinds = ct_ticket_kinds ();

  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], kind))
      return i + 1;   /* after "All kinds" */
  g_assert_not_reached ();
}

void
gui_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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

/* Renders @widget at its size to DIR/@name.png, over the window's background
 * colour when @fill (for a widget that has none of its own). */
static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name,
          gboolean    fill)
{
  g_autofree char *file = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkNative *native = gtk_widget_get_native (widget);
  int width, height;

  g_return_if_fail (native != NULL);
  gtk_test_widget_wait_for_draw (widget);
  gui_test_iterate ();
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  if (fill)
    {
      GdkRGBA background;

      gdk_rgba_parse (&background, adw_style_manager_get_dark (adw_style_manager_get_default ())
                                   ? "#242424" : "#fafafa");
      gtk_snapshot_append_color (snapshot, &background,
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
    }
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

static const char *
shots_dir (void)
{
  const char *dir = g_getenv ("CARETAKER_TEST_SHOTS");

  return dir != NULL && *dir != '\0' ? dir : NULL;
}

gboolean
gui_test_shots_wanted (void)
{
  return shots_dir () != NULL;
}

void
gui_test_snapshot (GtkWidget  *widget,
                   const char *name)
{
  const char *dir = shots_dir ();

  if (dir == NULL)
    return;
  g_return_if_fail (gtk_widget_get_native (widget) != NULL);
  save_png (GTK_WIDGET (gtk_widget_get_native (widget)), dir, name, FALSE);
}

void
gui_test_snapshot_widget (GtkWidget  *widget,
                          const char *name)
{
  const char *dir = shots_dir ();

  if (dir != NULL)
    save_png (widget, dir, name, TRUE);
}
