/* ct-calendar-window-private.h — shared by the parts of the calendar window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-calendar-window.h"
#include "ct-work-calendar.h"

G_BEGIN_DECLS

struct _CtCalendarWindow
{
  AdwWindow        parent_instance;

  CtContext       *context;
  CtWorkCalendar  *calendar;     /* a private copy, edited until saved */
  GtkStringList   *days;         /* the days shown, YYYY-MM-DD */
  GtkEntry        *hours[8][4];  /* [weekday 1–7]: start, end, start, end */
  GtkWidget       *hour_rows[8];

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkRevealer     *error_revealer;
  GtkLabel        *error_label;
  GtkListBox      *hours_list;
  AdwEntryRow     *time_zone_row;
  GtkListBox      *days_list;
  GtkEntry        *day_entry;
  GtkPopover      *date_popover;
  GtkCalendar     *date_calendar;
  GtkDropDown     *type_dropdown;
  GtkEntry        *name_entry;
};

/* ct-calendar-window.c */
void     ct_calendar_window_show_error    (CtCalendarWindow *self,
                                           const char       *message);
void     ct_calendar_window_clear_error   (CtCalendarWindow *self);

/* ct-calendar-window-hours.c */
/* "Monday" for ISO weekday 1 … "Sunday" for 7, translated. */
const char *ct_calendar_window_weekday_name (int weekday);
void     ct_calendar_window_build_hours   (CtCalendarWindow *self);
/* Shows the calendar's hours in the entries. */
void     ct_calendar_window_load_hours    (CtCalendarWindow *self);
/* Checks the entries and sets the calendar's hours; the error names the day. */
gboolean ct_calendar_window_apply_hours   (CtCalendarWindow *self,
                                           GError          **error);

/* ct-calendar-window-days.c */
void     ct_calendar_window_bind_days     (CtCalendarWindow *self);
void     ct_calendar_window_refresh_days  (CtCalendarWindow *self);
void     ct_calendar_window_class_add_day_actions (GtkWidgetClass *widget_class);

G_END_DECLS
