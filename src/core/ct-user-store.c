/* ct-user-store.c — user accounts: list, create, change, deactivate, delete
 *
 * Hashing and signing in are in ct-user-password.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-user-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-permission.h"
#include "ct-user-store-private.h"

G_DEFINE_FINAL_TYPE (CtUserStore, ct_user_store, G_TYPE_OBJECT)

typedef struct
{
  CtUserStore *self;
  CtRecord    *user;       /* a copy, written */
  const char  *actor;
  const char  *hash;       /* create, set_password */
  gboolean     remove;     /* delete */
} UserWrite;

static gboolean
count_users (CtDatabase  *db,
             const char  *sql,
             gint64       id,
             gint64      *count,
             GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *count = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    ct_database_set_error (db, rc, error);
  return rc == SQLITE_ROW;
}

static gboolean
is_active_admin (CtRecord *user)
{
  return user != NULL && ct_record_get_int (user, "active") != 0
      && g_str_equal (ct_record_get_string (user, "role"), "admin");
}

/* Refuses a change that leaves no active administrator. Keeps the stored
 * last sign-in (not versioned) over the copy's. */
static gboolean
keep_an_admin (UserWrite  *w,
               GError    **error)
{
  gint64 id = ct_record_get_id (w->user);
  g_autoptr(CtRecord) stored = ct_record_store_load (w->self->users, id, error);
  gint64 others;

  if (stored == NULL)
    return error == NULL || *error == NULL;   /* gone: the store says so */
  ct_record_set_int (w->user, "last_login_at", ct_record_get_int (stored, "last_login_at"));
  if (!is_active_admin (stored) || (!w->remove && is_active_admin (w->user)))
    return TRUE;
  if (!count_users (w->self->db, "SELECT count(*) FROM users WHERE role = 'admin' "
                    "AND active = 1 AND id <> ?", id, &others, error))
    return FALSE;
  if (others > 0)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” is the last active administrator: make another account an "
                 "administrator first."), ct_record_get_string (stored, "login"));
  return FALSE;
}

static gboolean
store_hash (UserWrite  *w,
            GError    **error)
{
  CtDatabase *db = w->self->db;
  sqlite3_stmt *stmt = ct_database_prepare (db, "UPDATE users SET password_hash = ? "
                                                "WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, w->hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, ct_record_get_id (w->user));
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (ct_database_get_handle (db)) == 1)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
               _("The account “%s” was deleted by someone else."),
               ct_record_get_string (w->user, "login"));
  return FALSE;
}

static gboolean
create_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  UserWrite *w = user_data;
  gint64 n;

  if (!count_users (db, "SELECT count(*) FROM users WHERE id <> ?", 0, &n, error))
    return FALSE;
  if (n == 0 && !g_str_equal (ct_record_get_string (w->user, "role"), "admin"))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The first account must be an administrator: nobody could manage "
                     "the accounts otherwise."));
      return FALSE;
    }
  return ct_record_store_insert (w->self->users, w->user, w->actor, error)
      && store_hash (w, error);
}

static gboolean
update_func (CtDatabase  *db,
             gpointer     user_data,
             GError     **error)
{
  UserWrite *w = user_data;

  if (!keep_an_admin (w, error))
    return FALSE;
  if (w->remove)
    return ct_record_store_delete (w->self->users, w->user, w->actor, error);
  return ct_record_store_update (w->self->users, w->user, w->actor, error);
}

static gboolean
password_func (CtDatabase  *db,
               gpointer     user_data,
               GError     **error)
{
  UserWrite *w = user_data;

  return store_hash (w, error)
      && ct_database_audit (db, w->actor, "user", ct_record_get_id (w->user), "update", NULL,
                            "{\"password\":\"changed\"}", error);
}

/* Runs @func on a copy of @user; on success @user takes the saved values. */
static gboolean
write_copy (CtUserStore          *self,
            CtUser               *user,
            UserWrite            *w,
            CtDatabaseWriteFunc   func,
            GError              **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (user));

  w->self = self;
  w->user = copy;
  if (!ct_database_write (self->db, func, w, error))
    return FALSE;
  ct_record_assign (CT_RECORD (user), copy);
  return TRUE;
}

static void
ct_user_store_finalize (GObject *object)
{
  CtUserStore *self = CT_USER_STORE (object);

  g_clear_object (&self->users);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (ct_user_store_parent_class)->finalize (object);
}

static void
ct_user_store_class_init (CtUserStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_user_store_finalize;
}

static void
ct_user_store_init (CtUserStore *self)
{
}

CtUserStore *
ct_user_store_new (CtDatabase *db)
{
  CtUserStore *self;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  self = g_object_new (CT_TYPE_USER_STORE, NULL);
  self->db = g_object_ref (db);
  self->users = ct_record_store_new (db, CT_TYPE_USER);
  return self;
}

CtDatabase *
ct_user_store_get_database (CtUserStore *self)
{
  g_return_val_if_fail (CT_IS_USER_STORE (self), NULL);
  return self->db;
}

gboolean
ct_user_store_query_has_users (CtDatabase  *db,
                               gboolean    *has,
                               GError     **error)
{
  gint64 n = 1;

  *has = TRUE;
  if (!count_users (db, "SELECT count(*) FROM (SELECT 1 FROM users WHERE id <> ? LIMIT 1)",
                    0, &n, error))
    return FALSE;
  *has = n > 0;
  return TRUE;
}

gboolean
ct_user_store_has_users (CtDatabase *db)
{
  gboolean has = TRUE;

  g_return_val_if_fail (CT_IS_DATABASE (db), TRUE);
  ct_user_store_query_has_users (db, &has, NULL);
  return has;
}

GListModel *
ct_user_store_list (CtUserStore  *self,
                    GError      **error)
{
  g_return_val_if_fail (CT_IS_USER_STORE (self), NULL);

  if (!ct_permission_check (self->db, "user", "read", 0, error)
      || !ct_record_store_reload (self->users, error))
    return NULL;
  return ct_record_store_get_model (self->users);
}

gint64
ct_user_store_id_of (CtUserStore  *self,
                     const char   *login,
                     GError      **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, "SELECT id FROM users WHERE login = ?",
                                            error);
  gint64 id = 0;
  int rc;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, login, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    ct_database_set_error (self->db, rc, error);
  sqlite3_reset (stmt);
  return id;
}

CtUser *
ct_user_store_find (CtUserStore  *self,
                    const char   *login,
                    GError      **error)
{
  const CtDatabaseUser *me;
  GError *local_error = NULL;
  CtRecord *user = NULL;
  gint64 id;

  g_return_val_if_fail (CT_IS_USER_STORE (self), NULL);
  g_return_val_if_fail (login != NULL, NULL);

  me = ct_database_get_user (self->db);
  if (g_strcmp0 (me->login, login) != 0
      && !ct_permission_check (self->db, "user", "read", 0, error))
    return NULL;
  id = ct_user_store_id_of (self, login, &local_error);
  if (id != 0)
    user = ct_record_store_load (self->users, id, &local_error);
  if (local_error != NULL)
    g_propagate_error (error, local_error);
  else if (user == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("There is no account “%s”."), login);
  return (CtUser *) user;
}

gboolean
ct_user_store_create (CtUserStore  *self,
                      CtUser       *user,
                      const char   *password,
                      const char   *actor,
                      GError      **error)
{
  g_autofree char *hash = NULL;
  UserWrite w = { .actor = actor };

  g_return_val_if_fail (CT_IS_USER_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_USER (user), FALSE);

  /* Checked here too, so that nobody waits for a hash only to be refused. */
  if (!ct_permission_check (self->db, "user", "create", 0, error)
      || !ct_record_validate (CT_RECORD (user), error)
      || !(hash = ct_user_password_hash (password, error)))
    return FALSE;
  w.hash = hash;
  return write_copy (self, user, &w, create_func, error);
}

gboolean
ct_user_store_update (CtUserStore  *self,
                      CtUser       *user,
                      const char   *actor,
                      GError      **error)
{
  UserWrite w = { .actor = actor };

  g_return_val_if_fail (CT_IS_USER_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_USER (user), FALSE);
  return write_copy (self, user, &w, update_func, error);
}

gboolean
ct_user_store_deactivate (CtUserStore  *self,
                          CtUser       *user,
                          const char   *actor,
                          GError      **error)
{
  g_autoptr(CtRecord) copy = NULL;

  g_return_val_if_fail (CT_IS_USER_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_USER (user), FALSE);

  copy = ct_record_copy (CT_RECORD (user));
  ct_record_set_int (copy, "active", 0);
  if (!ct_user_store_update (self, CT_USER (copy), actor, error))
    return FALSE;
  ct_record_assign (CT_RECORD (user), copy);
  return TRUE;
}

gboolean
ct_user_store_delete (CtUserStore  *self,
                      CtUser       *user,
                      const char   *actor,
                      GError      **error)
{
  UserWrite w = { .actor = actor, .remove = TRUE };

  g_return_val_if_fail (CT_IS_USER_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_USER (user), FALSE);
  return write_copy (self, user, &w, update_func, error);
}

gboolean
ct_user_store_set_password (CtUserStore  *self,
                            CtUser       *user,
                            const char   *password,
                            const char   *actor,
                            GError      **error)
{
  const CtDatabaseUser *me;
  g_autofree char *hash = NULL;
  UserWrite w = { .actor = actor };

  g_return_val_if_fail (CT_IS_USER_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_USER (user), FALSE);

  me = ct_database_get_user (self->db);
  if ((me->role == NULL || me->user_id != ct_record_get_id (CT_RECORD (user)))
      && !ct_permission_check (self->db, "user", "update", 0, error))
    return FALSE;
  if (!(hash = ct_user_password_hash (password, error)))
    return FALSE;
  w.hash = hash;
  return write_copy (self, user, &w, password_func, error);
}
