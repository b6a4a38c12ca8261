/* ct-meter-store.c — adding and changing the meters of the ledger: a meter
 * of an asset is where its asset is, codes are unique, and the asset store
 * says the ledger changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-meter"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-meter.h"
#include "ct-permission.h"

/* The asset of @meter, NULL when it has none or with @error set. */
static gboolean
load_asset (CtAssetStore  *store,
            CtRecord      *meter,
            CtAsset      **asset,
            GError       **error)
{
  gint64 asset_id = ct_record_get_int (meter, "asset_id");
  g_autoptr(GError) local_error = NULL;

  *asset = NULL;
  if (asset_id == 0)
    return TRUE;
  *asset = ct_asset_store_load (store, asset_id, &local_error);
  if (*asset != NULL)
    return TRUE;
  if (local_error == NULL)
    g_set_error (&local_error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("The asset of meter %s was deleted by someone else: the meter was not "
                   "saved."), ct_record_get_string (meter, "code"));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Fills the site and building from the asset and checks what the table's
 * constraints would refuse less clearly. */
static gboolean
prepare (CtAssetStore  *store,
         CtRecord      *meter,
         gboolean       is_new,
         GError       **error)
{
  g_autoptr(CtAsset) asset = NULL;
  const char *code = ct_record_get_string (meter, "code");
  CtRecord *same;

  if (!load_asset (store, meter, &asset, error))
    return FALSE;
  if (asset != NULL)
    {
      if (is_new && g_str_equal (ct_asset_get_status (asset), "retired"))
        {
          g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                       _("%s is retired: a retired asset gets no new meters."),
                       ct_asset_get_code (asset));
          return FALSE;
        }
      ct_record_set_int (meter, "site_id", ct_record_get_int (CT_RECORD (asset), "site_id"));
      ct_record_set_int (meter, "building_id",
                         ct_record_get_int (CT_RECORD (asset), "building_id"));
    }
  same = code != NULL ? ct_record_store_find (ct_meter_get_store (store), "code", code) : NULL;
  if (same != NULL && ct_record_get_id (same) != ct_record_get_id (meter))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE,
                   _("Meter code %s is taken by “%s”: give this meter another code."), code,
                   ct_record_get_string (same, "name"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save (CtAssetStore  *store,
      CtMeter       *meter,
      gboolean       is_new,
      const char    *actor,
      GError       **error)
{
  CtRecordStore *meters;
  gboolean saved;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_METER (meter), FALSE);
  g_return_val_if_fail (is_new == (ct_record_get_id (CT_RECORD (meter)) == 0), FALSE);

  meters = ct_meter_get_store (store);
  /* Asked first, so that a viewer hears why before any other problem. */
  if (!ct_permission_check_record (ct_asset_store_get_database (store), CT_RECORD (meter),
                                   is_new ? "create" : "update", error)
      || !prepare (store, CT_RECORD (meter), is_new, error))
    return FALSE;
  /* The record store checks the permission, validates, audits and keeps the
   * version: a stale meter is a conflict, never an overwrite. */
  saved = is_new ? ct_record_store_insert (meters, CT_RECORD (meter), actor, error)
                 : ct_record_store_update (meters, CT_RECORD (meter), actor, error);
  if (saved)
    ct_asset_store_emit_changed (store);
  return saved;
}

gboolean
ct_meter_create (CtAssetStore  *store,
                 CtMeter       *meter,
                 const char    *actor,
                 GError       **error)
{
  return save (store, meter, TRUE, actor, error);
}

gboolean
ct_meter_update (CtAssetStore  *store,
                 CtMeter       *meter,
                 const char    *actor,
                 GError       **error)
{
  return save (store, meter, FALSE, actor, error);
}
