/* ct-database-backup.c — verified backups, restore and `check`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ct-audit-query-private.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-schema.h"

static gboolean
fsync_path (const char  *path,
            GError     **error)
{
  int fd = open (path, O_RDONLY);
  int saved;

  if (fd < 0 || fsync (fd) != 0)
    {
      saved = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                   _("Could not flush “%s” to disk: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Copies every page of @from into @to, waiting for locks at most
 * @limit_ms in all (then SQLITE_BUSY: a lock that never goes away must not
 * hang the app). */
static int
copy_pages (sqlite3 *to,
            sqlite3 *from,
            guint    limit_ms)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  guint waited_ms = 0;
  int rc;

  if (backup == NULL)
    return sqlite3_errcode (to);
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        {
          if (waited_ms >= limit_ms)
            break;
          sqlite3_sleep (50);
          waited_ms += 50;
        }
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);
  return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* A backup is good when SQLite finds it intact and it is a Caretaker file this
 * version can read. */
static gboolean
verify_file (const char  *path,
             GError     **error)
{
  sqlite3 *db = NULL;
  g_autofree char *integrity = NULL;
  g_autofree char *app_id = NULL;
  g_autofree char *version = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      integrity = query_text (db, "PRAGMA integrity_check");
      app_id = query_text (db, "PRAGMA application_id");
      version = query_text (db, "PRAGMA user_version");
    }
  sqlite3_close (db);
  ok = g_strcmp0 (integrity, "ok") == 0
       && app_id && g_ascii_strtoll (app_id, NULL, 10) == CT_DATABASE_APPLICATION_ID
       && version && g_ascii_strtoll (version, NULL, 10) <= ct_schema_latest_version ();
  if (!ok)
    g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                 _("“%s” is not an intact Caretaker backup (integrity: %s)."),
                 path, integrity ? integrity : _("unreadable"));
  return ok;
}

static gboolean
write_copy (sqlite3     *from,
            const char  *tmp,
            guint        limit_ms,
            GError     **error)
{
  sqlite3 *to = NULL;
  int rc = sqlite3_open_v2 (tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc == SQLITE_OK)
    rc = copy_pages (to, from, limit_ms);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                 _("Could not write the backup “%s”: %s"), tmp, sqlite3_errstr (rc));
  sqlite3_close (to);
  return rc == SQLITE_OK;
}

gboolean
ct_database_backup (CtDatabase  *self,
                    const char  *dest,
                    GError     **error)
{
  g_autofree char *tmp = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (dest != NULL, FALSE);

  tmp = g_strconcat (dest, ".part", NULL);
  dir = g_path_get_dirname (dest);
  g_unlink (tmp);
  if (!write_copy (ct_database_get_handle (self), tmp, ct_database_get_write_retry_ms (self),
                   error)
      || !fsync_path (tmp, error) || !verify_file (tmp, error))
    {
      g_unlink (tmp);
      return FALSE;
    }
  if (g_rename (tmp, dest) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                   _("Could not write the backup “%s”: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  return fsync_path (dir, error);
}

static gboolean
save_current (const char  *path,
              char       **path_saved,
              GError     **error)
{
  g_autoptr(GFile) src = g_file_new_for_path (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *saved = g_strdup_printf ("%s.before-restore-%s.bak", path, stamp);
  g_autoptr(GFile) dst = g_file_new_for_path (saved);

  /* A plain copy: the current file may be damaged, which is why it is restored. */
  if (!g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error)
      || !fsync_path (saved, error))
    return FALSE;
  if (path_saved)
    *path_saved = g_steal_pointer (&saved);
  return TRUE;
}

/* Copies @backup next to @path, fsyncs and verifies the copy, renames it
 * over @path and removes the journal files the damaged file left. */
static gboolean
replace_file (const char  *backup,
              const char  *path,
              GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".restoring", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (backup);
  g_autoptr(GFile) to = g_file_new_for_path (tmp);
  g_autoptr(GError) local_error = NULL;
  const char *suffixes[] = { "-journal", "-wal", "-shm" };

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local_error)
      || !fsync_path (tmp, &local_error) || !verify_file (tmp, &local_error)
      || g_rename (tmp, path) != 0)
    {
      g_unlink (tmp);
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                   _("Could not restore “%s” over “%s”: %s. The previous file was saved first."),
                   backup, path, local_error ? local_error->message : g_strerror (errno));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      g_unlink (side);
    }
  return TRUE;
}

gboolean
ct_database_restore (const char  *backup,
                     const char  *path,
                     char       **path_saved,
                     GError     **error)
{
  sqlite3 *from = NULL;
  sqlite3 *to = NULL;
  int rc;

  g_return_val_if_fail (backup != NULL && path != NULL, FALSE);

  if (!verify_file (backup, error))
    return FALSE;
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !save_current (path, path_saved, error))
    return FALSE;

  rc = sqlite3_open_v2 (backup, &from, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (path, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    rc = copy_pages (to, from, 10000);
  sqlite3_close (from);
  sqlite3_close (to);
  /* SQLite writes into a database only: a file damaged beyond that is
   * replaced by a verified copy of the backup instead (it was saved first). */
  if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
    return replace_file (backup, path, error);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP,
                   _("Could not restore “%s” over “%s”: %s. The previous file was saved first."),
                   backup, path, sqlite3_errstr (rc));
      return FALSE;
    }
  return fsync_path (path, error);
}

static void
collect_rows (sqlite3    *db,
              const char *sql,
              GPtrArray  *problems)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_ptr_array_add (problems, g_strdup (sqlite3_errmsg (db)));
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (text, "ok") != 0)
        g_ptr_array_add (problems, g_strdup (text));
    }
  /* A check that could not run to the end found no "problems" but is no
   * clean bill of health either. */
  if (rc != SQLITE_DONE)
    g_ptr_array_add (problems, g_strdup (sqlite3_errmsg (db)));
  sqlite3_finalize (stmt);
}

gboolean
ct_database_check (CtDatabase  *self,
                   GPtrArray  **problems,
                   GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) schema = NULL;
  g_autofree char *app_id = NULL;
  CtAuditVerify chain = { 0, };
  g_autoptr(GError) chain_error = NULL;
  sqlite3 *db;

  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);

  db = ct_database_get_handle (self);
  found = g_ptr_array_new_with_free_func (g_free);
  collect_rows (db, "PRAGMA integrity_check", found);
  collect_rows (db,
                "SELECT format('%s row %d refers to a missing %s row', \"table\", rowid, parent) "
                "FROM pragma_foreign_key_check", found);
  app_id = query_text (db, "PRAGMA application_id");
  if (app_id == NULL || g_ascii_strtoll (app_id, NULL, 10) != CT_DATABASE_APPLICATION_ID)
    g_ptr_array_add (found, g_strdup_printf (_("application_id is %s, not Caretaker’s"),
                                             app_id ? app_id : "?"));
  schema = ct_schema_audit (db);
  for (guint i = 0; i < schema->len; i++)
    g_ptr_array_add (found, g_strdup (g_ptr_array_index (schema, i)));
  /* The audit log's hash chain: the first row that breaks it. */
  if (!ct_audit_verify_chain_unchecked (self, &chain, &chain_error))
    g_ptr_array_add (found, g_strdup (chain_error->message));
  else if (chain.first_broken != 0)
    /* Translators: %s says which row breaks the chain and how */
    g_ptr_array_add (found, g_strdup_printf (_("Audit log: %s"), chain.problem));
  ct_audit_verify_clear (&chain);
  if (problems)
    *problems = g_steal_pointer (&found);
  return TRUE;
}

char *
ct_database_backup_before_import (CtDatabase  *self,
                                  GError     **error)
{
  g_autoptr(GDateTime) now = ct_clock_now_utc (ct_database_get_clock (self));
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  const char *db_path = ct_database_get_path (self);
  g_autofree char *path = g_strdup_printf ("%s.before-import-%s.bak", db_path, stamp);

  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);

  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      path = g_strdup_printf ("%s.before-import-%s-%u.bak", db_path, stamp, n);
    }
  if (!ct_database_backup (self, path, error))
    {
      g_prefix_error (error, _("Nothing was imported: the backup before the import failed. "));
      return NULL;
    }
  return g_steal_pointer (&path);
}
