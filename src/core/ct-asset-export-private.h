/* ct-asset-export-private.h — the parts of the exports of the ledger: assets
 * (ct-asset-export.c), maintenance plans and meter readings
 * (ct-asset-export-records.c), written as CSV (ct-asset-export.c) or as a
 * workbook (ct-asset-export-xlsx.c)
 *
 * Every export first reads its rows as text, each a GStrv with one cell per
 * column of the import of the same kind (ct-asset-import-columns.c): keys of
 * words, dates "YYYY-MM-DD", times "YYYY-MM-DD HH:MM[:SS]" in the database's
 * zone, "" when empty. The CSV writes them as they are, so it imports again;
 * the workbook turns them into labels, dates, times and numbers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-import-private.h"

G_BEGIN_DECLS

/* The header of a CSV column: the key (assets), or the first Chinese header
 * the import accepts (plans and readings: 设备编号, 表号 …). */
const char *ct_asset_export_csv_header (CtAssetImportKind   kind,
                                        guint               column);
/* UTF-8 with a byte order mark, CRLF, formulas neutralised; @path is
 * replaced only when complete. */
gboolean    ct_asset_export_write_csv  (const char         *path,
                                        CtAssetImportKind   kind,
                                        GPtrArray          *rows,
                                        GError            **error);
/* A workbook of one sheet named after @kind. */
gboolean    ct_asset_export_write_kind_xlsx (const char         *path,
                                             CtAssetImportKind   kind,
                                             GPtrArray          *rows,
                                             GError            **error);
/* Writes @rows to @path as CSV or XLSX by the name's extension
 * (G_IO_ERROR_INVALID_FILENAME for others). */
gboolean    ct_asset_export_write      (const char         *path,
                                        CtAssetImportKind   kind,
                                        GPtrArray          *rows,
                                        GError            **error);
/* The shortest text that reads back as @value ("" when not finite). */
char       *ct_asset_export_format_number (double value);
/* Checks the name of @path before anything is read. */
gboolean    ct_asset_export_check_path (const char         *path,
                                        GError            **error);

G_END_DECLS
