/* ct-backup-access.h — the Backups view's operations, checked against the
 * permission matrix (entity "backup")
 *
 * ct-backup-rotation.h does the work and checks nothing (cron and the backup
 * before a migration must always run). These wrappers are what people use:
 * listing needs "read", "Back Up Now" needs "create" and restoring needs
 * "update" — administrators and managers once the database has accounts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-backup-rotation.h"

G_BEGIN_DECLS

typedef enum
{
  CT_BACKUP_ACCESS_LIST,
  CT_BACKUP_ACCESS_MAKE,
  CT_BACKUP_ACCESS_RESTORE,
} CtBackupAccess;

/* May the database's user do @access? CT_STORE_ERROR_PERMISSION otherwise. */
gboolean   ct_backup_access_check   (CtDatabase      *db,
                                     CtBackupAccess   access,
                                     GError         **error);
/* ct_backup_rotation_list () of @db's file and default folder. */
GPtrArray *ct_backup_access_list    (CtDatabase      *db,
                                     GError         **error);
/* ct_backup_rotation_backup_now () into the default folder; the new path. */
char      *ct_backup_access_backup_now (CtDatabase   *db,
                                     GError         **error);
/* Checks the permission on @db, lets go of its read locks and replaces its
 * file with @backup (ct_backup_rotation_restore (): the current file is saved
 * first, its path in @saved). @db must not be used afterwards: close it and
 * open the file again. */
gboolean   ct_backup_access_restore (CtDatabase      *db,
                                     const char      *backup,
                                     char           **saved,
                                     GError         **error);

G_END_DECLS
