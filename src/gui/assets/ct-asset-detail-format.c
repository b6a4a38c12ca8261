/* ct-asset-detail-format.c — ledger values as a user reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ct-asset-detail-format.h"
#include "ct-maintenance.h"
#include "ct-ticket-detail-format.h"
#include "widgets/ct-facts.h"

const char *
ct_asset_detail_field_label (CtRecord   *record,
                             const char *field)
{
  const CtField *info = ct_facts_find_field (record, field);

  return info != NULL ? _(info->nick) : field;
}

char *
ct_asset_detail_dup_asset_label (CtContext *ctx,
                                 gint64     id)
{
  g_autoptr(CtAsset) asset = NULL;

  if (id == 0)
    return g_strdup ("");
  asset = ct_asset_store_load (ct_context_get_assets (ctx), id, NULL);
  if (asset == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return ct_record_dup_label (CT_RECORD (asset));
}

static char *
dup_ref_text (CtContext  *ctx,
              const char *field,
              gint64      id)
{
  char *text;

  if (id == 0)
    return g_strdup ("");
  text = ct_facts_dup_org_ref (ct_context_get_organisation (ctx), field, id);
  if (text != NULL)
    return text;
  if (g_str_equal (field, "location_id"))
    return ct_facts_dup_record_label (ct_asset_store_get_locations (ct_context_get_assets (ctx)),
                                      id);
  if (g_str_equal (field, "parent_id") || g_str_equal (field, "asset_id"))
    return ct_asset_detail_dup_asset_label (ctx, id);
  if (g_str_equal (field, "ticket_id"))
    return ct_facts_dup_ticket_code (ctx, id);
  return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

static char *
dup_text_value (CtRecord   *record,
                const char *field,
                const char *value)
{
  const char *label = NULL;

  if (*value == '\0')
    return g_strdup ("");
  if (CT_IS_ASSET (record) && g_str_equal (field, "category"))
    label = ct_asset_category_label (value);
  else if (CT_IS_ASSET (record) && g_str_equal (field, "status"))
    label = ct_asset_status_label (value);
  else if (g_str_equal (field, "criticality"))
    label = ct_asset_criticality_label (value);
  else if (CT_IS_MAINTENANCE_TASK (record) && g_str_equal (field, "status"))
    label = ct_maintenance_task_status_label (value);
  else if (g_str_equal (field, "basis"))
    label = ct_maintenance_basis_label (value);
  else if (CT_IS_MAINTENANCE_RECORD (record) && g_str_equal (field, "kind"))
    label = ct_maintenance_record_kind_label (value);
  else if (g_str_equal (field, "rrule"))
    return ct_maintenance_describe_rule (value);
  return g_strdup (label != NULL ? label : value);
}

char *
ct_asset_detail_format_yuan (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

static char *
dup_number_text (GTimeZone  *tz,
                 const char *field,
                 gint64      value)
{
  if (g_str_has_suffix (field, "_at") || g_str_equal (field, "service_from"))
    return ct_ticket_detail_format_time (value, tz);
  if (g_str_equal (field, "active") || g_str_equal (field, "recheck_ok"))
    return g_strdup (value != 0 ? _("Yes") : _("No"));
  if (g_str_equal (field, "cost_cents"))
    return ct_asset_detail_format_yuan (value);
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

char *
ct_asset_detail_dup_field_text (CtContext  *ctx,
                                GTimeZone  *tz,
                                CtRecord   *record,
                                const char *field)
{
  const CtField *info = ct_facts_find_field (record, field);
  gint64 value;

  g_return_val_if_fail (info != NULL, NULL);

  if (info->type == CT_FIELD_TEXT || info->type == CT_FIELD_DATE)
    return dup_text_value (record, field, ct_record_get_string (record, field));
  value = ct_record_get_int (record, field);
  if (info->type == CT_FIELD_REF)
    return dup_ref_text (ctx, field, value);
  if (info->type == CT_FIELD_OPT_INT && value == 0)
    return g_strdup ("");
  return dup_number_text (tz, field, value);
}

/* "YYYY-MM-DD" (the stored form, not the locale's) into @date. */
static gboolean
read_date (const char *text,
           GDate      *date)
{
  guint year, month, day;

  if (text == NULL || sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

int
ct_asset_detail_days_between (const char *from,
                              const char *to)
{
  GDate a, b;

  if (!read_date (from, &a) || !read_date (to, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

gpointer
ct_asset_detail_find_item (GListModel *model,
                           gint64      id)
{
  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (model, i);

      if (ct_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }
  return NULL;
}
