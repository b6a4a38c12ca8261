/* test-cli-users.c — caretaker-cli user add|list|passwd|role|deactivate, and
 * the sign-in every write needs once a database has accounts (--user LOGIN,
 * the password in $CARETAKER_PASSWORD)
 *
 * New passwords go in on standard input (--password-stdin, or simply not a
 * terminal). The command hashes with the product's argon2id limits, so each
 * run that hashes or signs in takes a moment: the test keeps them few.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"

#define BOSS_PASSWORD "翠湖物业系统管理员"
#define LI_PASSWORD "李娜的密码12345"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

/* caretaker-cli with @input on standard input and $CARETAKER_PASSWORD set to
 * @password (unset when NULL). */
static void
run_as (Run        *run,
        const char *password,
        const char *input,
        const char *first,
        ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("CARETAKER_CLI"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_clear (run);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (password != NULL)
    g_subprocess_launcher_setenv (launcher, "CARETAKER_PASSWORD", password, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "CARETAKER_PASSWORD");
  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input ? input : "", NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
assert_ok (Run *run)
{
  if (run->status != 0)
    g_error ("caretaker-cli failed: %s", run->err);
  g_assert_cmpstr (run->err, ==, "");
}

static void
assert_fails (Run        *run,
              const char *needle)
{
  g_assert_cmpint (run->status, ==, 1);
  assert_one_line_error (run, needle);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  f->dir = cli_test_make_dir ("ct-cli-users-XXXXXX");
  f->db = g_build_filename (f->dir, "users.db", NULL);
  cli_test_init_database (f->db);
  exec_sql (f->db, "INSERT INTO staff (employee_no, name, department_id, created_at, updated_at) "
                   "VALUES ('CT0001', '王师傅', (SELECT min (id) FROM departments), 0, 0)");
  /* The first account: no sign-in yet, and it must be an administrator. */
  run_as (&run, NULL, BOSS_PASSWORD "\n", "user", "add", "boss", "--role", "管理员",
          "--name", "王芳", "--db", f->db, NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "boss"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
test_add_and_list (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) listed = NULL;
  JsonArray *users;

  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM users WHERE login = 'boss' AND "
                                     "role = 'admin' AND password_hash LIKE '$argon2id$%'"), ==, 1);
  /* Now the database has an account: adding another needs a sign-in. */
  run_as (&run, NULL, LI_PASSWORD "\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, NULL);
  assert_fails (&run, "CARETAKER_PASSWORD");
  run_as (&run, NULL, LI_PASSWORD "\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, "--user", "boss", NULL);
  assert_fails (&run, "CARETAKER_PASSWORD");
  run_as (&run, "not the password", LI_PASSWORD "\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, "--user", "boss", NULL);
  assert_fails (&run, "Wrong login or password");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM users"), ==, 1);

  run_as (&run, BOSS_PASSWORD, "short\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, "--user", "boss", "--password-stdin", NULL);
  assert_fails (&run, "at least 8");
  run_as (&run, BOSS_PASSWORD, LI_PASSWORD "\n", "user", "add", "wang", "--role", "维修工",
          "--db", f->db, "--user", "boss", NULL);
  assert_fails (&run, "staff member");
  run_as (&run, BOSS_PASSWORD, LI_PASSWORD "\n", "user", "add", "wang", "--role", "维修工",
          "--staff", "CT0001", "--db", f->db, "--user", "boss", "--json", NULL);
  assert_ok (&run);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM users WHERE login = 'wang' AND "
                                     "role = 'technician' AND staff_id IS NOT NULL"), ==, 1);

  run_as (&run, BOSS_PASSWORD, NULL, "user", "list", "--json", "--db", f->db, "--user", "boss",
          NULL);
  assert_ok (&run);
  listed = parse_json (run.out);
  users = json_object_get_array_member (listed, "users");
  g_assert_cmpuint (json_array_get_length (users), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (users, 0),
                                                  "login"), ==, "boss");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (users, 1),
                                                  "role"), ==, "technician");
  /* The signed-in run recorded its sign-in; the hash is never in the audit log. */
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM users WHERE login = 'boss' "
                                     "AND last_login_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM audit_log WHERE "
                                     "new_json LIKE '%argon2%'"), ==, 0);
}

/* A write command of another group: refused without a sign-in, and for a
 * role that may not, with nothing written; done by a manager. */
static void
test_writes_need_sign_in (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  gint64 audit_rows;

  run_as (&run, BOSS_PASSWORD, LI_PASSWORD "\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, "--user", "boss", NULL);
  assert_ok (&run);
  audit_rows = query_int (f->db, "SELECT count(*) FROM audit_log");
  run_as (&run, NULL, NULL, "pm-generate", "--db", f->db, NULL);
  assert_fails (&run, "--user LOGIN");
  run_as (&run, LI_PASSWORD, NULL, "pm-generate", "--db", f->db, "--user", "lina", NULL);
  assert_fails (&run, "A viewer may not create maintenance tasks");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM audit_log"), ==, audit_rows + 1);
  run_as (&run, BOSS_PASSWORD, NULL, "pm-generate", "--db", f->db, "--user", "boss", NULL);
  assert_ok (&run);
}

static void
test_passwd_role_deactivate (Fixture       *f,
                             gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_as (&run, BOSS_PASSWORD, LI_PASSWORD "\n", "user", "add", "lina", "--role", "viewer",
          "--db", f->db, "--user", "boss", NULL);
  assert_ok (&run);

  /* One's own password, without being an administrator. */
  run_as (&run, LI_PASSWORD, "李娜换了新的密码\n", "user", "passwd", "lina", "--db", f->db,
          "--user", "lina", NULL);
  assert_ok (&run);
  run_as (&run, LI_PASSWORD, NULL, "user", "list", "--db", f->db, "--user", "lina", NULL);
  assert_fails (&run, "Wrong login or password");
  run_as (&run, "李娜换了新的密码", NULL, "user", "list", "--db", f->db, "--user", "lina", NULL);
  assert_fails (&run, "A viewer may not see user accounts");
  run_as (&run, "李娜换了新的密码", "李娜改的管理员密码\n", "user", "passwd", "boss", "--db", f->db,
          "--user", "lina", NULL);
  assert_fails (&run, "may not see user accounts");

  run_as (&run, BOSS_PASSWORD, NULL, "user", "role", "lina", "manager", "--db", f->db,
          "--user", "boss", NULL);
  assert_ok (&run);
  run_as (&run, "李娜换了新的密码", NULL, "user", "list", "--db", f->db, "--user", "lina", NULL);
  assert_ok (&run);
  g_assert_nonnull (strstr (run.out, "Project manager"));

  run_as (&run, BOSS_PASSWORD, NULL, "user", "deactivate", "boss", "--db", f->db,
          "--user", "boss", NULL);
  assert_fails (&run, "last active administrator");
  run_as (&run, BOSS_PASSWORD, NULL, "user", "deactivate", "lina", "--db", f->db,
          "--user", "boss", NULL);
  assert_ok (&run);
  run_as (&run, "李娜换了新的密码", NULL, "user", "list", "--db", f->db, "--user", "lina", NULL);
  assert_fails (&run, "deactivated");
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_as (&run, NULL, NULL, "user", "promote", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_as (&run, NULL, NULL, "user", "add", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_as (&run, BOSS_PASSWORD, NULL, "user", "role", "boss", "king", "--db", f->db,
          "--user", "boss", NULL);
  assert_fails (&run, "not a role");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/users/add-and-list", test_add_and_list);
  ADD ("/cli/users/writes-need-sign-in", test_writes_need_sign_in);
  ADD ("/cli/users/passwd-role-deactivate", test_passwd_role_deactivate);
  ADD ("/cli/users/usage", test_usage);
#undef ADD
  return g_test_run ();
}
