/* test-ticket-detail.c — the new-ticket dialog and the ticket detail pane:
 * a ticket logged from a phone call, its whole lifecycle driven through the
 * pane's actions, and a conflict that overwrites nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-error.h"
#include "ct-new-ticket-dialog-private.h"
#include "ct-ticket-detail-private.h"
#include "gui-test-util.h"

/* Monday 2026-11-23 10:00 in Shanghai: inside business hours. */
#define NOW 1795399200
#define MINUTE 60

typedef struct
{
  GuiTestFile     file;
  CtOrganisation *org;
  gint64          site_id;
  gint64          unit_id;
  gint64          engineering_id;
  gint64          fixer_id;        /* active, engineering, suggested first */
  GtkWindow      *window;
  CtTicketDetail *detail;
  guint           n_changed;
} Fixture;

/* Inserts @record (transfer full) into @store; returns its id. */
static gint64
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;

  return ct_record_get_id (gui_test_insert (store, owned));
}

static gint64
add_unit (Fixture    *fixture,
          gint64      building_id,
          const char *room,
          const char *owner,
          const char *phone)
{
  CtUnit *unit = ct_unit_new (building_id, "2", room);

  g_object_set (unit, "owner_name", owner, "owner_phone", phone, NULL);
  return insert (ct_organisation_get_units (fixture->org), unit);
}

static gint64
add_staff (Fixture    *fixture,
           const char *number,
           const char *name,
           const char *status)
{
  CtStaff *staff = ct_staff_new (number, name, fixture->engineering_id);

  g_object_set (staff, "status", status, "post", "水电工", NULL);
  return insert (ct_organisation_get_staff (fixture->org), staff);
}

static void
add_organisation (Fixture *fixture)
{
  gint64 building_id;

  gui_test_file_add_departments (&fixture->file);
  fixture->engineering_id =
    ct_record_get_id (CT_RECORD (ct_organisation_find_department (fixture->org, "engineering")));
  fixture->site_id = insert (ct_organisation_get_sites (fixture->org),
                             ct_site_new ("CH01", "翠湖花园"));
  building_id = insert (ct_organisation_get_buildings (fixture->org),
                        ct_building_new (fixture->site_id, "3", "3号楼"));
  fixture->unit_id = add_unit (fixture, building_id, "1201", "王芳", "13812345678");
  add_unit (fixture, building_id, "1202", "李雷", "13900000002");
  fixture->fixer_id = add_staff (fixture, "E001", "张师傅", "active");
  add_staff (fixture, "E002", "刘师傅", "active");
  add_staff (fixture, "E003", "赵师傅", "left");
}

static void
changed_cb (CtTicketDetail *detail,
            Fixture        *fixture)
{
  fixture->n_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gui_test_file_open (&fixture->file, "caretaker-ticket-XXXXXX", NOW, "客服小陈");
  fixture->org = ct_context_get_organisation (fixture->file.context);
  add_organisation (fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 560, 800);
  fixture->detail = CT_TICKET_DETAIL (ct_ticket_detail_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->detail));
  ct_ticket_detail_set_context (fixture->detail, fixture->file.context);
  g_signal_connect (fixture->detail, "changed", G_CALLBACK (changed_cb), fixture);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  gui_test_file_close (&fixture->file);
}

/* The ticket as another program reading the file sees it. */
static CtTicket *
load_from_file (Fixture *fixture,
                gint64   id)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CtTicket *ticket;

  db = ct_database_open (fixture->file.path, CT_DATABASE_OPEN_DEFAULT, fixture->file.clock, &error);
  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  store = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);
  ticket = ct_ticket_store_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ticket);
  return ticket;
}

static CtTicket *
create_ticket (Fixture    *fixture,
               const char *title)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", title);

  g_object_set (ticket, "repair_class", "routine", "site_id", fixture->site_id,
                "unit_id", fixture->unit_id, "department_id", fixture->engineering_id, NULL);
  ct_ticket_store_create (ct_context_get_tickets (fixture->file.context), ticket, "test", &error);
  g_assert_no_error (error);
  return ticket;
}

/* The new-ticket dialog */

static void
created_cb (CtNewTicketDialog  *dialog,
            CtTicket           *ticket,
            CtTicket          **out)
{
  g_set_object (out, ticket);
}

static CtNewTicketDialog *
open_new_ticket (Fixture   *fixture,
                 CtTicket **created)
{
  GtkWidget *dialog = ct_new_ticket_dialog_new (fixture->window, fixture->file.context);

  g_signal_connect (dialog, "created", G_CALLBACK (created_cb), created);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);
  return CT_NEW_TICKET_DIALOG (dialog);
}

static gboolean
has_focus (GtkWindow *window,
           gpointer   widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_new_ticket_search (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct { const char *text; guint n; } searches[] = {
    { "3-2-1201", 1 }, { "3栋2单元1201", 1 }, { "王芳", 1 }, { "1381234", 1 },
    { "3-2-12", 2 }, { "翠湖 1202", 1 }, { "无此人", 0 },
  };
  g_autoptr(CtTicket) created = NULL;
  CtNewTicketDialog *dialog = open_new_ticket (fixture, &created);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      ct_new_ticket_dialog_set_search_text (dialog, searches[i].text);
      g_assert_cmpuint (ct_new_ticket_dialog_get_n_matches (dialog), ==, searches[i].n);
    }

  /* Enter picks the first match, fills the caller and moves on to the kind. */
  ct_new_ticket_dialog_set_search_text (dialog, "王芳");
  g_signal_emit_by_name (dialog->search_entry, "activate");
  g_assert_nonnull (ct_new_ticket_dialog_get_unit (dialog));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ct_new_ticket_dialog_get_unit (dialog))), ==,
                   fixture->unit_id);
  g_assert_cmpstr (ct_new_ticket_dialog_get_reporter (dialog), ==, "王芳");
  g_assert_cmpstr (ct_new_ticket_dialog_get_phone (dialog), ==, "13812345678");
  g_assert_true (has_focus (GTK_WINDOW (dialog), dialog->kind_box));

  /* Typing again forgets the pick. */
  ct_new_ticket_dialog_set_search_text (dialog, "3-2-120");
  g_assert_null (ct_new_ticket_dialog_get_unit (dialog));
  g_assert_cmpuint (ct_new_ticket_dialog_get_n_matches (dialog), ==, 2);
}

/* Tab goes search → kind → class → category → description → Save. */
static void
test_new_ticket_tab_order (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CtTicket) created = NULL;
  CtNewTicketDialog *dialog = open_new_ticket (fixture, &created);
  GtkWindow *window = GTK_WINDOW (dialog);
  gpointer chain[] = { dialog->kind_box, dialog->class_box, dialog->category_entry,
                       dialog->description_view };

  g_assert_true (has_focus (window, dialog->search_entry));
  ct_new_ticket_dialog_set_search_text (dialog, "3-2-1201");
  for (guint i = 0; i < G_N_ELEMENTS (chain); i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (dialog), GTK_DIR_TAB_FORWARD));
      g_assert_true (has_focus (window, chain[i]));
    }
}

static void
test_new_ticket_saves (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CtTicket) created = NULL;
  g_autoptr(CtTicket) stored = NULL;
  CtNewTicketDialog *dialog = open_new_ticket (fixture, &created);
  CtRecord *r;

  ct_new_ticket_dialog_set_search_text (dialog, "3-2-1201");
  g_assert_true (ct_new_ticket_dialog_pick (dialog, 0));
  ct_new_ticket_dialog_set_kind (dialog, "repair");
  ct_new_ticket_dialog_set_repair_class (dialog, "routine");
  ct_new_ticket_dialog_set_category (dialog, "水电");
  ct_new_ticket_dialog_set_description (dialog, "厨房水龙头漏水。请尽快处理");
  g_assert_cmpstr (ct_new_ticket_dialog_get_deadlines_text (dialog), ==,
                   "Respond by 10:15 · Resolve by tomorrow 10:00");

  /* The deadlines and the department follow the kind. */
  ct_new_ticket_dialog_set_kind (dialog, "complaint");
  g_assert_nonnull (strstr (ct_new_ticket_dialog_get_deadlines_text (dialog),
                            "Respond by 12:00 · On site by 22:00"));
  ct_new_ticket_dialog_set_kind (dialog, "repair");
  g_assert_cmpstr (ct_new_ticket_dialog_get_deadlines_text (dialog), ==,
                   "Respond by 10:15 · Resolve by tomorrow 10:00");

  g_assert_true (ct_new_ticket_dialog_save (dialog));
  g_assert_nonnull (created);
  g_assert_true (g_str_has_prefix (ct_ticket_get_code (created), "T-2026-"));

  stored = load_from_file (fixture, ct_record_get_id (CT_RECORD (created)));
  r = CT_RECORD (stored);
  g_assert_cmpint (ct_record_get_int (r, "unit_id"), ==, fixture->unit_id);
  g_assert_cmpint (ct_record_get_int (r, "site_id"), ==, fixture->site_id);
  g_assert_cmpstr (ct_record_get_string (r, "address"), ==, "3-2-1201");
  g_assert_cmpstr (ct_record_get_string (r, "reporter"), ==, "王芳");
  g_assert_cmpstr (ct_record_get_string (r, "phone"), ==, "13812345678");
  g_assert_cmpstr (ct_record_get_string (r, "kind"), ==, "repair");
  g_assert_cmpstr (ct_record_get_string (r, "repair_class"), ==, "routine");
  g_assert_cmpstr (ct_record_get_string (r, "category"), ==, "水电");
  g_assert_cmpstr (ct_record_get_string (r, "channel"), ==, "phone");
  g_assert_cmpstr (ct_record_get_string (r, "title"), ==, "水电: 厨房水龙头漏水");
  g_assert_cmpstr (ct_record_get_string (r, "owner_user"), ==, "客服小陈");
  g_assert_cmpstr (ct_ticket_get_status (stored), ==, "new");
  g_assert_cmpint (ct_record_get_int (r, "department_id"), ==, fixture->engineering_id);
  g_assert_cmpint (ct_record_get_created_at (r), ==, NOW);
  g_assert_cmpint (ct_record_get_int (r, "due_response_at"), ==, NOW + 15 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r, "due_arrival_at"), ==, 0);
  g_assert_cmpint (ct_record_get_int (r, "due_resolution_at"), ==, NOW + 24 * 60 * MINUTE);
}

static void
test_new_ticket_keeps_input (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CtTicket) created = NULL;
  g_autoptr(CtTicket) stored = NULL;
  CtNewTicketDialog *dialog = open_new_ticket (fixture, &created);
  g_autoptr(CtTicket) none = NULL;

  /* Nothing picked: refused, the dialog and the description stay. */
  ct_new_ticket_dialog_set_description (dialog, "楼道灯不亮");
  g_assert_false (ct_new_ticket_dialog_save (dialog));
  g_assert_nonnull (ct_new_ticket_dialog_get_error (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_null (created);
  none = ct_ticket_store_find_code (ct_context_get_tickets (fixture->file.context), "T-2026-00001",
                                    NULL);
  g_assert_null (none);

  /* A public area needs the place. */
  ct_new_ticket_dialog_set_search_text (dialog, "电梯厅");
  g_assert_cmpuint (ct_new_ticket_dialog_get_n_matches (dialog), ==, 0);
  g_assert_true (ct_new_ticket_dialog_pick (dialog, 0));
  g_assert_false (ct_new_ticket_dialog_save (dialog));
  g_assert_nonnull (ct_new_ticket_dialog_get_error (dialog));
  gtk_editable_set_text (GTK_EDITABLE (dialog->place_entry), "3号楼电梯厅");
  g_assert_true (ct_new_ticket_dialog_save (dialog));

  stored = load_from_file (fixture, ct_record_get_id (CT_RECORD (created)));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "unit_id"), ==, 0);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "site_id"), ==, fixture->site_id);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "address"), ==, "3号楼电梯厅");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "title"), ==, "楼道灯不亮");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "description"), ==, "楼道灯不亮");
}

/* The detail pane */

static GtkWidget *
find_button (Fixture    *fixture,
             const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->detail->action_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ACTIONABLE (child)
        && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
      return child;
  g_assert_not_reached ();
}

/* Activates @action; a form opens for it when @fields (name, value, …, NULL)
 * are given, is filled and confirmed. Afterwards the clock moves 10 minutes. */
static void
act (Fixture    *fixture,
     const char *action,
     ...)
{
  CtTicketDetailDialog *dialog;
  const char *name;
  va_list args;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), action, NULL));
  dialog = ct_ticket_detail_get_dialog (fixture->detail);
  va_start (args, action);
  while ((name = va_arg (args, const char *)) != NULL)
    g_assert_true (ct_ticket_detail_dialog_set_value (dialog, name, va_arg (args, const char *)));
  va_end (args);
  if (dialog != NULL)
    ct_ticket_detail_dialog_confirm (dialog);
  gui_test_iterate ();
  dialog = ct_ticket_detail_get_dialog (fixture->detail);
  g_assert_cmpstr (dialog != NULL ? ct_ticket_detail_dialog_get_error (dialog) : NULL, ==, NULL);
  g_assert_null (ct_ticket_detail_get_dialog (fixture->detail));
  ct_clock_advance (fixture->file.clock, 10 * MINUTE);
}

static void
assert_stored (Fixture    *fixture,
               gint64      id,
               const char *status,
               const char *time_field,
               gint64      time)
{
  g_autoptr(CtTicket) stored = load_from_file (fixture, id);

  g_assert_cmpstr (ct_ticket_get_status (stored), ==, status);
  if (time_field != NULL)
    g_assert_cmpint (ct_ticket_get_time (stored, time_field), ==, time);
}

/* Stored, and shown by the pane. */
static void
assert_saved (Fixture    *fixture,
              gint64      id,
              const char *status,
              const char *time_field,
              gint64      time)
{
  CtTicket *shown = ct_ticket_detail_get_ticket (fixture->detail);

  assert_stored (fixture, id, status, time_field, time);
  g_assert_cmpstr (ct_ticket_get_status (shown), ==, status);
  g_assert_cmpstr (gtk_label_get_text (fixture->detail->status_label), ==,
                   ct_ticket_status_label (status));
  if (time_field != NULL)
    g_assert_cmpint (ct_ticket_get_time (shown, time_field), ==, time);
}

static void
test_detail_lifecycle (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CtTicket) ticket = create_ticket (fixture, "厨房水龙头漏水");
  gint64 id = ct_record_get_id (CT_RECORD (ticket));
  g_autofree char *fixer = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->fixer_id);
  g_autofree char *engineering = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->engineering_id);
  g_autoptr(CtTicket) stored = NULL;
  g_autoptr(GPtrArray) events = NULL;

  ct_ticket_detail_set_ticket (fixture->detail, ticket);
  g_assert_true (ct_ticket_detail_get_ticket (fixture->detail) == ticket);
  g_assert_true (gtk_widget_get_visible (find_button (fixture, "ticket.accept")));
  g_assert_false (gtk_widget_get_visible (find_button (fixture, "ticket.start")));
  g_assert_false (gtk_widget_get_sensitive (find_button (fixture, "ticket.archive")));
  gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.archive", NULL);
  gui_test_iterate ();
  g_assert_null (ct_ticket_detail_get_message_dialog (fixture->detail));
  assert_saved (fixture, id, "new", "archived_at", 0);
  g_assert_cmpstr (ct_ticket_detail_get_sla_text (fixture->detail), ==, "15 min left");

  act (fixture, "ticket.accept", NULL);
  assert_saved (fixture, id, "accepted", "accepted_at", NOW);
  g_assert_false (gtk_widget_get_visible (find_button (fixture, "ticket.accept")));

  /* The suggestion (fewest open tickets, active) is chosen already. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.dispatch",
                                             NULL));
  {
    CtTicketDetailDialog *dialog = ct_ticket_detail_get_dialog (fixture->detail);
    g_autofree char *assignee = ct_ticket_detail_dialog_dup_value (dialog, "assignee");

    g_assert_cmpstr (assignee, ==, fixer);
    g_assert_false (ct_ticket_detail_dialog_set_value (dialog, "assignee", "999"));
    gtk_window_destroy (GTK_WINDOW (dialog));
    gui_test_iterate ();
  }
  act (fixture, "ticket.dispatch", "department", engineering, "assignee", fixer, NULL);
  assert_saved (fixture, id, "dispatched", "dispatched_at", NOW + 10 * MINUTE);

  act (fixture, "ticket.start", NULL);
  assert_saved (fixture, id, "in_progress", NULL, 0);
  act (fixture, "ticket.pause", "reason", "Waiting for parts", NULL);
  assert_saved (fixture, id, "paused", "paused_at", NOW + 30 * MINUTE);
  g_assert_cmpstr (ct_ticket_detail_get_sla_text (fixture->detail), ==,
                   "Clock paused: Waiting for parts");
  act (fixture, "ticket.resume", NULL);
  assert_saved (fixture, id, "in_progress", "paused_at", 0);
  act (fixture, "ticket.resolve", "note", "换了阀芯", NULL);
  assert_saved (fixture, id, "resolved", "resolved_at", NOW + 50 * MINUTE);
  act (fixture, "ticket.visit", "score", "5", "note", "很满意", NULL);
  assert_saved (fixture, id, "visited", "visited_at", NOW + 60 * MINUTE);
  act (fixture, "ticket.archive", NULL);
  assert_saved (fixture, id, "archived", "archived_at", NOW + 70 * MINUTE);

  stored = load_from_file (fixture, id);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "assignee_id"), ==, fixture->fixer_id);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "satisfaction"), ==, 5);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "resolution_note"), ==, "换了阀芯");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "visit_note"), ==, "很满意");
  g_assert_cmpuint (fixture->n_changed, ==, 8);

  /* created, accepted, dispatched, started, paused, resumed, resolved, visited, archived */
  events = ct_ticket_store_list_events (ct_context_get_tickets (fixture->file.context), id, NULL);
  g_assert_cmpuint (events->len, ==, 9);
  g_assert_cmpuint (ct_ticket_detail_count_timeline (fixture->detail), ==, 9);
  g_assert_false (gtk_widget_get_sensitive (find_button (fixture, "ticket.reopen")));
  g_assert_false (gtk_widget_get_visible (find_button (fixture, "ticket.reopen")));
}

static void
test_detail_form_keeps_input (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CtTicket) ticket = create_ticket (fixture, "楼上漏水");
  CtTicketDetailDialog *dialog;
  g_autofree char *reason = NULL;

  ct_ticket_detail_set_ticket (fixture->detail, ticket);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.cancel", NULL));
  dialog = ct_ticket_detail_get_dialog (fixture->detail);
  ct_ticket_detail_dialog_confirm (dialog);
  g_assert_nonnull (ct_ticket_detail_dialog_get_error (dialog));
  g_assert_true (ct_ticket_detail_get_dialog (fixture->detail) == dialog);
  assert_stored (fixture, ct_record_get_id (CT_RECORD (ticket)), "new", NULL, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.link", NULL));
  dialog = ct_ticket_detail_get_dialog (fixture->detail);
  ct_ticket_detail_dialog_set_value (dialog, "code", "T-2026-99999");
  ct_ticket_detail_dialog_confirm (dialog);
  g_assert_nonnull (strstr (ct_ticket_detail_dialog_get_error (dialog), "T-2026-99999"));
  reason = ct_ticket_detail_dialog_dup_value (dialog, "code");
  g_assert_cmpstr (reason, ==, "T-2026-99999");
  g_assert_cmpuint (fixture->n_changed, ==, 0);
}

static gboolean
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_detail_conflict (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(CtTicket) ticket = create_ticket (fixture, "电梯异响");
  gint64 id = ct_record_get_id (CT_RECORD (ticket));
  CtTicketStore *store = ct_context_get_tickets (fixture->file.context);
  g_autoptr(CtTicket) other = ct_ticket_store_load (store, id, NULL);
  g_autoptr(GError) error = NULL;
  CtTicketDetailDialog *dialog;
  AdwMessageDialog *conflict;
  g_autofree char *reason = NULL;

  ct_ticket_detail_set_ticket (fixture->detail, ticket);
  ct_ticket_store_accept (store, other, "另一位客服", &error);
  g_assert_no_error (error);

  /* Acting on the stale copy: refused, the other version is shown beside it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.cancel", NULL));
  dialog = ct_ticket_detail_get_dialog (fixture->detail);
  ct_ticket_detail_dialog_set_value (dialog, "reason", "业主撤销");
  ct_ticket_detail_dialog_confirm (dialog);
  gui_test_iterate ();
  conflict = ct_ticket_detail_get_conflict_dialog (fixture->detail);
  g_assert_nonnull (conflict);
  g_assert_true (find_label (adw_message_dialog_get_extra_child (conflict), "Status"));
  g_assert_true (find_label (adw_message_dialog_get_extra_child (conflict), "Accepted"));
  assert_stored (fixture, id, "accepted", "accepted_at", NOW);
  g_assert_cmpstr (ct_ticket_get_status (ct_ticket_detail_get_ticket (fixture->detail)), ==, "new");

  /* The form and what was typed stay. */
  g_assert_true (ct_ticket_detail_get_dialog (fixture->detail) == dialog);
  reason = ct_ticket_detail_dialog_dup_value (dialog, "reason");
  g_assert_cmpstr (reason, ==, "业主撤销");
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* Reload shows their version; trying again then works. */
  adw_message_dialog_response (conflict, "reload");
  gui_test_iterate ();
  g_assert_cmpstr (ct_ticket_get_status (ct_ticket_detail_get_ticket (fixture->detail)), ==,
                   "accepted");
  /* Their version is news for the list as well. */
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  ct_ticket_detail_dialog_confirm (dialog);
  gui_test_iterate ();
  g_assert_null (ct_ticket_detail_get_dialog (fixture->detail));
  assert_stored (fixture, id, "cancelled", "accepted_at", NOW);
  g_assert_cmpuint (fixture->n_changed, ==, 2);
}

static void
test_detail_conflict_without_form (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(CtTicket) ticket = create_ticket (fixture, "电梯异响");
  gint64 id = ct_record_get_id (CT_RECORD (ticket));
  CtTicketStore *store = ct_context_get_tickets (fixture->file.context);
  g_autoptr(CtTicket) other = ct_ticket_store_load (store, id, NULL);
  g_autoptr(GError) error = NULL;

  ct_ticket_detail_set_ticket (fixture->detail, ticket);
  g_object_set (other, "title", "电梯异响，轿厢晃动", NULL);
  ct_ticket_store_edit (store, other, "另一位客服", &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.accept", NULL));
  gui_test_iterate ();
  g_assert_nonnull (ct_ticket_detail_get_conflict_dialog (fixture->detail));
  g_assert_true (find_label (adw_message_dialog_get_extra_child (
                   ct_ticket_detail_get_conflict_dialog (fixture->detail)), "电梯异响，轿厢晃动"));
  assert_stored (fixture, id, "new", "accepted_at", 0);
  g_assert_cmpuint (fixture->n_changed, ==, 0);
  gui_test_snapshot (GTK_WIDGET (ct_ticket_detail_get_conflict_dialog (fixture->detail)),
                     "ticket-conflict");
}

/* Keep Mine: the action again onto their version; their edit stays. */
static void
test_detail_conflict_keep_mine (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(CtTicket) ticket = create_ticket (fixture, "电梯异响");
  gint64 id = ct_record_get_id (CT_RECORD (ticket));
  CtTicketStore *store = ct_context_get_tickets (fixture->file.context);
  g_autoptr(CtTicket) other = ct_ticket_store_load (store, id, NULL);
  g_autoptr(CtTicket) stored = NULL;
  g_autoptr(GError) error = NULL;

  ct_ticket_detail_set_ticket (fixture->detail, ticket);
  g_object_set (other, "title", "电梯异响，轿厢晃动", NULL);
  ct_ticket_store_edit (store, other, "另一位客服", &error);
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->detail), "ticket.accept", NULL));
  gui_test_iterate ();
  g_assert_nonnull (ct_ticket_detail_get_conflict_dialog (fixture->detail));
  assert_stored (fixture, id, "new", "accepted_at", 0);
  adw_message_dialog_response (ct_ticket_detail_get_conflict_dialog (fixture->detail), "mine");
  gui_test_iterate ();
  assert_stored (fixture, id, "accepted", "accepted_at", NOW);
  stored = load_from_file (fixture, id);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "title"), ==, "电梯异响，轿厢晃动");
  g_assert_cmpstr (ct_ticket_get_status (ct_ticket_detail_get_ticket (fixture->detail)), ==,
                   "accepted");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tickets/new/search", test_new_ticket_search);
  ADD ("/tickets/new/tab-order", test_new_ticket_tab_order);
  ADD ("/tickets/new/saves", test_new_ticket_saves);
  ADD ("/tickets/new/keeps-input", test_new_ticket_keeps_input);
  ADD ("/tickets/detail/lifecycle", test_detail_lifecycle);
  ADD ("/tickets/detail/form-keeps-input", test_detail_form_keeps_input);
  ADD ("/tickets/detail/conflict", test_detail_conflict);
  ADD ("/tickets/detail/conflict-without-form", test_detail_conflict_without_form);
  ADD ("/tickets/detail/conflict-keep-mine", test_detail_conflict_keep_mine);
#undef ADD

  return g_test_run ();
}
