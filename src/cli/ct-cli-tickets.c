/* ct-cli-tickets.c — caretaker-cli import tickets, export tickets
 *
 * `import tickets --db PATH FILE.csv [--dry-run] [--create-missing] [--json]`
 * checks every row, then saves all of them or none.
 * `export tickets --db PATH FILE.(csv|xlsx) [--status S] [--kind K]
 * [--site NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--search TEXT]` writes
 * the tickets the filters select, newest first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "ct-cli.h"
#include "ct-ticket-export.h"
#include "ct-ticket-import.h"

typedef struct
{
  CtCliCommon     common;
  gboolean        dry_run;
  gboolean        create_missing;
  char          **statuses;
  char          **kinds;
  char           *site;
  char           *from;
  char           *to;
  char           *search;
} TicketArgs;

static void
ticket_args_clear (TicketArgs *args)
{
  ct_cli_common_clear (&args->common);
  g_clear_pointer (&args->statuses, g_strfreev);
  g_clear_pointer (&args->kinds, g_strfreev);
  g_clear_pointer (&args->site, g_free);
  g_clear_pointer (&args->from, g_free);
  g_clear_pointer (&args->to, g_free);
  g_clear_pointer (&args->search, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TicketArgs, ticket_args_clear)

/* Progress on stderr, only for a person watching a terminal. */
static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  /* \r and "erase line": the next report overwrites this one. */
  fprintf (stderr, "\r\033[K%3d%% %s", (int) (fraction * 100 + 0.5), message);
  fflush (stderr);
}

static gboolean
show_progress (TicketArgs *args)
{
  return !args->common.json && isatty (STDERR_FILENO);
}

static void
end_progress (TicketArgs *args)
{
  if (show_progress (args))
    fprintf (stderr, "\r\033[K");
}

static CtTicketStore *
open_store (TicketArgs  *args,
            GError     **error)
{
  g_autoptr(CtOrganisation) org = ct_cli_open_organisation (args->common.db, error);

  return org != NULL ? ct_ticket_store_new (org, error) : NULL;
}

/* import tickets */

static void
print_import (TicketArgs                 *args,
              const char                 *path,
              const CtTicketImportResult *r,
              double                      seconds)
{
  g_autoptr(JsonBuilder) builder = NULL;
  guint n_created = r->n_sites + r->n_buildings + r->n_units + r->n_departments;

  if (!args->common.json)
    {
      if (args->dry_run)
        printf (ngettext ("%s is fine: %u ticket would be imported", "%s is fine: %u tickets "
                          "would be imported", r->n_tickets), path, r->n_tickets);
      else
        printf (ngettext ("Imported %u ticket from %s", "Imported %u tickets from %s",
                          r->n_tickets), r->n_tickets, path);
      if (n_created > 0)
        printf (_(" (new: %u sites, %u buildings, %u units, %u departments)"),
                r->n_sites, r->n_buildings, r->n_units, r->n_departments);
      /* Translators: the end of the sentence above (a full stop) */
      printf ("%s", args->dry_run ? _(". Nothing was saved.\n") : _(".\n"));
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "file", path);
  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, args->dry_run);
  ct_cli_json_add_int (builder, "tickets", r->n_tickets);
  ct_cli_json_add_int (builder, "created_sites", r->n_sites);
  ct_cli_json_add_int (builder, "created_buildings", r->n_buildings);
  ct_cli_json_add_int (builder, "created_units", r->n_units);
  ct_cli_json_add_int (builder, "created_departments", r->n_departments);
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_double_value (builder, seconds);
  ct_cli_print_json (builder);
}

static gboolean
import_file (TicketArgs            *args,
             const char            *path,
             CtTicketImportResult  *result,
             GError               **error)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  CtTicketImportFlags flags = CT_TICKET_IMPORT_DEFAULT;
  gboolean ok;

  if (file == NULL)
    return FALSE;
  if (!(store = open_store (args, error)))
    return FALSE;
  if (args->dry_run)
    flags |= CT_TICKET_IMPORT_DRY_RUN;
  if (args->create_missing)
    flags |= CT_TICKET_IMPORT_CREATE_MISSING;
  bytes = g_mapped_file_get_bytes (file);
  ok = ct_ticket_import_csv (store, bytes, ct_cli_actor (), flags,
                             show_progress (args) ? progress_cb : NULL, NULL, NULL, result,
                             error);
  end_progress (args);
  if (!ok)
    g_prefix_error (error, "%s: ", path);
  return ok;
}

static int
import_tickets (int    argc,
                char **argv)
{
  g_auto(TicketArgs) args = { { 0 } };
  g_autoptr(GError) error = NULL;
  CtTicketImportResult result;
  gint64 start = g_get_monotonic_time ();
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &args.dry_run,
      N_("Check the file and count, but save nothing"), NULL },
    { "create-missing", 0, 0, G_OPTION_ARG_NONE, &args.create_missing,
      N_("Create the sites, buildings, units and departments the file names but the "
         "database lacks (staff are never created)"), NULL },
    { NULL }
  };

  ct_cli_common_init (&args.common, "import tickets", _("FILE.csv"),
                      _("Imports historical tickets from a CSV file (UTF-8; English or "
                        "Chinese headers such as 工单号, 类型, 报修时间). Every row is "
                        "checked first: one wrong cell and nothing is saved."));
  g_option_context_add_main_entries (args.common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  if (!import_file (&args, args.common.args[1], &result, &error))
    return ct_cli_fail (error);
  print_import (&args, args.common.args[1], &result,
                (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  return CT_CLI_EXIT_OK;
}

/* export tickets */

/* "resolved,已完成" and repeated options: the keys, or a usage error. */
static gboolean
parse_terms (char        **values,
             const char   *option,
             const char *(*from_text) (const char *),
             const char   *also,
             char       ***out)
{
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          const char *text = g_strstrip (parts[j]);
          const char *key = g_strcmp0 (text, also) == 0 ? also : from_text (text);

          if (*text == '\0')
            continue;
          if (key == NULL)
            return ct_cli_usage_error (_("%s: “%s” is not known"), option, text);
          g_strv_builder_add (keys, key);
        }
    }
  *out = values != NULL ? g_strv_builder_end (keys) : NULL;
  return TRUE;
}

/* Midnight starting @text (YYYY-MM-DD) in the database's zone, plus @days. */
static gboolean
parse_day (const char  *text,
           const char  *option,
           GTimeZone   *tz,
           int          days,
           gint64      *out)
{
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GDateTime) later = NULL;
  int year, month, mday;
  char end;

  if (text == NULL)
    return TRUE;
  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &mday, &end) != 3
      || !(day = g_date_time_new (tz, year, month, mday, 0, 0, 0)))
    return ct_cli_usage_error (_("%s: “%s” is not a date like 2025-03-01"), option, text);
  later = g_date_time_add_days (day, days);
  *out = g_date_time_to_unix (later);
  return TRUE;
}

static gboolean
find_site (CtTicketStore *store,
           const char    *text,
           gint64        *site_id)
{
  CtRecordStore *sites = ct_organisation_get_sites (ct_ticket_store_get_organisation (store));
  CtRecord *site;

  if (text == NULL)
    return TRUE;
  site = ct_cli_find_site (sites, text);
  if (site == NULL)
    return ct_cli_usage_error (_("--site: there is no site “%s”"), text);
  *site_id = ct_record_get_id (site);
  return TRUE;
}

static gboolean
build_query (TicketArgs     *args,
             CtTicketStore  *store,
             GTimeZone      *tz,
             CtTicketQuery  *query)
{
  query->search = g_strdup (args->search);
  return parse_terms (args->statuses, "--status", ct_ticket_status_from_text, "open",
                      &query->statuses)
         && parse_terms (args->kinds, "--kind", ct_ticket_kind_from_text, NULL, &query->kinds)
         && find_site (store, args->site, &query->site_id)
         && parse_day (args->from, "--from", tz, 0, &query->created_from)
         && parse_day (args->to, "--to", tz, 1, &query->created_to);
}

static int
run_export (TicketArgs *args)
{
  const char *path = args->common.args[1];
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  CtWorkCalendar *calendar;
  CtTicketExportFormat format;
  guint n_rows = 0;
  gboolean ok;

  if (!ct_ticket_export_format_from_path (path, &format))
    return ct_cli_fail_printf (_("Name the file “%s” with .csv or .xlsx at the end"), path);
  if (!(store = open_store (args, &error))
      || !(calendar = ct_ticket_store_get_calendar (store, 0, &error)))
    return ct_cli_fail (error);
  if (!build_query (args, store, ct_work_calendar_get_timezone (calendar), query))
    return CT_CLI_EXIT_USAGE;
  ok = ct_ticket_export (store, query, path, format, show_progress (args) ? progress_cb : NULL,
                         NULL, NULL, &n_rows, &error);
  end_progress (args);
  if (!ok)
    return ct_cli_fail (error);
  message = g_strdup_printf (ngettext ("Wrote %u ticket to %s.\n", "Wrote %u tickets to %s.\n",
                                       n_rows), n_rows, path);
  ct_cli_print_written (args->common.json, message, path, "tickets", n_rows);
  return CT_CLI_EXIT_OK;
}

static int
export_tickets (int    argc,
                char **argv)
{
  g_auto(TicketArgs) args = { { 0 } };
  const GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.statuses,
      N_("Only tickets with this status (new, resolved, …, or open); repeat or separate "
         "with commas for several"), N_("S") },
    { "kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.kinds,
      N_("Only tickets of this kind (repair, complaint, consultation, suggestion, praise)"),
      N_("K") },
    { "site", 0, 0, G_OPTION_ARG_STRING, &args.site,
      N_("Only tickets of this site (name or code)"), N_("NAME") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &args.from,
      N_("Only tickets created on or after this day"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &args.to,
      N_("Only tickets created on or before this day"), N_("YYYY-MM-DD") },
    { "search", 0, 0, G_OPTION_ARG_STRING, &args.search,
      N_("Only tickets whose title, description, address or reporter contain this text"),
      N_("TEXT") },
    { NULL }
  };

  ct_cli_common_init (&args.common, "export tickets", _("FILE.csv|FILE.xlsx"),
                      _("Writes the tickets the options select, newest first, to a CSV file "
                        "(which imports again) or an Excel workbook."));
  g_option_context_add_main_entries (args.common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  return run_export (&args);
}

/* The command groups: `import` and `export` take the kind of record next
 * (tickets here; assets, plans and readings in ct-cli-assets.c). */

typedef int (*SubcommandFunc) (int    argc,
                               char **argv);

static void
print_group_usage (FILE       *out,
                   const char *usage)
{
  fprintf (out, "%s\n  caretaker-cli %s\n\n%s\n", _("Usage:"), usage,
           _("Run it with --help for the details."));
}

static int
dispatch (const char     *group,
          const char     *entity,
          const char     *usage,
          SubcommandFunc  func,
          int             argc,
          char          **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], entity))
    return func (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_group_usage (stdout, usage);
      return CT_CLI_EXIT_OK;
    }
  if (argc >= 2)
    {
      fprintf (stderr, "caretaker-cli: ");
      fprintf (stderr, _("Unknown %s command “%s”"), group, argv[1]);
      fprintf (stderr, "\n\n");
    }
  print_group_usage (stderr, usage);
  return CT_CLI_EXIT_USAGE;
}

/* The kinds of the asset ledger, handled by ct-cli-assets.c. */
static const char *const asset_kinds[] = { "assets", "plans", "readings", NULL };

int
ct_cli_import (int    argc,
               char **argv)
{
  if (argc >= 2 && g_strv_contains (asset_kinds, argv[1]))
    return ct_cli_assets (argc, argv);
  return dispatch ("import", "tickets",
                   "import tickets --db PATH FILE.csv [--dry-run] [--create-missing] [--json]\n"
                   "  caretaker-cli import assets|plans|readings --db PATH FILE.csv [--dry-run] "
                   "[--json]",
                   import_tickets, argc, argv);
}

int
ct_cli_export (int    argc,
               char **argv)
{
  if (argc >= 2 && g_strv_contains (asset_kinds, argv[1]))
    return ct_cli_assets (argc, argv);
  return dispatch ("export", "tickets",
                   "export tickets --db PATH FILE.csv|FILE.xlsx [--status S] [--kind K] "
                   "[--site NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--search TEXT] [--json]\n"
                   "  caretaker-cli export assets --db PATH FILE.csv|FILE.xlsx [--site NAME] "
                   "[--category C] [--status S] [--json]",
                   export_tickets, argc, argv);
}
