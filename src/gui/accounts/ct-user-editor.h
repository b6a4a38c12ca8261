/* ct-user-editor.h — a new account, an account's name, role and staff link,
 * or a new password for it, over the Users window
 *
 * Saving goes through the user store; a refusal is shown and the dialog stays
 * open with everything typed. On success the Users window reloads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-users-window.h"
#include "ct-user.h"

G_BEGIN_DECLS

typedef enum
{
  CT_USER_EDITOR_ADD,
  CT_USER_EDITOR_EDIT,
  CT_USER_EDITOR_PASSWORD,
} CtUserEditorMode;

#define CT_TYPE_USER_EDITOR (ct_user_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtUserEditor, ct_user_editor, CT, USER_EDITOR, AdwWindow)

/* @user is NULL for CT_USER_EDITOR_ADD. */
GtkWindow *ct_user_editor_new (CtUsersWindow    *owner,
                               CtUser           *user,
                               CtUserEditorMode  mode);

G_END_DECLS
