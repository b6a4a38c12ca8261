/* ct-database-recover.c — a journal left next to a file, tried on a copy first
 *
 * A "-journal" file next to a database in DELETE journal mode is the record
 * of a change that was not finished (the program writing was killed, the
 * machine lost power): SQLite plays it back into the file on the first read,
 * which is what makes the file whole again. A journal that does not belong
 * to the file — copied along with another database, or garbage — would be
 * played back all the same and damage the file for good. SQLite cannot tell
 * them apart, so Caretaker plays the journal back on a copy first and opens
 * the file only when the copy comes out intact; otherwise it refuses the file
 * and leaves both untouched.
 *
 * A "-wal" file (local mode) is the same case when no program has the file
 * open: SQLite reads its committed pages as part of the file and copies them
 * in at the next checkpoint. While another program has it open (it holds a
 * lock on the "-shm" file, seen in /proc/locks) the WAL is that program's
 * live log and is left alone. Files above 256 MiB are not tried (see
 * WAL_TRIAL_MAX_BYTES).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-database"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-schema.h"

/* Whether SQLite would play the journal back: a read-only connection is not
 * allowed to, and says so. */
static gboolean
has_hot_journal (const char *path)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (db, 1);
      rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
    }
  sqlite3_close (db);
  return rc == SQLITE_READONLY_ROLLBACK;
}

static gboolean
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);

  return g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}

/* Opens the copy (which plays the journal back) and checks the result:
 * quick_check, application_id and the schema audit. */
static gboolean
copy_is_intact (const char *copy)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db,
                             "SELECT (SELECT group_concat(quick_check) FROM pragma_quick_check), "
                             "(SELECT application_id FROM pragma_application_id)",
                             -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0
         && sqlite3_column_int64 (stmt, 1) == CT_DATABASE_APPLICATION_ID;
  sqlite3_finalize (stmt);
  if (ok)
    {
      problems = ct_schema_audit (db);
      ok = problems->len == 0;
    }
  sqlite3_close (db);
  return ok;
}

/* Whether a process holds a lock on @shm (any lock on its inode in
 * /proc/locks). Unknown (no /proc) counts as in use: the WAL is left alone,
 * as SQLite would. */
static gboolean
shm_in_use (const char *shm)
{
  g_autofree char *locks = NULL;
  g_auto(GStrv) lines = NULL;
  GStatBuf st;

  if (g_stat (shm, &st) != 0)
    return FALSE;
  if (!g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    return TRUE;
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      /* "1: POSIX  ADVISORY  READ 1234 fd:01:5678 128 128" */
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
      guint n = 0;

      for (guint f = 0; fields[f]; f++)
        if (*fields[f] != '\0' && ++n == 6)
          {
            const char *inode = strrchr (fields[f], ':');

            if (inode && g_ascii_strtoull (inode + 1, NULL, 10) == (guint64) st.st_ino)
              return TRUE;
          }
    }
  return FALSE;
}

/* Above this size the trial's copy and check of the whole file would hold
 * up the start for many seconds (tens at a million tickets) after every crash
 * in local mode: a large file's WAL is played back untried, as SQLite does. */
#define WAL_TRIAL_MAX_BYTES (G_GINT64_CONSTANT (256) * 1024 * 1024)

/* A WAL with at least one frame that nobody is using, next to a file small
 * enough to try it on a copy. */
static gboolean
has_orphan_wal (const char *path,
                const char *wal,
                const char *shm)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0 || st.st_size > WAL_TRIAL_MAX_BYTES)
    return FALSE;
  return g_stat (wal, &st) == 0 && st.st_size > 32 && !shm_in_use (shm);
}

gboolean
ct_database_check_journal (const char  *path,
                           GError     **error)
{
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copy_journal = NULL;
  g_autofree char *name = NULL;
  g_autofree char *journal_name = NULL;
  const char *log;
  gboolean ok;

  if (g_file_test (journal, G_FILE_TEST_EXISTS) && has_hot_journal (path))
    log = journal;
  else if (has_orphan_wal (path, wal, shm))
    log = wal;
  else
    return TRUE;
  if ((dir = g_dir_make_tmp ("caretaker-journal-XXXXXX", NULL)) == NULL)
    return TRUE;   /* no room for a trial: SQLite plays it back as always */
  copy = g_build_filename (dir, "trial.caretaker", NULL);
  copy_journal = g_strconcat (copy, log == wal ? "-wal" : "-journal", NULL);
  ok = !copy_file (path, copy) || !copy_file (log, copy_journal) || copy_is_intact (copy);
  g_remove (copy_journal);
  if (log == wal)
    {
      g_autofree char *copy_shm = g_strconcat (copy, "-shm", NULL);

      g_remove (copy_shm);
    }
  g_remove (copy);
  g_rmdir (dir);
  if (ok)
    return TRUE;

  name = g_filename_display_basename (path);
  journal_name = g_filename_display_basename (log);
  g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT,
               _("“%s” has an unfinished change in “%s” that does not fit it: completing it would "
                 "damage the file. Caretaker left both files untouched. Restore a backup, or move "
                 "“%s” away if you are sure it belongs to another file."),
               name, journal_name, journal_name);
  return FALSE;
}
