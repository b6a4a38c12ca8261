/* ct-password-group.h — a new password typed twice, with a strength hint
 *
 * A line below the rows tells how strong the password is (or that the two
 * differ) while it is typed. Used by the first administrator's form, the new
 * account editor and the password reset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef enum
{
  CT_PASSWORD_EMPTY,
  CT_PASSWORD_TOO_SHORT,  /* fewer than CT_USER_PASSWORD_MIN_CHARS characters */
  CT_PASSWORD_WEAK,       /* a well-known password, one repeated character, or one kind of character */
  CT_PASSWORD_FAIR,
  CT_PASSWORD_STRONG,
} CtPasswordStrength;

/* A rough guess, only for the hint: core decides what is accepted. */
CtPasswordStrength ct_password_strength  (const char *password);
/* The hint for @password and its repetition @repeat: "Strong.", "The two
 * passwords differ.", … (translated). */
char              *ct_password_dup_hint  (const char *password,
                                          const char *repeat);

#define CT_TYPE_PASSWORD_GROUP (ct_password_group_get_type ())
G_DECLARE_FINAL_TYPE (CtPasswordGroup, ct_password_group, CT, PASSWORD_GROUP, AdwPreferencesGroup)

GtkWidget   *ct_password_group_new            (const char      *title);
/* The password when both rows hold the same; else NULL with an error that
 * says so (CT_STORE_ERROR_INVALID). Too short is left to core. */
const char  *ct_password_group_get_password   (CtPasswordGroup *self,
                                               GError         **error);
/* Empties both rows. */
void         ct_password_group_clear          (CtPasswordGroup *self);
/* The rows, for focus and tests. */
GtkEditable *ct_password_group_get_entry      (CtPasswordGroup *self);
GtkEditable *ct_password_group_get_repeat     (CtPasswordGroup *self);
/* The hint shown below the rows. */
const char  *ct_password_group_get_hint       (CtPasswordGroup *self);

G_END_DECLS
