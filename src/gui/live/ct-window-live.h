/* ct-window-live.h — shared mode in the window: presence and live refresh
 *
 * While the window shows a file, its app is present in the file (joined,
 * heartbeat every CT_PRESENCE_HEARTBEAT_SECONDS, left when the file closes or
 * the window goes) and the header's presence button lists the other apps;
 * a one-second poll of the change watch reloads what other apps changed (the
 * organisation, locations, SLA policies and calendars in the context's stores,
 * then the pages concerned, see ct_page_refresh()) and says so in a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

#define CT_TYPE_WINDOW_LIVE (ct_window_live_get_type ())
G_DECLARE_FINAL_TYPE (CtWindowLive, ct_window_live, CT, WINDOW_LIVE, GObject)

/* The window owns the result; it is not referenced. */
CtWindowLive *ct_window_live_new            (CtWindow     *window);
/* Leaves the previous file, joins @context's (NULL: none) and starts the
 * timers. */
void          ct_window_live_set_context    (CtWindowLive *self,
                                             CtContext    *context);

/* What the timers do (also for the tests): a poll returns how many changes
 * it reported; a heartbeat also reads who else is present. */
guint         ct_window_live_poll           (CtWindowLive *self);
void          ct_window_live_heartbeat      (CtWindowLive *self);

/* Testing API: the title of the newest toast about others' changes (plain
 * text, NULL: none yet) and how many were shown. */
const char   *ct_window_live_get_last_toast (CtWindowLive *self);
guint         ct_window_live_get_n_toasts   (CtWindowLive *self);

G_END_DECLS
