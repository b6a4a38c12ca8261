/* ct-cli-calendar.c — caretaker-cli calendar import|export
 *
 * `calendar import --db PATH FILE.(csv|ics) [--site NAME] [--json]` adds the
 * holidays and make-up workdays of a file to the company calendar, or to the
 * site's own calendar (made from the company calendar the first time).
 * `calendar export --db PATH FILE.ics [--site NAME]` writes them as iCalendar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-calendar-io.h"
#include "ct-cli.h"
#include "ct-error.h"
#include "ct-record-store.h"

typedef struct
{
  CtCliCommon  common;
  char        *site;
} CalendarArgs;

static void
calendar_args_clear (CalendarArgs *args)
{
  ct_cli_common_clear (&args->common);
  g_clear_pointer (&args->site, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CalendarArgs, calendar_args_clear)

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n  caretaker-cli calendar import --db PATH %s [--site %s] [--json]\n"
                "  caretaker-cli calendar export --db PATH %s [--site %s]\n",
           _("Usage:"), _("FILE.csv|FILE.ics"), _("NAME"), _("FILE.ics"), _("NAME"));
}

static gboolean
parse_args (CalendarArgs  *args,
            const char    *command,
            const char    *parameters,
            const char    *summary,
            int            argc,
            char         **argv)
{
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_STRING, &args->site,
      N_("The site whose own calendar to use (name or code); default: the company calendar"),
      N_("NAME") },
    { NULL }
  };

  ct_cli_common_init (&args->common, command, parameters, summary);
  g_option_context_add_main_entries (args->common.context, entries, GETTEXT_PACKAGE);
  return ct_cli_parse (&args->common, argc, argv, 1);
}

/* The id of the site named @name (or with code @name); 0 for NULL. */
static gboolean
find_site (CtDatabase  *db,
           const char  *name,
           gint64      *site_id,
           GError     **error)
{
  *site_id = 0;
  return name == NULL || ct_cli_lookup_site (db, name, site_id, NULL, error);
}

static CtWorkCalendar *
open_calendar (CalendarArgs  *args,
               CtDatabase   **db,
               GError       **error)
{
  g_autoptr(CtWorkCalendar) calendar = NULL;
  gint64 site_id;

  if (!(*db = ct_cli_open (args->common.db, CT_DATABASE_OPEN_DEFAULT, error))
      || !find_site (*db, args->site, &site_id, error)
      || !(calendar = ct_work_calendar_load (*db, site_id, error)))
    return NULL;
  return g_steal_pointer (&calendar);
}

static void
print_import (CalendarArgs                 *args,
              CtWorkCalendar               *calendar,
              const CtCalendarImportCounts *counts)
{
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *holidays = NULL;
  g_autofree char *workdays = NULL;

  if (!args->common.json)
    {
      holidays = g_strdup_printf (ngettext ("%u holiday", "%u holidays", counts->holidays),
                                  counts->holidays);
      workdays = g_strdup_printf (ngettext ("%u make-up workday", "%u make-up workdays",
                                            counts->workdays), counts->workdays);
      if (args->site != NULL)
        printf (_("Imported %s and %s into the calendar of %s.\n"), holidays, workdays,
                args->site);
      else
        printf (_("Imported %s and %s into the company calendar.\n"), holidays, workdays);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_int (builder, "calendar_id", ct_work_calendar_get_id (calendar));
  ct_cli_json_add_int (builder, "site_id", ct_work_calendar_get_site_id (calendar));
  ct_cli_json_add_int (builder, "holidays", counts->holidays);
  ct_cli_json_add_int (builder, "workdays", counts->workdays);
  ct_cli_print_json (builder);
}

static int
calendar_import (int    argc,
                 char **argv)
{
  g_auto(CalendarArgs) args = { { 0 } };
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CtCalendarImportCounts counts;

  if (!parse_args (&args, "calendar import", _("FILE"),
                   _("Adds the holidays and make-up workdays (调休) of a CSV file "
                     "(date,type[,name]; type holiday/workday or 休/班) or an iCalendar "
                     "file to a work calendar. Nothing is changed if any line is wrong."),
                   argc, argv))
    return CT_CLI_EXIT_USAGE;
  if (!(calendar = open_calendar (&args, &db, &error)))
    return ct_cli_fail (error);
  if (args.site != NULL)
    {
      gint64 site_id;

      if (!find_site (db, args.site, &site_id, &error))
        return ct_cli_fail (error);
      ct_work_calendar_set_site_id (calendar, site_id);
    }
  file = g_file_new_for_commandline_arg (args.common.args[1]);
  if (!ct_calendar_io_import_file (calendar, file, &counts, &error)
      || !ct_work_calendar_save (calendar, db, ct_cli_actor (), &error))
    return ct_cli_fail (error);
  print_import (&args, calendar, &counts);
  return CT_CLI_EXIT_OK;
}

static int
calendar_export (int    argc,
                 char **argv)
{
  g_auto(CalendarArgs) args = { { 0 } };
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtWorkCalendar) calendar = NULL;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  if (!parse_args (&args, "calendar export", _("FILE.ics"),
                   _("Writes the holidays and make-up workdays of a work calendar as "
                     "an iCalendar file, one all-day event per day."), argc, argv))
    return CT_CLI_EXIT_USAGE;
  path = args.common.args[1];
  if (g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".CSV"))
    return ct_cli_fail_printf (_("Calendars are exported as iCalendar: name the file "
                                 "“%s” with .ics at the end"), path);
  if (!(calendar = open_calendar (&args, &db, &error)))
    return ct_cli_fail (error);
  file = g_file_new_for_commandline_arg (path);
  if (!ct_calendar_io_export_file (calendar, file, ct_clock_now (ct_database_get_clock (db)),
                                   &error))
    return ct_cli_fail (error);
  days = ct_work_calendar_list_days (calendar);
  if (args.common.json)
    {
      g_autoptr(JsonBuilder) builder = ct_cli_json_new ();

      ct_cli_json_add_int (builder, "calendar_id", ct_work_calendar_get_id (calendar));
      ct_cli_json_add_int (builder, "days", days->len);
      ct_cli_json_add_string (builder, "file", path);
      ct_cli_print_json (builder);
    }
  else
    printf (ngettext ("Wrote %u day to %s.\n", "Wrote %u days to %s.\n", days->len),
            days->len, path);
  return CT_CLI_EXIT_OK;
}

int
ct_cli_calendar (int    argc,
                 char **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "import"))
    return calendar_import (argc - 1, argv + 1);
  if (argc >= 2 && g_str_equal (argv[1], "export"))
    return calendar_export (argc - 1, argv + 1);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_usage (stdout);
      return CT_CLI_EXIT_OK;
    }
  if (argc >= 2)
    {
      fprintf (stderr, "caretaker-cli: ");
      fprintf (stderr, _("Unknown calendar command “%s”"), argv[1]);
      fprintf (stderr, "\n\n");
    }
  print_usage (stderr);
  return CT_CLI_EXIT_USAGE;
}
