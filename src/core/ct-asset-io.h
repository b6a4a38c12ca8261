/* ct-asset-io.h — assets, maintenance plans and meter readings in and out
 *
 * Import reads CSV (UTF-8 with or without BOM, or GB18030) with English keys or
 * Chinese headers (编号, 名称, 类别, 项目, 楼栋, 位置, 厂家, 型号, 出厂编号,
 * 安装日期, 保修截止, 维保单位, 合同截止, 注册代码, 下次检验, 重要程度, 状态,
 * 备注 …); every error names its line and column; all rows are saved or none.
 * Export writes the assets of a query as CSV (headed by the import keys, so it
 * imports again; formulas neutralised) or XLSX (headers in the user's
 * language). A backup is made before an import that writes (see
 * ct_database_backup_before).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-query.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ASSET_IMPORT_ASSETS,
  CT_ASSET_IMPORT_PLANS,     /* asset code, title, rule, basis, starts on … */
  CT_ASSET_IMPORT_READINGS,  /* meter code, time, value, reader; a meter code
                                not yet known is refused */
} CtAssetImportKind;

/* Imports @path; with @dry_run checks everything and writes nothing. @n_rows
 * receives the rows imported (or that would be). */
gboolean ct_asset_import      (CtAssetStore       *store,
                               CtAssetImportKind   kind,
                               const char         *path,
                               gboolean            dry_run,
                               const char         *actor,
                               guint              *n_rows,
                               GError            **error);
gboolean ct_asset_import_kind_from_text (const char        *text,
                                         CtAssetImportKind *kind);

/* Writes the assets of @query to @path: .csv or .xlsx by the name. */
gboolean ct_asset_export      (CtAssetStore       *store,
                               const CtAssetQuery *query,
                               const char         *path,
                               guint              *n_rows,
                               GError            **error);

G_END_DECLS
