/* ct-work-calendar-time.c — the arithmetic of the SLA clocks
 *
 * Time is walked a day at a time: each local day's working spans are turned
 * into UTC instants once and cached, so adding three working days to a ticket
 * costs a few hash lookups, not thousands of minute steps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-work-calendar"

#include "config.h"

#include "ct-work-calendar-private.h"

/* A run of days without any working time longer than this means the calendar
 * has no working time at all: give up instead of walking forever. */
#define MAX_IDLE_DAYS 3660

typedef struct
{
  guint  n;              /* working spans of the day, in UTC seconds */
  gint64 span_start[2];
  gint64 span_end[2];
} DayInfo;

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int
weekday_of (gint64 day)
{
  /* 1970-01-01 was a Thursday (ISO 4). */
  return (int) ((day + 3) - floor_div (day + 3, 7) * 7) + 1;
}

GDate
ct_work_calendar_date_of (gint64 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 1970);
  if (day >= 0)
    g_date_add_days (&date, (guint) day);
  else
    g_date_subtract_days (&date, (guint) -day);
  return date;
}

static gint64
local_instant (CtWorkCalendar *self,
               gint64          day,
               int             minute)
{
  GDate date = ct_work_calendar_date_of (day + minute / 1440);
  g_autoptr(GDateTime) dt = NULL;

  minute %= 1440;
  dt = g_date_time_new (self->tz, g_date_get_year (&date), g_date_get_month (&date),
                        g_date_get_day (&date), minute / 60, minute % 60, 0);
  return g_date_time_to_unix (dt);
}

static gint64
day_of (CtWorkCalendar *self,
        gint64          instant)
{
  int interval = g_time_zone_find_interval (self->tz, G_TIME_TYPE_UNIVERSAL, instant);
  gint64 local = instant + g_time_zone_get_offset (self->tz, MAX (interval, 0));

  return floor_div (local, 86400);
}

static guint
spans_of_day (CtWorkCalendar *self,
              gint64          day,
              const CtWorkSpan **spans)
{
  CtWorkDay *entry = g_hash_table_lookup (self->days, GINT_TO_POINTER ((int) day));
  int weekday = weekday_of (day);

  if (entry != NULL && g_str_equal (entry->type, "holiday"))
    return 0;
  if (entry != NULL)
    weekday = 1;
  *spans = self->spans[weekday];
  return self->n_spans[weekday];
}

static const DayInfo *
day_info (CtWorkCalendar *self,
          gint64          day)
{
  DayInfo *info = g_hash_table_lookup (self->cache, GINT_TO_POINTER ((int) day));
  const CtWorkSpan *spans = NULL;

  if (info != NULL)
    return info;
  info = g_new0 (DayInfo, 1);
  info->n = spans_of_day (self, day, &spans);
  for (guint i = 0; i < info->n; i++)
    {
      info->span_start[i] = local_instant (self, day, spans[i].start_minute);
      info->span_end[i] = local_instant (self, day, spans[i].end_minute);
    }
  g_hash_table_insert (self->cache, GINT_TO_POINTER ((int) day), info);
  return info;
}

static gint64
business_add (CtWorkCalendar *self,
              gint64          start,
              gint64          seconds)
{
  gint64 day = day_of (self, start);
  guint idle = 0;

  while (idle < MAX_IDLE_DAYS)
    {
      const DayInfo *info = day_info (self, day++);

      idle = info->n == 0 ? idle + 1 : 0;
      for (guint i = 0; i < info->n; i++)
        {
          gint64 from = MAX (start, info->span_start[i]);
          gint64 available = info->span_end[i] - from;

          if (available <= 0)
            continue;
          if (seconds <= available)
            return from + seconds;
          seconds -= available;
        }
    }
  return 0;
}

static gint64
business_between (CtWorkCalendar *self,
                  gint64          from,
                  gint64          to)
{
  gint64 last = day_of (self, to);
  gint64 sum = 0;

  for (gint64 day = day_of (self, from); day <= last; day++)
    {
      const DayInfo *info = day_info (self, day);

      for (guint i = 0; i < info->n; i++)
        {
          gint64 lo = MAX (from, info->span_start[i]);
          gint64 hi = MIN (to, info->span_end[i]);

          sum += MAX (hi - lo, 0);
        }
    }
  return sum;
}

/* Private API */

void
ct_work_calendar_invalidate (CtWorkCalendar *self)
{
  g_hash_table_remove_all (self->cache);
}

gint64
ct_work_calendar_add_seconds (CtWorkCalendar *self,
                              gint64          start,
                              gint64          seconds,
                              CtSlaClock      clock)
{
  if (clock == CT_SLA_CLOCK_24X7)
    return start + seconds;
  if (seconds <= 0)
    return start;
  return business_add (self, start, seconds);
}

gint64
ct_work_calendar_seconds_between (CtWorkCalendar *self,
                                  gint64          from,
                                  gint64          to,
                                  CtSlaClock      clock)
{
  if (clock == CT_SLA_CLOCK_24X7)
    return to - from;
  if (to < from)
    return -business_between (self, to, from);
  return business_between (self, from, to);
}

/* Public API */

gint64
ct_work_calendar_add (CtWorkCalendar *self,
                      gint64          start,
                      gint64          amount,
                      CtSlaClock      clock)
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);

  switch (clock)
    {
    case CT_SLA_CLOCK_WORKDAYS:
      amount *= ct_work_calendar_workday_minutes (self);
      return ct_work_calendar_add_seconds (self, start, amount * 60, CT_SLA_CLOCK_BUSINESS);
    case CT_SLA_CLOCK_BUSINESS:
    case CT_SLA_CLOCK_24X7:
    default:
      return ct_work_calendar_add_seconds (self, start, amount * 60, clock);
    }
}

gint64
ct_work_calendar_minutes_between (CtWorkCalendar *self,
                                  gint64          from,
                                  gint64          to,
                                  CtSlaClock      clock)
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);

  if (clock == CT_SLA_CLOCK_WORKDAYS)
    clock = CT_SLA_CLOCK_BUSINESS;
  return ct_work_calendar_seconds_between (self, from, to, clock) / 60;
}
