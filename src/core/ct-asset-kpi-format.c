/* ct-asset-kpi-format.c — asset KPI values from their numerators and
 * denominators, for people and for JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-kpi"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-asset-kpi-private.h"
#include "ct-kpi-format.h"

#define SECONDS_PER_HOUR 3600.0

/* Values */

void
ct_asset_kpis_finish (CtAssetKpis *self)
{
  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    {
      double num = self->num[i], den = self->den[i];

      self->has_value[i] = den > 0;
      if (den <= 0)
        self->value[i] = 0;
      else if (i == CT_ASSET_KPI_AVAILABILITY)
        self->value[i] = 1.0 - num / den;
      else if (i == CT_ASSET_KPI_YOY)
        self->value[i] = num / den - 1.0;
      else if (ct_asset_kpi_defs[i].hours)
        self->value[i] = num / den / SECONDS_PER_HOUR;
      else
        self->value[i] = num / den;
    }
}

const CtKpiPeriod *
ct_asset_kpis_get_period (const CtAssetKpis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->period;
}

gint64
ct_asset_kpis_get_instant (const CtAssetKpis *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->instant;
}

gboolean
ct_asset_kpis_get_value (const CtAssetKpis *self,
                         const char        *key,
                         double            *value)
{
  int i = ct_asset_kpi_index (key);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (i >= 0, FALSE);

  if (value)
    *value = self->value[i];
  return self->has_value[i];
}

void
ct_asset_kpis_get_counts (const CtAssetKpis *self,
                          const char        *key,
                          double            *numerator,
                          double            *denominator)
{
  int i = ct_asset_kpi_index (key);

  g_return_if_fail (self != NULL);
  g_return_if_fail (i >= 0);

  if (numerator)
    *numerator = self->num[i];
  if (denominator)
    *denominator = self->den[i];
}

/* For people */

/* "12,345.6": one decimal, thousands grouped (@value ≥ 0). */
static char *
group_thousands (double value)
{
  char plain[G_ASCII_DTOSTR_BUF_SIZE];
  const char *point;
  GString *text = g_string_new (NULL);
  gsize digits;

  /* Not the locale's decimal comma: the grouping below is "1,234.5". */
  g_ascii_formatd (plain, sizeof plain, "%.1f", fabs (value));
  point = strchr (plain, '.');
  digits = point - plain;

  for (gsize i = 0; i < digits; i++)
    {
      if (i > 0 && (digits - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, plain[i]);
    }
  g_string_append (text, point);
  return g_string_free (text, FALSE);
}

/* "97.3 %"; a change is signed: "−32.0 %", "+12.5 %", "0.0 %". */
static char *
format_percent (double   value,
                gboolean change)
{
  double tenths = round (value * 1000);
  /* Translators: a percentage with one decimal, "97.3 %" */
  g_autofree char *number = g_strdup_printf (_("%.1f %%"), fabs (tenths) / 10);

  if (tenths == 0 || (!change && tenths > 0))
    return g_steal_pointer (&number);
  return g_strconcat (tenths < 0 ? "−" : "+", number, NULL);
}

char *
ct_asset_kpis_format_value (const CtAssetKpis *self,
                            const char        *key)
{
  int i = ct_asset_kpi_index (key);
  g_autofree char *hours = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i >= 0, NULL);

  if (!self->has_value[i])
    return g_strdup ("—");
  if (!ct_asset_kpi_defs[i].hours)
    return format_percent (self->value[i], i == CT_ASSET_KPI_YOY);
  hours = group_thousands (self->value[i]);
  /* Translators: a duration in hours, "1,234.5 h" */
  return g_strdup_printf (_("%s h"), hours);
}

/* JSON */

static void
append_counts (GString           *json,
               const CtAssetKpis *self)
{
  g_string_append (json, "  \"asset_counts\" : {\n");
  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    g_string_append_printf (json,
                            "    \"%s\" : { \"numerator\" : %.0f, \"denominator\" : %.0f }%s\n",
                            ct_asset_kpi_defs[i].key, self->num[i], self->den[i],
                            i + 1 < CT_ASSET_N_KPIS ? "," : "");
  g_string_append (json, "  }");
}

void
ct_asset_kpis_append_json (const CtAssetKpis *self,
                           GString           *json)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (json != NULL);

  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    {
      g_string_append_printf (json, "  \"%s\" : ", ct_asset_kpi_defs[i].key);
      if (!self->has_value[i])
        g_string_append (json, "null");
      else
        ct_kpi_append_number (json, self->value[i], ct_asset_kpi_defs[i].hours ? 2 : 4);
      g_string_append (json, ",\n");
    }
  append_counts (json, self);
}

/* Rounded as in ct_asset_kpis_append_json(). */
static double
rounded (double value,
         int    decimals)
{
  double scale = decimals == 4 ? 1e4 : 1e2;

  return round (value * scale) / scale;
}

void
ct_asset_kpis_add_json (const CtAssetKpis *self,
                        JsonBuilder       *builder)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (JSON_IS_BUILDER (builder));

  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    {
      json_builder_set_member_name (builder, ct_asset_kpi_defs[i].key);
      if (self->has_value[i])
        json_builder_add_double_value (builder, rounded (self->value[i],
                                                         ct_asset_kpi_defs[i].hours ? 2 : 4));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "asset_counts");
  json_builder_begin_object (builder);
  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    {
      json_builder_set_member_name (builder, ct_asset_kpi_defs[i].key);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "numerator");
      json_builder_add_int_value (builder, (gint64) llround (self->num[i]));
      json_builder_set_member_name (builder, "denominator");
      json_builder_add_int_value (builder, (gint64) llround (self->den[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}
