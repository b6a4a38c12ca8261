/* ct-user-store.h — user accounts: create, sign in, passwords, deactivate
 *
 * Passwords are hashed with libsodium's crypto_pwhash_str (argon2id, the
 * INTERACTIVE limits); a hash made with older limits is replaced on the next
 * successful sign-in. A database without accounts runs in single-user local
 * mode; its first account must be an administrator, and the last active
 * administrator can be neither deactivated, demoted nor deleted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"
#include "ct-user.h"

G_BEGIN_DECLS

/* Passwords shorter than this many characters are refused. */
#define CT_USER_PASSWORD_MIN_CHARS 8

#define CT_TYPE_USER_STORE (ct_user_store_get_type ())
G_DECLARE_FINAL_TYPE (CtUserStore, ct_user_store, CT, USER_STORE, GObject)

CtUserStore *ct_user_store_new            (CtDatabase   *db);
CtDatabase  *ct_user_store_get_database   (CtUserStore  *self);

/* TRUE when @db has user accounts: the app then asks for sign-in on open,
 * and writes are refused until someone signed in. Also TRUE when the question
 * cannot be answered (fail closed). */
gboolean     ct_user_store_has_users      (CtDatabase   *db);

/* Every account, ordered by login (a GListModel of CtUser, transfer none),
 * read again from the file. Only for those who may see user accounts. */
GListModel  *ct_user_store_list           (CtUserStore  *self,
                                           GError      **error);
/* The account @login (transfer full); CT_STORE_ERROR_NOT_FOUND when there is
 * none. Others than the signed-in user's own need the right to see accounts. */
CtUser      *ct_user_store_find           (CtUserStore  *self,
                                           const char   *login,
                                           GError      **error);

/* Saves the new account @user with @password (at least
 * CT_USER_PASSWORD_MIN_CHARS characters). */
gboolean     ct_user_store_create         (CtUserStore  *self,
                                           CtUser       *user,
                                           const char   *password,
                                           const char   *actor,
                                           GError      **error);
/* Saves name, role, staff link and active (version-checked); keeps the last
 * active administrator. */
gboolean     ct_user_store_update         (CtUserStore  *self,
                                           CtUser       *user,
                                           const char   *actor,
                                           GError      **error);
gboolean     ct_user_store_deactivate     (CtUserStore  *self,
                                           CtUser       *user,
                                           const char   *actor,
                                           GError      **error);
gboolean     ct_user_store_delete         (CtUserStore  *self,
                                           CtUser       *user,
                                           const char   *actor,
                                           GError      **error);
/* Sets a new password: one's own, or anyone's with the right to change
 * accounts. Audited without the hash. */
gboolean     ct_user_store_set_password   (CtUserStore  *self,
                                           CtUser       *user,
                                           const char   *password,
                                           const char   *actor,
                                           GError      **error);

/* Verifies @password of @login; on success returns the account (transfer
 * full), first replacing a hash made with older limits. Wrong login and wrong
 * password give the same CT_STORE_ERROR_PERMISSION "wrong login or password";
 * a deactivated account (right password) says so. */
CtUser      *ct_user_store_check_password (CtUserStore  *self,
                                           const char   *login,
                                           const char   *password,
                                           GError      **error);
/* ct_user_store_check_password (), then records the sign-in (last_login_at,
 * audit_log) and makes the database act for this user (ct_database_set_user). */
CtUser      *ct_user_store_sign_in        (CtUserStore  *self,
                                           const char   *login,
                                           const char   *password,
                                           GError      **error);

/* For tests only: hash new passwords with these argon2id limits instead of
 * crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (0, 0 restores
 * them). Process-wide. */
void         ct_user_store_set_hash_limits (guint64      opslimit,
                                            gsize        memlimit);

G_END_DECLS
