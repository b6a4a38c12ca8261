/* ct-asset-store-check.c — the checks of an asset that need the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

/* A row of the form (owner id, owner id, name) looked up by id. */
typedef struct
{
  gboolean found;
  gint64   a;
  gint64   b;
  char    *name;
} Row;

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

/* @sql selects (int, int, text) of the row with id = ?1. */
static gboolean
read_row (CtDatabase  *db,
          const char  *sql,
          gint64       id,
          Row         *row,
          GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((row->found = sqlite3_step (stmt) == SQLITE_ROW))
    {
      row->a = sqlite3_column_int64 (stmt, 0);
      row->b = sqlite3_column_int64 (stmt, 1);
      row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
fail (GError     **error,
      int          code,
      char        *message)
{
  g_set_error_literal (error, CT_STORE_ERROR, code, message);
  g_free (message);
  return FALSE;
}

static gboolean
check_code (CtDatabase  *db,
            CtRecord    *asset,
            GError     **error)
{
  const char *code = ct_record_get_string (asset, "code");
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT name FROM assets WHERE code = ? AND id <> ?", error);
  g_autofree char *other = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ct_record_get_id (asset));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (other == NULL)
    return TRUE;
  return fail (error, CT_STORE_ERROR_DUPLICATE,
               g_strdup_printf (_("The asset code “%s” is already used by “%s %s”. "
                                  "Choose another code."), code, code, other));
}

static gboolean
check_site (CtDatabase  *db,
            gint64       site_id,
            char       **site_name,
            GError     **error)
{
  g_auto(Row) site = { 0 };

  if (!read_row (db, "SELECT id, id, name FROM sites WHERE id = ?", site_id, &site, error))
    return FALSE;
  if (!site.found)
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup (_("The asset’s site no longer exists. Choose another site.")));
  *site_name = g_steal_pointer (&site.name);
  return TRUE;
}

static gboolean
check_building (CtDatabase  *db,
                CtRecord    *asset,
                const char  *site_name,
                GError     **error)
{
  gint64 id = ct_record_get_int (asset, "building_id");
  g_auto(Row) building = { 0 };

  if (id == 0)
    return TRUE;
  if (!read_row (db, "SELECT site_id, id, name FROM buildings WHERE id = ?", id, &building,
                 error))
    return FALSE;
  if (!building.found)
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup (_("The asset’s building no longer exists. Choose another building.")));
  if (building.a != ct_record_get_int (asset, "site_id"))
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup_printf (_("Building “%s” is not part of site “%s”. Choose a building "
                                    "of the asset’s site."), building.name, site_name));
  return TRUE;
}

static gboolean
check_location (CtDatabase  *db,
                CtRecord    *asset,
                const char  *site_name,
                GError     **error)
{
  gint64 id = ct_record_get_int (asset, "location_id");
  gint64 building_id = ct_record_get_int (asset, "building_id");
  g_auto(Row) location = { 0 };

  if (id == 0)
    return TRUE;
  if (!read_row (db, "SELECT site_id, COALESCE (building_id, 0), name FROM asset_locations "
                 "WHERE id = ?", id, &location, error))
    return FALSE;
  if (!location.found)
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup (_("The asset’s location no longer exists. Choose another location.")));
  if (location.a != ct_record_get_int (asset, "site_id"))
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup_printf (_("Location “%s” is not part of site “%s”. Choose a location "
                                    "of the asset’s site."), location.name, site_name));
  if (building_id != 0 && location.b != 0 && location.b != building_id)
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup_printf (_("Location “%s” is in another building than the asset. "
                                    "Choose a location of the asset’s building."),
                                  location.name));
  return TRUE;
}

/* The parent must exist, and walking up from it must not reach the asset. */
static gboolean
check_parent (CtDatabase  *db,
              CtRecord    *asset,
              GError     **error)
{
  gint64 self_id = ct_record_get_id (asset);
  gint64 id = ct_record_get_int (asset, "parent_id");
  g_auto(Row) parent = { 0 };

  if (id == 0)
    return TRUE;
  if (!read_row (db, "SELECT COALESCE (parent_id, 0), id, code || ' ' || name FROM assets "
                 "WHERE id = ?", id, &parent, error))
    return FALSE;
  if (!parent.found)
    return fail (error, CT_STORE_ERROR_INVALID,
                 g_strdup (_("The asset it is part of no longer exists. Choose another one.")));
  for (guint depth = 0; self_id != 0 && depth < 10000; depth++)
    {
      g_auto(Row) up = { 0 };

      if (id == self_id)
        return fail (error, CT_STORE_ERROR_INVALID,
                     g_strdup_printf (_("“%s” cannot be part of “%s”: that asset is already "
                                        "part of it."), ct_record_get_string (asset, "code"),
                                      parent.name));
      if (!read_row (db, "SELECT COALESCE (parent_id, 0), id, '' FROM assets WHERE id = ?",
                     id, &up, error))
        return FALSE;
      if (!up.found || (id = up.a) == 0)
        break;
    }
  return TRUE;
}

gboolean
ct_asset_store_check (CtAssetStore  *self,
                      CtRecord      *asset,
                      GError       **error)
{
  g_autofree char *site_name = NULL;

  return check_code (self->db, asset, error)
      && check_site (self->db, ct_record_get_int (asset, "site_id"), &site_name, error)
      && check_building (self->db, asset, site_name, error)
      && check_location (self->db, asset, site_name, error)
      && check_parent (self->db, asset, error);
}

GArray *
ct_asset_store_read_ints (CtDatabase  *db,
                          const char  *sql,
                          gint64       id,
                          guint        n_columns,
                          GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  g_autoptr(GArray) rows = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_int64 (stmt, 1, id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < n_columns; i++)
      {
        gint64 value = sqlite3_column_int64 (stmt, (int) i);

        g_array_append_val (rows, value);
      }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return g_steal_pointer (&rows);
  ct_database_set_error (db, rc, error);
  return NULL;
}

char *
ct_asset_store_format_time (CtDatabase *db,
                            gint64      at)
{
  g_autoptr(GTimeZone) tz = ct_work_calendar_load_time_zone (db, NULL);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("?");
  local = tz ? g_date_time_to_timezone (utc, tz) : g_date_time_ref (utc);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}
