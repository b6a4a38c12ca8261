/* ct-work-calendar-private.h — calendar internals shared by its load/save code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-work-calendar.h"

G_BEGIN_DECLS

/* A holiday or make-up workday in CtWorkCalendar.days. */
typedef struct
{
  const char *type;   /* "holiday" or "workday" (static) */
  char       *name;
} CtWorkDay;

struct _CtWorkCalendar
{
  GObject     parent_instance;

  GTimeZone  *tz;
  gint64      id;         /* 0 = not saved yet */
  gint64      site_id;    /* 0 = the company calendar */
  gint64      version;
  char       *name;
  CtWorkSpan  spans[8][2];   /* [weekday 1–7] */
  guint       n_spans[8];
  GHashTable *days;       /* unix day number → CtWorkDay */
  GHashTable *cache;      /* unix day number → DayInfo, rebuilt on change */
  char       *saved_json; /* the state last loaded or saved, for the audit log */
};

/* Seconds variants of ct_work_calendar_add() and _minutes_between() on the
 * business clock (CT_SLA_CLOCK_WORKDAYS is the caller's business). */
gint64  ct_work_calendar_add_seconds     (CtWorkCalendar *self,
                                          gint64          start,
                                          gint64          seconds,
                                          CtSlaClock      clock);
gint64  ct_work_calendar_seconds_between (CtWorkCalendar *self,
                                          gint64          from,
                                          gint64          to,
                                          CtSlaClock      clock);
/* Drops the cached day spans after hours, days or the zone changed. */
void    ct_work_calendar_invalidate      (CtWorkCalendar *self);
/* Days since 1970-01-01 of "YYYY-MM-DD" (strict), or FALSE. */
gboolean ct_work_calendar_parse_day_number (const char   *day,
                                            gint64       *number);
char    *ct_work_calendar_format_day_number (gint64       number);
/* The date of a day number (days since 1970-01-01). */
GDate    ct_work_calendar_date_of        (gint64          number);
/* {"site_id", "name", "hours": [[weekday, start, end], …], "days": [[day, type, name], …]} */
char    *ct_work_calendar_to_json        (CtWorkCalendar *self);

G_END_DECLS
