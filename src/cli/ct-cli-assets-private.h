/* ct-cli-assets-private.h — shared by ct-cli-assets.c (imports) and
 * ct-cli-assets-export.c (exports)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-io.h"
#include "ct-cli.h"

G_BEGIN_DECLS

/* "assets", "plans", "readings", by CtAssetImportKind. */
extern const char *const ct_cli_asset_kind_names[];

/* The ledger of the database at @path, opened with ct_cli_open (). */
CtAssetStore *ct_cli_assets_open_store (const char  *path,
                                        GError     **error);
/* `export assets|plans|readings`: argv[0] is the kind. */
int           ct_cli_assets_export     (CtAssetImportKind   kind,
                                        int                 argc,
                                        char              **argv);

G_END_DECLS
