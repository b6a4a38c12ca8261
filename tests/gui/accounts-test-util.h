/* accounts-test-util.h — what the accounts tests share: a database with
 * accounts, signing in through the page, screenshots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "accounts/ct-sign-in-page-private.h"
#include "accounts/ct-users-window-private.h"
#include "ct-window-private.h"
#include "gui-test-util.h"

G_BEGIN_DECLS

#define ADMIN_PASSWORD "Zhou-2026-admin"
#define WANG_PASSWORD  "wangfang-secret"

/* gui_test_init () (with CARETAKER_TEST_SHOTS, the translations of the
 * locale), and the smallest argon2id limits. */
void           accounts_test_init            (int             *argc,
                                              char          ***argv);
/* 物业.db with the administrator 周杰 (zhou), the dispatcher 王芳 (wangfang)
 * and the deactivated viewer old (password "old-password"). */
char          *accounts_test_create_database (GuiTestFixture  *fixture);
/* With CARETAKER_TEST_SHOTS=DIR: the main menu of the window's visible page,
 * popped up, as DIR/@name.png (gui_test_snapshot()). */
void           accounts_test_menu_screenshot (CtWindow        *window,
                                              const char      *name);
/* Activates win.users: the Users window it opened, or NULL (disabled). */
CtUsersWindow *accounts_test_open_users      (CtWindow        *window);
CtSignInPage  *accounts_test_sign_in_page    (CtWindow        *window);
/* Types @login and @password into the sign-in page and submits. */
void           accounts_test_sign_in         (CtWindow        *window,
                                              const char      *login,
                                              const char      *password);
/* The body of the newest message dialog, which is then closed. */
char          *accounts_test_take_message    (void);
guint          accounts_test_n_menu_items    (GMenu           *menu);

G_END_DECLS
