/* ct-asset-location.c — floors, plant rooms and areas holding assets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-location"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-location.h"
#include "ct-error.h"
#include "ct-vocab.h"

struct _CtAssetLocation
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtAssetLocation, ct_asset_location, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "site_id",     CT_FIELD_REF,  N_("Site") },
  { "building_id", CT_FIELD_REF,  N_("Building") },
  { "parent_id",   CT_FIELD_REF,  N_("Inside") },
  { "kind",        CT_FIELD_TEXT, N_("Kind") },
  { "name",        CT_FIELD_TEXT, N_("Name") },
};

static const CtTableInfo table = {
  "asset_locations", "asset_location", "site_id, building_id, name, id",
  fields, G_N_ELEMENTS (fields)
};

static const CtTerm kinds[] = {
  { "floor",      N_("Floor"),      "楼层|樓層|层" },
  { "plant_room", N_("Plant room"), "机房|設備房|设备房|機房" },
  { "area",       N_("Area"),       "区域|區域|室外" },
};

CT_VOCAB_KEYS_FUNC (ct_asset_location_kinds, kinds)

const char *
ct_asset_location_kind_label (const char *kind)
{
  return ct_vocab_label (kinds, G_N_ELEMENTS (kinds), kind);
}

const char *
ct_asset_location_kind_from_text (const char *text)
{
  return ct_vocab_from_text (kinds, G_N_ELEMENTS (kinds), text);
}

static gboolean
ct_asset_location_validate (CtRecord  *record,
                            GError   **error)
{
  const char *kind = ct_record_get_string (record, "kind");

  if (!ct_record_require_ref (record, "site_id", error)
      || !ct_record_require_text (record, "name", error))
    return FALSE;
  if (!ct_asset_location_kind_label (kind))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of location (floor, plant room or area)."), kind);
      return FALSE;
    }
  if (ct_record_get_id (record) != 0
      && ct_record_get_int (record, "parent_id") == ct_record_get_id (record))
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("A location cannot be inside itself."));
      return FALSE;
    }
  return TRUE;
}

static char *
ct_asset_location_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "name"));
}

static void
ct_asset_location_class_init (CtAssetLocationClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_asset_location_validate;
  record_class->dup_label = ct_asset_location_dup_label;
}

static void
ct_asset_location_init (CtAssetLocation *self)
{
}

CtAssetLocation *
ct_asset_location_new (gint64      site_id,
                       gint64      building_id,
                       const char *kind,
                       const char *name)
{
  return g_object_new (CT_TYPE_ASSET_LOCATION, "site_id", site_id, "building_id", building_id,
                       "kind", kind ? kind : "plant_room", "name", name, NULL);
}
