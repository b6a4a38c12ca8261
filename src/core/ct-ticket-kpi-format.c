/* ct-ticket-kpi-format.c — periods from dates, KPI values for people and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-kpi"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-error.h"
#include "ct-kpi-format.h"
#include "ct-ticket-kpi-private.h"

/* Periods */

/* TRUE when @text has the shape of @pattern: 'd' is a digit, any other
 * character stands for itself, ' ' for a space or a 'T'. */
static gboolean
matches (const char *text,
         const char *pattern)
{
  if (strlen (text) != strlen (pattern))
    return FALSE;
  for (guint i = 0; pattern[i] != '\0'; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i])
          : pattern[i] == ' ' ? text[i] != ' ' && text[i] != 'T'
          : text[i] != pattern[i])
        return FALSE;
    }
  return TRUE;
}

static int
number (const char *text,
        guint       start,
        guint       length)
{
  int value = 0;

  for (guint i = start; i < start + length; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

static gboolean
make_time (GTimeZone   *tz,
           const char  *text,
           int          hour,
           int          minute,
           int          second,
           gint64      *out)
{
  int year = number (text, 0, 4), month = number (text, 5, 2), day = number (text, 8, 2);
  g_autoptr(GDateTime) time = NULL;

  if (month < 1 || month > 12 || !g_date_valid_dmy (day, month, year) || hour > 23
      || minute > 59 || second > 59)
    return FALSE;
  if (!(time = g_date_time_new (tz, year, month, day, hour, minute, second)))
    return FALSE;
  *out = g_date_time_to_unix (time);
  return TRUE;
}

static gboolean
parse_date (GTimeZone   *tz,
            const char  *text,
            gint64      *out,
            GError     **error)
{
  if (text != NULL && matches (text, "dddd-dd-dd") && make_time (tz, text, 0, 0, 0, out))
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” is not a date: write it as YYYY-MM-DD, for example 2025-11-01."),
               text ? text : "");
  return FALSE;
}

gboolean
ct_kpi_period_set_dates (CtKpiPeriod  *period,
                         GTimeZone    *tz,
                         const char   *from,
                         const char   *to,
                         GError      **error)
{
  gint64 start, end;

  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (tz != NULL, FALSE);

  if (!parse_date (tz, from, &start, error) || !parse_date (tz, to, &end, error))
    return FALSE;
  if (end <= start)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The period must end after it starts: %s is not after %s."), to, from);
      return FALSE;
    }
  period->from = start;
  period->to = end;
  return TRUE;
}

gboolean
ct_kpi_parse_time (GTimeZone   *tz,
                   const char  *text,
                   gint64      *out,
                   GError     **error)
{
  g_return_val_if_fail (tz != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (text != NULL && matches (text, "dddd-dd-dd dd:dd")
      && make_time (tz, text, number (text, 11, 2), number (text, 14, 2), 0, out))
    return TRUE;
  if (text != NULL && matches (text, "dddd-dd-dd dd:dd:dd")
      && make_time (tz, text, number (text, 11, 2), number (text, 14, 2),
                    number (text, 17, 2), out))
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” is not a time: write it as YYYY-MM-DD HH:MM, for example "
                 "2025-11-21 14:30."), text ? text : "");
  return FALSE;
}

/* Values */

const CtKpiPeriod *
ct_ticket_kpis_get_period (const CtTicketKpis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->period;
}

gint64
ct_ticket_kpis_get_instant (const CtTicketKpis *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->instant;
}

gboolean
ct_ticket_kpis_get_value (const CtTicketKpis *self,
                          const char         *key,
                          double             *value)
{
  int i = ct_ticket_kpi_index (key);

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (i >= 0, FALSE);

  if (value)
    *value = self->value[i];
  return self->has_value[i];
}

void
ct_ticket_kpis_get_counts (const CtTicketKpis *self,
                           const char         *key,
                           gint64             *numerator,
                           gint64             *denominator)
{
  int i = ct_ticket_kpi_index (key);

  g_return_if_fail (self != NULL);
  g_return_if_fail (i >= 0);

  if (numerator)
    *numerator = self->num[i];
  if (denominator)
    *denominator = self->den[i];
}

gint64
ct_ticket_kpis_get_created_by_kind (const CtTicketKpis *self,
                                    const char         *kind)
{
  g_return_val_if_fail (self != NULL, 0);

  for (guint k = 0; k < CT_TICKET_N_KINDS; k++)
    if (g_strcmp0 (ct_ticket_kpi_kinds[k], kind) == 0)
      return self->by_kind[k];
  return 0;
}

static char *
format_minutes (double value)
{
  gint64 minutes = (gint64) round (value);

  if (minutes < 60)
    /* Translators: a duration, "45 min" */
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes < 24 * 60)
    /* Translators: a duration, "3 h 05 min" */
    return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
  /* Translators: a duration, "2 d 4 h" (days and hours) */
  return g_strdup_printf (_("%d d %d h"), (int) (minutes / (24 * 60)),
                          (int) (minutes / 60 % 24));
}

char *
ct_ticket_kpis_format_value (const CtTicketKpis *self,
                             const char         *key)
{
  double value;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (ct_ticket_kpi_is_key (key), NULL);

  if (!ct_ticket_kpis_get_value (self, key, &value))
    return g_strdup ("—");
  switch (ct_ticket_kpi_get_unit (key))
    {
    case CT_KPI_UNIT_COUNT:
      return g_strdup_printf ("%.0f", value);
    case CT_KPI_UNIT_FRACTION:
      /* Translators: a percentage with one decimal, "97.3 %" */
      return g_strdup_printf (_("%.1f %%"), value * 100);
    case CT_KPI_UNIT_SCORE:
      return g_strdup_printf ("%.1f", value);
    case CT_KPI_UNIT_MINUTES:
      return format_minutes (value);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* JSON */

static void
append_value (GString            *json,
              const CtTicketKpis *self,
              const char         *key)
{
  double value;

  if (!ct_ticket_kpis_get_value (self, key, &value))
    {
      g_string_append (json, "null");
      return;
    }
  switch (ct_ticket_kpi_get_unit (key))
    {
    case CT_KPI_UNIT_COUNT:
      g_string_append_printf (json, "%.0f", value);
      break;
    case CT_KPI_UNIT_FRACTION:
      ct_kpi_append_number (json, value, 4);
      break;
    case CT_KPI_UNIT_SCORE:
    case CT_KPI_UNIT_MINUTES:
      ct_kpi_append_number (json, value, 2);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
append_time (GString    *json,
             const char *name,
             gint64      unix_time,
             GTimeZone  *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = tz ? g_date_time_to_timezone (utc, tz) : g_date_time_ref (utc);
  g_autofree char *text = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");

  g_string_append_printf (json, "  \"%s\" : \"%s\",\n", name, text);
}

static void
append_by_kind (GString            *json,
                const CtTicketKpis *self)
{
  g_string_append (json, "  \"tickets_created_by_kind\" : {\n");
  for (guint k = 0; k < CT_TICKET_N_KINDS; k++)
    g_string_append_printf (json, "    \"%s\" : %" G_GINT64_FORMAT "%s\n",
                            ct_ticket_kpi_kinds[k], self->by_kind[k],
                            k + 1 < CT_TICKET_N_KINDS ? "," : "");
  g_string_append (json, "  },\n");
}

static void
append_counts (GString            *json,
               const CtTicketKpis *self)
{
  const char *const *keys = ct_ticket_kpi_keys ();

  g_string_append (json, "  \"counts\" : {\n");
  for (guint i = 0; keys[i] != NULL; i++)
    g_string_append_printf (json, "    \"%s\" : { \"numerator\" : %" G_GINT64_FORMAT
                            ", \"denominator\" : %" G_GINT64_FORMAT " }%s\n",
                            keys[i], self->num[i], self->den[i],
                            keys[i + 1] != NULL ? "," : "");
  g_string_append (json, "  }\n");
}

char *
ct_ticket_kpis_to_json (const CtTicketKpis *self,
                        GTimeZone          *tz)
{
  const char *const *keys = ct_ticket_kpi_keys ();
  GString *json = g_string_new ("{\n");

  g_return_val_if_fail (self != NULL, NULL);

  append_time (json, "from", self->period.from, tz);
  append_time (json, "to", self->period.to, tz);
  append_time (json, "now", self->period.now, tz);
  if (self->period.site_id != 0)
    g_string_append_printf (json, "  \"site_id\" : %" G_GINT64_FORMAT ",\n", self->period.site_id);
  else
    g_string_append (json, "  \"site_id\" : null,\n");
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_string_append_printf (json, "  \"%s\" : ", keys[i]);
      append_value (json, self, keys[i]);
      g_string_append (json, ",\n");
      if (i == 0)
        append_by_kind (json, self);
    }
  append_counts (json, self);
  g_string_append (json, "}\n");
  return g_string_free (json, FALSE);
}
