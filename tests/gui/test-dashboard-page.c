/* test-dashboard-page.c — the Dashboard tab over a file of known tickets:
 * tiles equal the figures of the file, a new period is recomputed in the
 * worker, a click on a tile shows exactly its tickets in the Tickets tab, and
 * the dark style does not break it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "charts/ct-chart.h"
#include "ct-dashboard-page-private.h"
#include "ct-tickets-page-private.h"
#include "gui-test-util.h"
#include "../core/ct-test-tickets.h"

/* 2025-11-21 04:40 UTC: tickets from late August to now. */
#define NOW 1763700000
#define N_TICKETS 300

typedef struct
{
  GuiTestFile      file;
  CtTestTicketOrg  org;
  GtkWindow       *window;
  AdwViewStack    *stack;
  CtDashboardPage *page;
  CtTicketsPage   *tickets;
} Fixture;

/* Runs the main loop until the worker is done (at most 20 s). */
static void
wait_for_worker (Fixture *fixture)
{
  gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (ct_dashboard_page_is_computing (fixture->page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, give_up);
      g_main_context_iteration (NULL, TRUE);
    }
  gui_test_iterate ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  gui_test_file_open (&fixture->file, "caretaker-dashboard-XXXXXX", NOW, "项目经理");
  gui_test_file_add_departments (&fixture->file);
  ct_test_tickets_add_org (ct_context_get_organisation (fixture->file.context), &fixture->org);
  ct_test_tickets_insert (fixture->file.db, &fixture->org, N_TICKETS, 5, NOW);

  /* The two tabs side by side in a view stack, as in the window. */
  fixture->page = CT_DASHBOARD_PAGE (ct_dashboard_page_new ());
  fixture->tickets = CT_TICKETS_PAGE (ct_tickets_page_new ());
  fixture->stack = ADW_VIEW_STACK (adw_view_stack_new ());
  adw_view_stack_add_named (fixture->stack, GTK_WIDGET (fixture->page), "dashboard");
  adw_view_stack_add_named (fixture->stack, GTK_WIDGET (fixture->tickets), "tickets");
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->stack));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 900);
  gtk_window_set_child (fixture->window, overlay);
  ct_page_set_context (CT_PAGE (fixture->tickets), fixture->file.context);
  ct_page_set_context (CT_PAGE (fixture->page), fixture->file.context);
  gtk_window_present (fixture->window);
  wait_for_worker (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
  gui_test_file_close (&fixture->file);
}

/* The figures of @key over the page's period, computed by core. */
static char *
expected_value (Fixture    *fixture,
                const char *key)
{
  const CtDashboard *dashboard = ct_dashboard_page_get_result (fixture->page);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketKpis) kpis = NULL;

  g_assert_nonnull (dashboard);
  kpis = ct_ticket_kpis_compute (fixture->file.db, ct_dashboard_get_period (dashboard), &error);
  g_assert_no_error (error);
  return ct_ticket_kpis_format_value (kpis, key);
}

static guint
tile_count (Fixture    *fixture,
            const char *key)
{
  const char *text = ct_dashboard_page_get_tile_value (fixture->page, key);

  g_assert_nonnull (text);
  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static guint
created_between (Fixture *fixture,
                 gint64   from,
                 gint64   to,
                 gint64   site_id)
{
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (fixture->file.db);
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();

  g_autoptr(GStrvBuilder) statuses = g_strv_builder_new ();

  /* Cancelled and invalid tickets leave the KPIs. */
  for (const char *const *s = ct_ticket_statuses (); *s != NULL; s++)
    if (!g_str_equal (*s, "cancelled") && !g_str_equal (*s, "invalid"))
      g_strv_builder_add (statuses, *s);
  g_clear_pointer (&query->statuses, g_strfreev);
  query->statuses = g_strv_builder_end (statuses);
  query->created_from = from;
  query->created_to = to;
  query->site_id = site_id;
  ct_ticket_list_model_set_query (model, query);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
test_tiles (Fixture       *fixture,
            gconstpointer  data)
{
  const CtKpiPeriod *period = ct_dashboard_get_period (ct_dashboard_page_get_result (fixture->page));
  guint created;

  /* This month in Shanghai: 1 November 2025 00:00 +08:00, to 1 December. */
  g_assert_cmpint (period->from, ==, 1761926400);
  g_assert_cmpint (period->to, ==, 1764518400);
  created = created_between (fixture, period->from, period->to, 0);
  g_assert_cmpuint (created, >, 20);
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), ==, created);
  for (const char *const *key = ct_dashboard_tile_keys (); *key != NULL; key++)
    if (ct_ticket_kpi_is_key (*key))
      {
        g_autofree char *expected = expected_value (fixture, *key);

        g_assert_cmpstr (ct_dashboard_page_get_tile_value (fixture->page, *key), ==, expected);
      }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->content_stack), ==, "dashboard");
  g_assert_cmpuint (tile_count (fixture, "overdue_open"), >, 0);
}

static void
test_period (Fixture       *fixture,
             gconstpointer  data)
{
  const CtKpiPeriod *period;
  guint this_month = tile_count (fixture, "tickets_created");

  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_LAST_MONTH);
  /* Another change before the worker is done: only the newest counts. */
  g_assert_true (ct_dashboard_page_is_computing (fixture->page));
  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_THIS_QUARTER);
  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_LAST_MONTH);
  wait_for_worker (fixture);
  period = ct_dashboard_get_period (ct_dashboard_page_get_result (fixture->page));
  g_assert_cmpint (period->from, ==, 1759248000);   /* 1 October 2025, Shanghai */
  g_assert_cmpint (period->to, ==, 1761926400);
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), ==,
                    created_between (fixture, period->from, period->to, 0));
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), !=, this_month);

  /* A custom range, last day included. */
  ct_dashboard_page_set_custom (fixture->page, "2025-09-01", "2025-09-30");
  wait_for_worker (fixture);
  period = ct_dashboard_get_period (ct_dashboard_page_get_result (fixture->page));
  g_assert_cmpint (period->from, ==, 1756656000);
  g_assert_cmpint (period->to, ==, 1759248000);
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), ==,
                    created_between (fixture, period->from, period->to, 0));

  /* One site: its own tickets. */
  gtk_drop_down_set_selected (fixture->page->site_dropdown, 2);
  wait_for_worker (fixture);
  period = ct_dashboard_get_period (ct_dashboard_page_get_result (fixture->page));
  g_assert_cmpint (period->site_id, ==, fixture->org.site_ids[1]);
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), ==,
                    created_between (fixture, period->from, period->to, fixture->org.site_ids[1]));
  g_assert_cmpuint (tile_count (fixture, "tickets_created"), <,
                    created_between (fixture, period->from, period->to, 0));

  /* A bad date says what to write, and computes nothing. */
  ct_dashboard_page_set_custom (fixture->page, "2025-09-01", "30.9.2025");
  g_assert_false (ct_dashboard_page_is_computing (fixture->page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->page->content_stack), ==, "error");
}

static void
test_drill_down (Fixture       *fixture,
                 gconstpointer  data)
{
  guint overdue = tile_count (fixture, "overdue_open");
  guint created = tile_count (fixture, "tickets_created");
  g_autofree char *banner = NULL;

  g_assert_true (ct_dashboard_page_activate_tile (fixture->page, "overdue_open"));
  g_assert_true (adw_view_stack_get_visible_child (fixture->stack) == GTK_WIDGET (fixture->tickets));
  g_assert_cmpuint (g_list_model_get_n_items (ct_tickets_page_get_model (fixture->tickets)), ==, overdue);
  g_assert_true (gtk_revealer_get_reveal_child (fixture->tickets->ids_revealer));
  banner = g_strdup_printf ("Showing the %u tickets behind “%s”", overdue,
                            ct_ticket_kpi_name ("overdue_open"));
  g_assert_cmpstr (gtk_label_get_text (fixture->tickets->ids_label), ==, banner);

  /* Tickets of the period, closed ones too. */
  g_assert_true (ct_dashboard_page_activate_tile (fixture->page, "tickets_created"));
  g_assert_cmpuint (g_list_model_get_n_items (ct_tickets_page_get_model (fixture->tickets)), ==, created);

  /* Clear: the usual queue (open tickets) again. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->tickets), "tickets.clear-ids", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (fixture->tickets->ids_revealer));
  g_assert_null (fixture->tickets->query->ids);
  g_assert_cmpuint (g_list_model_get_n_items (ct_tickets_page_get_model (fixture->tickets)), !=, created);
}

/* The chart titled @title among the cards. */
static CtChart *
find_chart (Fixture    *fixture,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->page->charts_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      CtChart *chart = CT_CHART (gui_test_find_descendant (child, CT_TYPE_CHART));

      if (g_strcmp0 (ct_chart_get_title (chart), title) == 0)
        return chart;
    }
  g_assert_not_reached ();
}

/* A click on a bar of each chart that drills down shows as many tickets as
 * the bar says. */
static void
check_bars (Fixture    *fixture,
            const char *title,
            guint       series)
{
  CtChart *chart = find_chart (fixture, title);
  CtChartData *data = ct_chart_layer_get_data (ct_chart_get_layer (chart, 0));
  guint checked = 0;

  for (guint c = 0; c < ct_chart_data_get_n_categories (data) && checked < 3; c++)
    {
      double value = ct_chart_data_get_value (data, series, c);

      if (isnan (value) || value < 1)
        continue;
      adw_view_stack_set_visible_child (fixture->stack, GTK_WIDGET (fixture->page));
      g_signal_emit_by_name (chart, "item-activated", 0u, series, c);
      g_assert_true (adw_view_stack_get_visible_child (fixture->stack) == GTK_WIDGET (fixture->tickets));
      g_assert_cmpuint (g_list_model_get_n_items (ct_tickets_page_get_model (fixture->tickets)), ==,
                        (guint) value);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

static void
test_chart_drill_down (Fixture       *fixture,
                       gconstpointer  data)
{
  check_bars (fixture, "Tickets by Kind", 0);        /* repairs of a day */
  check_bars (fixture, "Tickets by Kind", 1);        /* complaints */
  check_bars (fixture, "Response Time", 0);
  check_bars (fixture, "Tickets Resolved by Department", 0);
  check_bars (fixture, "Backlog and Overdue", 0);    /* open at the end of a day */
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *before = g_strdup (ct_dashboard_page_get_tile_value (fixture->page, "overdue_open"));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->page));
  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_THIS_YEAR);
  wait_for_worker (fixture);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->page));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->page));
  /* Overdue tickets are counted at now, whatever the period. */
  g_assert_cmpstr (ct_dashboard_page_get_tile_value (fixture->page, "overdue_open"), ==, before);
}

/* Closing the window while the worker runs drops its result quietly. */
static void
test_close_while_computing (Fixture       *fixture,
                            gconstpointer  data)
{
  ct_dashboard_page_set_preset (fixture->page, CT_DASHBOARD_THIS_YEAR);
  g_assert_true (ct_dashboard_page_is_computing (fixture->page));
  gui_test_destroy_toplevels ();
  fixture->window = NULL;
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  g_test_add ("/dashboard/tiles", Fixture, NULL, fixture_set_up, test_tiles, fixture_tear_down);
  g_test_add ("/dashboard/period", Fixture, NULL, fixture_set_up, test_period, fixture_tear_down);
  g_test_add ("/dashboard/drill-down", Fixture, NULL, fixture_set_up, test_drill_down,
              fixture_tear_down);
  g_test_add ("/dashboard/chart-drill-down", Fixture, NULL, fixture_set_up,
              test_chart_drill_down, fixture_tear_down);
  g_test_add ("/dashboard/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add ("/dashboard/close-while-computing", Fixture, NULL, fixture_set_up,
              test_close_while_computing, fixture_tear_down);
  return gui_test_run ();
}
