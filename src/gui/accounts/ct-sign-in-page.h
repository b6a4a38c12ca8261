/* ct-sign-in-page.h — login and password before the pages of a database with
 * user accounts
 *
 * The page holds the opened database's context until someone signs in
 * ("signed-in", with the account) or the user cancels ("cancelled"); the
 * window shows the pages only then. Wrong password: the message, the login
 * kept, the password emptied.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_SIGN_IN_PAGE (ct_sign_in_page_get_type ())
G_DECLARE_FINAL_TYPE (CtSignInPage, ct_sign_in_page, CT, SIGN_IN_PAGE, AdwBin)

GtkWidget  *ct_sign_in_page_new         (void);
/* Asks for sign-in to @context's database (NULL: lets go of the context). */
void        ct_sign_in_page_set_context (CtSignInPage *self,
                                         CtContext    *context);
CtContext  *ct_sign_in_page_get_context (CtSignInPage *self);
/* Whether a password is being checked. */
gboolean    ct_sign_in_page_get_busy    (CtSignInPage *self);
/* The message shown after a refused sign-in, or NULL. */
const char *ct_sign_in_page_get_message (CtSignInPage *self);

G_END_DECLS
