/* test-users.c — user accounts: create, sign in, rehash, the last
 * administrator, password rules, single-user mode
 *
 * Passwords are hashed with libsodium's minimum argon2id limits here for speed
 * (ct_user_store_set_hash_limits); the product uses INTERACTIVE.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-permission.h"
#include "ct-test-util.h"
#include "ct-user-store.h"

#define PASSWORD "翠湖花园2025!"

typedef struct
{
  CtTestFixture  base;
  CtUserStore   *users;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (&f->base, "ct-users-XXXXXX", "users.db");
  ct_test_fixture_open_organisation (&f->base);
  f->users = ct_user_store_new (f->base.db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->users);
  ct_test_fixture_tear_down (&f->base);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

static CtUser *
add_user (Fixture    *f,
          const char *login,
          const char *role)
{
  g_autoptr(GError) error = NULL;
  CtUser *user = ct_user_new (login, NULL, role);

  g_assert_true (ct_user_store_create (f->users, user, PASSWORD, "admin", &error));
  g_assert_no_error (error);
  return user;
}

static char *
stored_text (Fixture    *f,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ct_database_get_handle (f->base.db), sql, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
stored_int (Fixture    *f,
            const char *sql)
{
  g_autofree char *text = stored_text (f, sql);

  return text ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static void
test_create_and_sign_in (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = NULL;
  g_autoptr(CtUser) signed_in = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *audit = NULL;
  const CtDatabaseUser *me;

  g_assert_false (ct_user_store_has_users (f->base.db));
  admin = add_user (f, "wangfang", "admin");
  g_assert_true (ct_user_store_has_users (f->base.db));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (admin)), >, 0);

  hash = stored_text (f, "SELECT password_hash FROM users WHERE login = 'wangfang'");
  g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
  /* The hash never reaches the audit log. */
  audit = stored_text (f, "SELECT group_concat (coalesce (new_json, ''), ' ') FROM audit_log "
                          "WHERE entity = 'user'");
  g_assert_null (strstr (audit, "argon2"));
  g_assert_nonnull (strstr (audit, "wangfang"));

  /* Nothing is signed in yet. */
  me = ct_database_get_user (f->base.db);
  g_assert_null (me->role);
  signed_in = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
  g_assert_cmpstr (ct_user_get_role (signed_in), ==, "admin");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (signed_in), "last_login_at"), ==, CT_TEST_NOW);
  me = ct_database_get_user (f->base.db);
  g_assert_cmpstr (me->login, ==, "wangfang");
  g_assert_cmpstr (me->role, ==, "admin");
  g_assert_cmpint (me->user_id, ==, ct_record_get_id (CT_RECORD (admin)));
}

static void
test_wrong_login_or_password (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) wrong_password = NULL;
  g_autoptr(GError) wrong_login = NULL;
  g_autoptr(CtUser) admin = add_user (f, "wangfang", "admin");
  gint64 audit_rows = stored_int (f, "SELECT count(*) FROM audit_log");

  g_assert_null (ct_user_store_sign_in (f->users, "wangfang", "翠湖花园2024!", &wrong_password));
  g_assert_error (wrong_password, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_null (ct_user_store_sign_in (f->users, "lisi", PASSWORD, &wrong_login));
  g_assert_error (wrong_login, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  /* The same words for both: the answer does not say which logins exist. */
  g_assert_cmpstr (wrong_password->message, ==, wrong_login->message);
  g_assert_null (ct_database_get_user (f->base.db)->role);
  g_assert_cmpint (stored_int (f, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  g_assert_cmpint (stored_int (f, "SELECT count(*) FROM users WHERE last_login_at IS NOT NULL"),
                   ==, 0);
}

/* A hash made with weaker limits than the product's is replaced on the next
 * successful sign-in; a failed one leaves it. */
static void
test_rehash_on_sign_in (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = add_user (f, "wangfang", "admin");
  g_autoptr(CtUser) again = NULL;
  g_autoptr(CtUser) user = NULL;
  char weak[crypto_pwhash_STRBYTES];
  g_autofree char *sql = NULL;
  g_autofree char *after_wrong = NULL;
  g_autofree char *upgraded = NULL;

  g_assert_cmpint (sodium_init (), >=, 0);
  g_assert_cmpint (crypto_pwhash_str (weak, PASSWORD, strlen (PASSWORD),
                                      crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN),
                   ==, 0);
  g_assert_nonnull (strstr (weak, ",t=1,"));
  sql = g_strdup_printf ("UPDATE users SET password_hash = '%s'", weak);
  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (f->base.db), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);

  /* The product's limits changed: three passes now. */
  ct_user_store_set_hash_limits (3, crypto_pwhash_MEMLIMIT_MIN);
  g_assert_null (ct_user_store_sign_in (f->users, "wangfang", "wrong password", NULL));
  after_wrong = stored_text (f, "SELECT password_hash FROM users");
  g_assert_cmpstr (after_wrong, ==, weak);

  user = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (user);
  upgraded = stored_text (f, "SELECT password_hash FROM users");
  g_assert_cmpstr (upgraded, !=, weak);
  g_assert_true (g_str_has_prefix (upgraded, "$argon2id$"));
  g_assert_nonnull (strstr (upgraded, ",t=3,"));
  g_assert_cmpint (crypto_pwhash_str_needs_rehash (upgraded, 3, crypto_pwhash_MEMLIMIT_MIN), ==, 0);
  g_assert_cmpint (stored_int (f, "SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                  "AND new_json LIKE '%rehashed%'"), ==, 1);
  /* The new hash still opens the account. */
  again = ct_user_store_check_password (f->users, "wangfang", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

static void
assert_last_admin (GError *error)
{
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "last active administrator"));
}

static void
test_last_admin_is_kept (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) first = add_user (f, "wangfang", "admin");
  g_autoptr(CtUser) second = NULL;
  g_autoptr(CtUser) signed_in = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, NULL);
  g_autoptr(CtRecord) demoted = ct_record_copy (CT_RECORD (first));

  g_assert_false (ct_user_store_deactivate (f->users, first, "wangfang", &error));
  assert_last_admin (error);
  g_clear_error (&error);
  g_assert_true (ct_user_is_active (first));
  ct_record_set_string (demoted, "role", "manager");
  g_assert_false (ct_user_store_update (f->users, CT_USER (demoted), "wangfang", &error));
  assert_last_admin (error);
  g_clear_error (&error);
  g_assert_false (ct_user_store_delete (f->users, first, "wangfang", &error));
  assert_last_admin (error);
  g_clear_error (&error);
  g_assert_cmpint (stored_int (f, "SELECT count(*) FROM users WHERE role = 'admin' "
                                  "AND active = 1"), ==, 1);

  /* With a second administrator the first may go, but not both. */
  second = add_user (f, "liqiang", "admin");
  g_assert_true (ct_user_store_deactivate (f->users, first, "wangfang", &error));
  g_assert_no_error (error);
  g_assert_false (ct_user_is_active (first));
  g_assert_false (ct_user_store_deactivate (f->users, second, "wangfang", &error));
  assert_last_admin (error);
}

static void
test_password_rules (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = ct_user_new ("wangfang", "王芳", "admin");
  g_autoptr(CtUser) signed_in = NULL;

  g_assert_false (ct_user_store_create (f->users, admin, "short", "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "at least 8"));
  g_clear_error (&error);
  g_assert_false (ct_user_store_has_users (f->base.db));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (admin)), ==, 0);
  /* Eight Chinese characters are eight characters (24 bytes). */
  g_assert_false (ct_user_store_create (f->users, admin, "物业七个字密码", "admin", &error));
  g_clear_error (&error);
  g_assert_true (ct_user_store_create (f->users, admin, "物业八个字的密码", "admin", &error));
  g_assert_no_error (error);

  /* Nobody changes a password without signing in first. */
  g_assert_false (ct_user_store_set_password (f->users, admin, "新的安全密码一二", "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  signed_in = ct_user_store_sign_in (f->users, "wangfang", "物业八个字的密码", &error);
  g_assert_no_error (error);
  g_assert_false (ct_user_store_set_password (f->users, admin, "1234567", "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ct_user_store_set_password (f->users, admin, "新的安全密码一二", "admin", &error));
  g_assert_no_error (error);
  g_assert_null (ct_user_store_check_password (f->users, "wangfang", "物业八个字的密码", NULL));
  g_clear_object (&signed_in);
  signed_in = ct_user_store_check_password (f->users, "wangfang", "新的安全密码一二", &error);
  g_assert_no_error (error);
  g_assert_nonnull (signed_in);
}

static void
test_first_account_is_admin (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) viewer = ct_user_new ("zhaomin", "赵敏", "viewer");

  g_assert_false (ct_user_store_create (f->users, viewer, PASSWORD, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "first account"));
  g_assert_false (ct_user_store_has_users (f->base.db));
}

static void
test_deactivated_cannot_sign_in (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = add_user (f, "wangfang", "admin");
  g_autoptr(CtUser) signed_in = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, NULL);
  g_autoptr(CtUser) viewer = add_user (f, "zhaomin", "viewer");

  g_assert_true (ct_user_store_deactivate (f->users, viewer, "wangfang", &error));
  g_assert_no_error (error);
  ct_database_set_user (f->base.db, 0, NULL, NULL, 0);
  g_assert_null (ct_user_store_sign_in (f->users, "zhaomin", PASSWORD, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "deactivated"));
  g_assert_null (ct_database_get_user (f->base.db)->role);
}

/* Single-user mode until the first account; then nothing is written without
 * signing in. */
static void
test_sign_in_required (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtSite) before = ct_site_new ("CH", "翠湖花园");
  g_autoptr(CtSite) after = ct_site_new ("JX", "锦绣苑");
  g_autoptr(CtUser) admin = NULL;
  g_autoptr(CtUser) signed_in = NULL;
  CtRecordStore *sites = ct_organisation_get_sites (f->base.org);

  g_assert_true (ct_record_store_insert (sites, CT_RECORD (before), "admin", &error));
  g_assert_no_error (error);
  admin = add_user (f, "wangfang", "admin");
  g_assert_false (ct_record_store_insert (sites, CT_RECORD (after), "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "sign in"));
  g_clear_error (&error);
  g_assert_false (ct_database_set_setting (f->base.db, "admin", "company_name", "翠湖物业",
                                           &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (stored_int (f, "SELECT count(*) FROM sites"), ==, 1);

  signed_in = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_true (ct_record_store_insert (sites, CT_RECORD (after), "wangfang", &error));
  g_assert_no_error (error);
}

/* Accounts survive closing the file; a technician needs a staff link; a
 * user changes their own password but not others'. */
static void
test_round_trip_and_own_password (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = add_user (f, "wangfang", "admin");
  g_autoptr(CtUser) signed_in = ct_user_store_sign_in (f->users, "wangfang", PASSWORD, NULL);
  g_autoptr(CtUser) viewer = add_user (f, "zhaomin", "viewer");
  g_autoptr(CtUser) tech = ct_user_new ("lishifu", "李师傅", "technician");
  g_autoptr(CtUserStore) reopened_store = NULL;
  g_autoptr(CtDatabase) reopened = NULL;
  g_autoptr(CtUser) found = NULL;
  g_autoptr(CtUser) me = NULL;
  GListModel *all;

  g_assert_false (ct_user_store_create (f->users, tech, PASSWORD, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "staff member"));
  g_clear_error (&error);

  reopened = ct_test_open (f->base.path, CT_DATABASE_OPEN_DEFAULT, f->base.clock);
  reopened_store = ct_user_store_new (reopened);
  all = ct_user_store_list (reopened_store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  me = ct_user_store_sign_in (reopened_store, "zhaomin", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_user_get_display_name (me), ==, "zhaomin");

  /* A viewer sees and changes only their own account. */
  g_assert_null (ct_user_store_list (reopened_store, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_null (ct_user_store_find (reopened_store, "wangfang", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  found = ct_user_store_find (reopened_store, "zhaomin", &error);
  g_assert_no_error (error);
  g_assert_true (ct_user_store_set_password (reopened_store, found, "赵敏的新密码很长", "zhaomin",
                                             &error));
  g_assert_no_error (error);
  g_assert_false (ct_user_store_set_password (reopened_store, admin, "赵敏改的管理员密码", "zhaomin",
                                              &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_clear_object (&found);
  found = ct_user_store_check_password (f->users, "wangfang", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
}

static void
test_roles_vocabulary (void)
{
  const char *const *roles = ct_user_roles ();

  g_assert_cmpuint (g_strv_length ((char **) roles), ==, 7);
  g_assert_cmpstr (roles[0], ==, "admin");
  g_assert_cmpstr (ct_user_role_from_text ("维修工"), ==, "technician");
  g_assert_cmpstr (ct_user_role_from_text ("项目经理"), ==, "manager");
  g_assert_cmpstr (ct_user_role_from_text ("客服"), ==, "dispatcher");
  g_assert_cmpstr (ct_user_role_from_text ("品质督导"), ==, "inspector");
  g_assert_cmpstr (ct_user_role_from_text ("培训专员"), ==, "trainer");
  g_assert_cmpstr (ct_user_role_from_text ("Viewer"), ==, "viewer");
  g_assert_null (ct_user_role_from_text ("boss"));
  g_assert_cmpstr (ct_user_role_label ("technician"), ==, "Technician");
  g_assert_cmpstr (ct_user_role_subject ("technician"), ==, "A technician");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/users/create-and-sign-in", test_create_and_sign_in);
  ADD ("/users/wrong-login-or-password", test_wrong_login_or_password);
  ADD ("/users/rehash-on-sign-in", test_rehash_on_sign_in);
  ADD ("/users/last-admin-is-kept", test_last_admin_is_kept);
  ADD ("/users/password-rules", test_password_rules);
  ADD ("/users/first-account-is-admin", test_first_account_is_admin);
  ADD ("/users/deactivated-cannot-sign-in", test_deactivated_cannot_sign_in);
  ADD ("/users/sign-in-required", test_sign_in_required);
  ADD ("/users/round-trip-and-own-password", test_round_trip_and_own_password);
#undef ADD
  g_test_add_func ("/users/roles-vocabulary", test_roles_vocabulary);
  return g_test_run ();
}
