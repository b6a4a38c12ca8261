/* ct-assets-transfer-private.h — one import or export of the Assets page,
 * shared by ct-assets-transfer.c (the worker) and ct-assets-transfer-dialogs.c
 * (the file choosers and the results)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-assets-page-private.h"
#include "widgets/ct-transfer-dialogs.h"
#include "widgets/ct-transfer-util.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ASSETS_TRANSFER_EXPORT,
  CT_ASSETS_TRANSFER_IMPORT,
} CtAssetsTransferKind;

typedef struct
{
  CtAssetsTransferKind  kind;
  CtTransferSource      source;       /* opened again by the worker */
  char                 *path;         /* the CSV or XLSX file */
  char                 *name;         /* its name, for messages */
  guint                 n_rows;       /* exported, imported or checked */

  /* Export: exactly what the list shows (assets), or the plans or readings
   * of the site chosen in the tree (0: every site) */
  CtAssetImportKind     export_kind;
  CtAssetsFilter        filter;
  gint64                site_id;

  /* Import */
  CtAssetImportKind     import_kind;
  gboolean              dry_run;
  char                 *actor;
  CtAssetImportResult   imported;
} CtAssetsTransfer;

/* ct-assets-transfer-dialogs.c: the actions, and what a finished transfer
 * shows (@error NULL: it succeeded). */
void ct_assets_page_class_init_transfer_dialogs (GtkWidgetClass   *widget_class);
void ct_assets_page_show_exported               (CtAssetsPage     *self,
                                                 CtAssetsTransfer *job,
                                                 const GError     *error);
void ct_assets_page_show_imported               (CtAssetsPage     *self,
                                                 CtAssetsTransfer *job,
                                                 const GError     *error);

G_END_DECLS
