/* ct-calendar-io.h — holidays and make-up workdays from and to files
 *
 * Import: CSV `date,type[,name]` (header optional; type holiday/workday or
 * 休/班, 假, 节假日, 调休上班 …; dates 2026-02-15, 2026/2/15 or 2026年2月15日)
 * and iCalendar (.ics) all-day events (a summary with 班, "workday" or
 * "make-up" marks make-up workdays, anything else holidays; multi-day events
 * cover each day). Import is all or nothing: the first problem, named by line
 * and column or by event, leaves the calendar untouched.
 *
 * Export: iCalendar, one all-day event per day, which imports back unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-work-calendar.h"

G_BEGIN_DECLS

typedef struct
{
  guint holidays;
  guint workdays;
} CtCalendarImportCounts;

gboolean ct_calendar_io_import_csv  (CtWorkCalendar          *calendar,
                                     GBytes                  *bytes,
                                     CtCalendarImportCounts  *counts,
                                     GError                 **error);
gboolean ct_calendar_io_import_ics  (CtWorkCalendar          *calendar,
                                     GBytes                  *bytes,
                                     CtCalendarImportCounts  *counts,
                                     GError                 **error);
/* By the file name's extension (.csv, .txt / .ics, .ical), else by content. */
gboolean ct_calendar_io_import_file (CtWorkCalendar          *calendar,
                                     GFile                   *file,
                                     CtCalendarImportCounts  *counts,
                                     GError                 **error);

/* The iCalendar text of every holiday and make-up workday of @calendar;
 * @stamp (UTC seconds) is written as each event's DTSTAMP. */
char    *ct_calendar_io_export_ics  (CtWorkCalendar          *calendar,
                                     gint64                   stamp);
gboolean ct_calendar_io_export_file (CtWorkCalendar          *calendar,
                                     GFile                   *file,
                                     gint64                   stamp,
                                     GError                 **error);

G_END_DECLS
