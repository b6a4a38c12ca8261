/* test-settings-windows.c — the Service Levels and Work Calendar windows:
 * edits saved to the file, deadlines recalculated, conflicts and bad input
 * refused, and the window menu that opens them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-error.h"
#include "ct-window.h"
#include "gui-test-util.h"
#include "settings/ct-calendar-window.h"
#include "settings/ct-sla-target-editor.h"
#include "settings/ct-sla-window.h"

#define NOW 1763700000   /* Friday 2025-11-21 12:40 in Asia/Shanghai */
#define HOUR 3600

typedef struct
{
  GuiTestFile  file;
  GtkWindow   *parent;
  CtTicket    *tickets[2];   /* open emergency repairs */
} Fixture;

/* The descendant of @widget with the widget name @name. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static CtTicket *
create_ticket (Fixture    *fixture,
               const char *kind,
               const char *repair_class)
{
  CtOrganisation *org = ct_context_get_organisation (fixture->file.context);
  CtRecord *site = ct_record_store_find (ct_organisation_get_sites (org), "code", "CH");
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new (kind, "电梯困人");

  g_object_set (ticket, "repair_class", repair_class, "site_id", ct_record_get_id (site), NULL);
  g_assert_true (ct_ticket_store_create (ct_context_get_tickets (fixture->file.context), ticket,
                                         "测试员", &error));
  g_assert_no_error (error);
  return ticket;
}

static void
create_tickets (Fixture *fixture)
{
  CtOrganisation *org = ct_context_get_organisation (fixture->file.context);
  g_autoptr(CtSite) site = gui_test_insert (ct_organisation_get_sites (org),
                                            ct_site_new ("CH", "翠湖花园"));

  for (guint i = 0; i < G_N_ELEMENTS (fixture->tickets); i++)
    fixture->tickets[i] = create_ticket (fixture, "repair", "emergency");
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gui_test_file_open (&fixture->file, "caretaker-settings-XXXXXX", NOW, "测试员");
  create_tickets (fixture);
  fixture->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (fixture->parent);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  for (guint i = 0; i < G_N_ELEMENTS (fixture->tickets); i++)
    g_clear_object (&fixture->tickets[i]);
  gui_test_file_close (&fixture->file);
}

/* A second connection to the file, as another program would have. */
static CtDatabase *
reopen (Fixture *fixture)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (NOW + 60);
  g_autoptr(GError) error = NULL;
  CtDatabase *db = ct_database_open (fixture->file.path, CT_DATABASE_OPEN_DEFAULT, clock, &error);

  g_assert_no_error (error);
  return db;
}

static CtRecordStore *
load_policies (CtDatabase *db)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *store = ct_record_store_new (db, CT_TYPE_SLA_POLICY);

  g_assert_true (ct_record_store_reload (store, &error));
  g_assert_no_error (error);
  return store;
}

static CtSlaWindow *
show_sla_window (Fixture *fixture)
{
  CtSlaWindow *window = ct_sla_window_new (fixture->parent, fixture->file.context);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static CtSlaTargetEditor *
find_editor (CtSlaWindow *window,
             const char  *name)
{
  GtkWidget *editor = find_named (GTK_WIDGET (window), name);

  g_assert_true (CT_IS_SLA_TARGET_EDITOR (editor));
  return CT_SLA_TARGET_EDITOR (editor);
}

static void
test_sla_target_editor (Fixture       *fixture,
                        gconstpointer  data)
{
  CtSlaTargetEditor *editor = CT_SLA_TARGET_EDITOR (g_object_ref_sink (ct_sla_target_editor_new ()));
  GtkWidget *spin = gtk_widget_get_first_child (GTK_WIDGET (editor));

  ct_sla_target_editor_set (editor, 720, CT_SLA_CLOCK_24X7);   /* shown as 12 hours */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "12");
  g_assert_cmpint (ct_sla_target_editor_get_amount (editor), ==, 720);
  ct_sla_target_editor_set (editor, 90, CT_SLA_CLOCK_BUSINESS);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "90");
  g_assert_cmpint (ct_sla_target_editor_get_clock (editor), ==, CT_SLA_CLOCK_BUSINESS);
  ct_sla_target_editor_set (editor, 3, CT_SLA_CLOCK_WORKDAYS);
  g_assert_cmpint (ct_sla_target_editor_get_amount (editor), ==, 3);
  g_assert_cmpint (ct_sla_target_editor_get_clock (editor), ==, CT_SLA_CLOCK_WORKDAYS);

  /* No target shows a dash, and typing one clears the target. */
  ct_sla_target_editor_set (editor, 0, CT_SLA_CLOCK_24X7);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "—");
  gtk_editable_set_text (GTK_EDITABLE (spin), "45");
  g_assert_cmpint (ct_sla_target_editor_get_amount (editor), ==, 45);
  gtk_editable_set_text (GTK_EDITABLE (spin), "—");
  g_assert_cmpint (ct_sla_target_editor_get_amount (editor), ==, 0);
  g_object_unref (editor);
}

/* Emergency resolution 12 h → 4 h: saved, and both open tickets get the new
 * deadline. */
static void
test_sla_save (Fixture       *fixture,
               gconstpointer  data)
{
  CtSlaWindow *window = show_sla_window (fixture);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtRecordStore) policies = NULL;
  g_autoptr(GError) error = NULL;
  CtSlaPolicy *policy;
  guint n_changed = 99;

  g_assert_cmpint (ct_sla_target_editor_get_amount (find_editor (window, "repair/emergency/resolution")),
                   ==, 720);
  ct_sla_target_editor_set_value (find_editor (window, "repair/emergency/resolution"), 4,
                                  CT_SLA_UNIT_HOURS);
  g_assert_true (ct_sla_window_save (window, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 2);

  db = reopen (fixture);
  policies = load_policies (db);
  policy = ct_sla_find_policy (policies, "repair", "emergency");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (policy), "resolution_target"), ==, 240);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (policy), "resolution_clock"), ==, "24x7");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (policy), "response_target"), ==, 15);
  g_assert_cmpint (ct_record_get_version (CT_RECORD (policy)), ==, 2);
  policy = ct_sla_find_policy (policies, "complaint", "");
  g_assert_cmpint (ct_record_get_version (CT_RECORD (policy)), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (fixture->tickets); i++)
    {
      CtTicketStore *tickets = ct_context_get_tickets (fixture->file.context);
      g_autoptr(CtTicket) ticket = ct_ticket_store_load (tickets,
                                                         ct_record_get_id (CT_RECORD (fixture->tickets[i])),
                                                         &error);

      g_assert_no_error (error);
      g_assert_cmpint (ct_ticket_get_time (ticket, "due_resolution_at"), ==, NOW + 4 * HOUR);
    }

  /* Nothing edited since: nothing written, no ticket touched. */
  g_assert_true (ct_sla_window_save (window, &n_changed, &error));
  g_assert_cmpuint (n_changed, ==, 0);
}

/* Someone else changed the policy meanwhile: refused, their value kept. */
static void
test_sla_conflict (Fixture       *fixture,
                   gconstpointer  data)
{
  CtSlaWindow *window = show_sla_window (fixture);
  g_autoptr(CtDatabase) db = reopen (fixture);
  g_autoptr(CtRecordStore) policies = load_policies (db);
  g_autoptr(CtRecordStore) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) theirs = ct_record_copy (CT_RECORD (ct_sla_find_policy (policies, "repair",
                                                                               "routine")));
  guint n_changed = 0;

  ct_record_set_int (theirs, "resolution_target", 2880);
  g_assert_true (ct_record_store_update (policies, theirs, "他人", &error));
  g_assert_no_error (error);

  ct_sla_target_editor_set_value (find_editor (window, "repair/routine/resolution"), 8,
                                  CT_SLA_UNIT_HOURS);
  g_assert_false (ct_sla_window_save (window, &n_changed, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);

  after = load_policies (db);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ct_sla_find_policy (after, "repair", "routine")),
                                      "resolution_target"), ==, 2880);
}

static CtCalendarWindow *
show_calendar_window (Fixture *fixture)
{
  CtCalendarWindow *window = ct_calendar_window_new (fixture->parent, fixture->file.context);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
set_entry (gpointer    window,
           const char *name,
           const char *text)
{
  GtkWidget *entry = find_named (GTK_WIDGET (window), name);

  g_assert_true (GTK_IS_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static guint
count_rows (GtkWidget *window)
{
  GtkWidget *list = find_named (window, "days");
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
    n += ADW_IS_ACTION_ROW (row);
  return n;
}

/* A holiday and Saturday hours, saved and read back from the file; the open
 * complaint's deadline (3 working days) moves past the new holiday. */
static void
test_calendar_save (Fixture       *fixture,
                    gconstpointer  data)
{
  CtCalendarWindow *window = show_calendar_window (fixture);
  CtTicketStore *tickets = ct_context_get_tickets (fixture->file.context);
  g_autoptr(CtTicket) complaint = create_ticket (fixture, "complaint", "");
  g_autoptr(CtTicket) reloaded = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  CtWorkCalendar *cached;
  CtWorkSpan spans[2];
  guint n_changed = 0;

  /* From Friday 12:40 (lunch): Friday 13:30–18:00, Monday, Tuesday, then
   * Wednesday 08:30–12:00. */
  g_assert_cmpint (ct_ticket_get_time (complaint, "due_resolution_at"), ==,
                   NOW + 5 * 24 * HOUR - 40 * 60);
  g_assert_cmpuint (count_rows (GTK_WIDGET (window)), ==, 0);
  g_assert_true (ct_calendar_window_add_day (window, "2025-11-24", "holiday", "", &error));
  g_assert_true (ct_calendar_window_add_day (window, "2026/10/1", "holiday", " 国庆节 ", &error));
  g_assert_no_error (error);
  g_assert_true (ct_calendar_window_add_day (window, "2026-10-10", "workday", "", &error));
  g_assert_false (ct_calendar_window_add_day (window, "2026-02-30", "holiday", "", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (GTK_WIDGET (window)), ==, 3);
  set_entry (window, "hours-6-0-start", "9:00");
  set_entry (window, "hours-6-0-end", "12:00");

  g_assert_true (ct_calendar_window_save (window, &n_changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  reloaded = ct_ticket_store_load (tickets, ct_record_get_id (CT_RECORD (complaint)), &error);
  g_assert_no_error (error);
  /* Monday is off now, Saturday 09:00–12:00 worked: Thursday 09:00. */
  g_assert_cmpint (ct_ticket_get_time (reloaded, "due_resolution_at"), ==,
                   NOW + 6 * 24 * HOUR - 40 * 60 - 3 * HOUR);

  db = reopen (fixture);
  calendar = ct_work_calendar_load (db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_work_calendar_get_day_type (calendar, "2026-10-01"), ==, "holiday");
  g_assert_cmpstr (ct_work_calendar_get_day_name (calendar, "2026-10-01"), ==, "国庆节");
  g_assert_cmpstr (ct_work_calendar_get_day_type (calendar, "2026-10-10"), ==, "workday");
  g_assert_cmpuint (ct_work_calendar_get_spans (calendar, 6, spans), ==, 1);
  g_assert_cmpint (spans[0].start_minute, ==, 9 * 60);
  g_assert_cmpint (spans[0].end_minute, ==, 12 * 60);
  g_assert_cmpuint (ct_work_calendar_get_spans (calendar, 1, spans), ==, 2);

  /* The ticket store now computes with the saved calendar. */
  cached = ct_ticket_store_get_calendar (tickets, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_work_calendar_get_day_type (cached, "2026-10-01"), ==, "holiday");
}

/* Bad hours are named and nothing is written; Remove drops a day. */
static void
test_calendar_bad_hours (Fixture       *fixture,
                         gconstpointer  data)
{
  CtCalendarWindow *window = show_calendar_window (fixture);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_calendar_window_add_day (window, "2026-10-01", "holiday", "国庆节", &error));
  set_entry (window, "hours-2-0-start", "25:00");
  g_assert_false (ct_calendar_window_save (window, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Tuesday"));
  g_assert_nonnull (strstr (error->message, "25:00"));
  g_clear_error (&error);

  set_entry (window, "hours-2-0-start", "12:30");   /* after its end, 12:00 */
  g_assert_false (ct_calendar_window_save (window, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  db = reopen (fixture);
  calendar = ct_work_calendar_load (db, 0, &error);
  g_assert_no_error (error);
  g_assert_null (ct_work_calendar_get_day_type (calendar, "2026-10-01"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "calendar.remove-day", "s",
                                             "2026-10-01"));
  g_assert_cmpuint (count_rows (GTK_WIDGET (window)), ==, 0);
}

/* The time zone is a setting of the database; unknown zones are refused. */
static void
test_calendar_time_zone (Fixture       *fixture,
                         gconstpointer  data)
{
  CtCalendarWindow *window = show_calendar_window (fixture);
  GtkWidget *row = find_named (GTK_WIDGET (window), "time_zone_row");
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autofree char *zone = NULL;

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Asia/Shanghai");
  gtk_editable_set_text (GTK_EDITABLE (row), "Mars/Olympus_Mons");
  g_assert_false (ct_calendar_window_save (window, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_clear_error (&error);
  db = reopen (fixture);
  zone = ct_database_dup_setting (db, "time_zone");
  g_assert_cmpstr (zone, ==, "Asia/Shanghai");
  g_clear_pointer (&zone, g_free);

  gtk_editable_set_text (GTK_EDITABLE (row), "Asia/Taipei");
  g_assert_true (ct_calendar_window_save (window, NULL, &error));
  g_assert_no_error (error);
  zone = ct_database_dup_setting (db, "time_zone");
  g_assert_cmpstr (zone, ==, "Asia/Taipei");
}

/* The main menu's entries need an open database and open the windows. */
static void
test_window_actions (Fixture       *fixture,
                     gconstpointer  data)
{
  CtWindow *window = ct_window_new (NULL, NULL);

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sla", NULL);
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (CT_TYPE_SLA_WINDOW));

  ct_window_set_context (window, fixture->file.context);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sla", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.calendar", NULL));
  gui_test_iterate ();
  g_assert_nonnull (gui_test_find_toplevel (CT_TYPE_SLA_WINDOW));
  g_assert_nonnull (gui_test_find_toplevel (CT_TYPE_CALENDAR_WINDOW));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/settings/sla/target-editor", test_sla_target_editor);
  ADD ("/settings/sla/save", test_sla_save);
  ADD ("/settings/sla/conflict", test_sla_conflict);
  ADD ("/settings/calendar/save", test_calendar_save);
  ADD ("/settings/calendar/bad-hours", test_calendar_bad_hours);
  ADD ("/settings/calendar/time-zone", test_calendar_time_zone);
  ADD ("/settings/window-actions", test_window_actions);
#undef ADD

  return g_test_run ();
}
