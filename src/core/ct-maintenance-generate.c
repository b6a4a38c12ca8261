/* ct-maintenance-generate.c — making the tasks of maintenance plans
 *
 * Schedule basis: every occurrence of the rule from the plan's start (or the
 * day after its latest task) up to the horizon. Completion basis: one open
 * task at a time, due one rule step after the latest completion (a skipped
 * task counts from its due date), or on the start before the first.
 * (plan_id, due_on) is unique and inserts ignore a clash, so generating
 * twice makes nothing new. One audit row per plan that got tasks keeps
 * generation fast (1,500 plans × 12 months in a fraction of a second).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-maintenance-private.h"

/* Steps a completion-based plan may take past dates that already have a
 * task before giving up. */
#define MAX_CLASHES 1000

typedef struct
{
  gint64  id;
  gint64  asset_id;
  char   *title;
  char   *rrule;
  char   *basis;
  char   *starts_on;
  char   *last_due;   /* NULL: no task yet */
} PlanRow;

typedef struct
{
  CtDatabase                    *db;
  const CtMaintenanceGeneration *gen;
  gint64                         now;
  GHashTable                    *assets;   /* ids of assets that got tasks */
  GString                       *made;     /* JSON of the plan's new tasks */
} Run;

#define PLAN_SELECT \
  "SELECT p.id, p.asset_id, p.title, p.rrule, p.basis, p.starts_on, " \
  "(SELECT max(t.due_on) FROM maintenance_tasks t WHERE t.plan_id = p.id) " \
  "FROM maintenance_plans p JOIN assets a ON a.id = p.asset_id " \
  "WHERE p.active = 1 AND a.status <> 'retired'"

static void
plan_row_free (PlanRow *row)
{
  g_free (row->title);
  g_free (row->rrule);
  g_free (row->basis);
  g_free (row->starts_on);
  g_free (row->last_due);
  g_free (row);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

static GPtrArray *
load_plans (CtDatabase  *db,
            gint64       plan_id,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_row_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ct_database_prepare (db, plan_id ? PLAN_SELECT " AND p.id = ?"
                                          : PLAN_SELECT " ORDER BY p.id", error);
  if (stmt == NULL)
    return NULL;
  if (plan_id)
    sqlite3_bind_int64 (stmt, 1, plan_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PlanRow *row = g_new0 (PlanRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->asset_id = sqlite3_column_int64 (stmt, 1);
      row->title = column_text (stmt, 2);
      row->rrule = column_text (stmt, 3);
      row->basis = column_text (stmt, 4);
      row->starts_on = column_text (stmt, 5);
      row->last_due = column_text (stmt, 6);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* Inserts the open task of @row due on @due unless it exists; counts it. */
static gboolean
insert_task (Run         *run,
             PlanRow     *row,
             const char  *due,
             guint       *n,
             GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (run->db,
    "INSERT INTO maintenance_tasks (plan_id, asset_id, due_on, status, note, version, "
    "created_at, updated_at) VALUES (?, ?, ?, 'open', '', 1, ?, ?) "
    "ON CONFLICT (plan_id, due_on) DO NOTHING", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_int64 (stmt, 2, row->asset_id);
  sqlite3_bind_text (stmt, 3, due, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, run->now);
  sqlite3_bind_int64 (stmt, 5, run->now);
  if (!ct_database_step_done (run->db, stmt, error))
    return FALSE;
  if (sqlite3_changes (ct_database_get_handle (run->db)) == 0)
    return TRUE;
  g_string_append_printf (run->made, "%s{\"id\":%" G_GINT64_FORMAT ",\"due_on\":\"%s\"}",
                          *n > 0 ? "," : "",
                          (gint64) sqlite3_last_insert_rowid (ct_database_get_handle (run->db)),
                          due);
  *n += 1;
  return TRUE;
}

static gboolean
plan_error (PlanRow  *row,
            GError  **error)
{
  g_prefix_error (error, _("Maintenance plan “%s”: "), row->title);
  return FALSE;
}

static const char *
later (const char *a,
       const char *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return strcmp (a, b) >= 0 ? a : b;
}

static gboolean
schedule_tasks (Run      *run,
                PlanRow  *row,
                guint    *n,
                GError  **error)
{
  const CtMaintenanceGeneration *gen = run->gen;
  g_autofree char *after_last = row->last_due ? ct_maintenance_add_days (row->last_due, 1)
                                              : NULL;
  const char *from = later (later (row->starts_on, after_last), gen->floor);
  g_autoptr(GPtrArray) dates = NULL;
  g_autofree char *next = NULL;

  if (gen->until != NULL && strcmp (from, gen->until) <= 0)
    {
      if (!(dates = ct_maintenance_occurrences (row->rrule, row->starts_on, from, gen->until,
                                                error)))
        return plan_error (row, error);
      for (guint i = 0; i < dates->len; i++)
        if (!insert_task (run, row, g_ptr_array_index (dates, i), n, error))
          return FALSE;
    }
  if (!gen->at_least_one || (dates != NULL && dates->len > 0)
      || (row->last_due != NULL && gen->floor != NULL && strcmp (row->last_due, gen->floor) >= 0))
    return TRUE;
  next = ct_maintenance_first_from (row->rrule, row->starts_on, from);
  return next == NULL || insert_task (run, row, next, n, error);
}

/* How many open tasks @row has, and the day its cycle counts from: the
 * latest completion, or the due date of a later skipped task. */
static gboolean
completion_state (Run      *run,
                  PlanRow  *row,
                  gint64   *n_open,
                  char    **reference,
                  GError  **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (run->db,
    "SELECT sum(CASE WHEN status = 'open' THEN 1 ELSE 0 END), "
    "max(CASE WHEN status = 'done' THEN completed_on WHEN status = 'skipped' THEN due_on END) "
    "FROM maintenance_tasks WHERE plan_id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->id);
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *n_open = sqlite3_column_int64 (stmt, 0);
      *reference = column_text (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      ct_database_set_error (run->db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
task_exists (Run         *run,
             PlanRow     *row,
             const char  *due,
             gboolean    *exists,
             GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (run->db,
    "SELECT 1 FROM maintenance_tasks WHERE plan_id = ? AND due_on = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_text (stmt, 2, due, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  *exists = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (run->db, rc, error);
  return FALSE;
}

/* The due date of the next task of a completion-based plan; NULL without
 * an error when its rule has ended. */
static char *
completion_due (Run         *run,
                PlanRow     *row,
                const char  *reference,
                GError     **error)
{
  g_autofree char *due = NULL;
  gboolean exists = TRUE;

  if (reference == NULL)
    due = g_strdup (row->starts_on);
  else if (!(due = ct_maintenance_next_after (row->rrule, reference, error)))
    return NULL;
  if (strcmp (due, row->starts_on) < 0)
    {
      g_free (due);
      due = g_strdup (row->starts_on);
    }
  /* A date already used by a closed task: the cycle goes one step on. */
  for (guint i = 0; i < MAX_CLASHES && due != NULL; i++)
    {
      char *next;

      if (!task_exists (run, row, due, &exists, error))
        return NULL;
      if (!exists)
        return g_steal_pointer (&due);
      next = ct_maintenance_next_after (row->rrule, due, NULL);
      g_free (due);
      due = next;
    }
  return NULL;
}

static gboolean
completion_task (Run      *run,
                 PlanRow  *row,
                 guint    *n,
                 GError  **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *due = NULL;
  gint64 n_open = 0;

  if (!completion_state (run, row, &n_open, &reference, error))
    return FALSE;
  if (n_open > 0)
    return TRUE;
  if (!(due = completion_due (run, row, reference, &local)))
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local));
      return plan_error (row, error);
    }
  if (run->gen->until != NULL && strcmp (due, run->gen->until) > 0)
    return TRUE;
  return insert_task (run, row, due, n, error);
}

/* One audit row for the tasks a plan got: entity "maintenance_tasks", the
 * plan's id, and each task's id and due date. */
static gboolean
audit_plan (Run      *run,
            PlanRow  *row,
            GError  **error)
{
  g_autofree char *json = g_strdup_printf ("{\"plan_id\":%" G_GINT64_FORMAT ",\"tasks\":[%s]}",
                                           row->id, run->made->str);

  return ct_database_audit (run->db, run->gen->actor, "maintenance_tasks", row->id, "insert",
                            NULL, json, error);
}

static gboolean
generate_plan (Run      *run,
               PlanRow  *row,
               guint    *n_created,
               GError  **error)
{
  guint n = 0;
  gboolean ok;

  g_string_truncate (run->made, 0);
  if (g_str_equal (row->basis, "completion"))
    ok = completion_task (run, row, &n, error);
  else
    ok = schedule_tasks (run, row, &n, error);
  if (!ok)
    return FALSE;
  if (n == 0)
    return TRUE;
  *n_created += n;
  g_hash_table_add (run->assets, g_memdup2 (&row->asset_id, sizeof row->asset_id));
  return audit_plan (run, row, error);
}

gboolean
ct_maintenance_generate_in_write (CtDatabase                    *db,
                                  const CtMaintenanceGeneration *gen,
                                  guint                         *n_created,
                                  GError                       **error)
{
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GHashTable) assets = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                        g_free, NULL);
  g_autoptr(GString) made = g_string_new (NULL);
  Run run = { db, gen, ct_clock_now (ct_database_get_clock (db)), assets, made };
  GHashTableIter iter;
  gint64 *asset_id;
  guint n = 0;

  g_assert (ct_database_in_write (db));
  if (!(plans = load_plans (db, gen->plan_id, error)))
    return FALSE;
  for (guint i = 0; i < plans->len; i++)
    if (!generate_plan (&run, g_ptr_array_index (plans, i), &n, error))
      return FALSE;
  g_hash_table_iter_init (&iter, assets);
  while (g_hash_table_iter_next (&iter, (gpointer *) &asset_id, NULL))
    if (!ct_maintenance_update_next_due (db, *asset_id, error))
      return FALSE;
  if (n_created != NULL)
    *n_created = n;
  return TRUE;
}

gboolean
ct_maintenance_update_next_due (CtDatabase  *db,
                                gint64       asset_id,
                                GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE assets SET next_due = (SELECT min(due_on) FROM maintenance_tasks "
    "WHERE asset_id = ?1 AND status = 'open') WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  return ct_database_step_done (db, stmt, error);
}

gboolean
ct_maintenance_drop_open_tasks (CtDatabase  *db,
                                gint64       plan_id,
                                const char  *today,
                                const char  *actor,
                                GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "DELETE FROM maintenance_tasks WHERE plan_id = ? AND status = 'open' AND due_on >= ? "
    "RETURNING id, due_on", error);
  g_autoptr(GString) dropped = g_string_new (NULL);
  g_autofree char *json = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_string_append_printf (dropped, "%s{\"id\":%" G_GINT64_FORMAT ",\"due_on\":\"%s\"}",
                            dropped->len > 0 ? "," : "", (gint64) sqlite3_column_int64 (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  if (dropped->len == 0)
    return TRUE;
  json = g_strdup_printf ("{\"plan_id\":%" G_GINT64_FORMAT ",\"tasks\":[%s]}", plan_id,
                          dropped->str);
  return ct_database_audit (db, actor, "maintenance_tasks", plan_id, "delete", json, NULL,
                            error);
}
