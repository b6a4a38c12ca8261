/* ct-cli-users.c — caretaker-cli user add|list|passwd|role|deactivate
 *
 * The new password of `add` and `passwd` is read from standard input: typed
 * twice without echo on a terminal, else the first line (also with
 * --password-stdin, for scripts). When the database already has accounts,
 * these commands need --user LOGIN (an administrator's, or one's own for
 * passwd) with its password in $CARETAKER_PASSWORD, like every write.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "ct-cli.h"
#include "ct-error.h"
#include "ct-organisation.h"
#include "ct-user-store.h"

#define MAX_LINE 4096

typedef struct
{
  CtCliCommon  common;
  char        *role;
  char        *name;
  char        *staff;
  gboolean     password_stdin;
} UserArgs;

static void
user_args_clear (UserArgs *args)
{
  ct_cli_common_clear (&args->common);
  g_clear_pointer (&args->role, g_free);
  g_clear_pointer (&args->name, g_free);
  g_clear_pointer (&args->staff, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (UserArgs, user_args_clear)

static void
secret_free (char *secret)
{
  if (secret != NULL)
    sodium_memzero (secret, strlen (secret));
  g_free (secret);
}
typedef char Secret;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Secret, secret_free)

/* One line of standard input without its end, NULL at the end of input. */
static char *
read_line (void)
{
  g_autoptr(GString) line = g_string_new (NULL);
  int c;

  while ((c = getchar ()) != EOF && c != '\n' && line->len < MAX_LINE)
    g_string_append_c (line, (char) c);
  if (c == EOF && line->len == 0)
    return NULL;
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);
  return g_string_free (g_steal_pointer (&line), FALSE);
}

static char *
prompt_hidden (const char *prompt)
{
  struct termios saved, hidden;
  char *line;

  fprintf (stderr, "%s", prompt);
  fflush (stderr);
  tcgetattr (STDIN_FILENO, &saved);
  hidden = saved;
  hidden.c_lflag &= ~(tcflag_t) ECHO;
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &hidden);
  line = read_line ();
  tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
  fprintf (stderr, "\n");
  return line;
}

/* The new password of @login: typed twice on a terminal, else one line. */
static char *
read_new_password (UserArgs    *args,
                   const char  *login,
                   GError     **error)
{
  g_autoptr(Secret) first = NULL;
  g_autoptr(Secret) again = NULL;
  g_autofree char *prompt = NULL;

  if (args->password_stdin || !isatty (STDIN_FILENO))
    {
      if ((first = read_line ()) == NULL)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("No password on standard input: give it as the first line."));
      return g_steal_pointer (&first);
    }
  prompt = g_strdup_printf (_("New password for %s: "), login);
  if ((first = prompt_hidden (prompt)) == NULL
      || (again = prompt_hidden (_("Repeat the new password: "))) == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("No password was typed: nothing was changed."));
  else if (!g_str_equal (first, again))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                 _("The two passwords differ: nothing was changed."));
  else
    return g_steal_pointer (&first);
  return NULL;
}

static gboolean
open_users (UserArgs      *args,
            CtDatabase   **db,
            CtUserStore  **users,
            GError       **error)
{
  if (!(*db = ct_cli_open (args->common.db, CT_DATABASE_OPEN_DEFAULT, error)))
    return FALSE;
  *users = ct_user_store_new (*db);
  return TRUE;
}

static gint64
find_staff (CtDatabase  *db,
            const char  *code,
            GError     **error)
{
  g_autoptr(CtOrganisation) org = ct_organisation_new (db, error);
  CtRecord *staff;

  if (org == NULL)
    return 0;
  staff = ct_record_store_find (ct_organisation_get_staff (org), "employee_no", code);
  if (staff == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("There is no staff member with the employee number “%s”."), code);
  return staff ? ct_record_get_id (staff) : 0;
}

static void
print_account (UserArgs   *args,
               CtUser     *user,
               const char *done)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!args->common.json)
    {
      printf ("%s\n", done);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_int (builder, "id", ct_record_get_id (CT_RECORD (user)));
  ct_cli_json_add_string (builder, "login", ct_user_get_login (user));
  ct_cli_json_add_string (builder, "role", ct_user_get_role (user));
  json_builder_set_member_name (builder, "active");
  json_builder_add_boolean_value (builder, ct_user_is_active (user));
  ct_cli_print_json (builder);
}

static int
user_add (UserArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtUserStore) users = NULL;
  g_autoptr(CtUser) user = NULL;
  g_autoptr(Secret) password = NULL;
  g_autofree char *done = NULL;
  const char *login = args->common.args[1];
  const char *role = args->role ? ct_user_role_from_text (args->role) : NULL;
  gint64 staff_id = 0;

  if (role == NULL)
    return ct_cli_fail_printf (_("--role must be one of admin, manager, dispatcher, technician, "
                                 "inspector, trainer or viewer"));
  if (!open_users (args, &db, &users, &error)
      || (args->staff && !(staff_id = find_staff (db, args->staff, &error)))
      || !(password = read_new_password (args, login, &error)))
    return ct_cli_fail (error);
  user = ct_user_new (login, args->name, role);
  ct_record_set_int (CT_RECORD (user), "staff_id", staff_id);
  if (!ct_user_store_create (users, user, password, ct_cli_actor (), &error))
    return ct_cli_fail (error);
  /* Translators: login, role */
  done = g_strdup_printf (_("Created the account “%s” (%s)."), login, ct_user_role_label (role));
  print_account (args, user, done);
  return CT_CLI_EXIT_OK;
}

static void
add_user_json (JsonBuilder *builder,
               CtRecord    *user)
{
  json_builder_begin_object (builder);
  ct_cli_json_add_string (builder, "login", ct_record_get_string (user, "login"));
  ct_cli_json_add_string (builder, "display_name", ct_record_get_string (user, "display_name"));
  ct_cli_json_add_string (builder, "role", ct_record_get_string (user, "role"));
  ct_cli_json_add_int (builder, "staff_id", ct_record_get_int (user, "staff_id"));
  json_builder_set_member_name (builder, "active");
  json_builder_add_boolean_value (builder, ct_record_get_int (user, "active") != 0);
  json_builder_set_member_name (builder, "last_login_at");
  if (ct_record_get_int (user, "last_login_at") != 0)
    json_builder_add_int_value (builder, ct_record_get_int (user, "last_login_at"));
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static void
print_user_line (CtUser *user)
{
  gint64 at = ct_record_get_int (CT_RECORD (user), "last_login_at");
  g_autoptr(GDateTime) when = at ? g_date_time_new_from_unix_local (at) : NULL;
  g_autofree char *last = when ? g_date_time_format (when, "%Y-%m-%d %H:%M")
                               : g_strdup (_("never signed in"));

  printf ("%-16s %-12s %-18s %-10s %s\n", ct_user_get_login (user),
          ct_user_get_display_name (user), ct_user_role_label (ct_user_get_role (user)),
          ct_user_is_active (user) ? _("active") : _("inactive"), last);
}

static int
user_list (UserArgs *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtUserStore) users = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  GListModel *model;
  guint n;

  if (!open_users (args, &db, &users, &error)
      || !(model = ct_user_store_list (users, &error)))
    return ct_cli_fail (error);
  n = g_list_model_get_n_items (model);
  if (args->common.json)
    {
      builder = ct_cli_json_new ();
      json_builder_set_member_name (builder, "users");
      json_builder_begin_array (builder);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtUser) user = g_list_model_get_item (model, i);

      if (builder)
        add_user_json (builder, CT_RECORD (user));
      else
        print_user_line (user);
    }
  if (builder)
    {
      json_builder_end_array (builder);
      ct_cli_print_json (builder);
    }
  else if (n == 0)
    printf ("%s\n", _("No accounts: the database runs in single-user mode."));
  return CT_CLI_EXIT_OK;
}

/* passwd, role and deactivate: find the account, change it, say so. */
static int
user_change (UserArgs   *args,
             const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtUserStore) users = NULL;
  g_autoptr(CtUser) user = NULL;
  g_autoptr(Secret) password = NULL;
  g_autofree char *done = NULL;
  const char *login = args->common.args[1];
  const char *role = NULL;
  gboolean ok;

  if (g_str_equal (what, "role")
      && !(role = ct_user_role_from_text (args->common.args[2])))
    return ct_cli_fail_printf (_("“%s” is not a role: use admin, manager, dispatcher, "
                                 "technician, inspector, trainer or viewer"),
                               args->common.args[2]);
  if (!open_users (args, &db, &users, &error) || !(user = ct_user_store_find (users, login, &error)))
    return ct_cli_fail (error);
  if (g_str_equal (what, "passwd"))
    {
      ok = (password = read_new_password (args, login, &error))
           && ct_user_store_set_password (users, user, password, ct_cli_actor (), &error);
      done = g_strdup_printf (_("Changed the password of “%s”."), login);
    }
  else if (g_str_equal (what, "role"))
    {
      ct_record_set_string (CT_RECORD (user), "role", role);
      ok = ct_user_store_update (users, user, ct_cli_actor (), &error);
      done = g_strdup_printf (_("“%s” is now: %s."), login, ct_user_role_label (role));
    }
  else
    {
      ok = ct_user_store_deactivate (users, user, ct_cli_actor (), &error);
      done = g_strdup_printf (_("Deactivated the account “%s”."), login);
    }
  if (!ok)
    return ct_cli_fail (error);
  print_account (args, user, done);
  return CT_CLI_EXIT_OK;
}

typedef struct
{
  const char *name;
  const char *parameters;
  guint       n_positional;
  const char *summary;       /* N_() */
} Subcommand;

static const Subcommand subcommands[] = {
  { "add", "LOGIN", 1, N_("Creates an account. The first account must be an administrator.") },
  { "list", NULL, 0, N_("Lists the accounts (administrators and managers).") },
  { "passwd", "LOGIN", 1, N_("Sets a new password: one's own, or anyone's as an administrator.") },
  { "role", "LOGIN ROLE", 2, N_("Gives an account another role.") },
  { "deactivate", "LOGIN", 1, N_("Stops an account from signing in. The last active "
                                 "administrator cannot be deactivated.") },
};

static int
run_subcommand (const Subcommand *sub,
                int               argc,
                char            **argv)
{
  g_auto(UserArgs) args = { { 0 } };
  g_autofree char *command = g_strconcat ("user ", sub->name, NULL);
  const GOptionEntry add_entries[] = {
    { "role", 0, 0, G_OPTION_ARG_STRING, &args.role, N_("The role (admin, manager, dispatcher, "
      "technician, inspector, trainer, viewer)"), N_("ROLE") },
    { "name", 0, 0, G_OPTION_ARG_STRING, &args.name, N_("The person’s name"), N_("NAME") },
    { "staff", 0, 0, G_OPTION_ARG_STRING, &args.staff,
      N_("The employee number of their staff record (required for a technician)"), N_("CODE") },
    { NULL }
  };
  const GOptionEntry password_entries[] = {
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &args.password_stdin,
      N_("Read the new password from the first line of standard input"), NULL },
    { NULL }
  };
  gboolean adds = g_str_equal (sub->name, "add");

  ct_cli_common_init (&args.common, command, sub->parameters, _(sub->summary));
  g_option_context_set_description (args.common.context,
    _("When the database has accounts, give --user LOGIN and that account’s password in the "
      "environment variable CARETAKER_PASSWORD."));
  if (adds)
    g_option_context_add_main_entries (args.common.context, add_entries, GETTEXT_PACKAGE);
  if (adds || g_str_equal (sub->name, "passwd"))
    g_option_context_add_main_entries (args.common.context, password_entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, sub->n_positional))
    return CT_CLI_EXIT_USAGE;
  if (adds)
    return user_add (&args);
  if (g_str_equal (sub->name, "list"))
    return user_list (&args);
  return user_change (&args, sub->name);
}

static void
print_user_usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage:"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (out, "  caretaker-cli user %s --db PATH%s%s\n", subcommands[i].name,
             subcommands[i].parameters ? " " : "",
             subcommands[i].parameters ? subcommands[i].parameters : "");
  fprintf (out, "\n%s\n", _("Run it with --help for the details."));
}

int
ct_cli_user (int    argc,
             char **argv)
{
  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return run_subcommand (&subcommands[i], argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_user_usage (stdout);
      return CT_CLI_EXIT_OK;
    }
  if (argc >= 2)
    {
      fprintf (stderr, "caretaker-cli: ");
      fprintf (stderr, _("Unknown user command “%s”"), argv[1]);
      fprintf (stderr, "\n\n");
    }
  print_user_usage (stderr);
  return CT_CLI_EXIT_USAGE;
}
