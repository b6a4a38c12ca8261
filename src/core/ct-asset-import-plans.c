/* ct-asset-import-plans.c — the rows of a maintenance plan import; repeat
 * rules as an RRULE or in words (每月, 季度, yearly …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-asset-import-private.h"
#include "ct-maintenance.h"

/* Rules in the words of spreadsheets kept by hand (normalised, '|'-separated). */
static const char *const rule_words[][2] = {
  { "FREQ=WEEKLY", "每周|每週|周检|週檢|weekly" },
  { "FREQ=WEEKLY;INTERVAL=2", "每两周|每兩週|双周|雙週|biweekly|fortnightly" },
  { "FREQ=MONTHLY", "每月|月度|月检|月檢|monthly" },
  { "FREQ=MONTHLY;INTERVAL=2", "每两月|每两个月|每兩月|每兩個月|bimonthly" },
  { "FREQ=MONTHLY;INTERVAL=3", "每季度|季度|每季|季检|季檢|quarterly" },
  { "FREQ=MONTHLY;INTERVAL=6", "每半年|半年|半年度|half_yearly|semiannual|semi_annual" },
  { "FREQ=YEARLY", "每年|年度|年检|年檢|yearly|annual|annually" },
};

static const char *
rule_from_words (const char *text)
{
  g_autofree char *name = ct_csv_table_normalise_header (text);
  const char *const *common = ct_maintenance_common_rules ();

  for (guint i = 0; i < G_N_ELEMENTS (rule_words); i++)
    if (ct_csv_table_is_alias (rule_words[i][1], name))
      return rule_words[i][0];
  /* The labels of the plan dialog, in English or the user's language. */
  for (guint i = 0; common[i] != NULL && common[i + 1] != NULL; i += 2)
    if (g_utf8_collate (text, common[i + 1]) == 0 || g_ascii_strcasecmp (text, common[i]) == 0)
      return common[i];
  return NULL;
}

/* The RRULE of the rule cell. */
static char *
read_rule (CtAssetImport  *imp,
           GError        **error)
{
  const char *text = ct_asset_import_cell (imp, CT_PLAN_COL_RULE);
  const char *words = rule_from_words (text);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *rule = NULL;

  if (words != NULL)
    return g_strdup (words);
  rule = g_ascii_strup (text, -1);
  if (g_str_has_prefix (rule, "RRULE:"))
    memmove (rule, rule + 6, strlen (rule + 6) + 1);
  if (strstr (rule, "FREQ=") == NULL)
    {
      ct_asset_import_error (imp, CT_PLAN_COL_RULE, error,
                             _("“%s” is not a repeat rule; write 每月, 每季度, 每年 … or "
                               "an iCalendar rule such as FREQ=MONTHLY"), text);
      return NULL;
    }
  if (!ct_maintenance_check_rule (rule, &local_error))
    {
      ct_asset_import_error (imp, CT_PLAN_COL_RULE, error, "%s", local_error->message);
      return NULL;
    }
  return g_steal_pointer (&rule);
}

static char *
dup_today (CtAssetImport *imp)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (imp->now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, imp->tz);

  return g_date_time_format (local, "%Y-%m-%d");
}

gboolean
ct_asset_import_save_plan (CtAssetImport  *imp,
                           GError        **error)
{
  g_autoptr(CtMaintenancePlan) plan = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *today = dup_today (imp);
  gint64 asset_id = 0, department_id = 0;

  for (const int *c = imp->set->required; *c >= 0; c++)
    if (!ct_asset_import_require (imp, *c, error))
      return FALSE;
  if (!ct_asset_import_asset (imp, CT_PLAN_COL_ASSET, &asset_id, error)
      || !(rule = read_rule (imp, error))
      || !ct_asset_import_department (imp, CT_PLAN_COL_DEPARTMENT, &department_id, error))
    return FALSE;
  plan = ct_maintenance_plan_new (asset_id, ct_asset_import_cell (imp, CT_PLAN_COL_TITLE), rule,
                                  "schedule", today);
  ct_record_set_int (CT_RECORD (plan), "department_id", department_id);
  if (!ct_asset_import_fill (imp, CT_RECORD (plan), error))
    return FALSE;
  if (!ct_maintenance_create_plan (imp->store, plan, imp->actor, error))
    return ct_asset_import_line_error (imp, error);
  imp->result.n_rows++;
  return TRUE;
}
