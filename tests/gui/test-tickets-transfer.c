/* test-tickets-transfer.c — Export… and Import… of the Tickets page: the
 * filtered list to CSV and XLSX, Cancel, a good file (checked, then imported)
 * and a bad one, each run in the worker thread and waited for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-database-private.h"
#include "tickets-test-page.h"

#define N_TICKETS 400
/* Enough rows that Cancel, pressed at once, lands before the last one. */
#define N_MANY 6000
#define UTF8_BOM "\xEF\xBB\xBF"

#define GOOD_CSV \
  "code,kind,repair_class,site,unit,title,created_at\n" \
  "I-001,repair,routine,阳光花园,8-1-101,厨房漏水,2025-11-03 08:30\n" \
  "I-002,complaint,,阳光花园,8-1-102,楼上噪音,2025-11-04 09:15\n" \
  "I-003,consultation,,翠湖苑,,停车费怎么交,2025-11-05 10:00\n"
#define BAD_CSV \
  "code,kind,site,title,created_at\n" \
  "B-001,consultation,阳光花园,物业费,2025-11-03 08:30\n" \
  "B-002,praise,阳光花园,表扬保安,2025-13-03 08:30\n"

typedef TicketsFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  tickets_test_set_up (fixture, "caretaker-transfer-XXXXXX",
                       data != NULL ? GPOINTER_TO_UINT (data) : N_TICKETS);
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (ct_tickets_page_get_model (fixture->page));
}

/* Runs the main loop until the page's import or export has finished. */
static void
wait_for_transfer (Fixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (ct_tickets_page_is_transferring (fixture->page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  gui_test_iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (fixture->page->transfer_revealer));
}

static guint
count_tickets (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (fixture->file.db, "SELECT count(*) FROM tickets",
                                            &error);
  guint n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = (guint) sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Whether a label under @widget (a toast, a dialog) shows @needle. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *needle)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), needle) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, needle))
      return TRUE;
  return FALSE;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Whether @data (binary: a zip) holds @needle. */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->file.dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* Every file of the fixture's folder but the database's. */
static guint
count_other_files (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->file.dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "物业.db"))
      n++;
  return n;
}

/* Whether a button of @action inside the page (as a menu item would be) can
 * be pressed. */
static gboolean
action_enabled (Fixture    *fixture,
                const char *action)
{
  GtkWidget *box = gtk_widget_get_first_child (GTK_WIDGET (fixture->page));
  GtkWidget *button = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (box), button);
  enabled = gtk_widget_is_sensitive (button);
  gtk_box_remove (GTK_BOX (box), button);
  return enabled;
}

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *path = g_build_filename (fixture->file.dir, "工单 投诉.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  /* Complaints of every status, by number: the file must hold exactly these. */
  gtk_drop_down_set_selected (page->status_dropdown, 1);
  gtk_drop_down_set_selected (page->kind_dropdown, gui_test_kind_index ("complaint"));
  gtk_column_view_sort_by_column (page->column_view, page->code_column, GTK_SORT_ASCENDING);
  n = n_rows (fixture);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_TICKETS);

  g_assert_true (action_enabled (fixture, "tickets.export"));
  g_assert_false (action_enabled (fixture, "tickets.cancel-transfer"));
  g_assert_true (ct_tickets_page_export_to_path (page, path));
  /* One at a time, shown in the page, the actions off meanwhile. */
  g_assert_true (ct_tickets_page_is_transferring (page));
  g_assert_true (gtk_revealer_get_reveal_child (page->transfer_revealer));
  g_assert_false (ct_tickets_page_export_to_path (page, path));
  g_assert_false (action_enabled (fixture, "tickets.import"));
  g_assert_false (action_enabled (fixture, "tickets.export"));
  g_assert_true (action_enabled (fixture, "tickets.cancel-transfer"));
  wait_for_transfer (fixture);
  g_assert_true (action_enabled (fixture, "tickets.import"));
  g_assert_true (action_enabled (fixture, "tickets.export"));
  g_assert_false (action_enabled (fixture, "tickets.cancel-transfer"));

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, UTF8_BOM "code,kind,"));
  lines = g_strsplit (text, "\r\n", -1);
  /* The header, a line per ticket, and nothing after the last line end. */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 2);
  g_assert_cmpstr (lines[n + 1], ==, "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtTicket) ticket = g_list_model_get_item (ct_tickets_page_get_model (page), i);
      g_autofree char *start = g_strconcat (ct_ticket_get_code (ticket), ",complaint,", NULL);

      g_assert_true (g_str_has_prefix (lines[i + 1], start));
    }
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "Exported"));
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "工单 投诉.csv"));
  g_assert_null (find_message_dialog ());
}

static void
test_export_xlsx (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->file.dir, "Tickets.xlsx", NULL);
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  /* Search: the list of one title's tickets. */
  ct_tickets_page_set_search_text (fixture->page, "水管漏");
  g_assert_cmpuint (n_rows (fixture), >, 0);
  g_assert_true (ct_tickets_page_export_to_path (fixture->page, path));
  wait_for_transfer (fixture);

  /* A zip (Office Open XML) with its sheet, and no temporary left beside it. */
  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (text, 4, "PK\x03\x04", 4);
  g_assert_true (contains_bytes (text, length, "xl/worksheets/sheet1.xml"));
  g_assert_cmpuint (count_other_files (fixture), ==, 1);
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "Tickets.xlsx"));
}

static void
test_export_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *csv = g_build_filename (fixture->file.dir, "all.csv", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->file.dir, "all.xlsx", NULL);

  gtk_drop_down_set_selected (page->status_dropdown, 1);   /* all statuses */
  g_assert_cmpuint (n_rows (fixture), ==, N_MANY);

  /* Cancel leaves no file behind, neither a part of one nor a temporary. */
  g_assert_true (ct_tickets_page_export_to_path (page, csv));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "tickets.cancel-transfer", NULL));
  wait_for_transfer (fixture);
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "Export cancelled"));
  g_assert_cmpuint (count_other_files (fixture), ==, 0);

  g_assert_true (ct_tickets_page_export_to_path (page, xlsx));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "tickets.cancel-transfer", NULL));
  wait_for_transfer (fixture);
  g_assert_cmpuint (count_other_files (fixture), ==, 0);
  g_assert_null (find_message_dialog ());

  /* Done again without Cancel, the whole list is there. */
  g_assert_true (ct_tickets_page_export_to_path (page, csv));
  wait_for_transfer (fixture);
  g_assert_true (g_file_test (csv, G_FILE_TEST_EXISTS));
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  CtOrganisation *org = ct_context_get_organisation (fixture->file.context);
  g_autofree char *path = write_file (fixture, "历史工单.csv", GOOD_CSV);
  g_autoptr(CtTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;
  guint before = n_rows (fixture);
  guint total = count_tickets (fixture);
  AdwMessageDialog *dialog;

  /* A dry run says what would happen and writes nothing. */
  g_assert_true (ct_tickets_page_import_path (page, path, CT_TICKET_IMPORT_CREATE_MISSING |
                                                          CT_TICKET_IMPORT_DRY_RUN));
  wait_for_transfer (fixture);
  g_assert_cmpuint (count_tickets (fixture), ==, total);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "3 tickets"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "2 units"));
  g_assert_null (ct_organisation_find_unit (org, 0, "8-1-101"));

  /* Import Now: the three new tickets are in the list, and the units the
   * worker's connection created are in the page's organisation. */
  adw_message_dialog_response (dialog, "import");
  g_assert_true (ct_tickets_page_is_transferring (page));
  wait_for_transfer (fixture);
  g_assert_cmpuint (count_tickets (fixture), ==, total + 3);
  g_assert_cmpuint (n_rows (fixture), ==, before + 3);
  ticket = ct_ticket_store_find_code (ct_context_get_tickets (fixture->file.context), "I-002",
                                      &error);
  g_assert_no_error (error);
  g_assert_true (ct_tickets_page_select_id (page, ct_record_get_id (CT_RECORD (ticket))));
  g_assert_nonnull (ct_organisation_find_unit (org, fixture->org.site_ids[0], "8-1-101"));
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "Imported 3 tickets"));
  g_assert_true (shows_label (GTK_WIDGET (fixture->window), "1 building, 2 units created"));
}

static void
test_import_bad (Fixture       *fixture,
                 gconstpointer  data)
{
  CtTicketsPage *page = fixture->page;
  g_autofree char *path = write_file (fixture, "bad.csv", BAD_CSV);
  g_autofree char *missing = g_build_filename (fixture->file.dir, "none.csv", NULL);
  guint before = n_rows (fixture);
  guint total = count_tickets (fixture);
  AdwMessageDialog *dialog;
  const char *body;

  /* The error names the line and the column, and nothing is imported. */
  g_assert_true (ct_tickets_page_import_path (page, path, CT_TICKET_IMPORT_DEFAULT));
  wait_for_transfer (fixture);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Line 3"));
  g_assert_nonnull (strstr (body, "created_at"));
  g_assert_nonnull (strstr (body, "Nothing was imported."));
  g_assert_cmpuint (count_tickets (fixture), ==, total);
  g_assert_cmpuint (n_rows (fixture), ==, before);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A file that is not there: said so, too. */
  g_assert_true (ct_tickets_page_import_path (page, missing, CT_TICKET_IMPORT_DEFAULT));
  wait_for_transfer (fixture);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "none.csv"));
  g_assert_cmpuint (count_tickets (fixture), ==, total);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, data, func) \
  g_test_add (name, Fixture, data, fixture_set_up, func, tickets_test_tear_down)

  ADD ("/tickets-transfer/export-csv", NULL, test_export_csv);
  ADD ("/tickets-transfer/export-xlsx", NULL, test_export_xlsx);
  ADD ("/tickets-transfer/export-cancel", GUINT_TO_POINTER (N_MANY), test_export_cancel);
  ADD ("/tickets-transfer/import", NULL, test_import);
  ADD ("/tickets-transfer/import-bad", NULL, test_import_bad);

  return g_test_run ();
}
