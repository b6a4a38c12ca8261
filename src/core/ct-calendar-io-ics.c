/* ct-calendar-io-ics.c — holidays and make-up workdays as iCalendar events
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-calendar-io"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <stdio.h>
#include <string.h>

#include "ct-calendar-io-private.h"
#include "ct-csv.h"
#include "ct-error.h"

/* Written on export, read first on import: the day type, whatever the summary. */
#define TYPE_PROPERTY "X-CARETAKER-DAY-TYPE"
/* An event longer than this is a mistake, not a holiday. */
#define MAX_EVENT_DAYS 366

/* The marks printed on Chinese calendars for a day off and a make-up
 * workday: data, not interface text, so not translated. */
#define HOLIDAY_MARK "休"
#define WORKDAY_MARK "班"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

typedef struct
{
  icalcomponent *event;
  char          *where;   /* "Event “春节” (2026-02-15)" */
} EventContext;

static char *
describe_event (icalcomponent *event)
{
  const char *summary = icalcomponent_get_summary (event);
  struct icaltimetype start = icalcomponent_get_dtstart (event);

  if (summary == NULL || *summary == '\0')
    summary = icalcomponent_get_uid (event);
  if (summary == NULL)
    summary = "";
  if (icaltime_is_null_time (start))
    return g_strdup_printf (_("Event “%s”"), summary);
  /* Translators: Event “春节” (2026-02-15) */
  return g_strdup_printf (_("Event “%s” (%04d-%02d-%02d)"), summary,
                          start.year, start.month, start.day);
}

static gboolean
event_error (EventContext  *ctx,
             GError       **error,
             const char    *problem)
{
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE, "%s: %s", ctx->where, problem);
  return FALSE;
}

static const char *
type_from_word (const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  folded = g_utf8_casefold (text, -1);
  if (strstr (folded, "workday") != NULL)
    return "workday";
  if (strstr (folded, "holiday") != NULL)
    return "holiday";
  return NULL;
}

static const char *
x_property (icalcomponent *event,
            const char    *name)
{
  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    if (g_ascii_strcasecmp (icalproperty_get_x_name (p), name) == 0)
      return icalproperty_get_x (p);
  return NULL;
}

static const char *
event_type (icalcomponent *event)
{
  const char *summary = icalcomponent_get_summary (event);
  const char *type = type_from_word (x_property (event, TYPE_PROPERTY));
  g_autofree char *folded = NULL;

  for (icalproperty *p = icalcomponent_get_first_property (event, ICAL_CATEGORIES_PROPERTY);
       type == NULL && p != NULL;
       p = icalcomponent_get_next_property (event, ICAL_CATEGORIES_PROPERTY))
    type = type_from_word (icalproperty_get_categories (p));
  if (type != NULL)
    return type;
  folded = g_utf8_casefold (summary ? summary : "", -1);
  if (strstr (folded, WORKDAY_MARK) != NULL || strstr (folded, "workday") != NULL
      || strstr (folded, "make-up") != NULL || strstr (folded, "makeup") != NULL)
    return "workday";
  return "holiday";
}

static const char *
event_name (icalcomponent *event)
{
  const char *summary = icalcomponent_get_summary (event);

  if (summary == NULL || g_str_equal (summary, HOLIDAY_MARK) || g_str_equal (summary, WORKDAY_MARK))
    return "";
  return summary;
}

static GDate
gdate_of (struct icaltimetype t)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, t.day, t.month, t.year);
  return date;
}

static gboolean
check_event_dates (EventContext         *ctx,
                   struct icaltimetype  *start,
                   struct icaltimetype  *end,
                   GError              **error)
{
  icalproperty *problem = icalcomponent_get_first_property (ctx->event, ICAL_XLICERROR_PROPERTY);

  if (problem != NULL)
    return event_error (ctx, error, icalproperty_get_xlicerror (problem));
  *start = icalcomponent_get_dtstart (ctx->event);
  *end = icalcomponent_get_dtend (ctx->event);
  if (icaltime_is_null_time (*start))
    return event_error (ctx, error, _("the event has no start date"));
  if (!icaltime_is_date (*start) || (!icaltime_is_null_time (*end) && !icaltime_is_date (*end)))
    return event_error (ctx, error, _("only all-day events can mark holidays and make-up "
                                      "workdays; this one has a time of day"));
  if (!g_date_valid_dmy (start->day, start->month, start->year) || start->year < 1970)
    return event_error (ctx, error, _("the start date is not a valid date"));
  return TRUE;
}

static gboolean
read_event (CtDayList      *days,
            icalcomponent  *event,
            GError        **error)
{
  g_autofree char *where = describe_event (event);
  EventContext ctx = { event, where };
  struct icaltimetype start, end;
  const char *type = event_type (event);
  GDate date, last;
  guint n = 0;

  if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
    return TRUE;
  if (!check_event_dates (&ctx, &start, &end, error))
    return FALSE;
  date = gdate_of (start);
  last = date;
  if (!icaltime_is_null_time (end) && g_date_valid_dmy (end.day, end.month, end.year))
    {
      last = gdate_of (end);
      g_date_subtract_days (&last, 1);   /* DTEND is exclusive */
    }
  for (; n == 0 || g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1), n++)
    {
      char day[16];

      if (n >= MAX_EVENT_DAYS)
        return event_error (&ctx, error, _("the event lasts more than a year"));
      g_date_strftime (day, sizeof day, "%Y-%m-%d", &date);
      if (!ct_day_list_add (days, day, type, event_name (event), where, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_component (CtDayList      *days,
                icalcomponent  *component,
                GError        **error)
{
  if (icalcomponent_isa (component) == ICAL_VEVENT_COMPONENT)
    return read_event (days, component, error);
  for (icalcomponent *child = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       child != NULL; child = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    if (!read_component (days, child, error))
      return FALSE;
  return TRUE;
}

gboolean
ct_calendar_io_import_ics (CtWorkCalendar          *calendar,
                           GBytes                  *bytes,
                           CtCalendarImportCounts  *counts,
                           GError                 **error)
{
  g_autoptr(CtDayList) days = ct_day_list_new ();
  g_autoptr(icalcomponent) root = NULL;
  g_autofree char *text = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  if (size >= 3 && memcmp (data, CT_CSV_UTF8_BOM, 3) == 0)
    data += 3, size -= 3;
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                   _("The calendar file is not UTF-8 text"));
      return FALSE;
    }
  text = g_strndup (data, size);
  root = icalparser_parse_string (text);
  if (root == NULL || g_ascii_strncasecmp (g_strchug (text), "BEGIN:", 6) != 0)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_SYNTAX,
                   _("The file is not an iCalendar (.ics) file"));
      return FALSE;
    }
  if (!read_component (days, root, error))
    return FALSE;
  return ct_day_list_apply (days, calendar, counts, error);
}

static icalcomponent *
day_event (const CtCalendarDay *day,
           struct icaltimetype  stamp)
{
  gboolean holiday = g_str_equal (day->type, "holiday");
  struct icaltimetype start = icaltime_null_date ();
  struct icaltimetype end;
  g_autofree char *uid = g_strdup_printf ("%s-%s@caretaker", day->day, day->type);
  icalproperty *x = icalproperty_new_x (day->type);
  icalcomponent *event = icalcomponent_new_vevent ();

  sscanf (day->day, "%d-%d-%d", &start.year, &start.month, &start.day);
  end = start;
  icaltime_adjust (&end, 1, 0, 0, 0);
  icalproperty_set_x_name (x, TYPE_PROPERTY);
  icalcomponent_set_uid (event, uid);
  icalcomponent_set_dtstamp (event, stamp);
  icalcomponent_set_dtstart (event, start);
  icalcomponent_set_dtend (event, end);
  icalcomponent_set_summary (event, *day->name != '\0' ? day->name
                                    : holiday ? HOLIDAY_MARK : WORKDAY_MARK);
  icalcomponent_add_property (event, icalproperty_new_categories (day->type));
  icalcomponent_add_property (event, icalproperty_new_transp (holiday ? ICAL_TRANSP_TRANSPARENT
                                                                       : ICAL_TRANSP_OPAQUE));
  icalcomponent_add_property (event, x);
  return event;
}

char *
ct_calendar_io_export_ics (CtWorkCalendar *calendar,
                           gint64          stamp)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(icalcomponent) root = NULL;
  struct icaltimetype when;
  char *ical;
  char *text;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (calendar), NULL);

  when = icaltime_from_timet_with_zone ((time_t) stamp, 0, icaltimezone_get_utc_timezone ());
  root = icalcomponent_vanew (ICAL_VCALENDAR_COMPONENT,
                              icalproperty_new_version ("2.0"),
                              icalproperty_new_prodid ("-//Caretaker//Work calendar//EN"),
                              icalproperty_new_calscale ("GREGORIAN"),
                              (void *) 0);
  days = ct_work_calendar_list_days (calendar);
  for (guint i = 0; i < days->len; i++)
    icalcomponent_add_component (root, day_event (g_ptr_array_index (days, i), when));
  ical = icalcomponent_as_ical_string_r (root);
  text = g_strdup (ical);
  icalmemory_free_buffer (ical);
  return text;
}

gboolean
ct_calendar_io_export_file (CtWorkCalendar  *calendar,
                            GFile           *file,
                            gint64           stamp,
                            GError         **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = ct_calendar_io_export_ics (calendar, stamp);
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
