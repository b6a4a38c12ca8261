/* ct-assets-print-op.h — asset labels and the maintenance record form through
 * the GTK print dialog, drawn by ct-asset-print.h (the PDF code of the CLI)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-asset.h"
#include "ct-context.h"

G_BEGIN_DECLS

/* Shows the print dialog over @parent (modal) for the labels of @asset_ids
 * (gint64), ten to an A4 sheet; "Print to File" makes a PDF. FALSE with
 * @error when a label could not be drawn or printing failed; cancelling is
 * not an error. */
gboolean ct_assets_print_labels     (GtkWindow  *parent,
                                     CtContext  *context,
                                     GArray     *asset_ids,
                                     GError    **error);
/* The same for the maintenance record form (维保记录表) of @asset: blank, for
 * task @task_id (0: none) or filled in from record @record_id (0: none). */
gboolean ct_assets_print_form       (GtkWindow  *parent,
                                     CtContext  *context,
                                     CtAsset    *asset,
                                     gint64      task_id,
                                     gint64      record_id,
                                     GError    **error);
/* What both do, with @action; GTK_PRINT_OPERATION_ACTION_EXPORT writes the
 * PDF @export_path without a dialog (for the tests). @asset NULL: labels. */
gboolean ct_assets_print_run        (GtkWindow  *parent,
                                     CtContext  *context,
                                     GArray     *asset_ids,
                                     CtAsset    *asset,
                                     gint64      task_id,
                                     gint64      record_id,
                                     GtkPrintOperationAction action,
                                     const char *export_path,
                                     GError    **error);

G_END_DECLS
