/* ct-demo-assets-plans.c — the demo ledger's maintenance: plans made through
 * the maintenance module, then a year of the tasks it made brought to life
 *
 * A plan starts about a year ago, so ct_maintenance_create_plan() makes the
 * year's tasks (and those of the coming months). Of the ones already due,
 * most were done on or a little before their day, some late, a few skipped,
 * and some of the last month's are still open and overdue. Each done task
 * has its maintenance record; a visit that stops the equipment (an elevator's
 * monthly service) has its maintenance downtime, as completing a task in the
 * app writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ct-demo-assets-private.h"
#include "ct-maintenance.h"

#define OPEN_DAYS   30    /* tasks this recent may still be open … */
#define OPEN_PM     50    /* … per 1,000 of them (older ones were done late) */
#define SKIPPED_PM  70    /* from OPEN_PM: skipped (2 %) */
#define LATE_PM     120   /* below: done late (5 % and the older OPEN_PM) */

typedef struct
{
  gint64 id;
  gint64 asset_id;
  char   due_on[16];
} Task;

/* Rows */

static char *
performer (CtDemoLedger            *ledger,
           const CtDemoLedgerAsset *asset)
{
  const CtDemoWorker *worker;

  if (*asset->contractor)
    {
      g_autofree char *name = ct_demo_make_name (&ledger->rng);

      return g_strdup_printf ("%s（%s）", name, asset->contractor);
    }
  worker = ct_demo_ledger_worker (ledger, asset);
  return g_strdup (worker ? worker->name : "");
}

gboolean
ct_demo_ledger_add_record (CtDemoLedger            *ledger,
                           const CtDemoLedgerAsset *asset,
                           const char              *kind,
                           gint64                   task_id,
                           gint64                   ticket_id,
                           gint64                   performed_at,
                           const CtDemoWork        *work,
                           guint                    downtime_minutes,
                           GError                 **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "INSERT INTO maintenance_records (asset_id, task_id, ticket_id, kind, performed_at, "
    "performer, problem, action, recheck, recheck_ok, downtime_minutes, cost_cents, "
    "created_at, updated_at) VALUES (?1, nullif (?2, 0), nullif (?3, 0), ?4, ?5, ?6, ?7, ?8, "
    "?9, 1, ?10, ?11, ?12, ?12)", error);
  g_autofree char *who = performer (ledger, asset);
  gboolean repair = !g_str_equal (work->group, "*") || g_str_equal (kind, "corrective");

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset->id);
  sqlite3_bind_int64 (stmt, 2, task_id);
  sqlite3_bind_int64 (stmt, 3, ticket_id);
  sqlite3_bind_text (stmt, 4, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, performed_at);
  sqlite3_bind_text (stmt, 6, who, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, work->problem, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, work->action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, work->recheck, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 10, downtime_minutes);
  /* Parts and labour in fen; a routine visit is in the contract. */
  sqlite3_bind_int64 (stmt, 11, repair ? 100 * (gint64) ct_demo_rng_range (&ledger->rng, 50, 3000)
                                       : 0);
  sqlite3_bind_int64 (stmt, 12, ledger->now);
  ledger->n_records++;
  return ct_database_step_done (ledger->db, stmt, error);
}

gboolean
ct_demo_ledger_add_downtime (CtDemoLedger            *ledger,
                             const CtDemoLedgerAsset *asset,
                             const char              *kind,
                             gint64                   started_at,
                             gint64                   ended_at,
                             gint64                   ticket_id,
                             const char              *reason,
                             GError                 **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ended_at, ticket_id, reason, "
    "created_at, updated_at) VALUES (?1, ?2, ?3, nullif (?4, 0), nullif (?5, 0), ?6, ?7, ?7)",
    error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset->id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, started_at);
  sqlite3_bind_int64 (stmt, 4, ended_at);
  sqlite3_bind_int64 (stmt, 5, ticket_id);
  sqlite3_bind_text (stmt, 6, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 7, ledger->now);
  ledger->n_downtime++;
  return ct_database_step_done (ledger->db, stmt, error);
}

/* Plans */

/* About a year ago, on one of the first 28 days of a month (so that a
 * monthly rule falls on the same day every month), after installation. */
static void
plan_start (CtDemoLedger            *ledger,
            const CtDemoLedgerAsset *asset,
            char                    *out)
{
  gint64 at = ledger->now - CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 338, 365);

  if (at < asset->service_from)
    at = asset->service_from + CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 7, 20);
  ct_demo_ledger_day (ledger, at, out);
  if (atoi (out + 8) > 28)
    memcpy (out + 8, "28", 2);
}

static gboolean
create_plan (CtDemoLedger            *ledger,
             const CtDemoLedgerAsset *asset,
             GError                 **error)
{
  g_autoptr(CtMaintenancePlan) plan = NULL;
  const CtDemoWorker *worker = NULL;
  char starts_on[16];

  plan_start (ledger, asset, starts_on);
  plan = ct_maintenance_plan_new (asset->id, asset->kind->plan, asset->kind->rrule, "schedule",
                                  starts_on);
  if (ledger->department_id != 0)
    ct_record_set_int (CT_RECORD (plan), "department_id", ledger->department_id);
  if (*asset->contractor)
    ct_record_set_string (CT_RECORD (plan), "contractor", asset->contractor);
  else if ((worker = ct_demo_ledger_worker (ledger, asset)) != NULL)
    ct_record_set_int (CT_RECORD (plan), "assignee_id", worker->id);
  ledger->n_plans++;
  return ct_maintenance_create_plan (ledger->store, plan, CT_DEMO_ACTOR, error);
}

/* Tasks */

static GArray *
past_tasks (CtDemoLedger  *ledger,
            GError       **error)
{
  g_autoptr(GArray) tasks = g_array_new (FALSE, FALSE, sizeof (Task));
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT id, asset_id, due_on FROM maintenance_tasks WHERE status = 'open' AND due_on < ? "
    "ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ledger->today, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Task task = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_strlcpy (task.due_on, (const char *) sqlite3_column_text (stmt, 2), sizeof task.due_on);
      if (ct_demo_ledger_find (ledger, task.asset_id) != NULL)
        g_array_append_val (tasks, task);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return g_steal_pointer (&tasks);
  ct_database_set_error (ledger->db, rc, error);
  return NULL;
}

static gboolean
close_task (CtDemoLedger  *ledger,
            const Task    *task,
            const char    *status,
            gint64         completed_at,
            const char    *note,
            GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "UPDATE maintenance_tasks SET status = ?2, completed_at = nullif (?3, 0), completed_on = ?4, "
    "note = ?5, version = version + 1, updated_at = ?6 WHERE id = ?1", error);
  char day[16];

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, task->id);
  sqlite3_bind_text (stmt, 2, status, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, completed_at);
  if (completed_at)
    {
      ct_demo_ledger_day (ledger, completed_at, day);
      sqlite3_bind_text (stmt, 4, day, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_text (stmt, 5, note, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, ledger->now);
  ledger->n_tasks++;
  return ct_database_step_done (ledger->db, stmt, error);
}

/* The visit: its record, and its downtime when it stops the equipment. */
static gboolean
do_task (CtDemoLedger  *ledger,
         const Task    *task,
         gint64         at,
         const char    *note,
         GError       **error)
{
  CtDemoLedgerAsset *asset = ct_demo_ledger_find (ledger, task->asset_id);
  const CtDemoWork *work = ct_demo_draw_upkeep (&ledger->rng, asset->kind->group);
  guint minutes = asset->kind->pm_minutes;

  if (minutes > 0)
    minutes += ct_demo_rng_below (&ledger->rng, minutes / 2 + 1);
  return close_task (ledger, task, "done", at, note, error)
         && ct_demo_ledger_add_record (ledger, asset, "preventive", task->id, 0, at, work,
                                       minutes, error)
         && (minutes == 0
             || ct_demo_ledger_add_downtime (ledger, asset, "maintenance", at - 60 * minutes, at,
                                             0, asset->kind->plan, error));
}

static const char *
draw_text (CtDemoLedger      *ledger,
           const char *const *texts)
{
  return texts[ct_demo_rng_below (&ledger->rng, g_strv_length ((char **) texts))];
}

static gboolean
live_task (CtDemoLedger  *ledger,
           const Task    *task,
           GError       **error)
{
  guint r = ct_demo_rng_below (&ledger->rng, 1000);
  gint64 due = ct_demo_ledger_midnight (ledger, task->due_on, 0);
  gint64 today = ct_demo_ledger_midnight (ledger, ledger->today, 0);
  int late_days = (int) ct_demo_rng_range (&ledger->rng, 1, 10);

  if (r < OPEN_PM && today - due <= OPEN_DAYS * CT_DEMO_DAY)
    return TRUE;
  if (r >= OPEN_PM && r < SKIPPED_PM)
    return close_task (ledger, task, "skipped", 0, draw_text (ledger, ct_demo_skip_reasons), error);
  if (r < LATE_PM)
    {
      if (due + late_days * CT_DEMO_DAY >= today)
        return TRUE;
      return do_task (ledger, task, ct_demo_ledger_work_time (ledger, task->due_on, late_days),
                      draw_text (ledger, ct_demo_late_notes), error);
    }
  /* On time: on the day or up to three days before. */
  return do_task (ledger, task,
                  ct_demo_ledger_work_time (ledger, task->due_on,
                                            -(int) ct_demo_rng_below (&ledger->rng, 4)),
                  "", error);
}

static gboolean
update_next_due (CtDemoLedger  *ledger,
                 GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "UPDATE assets SET next_due = (SELECT min (t.due_on) FROM maintenance_tasks t "
    "WHERE t.asset_id = assets.id AND t.status = 'open')", error);

  return stmt != NULL && ct_database_step_done (ledger->db, stmt, error);
}

gboolean
ct_demo_ledger_write_plans (CtDemoLedger  *ledger,
                            GError       **error)
{
  g_autoptr(GArray) tasks = NULL;

  for (guint i = 0; i < ledger->assets->len; i++)
    {
      const CtDemoLedgerAsset *asset = &g_array_index (ledger->assets, CtDemoLedgerAsset, i);

      if (asset->kind->rrule != NULL && asset->retired_at == 0
          && !create_plan (ledger, asset, error))
        return FALSE;
    }
  if (!(tasks = past_tasks (ledger, error)))
    return FALSE;
  for (guint i = 0; i < tasks->len; i++)
    if (!live_task (ledger, &g_array_index (tasks, Task, i), error))
      return FALSE;
  return update_next_due (ledger, error);
}
