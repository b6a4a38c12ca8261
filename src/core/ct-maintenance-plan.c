/* ct-maintenance-plan.c — saving maintenance plans and generating their tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-maintenance-private.h"
#include "ct-record-store-private.h"
#include "ct-work-calendar.h"

#define STORES_KEY "ct-maintenance-stores"

static void
stores_free (CtMaintenanceStores *stores)
{
  g_clear_object (&stores->plans);
  g_clear_object (&stores->tasks);
  g_clear_object (&stores->records);
  g_free (stores);
}

static CtRecordStore *
store_new (CtDatabase *db,
           GType       type)
{
  CtRecordStore *store = ct_record_store_new (db, type);

  ct_record_store_set_keep_model (store, FALSE);
  return store;
}

CtMaintenanceStores *
ct_maintenance_stores (CtAssetStore *store)
{
  CtMaintenanceStores *stores = g_object_get_data (G_OBJECT (store), STORES_KEY);
  CtDatabase *db;

  if (stores != NULL)
    return stores;
  db = ct_asset_store_get_database (store);
  stores = g_new0 (CtMaintenanceStores, 1);
  stores->plans = store_new (db, CT_TYPE_MAINTENANCE_PLAN);
  stores->tasks = store_new (db, CT_TYPE_MAINTENANCE_TASK);
  stores->records = store_new (db, CT_TYPE_MAINTENANCE_RECORD);
  g_object_set_data_full (G_OBJECT (store), STORES_KEY, stores,
                          (GDestroyNotify) stores_free);
  return stores;
}

char *
ct_maintenance_day_of (CtDatabase  *db,
                       gint64       at,
                       GError     **error)
{
  g_autoptr(GTimeZone) tz = ct_work_calendar_load_time_zone (db, error);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (tz == NULL)
    return NULL;
  utc = g_date_time_new_from_unix_utc (at);
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, "%Y-%m-%d");
}

char *
ct_maintenance_resolve_today (CtDatabase  *db,
                              const char  *today,
                              GError     **error)
{
  GDate date;

  if (today == NULL)
    return ct_maintenance_day_of (db, ct_clock_now (ct_database_get_clock (db)), error);
  if (ct_maintenance_parse_date (today, &date))
    return g_strdup (today);
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("Today: “%s” is not a date like 2024-03-05."), today);
  return NULL;
}

GListModel *
ct_maintenance_select (CtRecordStore  *store,
                       const char     *sql_tail,
                       const gint64   *params,
                       guint           n_params,
                       GError        **error)
{
  CtDatabase *db = ct_record_store_get_database (store);
  g_autofree char *columns = ct_record_store_dup_select_columns (store);
  g_autofree char *sql = g_strdup_printf ("SELECT %s %s", columns, sql_tail);
  g_autoptr(GListStore) result = g_list_store_new (ct_record_store_get_record_type (store));
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < n_params; i++)
    sqlite3_bind_int64 (stmt, i + 1, params[i]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CtRecord) record = ct_record_store_record_from_row (store, stmt);

      g_list_store_append (result, record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&result));
}

GListModel *
ct_maintenance_list_plans (CtAssetStore  *store,
                           gint64         asset_id,
                           GError       **error)
{
  CtRecordStore *plans;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  plans = ct_maintenance_stores (store)->plans;
  if (asset_id == 0)
    return ct_maintenance_select (plans, "FROM maintenance_plans ORDER BY asset_id, title, id",
                                  NULL, 0, error);
  return ct_maintenance_select (plans, "FROM maintenance_plans WHERE asset_id = ? "
                                       "ORDER BY title, id", &asset_id, 1, error);
}

typedef struct
{
  CtMaintenanceStores *stores;
  CtRecord            *plan;      /* a copy, written */
  const char          *actor;
  char                *today;
  char                *until;
} PlanWrite;

static void
plan_write_clear (PlanWrite *w)
{
  g_clear_object (&w->plan);
  g_clear_pointer (&w->today, g_free);
  g_clear_pointer (&w->until, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlanWrite, plan_write_clear)

/* Runs @func on a copy of @plan in one write; on success @plan takes the
 * saved values and the store says "changed". */
static gboolean
save_plan (CtAssetStore         *store,
           CtMaintenancePlan    *plan,
           const char           *actor,
           CtDatabaseWriteFunc   func,
           GError              **error)
{
  CtDatabase *db = ct_asset_store_get_database (store);
  g_auto(PlanWrite) w = { ct_maintenance_stores (store), ct_record_copy (CT_RECORD (plan)),
                          actor, NULL, NULL };

  if (!(w.today = ct_maintenance_resolve_today (db, NULL, error)))
    return FALSE;
  w.until = ct_maintenance_add_days (w.today, CT_MAINTENANCE_HORIZON_DAYS);
  if (!ct_record_validate (w.plan, error) || !ct_database_write (db, func, &w, error))
    return FALSE;
  ct_record_assign (CT_RECORD (plan), w.plan);
  ct_asset_store_emit_changed (store);
  return TRUE;
}

/* The stored status of @asset_id, NULL (with an error) when it is gone. */
static char *
asset_status (CtDatabase  *db,
              gint64       asset_id,
              GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "SELECT status FROM assets WHERE id = ?", error);
  char *status = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    status = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (status == NULL)
    g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                         _("The asset of this plan no longer exists."));
  return status;
}

static gboolean
create_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  PlanWrite *w = user_data;
  gint64 asset_id = ct_record_get_int (w->plan, "asset_id");
  g_autofree char *status = asset_status (db, asset_id, error);
  CtMaintenanceGeneration gen = { 0, w->until, NULL, FALSE, w->actor };

  if (status == NULL)
    return FALSE;
  if (g_str_equal (status, "retired"))
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("This asset is retired: it needs no maintenance plan."));
      return FALSE;
    }
  if (!ct_record_store_insert (w->stores->plans, w->plan, w->actor, error))
    return FALSE;
  gen.plan_id = ct_record_get_id (w->plan);
  return ct_maintenance_generate_in_write (db, &gen, NULL, error);
}

gboolean
ct_maintenance_create_plan (CtAssetStore       *store,
                            CtMaintenancePlan  *plan,
                            const char         *actor,
                            GError            **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_PLAN (plan), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (plan)) == 0, FALSE);
  return save_plan (store, plan, actor, create_func, error);
}

/* TRUE when the change from @old to @plan makes its future tasks wrong. */
static gboolean
plan_rescheduled (CtRecord *old,
                  CtRecord *plan)
{
  static const char *const fields[] = { "rrule", "basis", "starts_on" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (ct_record_get_string (old, fields[i]),
                   ct_record_get_string (plan, fields[i])) != 0)
      return TRUE;
  return ct_record_get_int (old, "active") != ct_record_get_int (plan, "active");
}

static gboolean
update_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  PlanWrite *w = user_data;
  gint64 id = ct_record_get_id (w->plan);
  gint64 asset_id = ct_record_get_int (w->plan, "asset_id");
  g_autoptr(CtRecord) old = ct_record_store_load (w->stores->plans, id, error);
  CtMaintenanceGeneration gen = { id, w->until, w->today, TRUE, w->actor };

  if (old == NULL)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("Maintenance plan “%s” was deleted by someone else."),
                     ct_record_get_string (w->plan, "title"));
      return FALSE;
    }
  if (ct_record_get_int (old, "asset_id") != asset_id)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("A maintenance plan cannot move to another asset: stop this plan "
                             "and create one for the other asset."));
      return FALSE;
    }
  if (!ct_record_store_update (w->stores->plans, w->plan, w->actor, error))
    return FALSE;
  if (!plan_rescheduled (old, w->plan))
    return TRUE;
  if (!ct_maintenance_drop_open_tasks (db, id, w->today, w->actor, error)
      || !ct_maintenance_generate_in_write (db, &gen, NULL, error))
    return FALSE;
  return ct_maintenance_update_next_due (db, asset_id, error);
}

gboolean
ct_maintenance_update_plan (CtAssetStore       *store,
                            CtMaintenancePlan  *plan,
                            const char         *actor,
                            GError            **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_MAINTENANCE_PLAN (plan), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (plan)) > 0, FALSE);
  return save_plan (store, plan, actor, update_func, error);
}

typedef struct
{
  CtMaintenanceGeneration  gen;
  guint                    n_created;
} GenerateWrite;

static gboolean
generate_func (CtDatabase  *db,
               gpointer     user_data,
               GError     **error)
{
  GenerateWrite *w = user_data;

  return ct_maintenance_generate_in_write (db, &w->gen, &w->n_created, error);
}

gboolean
ct_maintenance_generate_as (CtAssetStore  *store,
                            const char    *today,
                            guint          horizon_days,
                            const char    *actor,
                            guint         *n_created,
                            GError       **error)
{
  CtDatabase *db;
  g_autofree char *day = NULL;
  g_autofree char *until = NULL;
  GenerateWrite w = { { 0 }, 0 };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  db = ct_asset_store_get_database (store);
  if (n_created != NULL)
    *n_created = 0;
  if (!ct_permission_check (db, "maintenance_task", "create", 0, error))
    return FALSE;
  if (!(day = ct_maintenance_resolve_today (db, today, error)))
    return FALSE;
  until = ct_maintenance_add_days (day, horizon_days);
  w.gen = (CtMaintenanceGeneration) { 0, until, NULL, FALSE, actor };
  if (!ct_database_write (db, generate_func, &w, error))
    return FALSE;
  if (n_created != NULL)
    *n_created = w.n_created;
  if (w.n_created > 0)
    ct_asset_store_emit_changed (store);
  return TRUE;
}

gboolean
ct_maintenance_generate (CtAssetStore  *store,
                         const char    *today,
                         guint          horizon_days,
                         guint         *n_created,
                         GError       **error)
{
  return ct_maintenance_generate_as (store, today, horizon_days, NULL, n_created, error);
}
