/* ct-demo-tickets-time.c — the days of the demo year: local midnights, working
 * hours, when calls come in and when work gets done
 *
 * All of it in the calendar's time zone (the database's, Asia/Shanghai by
 * default), never the machine's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <stdlib.h>

#include "ct-demo-tickets-private.h"

#define MINUTE ((gint64) 60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

/* Days before now that tickets are spread over, and days kept after it. */
#define HISTORY_DAYS 365
#define AFTER_DAYS   3

gint64
ct_demo_uniform (guint64 *rng,
                 gint64   lo,
                 gint64   hi)
{
  g_assert (lo <= hi);
  return lo + (gint64) (ct_demo_rng_next (rng) % (guint64) (hi - lo + 1));
}

void
ct_demo_clock_init (CtDemoClock *clock,
                    GTimeZone   *tz,
                    gint64       now,
                    guint32      seed)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_utc (now - HISTORY_DAYS * DAY);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (first, tz);
  GDate date;

  clock->rng = seed ^ G_GUINT64_CONSTANT (0x5449434B45545321); /* not the organisation's draws */
  clock->now = now;
  clock->n_days = HISTORY_DAYS + 1 + AFTER_DAYS;
  clock->midnights = g_new (gint64, clock->n_days);
  clock->years = g_new (guint16, clock->n_days);
  clock->months = g_new (guint8, clock->n_days);
  clock->weekdays = g_new (guint8, clock->n_days);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  for (guint d = 0; d < clock->n_days; d++, g_date_add_days (&date, 1))
    {
      g_autoptr(GDateTime) midnight = g_date_time_new (tz, g_date_get_year (&date),
                                                       g_date_get_month (&date),
                                                       g_date_get_day (&date), 0, 0, 0);

      clock->midnights[d] = g_date_time_to_unix (midnight);
      clock->years[d] = g_date_get_year (&date);
      clock->months[d] = g_date_get_month (&date);
      clock->weekdays[d] = g_date_get_weekday (&date);
    }
}

void
ct_demo_clock_clear (CtDemoClock *clock)
{
  g_clear_pointer (&clock->midnights, g_free);
  g_clear_pointer (&clock->years, g_free);
  g_clear_pointer (&clock->months, g_free);
  g_clear_pointer (&clock->weekdays, g_free);
  clock->n_days = 0;
}

guint
ct_demo_day_of (const CtDemoClock *clock,
                gint64             at)
{
  guint lo = 0, hi = clock->n_days;

  /* The last day whose midnight is at or before @at. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (clock->midnights[mid] <= at)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

guint
ct_demo_minute_of (const CtDemoClock *clock,
                   gint64             at)
{
  gint64 since = at - clock->midnights[ct_demo_day_of (clock, at)];

  return (guint) CLAMP (since / MINUTE, 0, 24 * 60 - 1);
}

gint64
ct_demo_in_hours (CtDemoClock *clock,
                  gint64       at,
                  guint        open,
                  guint        close,
                  gint64       spread)
{
  guint day = ct_demo_day_of (clock, at);
  guint minute = ct_demo_minute_of (clock, at);

  if (minute >= open && minute < close)
    return at;
  if (minute >= close)
    day++;
  /* Past the last day known: after now in any case. */
  if (day >= clock->n_days || at < clock->midnights[0])
    return at + DAY;
  return clock->midnights[day] + open * MINUTE + ct_demo_uniform (&clock->rng, 0, spread);
}

gint64
ct_demo_schedule (CtDemoClock *clock,
                  gint64       earliest,
                  gint64       wanted,
                  gint64       due,
                  gboolean     late,
                  gint64       late_min,
                  gint64       late_max)
{
  gint64 late_at;

  if (due == 0)
    return MAX (earliest, wanted);
  if (late)
    {
      /* One draw: MAX() evaluates its arguments twice. */
      late_at = due + ct_demo_uniform (&clock->rng, late_min, late_max);
      return MAX (earliest, late_at);
    }
  if (wanted > due - MINUTE)
    wanted = earliest + ct_demo_uniform (&clock->rng, 0, MAX (0, due - MINUTE - earliest));
  return MAX (earliest, wanted);
}

static int
compare_times (const void *a,
               const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Cumulative weights of the hours from the first midnight to now. */
static guint64 *
hour_weights (const CtDemoClock *clock,
              guint             *n_hours)
{
  guint last_day = ct_demo_day_of (clock, clock->now);
  guint64 *cumulative = g_new (guint64, (last_day + 1) * 24);
  guint64 total = 0;
  guint n = 0;

  for (guint d = 0; d <= last_day; d++)
    for (guint h = 0; h < 24 && clock->midnights[d] + h * HOUR < clock->now; h++)
      {
        total += ct_demo_weekday_weights[clock->weekdays[d]] * ct_demo_hour_weights[h];
        cumulative[n++] = total;
      }
  *n_hours = n;
  return cumulative;
}

static guint
find_hour (const guint64 *cumulative,
           guint          n,
           guint64        roll)
{
  guint lo = 0, hi = n - 1;

  /* The first hour whose cumulative weight exceeds @roll. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (cumulative[mid] > roll)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lo;
}

gint64 *
ct_demo_draw_times (CtDemoClock *clock,
                    guint        n)
{
  guint n_hours;
  g_autofree guint64 *cumulative = hour_weights (clock, &n_hours);
  gint64 *times = g_new (gint64, MAX (n, 1));

  g_assert (n_hours > 0);
  for (guint i = 0; i < n; i++)
    {
      gint64 at;

      do
        {
          guint hour = find_hour (cumulative, n_hours,
                                  ct_demo_rng_next (&clock->rng) % cumulative[n_hours - 1]);

          at = clock->midnights[hour / 24] + (hour % 24) * HOUR +
               ct_demo_uniform (&clock->rng, 0, HOUR - 1);
        }
      while (at >= clock->now);
      times[i] = at;
    }
  qsort (times, n, sizeof *times, compare_times);
  return times;
}
