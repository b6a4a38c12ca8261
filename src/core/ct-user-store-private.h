/* ct-user-store-private.h — shared by the parts of CtUserStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-record-store.h"
#include "ct-user-store.h"

G_BEGIN_DECLS

struct _CtUserStore
{
  GObject        parent_instance;
  CtDatabase    *db;
  CtRecordStore *users;
};

/* ct-user-password.c: a crypto_pwhash_str hash of @password at the current
 * limits, after checking its length; NULL with an error. */
char    *ct_user_password_hash (const char  *password,
                                GError     **error);
/* Whether @db has user accounts, in *@has; FALSE with an error when the
 * question cannot be answered (busy, damaged). */
gboolean ct_user_store_query_has_users (CtDatabase *db,
                                        gboolean   *has,
                                        GError    **error);
/* The id of @login, 0 when there is none (no error) or on an error. */
gint64   ct_user_store_id_of   (CtUserStore *self,
                                const char  *login,
                                GError     **error);

G_END_DECLS
