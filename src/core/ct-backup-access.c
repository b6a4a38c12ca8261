/* ct-backup-access.c — backups for people: the permission first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backup"

#include "config.h"

#include "ct-backup-access.h"
#include "ct-permission.h"

static const char *const access_actions[] = {
  [CT_BACKUP_ACCESS_LIST] = "read",
  [CT_BACKUP_ACCESS_MAKE] = "create",
  [CT_BACKUP_ACCESS_RESTORE] = "update",
};

gboolean
ct_backup_access_check (CtDatabase      *db,
                        CtBackupAccess   access,
                        GError         **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (access <= CT_BACKUP_ACCESS_RESTORE, FALSE);

  return ct_permission_check (db, "backup", access_actions[access], 0, error);
}

GPtrArray *
ct_backup_access_list (CtDatabase  *db,
                       GError     **error)
{
  if (!ct_backup_access_check (db, CT_BACKUP_ACCESS_LIST, error))
    return NULL;
  return ct_backup_rotation_list (ct_database_get_path (db), NULL, error);
}

char *
ct_backup_access_backup_now (CtDatabase  *db,
                             GError     **error)
{
  if (!ct_backup_access_check (db, CT_BACKUP_ACCESS_MAKE, error))
    return NULL;
  return ct_backup_rotation_backup_now (db, NULL, NULL, error);
}

gboolean
ct_backup_access_restore (CtDatabase  *db,
                          const char  *backup,
                          char       **saved,
                          GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (backup != NULL, FALSE);

  if (!ct_backup_access_check (db, CT_BACKUP_ACCESS_RESTORE, error))
    return FALSE;
  path = g_strdup (ct_database_get_path (db));
  /* The restore writes the file through a connection of its own. */
  ct_database_release_reads (db);
  return ct_backup_rotation_restore (path, backup, saved, error);
}
