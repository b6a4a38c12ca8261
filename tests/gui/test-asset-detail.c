/* test-asset-detail.c — the asset detail pane and its editors: the facts,
 * KPIs, tasks and history of an elevator; a task completed through its
 * dialog; a status change that opens a downtime; a stale edit that keeps
 * what was typed; a fault reported from the pane and from the new-ticket
 * dialog; a plan's rule checked as it is typed; a reading judged unusual;
 * a meter added and edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-asset-detail-private.h"
#include "ct-asset-dialog-private.h"
#include "ct-building.h"
#include "ct-error.h"
#include "ct-new-ticket-dialog-private.h"
#include "ct-site.h"
#include "gui-test-util.h"

/* Monday 2026-11-23 10:00 in Shanghai (02:00 UTC): today is 2026-11-23. */
#define NOW 1795399200
#define DAY 86400

typedef struct
{
  GuiTestFile    file;
  CtAssetStore  *store;
  gint64         site_id;
  gint64         unit_id;
  CtAsset       *elevator;       /* E-01, with a monthly plan */
  GtkWindow     *window;
  CtAssetDetail *detail;
  guint          n_changed;
} Fixture;

static gint64
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;

  return ct_record_get_id (gui_test_insert (store, owned));
}

static void
add_places (Fixture *f)
{
  CtOrganisation *org = ct_context_get_organisation (f->file.context);
  gint64 building_id;
  CtUnit *unit;

  gui_test_file_add_departments (&f->file);
  f->site_id = insert (ct_organisation_get_sites (org), ct_site_new ("CH01", "翠湖花园"));
  building_id = insert (ct_organisation_get_buildings (org),
                        ct_building_new (f->site_id, "3", "3号楼"));
  unit = ct_unit_new (building_id, "2", "1201");
  g_object_set (unit, "owner_name", "王芳", "owner_phone", "13812345678", NULL);
  f->unit_id = insert (ct_organisation_get_units (org), unit);
}

/* E-01, an elevator in service since 2020, with a monthly plan from
 * 2026-11-01: saving it makes the tasks of the next 90 days (to 2027-02-21):
 * 11-01 (overdue by 22 days), 12-01 (in 8 days), 2027-01-01 and 02-01. */
static void
add_elevator (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtMaintenancePlan) plan = NULL;
  guint n_created = 0;

  f->elevator = ct_asset_new ("E-01", "3号楼1号客梯", "elevator", f->site_id);
  g_object_set (f->elevator, "manufacturer", "上海三菱", "model", "LEHY-III",
                "registration_no", "31103101002020123456", "statutory_due", "2026-12-10",
                "installed_on", "2020-05-01", "contractor", "三菱电梯维保", NULL);
  g_assert_true (ct_asset_store_create (f->store, f->elevator, "test", &error));
  g_assert_no_error (error);
  plan = ct_maintenance_plan_new (ct_record_get_id (CT_RECORD (f->elevator)), "电梯月度保养",
                                  "FREQ=MONTHLY", "schedule", "2026-11-01");
  g_assert_true (ct_maintenance_create_plan (f->store, plan, "test", &error));
  g_assert_no_error (error);
  /* Generating again makes nothing new. */
  g_assert_true (ct_maintenance_generate (f->store, "2026-11-23", 30, &n_created, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_created, ==, 0);
  g_clear_object (&f->elevator);
  f->elevator = ct_asset_store_find_code (f->store, "E-01", &error);
  g_assert_no_error (error);
}

static void
changed_cb (CtAssetDetail *detail,
            Fixture       *f)
{
  f->n_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  gui_test_file_open (&f->file, "caretaker-asset-XXXXXX", NOW, "工程部李工");
  f->store = ct_context_get_assets (f->file.context);
  add_places (f);
  add_elevator (f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 560, 900);
  f->detail = ct_asset_detail_new (f->file.context);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->detail));
  gtk_window_set_child (f->window, overlay);
  g_signal_connect (f->detail, "changed", G_CALLBACK (changed_cb), f);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  ct_asset_detail_set_asset (f->detail, f->elevator);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  g_clear_object (&f->elevator);
  gui_test_file_close (&f->file);
}

static gint64
elevator_id (Fixture *f)
{
  return ct_record_get_id (CT_RECORD (f->elevator));
}

static CtAsset *
load_elevator (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CtAsset *asset = ct_asset_store_load (f->store, elevator_id (f), &error);

  g_assert_no_error (error);
  g_assert_nonnull (asset);
  return asset;
}

/* The open task due on @due_on. */
static CtMaintenanceTask *
find_task (Fixture    *f,
           const char *due_on)
{
  g_autoptr(GListModel) tasks = ct_maintenance_list_tasks (f->store, elevator_id (f), FALSE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CtRecord) task = g_list_model_get_item (tasks, i);

      if (g_str_equal (ct_record_get_string (task, "due_on"), due_on))
        return CT_MAINTENANCE_TASK (g_steal_pointer (&task));
    }
  g_assert_not_reached ();
}

/* Activates @action on the pane; returns the editor it opened. */
static CtAssetDialog *
open_editor (Fixture    *f,
             const char *action,
             GVariant   *target)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (f->detail), action, target));
  dialog = ct_asset_detail_get_dialog (f->detail);
  g_assert_true (CT_IS_ASSET_DIALOG (dialog));
  return CT_ASSET_DIALOG (dialog);
}

static void
set (CtAssetDialog *dialog,
     const char    *name,
     const char    *value)
{
  g_assert_true (ct_asset_dialog_set_value (dialog, name, value));
}

static void
save (CtAssetDialog *dialog)
{
  gboolean saved = ct_asset_dialog_save (dialog);

  g_assert_cmpstr (saved ? NULL : ct_asset_dialog_get_error (dialog), ==, NULL);
  gui_test_iterate ();
}

static void
test_facts (Fixture       *f,
            gconstpointer  data)
{
  CtAssetDetail *d = f->detail;

  g_assert_cmpstr (gtk_label_get_text (d->code_label), ==, "E-01");
  g_assert_cmpstr (gtk_label_get_text (d->name_label), ==, "3号楼1号客梯");
  g_assert_cmpstr (gtk_label_get_text (d->status_label), ==, "In service");
  g_assert_true (gtk_widget_has_css_class (d->status_pill, "success"));
  g_assert_cmpstr (ct_asset_detail_get_fact (d, "Site"), ==, "翠湖花园");
  g_assert_cmpstr (ct_asset_detail_get_fact (d, "Make and model"), ==, "上海三菱 · LEHY-III");
  g_assert_cmpstr (ct_asset_detail_get_fact (d, "Registration number"), ==,
                   "31103101002020123456");
  /* 2026-11-23 → 2026-12-10: 17 days, within the 30 that warn. */
  g_assert_cmpstr (ct_asset_detail_get_fact (d, "Next statutory inspection"), ==,
                   "2026-12-10 · in 17 days");
  /* The earliest open task, 2026-11-01, 22 days ago. */
  g_assert_cmpstr (ct_asset_detail_get_fact (d, "Next maintenance"), ==,
                   "2026-11-01 · 22 days ago");

  /* Availability, MTBF, MTTR, PM compliance. */
  g_assert_cmpuint (ct_asset_detail_count_rows (d->kpi_list), ==, 4);
  g_assert_cmpuint (ct_asset_detail_count_rows (d->tasks_list), ==, 4);
  g_assert_cmpstr (gtk_label_get_text (d->tasks_heading), ==,
                   "Open Maintenance Tasks · 1 overdue");
  g_assert_cmpuint (ct_asset_detail_count_rows (d->plans_list), ==, 1);
  /* No meter: the section stays, to add one. */
  g_assert_true (gtk_widget_get_visible (d->meters_box));
  g_assert_cmpuint (ct_asset_detail_count_rows (d->meters_list), ==, 1);
  g_assert_cmpuint (ct_asset_detail_count_rows (d->timeline_list), >=, 1);

  /* Nothing selected: the empty state. */
  ct_asset_detail_set_asset (d, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (d->stack), ==, "empty");
  gtk_widget_activate_action (GTK_WIDGET (d), "asset.edit", NULL);
  g_assert_null (ct_asset_detail_get_dialog (d));
}

static void
test_complete_task (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CtMaintenanceTask) task = find_task (f, "2026-11-01");
  gint64 task_id = ct_record_get_id (CT_RECORD (task));
  g_autoptr(CtMaintenanceTask) done = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(CtRecord) record = NULL;
  CtAssetDialog *dialog;
  g_autofree char *performer = NULL;
  g_autofree char *problem = NULL;

  dialog = open_editor (f, "asset.complete-task", g_variant_new_int64 (task_id));
  performer = ct_asset_dialog_dup_value (dialog, "performer");
  g_assert_cmpstr (performer, ==, "工程部李工");

  /* Nothing done said: refused, the window and the problem stay. */
  set (dialog, "problem", "曳引机异响");
  set (dialog, "cost", "12.345");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (strstr (ct_asset_dialog_get_error (dialog), "Cost"));
  set (dialog, "cost", "¥1,280.5");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (strstr (ct_asset_dialog_get_error (dialog), "Action taken"));
  g_assert_true (ct_asset_detail_get_dialog (f->detail) == GTK_WINDOW (dialog));
  problem = ct_asset_dialog_dup_value (dialog, "problem");
  g_assert_cmpstr (problem, ==, "曳引机异响");

  set (dialog, "action", "更换导靴，调整抱闸间隙");
  set (dialog, "recheck", "运行平稳");
  set (dialog, "recheck_ok", "true");
  set (dialog, "performed_at", "2026-11-23 09:30");
  set (dialog, "downtime", "45");
  save (dialog);
  g_assert_null (ct_asset_detail_get_dialog (f->detail));
  g_assert_cmpuint (f->n_changed, ==, 1);

  records = ct_maintenance_list_records (f->store, elevator_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  record = g_list_model_get_item (records, 0);
  g_assert_cmpint (ct_record_get_int (record, "task_id"), ==, task_id);
  g_assert_cmpstr (ct_record_get_string (record, "action"), ==, "更换导靴，调整抱闸间隙");
  g_assert_cmpstr (ct_record_get_string (record, "performer"), ==, "工程部李工");
  /* 09:30 Shanghai = 01:30 UTC = NOW − 30 min. */
  g_assert_cmpint (ct_record_get_int (record, "performed_at"), ==, NOW - 30 * 60);
  g_assert_cmpint (ct_record_get_int (record, "downtime_minutes"), ==, 45);
  g_assert_cmpint (ct_record_get_int (record, "cost_cents"), ==, 128050);
  done = find_task (f, "2026-11-01");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (done), "status"), ==, "done");

  /* The pane shows the three tasks left, none overdue. */
  g_assert_cmpuint (ct_asset_detail_count_rows (f->detail->tasks_list), ==, 3);
  g_assert_cmpstr (gtk_label_get_text (f->detail->tasks_heading), ==, "Open Maintenance Tasks");
  g_assert_cmpstr (ct_asset_detail_get_last_toast (f->detail), ==, "Maintenance recorded");
}

static void
test_status_down (Fixture       *f,
                  gconstpointer  data)
{
  CtAssetDialog *dialog = open_editor (f, "asset.status", NULL);
  g_autoptr(CtAsset) stored = NULL;
  g_autoptr(GPtrArray) downtime = NULL;
  CtDowntime *open;

  set (dialog, "status", "down");
  /* A reason is needed to take it out of service. */
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (ct_asset_dialog_get_error (dialog));
  set (dialog, "reason", "困人，轿厢停在5楼");
  save (dialog);

  stored = load_elevator (f);
  g_assert_cmpstr (ct_asset_get_status (stored), ==, "down");
  downtime = ct_asset_store_list_downtime (f->store, elevator_id (f), NULL);
  g_assert_cmpuint (downtime->len, ==, 1);
  open = g_ptr_array_index (downtime, 0);
  g_assert_cmpstr (open->kind, ==, "failure");
  g_assert_cmpint (open->started_at, ==, NOW);
  g_assert_cmpint (open->ended_at, ==, 0);
  g_assert_cmpstr (open->reason, ==, "困人，轿厢停在5楼");

  g_assert_cmpstr (gtk_label_get_text (f->detail->status_label), ==, "Down");
  g_assert_true (gtk_widget_has_css_class (f->detail->status_pill, "error"));
  g_assert_cmpstr (gtk_label_get_text (f->detail->status_detail_label), ==,
                   "Since 2026-11-23 10:00 · 困人，轿厢停在5楼");
  g_assert_cmpuint (f->n_changed, ==, 1);
}

/* Someone else renames the elevator while the edit window is open. */
static void
rename_elsewhere (Fixture *f)
{
  g_autoptr(CtAsset) theirs = load_elevator (f);
  g_autoptr(GError) error = NULL;

  ct_record_set_string (CT_RECORD (theirs), "name", "3号楼东侧客梯");
  g_assert_true (ct_asset_store_update (f->store, theirs, "值班长", &error));
  g_assert_no_error (error);
}

static void
test_stale_edit (Fixture       *f,
                 gconstpointer  data)
{
  CtAssetDialog *dialog = open_editor (f, "asset.edit", NULL);
  AdwMessageDialog *conflict;
  g_autoptr(CtAsset) stored = NULL;
  g_autofree char *serial = NULL;

  set (dialog, "serial", "SN-2020-0518");
  rename_elsewhere (f);
  g_assert_false (ct_asset_dialog_save (dialog));
  conflict = ct_asset_dialog_get_conflict_dialog (dialog);
  g_assert_nonnull (conflict);
  g_assert_nonnull (ct_asset_dialog_get_error (dialog));
  serial = ct_asset_dialog_dup_value (dialog, "serial");
  g_assert_cmpstr (serial, ==, "SN-2020-0518");
  stored = load_elevator (f);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "serial"), ==, "");

  /* Reload: the pane shows their name, the form keeps mine. */
  adw_message_dialog_response (conflict, "reload");
  gui_test_iterate ();
  g_assert_cmpstr (gtk_label_get_text (f->detail->name_label), ==, "3号楼东侧客梯");
  g_clear_pointer (&serial, g_free);
  serial = ct_asset_dialog_dup_value (dialog, "serial");
  g_assert_cmpstr (serial, ==, "SN-2020-0518");
  g_assert_true (ct_asset_detail_get_dialog (f->detail) == GTK_WINDOW (dialog));

  /* A second change meanwhile, then Keep Mine saves over it. */
  rename_elsewhere (f);
  g_assert_false (ct_asset_dialog_save (dialog));
  adw_message_dialog_response (ct_asset_dialog_get_conflict_dialog (dialog), "mine");
  gui_test_iterate ();
  g_assert_null (ct_asset_detail_get_dialog (f->detail));
  g_clear_object (&stored);
  stored = load_elevator (f);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "serial"), ==, "SN-2020-0518");
  /* The name field still held the name shown when the window opened. */
  g_assert_cmpstr (ct_asset_get_name (stored), ==, "3号楼1号客梯");
}

static void
test_report_fault (Fixture       *f,
                   gconstpointer  data)
{
  CtAssetDialog *dialog = open_editor (f, "asset.report-fault", NULL);
  g_autoptr(CtTicket) ticket = NULL;
  g_autoptr(CtAsset) stored = NULL;
  g_autoptr(GPtrArray) downtime = NULL;
  g_autofree char *toast = NULL;
  CtDowntime *open;

  set (dialog, "title", "电梯困人");
  set (dialog, "class", "emergency");
  set (dialog, "mark_down", "true");
  set (dialog, "description", "5楼有人被困，已安抚");
  save (dialog);

  ticket = ct_ticket_store_find_code (ct_context_get_tickets (f->file.context), "T-2026-00001",
                                      NULL);
  g_assert_nonnull (ticket);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "asset_id"), ==, elevator_id (f));
  g_assert_cmpstr (ct_ticket_get_kind (ticket), ==, "repair");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (ticket), "repair_class"), ==, "emergency");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "site_id"), ==, f->site_id);
  stored = load_elevator (f);
  g_assert_cmpstr (ct_asset_get_status (stored), ==, "down");
  downtime = ct_asset_store_list_downtime (f->store, elevator_id (f), NULL);
  open = g_ptr_array_index (downtime, 0);
  g_assert_cmpint (open->ticket_id, ==, ct_record_get_id (CT_RECORD (ticket)));
  toast = g_strdup_printf ("Repair ticket %s created", ct_ticket_get_code (ticket));
  g_assert_cmpstr (ct_asset_detail_get_last_toast (f->detail), ==, toast);
  g_assert_cmpstr (gtk_label_get_text (f->detail->status_label), ==, "Down");
}

/* The new-ticket dialog: a repair about E-01, found by its code. */
static void
test_new_ticket_asset (Fixture       *f,
                       gconstpointer  data)
{
  CtNewTicketDialog *dialog = CT_NEW_TICKET_DIALOG (ct_new_ticket_dialog_new (f->window,
                                                                            f->file.context));
  g_autoptr(CtTicket) ticket = NULL;
  g_autoptr(CtAsset) stored = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  ct_new_ticket_dialog_set_search_text (dialog, "3-2-1201");
  g_assert_true (ct_new_ticket_dialog_pick (dialog, 0));
  ct_new_ticket_dialog_set_description (dialog, "电梯门关不上");
  ct_new_ticket_dialog_set_asset_text (dialog, "无此设备");
  g_assert_cmpuint (ct_new_ticket_dialog_get_n_asset_matches (dialog), ==, 0);
  ct_new_ticket_dialog_set_asset_text (dialog, "E-0");
  g_assert_cmpuint (ct_new_ticket_dialog_get_n_asset_matches (dialog), ==, 1);
  g_assert_true (ct_new_ticket_dialog_pick_asset (dialog, 0));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ct_new_ticket_dialog_get_asset (dialog))), ==,
                   elevator_id (f));
  g_assert_true (gtk_widget_get_visible (dialog->asset_down_check));
  ct_new_ticket_dialog_set_mark_down (dialog, TRUE);
  g_assert_true (ct_new_ticket_dialog_save (dialog));
  gui_test_iterate ();

  ticket = ct_ticket_store_find_code (ct_context_get_tickets (f->file.context), "T-2026-00001",
                                      NULL);
  g_assert_nonnull (ticket);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "asset_id"), ==, elevator_id (f));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "unit_id"), ==, f->unit_id);
  stored = load_elevator (f);
  g_assert_cmpstr (ct_asset_get_status (stored), ==, "down");
}

static void
test_plan_rule (Fixture       *f,
                gconstpointer  data)
{
  CtAssetDialog *dialog = open_editor (f, "asset.new-plan", NULL);
  GtkLabel *caption = ct_asset_dialog_get_caption (dialog);
  g_autofree char *rrule = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(CtRecord) plan = NULL;

  set (dialog, "title", "消防联动季度测试");
  set (dialog, "starts_on", "2026-12-15");
  set (dialog, "rule", "FREQ=MONTHLY");
  g_assert_cmpstr (gtk_label_get_text (caption), ==,
                   "Next due: 2026-12-15, 2027-01-15, 2027-02-15");
  set (dialog, "rule", "custom");
  /* A custom rule starts from the one chosen before. */
  rrule = ct_asset_dialog_dup_value (dialog, "rrule");
  g_assert_cmpstr (rrule, ==, "FREQ=MONTHLY");
  set (dialog, "rrule", "FREQ=SOMETIMES");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (caption), "error"));
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (ct_asset_dialog_get_error (dialog));
  set (dialog, "rrule", "FREQ=MONTHLY;INTERVAL=3");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (caption), "error"));
  g_assert_cmpstr (gtk_label_get_text (caption), ==,
                   "Next due: 2026-12-15, 2027-03-15, 2027-06-15");
  save (dialog);

  plans = ct_maintenance_list_plans (f->store, elevator_id (f), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  plan = ct_asset_detail_find_item (plans, 2);
  g_assert_nonnull (plan);
  g_assert_cmpstr (ct_record_get_string (plan, "rrule"), ==, "FREQ=MONTHLY;INTERVAL=3");
  g_assert_cmpuint (ct_asset_detail_count_rows (f->detail->plans_list), ==, 2);
  /* Its task within 90 days (12-15; 2027-03-15 is past 02-21) was made at once. */
  g_assert_cmpuint (ct_asset_detail_count_rows (f->detail->tasks_list), ==, 5);
}

/* Readings 1000 … 1400 a day apart (100 kWh a day), then 1600 two days
 * later (100 a day: usual), then 2600 a day after (1,000 a day: ten times the
 * median of 100, more than twice it: flagged). */
static void
test_reading_anomaly (Fixture       *f,
                      gconstpointer  data)
{
  CtMeter *meter = ct_meter_new ("M-E01", "电梯动力电表", "electricity", f->site_id);
  gint64 meter_id;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  CtAssetDialog *dialog;
  GtkWidget *row;
  const char *subtitle;

  g_object_set (meter, "asset_id", elevator_id (f), NULL);
  meter_id = insert (ct_meter_get_store (f->store), meter);
  for (int i = 0; i < 5; i++)
    {
      g_assert_true (ct_meter_add_reading (f->store, meter_id, NOW - (6 - i) * DAY, 1000 + 100 * i,
                                           "抄表员", "test", NULL, &error));
      g_assert_no_error (error);
    }
  ct_asset_detail_reload (f->detail);
  g_assert_true (gtk_widget_get_visible (f->detail->meters_box));

  key = g_strdup_printf ("%" G_GINT64_FORMAT, meter_id);
  dialog = open_editor (f, "asset.reading", g_variant_new_int64 (0));
  set (dialog, "meter", key);
  set (dialog, "value", "abc");
  g_assert_false (ct_asset_dialog_save (dialog));
  set (dialog, "value", "1,600");
  save (dialog);
  /* Saved with the verdict shown; the window stays for the next meter. */
  g_assert_true (ct_asset_detail_get_dialog (f->detail) == GTK_WINDOW (dialog));
  g_assert_nonnull (strstr (ct_asset_dialog_get_note (dialog), "within the usual range"));
  /* A reading cannot be from the future: the clock moves a day first. */
  set (dialog, "read_at", "2026-11-24 10:00");
  set (dialog, "value", "2600");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_cmpstr (ct_asset_dialog_get_error (dialog), ==,
                   "Read at (YYYY-MM-DD HH:MM): this time is in the future: type when it "
                   "happened.");
  ct_clock_advance (f->file.clock, DAY);
  save (dialog);
  g_assert_nonnull (strstr (ct_asset_dialog_get_note (dialog), "flagged"));
  g_assert_cmpuint (f->n_changed, ==, 2);
  /* The pane shows the meter's last reading flagged. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->detail->meters_list, 0));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, "Last reading 2600.0 kWh on 2026-11-24 10:00 · +1000.0"));
  g_assert_nonnull (strstr (subtitle, "1 unusual reading in the last 12 months"));
}

/* A meter added from the pane's meters section, a code taken refused with
 * what was typed kept, an edit saved and a stale edit caught. */
static void
test_meter_dialog (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) meters = NULL;
  g_autoptr(CtRecord) meter = NULL;
  g_autoptr(CtRecord) theirs = NULL;
  g_autoptr(GError) error = NULL;
  CtAssetDialog *dialog;
  GtkWidget *row;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;

  /* No meter yet: the section says so and offers one. */
  g_assert_true (gtk_widget_get_visible (f->detail->meters_box));
  g_assert_cmpuint (ct_asset_detail_count_rows (f->detail->meters_list), ==, 1);
  g_assert_false (ADW_IS_ACTION_ROW (gtk_list_box_get_row_at_index (f->detail->meters_list, 0)));

  dialog = open_editor (f, "asset.new-meter", NULL);
  code = ct_asset_dialog_dup_value (dialog, "code");
  g_assert_cmpstr (code, ==, "E-01-M1");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (strstr (ct_asset_dialog_get_error (dialog), "Name the meter"));
  set (dialog, "name", "电梯动力电表");
  set (dialog, "kind", "electricity");
  save (dialog);
  g_assert_null (ct_asset_detail_get_dialog (f->detail));
  g_assert_cmpuint (f->n_changed, ==, 1);
  meters = ct_meter_list (f->store, elevator_id (f), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meters), ==, 1);
  meter = g_list_model_get_item (meters, 0);
  g_assert_cmpint (ct_record_get_int (meter, "site_id"), ==, f->site_id);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->detail->meters_list, 0));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "电梯动力电表 (E-01-M1)");

  /* A code taken: refused, the form keeps what was typed. */
  dialog = open_editor (f, "asset.new-meter", NULL);
  g_free (code);
  code = ct_asset_dialog_dup_value (dialog, "code");
  g_assert_cmpstr (code, ==, "E-01-M2");
  set (dialog, "code", "E-01-M1");
  set (dialog, "name", "机房水表");
  set (dialog, "kind", "water");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (strstr (ct_asset_dialog_get_error (dialog), "E-01-M1 is taken"));
  name = ct_asset_dialog_dup_value (dialog, "name");
  g_assert_cmpstr (name, ==, "机房水表");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Edited from its row. */
  dialog = open_editor (f, "asset.edit-meter", g_variant_new_int64 (ct_record_get_id (meter)));
  g_free (name);
  name = ct_asset_dialog_dup_value (dialog, "name");
  g_assert_cmpstr (name, ==, "电梯动力电表");
  set (dialog, "note", "在机房配电箱");
  save (dialog);
  g_assert_cmpuint (f->n_changed, ==, 2);
  theirs = ct_record_store_load (ct_meter_get_store (f->store), ct_record_get_id (meter), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_record_get_string (theirs, "note"), ==, "在机房配电箱");

  /* Someone else changes it while the editor is open: not overwritten. */
  dialog = open_editor (f, "asset.edit-meter", g_variant_new_int64 (ct_record_get_id (meter)));
  ct_record_set_string (theirs, "name", "电梯总电表");
  g_assert_true (ct_meter_update (f->store, CT_METER (theirs), "另一位", &error));
  g_assert_no_error (error);
  set (dialog, "name", "我的名字");
  g_assert_false (ct_asset_dialog_save (dialog));
  g_assert_nonnull (ct_asset_dialog_get_conflict_dialog (dialog));
  g_clear_object (&theirs);
  theirs = ct_record_store_load (ct_meter_get_store (f->store), ct_record_get_id (meter), &error);
  g_assert_cmpstr (ct_record_get_string (theirs, "name"), ==, "电梯总电表");
}

/* Change History opens the audit log's history of the asset, titled with its
 * code and name. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  GtkWindow *history = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->detail), "asset.history", NULL));
  gui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), "History") == 0)
        history = window;
    }
  g_assert_nonnull (history);
  g_assert_true (gtk_window_get_transient_for (history) == f->window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/asset-detail/facts", test_facts);
  ADD ("/asset-detail/complete-task", test_complete_task);
  ADD ("/asset-detail/status-down", test_status_down);
  ADD ("/asset-detail/stale-edit", test_stale_edit);
  ADD ("/asset-detail/report-fault", test_report_fault);
  ADD ("/asset-detail/new-ticket-asset", test_new_ticket_asset);
  ADD ("/asset-detail/plan-rule", test_plan_rule);
  ADD ("/asset-detail/reading-anomaly", test_reading_anomaly);
  ADD ("/asset-detail/meter-dialog", test_meter_dialog);
  ADD ("/asset-detail/history", test_history);
#undef ADD

  return gui_test_run ();
}
