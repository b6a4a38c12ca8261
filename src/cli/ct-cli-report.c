/* ct-cli-report.c — caretaker-cli report: the operations report as PDF and Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-record-store.h"
#include "ct-report.h"

typedef struct
{
  char *period;
  char *pdf;
  char *xlsx;
  char *site;
  char *lang;
  char *now;
} ReportOptions;

static void
report_options_clear (ReportOptions *options)
{
  g_clear_pointer (&options->period, g_free);
  g_clear_pointer (&options->pdf, g_free);
  g_clear_pointer (&options->xlsx, g_free);
  g_clear_pointer (&options->site, g_free);
  g_clear_pointer (&options->lang, g_free);
  g_clear_pointer (&options->now, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

static gboolean
check_lang (const char *lang)
{
  return lang == NULL || g_str_equal (lang, "zh_CN") || g_str_equal (lang, "zh_TW")
         || g_str_equal (lang, "en");
}

static int
run_report (CtCliCommon   *common,
            ReportOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(CtReport) report = NULL;
  g_autofree char *site_name = NULL;
  CtKpiPeriod period = { 0 };

  if (!(db = ct_cli_open_zoned (common->db, &tz, &error)))
    return ct_cli_fail (error);
  if (options->now && !ct_kpi_parse_time (tz, options->now, &period.now, &error))
    return ct_cli_usage_fail (error->message);
  if (!ct_dashboard_period_parse (options->period, tz,
                                  period.now ? period.now : g_get_real_time () / G_USEC_PER_SEC,
                                  &period, &error))
    return ct_cli_usage_fail (error->message);
  if (options->site && !ct_cli_lookup_site (db, options->site, &period.site_id, &site_name, &error))
    return ct_cli_fail (error);
  if (!(report = ct_report_new (db, &period, site_name, options->lang, &error))
      || (options->pdf && !ct_report_save_pdf (report, options->pdf, &error))
      || (options->xlsx && !ct_report_save_xlsx (report, options->xlsx, &error)))
    return ct_cli_fail (error);
  if (common->json)
    {
      JsonBuilder *builder = ct_cli_json_new ();

      ct_cli_json_add_string (builder, "title", ct_report_get_title (report));
      ct_cli_json_add_int (builder, "pages", ct_report_get_n_pages (report));
      ct_cli_print_json (builder);
    }
  return CT_CLI_EXIT_OK;
}

int
ct_cli_report (int    argc,
               char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_auto(ReportOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &options.period,
      N_("The month, quarter or year: 2026-10, 2026-Q3, 2026, last-month…"), N_("PERIOD") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.pdf, N_("Write the report to this PDF"),
      N_("FILE") },
    { "xlsx", 0, 0, G_OPTION_ARG_FILENAME, &options.xlsx,
      N_("Write the KPI tables to this Excel workbook"), N_("FILE") },
    { "site", 0, 0, G_OPTION_ARG_STRING, &options.site,
      N_("Only this site (its name or code)"), N_("NAME") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &options.lang,
      N_("The report’s language: zh_CN, zh_TW or en"), N_("LANG") },
    { "now", 0, 0, G_OPTION_ARG_STRING, &options.now,
      N_("Count as if it were this time (default: the clock)"), N_("“YYYY-MM-DD HH:MM”") },
    { NULL }
  };

  ct_cli_common_init (&common, "report", NULL,
                      _("Writes the operations report of a month, quarter or year: KPI "
                        "tiles against their targets and the previous period, charts and "
                        "KPI tables with their definitions, as a PDF (--pdf) and the tables "
                        "as an Excel workbook (--xlsx)."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (options.period == NULL)
    return ct_cli_usage_fail (_("Missing --period: which month, quarter or year, e.g. "
                                "--period 2026-10?"));
  if (options.pdf == NULL && options.xlsx == NULL)
    return ct_cli_usage_fail (_("Missing --pdf or --xlsx: where should the report go?"));
  if (!check_lang (options.lang))
    return ct_cli_usage_fail (_("--lang must be zh_CN, zh_TW or en."));
  return run_report (&common, &options);
}
