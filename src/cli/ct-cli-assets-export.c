/* ct-cli-assets-export.c — caretaker-cli export assets|plans|readings
 *
 * `export assets --db PATH FILE.(csv|xlsx) [--site NAME] [--category C]
 * [--status S]` writes the assets the filters select, ordered by code.
 * `export plans|readings --db PATH FILE.(csv|xlsx) [--site NAME]` writes the
 * maintenance plans or meter readings of the ledger (of one site); the CSV
 * has the Chinese headers the import reads, so it imports again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli-assets-private.h"

const char *const ct_cli_asset_kind_names[] = {
  [CT_ASSET_IMPORT_ASSETS] = "assets",
  [CT_ASSET_IMPORT_PLANS] = "plans",
  [CT_ASSET_IMPORT_READINGS] = "readings",
};

typedef struct
{
  CtCliCommon  common;
  char        *site;
  char        *category;
  char        *status;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  ct_cli_common_clear (&args->common);
  g_clear_pointer (&args->site, g_free);
  g_clear_pointer (&args->category, g_free);
  g_clear_pointer (&args->status, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportArgs, export_args_clear)

CtAssetStore *
ct_cli_assets_open_store (const char  *path,
                          GError     **error)
{
  g_autoptr(CtOrganisation) org = ct_cli_open_organisation (path, error);

  return org != NULL ? ct_asset_store_new (org, error) : NULL;
}

static gboolean
read_term (const char          *option,
           const char          *text,
           const char        *(*from_text) (const char *),
           const char *const  *keys,
           const char         **out)
{
  g_autofree char *list = NULL;
  g_autofree char *problem = NULL;

  if (text == NULL)
    return TRUE;
  *out = from_text (text);
  if (*out != NULL)
    return TRUE;
  list = g_strjoinv (", ", (char **) keys);
  /* Translators: the end of "--category: “lift” is not known (elevator, …)" */
  problem = g_strdup_printf (_("is not known (%s)"), list);
  return ct_cli_usage_error ("%s: “%s” %s", option, text, problem);
}

static gboolean
read_site (CtAssetStore *store,
           const char   *text,
           gint64       *site_id)
{
  CtRecordStore *sites = ct_organisation_get_sites (ct_asset_store_get_organisation (store));
  CtRecord *site;

  if (text == NULL)
    return TRUE;
  site = ct_cli_find_site (sites, text);
  if (site == NULL)
    return ct_cli_usage_error ("%s: “%s” %s", "--site", text, _("is no site of the database"));
  *site_id = ct_record_get_id (site);
  return TRUE;
}

static int
run_export (ExportArgs *args)
{
  const char *path = args->common.args[1];
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autoptr(CtAssetStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_rows = 0;

  if (!(store = ct_cli_assets_open_store (args->common.db, &error)))
    return ct_cli_fail (error);
  query.include_retired = TRUE;
  if (!read_term ("--category", args->category, ct_asset_category_from_text,
                  ct_asset_categories (), &query.category)
      || !read_term ("--status", args->status, ct_asset_status_from_text,
                     ct_asset_statuses (), &query.status)
      || !read_site (store, args->site, &query.site_id))
    return CT_CLI_EXIT_USAGE;
  if (!ct_asset_export (store, &query, path, &n_rows, &error))
    return ct_cli_fail (error);
  message = g_strdup_printf (ngettext ("Wrote %u asset to %s.\n", "Wrote %u assets to %s.\n",
                                       n_rows), n_rows, path);
  ct_cli_print_written (args->common.json, message, path, "assets", n_rows);
  return CT_CLI_EXIT_OK;
}

static int
export_assets (int    argc,
               char **argv)
{
  g_auto(ExportArgs) args = { { 0 } };
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_STRING, &args.site,
      N_("Only assets of this site (name or code)"), N_("NAME") },
    { "category", 0, 0, G_OPTION_ARG_STRING, &args.category,
      N_("Only assets of this category (elevator, power, fire, water, …; or 电梯, 消防 …)"),
      N_("C") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &args.status,
      N_("Only assets with this status (in_service, down, maintenance, retired)"), N_("S") },
    { NULL }
  };

  ct_cli_common_init (&args.common, "export assets", _("FILE.csv|FILE.xlsx"),
                      _("Writes the assets of the ledger the options select, retired ones "
                        "included, ordered by code, to a CSV file (which imports again) or "
                        "an Excel workbook."));
  g_option_context_add_main_entries (args.common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  return run_export (&args);
}


/* "Wrote 12 maintenance plans to FILE." */
static char *
dup_written (CtAssetImportKind  kind,
             guint              n,
             const char        *path)
{
  if (kind == CT_ASSET_IMPORT_PLANS)
    return g_strdup_printf (ngettext ("Wrote %u maintenance plan to %s.\n",
                                      "Wrote %u maintenance plans to %s.\n", n), n, path);
  return g_strdup_printf (ngettext ("Wrote %u meter reading to %s.\n",
                                    "Wrote %u meter readings to %s.\n", n), n, path);
}

static int
run_export_records (ExportArgs        *args,
                    CtAssetImportKind  kind)
{
  const char *path = args->common.args[1];
  g_autoptr(CtAssetStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 site_id = 0;
  guint n_rows = 0;

  if (!(store = ct_cli_assets_open_store (args->common.db, &error)))
    return ct_cli_fail (error);
  if (!read_site (store, args->site, &site_id))
    return CT_CLI_EXIT_USAGE;
  if (!ct_asset_export_records (store, kind, site_id, path, &n_rows, &error))
    return ct_cli_fail (error);
  message = dup_written (kind, n_rows, path);
  ct_cli_print_written (args->common.json, message, path, ct_cli_asset_kind_names[kind], n_rows);
  return CT_CLI_EXIT_OK;
}

static int
export_records (CtAssetImportKind   kind,
                int                 argc,
                char              **argv)
{
  g_auto(ExportArgs) args = { { 0 } };
  g_autofree char *command = g_strconcat ("export ", ct_cli_asset_kind_names[kind], NULL);
  const GOptionEntry entries[] = {
    { "site", 0, 0, G_OPTION_ARG_STRING, &args.site,
      N_("Only those of this site (name or code)"), N_("NAME") },
    { NULL }
  };
  const char *summary = kind == CT_ASSET_IMPORT_PLANS
    ? _("Writes the active maintenance plans of the assets in service (设备编号, 保养项目, 周期, "
        "依据, 开始日期, 部门, 维保单位, 内容) to a CSV file, which `import plans` reads "
        "again, or an Excel workbook.")
    : _("Writes every reading of the meters (表号, 抄表时间, 读数, 抄表人), by meter and time, "
        "to a CSV file, which `import readings` reads again, or an Excel workbook.");

  ct_cli_common_init (&args.common, command, _("FILE.csv|FILE.xlsx"), summary);
  g_option_context_add_main_entries (args.common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  return run_export_records (&args, kind);
}

int
ct_cli_assets_export (CtAssetImportKind   kind,
                      int                 argc,
                      char              **argv)
{
  if (kind == CT_ASSET_IMPORT_ASSETS)
    return export_assets (argc, argv);
  return export_records (kind, argc, argv);
}
