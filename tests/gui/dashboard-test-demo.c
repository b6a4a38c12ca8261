/* dashboard-test-demo.c — the fixture of the dashboard's GUI tests over a
 * demo company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-demo-tickets.h"
#include "ct-tickets-page.h"
#include "dashboard-test-demo.h"

/* The demo company, made once and copied for each test. */
static char *template_dir;
static char *template_path;

void
dashboard_test_make_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtClock) clock = ct_clock_new_fixed (DASHBOARD_TEST_NOW);
  g_autoptr(CtDatabase) db = NULL;
  CtDemoOptions options;

  template_dir = g_dir_make_tmp ("caretaker-dashboard-demo-XXXXXX", &error);
  g_assert_no_error (error);
  template_path = g_build_filename (template_dir, "demo.db", NULL);
  db = ct_database_open (template_path, CT_DATABASE_OPEN_CREATE, clock, &error);
  g_assert_no_error (error);
  ct_demo_options_init (&options);
  options.n_assets = 300;
  g_assert_true (ct_demo_generate_company (db, &options, 1500, DASHBOARD_TEST_NOW, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

void
dashboard_test_wait_for (CtDashboardPage *page,
                         gboolean       (*busy) (CtDashboardPage *))
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (busy (page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_main_context_iteration (NULL, TRUE);
    }
  gui_test_iterate ();
}

void
dashboard_fixture_set_up (DashboardFixture *fixture,
                          gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) from = g_file_new_for_path (template_path);
  g_autoptr(GFile) to = NULL;
  GtkWidget *overlay = adw_toast_overlay_new ();
  GuiTestFile *file = &fixture->file;

  file->dir = g_dir_make_tmp ("caretaker-dashboard-demo-XXXXXX", &error);
  g_assert_no_error (error);
  file->path = g_build_filename (file->dir, "物业.db", NULL);
  to = g_file_new_for_path (file->path);
  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  file->clock = ct_clock_new_fixed (DASHBOARD_TEST_NOW);
  file->db = ct_database_open (file->path, CT_DATABASE_OPEN_DEFAULT, file->clock, &error);
  g_assert_no_error (error);
  file->context = ct_context_new (file->db, NULL, "项目经理", &error);
  g_assert_no_error (error);

  fixture->page = CT_DASHBOARD_PAGE (ct_dashboard_page_new ());
  fixture->assets = CT_ASSETS_PAGE (ct_assets_page_new ());
  fixture->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  adw_view_stack_add_named (fixture->stack, GTK_WIDGET (fixture->page), "dashboard");
  adw_view_stack_add_named (fixture->stack, ct_tickets_page_new (), "tickets");
  adw_view_stack_add_named (fixture->stack, GTK_WIDGET (fixture->assets), "assets");
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->stack));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 900);
  gtk_window_set_child (fixture->window, overlay);
  ct_page_set_context (CT_PAGE (adw_view_stack_get_child_by_name (fixture->stack, "tickets")),
                       file->context);
  ct_page_set_context (CT_PAGE (fixture->assets), file->context);
  ct_page_set_context (CT_PAGE (fixture->page), file->context);
  gtk_window_present (fixture->window);
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_computing);
}

void
dashboard_fixture_tear_down (DashboardFixture *fixture,
                             gconstpointer     data)
{
  gui_test_destroy_toplevels ();
  gui_test_file_close (&fixture->file);
}

void
dashboard_test_remove_template (void)
{
  gui_test_remove_dir (template_dir);
  g_clear_pointer (&template_dir, g_free);
  g_clear_pointer (&template_path, g_free);
}
