/* ct-asset-import-assets.c — the rows of an asset import: codes, places,
 * parents; the locations the file names are created when missing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-import-private.h"

/* A new code: neither on an earlier line nor in the ledger. */
static gboolean
check_code (CtAssetImport  *imp,
            GError        **error)
{
  const char *code = ct_asset_import_cell (imp, CT_ASSET_COL_CODE);
  guint line = GPOINTER_TO_UINT (g_hash_table_lookup (imp->lines, code));
  g_autoptr(CtAsset) existing = NULL;

  if (line != 0)
    return ct_asset_import_error (imp, CT_ASSET_COL_CODE, error,
                                  _("the code “%s” is on line %u already; every asset "
                                    "needs a code of its own"), code, line);
  if (!ct_asset_import_find_code (imp, code, &existing, error))
    return FALSE;
  if (existing != NULL)
    return ct_asset_import_error (imp, CT_ASSET_COL_CODE, error,
                                  _("an asset with the code “%s” is in the ledger already; "
                                    "an import only adds new assets"), code);
  g_hash_table_insert (imp->lines, g_strdup (code), GUINT_TO_POINTER (imp->table.line));
  return TRUE;
}

static CtRecord *
find_location (CtRecordStore *locations,
               gint64         site_id,
               gint64         building_id,
               const char    *name)
{
  GListModel *model = ct_record_store_get_model (locations);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) location = g_list_model_get_item (model, i);

      if (ct_record_get_int (location, "site_id") == site_id
          && ct_record_get_int (location, "building_id") == building_id
          && g_strcmp0 (ct_record_get_string (location, "name"), name) == 0)
        return location;  /* the store's model keeps it */
    }
  return NULL;
}

/* The location named in the row, created as a plant room when missing. */
static gboolean
read_location (CtAssetImport  *imp,
               CtRecord       *asset,
               GError        **error)
{
  CtRecordStore *locations = ct_asset_store_get_locations (imp->store);
  const char *name = ct_asset_import_cell (imp, CT_ASSET_COL_LOCATION);
  gint64 site_id = ct_record_get_int (asset, "site_id");
  gint64 building_id = ct_record_get_int (asset, "building_id");
  g_autoptr(CtAssetLocation) made = NULL;
  CtRecord *location;

  if (*name == '\0')
    return TRUE;
  location = find_location (locations, site_id, building_id, name);
  if (location == NULL)
    {
      made = ct_asset_location_new (site_id, building_id, "plant_room", name);
      imp->made_locations = TRUE;
      if (!ct_record_store_insert (locations, CT_RECORD (made), imp->actor, error))
        return ct_asset_import_line_error (imp, error);
      imp->result.n_locations++;
      location = CT_RECORD (made);
    }
  ct_record_set_int (asset, "location_id", ct_record_get_id (location));
  return TRUE;
}

/* The parent: in the ledger, or saved from an earlier line. */
static gboolean
read_parent (CtAssetImport  *imp,
             CtRecord       *asset,
             GError        **error)
{
  const char *code = ct_asset_import_cell (imp, CT_ASSET_COL_PARENT);
  g_autoptr(CtAsset) parent = NULL;

  if (*code == '\0')
    return TRUE;
  if (g_str_equal (code, ct_asset_import_cell (imp, CT_ASSET_COL_CODE)))
    return ct_asset_import_error (imp, CT_ASSET_COL_PARENT, error,
                                  _("an asset cannot be part of itself"));
  if (!ct_asset_import_find_code (imp, code, &parent, error))
    return FALSE;
  if (parent == NULL)
    return ct_asset_import_error (imp, CT_ASSET_COL_PARENT, error,
                                  _("there is no asset “%s” in the ledger or on an earlier "
                                    "line; list a parent before the assets that are part "
                                    "of it"), code);
  ct_record_set_int (asset, "parent_id", ct_record_get_id (CT_RECORD (parent)));
  return TRUE;
}

static gboolean
read_place (CtAssetImport  *imp,
            CtRecord       *asset,
            GError        **error)
{
  gint64 site_id = 0, building_id = 0;

  if (!ct_asset_import_site (imp, CT_ASSET_COL_SITE, &site_id, error)
      || !ct_asset_import_building (imp, CT_ASSET_COL_BUILDING, site_id, &building_id, error))
    return FALSE;
  ct_record_set_int (asset, "site_id", site_id);
  ct_record_set_int (asset, "building_id", building_id);
  return read_location (imp, asset, error);
}

gboolean
ct_asset_import_save_asset (CtAssetImport  *imp,
                            GError        **error)
{
  g_autoptr(CtAsset) asset = NULL;

  for (const int *c = imp->set->required; *c >= 0; c++)
    if (!ct_asset_import_require (imp, *c, error))
      return FALSE;
  if (!check_code (imp, error))
    return FALSE;
  asset = ct_asset_new (ct_asset_import_cell (imp, CT_ASSET_COL_CODE),
                        ct_asset_import_cell (imp, CT_ASSET_COL_NAME), "other", 0);
  if (!ct_asset_import_fill (imp, CT_RECORD (asset), error)
      || !read_place (imp, CT_RECORD (asset), error)
      || !read_parent (imp, CT_RECORD (asset), error))
    return FALSE;
  if (!ct_asset_store_create (imp->store, asset, imp->actor, error))
    return ct_asset_import_line_error (imp, error);
  imp->result.n_rows++;
  return TRUE;
}
