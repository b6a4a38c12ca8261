/* ct-maintenance-dates.c — all-day dates of maintenance, and the plain
 * repeat rules by date arithmetic
 *
 * The plain rules (FREQ and INTERVAL only, daily to yearly: every rule the
 * plan dialog offers) are expanded here rather than by libical, whose ICU
 * calendar costs about 12 µs an occurrence (0.25 s for a year of 1,500
 * monthly plans). The dates are libical's for the same rule as
 * ct-maintenance-rule.c hands it; test-maintenance compares the two.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ct-maintenance-private.h"

/* Occurrences one expansion may step over at most. */
#define MAX_PLAIN_STEPS 100000

gboolean
ct_maintenance_parse_date (const char *text,
                           GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

char *
ct_maintenance_format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

char *
ct_maintenance_add_days (const char *day,
                         guint       days)
{
  GDate date;

  if (!ct_maintenance_parse_date (day, &date))
    g_return_val_if_reached (NULL);
  g_date_add_days (&date, days);
  return ct_maintenance_format_date (&date);
}

gboolean
ct_maintenance_collect (const GDate *date,
                        const GDate *from,
                        const GDate *to,
                        GPtrArray   *out)
{
  if (to != NULL && g_date_compare (date, to) > 0)
    return FALSE;
  if (g_date_compare (date, from) >= 0)
    g_ptr_array_add (out, ct_maintenance_format_date (date));
  return TRUE;
}

/* Occurrence @k of a plain rule: @start moved by k × interval units, a day
 * the month lacks becoming its last day (what the effective rule asks of
 * libical; GDate clamps the same way). */
static void
plain_nth (CtRepeatUnit  unit,
           guint         interval,
           const GDate  *start,
           guint         k,
           GDate        *date)
{
  guint n = k * interval;

  *date = *start;
  switch (unit)
    {
    case CT_REPEAT_DAY:   g_date_add_days (date, n); break;
    case CT_REPEAT_WEEK:  g_date_add_days (date, 7 * n); break;
    case CT_REPEAT_MONTH: g_date_add_months (date, n); break;
    case CT_REPEAT_YEAR:
    default:              g_date_add_years (date, n); break;
    }
}

/* A step at or before the first occurrence on or after @from. */
static guint
plain_first_index (CtRepeatUnit  unit,
                   guint         interval,
                   const GDate  *start,
                   const GDate  *from)
{
  gint64 years = (gint64) g_date_get_year (from) - g_date_get_year (start);
  gint64 units;

  if (g_date_compare (from, start) <= 0)
    return 0;
  switch (unit)
    {
    case CT_REPEAT_DAY:   units = g_date_days_between (start, from); break;
    case CT_REPEAT_WEEK:  units = g_date_days_between (start, from) / 7; break;
    case CT_REPEAT_MONTH: units = years * 12 + (gint64) g_date_get_month (from)
                                  - (gint64) g_date_get_month (start); break;
    case CT_REPEAT_YEAR:
    default:              units = years; break;
    }
  return (guint) MAX (units / (gint64) interval - 1, 0);
}

void
ct_maintenance_expand_plain (CtRepeatUnit  unit,
                             guint         interval,
                             const GDate  *start,
                             const GDate  *from,
                             const GDate  *to,
                             guint         max,
                             GPtrArray    *out)
{
  guint k = plain_first_index (unit, interval, start, from);

  g_return_if_fail (interval > 0);
  for (guint steps = 0; steps < MAX_PLAIN_STEPS && out->len < max; steps++, k++)
    {
      GDate date;

      plain_nth (unit, interval, start, k, &date);
      if (!g_date_valid (&date) || !ct_maintenance_collect (&date, from, to, out))
        break;
    }
}

