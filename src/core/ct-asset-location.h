/* ct-asset-location.h — a floor, plant room or area where assets are installed
 *
 * Locations form a tree under a site (and optionally a building):
 * site → building → floor / plant room → … The Assets tab shows it beside the
 * list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: site_id, building_id (0 = directly under the site), parent_id (0 =
 * top level), kind (floor, plant_room, area), name ("B1 配电室"). */
#define CT_TYPE_ASSET_LOCATION (ct_asset_location_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetLocation, ct_asset_location, CT, ASSET_LOCATION, CtRecord)

CtAssetLocation *ct_asset_location_new   (gint64      site_id,
                                          gint64      building_id,
                                          const char *kind,
                                          const char *name);

const char *const *ct_asset_location_kinds (void);
const char *ct_asset_location_kind_label (const char *kind);
const char *ct_asset_location_kind_from_text (const char *text);

G_END_DECLS
