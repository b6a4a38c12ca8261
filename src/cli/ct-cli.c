/* ct-cli.c — caretaker-cli: the headless twin of the app
 *
 * `caretaker-cli COMMAND [OPTION…]`: one file per command group, each parsing
 * its own options with a GOptionContext. Exit 0 on success, 1 on a failure (one
 * line on stderr says why), 2 on a usage error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-error.h"
#include "ct-user-store.h"

typedef int (*CommandFunc) (int    argc,
                            char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static const Command commands[] = {
  { "init", ct_cli_init, N_("Create a new database with the default departments") },
  { "demo", ct_cli_demo, N_("Fill an empty database with demo data") },
  { "check", ct_cli_check, N_("Check a database for damage and unexpected objects") },
  { "backup", ct_cli_backup, N_("Write a verified copy of a database") },
  { "restore", ct_cli_restore, N_("Replace a database with a backup") },
  { "calendar", ct_cli_calendar, N_("Import or export holidays and make-up workdays") },
  { "print", ct_cli_print, N_("Write ticket forms, asset labels or maintenance forms to PDF") },
  { "kpi", ct_cli_kpi, N_("Print the ticket KPIs of a period") },
  { "report", ct_cli_report, N_("Write the operations report of a period to PDF and Excel") },
  { "import", ct_cli_import, N_("Import tickets, assets, plans or meter readings from CSV") },
  { "export", ct_cli_export, N_("Export tickets or assets to a CSV file or an Excel workbook") },
  { "sla-sweep", ct_cli_sweep, N_("Mark and list the tickets that became overdue (for cron)") },
  { "pm-generate", ct_cli_pm_generate, N_("Make the maintenance tasks due soon (for cron)") },
  { "user", ct_cli_user, N_("Add, list and change user accounts") },
};

/* The --user login of this run (one command per process), for ct_cli_open ()
 * and ct_cli_actor (). */
static char *cli_login;

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  caretaker-cli %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s%s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n  %-12s%s\n  %-12s%s\n\n%s\n", _("Options:"),
           "--help", _("Show this help"), "--version", _("Show the version"),
           _("Run “caretaker-cli COMMAND --help” for the options of a command."));
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

static char *
one_line (const char *text)
{
  return g_strdelimit (g_strstrip (g_strdup (text)), "\r\n", ' ');
}

static void
add_entries (GOptionContext *context,
             CtCliCommon    *common)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &common->db,
      N_("The database file"), N_("PATH") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &common->json,
      N_("Print the result as JSON"), NULL },
    { "user", 0, 0, G_OPTION_ARG_STRING, &common->user,
      N_("Act as this account; its password is read from $CARETAKER_PASSWORD"), N_("LOGIN") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

void
ct_cli_common_clear (CtCliCommon *common)
{
  g_clear_pointer (&common->context, g_option_context_free);
  g_clear_pointer (&common->args, g_strfreev);
  g_clear_pointer (&common->db, g_free);
  g_clear_pointer (&common->user, g_free);
}

void
ct_cli_common_init (CtCliCommon *common,
                    const char  *command,
                    const char  *parameters,
                    const char  *summary)
{
  g_autofree char *usage = g_strjoin (" ", command, parameters, NULL);

  common->context = g_option_context_new (usage);
  g_option_context_set_translation_domain (common->context, GETTEXT_PACKAGE);
  g_option_context_set_summary (common->context, summary);
  add_entries (common->context, common);
}

static gboolean
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
  g_autofree char *line = one_line (message);

  fprintf (stderr, "caretaker-cli: %s\n\n%s", line, help);
  return FALSE;
}

gboolean
ct_cli_parse (CtCliCommon  *common,
              int           argc,
              char        **argv,
              guint         n_positional)
{
  GOptionContext *context = common->context;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parsed = g_new0 (char *, argc + 1);

  for (int i = 0; i < argc; i++)
    parsed[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &parsed, &error))
    return usage_error (context, error->message);
  if (common->db == NULL || common->db[0] == '\0')
    return usage_error (context, _("Missing --db PATH: which database file?"));
  if (g_strv_length (parsed) < n_positional + 1)
    return usage_error (context, _("Missing argument: see the usage below"));
  if (g_strv_length (parsed) > n_positional + 1)
    return usage_error (context, _("Too many arguments"));
  common->args = g_steal_pointer (&parsed);
  g_free (cli_login);
  cli_login = g_strdup (common->user);
  return TRUE;
}

int
ct_cli_fail (const GError *error)
{
  g_autofree char *line = one_line (error->message);

  /* Nobody signed in: the database has accounts. Say how to sign in. */
  if (cli_login == NULL && g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION))
    fprintf (stderr, "caretaker-cli: %s %s\n", line,
             _("Give --user LOGIN and the password in the environment variable "
               "CARETAKER_PASSWORD."));
  else
    fprintf (stderr, "caretaker-cli: %s\n", line);
  return CT_CLI_EXIT_FAILURE;
}

int
ct_cli_fail_printf (const char *format,
                    ...)
{
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, format);
  error = g_error_new_valist (G_IO_ERROR, G_IO_ERROR_FAILED, format, args);
  va_end (args);
  return ct_cli_fail (error);
}

JsonBuilder *
ct_cli_json_new (void)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  return builder;
}

void
ct_cli_json_add_string (JsonBuilder *builder,
                        const char  *name,
                        const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

void
ct_cli_json_add_int (JsonBuilder *builder,
                     const char  *name,
                     gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
ct_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

void
ct_cli_remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

const char *
ct_cli_actor (void)
{
  return cli_login ? cli_login : g_get_user_name ();
}

CtDatabase *
ct_cli_open (const char           *path,
             CtDatabaseOpenFlags   flags,
             GError              **error)
{
  g_autoptr(CtDatabase) db = ct_database_open (path, flags, NULL, error);
  g_autoptr(CtUserStore) users = NULL;
  g_autoptr(CtUser) user = NULL;
  const char *password = g_getenv (CT_CLI_PASSWORD_ENV);

  if (db == NULL || cli_login == NULL)
    return g_steal_pointer (&db);
  if (password == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
                   _("--user %s needs the password of that account in the environment "
                     "variable CARETAKER_PASSWORD."), cli_login);
      return NULL;
    }
  users = ct_user_store_new (db);
  if (!(user = ct_user_store_sign_in (users, cli_login, password, error)))
    return NULL;
  return g_steal_pointer (&db);
}

int
main (int    argc,
      char **argv)
{
  const Command *command;

  setlocale (LC_ALL, "");
  /* CARETAKER_LOCALEDIR lets `build-aux/dev run` use the translations in build/po. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CARETAKER_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("caretaker-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return CT_CLI_EXIT_USAGE;
    }
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return CT_CLI_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("caretaker-cli %s\n", PACKAGE_VERSION);
      return CT_CLI_EXIT_OK;
    }
  if ((command = find_command (argv[1])) == NULL)
    {
      fprintf (stderr, "caretaker-cli: ");
      fprintf (stderr, _("Unknown command “%s”"), argv[1]);
      fprintf (stderr, "\n\n");
      print_usage (stderr);
      return CT_CLI_EXIT_USAGE;
    }
  return command->func (argc - 1, argv + 1);
}
