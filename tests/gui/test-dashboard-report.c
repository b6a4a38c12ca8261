/* test-dashboard-report.c — the report from the Dashboard tab over a demo
 * company: saved as PDF and Excel and printed (exported through
 * GtkPrintOperation) page for page as the PDF; a report that cannot be
 * written says what and where. With CARETAKER_TEST_SHOTS=DIR it also saves
 * the dashboard, light and dark, as PNG files there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-report.h"
#include "dashboard-test-demo.h"

/* The text of @pdf, pages ended by a form feed, or NULL without pdftotext. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (tool == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\f';
  return n;
}

static char *
save (DashboardFixture      *fixture,
      CtDashboardReportKind  kind,
      const char            *name)
{
  char *path = g_build_filename (fixture->file.dir, name, NULL);

  ct_dashboard_page_report (fixture->page, kind, path);
  g_assert_true (ct_dashboard_page_is_reporting (fixture->page));
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_reporting);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

static void
test_report_files (DashboardFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *pdf = NULL, *xlsx = NULL, *printed = NULL;
  g_autofree char *pdf_content = NULL, *printed_content = NULL, *xlsx_content = NULL;
  g_autoptr(CtReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site = NULL;
  CtKpiPeriod period;
  gsize length;

  /* Last month at the second site. */
  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_LAST_MONTH);
  gtk_drop_down_set_selected (fixture->page->site_dropdown, 2);
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_computing);
  g_assert_true (ct_dashboard_page_read_period (fixture->page, &period, &error));
  site = g_strdup (gtk_string_object_get_string (gtk_drop_down_get_selected_item (fixture->page->site_dropdown)));
  report = ct_report_new (fixture->file.db, &period, site, NULL, &error);
  g_assert_no_error (error);

  pdf = save (fixture, CT_DASHBOARD_REPORT_PDF, "report.pdf");
  xlsx = save (fixture, CT_DASHBOARD_REPORT_XLSX, "report.xlsx");
  printed = save (fixture, CT_DASHBOARD_REPORT_PRINT, "printed.pdf");

  g_assert_true (g_file_get_contents (xlsx, &xlsx_content, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (xlsx_content, 2, "PK", 2);   /* a zip, as every .xlsx */
  pdf_content = pdf_text (pdf);
  if (pdf_content == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  printed_content = pdf_text (printed);
  /* The same pages, printed or saved; the site and the title on them. */
  g_assert_cmpuint (count_pages (pdf_content), ==, ct_report_get_n_pages (report));
  g_assert_cmpuint (count_pages (printed_content), ==, ct_report_get_n_pages (report));
  g_assert_nonnull (strstr (pdf_content, ct_report_get_title (report)));
  g_assert_nonnull (strstr (printed_content, ct_report_get_title (report)));
  g_assert_nonnull (strstr (printed_content, site));
  g_assert_nonnull (strstr (printed_content, "Page 3 of"));
}

static void
test_report_error (DashboardFixture *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->file.dir, "no such folder", "report.pdf",
                                            NULL);
  AdwMessageDialog *dialog;

  ct_dashboard_page_report (fixture->page, CT_DASHBOARD_REPORT_PDF, path);
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_reporting);
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Report Could Not Be Saved");
  /* Where: the folder of the file asked for. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no such folder"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The actions work again. */
  g_assert_false (ct_dashboard_page_is_reporting (fixture->page));
}

/* Screenshots (only with CARETAKER_TEST_SHOTS=DIR, in the environment's
 * language with CARETAKER_LOCALEDIR): the window, and the whole scrolled
 * dashboard, light and dark. */
static void
test_screenshots (DashboardFixture *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *scrolled = gtk_stack_get_child_by_name (fixture->page->content_stack, "dashboard");
  GtkWidget *content = gtk_widget_get_first_child (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)));
  const char *lang = g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "C";

  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_THIS_QUARTER);
  dashboard_test_wait_for (fixture->page, ct_dashboard_page_is_computing);
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *window = g_strdup_printf ("dashboard-%s-%s-window", lang,
                                                 dark ? "dark" : "light");
      g_autofree char *whole = g_strdup_printf ("dashboard-%s-%s-whole", lang,
                                                dark ? "dark" : "light");

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
      gui_test_iterate ();
      gui_test_snapshot (GTK_WIDGET (fixture->window), window);
      gui_test_snapshot_widget (content, whole);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gui_test_init (&argc, &argv);
  if (gui_test_shots_wanted ())
    g_test_add ("/dashboard-report/screenshots", DashboardFixture, NULL,
                dashboard_fixture_set_up, test_screenshots, dashboard_fixture_tear_down);
  dashboard_test_make_template ();
  g_test_add ("/dashboard-report/files", DashboardFixture, NULL, dashboard_fixture_set_up,
              test_report_files, dashboard_fixture_tear_down);
  g_test_add ("/dashboard-report/error", DashboardFixture, NULL, dashboard_fixture_set_up,
              test_report_error, dashboard_fixture_tear_down);
  status = gui_test_run ();
  dashboard_test_remove_template ();
  return status;
}
