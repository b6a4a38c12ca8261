/* ct-change-watch.c — PRAGMA data_version polling and audit_log reading
 *
 * Own rows: an update hook notes the audit_log rowids this connection
 * inserts; the commit hook keeps them, the rollback hook forgets those of the
 * transaction rolled back. (A COMMIT that fails after its hook ran — ten
 * seconds of BUSY, then ROLLBACK — leaves its ids noted: a later foreign row
 * reusing such an id is then not reported. That is the one imprecision.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-change-watch"

#include "config.h"

#include <string.h>

#include "ct-change-watch-private.h"

#define DEFAULT_MAX_ROWS 500
/* How long a poll waits for another app’s commit to finish, in ms. */
#define POLL_BUSY_MS     100

struct _CtChangeWatch
{
  GObject      parent_instance;
  CtDatabase  *db;
  gint64       last_id;
  gint64       data_version;
  guint        max_rows;
  gboolean     pending;       /* the last poll stopped at max_rows */
  gint64       mark_id;       /* a row read before and its hash: when they no */
  char        *mark_hash;     /* longer match, the file was replaced */
  GArray      *uncommitted;   /* gint64 audit_log ids of our open transaction */
  GHashTable  *own;           /* gint64 ids we committed, not yet passed */
};

G_DEFINE_FINAL_TYPE (CtChangeWatch, ct_change_watch, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
update_hook (void          *data,
             int            op,
             const char    *db_name,
             const char    *table,
             sqlite3_int64  rowid)
{
  CtChangeWatch *self = data;
  gint64 id = rowid;

  if (op == SQLITE_INSERT && strcmp (table, "audit_log") == 0 && strcmp (db_name, "main") == 0)
    g_array_append_val (self->uncommitted, id);
}

static int
commit_hook (void *data)
{
  CtChangeWatch *self = data;

  for (guint i = 0; i < self->uncommitted->len; i++)
    {
      gint64 *id = g_new (gint64, 1);

      *id = g_array_index (self->uncommitted, gint64, i);
      g_hash_table_add (self->own, id);
    }
  g_array_set_size (self->uncommitted, 0);
  return 0;
}

static void
rollback_hook (void *data)
{
  CtChangeWatch *self = data;

  g_array_set_size (self->uncommitted, 0);
}

static void
set_hooks (CtChangeWatch *self,
           gboolean       on)
{
  sqlite3 *db = ct_database_get_handle (self->db);

  sqlite3_update_hook (db, on ? update_hook : NULL, on ? self : NULL);
  sqlite3_commit_hook (db, on ? commit_hook : NULL, on ? self : NULL);
  sqlite3_rollback_hook (db, on ? rollback_hook : NULL, on ? self : NULL);
}

/* One value of a one-row query (no parameters); FALSE when unreadable. */
static gboolean
query_int (CtChangeWatch *self,
           const char    *sql,
           gint64        *value)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, sql, NULL);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  ok = sqlite3_step (stmt) == SQLITE_ROW;
  if (ok)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return ok;
}

static char *
query_hash (CtChangeWatch *self,
            const char    *sql,
            gint64         id,
            gint64        *found_id)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, sql, NULL);
  char *hash = NULL;

  if (stmt == NULL)
    return NULL;
  if (id > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *found_id = sqlite3_column_int64 (stmt, 0);
      hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
    }
  sqlite3_reset (stmt);
  return hash;
}

static void
set_mark (CtChangeWatch *self,
          gint64         id,
          const char    *hash)
{
  self->mark_id = id;
  g_free (self->mark_hash);
  self->mark_hash = g_strdup (hash);
}

/* Starts from the newest row: last_id and the mark. */
static void
mark_newest (CtChangeWatch *self)
{
  gint64 id = 0;
  g_autofree char *hash = query_hash (self,
    "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", 0, &id);

  self->last_id = id;
  set_mark (self, id, hash);
}

/* FALSE when the row we read last is gone or different: the file was
 * replaced (a backup restored) under us. */
static gboolean
mark_is_intact (CtChangeWatch *self)
{
  gint64 id = 0;
  g_autofree char *hash = NULL;

  if (self->mark_id == 0)
    return TRUE;
  hash = query_hash (self, "SELECT id, hash FROM audit_log WHERE id = ?", self->mark_id, &id);
  return g_strcmp0 (hash, self->mark_hash) == 0;
}

/* Rows past last_id while nobody else committed are all ours. */
static void
absorb_own (CtChangeWatch *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->own);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    self->last_id = MAX (self->last_id, *(gint64 *) key);
  g_hash_table_remove_all (self->own);
}

static void
forget_own_upto (CtChangeWatch *self,
                 gint64         last_id)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->own);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (*(gint64 *) key <= last_id)
      g_hash_table_iter_remove (&iter);
}

/* Reads the rows after last_id into @batch; FALSE when the file could not be
 * read to the end (last_id stays at the last row read). */
static gboolean
read_rows (CtChangeWatch *self,
           CtChangeBatch *batch)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db,
    "SELECT id, at, actor, entity, entity_id, action, old_json, new_json, hash FROM audit_log "
    "WHERE id > ? ORDER BY id LIMIT ?", NULL);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->last_id);
  sqlite3_bind_int64 (stmt, 2, self->max_rows);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      n++;
      self->last_id = id;
      set_mark (self, id, (const char *) sqlite3_column_text (stmt, 8));
      if (!g_hash_table_remove (self->own, &id))
        ct_change_batch_add_row (batch, stmt);
    }
  sqlite3_reset (stmt);
  self->pending = rc == SQLITE_DONE && n == self->max_rows;
  return rc == SQLITE_DONE;
}

static gboolean
read_changes (CtChangeWatch *self,
              CtChangeBatch *batch)
{
  gboolean ok;

  if (!mark_is_intact (self))
    {
      mark_newest (self);
      self->pending = FALSE;
      g_hash_table_remove_all (self->own);
      ct_change_batch_add_reload (batch);
      return TRUE;
    }
  ok = read_rows (self, batch);
  forget_own_upto (self, self->last_id);
  ct_change_batch_finish (batch, self->db);
  return ok;
}

static void
read_batch (CtChangeWatch *self,
            CtChangeBatch *batch)
{
  gint64 version;

  ct_database_release_reads (self->db);
  if (!query_int (self, "PRAGMA data_version", &version))
    return;
  if (version == self->data_version && !self->pending)
    {
      absorb_own (self);
      return;
    }
  /* After a failed read the next poll goes on from the last row read. */
  if (read_changes (self, batch))
    self->data_version = version;
}

static void
ct_change_watch_finalize (GObject *object)
{
  CtChangeWatch *self = CT_CHANGE_WATCH (object);

  set_hooks (self, FALSE);
  g_clear_object (&self->db);
  g_clear_pointer (&self->mark_hash, g_free);
  g_clear_pointer (&self->uncommitted, g_array_unref);
  g_clear_pointer (&self->own, g_hash_table_unref);

  G_OBJECT_CLASS (ct_change_watch_parent_class)->finalize (object);
}

static void
ct_change_watch_class_init (CtChangeWatchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_change_watch_finalize;

  /**
   * CtChangeWatch::changed:
   * @changes: (element-type CtChange): what other connections changed
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_PTR_ARRAY);
}

static void
ct_change_watch_init (CtChangeWatch *self)
{
  self->max_rows = DEFAULT_MAX_ROWS;
  self->uncommitted = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->own = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

CtChangeWatch *
ct_change_watch_new (CtDatabase *db)
{
  CtChangeWatch *self;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  self = g_object_new (CT_TYPE_CHANGE_WATCH, NULL);
  self->db = g_object_ref (db);
  query_int (self, "PRAGMA data_version", &self->data_version);
  mark_newest (self);
  set_hooks (self, TRUE);
  ct_database_release_reads (db);
  return self;
}

CtDatabase *
ct_change_watch_get_database (CtChangeWatch *self)
{
  g_return_val_if_fail (CT_IS_CHANGE_WATCH (self), NULL);
  return self->db;
}

guint
ct_change_watch_get_max_rows (CtChangeWatch *self)
{
  g_return_val_if_fail (CT_IS_CHANGE_WATCH (self), 0);
  return self->max_rows;
}

void
ct_change_watch_set_max_rows (CtChangeWatch *self,
                              guint          max_rows)
{
  g_return_if_fail (CT_IS_CHANGE_WATCH (self));
  g_return_if_fail (max_rows > 0);
  self->max_rows = max_rows;
}

gint64
ct_change_watch_get_last_id (CtChangeWatch *self)
{
  g_return_val_if_fail (CT_IS_CHANGE_WATCH (self), 0);
  return self->last_id;
}

guint
ct_change_watch_poll (CtChangeWatch *self)
{
  g_auto(CtChangeBatch) batch = { 0 };

  g_return_val_if_fail (CT_IS_CHANGE_WATCH (self), 0);

  if (ct_database_in_write (self->db))
    return 0;
  ct_change_batch_init (&batch);
  /* Another app committing a large change holds the file for a moment: try
   * again next time rather than freeze the window. */
  sqlite3_busy_timeout (ct_database_get_handle (self->db), POLL_BUSY_MS);
  read_batch (self, &batch);
  ct_database_set_write_retry_ms (self->db, ct_database_get_write_retry_ms (self->db));
  ct_database_release_reads (self->db);
  if (batch.list->len > 0)
    g_signal_emit (self, signals[CHANGED], 0, batch.list);
  return batch.list->len;
}
