/* ct-work-calendar.c — business hours, holidays and make-up workdays
 *
 * The arithmetic of the SLA clocks is in ct-work-calendar-time.c, loading
 * and saving in ct-work-calendar-db.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-work-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ct-error.h"
#include "ct-work-calendar-private.h"

G_DEFINE_FINAL_TYPE (CtWorkCalendar, ct_work_calendar, G_TYPE_OBJECT)

static const char *clock_names[] = { "24x7", "business", "workdays" };

static void
calendar_day_free (gpointer data)
{
  CtWorkDay *day = data;

  g_free (day->name);
  g_free (day);
}

static gboolean
spans_valid (const CtWorkSpan *spans,
             guint             n_spans)
{
  for (guint i = 0; i < n_spans; i++)
    {
      if (spans[i].start_minute < 0 || spans[i].end_minute > 1440
          || spans[i].start_minute >= spans[i].end_minute)
        return FALSE;
      if (i > 0 && spans[i].start_minute < spans[i - 1].end_minute)
        return FALSE;
    }
  return n_spans <= 2;
}

static void
ct_work_calendar_finalize (GObject *object)
{
  CtWorkCalendar *self = CT_WORK_CALENDAR (object);

  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->days, g_hash_table_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->saved_json, g_free);
  G_OBJECT_CLASS (ct_work_calendar_parent_class)->finalize (object);
}

static void
ct_work_calendar_class_init (CtWorkCalendarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_work_calendar_finalize;
}

static void
ct_work_calendar_init (CtWorkCalendar *self)
{
  self->days = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, calendar_day_free);
  self->cache = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->name = g_strdup ("default");
}

/* Private API */

gboolean
ct_work_calendar_parse_day_number (const char *day,
                                   gint64     *number)
{
  unsigned y, m, d;
  char tail;
  GDate date;

  if (day == NULL || strlen (day) != 10 || day[4] != '-' || day[7] != '-'
      || sscanf (day, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3
      || !g_date_valid_dmy (d, m, y) || y < 1970)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  /* GDate's day 1 is 0001-01-01; 1970-01-01 is its day 719163. */
  *number = (gint64) g_date_get_julian (&date) - 719163;
  return TRUE;
}

char *
ct_work_calendar_format_day_number (gint64 number)
{
  GDate date = ct_work_calendar_date_of (number);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* Public API */

gboolean
ct_sla_clock_from_string (const char *text,
                          CtSlaClock *clock)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (clock_names); i++)
    if (g_str_equal (text, clock_names[i]))
      {
        if (clock != NULL)
          *clock = (CtSlaClock) i;
        return TRUE;
      }
  return FALSE;
}

const char *
ct_sla_clock_to_string (CtSlaClock clock)
{
  g_return_val_if_fail ((guint) clock < G_N_ELEMENTS (clock_names), NULL);
  return clock_names[clock];
}

GTimeZone *
ct_work_calendar_load_time_zone (CtDatabase  *db,
                                 GError     **error)
{
  g_autofree char *setting = ct_database_dup_setting (db, "time_zone");
  const char *name = setting != NULL && *setting != '\0' ? setting : "Asia/Shanghai";
  GTimeZone *tz = g_time_zone_new_identifier (name);

  if (tz == NULL)
    g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FAILED,
                 _("The time zone “%s” of this file is unknown on this computer; "
                   "install the tzdata package or correct the time zone setting"), name);
  return tz;
}

CtWorkCalendar *
ct_work_calendar_new_default (GTimeZone *tz)
{
  CtWorkCalendar *self;
  const CtWorkSpan spans[2] = { { 510, 720 }, { 810, 1080 } };

  g_return_val_if_fail (tz != NULL, NULL);

  self = g_object_new (CT_TYPE_WORK_CALENDAR, NULL);
  self->tz = g_time_zone_ref (tz);
  for (int weekday = 1; weekday <= 5; weekday++)
    ct_work_calendar_set_spans (self, weekday, spans, 2);
  return self;
}

GTimeZone *
ct_work_calendar_get_timezone (CtWorkCalendar *self)
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), NULL);
  return self->tz;
}

gint64
ct_work_calendar_get_id (CtWorkCalendar *self)
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);
  return self->id;
}

gint64
ct_work_calendar_get_site_id (CtWorkCalendar *self)
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);
  return self->site_id;
}

void
ct_work_calendar_set_site_id (CtWorkCalendar *self,
                              gint64          site_id)
{
  g_return_if_fail (CT_IS_WORK_CALENDAR (self));
  g_return_if_fail (site_id >= 0);

  if (site_id == self->site_id)
    return;
  self->site_id = site_id;
  self->id = 0;
  self->version = 0;
  g_clear_pointer (&self->saved_json, g_free);
}

gboolean
ct_work_calendar_check_spans (const CtWorkSpan  *spans,
                              guint              n_spans,
                              GError           **error)
{
  if (spans_valid (spans, n_spans))
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("Business hours must be at most two periods within the day, "
                 "each starting before it ends, the second after the first"));
  return FALSE;
}

guint
ct_work_calendar_get_spans (CtWorkCalendar *self,
                            int             weekday,
                            CtWorkSpan      spans[2])
{
  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, 0);

  for (guint i = 0; i < self->n_spans[weekday]; i++)
    spans[i] = self->spans[weekday][i];
  return self->n_spans[weekday];
}

void
ct_work_calendar_set_spans (CtWorkCalendar   *self,
                            int               weekday,
                            const CtWorkSpan *spans,
                            guint             n_spans)
{
  g_return_if_fail (CT_IS_WORK_CALENDAR (self));
  g_return_if_fail (weekday >= 1 && weekday <= 7);
  g_return_if_fail (n_spans == 0 || spans != NULL);
  g_return_if_fail (spans_valid (spans, n_spans));

  for (guint i = 0; i < n_spans; i++)
    self->spans[weekday][i] = spans[i];
  self->n_spans[weekday] = n_spans;
  ct_work_calendar_invalidate (self);
}

const char *
ct_work_calendar_get_day_type (CtWorkCalendar *self,
                               const char     *day)
{
  CtWorkDay *entry;
  gint64 number;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), NULL);

  if (!ct_work_calendar_parse_day_number (day, &number))
    return NULL;
  entry = g_hash_table_lookup (self->days, GINT_TO_POINTER ((int) number));
  return entry ? entry->type : NULL;
}

const char *
ct_work_calendar_get_day_name (CtWorkCalendar *self,
                               const char     *day)
{
  CtWorkDay *entry;
  gint64 number;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), NULL);

  if (!ct_work_calendar_parse_day_number (day, &number))
    return NULL;
  entry = g_hash_table_lookup (self->days, GINT_TO_POINTER ((int) number));
  return entry ? entry->name : NULL;
}

void
ct_work_calendar_set_day (CtWorkCalendar *self,
                          const char     *day,
                          const char     *type,
                          const char     *name)
{
  CtWorkDay *entry;
  gint64 number;

  g_return_if_fail (CT_IS_WORK_CALENDAR (self));
  g_return_if_fail (ct_work_calendar_parse_day_number (day, &number));
  g_return_if_fail (type == NULL || g_str_equal (type, "holiday") || g_str_equal (type, "workday"));

  ct_work_calendar_invalidate (self);
  if (type == NULL)
    {
      g_hash_table_remove (self->days, GINT_TO_POINTER ((int) number));
      return;
    }
  entry = g_new0 (CtWorkDay, 1);
  entry->type = g_str_equal (type, "holiday") ? "holiday" : "workday";
  entry->name = g_strdup (name ? name : "");
  g_hash_table_replace (self->days, GINT_TO_POINTER ((int) number), entry);
}

static void
ct_calendar_day_free (gpointer data)
{
  CtCalendarDay *day = data;

  g_free (day->day);
  g_free (day->name);
  g_free (day);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  const CtCalendarDay *x = *(CtCalendarDay *const *) a;
  const CtCalendarDay *y = *(CtCalendarDay *const *) b;

  return strcmp (x->day, y->day);
}

GPtrArray *
ct_work_calendar_list_days (CtWorkCalendar *self)
{
  GPtrArray *list;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), NULL);

  list = g_ptr_array_new_with_free_func (ct_calendar_day_free);
  g_hash_table_iter_init (&iter, self->days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      CtWorkDay *entry = value;
      CtCalendarDay *day = g_new0 (CtCalendarDay, 1);

      day->day = ct_work_calendar_format_day_number (GPOINTER_TO_INT (key));
      day->type = entry->type;
      day->name = g_strdup (entry->name);
      g_ptr_array_add (list, day);
    }
  g_ptr_array_sort (list, compare_days);
  return list;
}

gint64
ct_work_calendar_workday_minutes (CtWorkCalendar *self)
{
  gint64 sum = 0;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), 0);

  for (guint i = 0; i < self->n_spans[1]; i++)
    sum += self->spans[1][i].end_minute - self->spans[1][i].start_minute;
  return sum;
}
