/* ct-user.h — a user account (用户) and the roles vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: login, display_name, role, staff_id (a CtStaff id; required for a
 * technician: their jobs are the tickets assigned to that person), active
 * (0/1), last_login_at. The password hash is not a field: only the user store
 * reads or writes it, and it never reaches the audit log. */
#define CT_TYPE_USER (ct_user_get_type ())
G_DECLARE_FINAL_TYPE (CtUser, ct_user, CT, USER, CtRecord)

/* An active account; @display_name may be NULL. */
CtUser     *ct_user_new              (const char *login,
                                      const char *display_name,
                                      const char *role);
const char *ct_user_get_login        (CtUser     *self);
const char *ct_user_get_role         (CtUser     *self);
gint64      ct_user_get_staff_id     (CtUser     *self);
gboolean    ct_user_is_active        (CtUser     *self);
/* The display name, or the login when it has none. */
const char *ct_user_get_display_name (CtUser     *self);

/* Roles: admin, manager, dispatcher, technician, inspector, trainer, viewer. */
const char *const *ct_user_roles          (void);
/* "Technician", translated; NULL when @role is unknown. */
const char        *ct_user_role_label     (const char *role);
/* The role for a key, label or alias (维修工, 客服, 项目经理 …); NULL if unknown. */
const char        *ct_user_role_from_text (const char *text);
/* "A technician", translated, to begin a sentence of a refusal. */
const char        *ct_user_role_subject   (const char *role);

G_END_DECLS
