/* ct-asset.h — an asset of the ledger (设备台账): elevator, pump, switchgear …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields (see migrations/0003-assets.sql): code, name, category, site_id,
 * building_id, location_id, parent_id, manufacturer, model, serial,
 * installed_on, warranty_until, contractor, contract_until, registration_no,
 * statutory_due, criticality, status, service_from, retired_at, next_due, note.
 * Dates are "YYYY-MM-DD" ("" = none); service_from and retired_at are seconds
 * since the epoch (0 = not retired). status, service_from, retired_at and
 * next_due are written by the asset store (ct_asset_store_set_status) and the
 * maintenance module, not by ct_asset_store_update. */
#define CT_TYPE_ASSET (ct_asset_get_type ())
G_DECLARE_FINAL_TYPE (CtAsset, ct_asset, CT, ASSET, CtRecord)

CtAsset    *ct_asset_new                 (const char *code,
                                          const char *name,
                                          const char *category,
                                          gint64      site_id);

/* Vocabularies: keys as stored, labels translated. *_from_text accepts the key,
 * the English label or a Chinese alias (电梯, 配电, 消防, 在用, 停机 …) and
 * returns the key, or NULL when unknown. */
const char *const *ct_asset_categories   (void);
const char *ct_asset_category_label      (const char *category);
const char *ct_asset_category_from_text  (const char *text);
/* A standard symbolic icon name chosen to fit the category. */
const char *ct_asset_category_icon       (const char *category);
/* Special equipment (特种设备) with a statutory registration and inspection:
 * elevators and escalators. */
gboolean    ct_asset_category_is_special (const char *category);

const char *const *ct_asset_statuses     (void);
const char *ct_asset_status_label        (const char *status);
const char *ct_asset_status_from_text    (const char *text);

const char *const *ct_asset_criticalities (void);
const char *ct_asset_criticality_label   (const char *criticality);
const char *ct_asset_criticality_from_text (const char *text);

const char *ct_asset_get_code            (CtAsset    *self);
const char *ct_asset_get_name            (CtAsset    *self);
const char *ct_asset_get_category        (CtAsset    *self);
const char *ct_asset_get_status          (CtAsset    *self);

G_END_DECLS
