/* ct-cli-pm.c — caretaker-cli pm-generate: make the preventive maintenance
 * tasks due within a horizon
 *
 * For cron: `pm-generate --db PATH [--horizon DAYS] [--today YYYY-MM-DD]
 * [--json]` generates the tasks of every active plan of the assets in
 * service due up to today + DAYS (default 90), then prints how many were
 * new and how many open tasks are overdue. Generating twice makes nothing
 * new. Exit 0 whether or not tasks were made; 1 when the file cannot be
 * read or written; 2 on bad arguments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ct-cli.h"
#include "ct-maintenance.h"
#include "ct-work-calendar.h"

/* Ten years ahead at most: more is a typing mistake. */
#define MAX_HORIZON_DAYS 3660

typedef struct
{
  char   *today;      /* NULL: the clock's today */
  gint64  horizon;
} PmOptions;

typedef struct
{
  guint  created;
  guint  overdue;
  char  *today;
  char  *until;
} PmResult;

static void
pm_result_clear (PmResult *result)
{
  g_clear_pointer (&result->today, g_free);
  g_clear_pointer (&result->until, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PmResult, pm_result_clear)

/* A usage problem on one line: exit 2. */
static int
usage_fail (const char *message)
{
  fprintf (stderr, "caretaker-cli: %s\n", message);
  return CT_CLI_EXIT_USAGE;
}

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  int year, month, day;
  char end;

  g_date_clear (date, 1);
  if (strlen (text) != 10 || sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3
      || year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* The clock's today in the database's zone: the day the library reads too. */
static char *
clock_today (CtDatabase  *db,
             GError     **error)
{
  g_autoptr(GTimeZone) tz = ct_work_calendar_load_time_zone (db, error);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (tz == NULL)
    return NULL;
  utc = g_date_time_new_from_unix_utc (ct_clock_now (ct_database_get_clock (db)));
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, "%Y-%m-%d");
}

static gboolean
generate (const char   *path,
          PmOptions    *options,
          PmResult     *result,
          GError      **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtAssetStore) store = NULL;
  g_autoptr(GError) local = NULL;
  GDate until;

  if (!(db = ct_cli_open (path, CT_DATABASE_OPEN_DEFAULT, error))
      || !(org = ct_organisation_new (db, error))
      || !(store = ct_asset_store_new (org, error)))
    return FALSE;
  result->today = options->today ? g_strdup (options->today) : clock_today (db, error);
  if (result->today == NULL)
    return FALSE;
  parse_day (result->today, &until);
  g_date_add_days (&until, (guint) options->horizon);
  result->until = format_day (&until);
  if (!ct_maintenance_generate_as (store, result->today, (guint) options->horizon,
                                   ct_cli_actor (), &result->created, error))
    return FALSE;
  result->overdue = ct_maintenance_count_overdue (store, result->today, &local);
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

static void
print_result (const PmResult *result,
              guint           horizon,
              gboolean        json)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (json)
    {
      builder = ct_cli_json_new ();
      ct_cli_json_add_int (builder, "created", result->created);
      ct_cli_json_add_int (builder, "overdue", result->overdue);
      ct_cli_json_add_string (builder, "today", result->today);
      ct_cli_json_add_int (builder, "horizon_days", horizon);
      ct_cli_json_add_string (builder, "until", result->until);
      ct_cli_print_json (builder);
      return;
    }
  if (result->created == 0)
    /* Translators: %s is a date, 2026-02-19 */
    printf (_("No new maintenance task: every plan already has its tasks up to %s.\n"),
            result->until);
  else
    /* Translators: %u tasks, %s a date */
    printf (ngettext ("Created %u maintenance task due by %s.\n",
                      "Created %u maintenance tasks due by %s.\n", result->created),
            result->created, result->until);
  printf (ngettext ("%u open task is overdue.\n", "%u open tasks are overdue.\n",
                    result->overdue), result->overdue);
}

int
ct_cli_pm_generate (int    argc,
                    char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_auto(PmResult) result = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;
  PmOptions options = { NULL, CT_MAINTENANCE_HORIZON_DAYS };
  GDate date;
  const GOptionEntry entries[] = {
    { "horizon", 0, 0, G_OPTION_ARG_INT64, &options.horizon,
      N_("Make the tasks due up to this many days ahead (default 90)"), N_("DAYS") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Count from this day instead of today"), N_("YYYY-MM-DD") },
    { NULL }
  };

  ct_cli_common_init (&common, "pm-generate", NULL,
                      _("Generates the tasks of every active preventive maintenance plan "
                        "due within the horizon, and counts the overdue ones. Running it "
                        "again makes no duplicates: run it daily from cron."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (options.horizon < 0 || options.horizon > MAX_HORIZON_DAYS)
    return usage_fail (_("--horizon must be a number of days from 0 to 3660."));
  if (today != NULL && !parse_day (today, &date))
    return usage_fail (_("--today must be a date like 2026-03-01."));
  options.today = today;
  if (!generate (common.db, &options, &result, &error))
    return ct_cli_fail (error);
  print_result (&result, (guint) options.horizon, common.json);
  return CT_CLI_EXIT_OK;
}
