/* test-calendar-db.c — loading and saving work calendars, site calendars, the
 * time zone setting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-site.h"
#include "ct-test-util.h"
#include "ct-work-calendar.h"

typedef CtTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-cal-XXXXXX", "cal.db");
  ct_test_fixture_open_organisation (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

static CtWorkCalendar *
load (CtDatabase *db,
      gint64      site_id)
{
  g_autoptr(GError) error = NULL;
  CtWorkCalendar *cal = ct_work_calendar_load (db, site_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (cal);
  return cal;
}

static void
save (CtWorkCalendar *cal,
      CtDatabase     *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_work_calendar_save (cal, db, "李强", &error));
  g_assert_no_error (error);
}

static gint64
site_new (Fixture    *f,
          const char *code,
          const char *name)
{
  g_autoptr(CtSite) site = ct_site_new (code, name);
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (f->org), CT_RECORD (site),
                                         "李强", &error));
  g_assert_no_error (error);
  return ct_record_get_id (CT_RECORD (site));
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = ct_database_prepare (f->db, sql, NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
set_zone (Fixture    *f,
          const char *zone)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_database_set_setting (f->db, "李强", "time_zone", zone, &error));
  g_assert_no_error (error);
}

static void
test_company_default (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) cal = load (f->db, 0);
  CtWorkSpan spans[2];

  /* The migration's calendar 1: Monday–Friday 08:30–12:00, 13:30–18:00. */
  g_assert_cmpint (ct_work_calendar_get_id (cal), ==, 1);
  g_assert_cmpint (ct_work_calendar_get_site_id (cal), ==, 0);
  g_assert_cmpuint (ct_work_calendar_get_spans (cal, 5, spans), ==, 2);
  g_assert_cmpint (spans[1].start_minute, ==, 810);
  g_assert_cmpuint (ct_work_calendar_get_spans (cal, 7, spans), ==, 0);
  g_assert_cmpint (ct_work_calendar_workday_minutes (cal), ==, 480);
  g_assert_cmpstr (g_time_zone_get_identifier (ct_work_calendar_get_timezone (cal)),
                   ==, "Asia/Shanghai");
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) cal = load (f->db, 0);
  g_autoptr(CtWorkCalendar) back = NULL;
  g_autoptr(CtDatabase) db2 = NULL;
  g_autoptr(GPtrArray) days = NULL;
  const CtWorkSpan saturday[1] = { { 540, 720 } };
  CtWorkSpan spans[2];

  ct_work_calendar_set_spans (cal, 6, saturday, 1);
  ct_work_calendar_set_day (cal, "2026-02-16", "holiday", "春节");
  ct_work_calendar_set_day (cal, "2026-02-14", "workday", "");
  save (cal, f->db);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'calendar' "
                             "AND entity_id = 1 AND action = 'update'"), ==, 1);

  /* Another connection reads what was written. */
  db2 = ct_test_open (f->path, CT_DATABASE_OPEN_DEFAULT, f->clock);
  back = load (db2, 0);
  g_assert_cmpuint (ct_work_calendar_get_spans (back, 6, spans), ==, 1);
  g_assert_cmpint (spans[0].start_minute, ==, 540);
  g_assert_cmpint (spans[0].end_minute, ==, 720);
  days = ct_work_calendar_list_days (back);
  g_assert_cmpuint (days->len, ==, 2);
  g_assert_cmpstr (((CtCalendarDay *) days->pdata[0])->day, ==, "2026-02-14");
  g_assert_cmpstr (((CtCalendarDay *) days->pdata[0])->type, ==, "workday");
  g_assert_cmpstr (((CtCalendarDay *) days->pdata[1])->name, ==, "春节");

  /* Removing a day and saving again removes it from the file. */
  ct_work_calendar_set_day (back, "2026-02-14", NULL, NULL);
  save (back, db2);
  g_clear_object (&cal);
  cal = load (f->db, 0);
  g_assert_null (ct_work_calendar_get_day_type (cal, "2026-02-14"));
  g_assert_cmpstr (ct_work_calendar_get_day_type (cal, "2026-02-16"), ==, "holiday");
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) a = load (f->db, 0);
  g_autoptr(CtWorkCalendar) b = load (f->db, 0);
  g_autoptr(CtWorkCalendar) back = NULL;
  g_autoptr(GError) error = NULL;

  ct_work_calendar_set_day (a, "2026-10-01", "holiday", "国庆节");
  save (a, f->db);
  ct_work_calendar_set_day (b, "2026-10-02", "holiday", "国庆节");
  g_assert_false (ct_work_calendar_save (b, f->db, "王芳", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  back = load (f->db, 0);
  g_assert_null (ct_work_calendar_get_day_type (back, "2026-10-02"));
  /* Saving again after a successful save needs no reload. */
  ct_work_calendar_set_day (a, "2026-10-03", "holiday", "国庆节");
  save (a, f->db);
}

static void
test_no_monday (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) cal = load (f->db, 0);
  g_autoptr(GError) error = NULL;

  ct_work_calendar_set_spans (cal, 1, NULL, 0);
  g_assert_false (ct_work_calendar_save (cal, f->db, "李强", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

static void
test_site_calendar (Fixture       *f,
                    gconstpointer  data)
{
  gint64 site = site_new (f, "S1", "锦绣花园");
  gint64 other = site_new (f, "S2", "翠湖苑");
  g_autoptr(CtWorkCalendar) cal = load (f->db, site);
  g_autoptr(CtWorkCalendar) company = NULL;
  g_autoptr(CtWorkCalendar) fallback = NULL;
  const CtWorkSpan saturday[1] = { { 540, 1020 } };

  /* A site without a calendar of its own uses the company calendar. */
  g_assert_cmpint (ct_work_calendar_get_id (cal), ==, 1);
  ct_work_calendar_set_site_id (cal, site);
  g_assert_cmpint (ct_work_calendar_get_id (cal), ==, 0);
  ct_work_calendar_set_spans (cal, 6, saturday, 1);
  save (cal, f->db);
  g_assert_cmpint (ct_work_calendar_get_id (cal), >, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_log WHERE entity = 'calendar' "
                             "AND action = 'insert'"), ==, 1);

  g_clear_object (&cal);
  cal = load (f->db, site);
  g_assert_cmpint (ct_work_calendar_get_site_id (cal), ==, site);
  g_assert_cmpint (ct_work_calendar_workday_minutes (cal), ==, 480);
  g_assert_cmpuint (ct_work_calendar_get_spans (cal, 6, (CtWorkSpan[2]) { 0 }), ==, 1);
  company = load (f->db, 0);
  g_assert_cmpuint (ct_work_calendar_get_spans (company, 6, (CtWorkSpan[2]) { 0 }), ==, 0);
  fallback = load (f->db, other);
  g_assert_cmpint (ct_work_calendar_get_id (fallback), ==, 1);
}

static void
test_other_zone (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) cal = NULL;
  g_autoptr(CtWorkCalendar) taipei = NULL;

  /* Europe/Berlin: UTC+1 in winter, UTC+2 from Sunday 2026-03-29. */
  set_zone (f, "Europe/Berlin");
  cal = load (f->db, 0);
  /* Mon 2026-01-05 08:00 Berlin = 07:00 UTC (1767596400); + 30 business
   * minutes = 09:00 Berlin = 08:00 UTC. In Shanghai it would be 15:00 local,
   * inside hours, and give 07:30 UTC. */
  g_assert_cmpint (ct_work_calendar_add (cal, 1767596400, 30, CT_SLA_CLOCK_BUSINESS),
                   ==, 1767596400 + 3600);
  /* Fri 2026-03-27 17:30 CET = 16:30 UTC (1774629000); + 60: 30 on Friday,
   * Mon 03-30 08:30 CEST = 06:30 UTC + 30 = 07:00 UTC (1774854000). */
  g_assert_cmpint (ct_work_calendar_add (cal, 1774629000, 60, CT_SLA_CLOCK_BUSINESS),
                   ==, 1774854000);
  g_assert_cmpint (ct_work_calendar_minutes_between (cal, 1774629000, 1774854000,
                                                     CT_SLA_CLOCK_BUSINESS), ==, 60);

  /* Asia/Taipei is UTC+8 like Shanghai, but named by the setting. */
  set_zone (f, "Asia/Taipei");
  taipei = load (f->db, 0);
  g_assert_cmpstr (g_time_zone_get_identifier (ct_work_calendar_get_timezone (taipei)),
                   ==, "Asia/Taipei");
}

static void
test_unknown_zone (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtWorkCalendar) cal = NULL;

  set_zone (f, "Mars/Olympus_Mons");
  cal = ct_work_calendar_load (f->db, 0, &error);
  g_assert_null (cal);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_assert_nonnull (strstr (error->message, "tzdata"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/calendar-db/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("company-default", test_company_default);
  ADD ("round-trip", test_round_trip);
  ADD ("conflict", test_conflict);
  ADD ("no-monday", test_no_monday);
  ADD ("site-calendar", test_site_calendar);
  ADD ("other-zone", test_other_zone);
  ADD ("unknown-zone", test_unknown_zone);
#undef ADD
  return g_test_run ();
}
