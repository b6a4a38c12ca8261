/* ct-asset-io.h — assets, maintenance plans and meter readings in and out
 *
 * Import reads CSV (UTF-8 with or without BOM, or GB18030) with English keys or
 * Chinese headers (编号, 名称, 类别, 项目, 楼栋, 位置, 厂家, 型号, 出厂编号,
 * 安装日期, 保修截止, 维保单位, 合同截止, 注册代码, 下次检验, 重要程度, 状态,
 * 备注 …); every error names its line and column; all rows are saved or none.
 * Export writes the assets of a query as CSV (headed by the import keys, so it
 * imports again; formulas neutralised) or XLSX (headers in the user's
 * language); plans and readings likewise (ct_asset_export_records ()). After every row checked, and before anything is written, the
 * database is backed up beside itself ("FILE.before-import-STAMP.bak").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-query.h"

G_BEGIN_DECLS

/* The columns (English key, then some of the Chinese headers accepted; the
 * English and translated labels of the XLSX export are accepted too):
 *
 * ASSETS: code 编号 and name 名称 (required), category 类别 (required: a key,
 * label or alias of ct_asset_category_from_text), site 项目/小区 (required:
 * name or code), building 楼栋 (code or name within the site), location
 * 位置/安装位置 (a name: created as a plant room of the site and building
 * when missing), parent 上级设备 (a code in the ledger or on an earlier line),
 * manufacturer 厂家, model 型号, serial 出厂编号, installed_on 安装日期,
 * warranty_until 保修截止, contractor 维保单位, contract_until 合同截止,
 * registration_no 注册代码, statutory_due 下次检验, criticality 重要程度,
 * status 状态, note 备注. A code already in the ledger is refused: an import
 * only adds.
 * PLANS: asset 设备编号 (required), title 保养项目 (required), rule 周期
 * (required: an RRULE, or 每周, 每两周, 每月, 每两月, 每季度, 每半年, 每年, weekly,
 * monthly, quarterly, yearly …), basis 依据 (schedule 按计划 by default, or
 * completion 按完成日), starts_on 开始日期 (default today), department 部门
 * (code or name), contractor 维保单位, instructions 保养内容.
 * READINGS: meter 表号 (required, in the ledger), read_at 抄表时间 (required:
 * a date and time in the database's zone; a date alone is midnight), value
 * 读数 (required), reader 抄表人. The readings of a meter are saved in the
 * order of time and must come after its last reading in the ledger.
 *
 * Dates: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日. A cell an export
 * neutralised ('=…) is read without its quote. */
typedef enum
{
  CT_ASSET_IMPORT_ASSETS,
  CT_ASSET_IMPORT_PLANS,
  CT_ASSET_IMPORT_READINGS,
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
/* "assets", "plans", "readings" (any case; also the singular). */
gboolean ct_asset_import_kind_from_text (const char        *text,
                                         CtAssetImportKind *kind);

/* What an import did (or, in a dry run, would do). */
typedef struct
{
  guint  n_rows;        /* assets, plans or readings */
  guint  n_locations;   /* locations the asset file named that did not exist:
                           created as plant rooms of the site (and building) */
  guint  n_anomalies;   /* readings flagged by the anomaly rule of ct-meter.h */
  char  *backup;        /* the copy of the database made before writing; NULL
                           in a dry run */
} CtAssetImportResult;

void     ct_asset_import_result_clear (CtAssetImportResult *result);

/* ct_asset_import () with the whole result; @result is cleared first. */
gboolean ct_asset_import_full (CtAssetStore        *store,
                               CtAssetImportKind    kind,
                               const char          *path,
                               gboolean             dry_run,
                               const char          *actor,
                               CtAssetImportResult *result,
                               GError             **error);

/* Writes the assets of @query to @path: .csv or .xlsx by the name (any other
 * name: G_IO_ERROR_INVALID_FILENAME). In the query's order, but a parent
 * before the assets that are part of it, so that the CSV imports again. The
 * file is replaced only when complete. @n_rows may be NULL. */
gboolean ct_asset_export      (CtAssetStore       *store,
                               const CtAssetQuery *query,
                               const char         *path,
                               guint              *n_rows,
                               GError            **error);

/* Writes the records of @kind of site @site_id (0: every site) to @path,
 * .csv or .xlsx by the name, replaced only when complete. The CSV is headed
 * by the Chinese headers the import accepts (设备编号, 保养项目 …; 表号,
 * 抄表时间 …) and imports again into a ledger with the same assets and
 * meters; the workbook has the headers in the user's language, repeat rules
 * in words, times and values as Excel times and numbers.
 * ASSETS: as ct_asset_export () of every asset of the site, retired ones too.
 * PLANS: the active plans of assets not retired (the import makes every plan
 * active and refuses retired assets), by asset code and title; department
 * as its code. Who a plan is assigned to has no column and is not written.
 * READINGS: every reading of the meters of the site, by meter code and time,
 * the time in the database's zone (with seconds when not on the minute),
 * the value as typed, who read it; consumption and anomaly flags are worked
 * out again by an import. @n_rows may be NULL. */
gboolean ct_asset_export_records (CtAssetStore       *store,
                                  CtAssetImportKind   kind,
                                  gint64              site_id,
                                  const char         *path,
                                  guint              *n_rows,
                                  GError            **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtAssetImportResult, ct_asset_import_result_clear)

G_END_DECLS
