/* ct-ticket-detail-format.c — times, durations and SLA text of a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-ticket-detail-format.h"

#define MINUTE 60
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

/* The earliest deadline @ticket has not met and that passed before @now. */
static gint64
earliest_missed (CtTicket *ticket,
                 gint64    now)
{
  static const char *const pairs[][2] = {
    { "due_response_at", "accepted_at" },
    { "due_arrival_at", "arrived_at" },
    { "due_resolution_at", "resolved_at" },
  };
  gint64 earliest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gint64 due = ct_ticket_get_time (ticket, pairs[i][0]);
      gint64 done = ct_ticket_get_time (ticket, pairs[i][1]);

      if (due != 0 && done == 0 && due < now && (earliest == 0 || due < earliest))
        earliest = due;
    }
  return earliest;
}

GTimeZone *
ct_ticket_detail_dup_timezone (CtTicketStore  *store,
                               gint64          site_id,
                               GError        **error)
{
  CtWorkCalendar *calendar;

  g_return_val_if_fail (CT_IS_TICKET_STORE (store), NULL);

  calendar = ct_ticket_store_get_calendar (store, site_id, error);
  if (calendar == NULL)
    return NULL;
  return g_time_zone_ref (ct_work_calendar_get_timezone (calendar));
}

static GDateTime *
to_local (gint64     time,
          GTimeZone *tz)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);

  return g_date_time_to_timezone (utc, tz);
}

/* Local midnight of the day of @now. */
static GDateTime *
local_midnight (gint64     now,
                GTimeZone *tz)
{
  g_autoptr(GDateTime) local = to_local (now, tz);

  return g_date_time_new (tz, g_date_time_get_year (local), g_date_time_get_month (local),
                          g_date_time_get_day_of_month (local), 0, 0, 0);
}

char *
ct_ticket_detail_format_time (gint64     time,
                              GTimeZone *tz)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (tz != NULL, NULL);

  if (time == 0)
    return g_strdup ("");
  local = to_local (time, tz);
  /* Translators: a date and time in g_date_time_format() notation */
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}

char *
ct_ticket_detail_format_time_near (gint64     time,
                                   GTimeZone *tz,
                                   gint64     now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;
  GTimeSpan since_midnight;

  g_return_val_if_fail (tz != NULL, NULL);

  if (time == 0)
    return g_strdup ("");
  local = to_local (time, tz);
  today = local_midnight (now, tz);
  since_midnight = g_date_time_difference (local, today);

  if (since_midnight >= 0 && since_midnight < G_TIME_SPAN_DAY)
    return g_date_time_format (local, "%H:%M");
  if (since_midnight >= G_TIME_SPAN_DAY && since_midnight < 2 * G_TIME_SPAN_DAY)
    /* Translators: a time tomorrow, in g_date_time_format() notation */
    return g_date_time_format (local, _("tomorrow %H:%M"));
  if (g_date_time_get_year (local) == g_date_time_get_year (today))
    /* Translators: a day of this year and a time, in g_date_time_format() notation */
    return g_date_time_format (local, _("%m-%d %H:%M"));
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}

gboolean
ct_ticket_detail_parse_time (const char *text,
                             GTimeZone  *tz,
                             gint64     *time)
{
  g_autoptr(GDateTime) local = NULL;
  int year, month, day, hour, minute;
  char sep1, sep2, end;

  g_return_val_if_fail (text != NULL && tz != NULL && time != NULL, FALSE);

  if (sscanf (text, " %d%c%d%c%d %d:%d %c", &year, &sep1, &month, &sep2, &day, &hour,
              &minute, &end) != 7
      || sep1 != sep2 || (sep1 != '-' && sep1 != '/'))
    return FALSE;
  if (year < 1970 || year > 9999 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return FALSE;
  local = g_date_time_new (tz, year, month, day, hour, minute, 0);
  if (local == NULL || g_date_time_get_day_of_month (local) != day)
    return FALSE;
  *time = g_date_time_to_unix (local);
  return TRUE;
}

char *
ct_ticket_detail_format_duration (gint64 seconds)
{
  gint64 minutes = ABS (seconds) / MINUTE;
  int d = (int) (minutes / (24 * 60));
  int h = (int) (minutes / 60 % 24);
  int m = (int) (minutes % 60);

  if (d > 0 && h > 0)
    /* Translators: a duration in days and hours */
    return g_strdup_printf (_("%d d %d h"), d, h);
  if (d > 0)
    /* Translators: a duration in days */
    return g_strdup_printf (_("%d d"), d);
  if (h > 0 && m > 0)
    /* Translators: a duration in hours and minutes */
    return g_strdup_printf (_("%d h %d min"), h, m);
  if (h > 0)
    /* Translators: a duration in hours */
    return g_strdup_printf (_("%d h"), h);
  /* Translators: a duration in minutes */
  return g_strdup_printf (_("%d min"), MAX (m, 1));
}

char *
ct_ticket_detail_format_deadlines (const CtSlaDeadlines *deadlines,
                                   GTimeZone            *tz,
                                   gint64                now)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *response = ct_ticket_detail_format_time_near (deadlines->response, tz, now);
  g_autofree char *arrival = ct_ticket_detail_format_time_near (deadlines->arrival, tz, now);
  g_autofree char *resolution = ct_ticket_detail_format_time_near (deadlines->resolution,
                                                                   tz, now);

  g_return_val_if_fail (deadlines != NULL, NULL);

  if (deadlines->response != 0)
    /* Translators: a deadline; %s is a time like “14:20” or “tomorrow 02:05” */
    g_ptr_array_add (parts, g_strdup_printf (_("Respond by %s"), response));
  if (deadlines->arrival != 0)
    /* Translators: a deadline; %s is a time like “14:20” or “tomorrow 02:05” */
    g_ptr_array_add (parts, g_strdup_printf (_("On site by %s"), arrival));
  if (deadlines->resolution != 0)
    /* Translators: a deadline; %s is a time like “14:20” or “tomorrow 02:05” */
    g_ptr_array_add (parts, g_strdup_printf (_("Resolve by %s"), resolution));
  if (parts->len == 0)
    return g_strdup (_("No deadline applies"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

char *
ct_ticket_detail_format_sla (CtTicket    *ticket,
                             gint64       now,
                             const char **style_class,
                             const char **icon_name)
{
  gint64 deadline = 0;
  CtSlaState state = ct_ticket_sla_state (ticket, now, &deadline);
  g_autofree char *left = NULL;
  const char *reason;

  g_return_val_if_fail (CT_IS_TICKET (ticket), NULL);

  *style_class = "dim-label";
  *icon_name = "alarm-symbolic";
  switch (state)
    {
    case CT_SLA_STATE_ON_TIME:
    case CT_SLA_STATE_DUE_SOON:
      *style_class = state == CT_SLA_STATE_ON_TIME ? "success" : "warning";
      *icon_name = state == CT_SLA_STATE_ON_TIME ? "alarm-symbolic" : "appointment-soon-symbolic";
      left = ct_ticket_detail_format_duration (deadline - now);
      /* Translators: time left before the next deadline, e.g. “2 h 15 min left” */
      return g_strdup_printf (_("%s left"), left);
    case CT_SLA_STATE_OVERDUE:
      *style_class = "error";
      *icon_name = "appointment-missed-symbolic";
      left = ct_ticket_detail_format_duration (now - earliest_missed (ticket, now));
      /* Translators: e.g. “Overdue by 3 h” */
      return g_strdup_printf (_("Overdue by %s"), left);
    case CT_SLA_STATE_PAUSED:
      *icon_name = "media-playback-pause-symbolic";
      reason = ct_record_get_string (CT_RECORD (ticket), "pause_reason");
      if (reason == NULL || *reason == '\0')
        return g_strdup (_("Clock paused"));
      /* Translators: %s is the pause reason, e.g. “Waiting for parts” */
      return g_strdup_printf (_("Clock paused: %s"), ct_ticket_detail_pause_reason_label (reason));
    case CT_SLA_STATE_MET:
      *style_class = "success";
      *icon_name = "emblem-ok-symbolic";
      return g_strdup (_("Every deadline met"));
    case CT_SLA_STATE_MISSED:
      *style_class = "error";
      *icon_name = "dialog-warning-symbolic";
      return g_strdup (_("A deadline was missed"));
    case CT_SLA_STATE_NONE:
    default:
      *icon_name = NULL;
      return g_strdup ("");
    }
}

const char *
ct_ticket_detail_score_label (int score)
{
  return ct_ticket_satisfaction_label (score);
}

const char *
ct_ticket_detail_pause_reason_label (const char *reason)
{
  const char *const *reasons = ct_ticket_pause_reasons ();

  if (reason != NULL && g_strv_contains (reasons, reason))
    return _(reason);
  return reason != NULL ? reason : "";
}
