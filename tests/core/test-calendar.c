/* test-calendar.c — business hours, holidays, make-up days and the SLA clocks
 *
 * The default calendar: Monday–Friday 08:30–12:00 and 13:30–18:00 (480
 * business minutes a day). Weekdays of the dates used: 2025-12-31 Wed,
 * 2026-01-01 Thu, 2026-01-04 Sun, 2026-01-05 Mon, 2026-01-09 Fri,
 * 2026-02-13 Fri, 2026-02-14 Sat, 2026-02-25 Wed, 2026-02-27 Fri,
 * 2026-02-28 Sat, 2026-03-27 Fri, 2026-03-30 Mon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-error.h"
#include "ct-test-util.h"
#include "ct-work-calendar.h"

#define BUSINESS CT_SLA_CLOCK_BUSINESS
#define WALL     CT_SLA_CLOCK_24X7
#define WORKDAYS CT_SLA_CLOCK_WORKDAYS

typedef struct
{
  GTimeZone      *tz;
  CtWorkCalendar *cal;
} Fixture;

/* Minutes of @clock from @from to @to, local "2026-01-05 12:10" times. */
static gint64
between (Fixture    *f,
         const char *from,
         const char *to,
         CtSlaClock  clock)
{
  return ct_work_calendar_minutes_between (f->cal, ct_test_at (f->tz, from),
                                           ct_test_at (f->tz, to), clock);
}

#define assert_add(f, start, amount, clock, expected) \
  G_STMT_START { \
    g_autofree char *got = ct_test_show ((f)->tz, \
                                         ct_work_calendar_add ((f)->cal, \
                                                               ct_test_at ((f)->tz, start), \
                                                               amount, clock)); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

/* The real 2026 holidays around New Year and the Spring Festival. */
static void
add_2026_days (CtWorkCalendar *cal)
{
  const char *holidays[] = { "2026-01-01", "2026-01-02", "2026-01-03" };

  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    ct_work_calendar_set_day (cal, holidays[i], "holiday", "元旦");
  ct_work_calendar_set_day (cal, "2026-01-04", "workday", "元旦调休");
  ct_test_add_spring_festival (cal);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_assert_nonnull (f->tz);
  f->cal = ct_work_calendar_new_default (f->tz);
  add_2026_days (f->cal);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->cal);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

static void
test_defaults (Fixture       *f,
               gconstpointer  data)
{
  CtWorkSpan spans[2];

  g_assert_cmpuint (ct_work_calendar_get_spans (f->cal, 1, spans), ==, 2);
  g_assert_cmpint (spans[0].start_minute, ==, 510);
  g_assert_cmpint (spans[1].end_minute, ==, 1080);
  g_assert_cmpuint (ct_work_calendar_get_spans (f->cal, 6, spans), ==, 0);
  g_assert_cmpint (ct_work_calendar_workday_minutes (f->cal), ==, 480);
  g_assert_cmpstr (ct_work_calendar_get_day_type (f->cal, "2026-02-16"), ==, "holiday");
  g_assert_cmpstr (ct_work_calendar_get_day_type (f->cal, "2026-02-14"), ==, "workday");
  g_assert_cmpstr (ct_work_calendar_get_day_name (f->cal, "2026-02-14"), ==, "春节调休");
  g_assert_null (ct_work_calendar_get_day_type (f->cal, "2026-02-24"));
  g_assert_null (ct_work_calendar_get_day_type (f->cal, "2026-2-24"));
}

static void
test_zone (Fixture       *f,
           gconstpointer  data)
{
  /* 2026-01-05 08:30 in Shanghai (UTC+8, no DST) is 00:30 UTC = 1767573000. */
  g_assert_cmpint (ct_test_at (f->tz, "2026-01-05 08:30"), ==, 1767573000);
  /* From Monday 00:00 local, 1 business minute ends at 08:31 local = 00:31 UTC. */
  g_assert_cmpint (ct_work_calendar_add (f->cal, 1767573000 - 510 * 60, 1, BUSINESS),
                   ==, 1767573000 + 60);
}

static void
test_zone_west (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(CtWorkCalendar) cal = NULL;
  /* Mon 2026-01-05 17:00 in Los Angeles (UTC−8 in winter) is already
   * Tuesday 01:00 UTC (1767661200): the local day, Monday, must count. */
  gint64 monday_17 = 1767661200;

  g_assert_nonnull (tz);
  cal = ct_work_calendar_new_default (tz);
  g_assert_cmpint (ct_work_calendar_add (cal, monday_17, 30, BUSINESS), ==, monday_17 + 1800);
  g_assert_cmpint (ct_work_calendar_minutes_between (cal, monday_17, monday_17 + 1800, BUSINESS),
                   ==, 30);
  /* 90 minutes: 60 on Monday, Tuesday 08:30 + 30 = 09:00 PST = 17:00 UTC. */
  g_assert_cmpint (ct_work_calendar_add (cal, monday_17, 90, BUSINESS),
                   ==, monday_17 + 16 * 3600);
}

static void
test_lunch (Fixture       *f,
            gconstpointer  data)
{
  /* 12:10 is in the lunch break: counting starts at 13:30, 13:30 + 30 = 14:00. */
  assert_add (f, "2026-01-05 12:10", 30, BUSINESS, "2026-01-05 14:00");
  /* 11:50: 10 minutes before lunch, 20 after it: 13:50. */
  assert_add (f, "2026-01-05 11:50", 30, BUSINESS, "2026-01-05 13:50");
  /* Ending exactly at noon stays at noon. */
  assert_add (f, "2026-01-05 11:30", 30, BUSINESS, "2026-01-05 12:00");
  g_assert_cmpint (between (f, "2026-01-05 11:00", "2026-01-05 14:00", BUSINESS), ==, 60 + 30);
}

static void
test_nights (Fixture       *f,
             gconstpointer  data)
{
  /* 17:50: 10 minutes today, 20 from 08:30 tomorrow. */
  assert_add (f, "2026-01-05 17:50", 30, BUSINESS, "2026-01-06 08:50");
  /* Evening and small hours begin at the next opening. */
  assert_add (f, "2026-01-05 20:00", 30, BUSINESS, "2026-01-06 09:00");
  assert_add (f, "2026-01-06 03:00", 30, BUSINESS, "2026-01-06 09:00");
  /* A full day from 08:30 ends at 18:00 the same day, not 08:30 the next. */
  assert_add (f, "2026-01-06 08:30", 480, BUSINESS, "2026-01-06 18:00");
  g_assert_cmpint (between (f, "2026-01-05 17:00", "2026-01-06 09:00", BUSINESS), ==, 60 + 30);
}

static void
test_weekend_and_clocks (Fixture       *f,
                         gconstpointer  data)
{
  /* Friday 17:00 + 120: 60 on Friday, the weekend does not count, Monday 09:30. */
  assert_add (f, "2026-01-09 17:00", 120, BUSINESS, "2026-01-12 09:30");
  /* The same target on the 24×7 clock is two wall-clock hours. */
  assert_add (f, "2026-01-09 17:00", 120, WALL, "2026-01-09 19:00");
  /* Saturday and Sunday count on 24×7, not on business time. */
  g_assert_cmpint (between (f, "2026-01-10 00:00", "2026-01-12 00:00", WALL), ==, 2 * 1440);
  g_assert_cmpint (between (f, "2026-01-10 00:00", "2026-01-12 00:00", BUSINESS), ==, 0);
  /* Reversed bounds give a negative count. */
  g_assert_cmpint (between (f, "2026-01-12 09:30", "2026-01-09 17:00", BUSINESS), ==, -120);
}

static void
test_holiday_and_makeup (Fixture       *f,
                         gconstpointer  data)
{
  /* Wed 12-31 17:30 + 60: 30 on Wednesday; Thu–Sat 01-01..03 are 元旦;
   * Sunday 01-04 is a make-up workday with Monday's hours: 08:30 + 30. */
  assert_add (f, "2025-12-31 17:30", 60, BUSINESS, "2026-01-04 09:00");
  /* Fri 02-27 17:00 + 1 working day (480): 60 on Friday, 420 on the make-up
   * Saturday 02-28: 210 in the morning, 210 after 13:30 = 17:00. */
  assert_add (f, "2026-02-27 17:00", 1, WORKDAYS, "2026-02-28 17:00");
  /* Without the make-up day, Saturday is an ordinary weekend day. */
  ct_work_calendar_set_day (f->cal, "2026-02-28", NULL, NULL);
  assert_add (f, "2026-02-27 17:00", 1, WORKDAYS, "2026-03-02 17:00");
}

static void
test_spring_festival (Fixture       *f,
                      gconstpointer  data)
{
  /* A complaint on Fri 2026-02-13 10:00 with 3 working days (1440 minutes):
   * Fri 10:00–12:00 + 13:30–18:00 = 390; make-up Sat 02-14 = 480 (870);
   * 02-15..02-23 春节 = 0; Tue 02-24 = 480 (1350); Wed 02-25 needs 90 more:
   * 08:30 + 90 = 10:00. */
  assert_add (f, "2026-02-13 10:00", 3, WORKDAYS, "2026-02-25 10:00");
  g_assert_cmpint (between (f, "2026-02-13 10:00", "2026-02-25 10:00", WORKDAYS), ==, 1440);
  /* 24×7 ignores holidays: three days are 72 hours. */
  assert_add (f, "2026-02-13 10:00", 3 * 1440, WALL, "2026-02-16 10:00");
}

static void
test_add_between_property (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260215);
  gint64 year_start = ct_test_at (f->tz, "2026-01-01 00:00");
  guint checked = 0;

  while (checked < 2000)
    {
      gint64 t = year_start + g_rand_int_range (rand, 0, 365 * 1440) * (gint64) 60
                 + g_rand_int_range (rand, 0, 60);
      gint64 m = g_rand_int_range (rand, 0, 6000);
      gint64 end;

      /* t inside business hours: one business minute from t ends 60 s later. */
      if (ct_work_calendar_add (f->cal, t, 1, BUSINESS) != t + 60)
        continue;
      end = ct_work_calendar_add (f->cal, t, m, BUSINESS);
      g_assert_cmpint (ct_work_calendar_minutes_between (f->cal, t, end, BUSINESS), ==, m);
      g_assert_cmpint (ct_work_calendar_add (f->cal, t, m + 1, BUSINESS), >, end);
      g_assert_cmpint (ct_work_calendar_minutes_between (f->cal, t, t + m * 60, WALL), ==, m);
      checked++;
    }
}

static void
test_no_hours (Fixture       *f,
               gconstpointer  data)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    ct_work_calendar_set_spans (f->cal, weekday, NULL, 0);
  g_assert_cmpint (ct_work_calendar_workday_minutes (f->cal), ==, 0);
  /* No working time at all: no deadline, and no endless loop. */
  g_assert_cmpint (ct_work_calendar_add (f->cal, ct_test_at (f->tz, "2026-01-05 09:00"), 30,
                                         BUSINESS), ==, 0);
}

static void
test_check_spans (void)
{
  const CtWorkSpan good[2] = { { 0, 600 }, { 600, 1440 } };
  const CtWorkSpan overlap[2] = { { 510, 800 }, { 700, 1080 } };
  const CtWorkSpan empty[1] = { { 600, 600 } };
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_work_calendar_check_spans (good, 2, NULL));
  g_assert_false (ct_work_calendar_check_spans (overlap, 2, NULL));
  g_assert_false (ct_work_calendar_check_spans (empty, 1, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/calendar/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("defaults", test_defaults);
  ADD ("zone", test_zone);
  ADD ("lunch", test_lunch);
  ADD ("nights", test_nights);
  ADD ("weekend-and-clocks", test_weekend_and_clocks);
  ADD ("holiday-and-makeup", test_holiday_and_makeup);
  ADD ("spring-festival", test_spring_festival);
  ADD ("add-between-property", test_add_between_property);
  ADD ("no-hours", test_no_hours);
#undef ADD
  g_test_add_func ("/calendar/check-spans", test_check_spans);
  g_test_add_func ("/calendar/zone-west", test_zone_west);
  return g_test_run ();
}
