/* ct-worker-db.c — a second connection for work in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-worker-db"

#include "config.h"

#include "ct-worker-db.h"

CtDatabase *
ct_worker_db_open (CtDatabase  *db,
                   GError     **error)
{
  const CtDatabaseUser *user;
  CtDatabase *worker;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  /* As ct_transfer_source_init (): never switch a shared file to WAL behind
   * the main connection's back. */
  worker = ct_database_open (ct_database_get_path (db),
                             CT_DATABASE_OPEN_NO_MIGRATE
                             | (ct_database_is_shared (db) ? CT_DATABASE_OPEN_SHARED : 0),
                             NULL, error);
  user = ct_database_get_user (db);
  if (worker != NULL && user->role != NULL)
    ct_database_set_user (worker, user->user_id, user->login, user->role, user->staff_id);
  return worker;
}
