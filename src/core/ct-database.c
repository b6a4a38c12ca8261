/* ct-database.c — opening, checking and writing one Caretaker database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-database"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/vfs.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-schema.h"

struct _CtDatabase
{
  GObject     parent_instance;
  sqlite3    *db;
  char       *path;
  CtClock    *clock;
  GHashTable *statements;
  char       *journal_mode;
  char       *migration_backup;
  int         schema_version;
  guint       write_retry_ms;
  gint64      busy_since;
  gint64      write_ended_at;
  gboolean    shared;
  CtDatabaseUser user;         /* login and role point into the two below */
  char       *user_login;
  char       *user_role;
};

G_DEFINE_FINAL_TYPE (CtDatabase, ct_database, G_TYPE_OBJECT)

/* Waiting for another program's lock, and taking turns at writing.
 *
 * SQLite's locks on a shared (rollback-journal) file are not queued: a program
 * that finds the file locked sleeps in its busy handler and tries again, and
 * whoever tries first after the lock is released gets it. sqlite3_busy_timeout
 * sleeps 1, 2, 5 … then 100 ms between tries. When programs write back to
 * back (each commit is ~15 ms of fsyncs with synchronous=FULL), the one that
 * has just committed takes RESERVED again for its next write ~0.2 ms later,
 * long before a sleeper wakes: the lock is free for ~1.5 % of the time, in
 * 0.2 ms gaps. Measured with 4 editing processes, one kept the lock for 89
 * writes in a row on average (245 at most) and the others waited out the whole
 * retry limit (CT_DATABASE_ERROR_BUSY) about once in 150 writes. The fcntl
 * trace showed nothing else: no hot journal, no lock kept by a statement, one
 * descriptor per process.
 *
 * So: waiters try again after 1–4 ms (random, so that they do not try in step)
 * until the retry limit, and in shared mode a connection leaves TURN_GAP_US
 * between the end of one write and the BEGIN IMMEDIATE of the next, longer
 * than a waiter's sleep — any program waiting gets the lock first. A write
 * that follows a human action is far more than TURN_GAP_US after the last
 * one and never waits. */
#define BUSY_POLL_MIN_US 1000
#define BUSY_POLL_MAX_US 4000
#define TURN_GAP_US      (2 * BUSY_POLL_MAX_US)

/* Filesystems on which WAL must not be used (statfs f_type). */
static const long network_magics[] = {
  0x6969,       /* NFS */
  0x517B,       /* SMB */
  0xFF534D42,   /* CIFS */
  0xFE534D42,   /* SMB2 */
  0x65735546,   /* FUSE */
  0x01021997,   /* 9P */
  0x73757245,   /* Coda */
  0x5346414F,   /* AFS */
};

static gboolean
path_is_on_network (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statfs st;

  if (statfs (dir, &st) != 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (network_magics); i++)
    if ((long) st.f_type == network_magics[i])
      return TRUE;
  return FALSE;
}

static gboolean
exec_sql (CtDatabase  *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      ct_database_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static int
busy_cb (gpointer user_data,
         int      n_calls)
{
  CtDatabase *self = user_data;
  gint64 now = g_get_monotonic_time ();

  if (n_calls <= 0)
    self->busy_since = now;
  if (now - self->busy_since >= (gint64) self->write_retry_ms * 1000)
    return 0;
  g_usleep (g_random_int_range (BUSY_POLL_MIN_US, BUSY_POLL_MAX_US + 1));
  return 1;
}

static gboolean
configure_connection (CtDatabase  *self,
                      GError     **error)
{
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, NULL);
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_handler (self->db, busy_cb, self);
  return exec_sql (self, "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;", error);
}

static gboolean
set_journal_mode (CtDatabase  *self,
                  GError     **error)
{
  const char *sql = self->shared
    ? "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL;"
    : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
  sqlite3_stmt *stmt = NULL;

  if (!exec_sql (self, sql, error))
    return FALSE;
  if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    self->journal_mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Refuses other programs' files and files of a newer Caretaker. Sets
 * schema_version (0 for a new, empty file). */
static gboolean
check_identity (CtDatabase  *self,
                gboolean     may_be_new,
                GError     **error)
{
  g_autofree char *name = g_path_get_basename (self->path);
  sqlite3_stmt *stmt = NULL;
  gint64 app_id, n_objects;
  int rc;

  /* One statement, so one read transaction: the three values agree even while
   * another program writes, and a busy file is reported as busy — never taken
   * for an empty or foreign one. */
  if (sqlite3_prepare_v2 (self->db,
                          "SELECT (SELECT count(*) FROM sqlite_schema), "
                          "(SELECT application_id FROM pragma_application_id), "
                          "(SELECT user_version FROM pragma_user_version)",
                          -1, &stmt, NULL) == SQLITE_OK)
    rc = sqlite3_step (stmt);
  else
    rc = sqlite3_errcode (self->db);
  if (rc != SQLITE_ROW)
    {
      sqlite3_finalize (stmt);
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED || (rc & 0xff) == SQLITE_IOERR)
        {
          ct_database_set_error (self, rc, error);
          return FALSE;
        }
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT,
                   _("“%s” is not a Caretaker database: it is not an SQLite file, or it is damaged. "
                     "Restore a backup or choose another file."), name);
      return FALSE;
    }
  n_objects = sqlite3_column_int64 (stmt, 0);
  app_id = sqlite3_column_int64 (stmt, 1);
  self->schema_version = sqlite3_column_int (stmt, 2);
  sqlite3_finalize (stmt);

  /* SQLite takes a file shorter than one page for an empty database: only a
   * file being created may be one, not a damaged file cut short. */
  if (n_objects == 0 && app_id == 0 && self->schema_version == 0 && may_be_new)
    return TRUE;
  if (n_objects == 0 && app_id == 0 && self->schema_version == 0)
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT,
                   _("“%s” is empty or cut short: it holds no Caretaker data. Restore a backup "
                     "or choose another file."), name);
      return FALSE;
    }

  if (app_id != CT_DATABASE_APPLICATION_ID)
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FOREIGN,
                   _("“%s” is not a Caretaker database: it belongs to another program. "
                     "Caretaker leaves it untouched."), name);
      return FALSE;
    }
  if (self->schema_version > ct_database_latest_schema_version ())
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NEWER,
                   _("“%s” was saved by a newer version of Caretaker (schema %d; this version "
                     "knows %d). Update Caretaker to open it."),
                   name, self->schema_version, ct_database_latest_schema_version ());
      return FALSE;
    }
  return TRUE;
}

static char *
make_migration_backup_path (CtDatabase *self)
{
  g_autoptr(GDateTime) now = ct_clock_now_utc (self->clock);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  return g_strdup_printf ("%s.before-schema-%d-%s.bak", self->path,
                          ct_database_latest_schema_version (), stamp);
}

static gboolean
migrate_func (CtDatabase  *self,
              gpointer     user_data,
              GError     **error)
{
  g_autofree char *pragmas = NULL;

  if (!ct_schema_apply_migrations (self->db, self->schema_version, error))
    return FALSE;
  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                             CT_DATABASE_APPLICATION_ID, ct_database_latest_schema_version ());
  return exec_sql (self, pragmas, error);
}

static gboolean
migrate (CtDatabase           *self,
         CtDatabaseOpenFlags   flags,
         GError              **error)
{
  if (self->schema_version == ct_database_latest_schema_version ())
    return TRUE;

  if (self->schema_version > 0)
    {
      if (flags & CT_DATABASE_OPEN_NO_MIGRATE)
        {
          g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA,
                       _("The database has schema %d and needs an upgrade to %d."),
                       self->schema_version, ct_database_latest_schema_version ());
          return FALSE;
        }
      self->migration_backup = make_migration_backup_path (self);
      if (!ct_database_backup (self, self->migration_backup, error))
        return FALSE;
    }
  if (!ct_database_write (self, migrate_func, NULL, error))
    return FALSE;
  self->schema_version = ct_database_latest_schema_version ();
  return TRUE;
}

/* Audits the file against the schema of its own version, so that an older
 * file is audited before its upgrade writes anything. */
static gboolean
audit_schema (CtDatabase  *self,
              GError     **error)
{
  g_autoptr(GPtrArray) problems = ct_schema_audit_version (self->db, self->schema_version);

  if (problems->len == 0)
    return TRUE;
  g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA,
               _("The database contains objects Caretaker did not create (%s). It may have been "
                 "altered by another program; it was not opened. Restore a backup."),
               (const char *) g_ptr_array_index (problems, 0));
  return FALSE;
}

static void
ct_database_finalize (GObject *object)
{
  CtDatabase *self = CT_DATABASE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->journal_mode, g_free);
  g_clear_pointer (&self->migration_backup, g_free);
  g_clear_pointer (&self->user_login, g_free);
  g_clear_pointer (&self->user_role, g_free);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (ct_database_parent_class)->finalize (object);
}

static void
ct_database_class_init (CtDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_database_finalize;
}

static void
ct_database_init (CtDatabase *self)
{
  self->write_retry_ms = 10000;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) sqlite3_finalize);
}

CtDatabase *
ct_database_open (const char           *path,
                  CtDatabaseOpenFlags   flags,
                  CtClock              *clock,
                  GError              **error)
{
  g_autoptr(CtDatabase) self = NULL;
  /* One thread uses a connection at a time (workers open their own): no
   * mutex around every call, which was a tenth of reading a list page. */
  int open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  gboolean latest, may_be_new;
  GStatBuf st;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!(flags & CT_DATABASE_OPEN_CREATE) && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NOT_FOUND,
                   _("The database file “%s” does not exist."), path);
      return NULL;
    }
  if (flags & CT_DATABASE_OPEN_CREATE)
    open_flags |= SQLITE_OPEN_CREATE;
  /* Created now, or an empty file to create the database in. */
  may_be_new = (flags & CT_DATABASE_OPEN_CREATE)
               && (g_stat (path, &st) != 0 || st.st_size == 0);
  if (!may_be_new && !ct_database_check_journal (path, error))
    return NULL;

  self = g_object_new (CT_TYPE_DATABASE, NULL);
  self->path = g_canonicalize_filename (path, NULL);
  self->clock = clock ? g_object_ref (clock) : ct_clock_new_system ();
  self->shared = (flags & CT_DATABASE_OPEN_SHARED) || path_is_on_network (self->path);

  rc = sqlite3_open_v2 (self->path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      ct_database_set_error (self, rc, error);
      return NULL;
    }
  if (!configure_connection (self, error) || !check_identity (self, may_be_new, error))
    return NULL;
  /* A file is audited before anything is written to it (the journal mode is
   * in its header), so that a refused file is left exactly as it was: an
   * older one against the schema of its version, and again once upgraded. */
  latest = self->schema_version == ct_database_latest_schema_version ();
  if (self->schema_version > 0 && !audit_schema (self, error))
    return NULL;
  if (!set_journal_mode (self, error) || !migrate (self, flags, error))
    return NULL;
  if (!latest && !audit_schema (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
ct_database_get_path (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return self->path;
}

char *
ct_database_dup_display_name (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return g_filename_display_basename (self->path);
}

CtClock *
ct_database_get_clock (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return self->clock;
}

gboolean
ct_database_is_shared (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);
  return self->shared;
}

const char *
ct_database_get_journal_mode (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return self->journal_mode;
}

int
ct_database_get_schema_version (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), 0);
  return self->schema_version;
}

const char *
ct_database_get_migration_backup (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return self->migration_backup;
}

void
ct_database_set_user (CtDatabase *self,
                      gint64      user_id,
                      const char *login,
                      const char *role,
                      gint64      staff_id)
{
  g_return_if_fail (CT_IS_DATABASE (self));

  g_free (self->user_login);
  g_free (self->user_role);
  self->user_login = g_strdup (role ? login : NULL);
  self->user_role = g_strdup (role);
  self->user = (CtDatabaseUser) { role ? user_id : 0, self->user_login, self->user_role,
                                  role ? staff_id : 0 };
}

const CtDatabaseUser *
ct_database_get_user (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return &self->user;
}

int
ct_database_latest_schema_version (void)
{
  return ct_schema_latest_version ();
}

sqlite3 *
ct_database_get_handle (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);
  return self->db;
}

guint
ct_database_get_write_retry_ms (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), 0);
  return self->write_retry_ms;
}

void
ct_database_set_write_retry_ms (CtDatabase *self,
                                guint       ms)
{
  g_return_if_fail (CT_IS_DATABASE (self));
  self->write_retry_ms = ms;
  sqlite3_busy_handler (self->db, busy_cb, self);
}

void
ct_database_wait_write_turn (CtDatabase *self)
{
  gint64 since;

  g_return_if_fail (CT_IS_DATABASE (self));

  since = g_get_monotonic_time () - self->write_ended_at;
  if (self->shared && self->write_ended_at != 0 && since < TURN_GAP_US)
    g_usleep (TURN_GAP_US - since);
}

void
ct_database_end_write_turn (CtDatabase *self)
{
  g_return_if_fail (CT_IS_DATABASE (self));
  self->write_ended_at = g_get_monotonic_time ();
}

sqlite3_stmt *
ct_database_prepare (CtDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ct_database_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
ct_database_step_done (CtDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ct_database_set_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}
