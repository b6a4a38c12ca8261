/* test-maintenance.c — preventive maintenance: task generation by schedule
 * and by completion, plan changes, completing and skipping tasks, next_due,
 * the overdue count, errors, and the speed of a large generation (the repeat
 * rules themselves: test-maintenance-rule.c)
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (CT_TEST_NOW),
 * so today is 2025-11-21 and a plan made now gets its tasks up to today + 90
 * days = 2026-02-19 (CT_MAINTENANCE_HORIZON_DAYS).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-maintenance.h"
#include "ct-test-ledger.h"

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         site;
  guint          n_changed;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ct_test_ledger_open (&f->base, "ct-maintenance-XXXXXX");
  f->site = ct_test_ledger_insert (ct_organisation_get_sites (f->base.org),
                                   ct_site_new ("CH", "翠湖花园"));
  ct_test_ledger_count_changes (f->store, &f->n_changed);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_ledger_close (&f->base, &f->store);
}

static gint64
create_asset (Fixture    *f,
              const char *code)
{
  g_autoptr(CtAsset) asset = ct_asset_new (code, "1号客梯", "elevator", f->site);

  return ct_test_ledger_create (f->store, asset);
}

static CtMaintenancePlan *
create_plan (Fixture    *f,
             gint64      asset_id,
             const char *rrule,
             const char *basis,
             const char *starts_on)
{
  g_autoptr(GError) error = NULL;
  CtMaintenancePlan *plan = ct_maintenance_plan_new (asset_id, "电梯月度保养", rrule, basis,
                                                     starts_on);
  gboolean ok = ct_maintenance_create_plan (f->store, plan, "王工", &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  return plan;
}

static guint
generate (Fixture    *f,
          const char *today,
          guint       horizon)
{
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (ct_maintenance_generate (f->store, today, horizon, &n, &error));
  g_assert_no_error (error);
  return n;
}

/* "2025-12-05 2026-01-05" — the due dates of the asset's tasks (open ones
 * with @open_only), in order; "id" gets their ids the same way. */
static char *
tasks_of (Fixture    *f,
          gint64      asset_id,
          gboolean    open_only,
          const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = ct_maintenance_list_tasks (f->store, asset_id, open_only,
                                                           &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CtRecord) task = g_list_model_get_item (tasks, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      if (g_str_equal (what, "id"))
        g_string_append_printf (text, "%" G_GINT64_FORMAT, ct_record_get_id (task));
      else
        g_string_append (text, ct_record_get_string (task, what));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static CtMaintenanceTask *
task_due (Fixture    *f,
          gint64      asset_id,
          const char *due_on)
{
  g_autoptr(GListModel) tasks = ct_maintenance_list_tasks (f->store, asset_id, FALSE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CtRecord) task = g_list_model_get_item (tasks, i);

      if (g_str_equal (ct_record_get_string (task, "due_on"), due_on))
        return CT_MAINTENANCE_TASK (g_steal_pointer (&task));
    }
  g_assert_not_reached ();
}

/* A monthly plan of the asset from 2025-11-15: its first task. */
static CtMaintenanceTask *
first_monthly_task (Fixture *f,
                    gint64   asset_id)
{
  g_autoptr(CtMaintenancePlan) plan = create_plan (f, asset_id, "FREQ=MONTHLY", "schedule",
                                                   "2025-11-15");

  return task_due (f, asset_id, "2025-11-15");
}

static char *
next_due (Fixture *f,
          gint64   asset_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) asset = ct_asset_store_load (f->store, asset_id, &error);

  g_assert_no_error (error);
  return g_strdup (ct_record_get_string (CT_RECORD (asset), "next_due"));
}

/* The due dates of the asset's tasks (open ones with @open_only) are @expected. */
static void
assert_dues (Fixture    *f,
             gint64      asset_id,
             gboolean    open_only,
             const char *expected)
{
  g_autofree char *dues = tasks_of (f, asset_id, open_only, "due_on");

  g_assert_cmpstr (dues, ==, expected);
}

static void
assert_next_due (Fixture    *f,
                 gint64      asset_id,
                 const char *expected)
{
  g_autofree char *due = next_due (f, asset_id);

  g_assert_cmpstr (due, ==, expected);
}

/* Saves @plan as 王工, which must succeed. */
static void
update_plan (Fixture           *f,
             CtMaintenancePlan *plan)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_maintenance_update_plan (f->store, plan, "王工", &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = ct_database_prepare (f->base.db, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/* Seconds since the epoch of a wall-clock time in Shanghai (UTC+8, no DST). */
static gint64
shanghai (int year, int month, int day, int hour, int minute)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (utc) - 8 * 3600;
}

static void
complete (Fixture    *f,
          gint64      asset_id,
          const char *due_on)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtMaintenanceTask) task = task_due (f, asset_id, due_on);
  g_autoptr(CtMaintenanceRecord) record = ct_maintenance_record_new (0, NULL);

  g_assert_true (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  g_assert_no_error (error);
}

static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  gint64 lift = create_asset (f, "DT-01");
  gint64 pump = create_asset (f, "SB-01");
  g_autoptr(CtMaintenancePlan) monthly = create_plan (f, lift, "FREQ=MONTHLY", "schedule",
                                                      "2025-12-05");
  g_autoptr(CtMaintenancePlan) quarterly = create_plan (f, pump, "FREQ=MONTHLY;INTERVAL=3",
                                                        "schedule", "2025-10-01");
  g_autofree char *ids = NULL;
  g_autofree char *ids_again = NULL;
  g_autofree char *late = NULL;

  /* Made with the plan, up to 2026-02-19; the pump's plan began in the past. */
  assert_dues (f, lift, FALSE, "2025-12-05 2026-01-05 2026-02-05");
  assert_dues (f, pump, FALSE, "2025-10-01 2026-01-01");
  assert_next_due (f, lift, "2025-12-05");
  assert_next_due (f, pump, "2025-10-01");
  g_assert_cmpuint (ct_maintenance_count_overdue (f->store, NULL, NULL), ==, 1);
  g_assert_cmpuint (ct_maintenance_count_overdue (f->store, "2025-12-06", NULL), ==, 2);
  g_assert_cmpuint (f->n_changed, >=, 2);

  /* A year ahead: up to 2026-11-21, nine more monthly and three quarterly. */
  f->n_changed = 0;
  g_assert_cmpuint (generate (f, "2025-11-21", 365), ==, 12);
  g_assert_cmpuint (f->n_changed, ==, 1);
  assert_dues (f, pump, FALSE, "2025-10-01 2026-01-01 2026-04-01 2026-07-01 2026-10-01");
  g_assert_cmpint (count (f, "SELECT count(*) FROM maintenance_tasks WHERE asset_id = 1"),
                   ==, 12);
  g_assert_cmpint (count (f, "SELECT max(due_on) = '2026-11-05' FROM maintenance_tasks "
                             "WHERE asset_id = 1"), ==, 1);

  /* Again: nothing new, the same tasks, no "changed". */
  ids = tasks_of (f, 0, FALSE, "id");
  f->n_changed = 0;
  g_assert_cmpuint (generate (f, "2025-11-21", 365), ==, 0);
  g_assert_cmpuint (generate (f, NULL, 365), ==, 0);
  ids_again = tasks_of (f, 0, FALSE, "id");
  g_assert_cmpstr (ids, ==, ids_again);
  g_assert_cmpuint (f->n_changed, ==, 0);
  /* One audit row per plan and generation that made tasks. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = "
                             "'maintenance_tasks' AND action = 'insert'"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = "
                             "'maintenance_tasks' AND new_json LIKE '%\"due_on\":\"2026-11-05\"%'"),
                   ==, 1);

  /* The horizon is respected: from 2027-01-01 for 10 days, only 2027-01-05
   * (and the pump's 2027-01-01); the months between are caught up. */
  g_assert_cmpuint (generate (f, "2027-01-01", 10), ==, 2 + 1);
  late = tasks_of (f, lift, FALSE, "due_on");
  g_assert_true (g_str_has_suffix (late, "2026-11-05 2026-12-05 2027-01-05"));
  /* Before 2027-01-01: the lift's 2025-12-05 … 2026-12-05 (13) and the
   * pump's 2025-10-01 … 2026-10-01 (5). */
  g_assert_cmpuint (ct_maintenance_count_overdue (f->store, "2027-01-01", NULL), ==, 13 + 5);
}

static void
test_completion (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lift = create_asset (f, "DT-01");
  g_autoptr(CtMaintenancePlan) plan = create_plan (f, lift, "FREQ=MONTHLY", "completion",
                                                   "2026-03-10");
  g_autoptr(CtMaintenanceTask) skipped = NULL;

  /* Due 2026-03-10, past the 90-day horizon of 2026-02-19: not yet. */
  assert_dues (f, lift, FALSE, "");
  g_assert_cmpuint (generate (f, "2026-02-01", 30), ==, 0);
  g_assert_cmpuint (generate (f, "2026-03-01", 30), ==, 1);
  g_assert_cmpuint (generate (f, "2026-03-01", 30), ==, 1 - 1);
  assert_dues (f, lift, TRUE, "2026-03-10");

  /* Done early on 2026-03-02 10:00: the next is due a month later, at once. */
  ct_clock_set (f->base.clock, shanghai (2026, 3, 2, 10, 0));
  complete (f, lift, "2026-03-10");
  assert_dues (f, lift, FALSE, "2026-03-10 2026-04-02");
  assert_next_due (f, lift, "2026-04-02");
  g_assert_cmpint (count (f, "SELECT count(*) FROM maintenance_tasks WHERE status = 'done' "
                             "AND completed_on = '2026-03-02' AND due_on = '2026-03-10'"), ==, 1);

  /* Done late on 2026-04-20 00:30 (still 19 April in UTC): next 2026-05-20. */
  ct_clock_set (f->base.clock, shanghai (2026, 4, 20, 0, 30));
  complete (f, lift, "2026-04-02");
  assert_dues (f, lift, TRUE, "2026-05-20");
  g_assert_cmpuint (generate (f, NULL, 365), ==, 0);

  /* Skipped: the cycle goes on from the skipped due date. */
  skipped = task_due (f, lift, "2026-05-20");
  g_assert_true (ct_maintenance_skip_task (f->store, skipped, "  停梯改造  ", "王工", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (skipped), "status"), ==, "skipped");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (skipped), "note"), ==, "停梯改造");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (skipped), "completed_at"), ==, 0);
  assert_dues (f, lift, TRUE, "2026-06-20");
  assert_next_due (f, lift, "2026-06-20");
  g_assert_cmpuint (ct_maintenance_count_overdue (f->store, "2026-06-21", NULL), ==, 1);
}

static void
test_inactive_retired (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lift = create_asset (f, "DT-01");
  gint64 pump = create_asset (f, "SB-01");
  g_autoptr(CtAsset) pump_asset = ct_asset_store_load (f->store, pump, NULL);
  g_autoptr(CtMaintenancePlan) lift_plan = create_plan (f, lift, "FREQ=MONTHLY", "schedule",
                                                        "2025-11-01");
  g_autoptr(CtMaintenancePlan) pump_plan = create_plan (f, pump, "FREQ=MONTHLY", "schedule",
                                                        "2025-12-01");
  g_autoptr(CtMaintenancePlan) refused = ct_maintenance_plan_new (pump, "水泵保养",
                                                                  "FREQ=MONTHLY", "schedule",
                                                                  "2026-01-01");

  /* Stopping the lift's plan drops its tasks from today on; the overdue
   * 2025-11-01 stays to be done or skipped. */
  ct_record_set_int (CT_RECORD (lift_plan), "active", 0);
  update_plan (f, lift_plan);
  assert_dues (f, lift, FALSE, "2025-11-01");
  assert_next_due (f, lift, "2025-11-01");

  /* The retired pump gets no more tasks, and its open ones are not overdue. */
  g_assert_true (ct_asset_store_set_status (f->store, pump_asset, "retired", "报废", 0, 0,
                                            "admin", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (generate (f, "2025-11-21", 365), ==, 0);
  g_assert_cmpuint (ct_maintenance_count_overdue (f->store, "2026-03-01", NULL), ==, 1);

  g_assert_false (ct_maintenance_create_plan (f->store, refused, "王工", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "retired"));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (refused)), ==, 0);
}

static void
test_update_plan (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lift = create_asset (f, "DT-01");
  gint64 pump = create_asset (f, "SB-01");
  g_autoptr(CtMaintenancePlan) plan = create_plan (f, lift, "FREQ=MONTHLY", "schedule",
                                                   "2025-11-01");
  g_autoptr(CtMaintenancePlan) stale = CT_MAINTENANCE_PLAN (ct_record_copy (CT_RECORD (plan)));
  g_autofree char *ids = tasks_of (f, lift, FALSE, "id");
  g_autofree char *same_ids = NULL;
  g_autofree char *new_ids = NULL;

  assert_dues (f, lift, FALSE, "2025-11-01 2025-12-01 2026-01-01 2026-02-01");

  /* A new title changes no task. */
  ct_record_set_string (CT_RECORD (plan), "title", "1号梯半月保养");
  update_plan (f, plan);
  same_ids = tasks_of (f, lift, FALSE, "id");
  g_assert_cmpstr (same_ids, ==, ids);

  /* Every two months: the overdue 2025-11-01 stays, the rest is made anew
   * from today: 2026-01-01 (2026-03-01 is past the horizon). */
  ct_record_set_string (CT_RECORD (plan), "rrule", "FREQ=MONTHLY;INTERVAL=2");
  update_plan (f, plan);
  assert_dues (f, lift, FALSE, "2025-11-01 2026-01-01");
  /* The overdue task is the same one. */
  new_ids = tasks_of (f, lift, FALSE, "id");
  g_assert_cmpint (g_ascii_strtoll (new_ids, NULL, 10), ==, g_ascii_strtoll (ids, NULL, 10));

  /* Yearly: nothing within the horizon, so the next occurrence is made. */
  ct_record_set_string (CT_RECORD (plan), "rrule", "FREQ=YEARLY");
  update_plan (f, plan);
  assert_dues (f, lift, FALSE, "2025-11-01 2026-11-01");
  /* Later runs do not fill in the past under the new rule. */
  g_assert_cmpuint (generate (f, "2026-12-01", 30), ==, 0);
  assert_next_due (f, lift, "2025-11-01");

  /* A stale copy is refused; so is moving the plan to another asset. */
  g_assert_false (ct_maintenance_update_plan (f->store, stale, "李工", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  ct_record_set_int (CT_RECORD (plan), "asset_id", pump);
  g_assert_false (ct_maintenance_update_plan (f->store, plan, "王工", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ct_record_set_int (CT_RECORD (plan), "asset_id", lift);
  ct_record_set_string (CT_RECORD (plan), "rrule", "FREQ=HOURLY");
  g_assert_false (ct_maintenance_update_plan (f->store, plan, "王工", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "FREQ=HOURLY"));
}

static void
test_complete_record (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lift = create_asset (f, "DT-01");
  g_autoptr(CtMaintenanceTask) task = first_monthly_task (f, lift);
  g_autoptr(CtMaintenanceRecord) record = ct_maintenance_record_new (0, NULL);
  g_autoptr(CtMaintenanceRecord) repair = ct_maintenance_record_new (lift, "corrective");
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GPtrArray) downtime = NULL;
  g_autoptr(CtAsset) asset = NULL;
  CtDowntime *d;
  /* An hour ago: 2025-11-21 11:40 in Shanghai. */
  gint64 performed_at = CT_TEST_NOW - 3600;

  g_object_set (record, "performed_at", performed_at, "performer", "李师傅",
                "problem", "曳引轮磨损", "action", "更换钢丝绳", "recheck", "运行平稳",
                "downtime_minutes", (gint64) 90, "cost_cents", (gint64) 120000, NULL);
  f->n_changed = 0;
  g_assert_true (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_changed, ==, 1);

  /* The record took the task's asset and id, the kind "preventive". */
  g_assert_cmpint (ct_record_get_id (CT_RECORD (record)), >, 0);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (record), "asset_id"), ==, lift);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (record), "task_id"), ==,
                   ct_record_get_id (CT_RECORD (task)));
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (record), "kind"), ==, "preventive");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (task), "status"), ==, "done");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (task), "completed_at"), ==, performed_at);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (task), "completed_on"), ==, "2025-11-21");
  g_assert_cmpint (ct_record_get_version (CT_RECORD (task)), ==, 2);
  assert_next_due (f, lift, "2025-12-15");

  /* 90 minutes of maintenance downtime ending when the work was done; the
   * asset stays in service. */
  downtime = ct_asset_store_list_downtime (f->store, lift, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (downtime->len, ==, 1);
  d = g_ptr_array_index (downtime, 0);
  g_assert_cmpstr (d->kind, ==, "maintenance");
  g_assert_cmpint (d->started_at, ==, performed_at - 90 * 60);
  g_assert_cmpint (d->ended_at, ==, performed_at);
  g_assert_cmpstr (d->reason, ==, "电梯月度保养");
  asset = ct_asset_store_load (f->store, lift, &error);
  g_assert_cmpstr (ct_asset_get_status (asset), ==, "in_service");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'insert' AND "
                             "entity IN ('maintenance_record', 'asset_downtime')"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE action = 'update' AND "
                             "entity = 'maintenance_task'"), ==, 1);

  /* A repair without a task, at now; no downtime of its own. */
  g_object_set (repair, "problem", "门机故障", "downtime_minutes", (gint64) 30, NULL);
  g_assert_true (ct_maintenance_add_record (f->store, repair, "李师傅", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (repair), "performed_at"), ==, CT_TEST_NOW);
  records = ct_maintenance_list_records (f->store, lift, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 2);
  g_clear_object (&asset);
  asset = g_list_model_get_item (records, 0);   /* newest first: the repair */
  g_assert_cmpint (ct_record_get_id (CT_RECORD (asset)), ==, ct_record_get_id (CT_RECORD (repair)));
  g_assert_cmpint (count (f, "SELECT count(*) FROM asset_downtime"), ==, 1);
}

static void
assert_refused (GError     **error,
                const char  *needle)
{
  g_assert_error (*error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr ((*error)->message, needle));
  g_clear_error (error);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 lift = create_asset (f, "DT-01");
  g_autoptr(CtMaintenanceTask) task = first_monthly_task (f, lift);
  g_autoptr(CtMaintenanceTask) stale = task_due (f, lift, "2025-11-15");
  g_autoptr(CtMaintenanceTask) other = task_due (f, lift, "2025-12-15");
  g_autoptr(CtMaintenanceRecord) record = ct_maintenance_record_new (0, NULL);
  g_autoptr(CtMaintenancePlan) bad = ct_maintenance_plan_new (lift, "", "FREQ=MONTHLY",
                                                              "schedule", "2026-01-01");

  /* Work recorded in the future, a negative cost: refused, nothing written. */
  ct_record_set_int (CT_RECORD (record), "performed_at", CT_TEST_NOW + 3600);
  g_assert_false (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  assert_refused (&error, "2025-11-21 13:40");
  ct_record_set_int (CT_RECORD (record), "performed_at", CT_TEST_NOW);
  ct_record_set_int (CT_RECORD (record), "cost_cents", -100);
  g_assert_false (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  assert_refused (&error, "cost");
  ct_record_set_int (CT_RECORD (record), "downtime_minutes", -5);
  ct_record_set_int (CT_RECORD (record), "cost_cents", 0);
  g_assert_false (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  assert_refused (&error, "Downtime");
  g_assert_cmpint (ct_record_get_id (CT_RECORD (record)), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM maintenance_records"), ==, 0);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (task), "status"), ==, "open");

  /* Done once; again, or through a copy read before, is refused. */
  ct_record_set_int (CT_RECORD (record), "downtime_minutes", 0);
  g_assert_true (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  g_assert_no_error (error);
  g_clear_object (&record);
  record = ct_maintenance_record_new (0, NULL);
  g_assert_false (ct_maintenance_complete_task (f->store, task, record, "李师傅", &error));
  assert_refused (&error, "already “Done”");
  g_assert_false (ct_maintenance_complete_task (f->store, stale, record, "李师傅", &error));
  assert_refused (&error, "only an open task can be completed");
  g_assert_false (ct_maintenance_skip_task (f->store, stale, "停用", "王工", &error));
  assert_refused (&error, "only an open task can be skipped");
  g_assert_cmpint (count (f, "SELECT count(*) FROM maintenance_records"), ==, 1);

  /* Skipping needs a reason. */
  g_assert_false (ct_maintenance_skip_task (f->store, other, "   ", "王工", &error));
  assert_refused (&error, "Say why");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (other), "status"), ==, "open");

  /* A record of a task only comes from completing it; a plan needs a title. */
  g_clear_object (&record);
  record = ct_maintenance_record_new (lift, "inspection");
  ct_record_set_int (CT_RECORD (record), "task_id", ct_record_get_id (CT_RECORD (other)));
  g_assert_false (ct_maintenance_add_record (f->store, record, "王工", &error));
  assert_refused (&error, "completing the task");
  g_assert_false (ct_maintenance_create_plan (f->store, bad, "王工", &error));
  assert_refused (&error, "Title");
  g_assert_false (ct_maintenance_generate (f->store, "2025-13-01", 30, NULL, &error));
  assert_refused (&error, "2025-13-01");
}

/* 1,500 assets with a monthly plan each, a year ahead: 18,000 tasks in one
 * transaction. The time is reported, not asserted (valgrind is slow). */
static gboolean
insert_many (CtDatabase  *db,
             gpointer     data,
             GError     **error)
{
  Fixture *f = data;
  sqlite3 *handle = ct_database_get_handle (db);
  g_autofree char *assets = g_strdup_printf (
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
    "INSERT INTO assets (code, name, category, site_id, service_from, created_at, updated_at) "
    "SELECT 'A-' || i, '设备' || i, 'water', %" G_GINT64_FORMAT ", 0, 0, 0 FROM n", f->site);

  g_assert_cmpint (sqlite3_exec (handle, assets, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle,
    "INSERT INTO maintenance_plans (asset_id, title, rrule, basis, starts_on, created_at, "
    "updated_at) SELECT id, '月度保养', 'FREQ=MONTHLY', 'schedule', '2025-11-22', 0, 0 "
    "FROM assets", NULL, NULL, NULL), ==, SQLITE_OK);
  return TRUE;
}

static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;

  g_assert_true (ct_database_write (f->base.db, insert_many, f, &error));
  timer = g_timer_new ();
  /* 2025-11-22 … 2026-10-22: twelve each. */
  g_assert_cmpuint (generate (f, "2025-11-21", 365), ==, 1500 * 12);
  g_test_message ("1,500 plans, 18,000 tasks generated in %.3f s",
                  g_timer_elapsed (timer, NULL));
  g_timer_start (timer);
  g_assert_cmpuint (generate (f, "2025-11-21", 365), ==, 0);
  g_test_message ("regenerated in %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpint (count (f, "SELECT count(*) FROM assets WHERE next_due = '2025-11-22'"), ==,
                   1500);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = "
                             "'maintenance_tasks'"), ==, 1500);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/maintenance/schedule", test_schedule);
  ADD ("/maintenance/completion", test_completion);
  ADD ("/maintenance/inactive-retired", test_inactive_retired);
  ADD ("/maintenance/update-plan", test_update_plan);
  ADD ("/maintenance/complete-record", test_complete_record);
  ADD ("/maintenance/errors", test_errors);
  ADD ("/maintenance/many", test_many);
#undef ADD
  return g_test_run ();
}
