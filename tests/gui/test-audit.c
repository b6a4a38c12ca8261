/* test-audit.c — the History dialog of an edited ticket, the Audit Log window
 * (filters, the selected entry, the chain check) and the Backups window
 * (back up now, restore into a reopened window), and who gets the menu items
 *
 * With CARETAKER_TEST_SHOTS=DIR the windows are also saved as PNG files there
 * (in the locale of the environment, CARETAKER_LOCALEDIR for build/po).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <sqlite3.h>
#include <string.h>

#include "audit/ct-audit-window-private.h"
#include "backups/ct-backups-rotate.h"
#include "backups/ct-backups-window-private.h"
#include "ct-backup-rotation.h"
#include "ct-ticket-detail-private.h"
#include "ct-user-store.h"
#include "gui-test-util.h"

/* Monday 2026-11-23 10:00 in Shanghai. */
#define NOW 1795399200
#define PASSWORD "翠湖花园2025!"

typedef struct
{
  GuiTestFile  file;
  gint64       site_id;
  CtTicket    *ticket;
  CtWindow    *window;
} Fixture;

static gint64
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;

  return ct_record_get_id (gui_test_insert (store, owned));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrganisation *org;
  CtTicketStore *tickets;
  gint64 building_id, unit_id;

  gui_test_file_open (&f->file, "caretaker-audit-XXXXXX", NOW, "客服小陈");
  gui_test_file_add_departments (&f->file);
  org = ct_context_get_organisation (f->file.context);
  tickets = ct_context_get_tickets (f->file.context);
  f->site_id = insert (ct_organisation_get_sites (org), ct_site_new ("CH01", "翠湖花园"));
  building_id = insert (ct_organisation_get_buildings (org),
                        ct_building_new (f->site_id, "3", "3号楼"));
  unit_id = insert (ct_organisation_get_units (org), ct_unit_new (building_id, "2", "1201"));

  f->ticket = ct_ticket_new ("repair", "卫生间漏水");
  g_object_set (f->ticket, "repair_class", "routine", "site_id", f->site_id, "unit_id", unit_id,
                "reporter", "王芳", NULL);
  g_assert_true (ct_ticket_store_create (tickets, f->ticket, "客服小陈", &error));
  g_assert_no_error (error);
  ct_clock_advance (f->file.clock, 600);
  g_object_set (f->ticket, "title", "卫生间漏水，楼下天花板渗水", NULL);
  g_assert_true (ct_ticket_store_edit (tickets, f->ticket, "王芳", &error));
  g_assert_no_error (error);
}

/* Removes what the backups left in the test folder (a folder of their own
 * and the copy saved before a restore). */
static void
remove_backups (Fixture *f)
{
  g_autofree char *dir = ct_backup_rotation_default_dir (f->file.path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GDir) files = NULL;
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  if (listing != NULL)
    g_assert_cmpint (g_rmdir (dir), ==, 0);
  files = g_dir_open (f->file.dir, 0, NULL);
  while ((name = g_dir_read_name (files)) != NULL)
    if (strstr (name, ".before-restore-") != NULL)
      {
        g_autofree char *path = g_build_filename (f->file.dir, name, NULL);

        g_assert_cmpint (g_remove (path), ==, 0);
      }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  g_clear_object (&f->ticket);
  remove_backups (f);
  gui_test_file_close (&f->file);
}

/* Every visible label's text under @widget, one a line, in widget order. */
static void
collect_labels (GtkWidget *widget,
                GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text);
}

static char *
dup_labels (gpointer widget)
{
  GString *text = g_string_new (NULL);

  collect_labels (widget, text);
  return g_string_free (text, FALSE);
}

static GtkWindow *
find_window_titled (const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i-- > 0;)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (window))
          && g_strcmp0 (gtk_window_get_title (window), title) == 0)
        return window;
    }
  return NULL;
}

typedef gboolean (*Condition) (gpointer data);

/* Runs the main loop until @done (@data) or 20 s have passed. */
static void
wait_for (Condition done,
          gpointer  data)
{
  gint64 until = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, until);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

static gboolean
message_dialog_shown (gpointer data)
{
  AdwMessageDialog **dialog = data;

  *dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  return *dialog != NULL;
}

static gboolean
no_message_dialog (gpointer data)
{
  return gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

/* Answers @dialog as its button would (which also closes it) and waits until
 * it is gone. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  wait_for (no_message_dialog, NULL);
}

static AdwMessageDialog *
wait_for_message (void)
{
  AdwMessageDialog *dialog = NULL;

  wait_for (message_dialog_shown, &dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static CtWindow *
show_main_window (Fixture *f)
{
  f->window = ct_window_new (NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f->window));
  ct_window_set_context (f->window, f->file.context);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  return f->window;
}

/* The ticket detail's History: newest first, "who · when · action", and the
 * edited title as old → new. */
static void
test_history_dialog (Fixture       *f,
                     gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  CtTicketDetail *detail = CT_TICKET_DETAIL (ct_ticket_detail_new ());
  g_autofree char *text = NULL;
  g_autofree char *edit = NULL;
  g_autofree char *change = NULL;
  GtkWindow *history;
  const char *edited, *created;

  gtk_window_set_default_size (window, 560, 800);
  gtk_window_set_child (window, GTK_WIDGET (detail));
  ct_ticket_detail_set_context (detail, f->file.context);
  ct_ticket_detail_set_ticket (detail, f->ticket);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "ticket.history", NULL));
  gui_test_iterate ();
  history = find_window_titled (_("History"));
  g_assert_nonnull (history);
  g_assert_true (gtk_window_get_transient_for (history) == window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (history));
  gui_test_snapshot (GTK_WIDGET (history), "history-dialog");

  text = dup_labels (history);
  /* The record's name is in the header; 10:10 is NOW + 600 s in Shanghai. */
  g_assert_nonnull (strstr (text, ct_ticket_get_code (f->ticket)));
  edit = g_strdup_printf (C_("audit entry", "%s · %s · %s"), "王芳", "2026-11-23 10:10",
                          C_("audit action", "Changed"));
  edited = strstr (text, edit);
  g_assert_nonnull (edited);
  change = g_strdup_printf (C_("audit change", "%s: %s → %s"), _("Title"), "卫生间漏水",
                            "卫生间漏水，楼下天花板渗水");
  g_assert_nonnull (strstr (edited, change));
  /* The creation comes after (older), with its values only. */
  created = strstr (text, "客服小陈 · 2026-11-23 10:00");
  g_assert_nonnull (created);
  g_assert_true (created > edited);
  g_assert_nonnull (strstr (created, "翠湖花园"));
}

static guint
count_entry_rows (CtAuditWindow *window)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (window->list_box));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

static guint
position_of (char **keys,
             const char *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_equal (keys[i], key))
      return i;
  g_assert_not_reached ();
}

static void
tamper (Fixture *f,
        gint64   id)
{
  g_autofree char *sql = g_strdup_printf (
    "DROP TRIGGER audit_log_no_update;"
    "UPDATE audit_log SET actor = '某人' WHERE id = %" G_GINT64_FORMAT ";"
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
    "BEGIN\n"
    "  SELECT RAISE (ABORT, 'audit_log is append-only');\n"
    "END;", id);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->file.path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* The Audit Log from the main menu: filters narrow the list, a selected
 * entry shows its changes, Verify Chain finds a row changed behind our back. */
static void
test_audit_window (Fixture       *f,
                   gconstpointer  data)
{
  CtWindow *main_window = show_main_window (f);
  CtAuditWindow *window;
  AdwMessageDialog *dialog;
  g_autofree char *detail = NULL;
  g_autofree char *problem = NULL;
  guint all;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.audit-log", NULL));
  gui_test_iterate ();
  window = gui_test_find_toplevel (CT_TYPE_AUDIT_WINDOW);
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  all = count_entry_rows (window);
  /* Departments, site, building, unit, ticket created and edited. */
  g_assert_cmpuint (all, >=, 6);
  g_assert_cmpuint (all, ==, window->entries->len);

  /* Who: 王芳 edited the ticket, nothing else. */
  gtk_drop_down_set_selected (window->actor_dropdown, position_of (window->actor_keys, "王芳"));
  g_assert_cmpuint (count_entry_rows (window), ==, 1);
  gtk_list_box_select_row (window->list_box, gtk_list_box_get_row_at_index (window->list_box, 0));
  detail = dup_labels (window->detail_stack);
  g_assert_nonnull (strstr (detail, "卫生间漏水，楼下天花板渗水"));
  g_assert_nonnull (strstr (detail, ct_ticket_get_code (f->ticket)));
  gtk_drop_down_set_selected (window->actor_dropdown, 0);

  /* Record type and action. */
  gtk_drop_down_set_selected (window->entity_dropdown, position_of (window->entity_keys, "ticket"));
  g_assert_cmpuint (count_entry_rows (window), ==, 2);
  gtk_drop_down_set_selected (window->action_dropdown, position_of (window->action_keys, "insert"));
  g_assert_cmpuint (count_entry_rows (window), ==, 1);
  gtk_drop_down_set_selected (window->entity_dropdown, 0);
  gtk_drop_down_set_selected (window->action_dropdown, 0);

  /* Search: a piece of the unit's room; nothing for nonsense. */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "1201");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_entry_rows (window), >=, 1);
  g_assert_cmpuint (count_entry_rows (window), <, all);
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "没有这种东西");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_entry_rows (window), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "status");
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpuint (count_entry_rows (window), ==, all);
  gtk_list_box_select_row (window->list_box, gtk_list_box_get_row_at_index (window->list_box, 0));
  gui_test_snapshot (GTK_WIDGET (window), "audit-window");

  /* The chain is intact … */
  gtk_widget_activate_action (GTK_WIDGET (window), "audit.verify", NULL);
  dialog = wait_for_message ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Audit Log Intact"));
  gui_test_snapshot (GTK_WIDGET (dialog), "audit-verify");
  respond (dialog, "close");

  /* … until the third row is changed with another tool. */
  tamper (f, 3);
  gtk_widget_activate_action (GTK_WIDGET (window), "audit.verify", NULL);
  dialog = wait_for_message ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, _("Audit Log Damaged"));
  problem = g_strdup_printf (_("Row %s was changed after it was written: its content does "
                               "not match its hash."), "3");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), problem));
  respond (dialog, "close");
}

/* More entries than a page: the list shows one page and "Show Older
 * Entries" appends the next, oldest last, each entry once. */
static void
test_audit_window_pages (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  CtOrganisation *org = ct_context_get_organisation (f->file.context);
  CtRecordStore *store = ct_organisation_get_units (org);
  g_autoptr(CtRecord) unit = g_list_model_get_item (ct_record_store_get_model (store), 0);
  gint64 building_id = ct_record_get_int (unit, "building_id");
  g_autoptr(GPtrArray) all = NULL;
  guint total;
  CtAuditWindow *window;
  CtAuditEntry *last;

  for (guint i = 0; i < CT_AUDIT_WINDOW_PAGE; i++)
    {
      g_autofree char *room = g_strdup_printf ("%u", 1301 + i);

      g_ptr_array_add (units, ct_unit_new (building_id, "1", room));
    }
  g_assert_true (ct_record_store_insert_all (store, units, "批量导入", &error));
  g_assert_no_error (error);
  show_main_window (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.audit-log", NULL);
  gui_test_iterate ();
  window = gui_test_find_toplevel (CT_TYPE_AUDIT_WINDOW);
  g_assert_cmpuint (count_entry_rows (window), ==, CT_AUDIT_WINDOW_PAGE);
  g_assert_true (window->more);
  /* Every entry up to the newest one shown. */
  all = ct_audit_query (f->file.db, NULL,
                        ((CtAuditEntry *) g_ptr_array_index (window->entries, 0))->id + 1, 0,
                        &error);
  g_assert_no_error (error);
  total = all->len;
  g_assert_cmpuint (total, >, CT_AUDIT_WINDOW_PAGE);
  gtk_widget_activate_action (GTK_WIDGET (window), "audit.more", NULL);
  g_assert_cmpuint (count_entry_rows (window), ==, total);
  g_assert_false (window->more);
  last = g_ptr_array_index (window->entries, window->entries->len - 1);
  g_assert_cmpint (last->id, ==, 1);
  for (guint i = 1; i < window->entries->len; i++)
    g_assert_cmpint (((CtAuditEntry *) g_ptr_array_index (window->entries, i - 1))->id, >,
                     ((CtAuditEntry *) g_ptr_array_index (window->entries, i))->id);
}

static gboolean
has_backup_row (gpointer data)
{
  CtBackupsWindow *window = data;

  return gtk_widget_get_first_child (GTK_WIDGET (window->list_box)) != NULL
         && window->cancellable == NULL;
}

static gboolean
context_replaced (gpointer data)
{
  Fixture *f = data;

  return ct_window_get_context (f->window) != NULL
         && ct_window_get_context (f->window) != f->file.context;
}

/* Backups: none yet, Back Up Now lists one; a rename is undone by restoring
 * it, and the main window shows the restored file. */
static void
test_backups_window (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtWindow *main_window = show_main_window (f);
  CtBackupsWindow *window;
  AdwMessageDialog *dialog;
  g_autoptr(CtRecord) renamed = NULL;
  CtOrganisation *org;
  CtRecord *site;
  g_autofree char *text = NULL;
  GVariant *target;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.backups", NULL));
  gui_test_iterate ();
  window = gui_test_find_toplevel (CT_TYPE_BACKUPS_WINDOW);
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "status");

  gtk_widget_activate_action (GTK_WIDGET (window), "backups.backup-now", NULL);
  wait_for (has_backup_row, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "list");
  text = dup_labels (window->list_box);
  g_assert_nonnull (strstr (text, ct_backup_kind_get_label (CT_BACKUP_MANUAL)));
  g_assert_nonnull (strstr (text, "物业-manual-"));
  gui_test_snapshot (GTK_WIDGET (window), "backups-window");

  /* A change after the backup … */
  org = ct_context_get_organisation (f->file.context);
  renamed = ct_record_copy (ct_record_store_lookup (ct_organisation_get_sites (org), f->site_id));
  ct_record_set_string (renamed, "name", "翠湖花园（改名）");
  g_assert_true (ct_record_store_update (ct_organisation_get_sites (org), renamed, "test", &error));
  g_assert_no_error (error);

  /* … is undone by restoring it, after a confirmation. */
  target = gtk_actionable_get_action_target_value (
    GTK_ACTIONABLE (gui_test_find_descendant (GTK_WIDGET (window->list_box), GTK_TYPE_BUTTON)));
  gtk_widget_activate_action_variant (GTK_WIDGET (window), "backups.restore", target);
  dialog = wait_for_message ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "backed up first"));
  gui_test_snapshot (GTK_WIDGET (dialog), "backups-restore");
  respond (dialog, "restore");
  wait_for (context_replaced, f);
  gui_test_iterate ();
  org = ct_context_get_organisation (ct_window_get_context (main_window));
  site = ct_record_store_lookup (ct_organisation_get_sites (org), f->site_id);
  g_assert_cmpstr (ct_record_get_string (site, "name"), ==, "翠湖花园");
  g_assert_null (gui_test_find_toplevel (CT_TYPE_BACKUPS_WINDOW));
}

static gboolean
rotation_done (gpointer data)
{
  return *(CtBackupRun **) data != NULL;
}

static void
rotated_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  g_autoptr(GError) error = NULL;

  *(CtBackupRun **) data = ct_backups_rotate_finish (result, &error);
  g_assert_no_error (error);
}

/* The rotation the app runs on opening makes today's daily and this week's
 * weekly backup, off the main thread. */
static void
test_rotation (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtBackupRun) run = NULL;
  g_autofree char *dir = ct_backup_rotation_default_dir (f->file.path);

  /* No CtApplication here: opening does not rotate in tests. */
  ct_backups_rotate_on_open (f->file.path);
  g_usleep (200 * 1000);
  gui_test_iterate ();
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  ct_backups_rotate_async (f->file.path, NULL, rotated_cb, &run);
  wait_for (rotation_done, &run);
  g_assert_cmpuint (run->made->len, ==, 2);
  for (guint i = 0; i < run->made->len; i++)
    g_assert_true (g_file_test (g_ptr_array_index (run->made, i), G_FILE_TEST_IS_REGULAR));
}

static gboolean
action_opens (CtWindow *window,
              const char *action,
              GType       type)
{
  gpointer opened;

  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  gui_test_iterate ();
  opened = gui_test_find_toplevel (type);
  if (opened != NULL)
    gtk_window_destroy (opened);
  gui_test_iterate ();
  return opened != NULL;
}

static void
sign_in (CtUserStore *users,
         const char  *login)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) user = ct_user_store_sign_in (users, login, PASSWORD, &error);

  g_assert_no_error (error);
}

/* With accounts: the Audit Log is the administrator's, Backups also the
 * manager's; a dispatcher gets neither. */
static void
test_menu_permissions (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUserStore) users = ct_user_store_new (f->file.db);
  g_autoptr(CtUser) admin = ct_user_new ("admin", "系统管理员", "admin");
  g_autoptr(CtUser) manager = ct_user_new ("jingli", "项目经理", "manager");
  g_autoptr(CtUser) dispatcher = ct_user_new ("diaodu", "调度员", "dispatcher");
  CtWindow *window = show_main_window (f);

  g_assert_true (action_opens (window, "win.audit-log", CT_TYPE_AUDIT_WINDOW));
  g_assert_true (action_opens (window, "win.backups", CT_TYPE_BACKUPS_WINDOW));

  g_assert_true (ct_user_store_create (users, admin, PASSWORD, "test", &error));
  sign_in (users, "admin");
  g_assert_true (ct_user_store_create (users, manager, PASSWORD, "admin", &error));
  g_assert_true (ct_user_store_create (users, dispatcher, PASSWORD, "admin", &error));
  g_assert_no_error (error);

  sign_in (users, "diaodu");
  ct_window_set_context (window, NULL);
  ct_window_set_context (window, f->file.context);
  g_assert_false (action_opens (window, "win.audit-log", CT_TYPE_AUDIT_WINDOW));
  g_assert_false (action_opens (window, "win.backups", CT_TYPE_BACKUPS_WINDOW));

  sign_in (users, "jingli");
  ct_window_set_context (window, NULL);
  ct_window_set_context (window, f->file.context);
  g_assert_false (action_opens (window, "win.audit-log", CT_TYPE_AUDIT_WINDOW));
  g_assert_true (action_opens (window, "win.backups", CT_TYPE_BACKUPS_WINDOW));

  sign_in (users, "admin");
  ct_window_set_context (window, NULL);
  ct_window_set_context (window, f->file.context);
  g_assert_true (action_opens (window, "win.audit-log", CT_TYPE_AUDIT_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  g_assert_cmpint (sodium_init (), >=, 0);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

  g_test_add ("/audit/history-dialog", Fixture, NULL, fixture_set_up, test_history_dialog,
              fixture_tear_down);
  g_test_add ("/audit/audit-window", Fixture, NULL, fixture_set_up, test_audit_window,
              fixture_tear_down);
  g_test_add ("/audit/audit-window-pages", Fixture, NULL, fixture_set_up, test_audit_window_pages,
              fixture_tear_down);
  g_test_add ("/audit/backups-window", Fixture, NULL, fixture_set_up, test_backups_window,
              fixture_tear_down);
  g_test_add ("/audit/rotation", Fixture, NULL, fixture_set_up, test_rotation,
              fixture_tear_down);
  g_test_add ("/audit/menu-permissions", Fixture, NULL, fixture_set_up, test_menu_permissions,
              fixture_tear_down);
  return gui_test_run ();
}
