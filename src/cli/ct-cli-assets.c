/* ct-cli-assets.c — caretaker-cli import assets|plans|readings
 *
 * `import assets|plans|readings --db PATH FILE.csv [--dry-run] [--json]`
 * checks every row, then backs the database up and saves all of them or none.
 * ct-cli-tickets.c hands these kinds of `import` and `export` over to here;
 * the exports are ct-cli-assets-export.c's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-asset-io.h"
#include "ct-cli-assets-private.h"

typedef struct
{
  CtCliCommon  common;
  gboolean     dry_run;
} AssetArgs;

static void
asset_args_clear (AssetArgs *args)
{
  ct_cli_common_clear (&args->common);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AssetArgs, asset_args_clear)

/* import */

static const char *
import_summary (CtAssetImportKind kind)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_ASSETS:
      return _("Imports assets into the ledger from a CSV file (UTF-8 or GB18030; English "
               "or Chinese headers such as 编号, 名称, 类别, 项目, 楼栋, 位置, 厂家, 型号). "
               "Locations the file names that do not exist yet are created as plant rooms. "
               "Existing codes are refused: an import only adds.");
    case CT_ASSET_IMPORT_PLANS:
      return _("Imports preventive maintenance plans from a CSV file (asset, title, rule, "
               "basis, starts_on, department, contractor, instructions; or 设备编号, 保养项目, "
               "周期, 依据, 开始日期, 部门 …). A rule is an RRULE such as FREQ=MONTHLY or words "
               "such as 每月, 每季度, 每半年, 每年.");
    case CT_ASSET_IMPORT_READINGS:
      return _("Imports meter readings from a CSV file (meter, read_at, value, reader; or "
               "表号, 抄表时间, 读数, 抄表人). The meters must be in the ledger. The readings "
               "of a meter are saved in the order of time and flagged when anomalous.");
    default:
      g_assert_not_reached ();
    }
}

/* "12 assets" */
static char *
count_rows (CtAssetImportKind kind,
            guint             n)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_ASSETS:
      return g_strdup_printf (ngettext ("%u asset", "%u assets", n), n);
    case CT_ASSET_IMPORT_PLANS:
      return g_strdup_printf (ngettext ("%u maintenance plan", "%u maintenance plans", n), n);
    case CT_ASSET_IMPORT_READINGS:
      return g_strdup_printf (ngettext ("%u meter reading", "%u meter readings", n), n);
    default:
      g_assert_not_reached ();
    }
}

static void
print_import_text (AssetArgs                 *args,
                   CtAssetImportKind          kind,
                   const char                *path,
                   const CtAssetImportResult *r)
{
  g_autofree char *rows = count_rows (kind, r->n_rows);

  if (args->dry_run)
    printf (_("%s is fine: %s would be imported. Nothing was saved.\n"), path, rows);
  else
    printf (_("Imported %s from %s.\n"), rows, path);
  if (r->n_locations > 0 && args->dry_run)
    printf (ngettext ("%u location the file names is not in the ledger: it would be created "
                      "as a plant room.\n",
                      "%u locations the file names are not in the ledger: they would be "
                      "created as plant rooms.\n", r->n_locations), r->n_locations);
  else if (r->n_locations > 0)
    printf (ngettext ("%u location the file names was not in the ledger: it was created as a "
                      "plant room.\n",
                      "%u locations the file names were not in the ledger: they were created "
                      "as plant rooms.\n", r->n_locations), r->n_locations);
  if (r->n_anomalies > 0)
    printf (ngettext ("%u reading is flagged as anomalous.\n",
                      "%u readings are flagged as anomalous.\n", r->n_anomalies),
            r->n_anomalies);
  if (r->backup != NULL)
    printf (_("The database as it was before is saved in %s.\n"), r->backup);
}

static void
print_import (AssetArgs                 *args,
              CtAssetImportKind          kind,
              const char                *path,
              const CtAssetImportResult *r)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!args->common.json)
    {
      print_import_text (args, kind, path, r);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "file", path);
  ct_cli_json_add_string (builder, "kind", ct_cli_asset_kind_names[kind]);
  json_builder_set_member_name (builder, "dry_run");
  json_builder_add_boolean_value (builder, args->dry_run);
  ct_cli_json_add_int (builder, "rows", r->n_rows);
  ct_cli_json_add_int (builder, "created_locations", r->n_locations);
  ct_cli_json_add_int (builder, "anomalies", r->n_anomalies);
  json_builder_set_member_name (builder, "backup");
  if (r->backup != NULL)
    json_builder_add_string_value (builder, r->backup);
  else
    json_builder_add_null_value (builder);
  ct_cli_print_json (builder);
}

static int
import_records (CtAssetImportKind   kind,
                int                 argc,
                char              **argv)
{
  g_auto(AssetArgs) args = { { 0 } };
  g_auto(CtAssetImportResult) result = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetStore) store = NULL;
  g_autofree char *command = g_strconcat ("import ", ct_cli_asset_kind_names[kind], NULL);
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &args.dry_run,
      N_("Check the file and count, but save nothing"), NULL },
    { NULL }
  };

  ct_cli_common_init (&args.common, command, _("FILE.csv"), import_summary (kind));
  g_option_context_set_description (args.common.context,
                                    _("Every row is checked first: one wrong cell and nothing "
                                      "is saved. Before saving, the database is backed up "
                                      "beside itself."));
  g_option_context_add_main_entries (args.common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&args.common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  if (!(store = ct_cli_assets_open_store (args.common.db, &error))
      || !ct_asset_import_full (store, kind, args.common.args[1], args.dry_run, ct_cli_actor (),
                                &result, &error))
    {
      g_prefix_error (&error, "%s: ", args.common.args[1]);
      return ct_cli_fail (error);
    }
  print_import (&args, kind, args.common.args[1], &result);
  return CT_CLI_EXIT_OK;
}

/* The entry from `import` and `export` (argv[0]) with argv[1] the kind. */
int
ct_cli_assets (int    argc,
               char **argv)
{
  CtAssetImportKind kind;

  g_return_val_if_fail (argc >= 2, CT_CLI_EXIT_USAGE);

  if (!ct_asset_import_kind_from_text (argv[1], &kind))
    {
      fprintf (stderr, "caretaker-cli: ");
      fprintf (stderr, _("Unknown import command “%s”"), argv[1]);
      fprintf (stderr, "\n");
      return CT_CLI_EXIT_USAGE;
    }
  if (g_str_equal (argv[0], "export"))
    return ct_cli_assets_export (kind, argc - 1, argv + 1);
  return import_records (kind, argc - 1, argv + 1);
}
