/* ct-calendar-window.h — the editor of the company work calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_CALENDAR_WINDOW (ct_calendar_window_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarWindow, ct_calendar_window, CT, CALENDAR_WINDOW, AdwWindow)

/* A modal window over @parent editing the company calendar of @context's
 * database: business hours, holidays and make-up workdays. */
CtCalendarWindow *ct_calendar_window_new     (GtkWindow         *parent,
                                              CtContext         *context);
/* Adds or replaces @day (YYYY-MM-DD) as @type ("holiday" or "workday") in
 * the edited calendar, as the Add button does; saved by Save. */
gboolean          ct_calendar_window_add_day (CtCalendarWindow  *self,
                                              const char        *day,
                                              const char        *type,
                                              const char        *name,
                                              GError           **error);
/* Writes the hours and days to the file, makes the ticket store use them
 * and recalculates the deadlines of open tickets on a business or
 * working-day clock; @n_changed receives how many got new deadlines. What
 * the Save button does before closing. */
gboolean          ct_calendar_window_save    (CtCalendarWindow  *self,
                                              guint             *n_changed,
                                              GError           **error);

G_END_DECLS
