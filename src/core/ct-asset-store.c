/* ct-asset-store.c — loading, creating, editing and deleting assets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-store"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

G_DEFINE_FINAL_TYPE (CtAssetStore, ct_asset_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  CtAssetStore *self;
  CtRecord     *copy;
  const char   *actor;
} AssetWrite;

/* Seconds since the epoch of 00:00 on @date ("YYYY-MM-DD") in the database's
 * zone; 0 with @error when the zone is unknown. */
static gint64
midnight_of (CtDatabase  *db,
             const char  *date,
             GError     **error)
{
  g_autoptr(GTimeZone) tz = ct_work_calendar_load_time_zone (db, error);
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  if (tz == NULL)
    return 0;
  if (sscanf (date, "%d-%d-%d", &y, &m, &d) != 3
      || !(dt = g_date_time_new (tz, y, m, d, 0, 0, 0)))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), date);
      return 0;
    }
  return g_date_time_to_unix (dt);
}

/* service_from: installed_on at midnight, else the time the asset was entered. */
static gboolean
compute_service_from (CtAssetStore  *self,
                      CtRecord      *copy,
                      GError       **error)
{
  const char *installed = ct_record_get_string (copy, "installed_on");
  gint64 from;

  if (*installed == '\0')
    {
      from = ct_record_get_created_at (copy);
      ct_record_set_int (copy, "service_from", from ? from : ct_asset_store_now (self));
      return TRUE;
    }
  if (!(from = midnight_of (self->db, installed, error)))
    return FALSE;
  ct_record_set_int (copy, "service_from", from);
  return TRUE;
}

/* An asset entered retired or out of service (imports): retired_at, or an
 * open downtime, from the time it was entered. */
static void
stamp_retired (AssetWrite *w)
{
  CtRecord *r = w->copy;
  gint64 created = ct_record_get_created_at (r);

  if (g_str_equal (ct_record_get_string (r, "status"), "retired")
      && ct_record_get_int (r, "retired_at") == 0)
    ct_record_set_int (r, "retired_at", created ? created : ct_asset_store_now (w->self));
}

static gboolean
open_initial_downtime (AssetWrite  *w,
                       GError     **error)
{
  const char *kind = ct_asset_downtime_kind (ct_record_get_string (w->copy, "status"));

  return kind == NULL
      || ct_asset_downtime_open (w->self->db, ct_record_get_id (w->copy), kind, "", 0,
                                 ct_record_get_created_at (w->copy), w->actor, error);
}

static gboolean
create_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  AssetWrite *w = user_data;

  stamp_retired (w);
  return ct_record_validate (w->copy, error)
      && ct_asset_store_check (w->self, w->copy, error)
      && compute_service_from (w->self, w->copy, error)
      && ct_record_store_insert (w->self->assets, w->copy, w->actor, error)
      && open_initial_downtime (w, error);
}

/* Keeps what update does not write (status, service_from, retired_at,
 * next_due) as stored now; service_from follows a changed installed_on. */
static gboolean
keep_stored_fields (AssetWrite  *w,
                    GError     **error)
{
  g_autoptr(CtRecord) stored = NULL;
  static const char *const kept[] = { "service_from", "retired_at" };

  stored = ct_record_store_load (w->self->assets, ct_record_get_id (w->copy), error);
  if (stored == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("Asset “%s” was deleted by someone else."),
                     ct_record_get_string (w->copy, "code"));
      return FALSE;
    }
  ct_record_set_string (w->copy, "status", ct_record_get_string (stored, "status"));
  ct_record_set_string (w->copy, "next_due", ct_record_get_string (stored, "next_due"));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    ct_record_set_int (w->copy, kept[i], ct_record_get_int (stored, kept[i]));
  if (g_strcmp0 (ct_record_get_string (stored, "installed_on"),
                 ct_record_get_string (w->copy, "installed_on")) != 0)
    return compute_service_from (w->self, w->copy, error);
  return TRUE;
}

static gboolean
update_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  AssetWrite *w = user_data;

  return keep_stored_fields (w, error)
      && ct_record_validate (w->copy, error)
      && ct_asset_store_check (w->self, w->copy, error)
      && ct_record_store_update (w->self->assets, w->copy, w->actor, error);
}

/* Runs @func on a copy of @asset; on success @asset takes the saved values. */
static gboolean
write_copy (CtAssetStore        *self,
            CtAsset             *asset,
            const char          *actor,
            CtDatabaseWriteFunc  func,
            GError             **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (asset));
  AssetWrite w = { self, copy, actor };

  if (!ct_database_write (self->db, func, &w, error))
    return FALSE;
  ct_record_assign (CT_RECORD (asset), copy);
  ct_asset_store_written (self);
  return TRUE;
}

static void
ct_asset_store_finalize (GObject *object)
{
  CtAssetStore *self = CT_ASSET_STORE (object);

  g_clear_object (&self->assets);
  g_clear_object (&self->locations);
  g_clear_object (&self->db);
  g_clear_object (&self->org);
  G_OBJECT_CLASS (ct_asset_store_parent_class)->finalize (object);
}

static void
ct_asset_store_class_init (CtAssetStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_asset_store_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ct_asset_store_init (CtAssetStore *self)
{
}

CtAssetStore *
ct_asset_store_new (CtOrganisation  *org,
                    GError         **error)
{
  g_autoptr(CtAssetStore) self = NULL;

  g_return_val_if_fail (CT_IS_ORGANISATION (org), NULL);

  self = g_object_new (CT_TYPE_ASSET_STORE, NULL);
  self->org = g_object_ref (org);
  self->db = g_object_ref (ct_organisation_get_database (org));
  self->assets = ct_record_store_new (self->db, CT_TYPE_ASSET);
  ct_record_store_set_keep_model (self->assets, FALSE);
  self->locations = ct_record_store_new (self->db, CT_TYPE_ASSET_LOCATION);
  if (!ct_record_store_reload (self->locations, error))
    return NULL;
  return g_steal_pointer (&self);
}

CtOrganisation *
ct_asset_store_get_organisation (CtAssetStore *self)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  return self->org;
}

CtDatabase *
ct_asset_store_get_database (CtAssetStore *self)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  return self->db;
}

CtRecordStore *
ct_asset_store_get_locations (CtAssetStore *self)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  return self->locations;
}

CtRecordStore *
ct_asset_store_get_assets (CtAssetStore *self)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  return self->assets;
}

void
ct_asset_store_emit_changed (CtAssetStore *self)
{
  g_return_if_fail (CT_IS_ASSET_STORE (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

void
ct_asset_store_written (CtAssetStore *self)
{
  /* Inside someone's transaction (an import) the outermost writer emits once,
   * after the commit. */
  if (!ct_database_in_write (self->db))
    ct_asset_store_emit_changed (self);
}

gint64
ct_asset_store_now (CtAssetStore *self)
{
  return ct_clock_now (ct_database_get_clock (self->db));
}

CtAsset *
ct_asset_store_load (CtAssetStore  *self,
                     gint64         id,
                     GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  return CT_ASSET (ct_record_store_load (self->assets, id, error));
}

CtAsset *
ct_asset_store_find_code (CtAssetStore  *self,
                          const char    *code,
                          GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = ct_database_prepare (self->db, "SELECT id FROM assets WHERE code = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return id ? ct_asset_store_load (self, id, error) : NULL;
}

gboolean
ct_asset_store_create (CtAssetStore  *self,
                       CtAsset       *asset,
                       const char    *actor,
                       GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (asset)) == 0, FALSE);

  if (*ct_asset_get_status (asset) == '\0')
    ct_record_set_string (CT_RECORD (asset), "status", "in_service");
  return write_copy (self, asset, actor, create_func, error);
}

gboolean
ct_asset_store_update (CtAssetStore  *self,
                       CtAsset       *asset,
                       const char    *actor,
                       GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (asset)) > 0, FALSE);

  return write_copy (self, asset, actor, update_func, error);
}

static const char *const use_queries[] = {
  "SELECT COUNT(*) FROM maintenance_plans WHERE asset_id = ?",
  "SELECT COUNT(*) FROM maintenance_records WHERE asset_id = ?",
  "SELECT COUNT(*) FROM asset_downtime WHERE asset_id = ?",
  "SELECT COUNT(*) FROM meters WHERE asset_id = ?",
  "SELECT COUNT(*) FROM assets WHERE parent_id = ?",
  "SELECT COUNT(*) FROM tickets WHERE asset_id = ?",
  "SELECT COUNT(*) FROM maintenance_tasks WHERE asset_id = ?",
};

static char *
use_text (guint  query,
          gint64 n)
{
  gulong k = (gulong) n;

  switch (query)
    {
    case 0:
      return g_strdup_printf (ngettext ("%lu maintenance plan", "%lu maintenance plans", k), k);
    case 1:
      return g_strdup_printf (ngettext ("%lu maintenance record", "%lu maintenance records", k), k);
    case 2:
      return g_strdup_printf (ngettext ("%lu downtime period", "%lu downtime periods", k), k);
    case 3:
      return g_strdup_printf (ngettext ("%lu meter", "%lu meters", k), k);
    case 4:
      return g_strdup_printf (ngettext ("%lu sub-asset", "%lu sub-assets", k), k);
    case 5:
      return g_strdup_printf (ngettext ("%lu ticket", "%lu tickets", k), k);
    default:
      return g_strdup_printf (ngettext ("%lu maintenance task", "%lu maintenance tasks", k), k);
    }
}

/* "2 maintenance plans, 1 ticket" — what still refers to @id ("" = nothing). */
static char *
describe_uses (CtDatabase  *db,
               gint64       id,
               GError     **error)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (use_queries); i++)
    {
      sqlite3_stmt *stmt = ct_database_prepare (db, use_queries[i], error);
      gint64 n = 0;

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
      if (n > 0)
        g_ptr_array_add (parts, use_text (i, n));
    }
  g_ptr_array_add (parts, NULL);
  /* TRANSLATORS: separates "2 maintenance plans" from "1 ticket" in a list. */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static gboolean
delete_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  AssetWrite *w = user_data;
  g_autofree char *uses = describe_uses (db, ct_record_get_id (w->copy), error);

  if (uses == NULL)
    return FALSE;
  if (*uses != '\0')
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IN_USE,
                   _("“%s” cannot be deleted: it has %s. Retire it instead to keep its "
                     "history."), ct_record_get_string (w->copy, "code"), uses);
      return FALSE;
    }
  return ct_record_store_delete (w->self->assets, w->copy, w->actor, error);
}

gboolean
ct_asset_store_delete (CtAssetStore  *self,
                       CtAsset       *asset,
                       const char    *actor,
                       GError       **error)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (asset)) > 0, FALSE);

  return write_copy (self, asset, actor, delete_func, error);
}
