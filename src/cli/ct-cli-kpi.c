/* ct-cli-kpi.c — caretaker-cli kpi: the ticket KPIs of a period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-asset-kpi.h"
#include "ct-cli.h"
#include "ct-record-store.h"
#include "ct-ticket.h"
#include "ct-ticket-kpi.h"

typedef struct
{
  char *from;
  char *to;
  char *site;
  char *now;
} KpiOptions;

static void
kpi_options_clear (KpiOptions *options)
{
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->site, g_free);
  g_clear_pointer (&options->now, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KpiOptions, kpi_options_clear)

/* Columns on a terminal: East Asian characters take two. */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

static void
print_padded (const char *text,
              guint       width)
{
  guint used = text_width (text);

  printf ("%s%*s", text, (int) (width > used ? width - used : 0), "");
}

/* "12 / 17" for a fraction or the overdue count, "8 tickets" for a mean or
 * score; nothing for a plain count. */
static char *
format_counts (CtTicketKpis *kpis,
               const char   *key)
{
  gint64 num, den;

  ct_ticket_kpis_get_counts (kpis, key, &num, &den);
  switch (ct_ticket_kpi_get_unit (key))
    {
    case CT_KPI_UNIT_FRACTION:
      return g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, num, den);
    case CT_KPI_UNIT_COUNT:
      if (num == den)
        return g_strdup ("");
      return g_strdup_printf ("%" G_GINT64_FORMAT " / %" G_GINT64_FORMAT, num, den);
    case CT_KPI_UNIT_SCORE:
    case CT_KPI_UNIT_MINUTES:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d ticket", "%d tickets", den),
                              (int) den);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
print_row (const char *name,
           const char *value,
           const char *counts)
{
  printf ("  ");
  print_padded (name, 34);
  printf ("%12s%s%s\n", value, *counts ? "  " : "", counts);
}

static void
print_by_kind (CtTicketKpis *kpis)
{
  const char *const *kinds = ct_ticket_kinds ();

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      g_autofree char *name = g_strconcat ("  ", ct_ticket_kind_label (kinds[k]), NULL);
      g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                ct_ticket_kpis_get_created_by_kind (kpis,
                                                                                    kinds[k]));

      print_row (name, value, "");
    }
}

static void
print_text (CtTicketKpis *kpis,
            KpiOptions   *options,
            GTimeZone    *tz)
{
  const char *const *keys = ct_ticket_kpi_keys ();
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ct_ticket_kpis_get_instant (kpis));
  g_autoptr(GDateTime) instant = g_date_time_to_timezone (utc, tz);
  g_autofree char *at = g_date_time_format (instant, "%Y-%m-%d %H:%M");

  /* Translators: "Tickets from 2025-11-01 to 2025-12-01 (the end excluded), site:
   * 阳光花园; open tickets as at 2025-11-21 12:40" */
  printf (_("Tickets from %s to %s (the end excluded), %s; open tickets as at %s\n"),
          options->from, options->to,
          options->site ? options->site : _("all sites"), at);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ct_ticket_kpis_format_value (kpis, keys[i]);
      g_autofree char *counts = format_counts (kpis, keys[i]);

      print_row (ct_ticket_kpi_name (keys[i]), value, counts);
      if (i == 0)
        print_by_kind (kpis);
    }
}

/* "1 / 3" for a rate, "96.0 h down / 1680.0 h" for availability, "4 failures"
 * for the mean times, the hours of both years for the change. */
static char *
format_asset_counts (CtAssetKpis *kpis,
                     const char  *key)
{
  double num, den;

  ct_asset_kpis_get_counts (kpis, key, &num, &den);
  if (g_str_equal (key, "asset_availability"))
    /* Translators: hours of downtime and of service, "12.5 h down / 10950.0 h" */
    return g_strdup_printf (_("%.1f h down / %.1f h"), num / 3600, den / 3600);
  if (g_str_equal (key, "mtbf_hours"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d failure", "%d failures",
                                         (gulong) den), (int) den);
  if (g_str_equal (key, "mttr_hours"))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d repair", "%d repairs",
                                         (gulong) den), (int) den);
  if (g_str_equal (key, "downtime_change_yoy"))
    /* Translators: downtime this year and the year before, "96.0 h / 108.0 h" */
    return g_strdup_printf (_("%.1f h / %.1f h"), num / 3600, den / 3600);
  return g_strdup_printf ("%.0f / %.0f", num, den);
}

static void
print_assets (CtAssetKpis *kpis)
{
  const char *const *keys = ct_asset_kpi_keys ();

  /* Translators: the heading of the asset KPIs in `caretaker-cli kpi` */
  printf ("\n%s\n", _("Assets"));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = ct_asset_kpis_format_value (kpis, keys[i]);
      g_autofree char *counts = format_asset_counts (kpis, keys[i]);

      print_row (ct_asset_kpi_name (keys[i]), value, counts);
    }
}

/* The ticket object with the asset KPIs added at its top level: the ticket
 * JSON ends with "\n}\n", the asset members go before that brace. */
static void
print_json (CtTicketKpis *tickets,
            CtAssetKpis  *assets,
            GTimeZone    *tz)
{
  g_autofree char *text = ct_ticket_kpis_to_json (tickets, tz);
  g_autoptr(GString) json = g_string_new (text);

  g_assert (g_str_has_suffix (json->str, "\n}\n"));
  g_string_truncate (json, json->len - 3);
  g_string_append (json, ",\n");
  ct_asset_kpis_append_json (assets, json);
  g_string_append (json, "\n}\n");
  fputs (json->str, stdout);
}

static int
run_kpi (CtCliCommon *common,
         KpiOptions  *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(CtTicketKpis) kpis = NULL;
  g_autoptr(CtAssetKpis) assets = NULL;
  CtKpiPeriod period = { 0 };

  if (!(db = ct_cli_open_zoned (common->db, &tz, &error)))
    return ct_cli_fail (error);
  if (!ct_kpi_period_set_dates (&period, tz, options->from, options->to, &error)
      || (options->now && !ct_kpi_parse_time (tz, options->now, &period.now, &error)))
    return ct_cli_usage_fail (error->message);
  if (options->site && !ct_cli_lookup_site (db, options->site, &period.site_id, NULL, &error))
    return ct_cli_fail (error);
  if (!(kpis = ct_ticket_kpis_compute (db, &period, &error))
      || !(assets = ct_asset_kpis_compute (db, &period, &error)))
    return ct_cli_fail (error);
  if (common->json)
    print_json (kpis, assets, tz);
  else
    {
      print_text (kpis, options, tz);
      print_assets (assets);
    }
  return CT_CLI_EXIT_OK;
}

int
ct_cli_kpi (int    argc,
            char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_auto(KpiOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("First day of the period"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to,
      N_("Day after the period (not included)"), N_("YYYY-MM-DD") },
    { "site", 0, 0, G_OPTION_ARG_STRING, &options.site,
      N_("Only this site (its name or code)"), N_("NAME") },
    { "now", 0, 0, G_OPTION_ARG_STRING, &options.now,
      N_("Count as if it were this time (default: the clock)"), N_("“YYYY-MM-DD HH:MM”") },
    { NULL }
  };

  ct_cli_common_init (&common, "kpi", NULL,
                      _("Prints every ticket and asset KPI of the period [--from, --to) "
                        "in the database’s time zone: response and repair on time, "
                        "complaints closed, return visits, satisfaction, time to resolve, "
                        "open and overdue tickets; equipment intact rate, availability, "
                        "mean time between failures and to repair, planned maintenance on "
                        "time and downtime year on year. With --json, fractions are 0–1, "
                        "ticket durations minutes and asset durations hours; a KPI with "
                        "nothing to count is null."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (options.from == NULL || options.to == NULL)
    return ct_cli_usage_fail (_("Missing --from or --to: which period, e.g. --from 2025-11-01 "
                                "--to 2025-12-01?"));
  return run_kpi (&common, &options);
}
