/* test-dashboard-hidden.c — the Dashboard tab computes only on screen: a
 * window that opens on another tab starts no worker (on a large file the
 * figures take seconds and would compete with the tab shown); the tab
 * computes when first shown, and a change made while it is hidden waits for
 * it to be shown again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-dashboard-page-private.h"
#include "ct-tickets-page.h"
#include "gui-test-util.h"
#include "../core/ct-test-tickets.h"

/* 2025-11-21 04:40 UTC */
#define NOW 1763700000

static void
wait_for_worker (CtDashboardPage *page)
{
  gint64 give_up = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (ct_dashboard_page_is_computing (page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_main_context_iteration (NULL, TRUE);
    }
  gui_test_iterate ();
}

static void
test_hidden (void)
{
  GuiTestFile file;
  CtTestTicketOrg org;
  CtDashboardPage *page = CT_DASHBOARD_PAGE (ct_dashboard_page_new ());
  GtkWidget *tickets = ct_tickets_page_new ();
  AdwViewStack *stack = ADW_VIEW_STACK (adw_view_stack_new ());
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gui_test_file_open (&file, "caretaker-dashboard-hidden-XXXXXX", NOW, "项目经理");
  gui_test_file_add_departments (&file);
  ct_test_tickets_add_org (ct_context_get_organisation (file.context), &org);
  ct_test_tickets_insert (file.db, &org, 200, 3, NOW);

  /* The window opens on the Tickets tab, the Dashboard beside it. */
  adw_view_stack_add_named (stack, tickets, "tickets");
  adw_view_stack_add_named (stack, GTK_WIDGET (page), "dashboard");
  adw_view_stack_set_visible_child_name (stack, "tickets");
  gtk_window_set_default_size (window, 1280, 900);
  gtk_window_set_child (window, GTK_WIDGET (stack));
  ct_page_set_context (CT_PAGE (tickets), file.context);
  ct_page_set_context (CT_PAGE (page), file.context);
  gtk_window_present (window);
  gui_test_iterate ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_false (ct_dashboard_page_is_computing (page));
  g_assert_null (ct_dashboard_page_get_result (page));

  /* Shown: computed. */
  adw_view_stack_set_visible_child_name (stack, "dashboard");
  g_assert_true (ct_dashboard_page_is_computing (page));
  wait_for_worker (page);
  g_assert_nonnull (ct_dashboard_page_get_result (page));
  g_assert_cmpint (ct_dashboard_get_period (ct_dashboard_page_get_result (page))->now, ==, NOW);

  /* Shown again without a change: the figures are kept. */
  adw_view_stack_set_visible_child_name (stack, "tickets");
  gui_test_iterate ();
  adw_view_stack_set_visible_child_name (stack, "dashboard");
  g_assert_false (ct_dashboard_page_is_computing (page));
  g_assert_nonnull (ct_dashboard_page_get_result (page));

  /* Another period while hidden: nothing until shown, then that period. */
  adw_view_stack_set_visible_child_name (stack, "tickets");
  gui_test_iterate ();
  ct_dashboard_page_set_preset (page, CT_DASHBOARD_LAST_MONTH);
  g_assert_false (ct_dashboard_page_is_computing (page));
  g_assert_null (ct_dashboard_page_get_result (page));
  adw_view_stack_set_visible_child_name (stack, "dashboard");
  g_assert_true (ct_dashboard_page_is_computing (page));
  wait_for_worker (page);
  g_assert_cmpint (ct_dashboard_get_period (ct_dashboard_page_get_result (page))->from, ==,
                   1759248000);   /* 1 October 2025, Shanghai */

  gui_test_destroy_toplevels ();
  gui_test_file_close (&file);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  g_test_add_func ("/dashboard/hidden", test_hidden);
  return gui_test_run ();
}
