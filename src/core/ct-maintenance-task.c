/* ct-maintenance-task.c — maintenance tasks and records: listing, completing,
 * skipping
 *
 * Completing a task writes its record, closes the task on the day of the
 * work (in the database's time zone), records the downtime the work caused
 * as a closed maintenance downtime ending when the work was done (the asset's
 * status is not touched), and gives a completion-based plan its next task
 * whatever the horizon. All in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-error.h"
#include "ct-maintenance-private.h"
#include "ct-work-calendar.h"

typedef struct
{
  CtMaintenanceStores *stores;
  CtRecord            *task;     /* a copy of the caller's, written */
  CtRecord            *record;   /* a copy, written; NULL when skipping */
  const char          *actor;
} TaskWrite;

static void
task_write_clear (TaskWrite *w)
{
  g_clear_object (&w->task);
  g_clear_object (&w->record);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TaskWrite, task_write_clear)

GListModel *
ct_maintenance_list_tasks (CtAssetStore  *store,
                           gint64         asset_id,
                           gboolean       open_only,
                           GError       **error)
{
  static const char *const tails[2][2] = {
    { "FROM maintenance_tasks ORDER BY due_on, id",
      "FROM maintenance_tasks WHERE status = 'open' ORDER BY due_on, id" },
    { "FROM maintenance_tasks WHERE asset_id = ? ORDER BY due_on, id",
      "FROM maintenance_tasks WHERE asset_id = ? AND status = 'open' ORDER BY due_on, id" },
  };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  return ct_maintenance_select (ct_maintenance_stores (store)->tasks,
                                tails[asset_id != 0][open_only != FALSE], &asset_id,
                                asset_id != 0, error);
}

GListModel *
ct_maintenance_list_records (CtAssetStore  *store,
                             gint64         asset_id,
                             GError       **error)
{
  CtRecordStore *records;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  records = ct_maintenance_stores (store)->records;
  if (asset_id == 0)
    return ct_maintenance_select (records, "FROM maintenance_records "
                                           "ORDER BY performed_at DESC, id DESC",
                                  NULL, 0, error);
  return ct_maintenance_select (records, "FROM maintenance_records WHERE asset_id = ? "
                                         "ORDER BY performed_at DESC, id DESC",
                                &asset_id, 1, error);
}

guint
ct_maintenance_count_overdue (CtAssetStore  *store,
                              const char    *today,
                              GError       **error)
{
  CtDatabase *db;
  g_autofree char *day = NULL;
  sqlite3_stmt *stmt;
  guint count = 0;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), 0);
  db = ct_asset_store_get_database (store);
  if (!(day = ct_maintenance_resolve_today (db, today, error)))
    return 0;
  /* Retired equipment needs no more work, whatever it was due. */
  stmt = ct_database_prepare (db,
    "SELECT count(*) FROM maintenance_tasks t JOIN assets a ON a.id = t.asset_id "
    "WHERE t.status = 'open' AND t.due_on < ? AND a.status <> 'retired'", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    count = (guint) sqlite3_column_int64 (stmt, 0);
  else
    ct_database_set_error (db, rc, error);
  sqlite3_reset (stmt);
  return count;
}

typedef enum { COMPLETE, SKIP } Close;

static gboolean
check_open (CtRecord    *task,
            Close        close,
            GError     **error)
{
  const char *status = ct_record_get_string (task, "status");
  const char *due = ct_record_get_string (task, "due_on");
  const char *label = ct_maintenance_task_status_label (status);

  if (g_str_equal (status, "open"))
    return TRUE;
  if (close == COMPLETE)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("The task due %s is already “%s”: only an open task can be completed."),
                 due, label ? label : status);
  else
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("The task due %s is already “%s”: only an open task can be skipped."),
                 due, label ? label : status);
  return FALSE;
}

/* The task as stored now, which must still be open. */
static gboolean
check_stored_open (TaskWrite   *w,
                   Close        close,
                   GError     **error)
{
  g_autoptr(CtRecord) stored = ct_record_store_load (w->stores->tasks,
                                                     ct_record_get_id (w->task), error);

  if (stored != NULL)
    return check_open (stored, close, error);
  if (error == NULL || *error == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("The task due %s was deleted: its plan was changed meanwhile."),
                 ct_record_get_string (w->task, "due_on"));
  return FALSE;
}

/* The title of the task's plan, for the downtime's reason. */
static char *
plan_title (CtDatabase *db,
            gint64      plan_id)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "SELECT title FROM maintenance_plans "
                                                "WHERE id = ?", NULL);
  char *title = NULL;

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, plan_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    title = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return title ? title : g_strdup ("");
}

static char *
downtime_json (gint64      asset_id,
               gint64      started_at,
               gint64      ended_at,
               const char *reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "asset_id");
  json_builder_add_int_value (builder, asset_id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, "maintenance");
  json_builder_set_member_name (builder, "started_at");
  json_builder_add_int_value (builder, started_at);
  json_builder_set_member_name (builder, "ended_at");
  json_builder_add_int_value (builder, ended_at);
  json_builder_set_member_name (builder, "reason");
  json_builder_add_string_value (builder, reason);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* The maintenance downtime the work of @w->record caused, ending when it was
 * done. */
static gboolean
insert_downtime (CtDatabase  *db,
                 TaskWrite   *w,
                 GError     **error)
{
  CtRecord *r = w->record;
  gint64 asset_id = ct_record_get_int (r, "asset_id");
  gint64 ended_at = ct_record_get_int (r, "performed_at");
  gint64 started_at = ended_at - ct_record_get_int (r, "downtime_minutes") * 60;
  gint64 now = ct_clock_now (ct_database_get_clock (db));
  g_autofree char *reason = plan_title (db, ct_record_get_int (w->task, "plan_id"));
  g_autofree char *json = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ended_at, ticket_id, reason, "
    "version, created_at, updated_at) VALUES (?, 'maintenance', ?, ?, ?, ?, 1, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, started_at);
  sqlite3_bind_int64 (stmt, 3, ended_at);
  if (ct_record_get_int (r, "ticket_id") != 0)
    sqlite3_bind_int64 (stmt, 4, ct_record_get_int (r, "ticket_id"));
  sqlite3_bind_text (stmt, 5, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, now);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  json = downtime_json (asset_id, started_at, ended_at, reason);
  return ct_database_audit (db, w->actor, "asset_downtime",
                            sqlite3_last_insert_rowid (ct_database_get_handle (db)), "insert",
                            NULL, json, error);
}

/* After a task closed: a completion-based plan's next task, next_due. */
static gboolean
after_close (CtDatabase  *db,
             TaskWrite   *w,
             GError     **error)
{
  CtMaintenanceGeneration gen = { ct_record_get_int (w->task, "plan_id"), NULL, NULL, FALSE,
                                  w->actor };

  return ct_maintenance_generate_in_write (db, &gen, NULL, error)
         && ct_maintenance_update_next_due (db, ct_record_get_int (w->task, "asset_id"), error);
}

static gboolean
complete_func (CtDatabase  *db,
               gpointer     user_data,
               GError     **error)
{
  TaskWrite *w = user_data;
  g_autofree char *day = NULL;
  gint64 performed_at = ct_record_get_int (w->record, "performed_at");

  if (!check_stored_open (w, COMPLETE, error)
      || !(day = ct_maintenance_day_of (db, performed_at, error))
      || !ct_record_store_insert (w->stores->records, w->record, w->actor, error))
    return FALSE;
  ct_record_set_string (w->task, "status", "done");
  ct_record_set_int (w->task, "completed_at", performed_at);
  ct_record_set_string (w->task, "completed_on", day);
  if (!ct_record_store_update (w->stores->tasks, w->task, w->actor, error))
    return FALSE;
  if (ct_record_get_int (w->record, "downtime_minutes") > 0 && !insert_downtime (db, w, error))
    return FALSE;
  return after_close (db, w, error);
}

static char *
format_time (CtDatabase *db,
             gint64      at)
{
  g_autoptr(GTimeZone) tz = ct_work_calendar_load_time_zone (db, NULL);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = NULL;

  if (tz == NULL)
    tz = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/* Fills in what a new record takes by default and refuses a time to come. */
static gboolean
prepare_record (CtDatabase  *db,
                CtRecord    *record,
                GError     **error)
{
  gint64 now = ct_clock_now (ct_database_get_clock (db));
  gint64 performed_at = ct_record_get_int (record, "performed_at");
  g_autofree char *when = NULL;

  if (*ct_record_get_string (record, "kind") == '\0')
    ct_record_set_string (record, "kind", "preventive");
  if (performed_at == 0)
    ct_record_set_int (record, "performed_at", now);
  if (performed_at <= now)
    return ct_record_validate (record, error);
  when = format_time (db, performed_at);
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("The work is recorded as done at %s, which is still to come: check the date "
                 "and time."), when);
  return FALSE;
}

gboolean
ct_maintenance_complete_task (CtAssetStore         *store,
                              CtMaintenanceTask    *task,
                              CtMaintenanceRecord  *record,
                              const char           *actor,
                              GError              **error)
{
  CtDatabase *db;
  g_auto(TaskWrite) w = { 0 };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_TASK (task), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_RECORD (record), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (record)) == 0, FALSE);

  db = ct_asset_store_get_database (store);
  w = (TaskWrite) { ct_maintenance_stores (store), ct_record_copy (CT_RECORD (task)),
                    ct_record_copy (CT_RECORD (record)), actor };
  if (!check_open (w.task, COMPLETE, error))
    return FALSE;
  ct_record_set_int (w.record, "asset_id", ct_record_get_int (w.task, "asset_id"));
  ct_record_set_int (w.record, "task_id", ct_record_get_id (w.task));
  if (!prepare_record (db, w.record, error)
      || !ct_database_write (db, complete_func, &w, error))
    return FALSE;
  ct_record_assign (CT_RECORD (record), w.record);
  ct_record_assign (CT_RECORD (task), w.task);
  ct_asset_store_emit_changed (store);
  return TRUE;
}

static gboolean
skip_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  TaskWrite *w = user_data;

  if (!check_stored_open (w, SKIP, error)
      || !ct_record_store_update (w->stores->tasks, w->task, w->actor, error))
    return FALSE;
  return after_close (db, w, error);
}

gboolean
ct_maintenance_skip_task (CtAssetStore       *store,
                          CtMaintenanceTask  *task,
                          const char         *reason,
                          const char         *actor,
                          GError            **error)
{
  g_auto(TaskWrite) w = { 0 };
  g_autofree char *why = g_strstrip (g_strdup (reason ? reason : ""));

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_TASK (task), FALSE);

  w = (TaskWrite) { ct_maintenance_stores (store), ct_record_copy (CT_RECORD (task)), NULL,
                    actor };
  if (!check_open (w.task, SKIP, error))
    return FALSE;
  if (*why == '\0')
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("Say why the task is skipped, e.g. “equipment shut down for the "
                             "winter”."));
      return FALSE;
    }
  ct_record_set_string (w.task, "status", "skipped");
  ct_record_set_string (w.task, "note", why);
  if (!ct_database_write (ct_asset_store_get_database (store), skip_func, &w, error))
    return FALSE;
  ct_record_assign (CT_RECORD (task), w.task);
  ct_asset_store_emit_changed (store);
  return TRUE;
}

gboolean
ct_maintenance_add_record (CtAssetStore         *store,
                           CtMaintenanceRecord  *record,
                           const char           *actor,
                           GError              **error)
{
  g_autoptr(CtRecord) copy = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_RECORD (record), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (record)) == 0, FALSE);

  copy = ct_record_copy (CT_RECORD (record));
  if (ct_record_get_int (copy, "task_id") != 0)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("The record of a planned task is written by completing the task."));
      return FALSE;
    }
  if (!prepare_record (ct_asset_store_get_database (store), copy, error)
      || !ct_record_store_insert (ct_maintenance_stores (store)->records, copy, actor, error))
    return FALSE;
  ct_record_assign (CT_RECORD (record), copy);
  ct_asset_store_emit_changed (store);
  return TRUE;
}
