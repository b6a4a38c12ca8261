/* ct-building.h — a building (楼栋) of a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: site_id, code ("3", used in unit addresses 3-2-1201), name ("3号楼"),
 * floors, entrances (单元 count). */
#define CT_TYPE_BUILDING (ct_building_get_type ())
G_DECLARE_FINAL_TYPE (CtBuilding, ct_building, CT, BUILDING, CtRecord)

CtBuilding *ct_building_new (gint64      site_id,
                             const char *code,
                             const char *name);

G_END_DECLS
