/* ct-sign-in-task.h — checking a password away from the window's thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-context.h"
#include "ct-user.h"

G_BEGIN_DECLS

/* Signs @login in to @context's file on a connection of its own, in a thread: the
 * password check costs a fifth of a second on purpose (argon2id), which the
 * window must not wait for. @password is copied and wiped after use. */
void    ct_sign_in_task_run    (CtContext           *context,
                                const char          *login,
                                const char          *password,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data);
/* The account signed in, which @context's database now acts for; NULL with
 * the reason. */
CtUser *ct_sign_in_task_finish (CtContext           *context,
                                GAsyncResult        *result,
                                GError             **error);

G_END_DECLS
