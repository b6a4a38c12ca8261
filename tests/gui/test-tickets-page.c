/* test-tickets-page.c — the Tickets tab over a file of a few hundred tickets:
 * the list, sorting by a header, filters, search, empty states, the detail
 * pane, a new ticket and the overdue badge, checked against the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-database-private.h"
#include "tickets-test-page.h"

#define N_TICKETS 400
#define LATER (10 * 86400)
#define OPEN "status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')"

typedef TicketsFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* No tickets for the empty-file test. */
  tickets_test_set_up (fixture, "caretaker-tickets-XXXXXX", data == NULL ? N_TICKETS : 0);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (ct_tickets_page_get_model (fixture->page));
}

/* The first column of the first row of @sql, as text. */
static char *
query_text (Fixture    *fixture,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (fixture->file.db, sql, &error);
  char *text = NULL;

  g_assert_no_error (error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  g_assert_nonnull (text);
  return text;
}

static guint
query_count (Fixture    *fixture,
             const char *where)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tickets WHERE %s", where);
  g_autofree char *text = query_text (fixture, sql);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static char *
cell (Fixture             *fixture,
      GtkColumnViewColumn *column,
      guint                position)
{
  return ct_tickets_page_dup_cell_text (fixture->page, column, position);
}

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *newest = query_text (fixture, "SELECT code FROM tickets WHERE " OPEN
                                                 " ORDER BY created_at DESC, id DESC LIMIT 1");
  g_autofree char *first = cell (fixture, fixture->page->code_column, 0);
  g_autofree char *title = cell (fixture, fixture->page->title_column, 0);
  guint overdue = ct_ticket_store_count_overdue (ct_context_get_tickets (fixture->file.context),
                                                 NOW);

  /* Open tickets, newest first, with their badge. */
  g_assert_cmpstr (ct_tickets_page_get_visible_child (fixture->page), ==, "list");
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, OPEN));
  g_assert_cmpuint (n_rows (fixture), <, N_TICKETS);
  g_assert_cmpstr (first, ==, newest);
  g_assert_cmpstr (title, !=, "");
  g_assert_cmpuint (overdue, >, 0);
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (fixture->page)), ==, overdue);
}

static void
test_sort_by_header (Fixture       *fixture,
                     gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *lowest = query_text (fixture, "SELECT min(code) FROM tickets WHERE " OPEN);
  g_autofree char *highest = query_text (fixture, "SELECT max(code) FROM tickets WHERE " OPEN);
  g_autofree char *soonest = query_text (fixture, "SELECT code FROM tickets WHERE " OPEN
                                                  " ORDER BY due_resolution_at IS NULL, "
                                                  "due_resolution_at, id LIMIT 1");
  g_autofree char *before = cell (fixture, page->code_column, 0);
  char *first;

  /* What a click on a header does: the query's ORDER BY, not GTK, sorts. */
  gtk_column_view_sort_by_column (page->column_view, page->code_column, GTK_SORT_ASCENDING);
  first = cell (fixture, page->code_column, 0);
  g_assert_cmpstr (first, ==, lowest);
  g_assert_cmpstr (first, !=, before);
  g_free (first);
  g_assert_cmpint (page->query->sort, ==, CT_TICKET_SORT_CODE);

  gtk_column_view_sort_by_column (page->column_view, page->code_column, GTK_SORT_DESCENDING);
  first = cell (fixture, page->code_column, 0);
  g_assert_cmpstr (first, ==, highest);
  g_free (first);

  gtk_column_view_sort_by_column (page->column_view, page->sla_column, GTK_SORT_ASCENDING);
  first = cell (fixture, page->code_column, 0);
  g_assert_cmpstr (first, ==, soonest);
  g_free (first);
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, OPEN));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *site = g_strdup_printf ("site_id = %" G_GINT64_FORMAT " AND kind = 'complaint'",
                                           fixture->org.site_ids[1]);

  gtk_drop_down_set_selected (page->kind_dropdown, gui_test_kind_index ("complaint"));
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, OPEN " AND kind = 'complaint'"));
  gtk_drop_down_set_selected (page->status_dropdown, 1);   /* all statuses */
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, "kind = 'complaint'"));
  gtk_drop_down_set_selected (page->site_dropdown, 2);     /* the second site */
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, site));
  g_assert_cmpuint (n_rows (fixture), >, 0);

  gtk_widget_activate_action (GTK_WIDGET (page), "tickets.reset-filters", NULL);
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, OPEN));
  gtk_toggle_button_set_active (page->overdue_button, TRUE);
  g_assert_cmpuint (n_rows (fixture), ==, ct_page_get_badge (CT_PAGE (page)));
  g_assert_cmpuint (n_rows (fixture), <, query_count (fixture, OPEN));
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *text = NULL;

  gtk_drop_down_set_selected (page->status_dropdown, 1);   /* all statuses */
  /* Three Chinese characters from the middle of a title: the trigram index. */
  ct_tickets_page_set_search_text (page, "水管漏");
  g_assert_cmpuint (n_rows (fixture), >, 0);
  g_assert_cmpuint (n_rows (fixture), ==, query_count (fixture, "title LIKE '%水管漏%' "
                                                       "OR description LIKE '%水管漏%'"));
  text = cell (fixture, page->title_column, 0);
  g_assert_nonnull (strstr (text, "水管漏"));

  ct_tickets_page_set_search_text (page, "没有这样的工单");
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpstr (ct_tickets_page_get_visible_child (page), ==, "no-results");
  gtk_widget_activate_action (GTK_WIDGET (page), "tickets.reset-filters", NULL);
  g_assert_cmpstr (ct_tickets_page_get_visible_child (page), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->search_entry)), ==, "");
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpstr (ct_tickets_page_get_visible_child (fixture->page), ==, "empty");
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (fixture->page)), ==, 0);
}

static void
test_detail (Fixture       *fixture,
             gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  CtTicketStore *store = ct_context_get_tickets (fixture->file.context);
  g_autofree char *code = query_text (fixture, "SELECT code FROM tickets WHERE status = 'new' "
                                               "ORDER BY created_at DESC, id DESC LIMIT 1");
  g_autoptr(CtTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  ticket = ct_ticket_store_find_code (store, code, &error);
  g_assert_no_error (error);
  id = ct_record_get_id (CT_RECORD (ticket));
  g_assert_true (ct_tickets_page_select_id (page, id));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ct_ticket_detail_get_ticket (page->detail))), ==, id);

  /* An action saved in the pane: the list reads the file again and keeps the
   * ticket selected, now accepted. */
  ct_ticket_store_accept (store, ticket, "客服小陈", &error);
  g_assert_no_error (error);
  g_signal_emit_by_name (page->detail, "changed");
  g_assert_nonnull (ct_tickets_page_get_selected (page));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ct_tickets_page_get_selected (page))), ==, id);
  g_assert_cmpstr (ct_ticket_get_status (ct_tickets_page_get_selected (page)), ==, "accepted");
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

static void
test_new_ticket (Fixture       *fixture,
                 gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autoptr(CtTicket) ticket = ct_ticket_new ("repair", "3号楼电梯异响");
  g_autoptr(GError) error = NULL;
  guint before = n_rows (fixture);
  GtkWidget *dialog;

  gtk_widget_activate_action (GTK_WIDGET (page), "tickets.new", NULL);
  dialog = find_toplevel (g_type_from_name ("CtNewTicketDialog"));
  g_assert_nonnull (dialog);

  /* As if saved in the dialog: the page shows and selects it. */
  g_object_set (ticket, "repair_class", "routine", "site_id", fixture->org.site_ids[0], NULL);
  ct_ticket_store_create (ct_context_get_tickets (fixture->file.context), ticket, "客服小陈", &error);
  g_assert_no_error (error);
  g_signal_emit_by_name (dialog, "created", ticket);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (n_rows (fixture), ==, before + 1);
  g_assert_nonnull (ct_tickets_page_get_selected (page));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ct_tickets_page_get_selected (page))), ==,
                   ct_record_get_id (CT_RECORD (ticket)));
}

static void
test_overdue_sweep (Fixture       *fixture,
                    gconstpointer  data)
{
  CtTicketStore *store = ct_context_get_tickets (fixture->file.context);
  guint badge = ct_page_get_badge (CT_PAGE (fixture->page));

  /* The sweep on opening marked everything already overdue: nothing new now. */
  g_assert_cmpuint (ct_tickets_page_sweep (fixture->page), ==, 0);

  /* Ten days later more tickets are late: the sweep finds exactly those. */
  g_assert_cmpuint (ct_ticket_store_count_overdue (store, NOW + LATER), >, badge);
  ct_clock_advance (fixture->file.clock, LATER);
  g_assert_cmpuint (ct_tickets_page_sweep (fixture->page), ==,
                    ct_ticket_store_count_overdue (store, NOW + LATER) - badge);
  ct_tickets_page_update_badge (fixture->page);
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (fixture->page)), >, badge);
  g_assert_cmpuint (ct_tickets_page_sweep (fixture->page), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, tickets_test_tear_down)

  ADD ("/tickets-page/list", NULL, test_list);
  ADD ("/tickets-page/sort-by-header", NULL, test_sort_by_header);
  ADD ("/tickets-page/filters", NULL, test_filters);
  ADD ("/tickets-page/search", NULL, test_search);
  ADD ("/tickets-page/empty", GINT_TO_POINTER (TRUE), test_empty);
  ADD ("/tickets-page/detail", NULL, test_detail);
  ADD ("/tickets-page/new-ticket", NULL, test_new_ticket);
  ADD ("/tickets-page/overdue-sweep", NULL, test_overdue_sweep);

  return g_test_run ();
}
