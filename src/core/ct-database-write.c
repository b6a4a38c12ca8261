/* ct-database-write.c — write transactions, error mapping, audit log, settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-database"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-permission.h"
#include "ct-presence.h"
#include <json-glib/json-glib.h>

static int
begin_immediate (sqlite3 *db,
                 gint64   limit_usec)
{
  gint64 start = g_get_monotonic_time ();
  int rc;

  /* The busy handler (ct-database.c) waits for other programs' locks; this
   * loop only sees BUSY returned without it (our own read transaction open)
   * and LOCKED. Short random sleeps, like the busy handler's. */
  for (;;)
    {
      rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
        return rc;
      if (g_get_monotonic_time () - start > limit_usec)
        return rc;
      g_usleep (g_random_int_range (1000, 4001));
    }
}

static int
commit (sqlite3 *db,
        gint64   limit_usec)
{
  gint64 start = g_get_monotonic_time ();
  int rc;

  for (;;)
    {
      rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
      if ((rc & 0xff) != SQLITE_BUSY || g_get_monotonic_time () - start > limit_usec)
        return rc;
      g_usleep (20000);
    }
}

void
ct_database_release_reads (CtDatabase *self)
{
  sqlite3 *db;

  g_return_if_fail (CT_IS_DATABASE (self));

  db = ct_database_get_handle (self);
  if (sqlite3_get_autocommit (db) == 0)
    return;
  for (sqlite3_stmt *stmt = sqlite3_next_stmt (db, NULL); stmt; stmt = sqlite3_next_stmt (db, stmt))
    if (sqlite3_stmt_busy (stmt))
      sqlite3_reset (stmt);
}

typedef struct
{
  CtDatabaseUndoFunc undo;
  gpointer           data;
  GDestroyNotify     destroy;
} Undo;

static GArray *
undo_list (CtDatabase *self)
{
  return g_object_get_data (G_OBJECT (self), "ct-database-undo");
}

void
ct_database_on_rollback (CtDatabase         *self,
                         CtDatabaseUndoFunc  undo,
                         gpointer            data,
                         GDestroyNotify      destroy)
{
  GArray *list;

  g_return_if_fail (ct_database_in_write (self));

  if ((list = undo_list (self)) == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (Undo));
      g_object_set_data_full (G_OBJECT (self), "ct-database-undo", list,
                              (GDestroyNotify) g_array_unref);
    }
  g_array_append_val (list, ((Undo) { undo, data, destroy }));
}

/* Runs the undo functions of a write that failed, newest first. */
static void
end_undo (CtDatabase *self,
          gboolean    committed)
{
  GArray *list = undo_list (self);

  for (guint i = list ? list->len : 0; i-- > 0;)
    {
      Undo *u = &g_array_index (list, Undo, i);

      if (!committed)
        u->undo (u->data);
      if (u->destroy)
        u->destroy (u->data);
    }
  if (list)
    g_array_set_size (list, 0);
}

gboolean
ct_database_write (CtDatabase           *self,
                   CtDatabaseWriteFunc   func,
                   gpointer              user_data,
                   GError              **error)
{
  sqlite3 *db;
  gint64 limit;
  gboolean ok;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  db = ct_database_get_handle (self);
  limit = (gint64) ct_database_get_write_retry_ms (self) * 1000;
  if (sqlite3_get_autocommit (db) == 0)
    return func (self, user_data, error);

  ct_database_wait_write_turn (self);
  rc = begin_immediate (db, limit);
  if (rc != SQLITE_OK)
    {
      ct_database_set_error (self, rc, error);
      return FALSE;
    }
  ok = func (self, user_data, error);
  if (ok && (rc = commit (db, limit)) != SQLITE_OK)
    {
      ct_database_set_error (self, rc, error);
      ok = FALSE;
    }
  if (!ok && sqlite3_get_autocommit (db) == 0)
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  end_undo (self, ok);
  ct_database_end_write_turn (self);
  /* A statement left on a row inside the transaction keeps a read lock after
   * COMMIT, which would stop other programs from committing. */
  if (ok)
    ct_database_release_reads (self);
  return ok;
}

gboolean
ct_database_in_write (CtDatabase *self)
{
  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);
  return sqlite3_get_autocommit (ct_database_get_handle (self)) == 0;
}

static void
set_constraint_error (const char  *detail,
                      int          rc,
                      GError     **error)
{
  /* ON DELETE RESTRICT reports itself as a trigger constraint. */
  if (rc == SQLITE_CONSTRAINT_TRIGGER && strstr (detail, "FOREIGN KEY") != NULL)
    rc = SQLITE_CONSTRAINT_FOREIGNKEY;

  switch (rc)
    {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE,
                   _("A record with the same key already exists (%s)."), detail);
      break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IN_USE,
                   _("Other records still refer to this one, or it refers to a record that "
                     "no longer exists."));
      break;
    default:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("A value is not acceptable (%s)."), detail);
      break;
    }
}

void
ct_database_set_error (CtDatabase  *self,
                       int          rc,
                       GError     **error)
{
  sqlite3 *db = self ? ct_database_get_handle (self) : NULL;
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  int sys = db ? sqlite3_system_errno (db) : 0;

  /* SQLite says "full" only for a write cut short; a write refused outright
   * by a quota (EDQUOT, usual on network shares), a file size limit (EFBIG)
   * or a full disk is an I/O error to it, but a full disk to the user. */
  if ((rc & 0xff) == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT || sys == EFBIG))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PROTOCOL:   /* a lock race SQLite gave up on: busy to the user */
      {
        /* SQLite cannot say who holds the lock: name the likeliest other app
         * (a hint; its own reads pass no error, so this never recurses). */
        g_autofree char *writer = self != NULL && error != NULL
                                  ? ct_presence_describe_writer (self) : NULL;

        if (writer != NULL)
          /* Translators: %s is who else has the file open, "王芳 on PC-3" */
          g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY,
                       _("The database is busy (%s is saving). Nothing was saved; "
                         "try again in a moment."), writer);
        else
          g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY,
                       _("The database is busy: another user is saving. Nothing was saved; "
                         "try again in a moment."));
      }
      break;
    case SQLITE_FULL:
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FULL,
                   _("The disk is full. Nothing was saved; free some space and try again."));
      break;
    case SQLITE_IOERR:
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_IO,
                   _("The disk or network reported an error (%s). Nothing was saved; "
                     "try again."), detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT,
                   _("The database file is damaged or is not a database (%s). "
                     "Restore a backup."), detail);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_READONLY,
                   _("The database file cannot be opened for writing (%s). Check that the "
                     "folder exists and that you may write to it."), detail);
      break;
    case SQLITE_CONSTRAINT:
      set_constraint_error (detail, rc, error);
      break;
    default:
      g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FAILED,
                   _("Database error: %s"), detail);
      break;
    }
}

static char *
last_audit_hash (CtDatabase  *self,
                 GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self,
    "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1", error);
  char *hash;
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc == SQLITE_DONE)
    hash = g_strnfill (64, '0');
  else
    {
      ct_database_set_error (self, rc, error);
      hash = NULL;
    }
  sqlite3_reset (stmt);
  return hash;
}

char *
ct_audit_row_hash (const char *prev_hash,
                   gint64      at,
                   const char *actor,
                   const char *entity,
                   gint64      entity_id,
                   const char *action,
                   const char *old_json,
                   const char *new_json)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *head = g_strdup_printf ("%s\n%" G_GINT64_FORMAT "\n%" G_GINT64_FORMAT "\n",
                                           prev_hash, at, entity_id);
  const char *parts[] = { actor, entity, action, old_json ? old_json : "",
                          new_json ? new_json : "" };

  g_checksum_update (sum, (const guchar *) head, -1);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_checksum_update (sum, (const guchar *) parts[i], -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

gboolean
ct_database_audit (CtDatabase  *self,
                   const char  *actor,
                   const char  *entity,
                   gint64       entity_id,
                   const char  *action,
                   const char  *old_json,
                   const char  *new_json,
                   GError     **error)
{
  g_autofree char *prev = NULL;
  g_autofree char *hash = NULL;
  sqlite3_stmt *stmt;
  gint64 at;

  g_return_val_if_fail (ct_database_in_write (self), FALSE);

  if (!(prev = last_audit_hash (self, error)))
    return FALSE;
  at = ct_clock_now (ct_database_get_clock (self));
  actor = actor ? actor : "";
  hash = ct_audit_row_hash (prev, at, actor, entity, entity_id, action, old_json, new_json);
  stmt = ct_database_prepare (self,
    "INSERT INTO audit_log (at, actor, entity, entity_id, action, old_json, new_json, "
    "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, at);
  sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, entity_id);
  sqlite3_bind_text (stmt, 5, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, old_json, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, new_json, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, prev, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, hash, -1, SQLITE_TRANSIENT);
  return ct_database_step_done (self, stmt, error);
}

char *
ct_database_dup_setting (CtDatabase *self,
                         const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (self), NULL);

  stmt = ct_database_prepare (self, "SELECT value FROM settings WHERE key = ?", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return value;
}

static char *
setting_json (const char *key,
              const char *value)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  if (value == NULL)
    return NULL;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

typedef struct
{
  const char *actor;
  const char *key;
  const char *value;
} SettingWrite;

static gboolean
set_setting_func (CtDatabase  *self,
                  gpointer     user_data,
                  GError     **error)
{
  SettingWrite *w = user_data;
  g_autofree char *old = ct_database_dup_setting (self, w->key);
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (self,
    "INSERT INTO settings (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, w->key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, w->value, -1, SQLITE_TRANSIENT);
  if (!ct_database_step_done (self, stmt, error))
    return FALSE;
  old_json = setting_json (w->key, old);
  new_json = setting_json (w->key, w->value);
  return ct_database_audit (self, w->actor, "setting", 0, "set", old_json, new_json, error);
}

gboolean
ct_database_set_setting (CtDatabase  *self,
                         const char  *actor,
                         const char  *key,
                         const char  *value,
                         GError     **error)
{
  SettingWrite w = { actor, key, value };

  g_return_val_if_fail (CT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);
  if (!ct_permission_check (self, "setting", "update", 0, error))
    return FALSE;
  return ct_database_write (self, set_setting_func, &w, error);
}
