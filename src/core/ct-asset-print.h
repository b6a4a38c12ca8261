/* ct-asset-print.h — asset labels with a QR code, and the maintenance record form
 *
 * Drawn with cairo, Pango and libqrencode (no GTK), so the app's print dialog
 * and `caretaker-cli print label|maintenance-form` produce the same pages.
 * Sizes in points; A4 portrait as in ct-ticket-print.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ct-asset-store.h"

G_BEGIN_DECLS

/* Labels: a sheet of 2 × 5 labels per A4 page (each 90 × 50 mm): company,
 * code in large type, name, category, location, maintenance contractor and
 * phone of the service desk, and a QR code of the asset code. */
#define CT_ASSET_LABELS_PER_PAGE 10

/* Draws label @index (0-based on its page) of @asset onto @cr at its place on
 * an A4 page: @cr in points with (0, 0) at the top left corner of the sheet
 * (a full-page print context), labels centred on it row by row. Fails only
 * when the database cannot be read or the code is too long for a QR code. */
gboolean ct_asset_print_draw_label    (CtAssetStore *store,
                                       CtAsset      *asset,
                                       cairo_t      *cr,
                                       guint         index,
                                       GError      **error);
/* Draws the maintenance record form (维保记录表) of @asset, one A4 page of
 * @width × @height points: asset data, the plan's instructions when @task_id is
 * set, blank rows for problem / action / recheck, signatures. With @record_id
 * the form is filled in from that record. */
gboolean ct_asset_print_draw_form     (CtAssetStore *store,
                                       CtAsset      *asset,
                                       gint64        task_id,
                                       gint64        record_id,
                                       cairo_t      *cr,
                                       double        width,
                                       double        height,
                                       GError      **error);

/* PDFs of the same drawings: labels for @asset_ids (gint64), one form. */
gboolean ct_asset_print_labels_pdf    (CtAssetStore *store,
                                       GArray       *asset_ids,
                                       const char   *path,
                                       GError      **error);
gboolean ct_asset_print_form_pdf      (CtAssetStore *store,
                                       CtAsset      *asset,
                                       gint64        task_id,
                                       gint64        record_id,
                                       const char   *path,
                                       GError      **error);

G_END_DECLS
