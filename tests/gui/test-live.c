/* test-live.c — shared mode in the window: two apps on one file. The other
 * app (another CtDatabase, present as 李强) writes; after a poll the window's
 * lists and stores show it and a toast says who; the presence button lists
 * the other app until it leaves; closing the window leaves the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "live/ct-change-toast.h"
#include "ct-assets-page-private.h"
#include "ct-presence.h"
#include "ct-ticket-detail-private.h"
#include "ct-tickets-page-private.h"
#include "ct-window-private.h"
#include "gui-test-util.h"

typedef struct
{
  GuiTestFixture  base;
  char           *path;
  CtWindow       *window;
  CtDatabase     *other_db;   /* the other app */
  CtOrganisation *other_org;
  CtTicketStore  *other_tickets;
  gint64          site_id;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  gui_test_fixture_set_up (&f->base, data);
  f->path = gui_test_create_database (&f->base, "共享.db");
  f->window = gui_test_show_window (&f->base);
  g_assert_true (ct_window_open_path (f->window, f->path, FALSE, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  f->other_db = ct_database_open (f->path, 0, NULL, &error);
  g_assert_no_error (error);
  f->other_org = ct_organisation_new (f->other_db, &error);
  g_assert_no_error (error);
  f->other_tickets = ct_ticket_store_new (f->other_org, &error);
  g_assert_no_error (error);
  g_assert_true (ct_presence_join (f->other_db, "李强", "liqiang", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gui_test_close_window (f->window);
  g_clear_object (&f->other_tickets);
  g_clear_object (&f->other_org);
  g_clear_object (&f->other_db);
  g_free (f->path);
  gui_test_fixture_tear_down (&f->base, data);
}

static CtWindowLive *
live (Fixture *f)
{
  return f->window->live;
}

static CtTicketsPage *
show_tab (Fixture    *f,
          const char *name)
{
  adw_view_stack_set_visible_child_name (f->window->view_stack, name);
  gui_test_iterate ();
  return CT_TICKETS_PAGE (adw_view_stack_get_child_by_name (f->window->view_stack, "tickets"));
}

static guint
n_listed (CtTicketsPage *page)
{
  return g_list_model_get_n_items (ct_tickets_page_get_model (page));
}

/* A site written by @actor through the other app's connection. */
static gint64
other_adds_site (Fixture    *f,
                 const char *code,
                 const char *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtSite) site = ct_site_new (code, "阳光花园");

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (f->other_org),
                                         CT_RECORD (site), actor, &error));
  g_assert_no_error (error);
  return ct_record_get_id (CT_RECORD (site));
}

static CtTicket *
other_creates_ticket (Fixture    *f,
                      const char *title,
                      const char *actor)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", title);

  if (f->site_id == 0)
    f->site_id = other_adds_site (f, "S01", actor);
  g_object_set (ticket, "repair_class", "routine", "site_id", f->site_id, NULL);
  g_assert_true (ct_ticket_store_create (f->other_tickets, ticket, actor, &error));
  g_assert_no_error (error);
  return ticket;
}

static guint
poll (Fixture *f)
{
  guint n = ct_window_live_poll (live (f));

  gui_test_iterate ();
  return n;
}

static void
test_presence (Fixture       *f,
               gconstpointer  data)
{
  CtPresenceButton *button = f->window->presence_button;
  g_autofree char *expected = g_strdup_printf ("李强 on %s", g_get_host_name ());
  g_autoptr(GPtrArray) seen_by_other = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  /* Joined when the window opened the file; 李强 came later. */
  g_assert_true (ct_presence_is_joined (ct_context_get_database (ct_window_get_context (f->window))));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));

  ct_window_live_heartbeat (live (f));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (ct_presence_button_get_count (button), ==, 1);
  g_assert_cmpstr (ct_presence_button_get_label (button), ==, "1 other");
  row = gtk_widget_get_first_child (GTK_WIDGET (ct_presence_button_get_list (button)));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, expected);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Since "));
  g_assert_null (gtk_widget_get_next_sibling (row));

  /* The other app sees the window's user. */
  seen_by_other = ct_presence_list_others (f->other_db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen_by_other->len, ==, 1);
  g_assert_cmpstr (((CtPresence *) g_ptr_array_index (seen_by_other, 0))->user, ==, "测试员");
  g_clear_pointer (&seen_by_other, g_ptr_array_unref);

  /* 李强 leaves: gone on the next heartbeat. */
  g_assert_true (ct_presence_leave (f->other_db, &error));
  g_assert_no_error (error);
  ct_window_live_heartbeat (live (f));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpuint (ct_presence_button_get_count (button), ==, 0);
  g_assert_null (gtk_widget_get_first_child (GTK_WIDGET (ct_presence_button_get_list (button))));

  /* Closing the window leaves the file. */
  g_assert_true (ct_presence_join (f->other_db, "李强", "liqiang", &error));
  gui_test_close_window (g_steal_pointer (&f->window));
  seen_by_other = ct_presence_list_others (f->other_db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seen_by_other->len, ==, 0);
}

/* Lets the tab crossfade and the toasts' slide finish before a screenshot. */
static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
wait_for_animations (void)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (1500, quit_cb, loop);
  g_main_loop_run (loop);
}

/* Two others and one of their changes, as the header shows them (with
 * $CARETAKER_TEST_SHOTS set, also as live-header.png and live-popover.png). */
static void
test_two_others (Fixture       *f,
                 gconstpointer  data)
{
  CtPresenceButton *button = f->window->presence_button;
  g_autoptr(CtDatabase) third = ct_database_open (f->path, 0, NULL, NULL);
  g_autoptr(CtTicket) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GtkMenuButton *menu_button;

  g_assert_nonnull (third);
  g_assert_true (ct_presence_join (third, "王芳", "wangfang", &error));
  g_assert_no_error (error);
  show_tab (f, "tickets");
  theirs = other_creates_ticket (f, "3号楼电梯异响", "李强");
  poll (f);
  g_assert_true (ct_ticket_store_accept (f->other_tickets, theirs, "王芳", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 1);
  ct_window_live_heartbeat (live (f));

  g_assert_cmpstr (ct_presence_button_get_label (button), ==, "2 others");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (button)));
  expected = g_strdup_printf ("%s changed by 王芳", ct_ticket_get_code (theirs));
  g_assert_cmpstr (ct_window_live_get_last_toast (live (f)), ==, expected);
  if (g_getenv ("CARETAKER_TEST_SHOTS") != NULL)
    wait_for_animations ();
  gui_test_snapshot (GTK_WIDGET (f->window), "live-header");

  menu_button = GTK_MENU_BUTTON (gtk_widget_get_first_child (GTK_WIDGET (button)));
  gtk_menu_button_popup (menu_button);
  gui_test_iterate ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (ct_presence_button_get_list (button))));
  gui_test_snapshot (GTK_WIDGET (gtk_menu_button_get_popover (menu_button)), "live-popover");
  gtk_menu_button_popdown (menu_button);
}

static void
test_ticket_refresh_and_toast (Fixture       *f,
                               gconstpointer  data)
{
  CtTicketsPage *page = show_tab (f, "tickets");
  CtContext *context = ct_window_get_context (f->window);
  g_autoptr(CtTicket) theirs = NULL;
  g_autoptr(CtTicket) ours = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  CtTicket *shown;

  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (n_listed (page), ==, 0);
  g_assert_cmpuint (ct_window_live_get_n_toasts (live (f)), ==, 0);

  /* 李强 reports a leak: the list shows it after one poll. */
  theirs = other_creates_ticket (f, "厨房漏水", "李强");
  g_assert_cmpuint (poll (f), ==, 2);   /* the site and the ticket */
  g_assert_cmpuint (n_listed (page), ==, 1);
  g_assert_cmpuint (ct_window_live_get_n_toasts (live (f)), ==, 1);
  g_assert_cmpstr (ct_window_live_get_last_toast (live (f)), ==, "2 records changed by 李强");
  /* The new site reached the window's organisation store too. */
  g_assert_nonnull (ct_record_store_lookup (ct_organisation_get_sites (ct_context_get_organisation (context)),
                                            f->site_id));

  /* He accepts it while it is open here: the detail shows the new status. */
  g_assert_true (ct_tickets_page_select_id (page, ct_record_get_id (CT_RECORD (theirs))));
  gui_test_iterate ();
  g_assert_cmpstr (ct_ticket_get_status (ct_ticket_detail_get_ticket (page->detail)), ==, "new");
  g_assert_true (ct_ticket_store_accept (f->other_tickets, theirs, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 1);
  expected = g_strdup_printf ("%s changed by 李强", ct_ticket_get_code (theirs));
  g_assert_cmpstr (ct_window_live_get_last_toast (live (f)), ==, expected);
  shown = ct_ticket_detail_get_ticket (page->detail);
  g_assert_cmpstr (ct_ticket_get_status (shown), ==, "accepted");
  g_assert_cmpint (ct_record_get_version (CT_RECORD (shown)), ==,
                   ct_record_get_version (CT_RECORD (theirs)));

  /* Our own writes are never announced. */
  ours = ct_ticket_new ("repair", "楼道灯不亮");
  g_object_set (ours, "repair_class", "routine", "site_id", f->site_id, NULL);
  g_assert_true (ct_ticket_store_create (ct_context_get_tickets (context), ours,
                                         ct_context_get_user (context), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (ct_window_live_get_n_toasts (live (f)), ==, 2);
}

/* A form open on a ticket another app then changes: what was typed stays,
 * and saving meets the version check instead of overwriting their change. */
static void
test_open_form_keeps_its_ticket (Fixture       *f,
                                 gconstpointer  data)
{
  CtTicketsPage *page = show_tab (f, "tickets");
  g_autoptr(CtTicket) theirs = other_creates_ticket (f, "电梯异响", "李强");
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  CtTicketDetailDialog *dialog;

  poll (f);
  g_assert_true (ct_tickets_page_select_id (page, ct_record_get_id (CT_RECORD (theirs))));
  gui_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page->detail), "ticket.cancel", NULL));
  dialog = ct_ticket_detail_get_dialog (page->detail);
  g_assert_nonnull (dialog);
  ct_ticket_detail_dialog_set_value (dialog, "reason", "业主撤销");

  g_assert_true (ct_ticket_store_accept (f->other_tickets, theirs, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 1);
  g_assert_true (ct_ticket_detail_get_dialog (page->detail) == dialog);
  reason = ct_ticket_detail_dialog_dup_value (dialog, "reason");
  g_assert_cmpstr (reason, ==, "业主撤销");
  g_assert_cmpstr (ct_ticket_get_status (ct_ticket_detail_get_ticket (page->detail)), ==, "new");

  ct_ticket_detail_dialog_confirm (dialog);
  gui_test_iterate ();
  g_assert_nonnull (ct_ticket_detail_get_conflict_dialog (page->detail));
  g_assert_true (ct_ticket_detail_get_dialog (page->detail) == dialog);
}

/* The ledger and the asset shown follow another app's changes. */
static void
test_assets_refresh (Fixture       *f,
                     gconstpointer  data)
{
  CtAssetsPage *page;
  g_autoptr(CtAssetStore) store = NULL;
  g_autoptr(CtAsset) pump = NULL;
  g_autoptr(GError) error = NULL;
  gint64 site_id = other_adds_site (f, "S01", "李强");

  show_tab (f, "assets");
  page = CT_ASSETS_PAGE (adw_view_stack_get_child_by_name (f->window->view_stack, "assets"));
  poll (f);
  g_assert_cmpuint (g_list_model_get_n_items (ct_assets_page_get_model (page)), ==, 0);

  store = ct_asset_store_new (f->other_org, &error);
  g_assert_no_error (error);
  pump = ct_asset_new ("PUMP-01", "生活水泵", "water", site_id);
  g_assert_true (ct_asset_store_create (store, pump, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ct_assets_page_get_model (page)), ==, 1);
  g_assert_cmpstr (ct_window_live_get_last_toast (live (f)), ==, "PUMP-01 added by 李强");

  g_assert_true (ct_assets_page_select_id (page, ct_record_get_id (CT_RECORD (pump))));
  gui_test_iterate ();
  ct_record_set_string (CT_RECORD (pump), "name", "二次供水泵");
  g_assert_true (ct_asset_store_update (store, pump, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (poll (f), ==, 1);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (ct_asset_detail_get_asset (page->detail)), "name"),
                   ==, "二次供水泵");
}

static void
test_hidden_tab_refreshes_when_shown (Fixture       *f,
                                      gconstpointer  data)
{
  CtTicketsPage *page = show_tab (f, "tickets");
  g_autoptr(CtTicket) one = NULL;
  g_autoptr(CtTicket) two = NULL;
  g_autoptr(CtTicket) three = NULL;

  one = other_creates_ticket (f, "门禁坏了", "李强");
  poll (f);
  g_assert_cmpuint (n_listed (page), ==, 1);

  /* While the Organisation tab is shown, the Tickets tab waits … */
  show_tab (f, "organisation");
  two = other_creates_ticket (f, "电梯异响", "李强");
  three = other_creates_ticket (f, "水压不足", "王芳");
  g_assert_cmpuint (poll (f), ==, 2);
  g_assert_cmpstr (ct_window_live_get_last_toast (live (f)), ==,
                   "2 records changed by 李强 and 王芳");
  g_assert_true (ct_page_get_refresh_pending (CT_PAGE (page)));
  g_assert_cmpuint (n_listed (page), ==, 1);

  /* … and reads the file when shown. */
  show_tab (f, "tickets");
  g_assert_false (ct_page_get_refresh_pending (CT_PAGE (page)));
  g_assert_cmpuint (n_listed (page), ==, 3);
}

/* Our own change (an import in a worker thread has a connection of its own)
 * is not announced; without knowing who we are, it is someone's. */
static void
test_toast_own_changes (void)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_change_free);
  const char *own[] = { "测试员", "ceshi", NULL };
  g_autofree char *title = NULL;
  CtChange *c = g_new0 (CtChange, 1);

  c->entity = g_strdup ("ticket");
  c->entity_id = 7;
  c->action = g_strdup ("update");
  c->actor = g_strdup ("ceshi");
  c->label = g_strdup ("T-2026-00007");
  g_ptr_array_add (changes, c);

  g_assert_null (ct_change_toast_dup_title (changes, own));
  title = ct_change_toast_dup_title (changes, NULL);
  g_assert_cmpstr (title, ==, "T-2026-00007 changed by ceshi");
}

static void
test_toast_sentences (void)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_change_free);
  const char *own[] = { "测试员", NULL };
  static const char *const expected[] = {
    "Settings changed by 王芳",
    "2 records changed by 王芳 and 李强",
    "3 records changed by 王芳, 李强 and others",
  };
  static const struct { const char *entity; gint64 id; const char *action, *actor; } rows[] = {
    { "setting", 0, "set", "王芳" },
    { "unit", 3, "insert", "李强" },
    { "staff", 4, "delete", "张伟" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      CtChange *c = g_new0 (CtChange, 1);
      g_autofree char *title = NULL;

      c->entity = g_strdup (rows[i].entity);
      c->entity_id = rows[i].id;
      c->action = g_strdup (rows[i].action);
      c->actor = g_strdup (rows[i].actor);
      c->label = g_strdup_printf ("#%d", (int) i);
      g_ptr_array_add (changes, c);
      title = ct_change_toast_dup_title (changes, own);
      g_assert_cmpstr (title, ==, expected[i]);
    }

  /* One record: its label, and what happened to it. */
  g_ptr_array_remove_range (changes, 0, 2);
  {
    g_autofree char *title = ct_change_toast_dup_title (changes, own);

    g_assert_cmpstr (title, ==, "#2 deleted by 张伟");
  }
  /* A restored backup: everything. */
  g_free (((CtChange *) g_ptr_array_index (changes, 0))->entity);
  ((CtChange *) g_ptr_array_index (changes, 0))->entity = g_strdup (CT_CHANGE_ENTITY_DATABASE);
  {
    g_autofree char *title = ct_change_toast_dup_title (changes, own);

    g_assert_true (g_str_has_prefix (title, "The file was replaced"));
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/live/presence", test_presence);
  ADD ("/live/two-others", test_two_others);
  ADD ("/live/ticket-refresh-and-toast", test_ticket_refresh_and_toast);
  ADD ("/live/open-form-keeps-its-ticket", test_open_form_keeps_its_ticket);
  ADD ("/live/assets-refresh", test_assets_refresh);
  ADD ("/live/hidden-tab-refreshes-when-shown", test_hidden_tab_refreshes_when_shown);
#undef ADD
  g_test_add_func ("/live/toast-own-changes", test_toast_own_changes);
  g_test_add_func ("/live/toast-sentences", test_toast_sentences);

  return gui_test_run ();
}
