/* ct-users-window.h — the user accounts of the open database
 *
 * Without accounts: what that means, and the form for the administrator
 * account (after which the main window is signed in as that person). With
 * accounts (administrators only): the list, add, edit name and role, reset a
 * password, deactivate and activate. Every refusal of core is shown as it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_USERS_WINDOW (ct_users_window_get_type ())
G_DECLARE_FINAL_TYPE (CtUsersWindow, ct_users_window, CT, USERS_WINDOW, AdwWindow)

/* Signal "user-changed" (CtUser): the signed-in person's own account was
 * created and signed in (the first administrator) or changed. */
GtkWindow *ct_users_window_new (GtkWindow *parent,
                                CtContext *context);

G_END_DECLS
