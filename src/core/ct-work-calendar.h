/* ct-work-calendar.h — business hours, holidays and make-up workdays (调休)
 *
 * A calendar belongs to a site, or is the company calendar (site_id NULL, id 1)
 * that sites without their own use. All arithmetic happens in the database's
 * time zone (setting "time_zone", default Asia/Shanghai), never the machine's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

typedef enum
{
  CT_SLA_CLOCK_24X7,      /* wall-clock minutes */
  CT_SLA_CLOCK_BUSINESS,  /* minutes inside business hours */
  CT_SLA_CLOCK_WORKDAYS,  /* days, each the business minutes of a normal weekday */
} CtSlaClock;

/* "24x7", "business", "workdays" ↔ the enum; FALSE for other text. */
gboolean    ct_sla_clock_from_string (const char *text,
                                      CtSlaClock *clock);
const char *ct_sla_clock_to_string   (CtSlaClock  clock);

typedef struct
{
  int start_minute;   /* minutes after local midnight, 0–1440 */
  int end_minute;
} CtWorkSpan;

#define CT_TYPE_WORK_CALENDAR (ct_work_calendar_get_type ())
G_DECLARE_FINAL_TYPE (CtWorkCalendar, ct_work_calendar, CT, WORK_CALENDAR, GObject)

/* The zone named by the setting "time_zone" (default Asia/Shanghai). Fails,
 * never falls back to UTC, when this machine does not know it (install tzdata). */
GTimeZone      *ct_work_calendar_load_time_zone (CtDatabase    *db,
                                                 GError       **error);

/* The calendar of @site_id (0 = the company calendar), falling back to the
 * company calendar when the site has none. Fails when the time zone setting
 * names no zone known to this machine (install tzdata). */
CtWorkCalendar *ct_work_calendar_load          (CtDatabase     *db,
                                                gint64          site_id,
                                                GError        **error);
/* A calendar not backed by a file, for tests and previews: Monday–Friday
 * 08:30–12:00 and 13:30–18:00 in @tz. */
CtWorkCalendar *ct_work_calendar_new_default   (GTimeZone      *tz);
GTimeZone      *ct_work_calendar_get_timezone  (CtWorkCalendar *self);
gint64          ct_work_calendar_get_id        (CtWorkCalendar *self);
/* The site the calendar belongs to, 0 for the company calendar. Setting
 * another site makes this a new calendar (id 0) of that site, with the same
 * hours and days, that ct_work_calendar_save() creates. */
gint64          ct_work_calendar_get_site_id   (CtWorkCalendar *self);
void            ct_work_calendar_set_site_id   (CtWorkCalendar *self,
                                                gint64          site_id);
/* FALSE with CT_STORE_ERROR_INVALID unless @spans are at most two, sorted,
 * not overlapping, within 0–1440 and each non-empty. */
gboolean        ct_work_calendar_check_spans   (const CtWorkSpan *spans,
                                                guint           n_spans,
                                                GError        **error);

/* Hours of ISO weekday 1 (Monday) … 7; at most two spans, sorted, not
 * overlapping. */
guint           ct_work_calendar_get_spans     (CtWorkCalendar *self,
                                                int             weekday,
                                                CtWorkSpan      spans[2]);
void            ct_work_calendar_set_spans     (CtWorkCalendar *self,
                                                int             weekday,
                                                const CtWorkSpan *spans,
                                                guint           n_spans);
/* "holiday", "workday" or NULL for an ordinary day; @day is YYYY-MM-DD. */
const char     *ct_work_calendar_get_day_type  (CtWorkCalendar *self,
                                                const char     *day);
void            ct_work_calendar_set_day       (CtWorkCalendar *self,
                                                const char     *day,
                                                const char     *type,   /* NULL removes */
                                                const char     *name);
/* The name given to @day ("春节"), "" if none, NULL for an ordinary day. */
const char     *ct_work_calendar_get_day_name  (CtWorkCalendar *self,
                                                const char     *day);

typedef struct
{
  char       *day;    /* YYYY-MM-DD */
  const char *type;   /* "holiday" or "workday" */
  char       *name;
} CtCalendarDay;

/* Every holiday and make-up workday, sorted by date: a GPtrArray of
 * CtCalendarDay that frees its elements. */
GPtrArray      *ct_work_calendar_list_days     (CtWorkCalendar *self);

/* Business minutes of a normal weekday (Monday's hours): one "working day". */
gint64          ct_work_calendar_workday_minutes (CtWorkCalendar *self);

/* The instant @amount of @clock after @start (UTC seconds). On the business
 * clock, time outside business hours does not count; a start outside hours
 * begins counting at the next opening. Returns 0 (no deadline) when the
 * calendar has no working time for ten years. Not thread-safe: the calendar
 * caches day spans; use one calendar per thread. */
gint64          ct_work_calendar_add           (CtWorkCalendar *self,
                                                gint64          start,
                                                gint64          amount,
                                                CtSlaClock      clock);
/* Minutes of @clock in [@from, @to) (CT_SLA_CLOCK_WORKDAYS counts business
 * minutes). */
gint64          ct_work_calendar_minutes_between (CtWorkCalendar *self,
                                                gint64          from,
                                                gint64          to,
                                                CtSlaClock      clock);

/* Writes hours and days back to the file (audited). */
gboolean        ct_work_calendar_save          (CtWorkCalendar *self,
                                                CtDatabase     *db,
                                                const char     *actor,
                                                GError        **error);

G_END_DECLS
