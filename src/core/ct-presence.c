/* ct-presence.c — who else has the database open (db_sessions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-presence"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "ct-database-private.h"
#include "ct-presence.h"

/* A missed heartbeat is harmless: do not keep the window waiting. */
#define QUICK_RETRY_MS 1000
/* How long reading who is present may wait for another app's commit. */
#define READ_BUSY_MS 200

/* Our row, remembered on the CtDatabase. */
typedef struct
{
  gint64  id;
  char   *user;
  char   *login;
  gint64  started_at;
} Session;

static void
session_free (Session *session)
{
  g_free (session->user);
  g_free (session->login);
  g_free (session);
}

static GQuark
session_quark (void)
{
  return g_quark_from_static_string ("ct-presence-session");
}

static Session *
get_session (CtDatabase *db)
{
  return g_object_get_qdata (G_OBJECT (db), session_quark ());
}

static gint64
now (CtDatabase *db)
{
  return ct_clock_now (ct_database_get_clock (db));
}

static gboolean
delete_stale (CtDatabase  *db,
              GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "DELETE FROM db_sessions WHERE heartbeat_at < ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now (db) - CT_PRESENCE_STALE_SECONDS);
  return ct_database_step_done (db, stmt, error);
}

static gboolean
insert_row (CtDatabase  *db,
            Session     *session,
            GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO db_sessions (user, login, host, pid, started_at, heartbeat_at, app_version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, session->user, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, session->login, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, g_get_host_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, (gint64) getpid ());
  sqlite3_bind_int64 (stmt, 5, session->started_at);
  sqlite3_bind_int64 (stmt, 6, now (db));
  sqlite3_bind_text (stmt, 7, PACKAGE_VERSION, -1, SQLITE_STATIC);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  session->id = sqlite3_last_insert_rowid (ct_database_get_handle (db));
  return TRUE;
}

static gboolean
delete_row (CtDatabase  *db,
            gint64       id,
            GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "DELETE FROM db_sessions WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return ct_database_step_done (db, stmt, error);
}

static gboolean
join_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  Session *session = user_data;
  Session *old = get_session (db);

  return (old == NULL || delete_row (db, old->id, error))
      && delete_stale (db, error)
      && insert_row (db, session, error);
}

static gboolean
heartbeat_func (CtDatabase  *db,
                gpointer     user_data,
                GError     **error)
{
  Session *session = user_data;
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE db_sessions SET heartbeat_at = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now (db));
  sqlite3_bind_int64 (stmt, 2, session->id);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  /* Another app took us for a crashed one (we were suspended, or our clock is
   * slow): come back. */
  if (sqlite3_changes (ct_database_get_handle (db)) == 0 && !insert_row (db, session, error))
    return FALSE;
  return delete_stale (db, error);
}

static gboolean
leave_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  return delete_row (db, *(gint64 *) user_data, error);
}

/* Runs @func with a short busy wait instead of the usual ten seconds. */
static gboolean
quick_write (CtDatabase          *db,
             CtDatabaseWriteFunc  func,
             gpointer             data,
             GError             **error)
{
  guint saved = ct_database_get_write_retry_ms (db);
  gboolean ok;

  ct_database_set_write_retry_ms (db, MIN (saved, QUICK_RETRY_MS));
  ok = ct_database_write (db, func, data, error);
  ct_database_set_write_retry_ms (db, saved);
  return ok;
}

/* Reads wait only briefly for another app's commit (the window must not
 * freeze for a hint); @on FALSE restores the usual wait. */
static void
short_busy_wait (CtDatabase *db,
                 gboolean    on)
{
  if (on)
    sqlite3_busy_timeout (ct_database_get_handle (db), READ_BUSY_MS);
  else
    ct_database_set_write_retry_ms (db, ct_database_get_write_retry_ms (db));
}

static CtPresence *
read_presence (sqlite3_stmt *stmt)
{
  CtPresence *p = g_new0 (CtPresence, 1);

  p->user = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  p->login = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  p->host = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  p->pid = sqlite3_column_int64 (stmt, 3);
  p->since = sqlite3_column_int64 (stmt, 4);
  p->heartbeat_at = sqlite3_column_int64 (stmt, 5);
  return p;
}

static gint64
own_id (CtDatabase *db)
{
  Session *session = get_session (db);

  return session ? session->id : 0;
}

void
ct_presence_free (CtPresence *presence)
{
  if (presence == NULL)
    return;
  g_free (presence->user);
  g_free (presence->login);
  g_free (presence->host);
  g_free (presence);
}

gboolean
ct_presence_join (CtDatabase  *db,
                  const char  *user,
                  const char  *login,
                  GError     **error)
{
  Session *session;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  session = g_new0 (Session, 1);
  session->user = g_strdup (user ? user : "");
  session->login = g_strdup (login ? login : "");
  session->started_at = now (db);
  if (!ct_database_write (db, join_func, session, error))
    {
      session_free (session);
      return FALSE;
    }
  g_object_set_qdata_full (G_OBJECT (db), session_quark (), session,
                           (GDestroyNotify) session_free);
  return TRUE;
}

gboolean
ct_presence_heartbeat (CtDatabase  *db,
                       GError     **error)
{
  Session *session;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  session = get_session (db);
  if (session == NULL)
    return TRUE;
  return quick_write (db, heartbeat_func, session, error);
}

gboolean
ct_presence_leave (CtDatabase  *db,
                   GError     **error)
{
  gint64 id;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  id = own_id (db);
  if (id == 0)
    return TRUE;
  /* Forgotten even if the delete fails: the row then expires as stale. */
  g_object_set_qdata (G_OBJECT (db), session_quark (), NULL);
  return quick_write (db, leave_func, &id, error);
}

gboolean
ct_presence_is_joined (CtDatabase *db)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  return get_session (db) != NULL;
}

GPtrArray *
ct_presence_list_others (CtDatabase  *db,
                         GError     **error)
{
  g_autoptr(GPtrArray) others = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  stmt = ct_database_prepare (db,
    "SELECT user, login, host, pid, started_at, heartbeat_at FROM db_sessions "
    "WHERE id <> ? AND heartbeat_at >= ? ORDER BY user, host, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, own_id (db));
  sqlite3_bind_int64 (stmt, 2, now (db) - CT_PRESENCE_STALE_SECONDS);
  others = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_presence_free);
  short_busy_wait (db, TRUE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (others, read_presence (stmt));
  short_busy_wait (db, FALSE);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      sqlite3_reset (stmt);
      return NULL;
    }
  sqlite3_reset (stmt);
  return g_steal_pointer (&others);
}

char *
ct_presence_describe (const CtPresence *presence)
{
  const char *user;

  g_return_val_if_fail (presence != NULL, NULL);

  user = presence->user[0] ? presence->user : presence->login;
  /* Translators: who has the database open: user name, computer name */
  return g_strdup_printf (_("%s on %s"), user[0] ? user : _("someone"), presence->host);
}

char *
ct_presence_describe_writer (CtDatabase *db)
{
  g_autoptr(CtPresence) writer = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  stmt = ct_database_prepare (db,
    "SELECT s.user, s.login, s.host, s.pid, s.started_at, s.heartbeat_at "
    "FROM db_sessions AS s "
    "LEFT JOIN (SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1) AS last "
    "  ON last.actor <> '' AND last.actor IN (s.user, s.login) "
    "WHERE s.id <> ? AND s.heartbeat_at >= ? "
    "ORDER BY last.actor IS NOT NULL DESC, s.heartbeat_at DESC, s.id DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, own_id (db));
  sqlite3_bind_int64 (stmt, 2, now (db) - CT_PRESENCE_STALE_SECONDS);
  /* The caller has just waited for the lock: a reader may be refused too. */
  short_busy_wait (db, TRUE);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    writer = read_presence (stmt);
  sqlite3_reset (stmt);
  short_busy_wait (db, FALSE);
  return writer ? ct_presence_describe (writer) : NULL;
}
