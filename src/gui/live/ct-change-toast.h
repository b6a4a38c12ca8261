/* ct-change-toast.h — what other users changed, in one discreet sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-change-watch.h"

G_BEGIN_DECLS

/* The toast for @changes (CtChange) from one poll, leaving out the changes
 * whose actor is one of @own (NULL-terminated; our user name and login: our
 * own import in a worker thread writes through a connection of its own).
 * "T-2026-00123 changed by 李强", "5 records changed by 李强 and 王芳", or
 * NULL when nothing is left to say. */
char *ct_change_toast_dup_title (GPtrArray          *changes,
                                 const char * const *own);

G_END_DECLS
