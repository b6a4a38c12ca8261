/* ct-settings-common.h — what the settings windows (service levels, work
 * calendar) share: the toast that tells of a save and the dialog when a save
 * fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Tells in a toast of the main window (@window's transient parent, when it is
 * one) that the settings were saved: @saved when no open ticket got new
 * deadlines (@n_changed is 0), else @format. */
void ct_settings_announce_saved    (GtkWindow    *window,
                                    guint         n_changed,
                                    const char   *saved,
                                    const char   *format,
                                    ...) G_GNUC_PRINTF (4, 5);
/* Presents a message dialog over @window titled @heading with the message of
 * @error. A conflict (CT_STORE_ERROR_CONFLICT) has @conflict_hint below the
 * message and a suggested "reload" response. @response_cb (dialog, response,
 * @window) is connected to AdwMessageDialog::response. */
void ct_settings_present_save_error (GtkWindow    *window,
                                     const char   *heading,
                                     const GError *error,
                                     const char   *conflict_hint,
                                     GCallback     response_cb);

G_END_DECLS
