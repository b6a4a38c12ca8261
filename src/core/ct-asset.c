/* ct-asset.c — the asset record and its vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset.h"
#include "ct-vocab.h"

struct _CtAsset
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtAsset, ct_asset, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "code",            CT_FIELD_TEXT,    N_("Code") },
  { "name",            CT_FIELD_TEXT,    N_("Name") },
  { "category",        CT_FIELD_TEXT,    N_("Category") },
  { "site_id",         CT_FIELD_REF,     N_("Site") },
  { "building_id",     CT_FIELD_REF,     N_("Building") },
  { "location_id",     CT_FIELD_REF,     N_("Location") },
  { "parent_id",       CT_FIELD_REF,     N_("Part of") },
  { "manufacturer",    CT_FIELD_TEXT,    N_("Manufacturer") },
  { "model",           CT_FIELD_TEXT,    N_("Model") },
  { "serial",          CT_FIELD_TEXT,    N_("Serial number") },
  { "installed_on",    CT_FIELD_DATE,    N_("Installed on") },
  { "warranty_until",  CT_FIELD_DATE,    N_("Warranty until") },
  { "contractor",      CT_FIELD_TEXT,    N_("Maintenance contractor") },
  { "contract_until",  CT_FIELD_DATE,    N_("Contract until") },
  { "registration_no", CT_FIELD_TEXT,    N_("Registration number") },
  { "statutory_due",   CT_FIELD_DATE,    N_("Next statutory inspection") },
  { "criticality",     CT_FIELD_TEXT,    N_("Criticality") },
  { "status",          CT_FIELD_TEXT,    N_("Status") },
  { "service_from",    CT_FIELD_INT,     N_("In service since") },
  { "retired_at",      CT_FIELD_OPT_INT, N_("Retired") },
  { "next_due",        CT_FIELD_DATE,    N_("Next maintenance") },
  { "note",            CT_FIELD_TEXT,    N_("Note") },
};

static const CtTableInfo table = {
  "assets", "asset", "code, id", fields, G_N_ELEMENTS (fields)
};

static const CtTerm categories[] = {
  { "elevator",  N_("Elevator"),           "电梯|直梯|客梯|货梯|電梯|升降机" },
  { "escalator", N_("Escalator"),          "扶梯|自动扶梯|自動扶梯" },
  { "power",     N_("Power distribution"), "配电|供配电|变配电|配電|供電|高低压" },
  { "generator", N_("Generator"),          "发电机|柴油发电机|發電機" },
  { "fire",      N_("Fire protection"),    "消防|消防设施|消防設施" },
  { "water",     N_("Water supply"),       "给排水|供水|水泵|二次供水|給排水" },
  { "hvac",      N_("HVAC"),               "暖通|空调|空調|新风" },
  { "cctv",      N_("CCTV"),               "监控|视频监控|監控" },
  { "access",    N_("Access control"),     "门禁|道闸|門禁" },
  { "lighting",  N_("Lighting"),           "照明|公共照明|路灯" },
  { "other",     N_("Other"),              "其他|其它" },
};

static const CtTerm statuses[] = {
  { "in_service",  N_("In service"),        "在用|正常|運行|运行" },
  { "down",        N_("Down"),              "停机|故障|停機" },
  { "maintenance", N_("Under maintenance"), "维修中|保养中|維修中|保養中|检修" },
  { "retired",     N_("Retired"),           "报废|停用|報廢" },
};

static const CtTerm criticalities[] = {
  { "high",   N_("High"),   "高|关键|關鍵|A" },
  { "medium", N_("Medium"), "中|一般|B" },
  { "low",    N_("Low"),    "低|C" },
};

static const char *const category_icons[][2] = {
  { "elevator",  "go-up-symbolic" },
  { "escalator", "go-top-symbolic" },
  { "power",     "battery-full-charged-symbolic" },
  { "generator", "system-shutdown-symbolic" },
  { "fire",      "dialog-warning-symbolic" },
  { "water",     "weather-showers-symbolic" },
  { "hvac",      "weather-few-clouds-symbolic" },
  { "cctv",      "camera-web-symbolic" },
  { "access",    "system-lock-screen-symbolic" },
  { "lighting",  "display-brightness-symbolic" },
  { "other",     "applications-engineering-symbolic" },
};

CT_VOCAB_KEYS_FUNC (ct_asset_categories, categories)
CT_VOCAB_KEYS_FUNC (ct_asset_statuses, statuses)
CT_VOCAB_KEYS_FUNC (ct_asset_criticalities, criticalities)

const char *
ct_asset_category_label (const char *category)
{
  return ct_vocab_label (categories, G_N_ELEMENTS (categories), category);
}

const char *
ct_asset_category_from_text (const char *text)
{
  return ct_vocab_from_text (categories, G_N_ELEMENTS (categories), text);
}

const char *
ct_asset_category_icon (const char *category)
{
  for (guint i = 0; i < G_N_ELEMENTS (category_icons); i++)
    if (g_strcmp0 (category_icons[i][0], category) == 0)
      return category_icons[i][1];
  return "applications-engineering-symbolic";
}

gboolean
ct_asset_category_is_special (const char *category)
{
  return g_strcmp0 (category, "elevator") == 0 || g_strcmp0 (category, "escalator") == 0;
}

const char *
ct_asset_status_label (const char *status)
{
  return ct_vocab_label (statuses, G_N_ELEMENTS (statuses), status);
}

const char *
ct_asset_status_from_text (const char *text)
{
  return ct_vocab_from_text (statuses, G_N_ELEMENTS (statuses), text);
}

const char *
ct_asset_criticality_label (const char *criticality)
{
  return ct_vocab_label (criticalities, G_N_ELEMENTS (criticalities), criticality);
}

const char *
ct_asset_criticality_from_text (const char *text)
{
  return ct_vocab_from_text (criticalities, G_N_ELEMENTS (criticalities), text);
}

static gboolean
ct_asset_validate (CtRecord  *record,
                   GError   **error)
{
  const char *category = ct_record_get_string (record, "category");
  const char *status = ct_record_get_string (record, "status");
  const char *criticality = ct_record_get_string (record, "criticality");
  static const char *const dates[] = {
    "installed_on", "warranty_until", "contract_until", "statutory_due", "next_due"
  };

  if (!ct_record_require_text (record, "code", error)
      || !ct_record_require_text (record, "name", error)
      || !ct_record_require_ref (record, "site_id", error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (!ct_record_check_date (record, dates[i], error))
      return FALSE;
  if (!ct_asset_category_label (category))
    return ct_record_invalid (error, _("“%s” is not an asset category."), category);
  if (!ct_asset_status_label (status))
    return ct_record_invalid (error, _("“%s” is not an asset status."), status);
  if (!ct_asset_criticality_label (criticality))
    return ct_record_invalid (error, _("“%s” is not a criticality (high, medium or low)."),
                              criticality);
  if (ct_record_get_id (record) != 0
      && ct_record_get_int (record, "parent_id") == ct_record_get_id (record))
    return ct_record_invalid (error, "%s", _("An asset cannot be part of itself."));
  return TRUE;
}

static char *
ct_asset_dup_label (CtRecord *record)
{
  return g_strdup_printf ("%s %s", ct_record_get_string (record, "code"),
                          ct_record_get_string (record, "name"));
}

static void
ct_asset_class_init (CtAssetClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_asset_validate;
  record_class->dup_label = ct_asset_dup_label;
}

static void
ct_asset_init (CtAsset *self)
{
}

CtAsset *
ct_asset_new (const char *code,
              const char *name,
              const char *category,
              gint64      site_id)
{
  return g_object_new (CT_TYPE_ASSET, "code", code, "name", name, "category", category,
                       "site_id", site_id, "criticality", "medium", "status", "in_service",
                       NULL);
}

const char *ct_asset_get_code (CtAsset *self) { return ct_record_get_string (CT_RECORD (self), "code"); }
const char *ct_asset_get_name (CtAsset *self) { return ct_record_get_string (CT_RECORD (self), "name"); }
const char *ct_asset_get_category (CtAsset *self) { return ct_record_get_string (CT_RECORD (self), "category"); }
const char *ct_asset_get_status (CtAsset *self) { return ct_record_get_string (CT_RECORD (self), "status"); }
