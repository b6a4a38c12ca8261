/* ct-user-password.c — password hashes (libsodium argon2id) and signing in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-user-store"

#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>
#include <string.h>

#include "ct-error.h"
#include "ct-user-store-private.h"

#define MAX_PASSWORD_BYTES 1024

/* Set only by tests (ct_user_store_set_hash_limits); 0 = INTERACTIVE. */
static guint64 test_opslimit;
static gsize test_memlimit;

static gboolean
ensure_sodium (GError **error)
{
  static gsize once = 0;
  static int result;

  if (g_once_init_enter (&once))
    {
      result = sodium_init ();
      g_once_init_leave (&once, 1);
    }
  if (result >= 0)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("The password library (libsodium) could not start. Nothing was saved."));
  return FALSE;
}

static unsigned long long
opslimit (void)
{
  return test_opslimit ? test_opslimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

static size_t
memlimit (void)
{
  return test_memlimit ? test_memlimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

void
ct_user_store_set_hash_limits (guint64 ops,
                               gsize   mem)
{
  test_opslimit = ops;
  test_memlimit = mem;
}

static gboolean
check_length (const char  *password,
              GError     **error)
{
  glong chars;

  if (password == NULL)
    password = "";
  chars = g_utf8_validate (password, -1, NULL) ? g_utf8_strlen (password, -1)
                                               : (glong) strlen (password);
  if (chars < CT_USER_PASSWORD_MIN_CHARS)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The password is too short: use at least %d characters."),
                   CT_USER_PASSWORD_MIN_CHARS);
      return FALSE;
    }
  if (strlen (password) > MAX_PASSWORD_BYTES)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The password is too long: use at most %d characters."),
                   MAX_PASSWORD_BYTES);
      return FALSE;
    }
  return TRUE;
}

static char *
hash_unchecked (const char  *password,
                GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];

  if (!ensure_sodium (error))
    return NULL;
  if (crypto_pwhash_str (hash, password, strlen (password), opslimit (), memlimit ()) != 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("There was not enough memory to protect the password. Nothing was saved; "
                     "close other programs and try again."));
      return NULL;
    }
  return g_strdup (hash);
}

char *
ct_user_password_hash (const char  *password,
                       GError     **error)
{
  if (!check_length (password, error))
    return NULL;
  return hash_unchecked (password, error);
}

static void
set_wrong (GError **error)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
               _("Wrong login or password."));
}

/* The stored hash and active flag of account @id. */
static gboolean
read_secret (CtUserStore  *self,
             gint64        id,
             char        **hash,
             gboolean     *active,
             GError      **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, "SELECT password_hash, active "
                                                      "FROM users WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *active = sqlite3_column_int (stmt, 1) != 0;
    }
  else if (rc != SQLITE_DONE)
    ct_database_set_error (self->db, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/* Verifies; *@rehash is a new hash when the stored one was made with other
 * limits. Returns the account's id, 0 with an error. */
static gint64
verify (CtUserStore  *self,
        const char   *login,
        const char   *password,
        char        **rehash,
        GError      **error)
{
  g_autofree char *hash = NULL;
  g_autofree char *burnt = NULL;
  GError *local_error = NULL;
  gboolean active = FALSE;
  gint64 id;

  if (!ensure_sodium (error))
    return 0;
  password = password ? password : "";
  id = ct_user_store_id_of (self, login ? login : "", &local_error);
  if (id != 0 && !read_secret (self, id, &hash, &active, &local_error) && !local_error)
    id = 0;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return 0;
    }
  if (id == 0)
    {
      /* As long as a real check: the answer's delay does not tell whether
       * the login exists. */
      burnt = hash_unchecked (password, NULL);
      set_wrong (error);
      return 0;
    }
  if (crypto_pwhash_str_verify (hash, password, strlen (password)) != 0)
    {
      set_wrong (error);
      return 0;
    }
  if (!active)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
                   _("The account “%s” is deactivated. Ask an administrator to activate it."),
                   login);
      return 0;
    }
  if (crypto_pwhash_str_needs_rehash (hash, opslimit (), memlimit ()) != 0)
    *rehash = hash_unchecked (password, NULL);
  return id;
}

typedef struct
{
  CtUserStore *self;
  gint64       id;
  const char  *login;
  const char  *rehash;       /* or NULL */
  gint64       signed_in_at; /* 0: not a sign-in */
} SignIn;

/* The bookkeeping of a sign-in: not versioned (it never conflicts with an
 * administrator's edit), audited without the hash. */
static gboolean
sign_in_func (CtDatabase  *db,
              gpointer     user_data,
              GError     **error)
{
  SignIn *s = user_data;
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE users SET password_hash = coalesce (?, password_hash), "
    "last_login_at = coalesce (?, last_login_at) WHERE id = ?", error);
  g_autoptr(GString) json = g_string_new ("{");

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, s->rehash, -1, SQLITE_TRANSIENT);
  if (s->signed_in_at != 0)
    sqlite3_bind_int64 (stmt, 2, s->signed_in_at);
  sqlite3_bind_int64 (stmt, 3, s->id);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  if (s->signed_in_at != 0)
    g_string_append_printf (json, "\"last_login_at\":%" G_GINT64_FORMAT, s->signed_in_at);
  if (s->rehash != NULL)
    g_string_append_printf (json, "%s\"password\":\"rehashed\"", json->len > 1 ? "," : "");
  g_string_append_c (json, '}');
  return ct_database_audit (db, s->login, "user", s->id, "update", NULL, json->str, error);
}

static CtUser *
check (CtUserStore  *self,
       const char   *login,
       const char   *password,
       gboolean      sign_in,
       GError      **error)
{
  g_autofree char *rehash = NULL;
  SignIn s = { self, 0, login, NULL, 0 };

  if ((s.id = verify (self, login, password, &rehash, error)) == 0)
    return NULL;
  s.rehash = rehash;
  if (sign_in)
    s.signed_in_at = ct_clock_now (ct_database_get_clock (self->db));
  if ((s.rehash != NULL || sign_in) && !ct_database_write (self->db, sign_in_func, &s, error))
    return NULL;
  return (CtUser *) ct_record_store_load (self->users, s.id, error);
}

CtUser *
ct_user_store_check_password (CtUserStore  *self,
                              const char   *login,
                              const char   *password,
                              GError      **error)
{
  g_return_val_if_fail (CT_IS_USER_STORE (self), NULL);
  return check (self, login, password, FALSE, error);
}

CtUser *
ct_user_store_sign_in (CtUserStore  *self,
                       const char   *login,
                       const char   *password,
                       GError      **error)
{
  CtUser *user;

  g_return_val_if_fail (CT_IS_USER_STORE (self), NULL);

  user = check (self, login, password, TRUE, error);
  if (user != NULL)
    ct_database_set_user (self->db, ct_record_get_id (CT_RECORD (user)),
                          ct_user_get_login (user), ct_user_get_role (user),
                          ct_user_get_staff_id (user));
  return user;
}
