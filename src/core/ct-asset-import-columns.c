/* ct-asset-import-columns.c — the columns of the asset, plan and reading files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-import-private.h"
#include "ct-maintenance.h"

#define COLUMN_CONTEXT "asset column"

#define TEXT(key, label, aliases, width) \
  { key, label, aliases, CT_ASSET_CELL_TEXT, NULL, NULL, NULL, width }
#define DATE(key, label, aliases) \
  { key, label, aliases, CT_ASSET_CELL_DATE, NULL, NULL, NULL, 12 }
#define TERM(key, label, aliases, from_text, to_label, keys) \
  { key, label, aliases, CT_ASSET_CELL_TERM, from_text, to_label, keys, 12 }
#define OTHER(key, label, aliases, width) \
  { key, label, aliases, CT_ASSET_CELL_OTHER, NULL, NULL, NULL, width }

/* Aliases: Simplified Chinese, Traditional Chinese, then other English words. */
static const CtAssetColumnInfo asset_columns[CT_ASSET_N_COLUMNS] = {
  TEXT ("code", NC_("asset column", "Asset code"),
        "编号|设备编号|资产编号|編號|設備編號|資產編號|asset_code", 14),
  TEXT ("name", NC_("asset column", "Name"),
        "名称|设备名称|名稱|設備名稱|asset_name", 24),
  TERM ("category", NC_("asset column", "Category"),
        "类别|设备类别|设备类型|類別|設備類別|設備類型|type",
        ct_asset_category_from_text, ct_asset_category_label, ct_asset_categories),
  OTHER ("site", NC_("asset column", "Site"),
         "项目|小区|物业项目|项目名称|項目|小區|物業項目|項目名稱", 16),
  OTHER ("building", NC_("asset column", "Building"),
         "楼栋|楼号|樓棟|樓號", 8),
  OTHER ("location", NC_("asset column", "Location"),
         "位置|安装位置|安装地点|安裝位置|安裝地點", 16),
  OTHER ("parent", NC_("asset column", "Part of"),
         "上级设备|所属设备|上級設備|所屬設備|parent_code", 14),
  TEXT ("manufacturer", NC_("asset column", "Manufacturer"),
        "厂家|生产厂家|制造商|品牌|廠家|生產廠家|製造商|brand", 16),
  TEXT ("model", NC_("asset column", "Model"),
        "型号|规格型号|型號|規格型號", 14),
  TEXT ("serial", NC_("asset column", "Serial number"),
        "出厂编号|序列号|出廠編號|序號|serial_no", 16),
  DATE ("installed_on", NC_("asset column", "Installed on"),
        "安装日期|投用日期|安裝日期|installed"),
  DATE ("warranty_until", NC_("asset column", "Warranty until"),
        "保修截止|质保期至|保修期至|保修截止日期|質保期至|warranty"),
  TEXT ("contractor", NC_("asset column", "Maintenance contractor"),
        "维保单位|维保公司|維保單位|維保公司", 20),
  DATE ("contract_until", NC_("asset column", "Contract until"),
        "合同截止|维保合同到期|合同到期|合約截止|維保合同到期"),
  TEXT ("registration_no", NC_("asset column", "Registration number"),
        "注册代码|使用登记证号|登记证号|註冊代碼|使用登記證號|registration", 18),
  DATE ("statutory_due", NC_("asset column", "Next statutory inspection"),
        "下次检验|下次检验日期|下次檢驗|下次檢驗日期"),
  TERM ("criticality", NC_("asset column", "Criticality"),
        "重要程度|重要性|重要等级|重要等級",
        ct_asset_criticality_from_text, ct_asset_criticality_label, ct_asset_criticalities),
  TERM ("status", NC_("asset column", "Status"),
        "状态|设备状态|狀態|設備狀態",
        ct_asset_status_from_text, ct_asset_status_label, ct_asset_statuses),
  TEXT ("note", NC_("asset column", "Note"),
        "备注|備註|notes|remark", 30),
};

static const CtAssetColumnInfo plan_columns[CT_PLAN_N_COLUMNS] = {
  OTHER ("asset", NC_("asset column", "Asset code"),
         "设备编号|设备|编号|設備編號|設備|編號|asset_code", 14),
  TEXT ("title", NC_("asset column", "Plan"),
        "计划名称|保养项目|名称|計劃名稱|保養項目|名稱", 24),
  OTHER ("rule", NC_("asset column", "Repeats"),
         "周期|保养周期|频率|週期|保養週期|頻率|rrule|frequency", 18),
  TERM ("basis", NC_("asset column", "Counted from"),
        "依据|计算依据|依據|計算依據",
        ct_maintenance_basis_from_text, ct_maintenance_basis_label, ct_maintenance_bases),
  DATE ("starts_on", NC_("asset column", "Starts on"),
        "开始日期|起始日期|開始日期|start"),
  OTHER ("department", NC_("asset column", "Department"),
         "部门|责任部门|部門|責任部門", 14),
  TEXT ("contractor", NC_("asset column", "Maintenance contractor"),
        "维保单位|维保公司|維保單位|維保公司", 20),
  TEXT ("instructions", NC_("asset column", "Instructions"),
        "内容|保养内容|作业内容|內容|保養內容|作業內容", 40),
};

static const CtAssetColumnInfo reading_columns[CT_READING_N_COLUMNS] = {
  OTHER ("meter", NC_("asset column", "Meter"),
         "表号|仪表编号|表编号|表號|儀表編號|meter_code", 14),
  OTHER ("read_at", NC_("asset column", "Read at"),
         "抄表时间|抄表日期|抄表時間|time|date", 17),
  OTHER ("value", NC_("asset column", "Reading"),
         "读数|本次读数|讀數|本次讀數|reading", 12),
  OTHER ("reader", NC_("asset column", "Read by"),
         "抄表人|抄表員|抄表员", 10),
};

static const int asset_required[] = {
  CT_ASSET_COL_CODE, CT_ASSET_COL_NAME, CT_ASSET_COL_CATEGORY, CT_ASSET_COL_SITE, -1
};
static const int plan_required[] = {
  CT_PLAN_COL_ASSET, CT_PLAN_COL_TITLE, CT_PLAN_COL_RULE, -1
};
static const int reading_required[] = {
  CT_READING_COL_METER, CT_READING_COL_READ_AT, CT_READING_COL_VALUE, -1
};

static const CtAssetColumnSet sets[] = {
  [CT_ASSET_IMPORT_ASSETS] = { asset_columns, CT_ASSET_N_COLUMNS, asset_required },
  [CT_ASSET_IMPORT_PLANS] = { plan_columns, CT_PLAN_N_COLUMNS, plan_required },
  [CT_ASSET_IMPORT_READINGS] = { reading_columns, CT_READING_N_COLUMNS, reading_required },
};

const CtAssetColumnSet *
ct_asset_import_columns (CtAssetImportKind kind)
{
  g_return_val_if_fail (kind <= CT_ASSET_IMPORT_READINGS, NULL);
  return &sets[kind];
}

const char *
ct_asset_column_label (const CtAssetColumnInfo *info)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, COLUMN_CONTEXT, info->label);
}

gboolean
ct_asset_import_kind_from_text (const char        *text,
                                CtAssetImportKind *kind)
{
  static const char *const names[][3] = {
    [CT_ASSET_IMPORT_ASSETS] = { "assets", "asset", "设备" },
    [CT_ASSET_IMPORT_PLANS] = { "plans", "plan", "保养计划" },
    [CT_ASSET_IMPORT_READINGS] = { "readings", "reading", "抄表" },
  };

  g_return_val_if_fail (text != NULL && kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint j = 0; j < G_N_ELEMENTS (names[i]); j++)
      if (g_ascii_strcasecmp (text, names[i][j]) == 0)
        {
          *kind = i;
          return TRUE;
        }
  return FALSE;
}
