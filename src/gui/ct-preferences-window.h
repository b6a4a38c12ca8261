/* ct-preferences-window.h — appearance and the name written to the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_PREFERENCES_WINDOW (ct_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (CtPreferencesWindow, ct_preferences_window, CT, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

CtPreferencesWindow *ct_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
