/* ct-cli.h — the commands of caretaker-cli and what they share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-database.h"
#include "ct-organisation.h"

G_BEGIN_DECLS

/* Exit codes: success, a failure (the reason is on stderr), a usage error. */
#define CT_CLI_EXIT_OK      0
#define CT_CLI_EXIT_FAILURE 1
#define CT_CLI_EXIT_USAGE   2

/* A command gets its own name in argv[0] and its arguments after it. */
int  ct_cli_init    (int    argc,
                     char **argv);
int  ct_cli_check   (int    argc,
                     char **argv);
int  ct_cli_backup  (int    argc,
                     char **argv);
int  ct_cli_restore (int    argc,
                     char **argv);
int  ct_cli_demo    (int    argc,
                     char **argv);
int  ct_cli_calendar (int   argc,
                     char **argv);
int  ct_cli_print   (int    argc,
                     char **argv);
int  ct_cli_kpi     (int    argc,
                     char **argv);
int  ct_cli_report  (int    argc,
                     char **argv);
int  ct_cli_import  (int    argc,
                     char **argv);
int  ct_cli_export  (int    argc,
                     char **argv);
/* `import assets|plans|readings` and `export assets`, from ct_cli_import () and
 * ct_cli_export (): argv[0] is "import" or "export", argv[1] the kind. */
int  ct_cli_assets  (int    argc,
                     char **argv);
int  ct_cli_sweep   (int    argc,
                     char **argv);
int  ct_cli_pm_generate (int  argc,
                     char **argv);
/* `user add|list|passwd|role|deactivate` (ct-cli-users.c). */
int  ct_cli_user    (int    argc,
                     char **argv);

/* What every command parses: --db PATH, --json, --user LOGIN, its own
 * options and its positional arguments. */
typedef struct
{
  char           *db;
  gboolean        json;
  char           *user;     /* --user LOGIN: sign in (see ct_cli_open) */
  GOptionContext *context;  /* "caretaker-cli [OPTION…] command parameters" */
  GStrv           args;     /* after ct_cli_parse(): the command name, then its arguments */
} CtCliCommon;

void            ct_cli_common_clear (CtCliCommon     *common);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtCliCommon, ct_cli_common_clear)

/* Sets up common->context, "caretaker-cli [OPTION…] @command @parameters" with
 * --db and --json; add the command's own entries to it. */
void            ct_cli_common_init  (CtCliCommon     *common,
                                     const char      *command,
                                     const char      *parameters,
                                     const char      *summary);
/* Parses a copy of @argc/@argv into common->args (the command name, then
 * exactly @n_positional arguments) and requires --db. On a usage error prints
 * it with the command's help on stderr and returns FALSE: exit with
 * CT_CLI_EXIT_USAGE. */
gboolean        ct_cli_parse        (CtCliCommon     *common,
                                     int              argc,
                                     char           **argv,
                                     guint            n_positional);

/* Prints "caretaker-cli: <message>" on one line of stderr; returns
 * CT_CLI_EXIT_FAILURE. */
int             ct_cli_fail         (const GError    *error);
int             ct_cli_fail_printf  (const char      *format,
                                     ...) G_GNUC_PRINTF (1, 2);
/* A builder with its root object begun: add the members, then print it with
 * ct_cli_print_json(). */
JsonBuilder    *ct_cli_json_new        (void);
void            ct_cli_json_add_string (JsonBuilder     *builder,
                                        const char      *name,
                                        const char      *value);
void            ct_cli_json_add_int    (JsonBuilder     *builder,
                                        const char      *name,
                                        gint64           value);
/* Ends the root object and prints it on stdout. */
void            ct_cli_print_json      (JsonBuilder     *builder);
/* Removes a database file this command created and then failed to fill, with
 * its -wal, -shm and -journal files. Close it first. */
void            ct_cli_remove_database (const char *path);
/* The name written to the audit log for changes made from the command line:
 * the --user login, else the system user's name. */
const char     *ct_cli_actor        (void);

/* The environment variable holding the password of the --user account. */
#define CT_CLI_PASSWORD_ENV "CARETAKER_PASSWORD"

/* Opens the database at @path (ct_database_open () with the system clock).
 * With --user LOGIN, signs in with the password in $CARETAKER_PASSWORD: the
 * writes are then checked against that account's role. Without, a database
 * that has user accounts can be read but refuses every write (core says
 * "sign in"; ct_cli_fail () adds how). Every command that writes opens its
 * database with this. */
CtDatabase     *ct_cli_open         (const char           *path,
                                     CtDatabaseOpenFlags   flags,
                                     GError              **error);

/* ct-cli-util.c */

/* Prints "caretaker-cli: <message>" on one line of stderr; returns FALSE. */
gboolean        ct_cli_usage_error  (const char      *format,
                                     ...) G_GNUC_PRINTF (1, 2);
/* The same with @message as it is; returns CT_CLI_EXIT_USAGE. */
int             ct_cli_usage_fail   (const char      *message);
/* The organisation of the database at @path, opened with ct_cli_open (). */
CtOrganisation *ct_cli_open_organisation (const char  *path,
                                          GError     **error);
/* Opens the database at @path to read (no --user) and loads its time zone
 * into @tz. */
CtDatabase     *ct_cli_open_zoned   (const char      *path,
                                     GTimeZone      **tz,
                                     GError         **error);
/* The site of @sites called @text, else the one with that code; NULL if none. */
CtRecord       *ct_cli_find_site    (CtRecordStore   *sites,
                                     const char      *text);
/* Reads the sites of @db and finds @name (or the site with that code): its id
 * and, if @site_name is not NULL, its name. The error names the sites there
 * are. */
gboolean        ct_cli_lookup_site  (CtDatabase      *db,
                                     const char      *name,
                                     gint64          *site_id,
                                     char           **site_name,
                                     GError         **error);
/* After an export: @message on stdout, or with --json (@json)
 * {"file": @path, @member: @n_rows}. */
void            ct_cli_print_written (gboolean        json,
                                      const char     *message,
                                      const char     *path,
                                      const char     *member,
                                      guint           n_rows);

G_END_DECLS
