/* ct-accounts.h — sign-in, sign-out and the Users window in the main window
 *
 * A database with user accounts opens on the sign-in page; its pages show
 * only once someone signed in, and audit rows then name that person. A
 * database without accounts opens as before (single-user local mode). The
 * window's actions win.users and win.sign-out and the menu section naming the
 * signed-in person live here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-user.h"
#include "ct-window.h"

G_BEGIN_DECLS

/* From ct_window_class_init (through ct_window_class_install_actions): the
 * actions and the menu's account section. */
void     ct_accounts_class_init         (GtkWidgetClass *widget_class);
/* When @context's database has accounts: closes the window's database, shows
 * the sign-in page holding @context and returns TRUE; the window gets
 * @context after sign-in. FALSE: open @context as usual. */
gboolean ct_accounts_open               (CtWindow       *window,
                                         CtContext      *context);
/* Enables win.users and win.sign-out and names the signed-in person in the
 * main menu. */
void     ct_accounts_update             (CtWindow       *window);
/* After a new database was created: "Just me" or "Several people" (then the
 * Users window to create the administrator). */
void     ct_accounts_offer_after_create (CtWindow       *window);
/* @user signed in to @context's database (ct_user_store_sign_in () done), or
 * the signed-in account changed: the window acts for them, or signs out when
 * the account is no longer active. */
void     ct_accounts_apply_user         (CtWindow       *window,
                                         CtContext      *context,
                                         CtUser         *user);
/* Back to the sign-in page, keeping the file open. */
void     ct_accounts_sign_out           (CtWindow       *window);

G_END_DECLS
