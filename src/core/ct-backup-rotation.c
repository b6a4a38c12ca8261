/* ct-backup-rotation.c — daily and weekly backups, kept 7 and 4
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ct-backup-rotation-private.h"
#include "ct-error.h"

/* Makes @dir/@name unless it exists; adds it to run->made. */
static gboolean
make_unless_exists (CtDatabase   *db,
                    const char   *dir,
                    const char   *name,
                    CtBackupRun  *run,
                    GError      **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (!ct_database_backup (db, path, error))
    return FALSE;
  g_ptr_array_add (run->made, g_steal_pointer (&path));
  return TRUE;
}

static int
compare_names_desc (gconstpointer a,
                    gconstpointer b)
{
  return -g_strcmp0 (*(const char **) a, *(const char **) b);
}

static void
delete_file (const char  *dir,
             const char  *name,
             CtBackupRun *run)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  if (g_unlink (path) == 0)
    g_ptr_array_add (run->deleted, g_steal_pointer (&path));
  else if (errno != ENOENT)  /* ENOENT: another app rotated at the same time */
    g_warning ("Could not delete the old backup “%s”: %s", path, g_strerror (errno));
}

/* Deletes the files of @names (one kind, any order) beyond the @keep newest;
 * the dated names sort by date. */
static void
delete_beyond (const char  *dir,
               GPtrArray   *names,
               guint        keep,
               CtBackupRun *run)
{
  g_ptr_array_sort (names, compare_names_desc);
  for (guint i = keep; i < names->len; i++)
    delete_file (dir, g_ptr_array_index (names, i), run);
}

static gboolean
rotate (const char   *dir,
        const char   *stem,
        CtBackupRun  *run,
        GError      **error)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) daily = g_ptr_array_new ();
  g_autoptr(GPtrArray) weekly = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  CtBackupKind kind;

  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      if (!ct_backup_parse_rotated_name (stem, name, &kind) || kind == CT_BACKUP_MANUAL)
        continue;
      g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_add (kind == CT_BACKUP_DAILY ? daily : weekly,
                       g_ptr_array_index (names, names->len - 1));
    }
  delete_beyond (dir, daily, CT_BACKUP_KEEP_DAILY, run);
  delete_beyond (dir, weekly, CT_BACKUP_KEEP_WEEKLY, run);
  return TRUE;
}

static gboolean
ensure_dir (const char  *dir,
            GError     **error)
{
  if (g_mkdir_with_parents (dir, 0775) == 0)
    return TRUE;
  g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
               _("Could not create the backup folder “%s”: %s. Check that the folder can be "
                 "written, or choose another one."), dir, g_strerror (errno));
  return FALSE;
}

/* The folder to use (@dir or the default one) and @now or the local now. */
static char *
prepare (CtDatabase  *db,
         const char  *dir,
         GDateTime   *now,
         GDateTime  **when,
         GError     **error)
{
  g_autofree char *folder = dir ? g_strdup (dir)
                                : ct_backup_rotation_default_dir (ct_database_get_path (db));

  if (!ensure_dir (folder, error))
    return NULL;
  *when = now ? g_date_time_ref (now) : g_date_time_new_now_local ();
  return g_steal_pointer (&folder);
}

void
ct_backup_run_free (CtBackupRun *run)
{
  if (run == NULL)
    return;
  g_clear_pointer (&run->made, g_ptr_array_unref);
  g_clear_pointer (&run->deleted, g_ptr_array_unref);
  g_free (run);
}

char *
ct_backup_rotation_default_dir (const char *db_path)
{
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  path = g_canonicalize_filename (db_path, NULL);
  parent = g_path_get_dirname (path);
  stem = ct_backup_stem (path);
  /* Not translated: the app and a cron job in another language must agree. */
  name = g_strconcat (stem, " backups", NULL);
  return g_build_filename (parent, name, NULL);
}

CtBackupRun *
ct_backup_rotation_run (CtDatabase  *db,
                        const char  *dir,
                        GDateTime   *now,
                        GError     **error)
{
  g_autoptr(CtBackupRun) run = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *daily = NULL;
  g_autofree char *weekly = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  if (!(folder = prepare (db, dir, now, &when, error)))
    return NULL;
  stem = ct_backup_stem (ct_database_get_path (db));
  daily = ct_backup_rotated_name (stem, CT_BACKUP_DAILY, when);
  weekly = ct_backup_rotated_name (stem, CT_BACKUP_WEEKLY, when);
  run = g_new0 (CtBackupRun, 1);
  run->made = g_ptr_array_new_with_free_func (g_free);
  run->deleted = g_ptr_array_new_with_free_func (g_free);
  if (!make_unless_exists (db, folder, daily, run, error)
      || !make_unless_exists (db, folder, weekly, run, error)
      || !rotate (folder, stem, run, error))
    return NULL;
  return g_steal_pointer (&run);
}

char *
ct_backup_rotation_backup_now (CtDatabase  *db,
                               const char  *dir,
                               GDateTime   *now,
                               GError     **error)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  if (!(folder = prepare (db, dir, now, &when, error)))
    return NULL;
  stem = ct_backup_stem (ct_database_get_path (db));
  name = ct_backup_rotated_name (stem, CT_BACKUP_MANUAL, when);
  path = g_build_filename (folder, name, NULL);
  if (!ct_database_backup (db, path, error))
    return NULL;
  return g_steal_pointer (&path);
}

gboolean
ct_backup_rotation_restore (const char  *db_path,
                            const char  *backup,
                            char       **saved,
                            GError     **error)
{
  GStatBuf a, b;

  g_return_val_if_fail (db_path != NULL && backup != NULL, FALSE);

  if (g_stat (backup, &b) != 0)
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NOT_FOUND,
                   _("The backup “%s” does not exist (any more). Choose another one."), backup);
      return FALSE;
    }
  if (g_stat (db_path, &a) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                   _("“%s” is the database itself, not a backup of it."), backup);
      return FALSE;
    }
  return ct_database_restore (backup, db_path, saved, error);
}
