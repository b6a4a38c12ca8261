/* test-calendar-io.c — holidays and make-up workdays from CSV and iCalendar,
 * export and round trip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-calendar-io.h"
#include "ct-error.h"
#include "ct-test-util.h"

typedef struct
{
  GTimeZone      *tz;
  CtWorkCalendar *cal;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tz = g_time_zone_new_identifier ("Asia/Shanghai");
  f->cal = ct_work_calendar_new_default (f->tz);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->cal);
  g_clear_pointer (&f->tz, g_time_zone_unref);
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static void
import_csv (Fixture    *f,
            const char *text,
            guint       holidays,
            guint       workdays)
{
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  CtCalendarImportCounts counts = { 99, 99 };

  ct_calendar_io_import_csv (f->cal, bytes, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.holidays, ==, holidays);
  g_assert_cmpuint (counts.workdays, ==, workdays);
}

/* Imports @text, which must fail with @code and a message containing @part;
 * the calendar must stay without any day. */
static void
import_fails (Fixture    *f,
              gboolean    ics,
              const char *text,
              int         code,
              const char *part)
{
  g_autoptr(GBytes) bytes = bytes_of (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = NULL;
  gboolean ok = ics ? ct_calendar_io_import_ics (f->cal, bytes, NULL, &error)
                    : ct_calendar_io_import_csv (f->cal, bytes, NULL, &error);

  g_assert_false (ok);
  g_assert_error (error, CT_IMPORT_ERROR, code);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, part);
  days = ct_work_calendar_list_days (f->cal);
  g_assert_cmpuint (days->len, ==, 0);
}

static void
assert_day (Fixture    *f,
            const char *day,
            const char *type,
            const char *name)
{
  g_assert_cmpstr (ct_work_calendar_get_day_type (f->cal, day), ==, type);
  if (type != NULL)
    g_assert_cmpstr (ct_work_calendar_get_day_name (f->cal, day), ==, name);
}

static void
test_csv_chinese (Fixture       *f,
                  gconstpointer  data)
{
  /* BOM, CRLF, a Chinese header, the usual ways of writing dates and types. */
  import_csv (f, "\xEF\xBB\xBF日期,类型,名称\r\n"
                 "2026-02-15,休,春节\r\n"
                 "2026/2/14,班,春节调休\r\n"
                 "2026年2月16日,节假日,\r\n"
                 "2026.2.28,调休上班,春节调休\r\n"
                 "2026-02-17,假\r\n", 3, 2);
  assert_day (f, "2026-02-15", "holiday", "春节");
  assert_day (f, "2026-02-14", "workday", "春节调休");
  assert_day (f, "2026-02-16", "holiday", "");
  assert_day (f, "2026-02-28", "workday", "春节调休");
  assert_day (f, "2026-02-17", "holiday", "");
  assert_day (f, "2026-02-18", NULL, NULL);
}

static void
test_csv_english (Fixture       *f,
                  gconstpointer  data)
{
  /* No header: date, type, name by position. */
  import_csv (f, "2026-10-01,holiday,National Day\n2026-10-10,Workday\n", 1, 1);
  assert_day (f, "2026-10-01", "holiday", "National Day");
  assert_day (f, "2026-10-10", "workday", "");
  /* A header in another order; a later row for the same day renames it. */
  import_csv (f, "Type,Name,Date\nholiday,劳动节,2026-05-01\nholiday,五一,2026-05-01\n", 1, 0);
  assert_day (f, "2026-05-01", "holiday", "五一");
  assert_day (f, "2026-10-01", "holiday", "National Day");
}

static void
test_csv_errors (Fixture       *f,
                 gconstpointer  data)
{
  import_fails (f, FALSE, "2026-02-15,休\n2026-02-30,休\n",
                CT_IMPORT_ERROR_VALUE, "Line 2, column A");
  import_fails (f, FALSE, "date,type\n2026-02-15,holiday\n2026-02-16,周末\n",
                CT_IMPORT_ERROR_VALUE, "Line 3, column B: “周末”");
  import_fails (f, FALSE, "日期,类型,颜色\n2026-02-15,休,红\n",
                CT_IMPORT_ERROR_HEADER, "Line 1, column C: “颜色”");
  import_fails (f, FALSE, "日期,名称\n2026-02-15,春节\n",
                CT_IMPORT_ERROR_HEADER, "Line 1");
  import_fails (f, FALSE, "2026-02-14,休\n2026-02-14,班\n",
                CT_IMPORT_ERROR_VALUE, "Line 2: 2026-02-14");
  import_fails (f, FALSE, "日期,类型\n", CT_IMPORT_ERROR_EMPTY, "");
  import_fails (f, FALSE, "2026-02-15,\xff\xfe\n", CT_IMPORT_ERROR_ENCODING, "");
  import_fails (f, FALSE, "2026-02-15,\"休\n", CT_IMPORT_ERROR_SYNTAX, "");
}

static const char ics_2026[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Holidays//ZH\r\n"
  /* 02-15..02-23: DTEND is exclusive. */
  "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260215\r\nDTEND;VALUE=DATE:20260224\r\n"
  "SUMMARY:春节\r\nEND:VEVENT\r\n"
  /* No DTEND: one day. 班 marks a workday. */
  "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260214\r\nSUMMARY:春节调休上班\r\nEND:VEVENT\r\n"
  "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20260228\r\nSUMMARY:Make-up workday\r\n"
  "END:VEVENT\r\n"
  /* A duration instead of an end: 10-01..10-03. */
  "BEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20261001\r\nDURATION:P3D\r\nSUMMARY:国庆节\r\n"
  "END:VEVENT\r\n"
  /* Cancelled events do not count. */
  "BEGIN:VEVENT\r\nUID:e\r\nDTSTART;VALUE=DATE:20261005\r\nSUMMARY:国庆节\r\n"
  "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = bytes_of (ics_2026);
  g_autoptr(GError) error = NULL;
  CtCalendarImportCounts counts;

  g_assert_true (ct_calendar_io_import_ics (f->cal, bytes, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.holidays, ==, 9 + 3);
  g_assert_cmpuint (counts.workdays, ==, 2);
  assert_day (f, "2026-02-14", "workday", "春节调休上班");
  assert_day (f, "2026-02-15", "holiday", "春节");
  assert_day (f, "2026-02-23", "holiday", "春节");
  assert_day (f, "2026-02-24", NULL, NULL);
  assert_day (f, "2026-02-28", "workday", "Make-up workday");
  assert_day (f, "2026-10-03", "holiday", "国庆节");
  assert_day (f, "2026-10-04", NULL, NULL);
  assert_day (f, "2026-10-05", NULL, NULL);
}

static void
test_ics_errors (Fixture       *f,
                 gconstpointer  data)
{
  import_fails (f, TRUE,
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:元旦\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260215T090000\r\nSUMMARY:春节\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n",
                CT_IMPORT_ERROR_VALUE, "Event “春节” (2026-02-15): only all-day events");
  import_fails (f, TRUE,
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260101\r\n"
                "DTEND;VALUE=DATE:20290101\r\nSUMMARY:长假\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                CT_IMPORT_ERROR_VALUE, "Event “长假” (2026-01-01): the event lasts more than a year");
  import_fails (f, TRUE,
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:无日期\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                CT_IMPORT_ERROR_VALUE, "Event “无日期”: the event has no start date");
  import_fails (f, TRUE, "date,type\n2026-02-15,休\n", CT_IMPORT_ERROR_SYNTAX, "iCalendar");
  import_fails (f, TRUE, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
                CT_IMPORT_ERROR_EMPTY, "");
}

static void
test_export_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CtWorkCalendar) back = ct_work_calendar_new_default (f->tz);
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) back_days = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  ct_work_calendar_set_day (f->cal, "2026-02-15", "holiday", "春节");
  ct_work_calendar_set_day (f->cal, "2026-02-16", "holiday", "");
  ct_work_calendar_set_day (f->cal, "2026-02-14", "workday", "");
  /* A make-up workday whose name has no 班: the type property keeps it. */
  ct_work_calendar_set_day (f->cal, "2026-02-28", "workday", "春节, 第二个");
  text = ct_calendar_io_export_ics (f->cal, CT_TEST_NOW);
  g_assert_nonnull (strstr (text, "DTSTART;VALUE=DATE:20260215\r\n"));
  g_assert_nonnull (strstr (text, "DTEND;VALUE=DATE:20260216\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:休\r\n"));
  g_assert_nonnull (strstr (text, "SUMMARY:班\r\n"));
  g_assert_nonnull (strstr (text, "X-CARETAKER-DAY-TYPE:workday\r\n"));
  g_assert_nonnull (strstr (text, "DTSTAMP:20251121T044000Z\r\n"));

  bytes = bytes_of (text);
  g_assert_true (ct_calendar_io_import_ics (back, bytes, NULL, &error));
  g_assert_no_error (error);
  days = ct_work_calendar_list_days (f->cal);
  back_days = ct_work_calendar_list_days (back);
  g_assert_cmpuint (back_days->len, ==, days->len);
  for (guint i = 0; i < days->len; i++)
    {
      CtCalendarDay *a = days->pdata[i], *b = back_days->pdata[i];

      g_assert_cmpstr (a->day, ==, b->day);
      g_assert_cmpstr (a->type, ==, b->type);
      g_assert_cmpstr (a->name, ==, b->name);
    }
}

static void
test_files (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ct-calio-XXXXXX", NULL);
  const char *names[] = { "days.csv", "days.ics", "days.dat", "out.ics" };
  const char *contents[] = { "2026-01-01,休,元旦\n", ics_2026, ics_2026 };
  guint expected_holidays[] = { 1, 12, 12 };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      CtCalendarImportCounts counts;

      g_assert_true (g_file_set_contents (path, contents[i], -1, NULL));
      g_assert_true (ct_calendar_io_import_file (f->cal, file, &counts, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (counts.holidays, ==, expected_holidays[i]);
    }
  {
    g_autofree char *path = g_build_filename (dir, names[3], NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(CtWorkCalendar) back = ct_work_calendar_new_default (f->tz);
    g_autoptr(GError) error = NULL;
    CtCalendarImportCounts counts;

    g_assert_true (ct_calendar_io_export_file (f->cal, file, CT_TEST_NOW, &error));
    g_assert_no_error (error);
    g_assert_true (ct_calendar_io_import_file (back, file, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.holidays, ==, 13);
    g_assert_cmpuint (counts.workdays, ==, 2);
  }
  ct_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/calendar-io/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("csv-chinese", test_csv_chinese);
  ADD ("csv-english", test_csv_english);
  ADD ("csv-errors", test_csv_errors);
  ADD ("ics", test_ics);
  ADD ("ics-errors", test_ics_errors);
  ADD ("export-round-trip", test_export_round_trip);
  ADD ("files", test_files);
#undef ADD
  return g_test_run ();
}
