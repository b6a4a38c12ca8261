/* ct-calendar-window-hours.c — business hours per weekday: two spans of
 * HH:MM entries a day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-calendar-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ct-calendar-window-private.h"
#include "ct-error.h"

static const char *const weekdays[8] = {
  NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
  N_("Saturday"), N_("Sunday")
};

/* The accessible name of an hour entry, "Monday, first span, start". */
static char *
dup_entry_label (int weekday,
                 int index)
{
  const char *day = _(weekdays[weekday]);

  switch (index)
    {
    case 0: return g_strdup_printf (_("%s, first span, start"), day);
    case 1: return g_strdup_printf (_("%s, first span, end"), day);
    case 2: return g_strdup_printf (_("%s, second span, start"), day);
    default: return g_strdup_printf (_("%s, second span, end"), day);
    }
}

static GtkEntry *
create_entry (int weekday,
              int index)
{
  static const char *const parts[] = { "start", "end" };
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *name = g_strdup_printf ("hours-%d-%d-%s", weekday, index / 2, parts[index % 2]);
  g_autofree char *a11y = dup_entry_label (weekday, index);

  gtk_widget_set_name (entry, name);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 5);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 5);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "--:--");
  gtk_entry_set_alignment (GTK_ENTRY (entry), 0.5);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  return GTK_ENTRY (entry);
}

const char *
ct_calendar_window_weekday_name (int weekday)
{
  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");
  return _(weekdays[weekday]);
}

static GtkWidget *
create_dash (void)
{
  GtkWidget *dash = gtk_label_new ("–");

  gtk_widget_add_css_class (dash, "dim-label");
  return dash;
}

void
ct_calendar_window_build_hours (CtCalendarWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(weekdays[weekday]));
      for (int i = 0; i < 4; i++)
        {
          self->hours[weekday][i] = create_entry (weekday, i);
          if (i == 2)
            gtk_widget_set_margin_start (GTK_WIDGET (self->hours[weekday][i]), 18);
          gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hours[weekday][i]));
          if (i % 2 == 0)
            gtk_box_append (GTK_BOX (box), create_dash ());
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      gtk_list_box_append (self->hours_list, row);
      self->hour_rows[weekday] = row;
    }
}

static char *
format_minute (int minute)
{
  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}

void
ct_calendar_window_load_hours (CtCalendarWindow *self)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    {
      CtWorkSpan spans[2] = { { 0 } };
      guint n = self->calendar ? ct_work_calendar_get_spans (self->calendar, weekday, spans) : 0;

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *start = i < n ? format_minute (spans[i].start_minute) : g_strdup ("");
          g_autofree char *end = i < n ? format_minute (spans[i].end_minute) : g_strdup ("");

          gtk_editable_set_text (GTK_EDITABLE (self->hours[weekday][2 * i]), start);
          gtk_editable_set_text (GTK_EDITABLE (self->hours[weekday][2 * i + 1]), end);
        }
    }
}

/* "8:30", "08:30" or "08：30" → 510; "24:00" is the end of the day. */
static gboolean
parse_minute (const char *text,
              int        *minute)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(\\d{1,2})\\s*(?::|：)\\s*(\\d{2})\\s*$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *hours = NULL;
  g_autofree char *minutes = NULL;
  int h, m;

  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  hours = g_match_info_fetch (match, 1);
  minutes = g_match_info_fetch (match, 2);
  h = atoi (hours);
  m = atoi (minutes);
  if (h > 24 || m > 59 || (h == 24 && m != 0))
    return FALSE;
  *minute = h * 60 + m;
  return TRUE;
}

static gboolean
read_time (GtkEntry    *entry,
           int         *minute,
           GError     **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (parse_minute (text, minute))
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” is not a time: write it as HH:MM, for example 08:30."), text);
  return FALSE;
}

static gboolean
is_blank (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return *text == '\0';
}

/* The spans typed for @weekday; an empty pair of entries is no span. */
static gboolean
read_day (CtCalendarWindow  *self,
          int                weekday,
          CtWorkSpan         spans[2],
          guint             *n_spans,
          GError           **error)
{
  *n_spans = 0;
  for (int i = 0; i < 2; i++)
    {
      GtkEntry *start = self->hours[weekday][2 * i];
      GtkEntry *end = self->hours[weekday][2 * i + 1];

      if (is_blank (start) && is_blank (end))
        continue;
      if (is_blank (start) || is_blank (end))
        {
          g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                               _("Give both a start and an end time, or leave both empty."));
          return FALSE;
        }
      if (!read_time (start, &spans[*n_spans].start_minute, error) ||
          !read_time (end, &spans[*n_spans].end_minute, error))
        return FALSE;
      (*n_spans)++;
    }
  return ct_work_calendar_check_spans (spans, *n_spans, error);
}

gboolean
ct_calendar_window_apply_hours (CtCalendarWindow  *self,
                                GError           **error)
{
  CtWorkSpan spans[8][2];
  guint n_spans[8];

  for (int weekday = 1; weekday <= 7; weekday++)
    gtk_widget_remove_css_class (self->hour_rows[weekday], "error");
  for (int weekday = 1; weekday <= 7; weekday++)
    if (!read_day (self, weekday, spans[weekday], &n_spans[weekday], error))
      {
        g_prefix_error (error, "%s: ", _(weekdays[weekday]));
        gtk_widget_add_css_class (self->hour_rows[weekday], "error");
        return FALSE;
      }
  for (int weekday = 1; weekday <= 7; weekday++)
    ct_work_calendar_set_spans (self->calendar, weekday, spans[weekday], n_spans[weekday]);
  return TRUE;
}
