/* ct-dashboard-period.c — periods by name: "2026-10", "2026-Q3", "this-month" …
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-dashboard-private.h"

/* [first month, first month + months) of @year, local midnights. */
static void
set_months (CtKpiPeriod *out,
            GTimeZone   *tz,
            int          year,
            int          month,
            int          months)
{
  g_autoptr(GDateTime) from = g_date_time_new (tz, year, month, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_add_months (from, months);

  out->from = g_date_time_to_unix (from);
  out->to = g_date_time_to_unix (to);
}

/* this-/last- month, quarter or year relative to @now. */
static gboolean
parse_relative (const char  *text,
                GTimeZone   *tz,
                gint64       now,
                CtKpiPeriod *out)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  int year = g_date_time_get_year (local), month = g_date_time_get_month (local);
  int back = g_str_has_prefix (text, "last-") ? 1 : 0;
  const char *unit;

  if (!back && !g_str_has_prefix (text, "this-"))
    return FALSE;
  unit = text + 5;
  if (g_str_equal (unit, "month"))
    month -= back;
  else if (g_str_equal (unit, "quarter"))
    month = (month - 1) / 3 * 3 + 1 - 3 * back;
  else if (g_str_equal (unit, "year"))
    {
      year -= back;
      month = 1;
    }
  else
    return FALSE;
  if (month < 1)
    {
      month += 12;
      year -= 1;
    }
  set_months (out, tz, year, month,
              g_str_equal (unit, "month") ? 1 : g_str_equal (unit, "quarter") ? 3 : 12);
  return TRUE;
}

static gboolean
parse_days (const char  *text,
            GTimeZone   *tz,
            CtKpiPeriod *out)
{
  int y1, m1, d1, y2, m2, d2, n = 0;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GDateTime) to = NULL;

  if (sscanf (text, "%4d-%2d-%2d..%4d-%2d-%2d%n", &y1, &m1, &d1, &y2, &m2, &d2, &n) != 6
      || text[n] != '\0')
    return FALSE;
  from = g_date_time_new (tz, y1, m1, d1, 0, 0, 0);
  last = g_date_time_new (tz, y2, m2, d2, 0, 0, 0);
  if (from == NULL || last == NULL || g_date_time_compare (last, from) < 0)
    return FALSE;
  to = g_date_time_add_days (last, 1);
  out->from = g_date_time_to_unix (from);
  out->to = g_date_time_to_unix (to);
  return TRUE;
}

static gboolean
parse_absolute (const char  *text,
                GTimeZone   *tz,
                CtKpiPeriod *out)
{
  int year, part, n = 0;

  if (sscanf (text, "%4d-Q%1d%n", &year, &part, &n) == 2 && text[n] == '\0'
      && part >= 1 && part <= 4 && year >= 1970)
    set_months (out, tz, year, 3 * (part - 1) + 1, 3);
  else if (sscanf (text, "%4d-%2d%n", &year, &part, &n) == 2 && text[n] == '\0'
           && part >= 1 && part <= 12 && year >= 1970)
    set_months (out, tz, year, part, 1);
  else if (sscanf (text, "%4d%n", &year, &n) == 1 && text[n] == '\0' && n == 4 && year >= 1970)
    set_months (out, tz, year, 1, 12);
  else
    return FALSE;
  return TRUE;
}

gboolean
ct_dashboard_period_parse (const char   *text,
                           GTimeZone    *tz,
                           gint64        now,
                           CtKpiPeriod  *out,
                           GError      **error)
{
  g_return_val_if_fail (text != NULL && tz != NULL && out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (parse_relative (text, tz, now, out) || parse_absolute (text, tz, out)
      || parse_days (text, tz, out))
    return TRUE;
  g_set_error (error, CT_DASHBOARD_ERROR, CT_DASHBOARD_ERROR_PERIOD,
               _("“%s” is not a period: write a month (2026-10), a quarter (2026-Q3), a "
                 "year (2026), days (2026-10-01..2026-10-15) or this-month, last-month, "
                 "this-quarter, last-quarter, this-year, last-year."), text);
  return FALSE;
}

/* Titles */

static char *
title_for_months (GDateTime *from,
                  int        months)
{
  int year = g_date_time_get_year (from), month = g_date_time_get_month (from);
  g_autofree char *month_name = NULL;

  if (months == 12 && month == 1)
    /* Translators: a report period, a year: 2026年 */
    return g_strdup_printf (_("%d"), year);
  if (months == 3 && (month - 1) % 3 == 0)
    /* Translators: a report period, a quarter: 2026年第3季度 */
    return g_strdup_printf (_("Q%d %d"), (month - 1) / 3 + 1, year);
  if (months != 1)
    return NULL;
  /* Translators: a report period, a month (strftime): 2026年10月 */
  return g_date_time_format (from, _("%B %Y"));
}

char *
ct_dashboard_period_title (const CtKpiPeriod *period,
                           GTimeZone         *tz)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  char *title = NULL;

  g_return_val_if_fail (period != NULL && tz != NULL, NULL);
  from = ct_dashboard_local (tz, period->from);
  to = ct_dashboard_local (tz, period->to);
  if (g_date_time_get_day_of_month (from) == 1 && g_date_time_get_day_of_month (to) == 1
      && g_date_time_get_hour (from) == 0 && g_date_time_get_hour (to) == 0)
    title = title_for_months (from, (g_date_time_get_year (to) - g_date_time_get_year (from)) * 12
                                    + g_date_time_get_month (to) - g_date_time_get_month (from));
  if (title != NULL)
    return title;
  last = g_date_time_add_seconds (to, -1);
  a = g_date_time_format (from, "%Y-%m-%d");
  b = g_date_time_format (last, "%Y-%m-%d");
  return g_strdup_printf ("%s – %s", a, b);
}
