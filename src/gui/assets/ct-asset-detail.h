/* ct-asset-detail.h — one asset of the ledger: its facts, KPIs, open
 * maintenance tasks, plans, meters and history, and every action on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-asset.h"
#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_ASSET_DETAIL (ct_asset_detail_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetDetail, ct_asset_detail, CT, ASSET_DETAIL, GtkWidget)

/* @ctx may be NULL (set it later with the "context" property, as a .ui file
 * does). */
CtAssetDetail *ct_asset_detail_new         (CtContext     *ctx);
CtContext     *ct_asset_detail_get_context (CtAssetDetail *self);
void           ct_asset_detail_set_context (CtAssetDetail *self,
                                            CtContext     *context);
/* The asset shown (NULL: nothing selected). The pane never changes the object
 * it is given: actions work on a copy and, once saved, show that copy, notify
 * "asset" and emit "changed" (signal, no arguments) after any write. */
CtAsset       *ct_asset_detail_get_asset   (CtAssetDetail *self);
void           ct_asset_detail_set_asset   (CtAssetDetail *self,
                                            CtAsset       *asset);
/* Reads the shown asset, its tasks, plans, meters and timeline again (after a
 * write elsewhere). */
void           ct_asset_detail_reload      (CtAssetDetail *self);

G_END_DECLS
