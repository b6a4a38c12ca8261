/* ct-cli-print-assets.c — caretaker-cli print label|maintenance-form
 *
 * Asset labels with a QR code (ten to an A4 page) for asset codes, a site or
 * every asset, and the maintenance record form (维保记录表) of one asset: the
 * same pages as the app's print dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-asset-print.h"
#include "ct-asset-query.h"
#include "ct-cli-print-private.h"
#include "ct-error.h"

typedef struct
{
  CtDatabase     *db;
  CtOrganisation *org;
  CtAssetStore   *store;
} Ledger;

static void
ledger_clear (Ledger *ledger)
{
  g_clear_object (&ledger->store);
  g_clear_object (&ledger->org);
  g_clear_object (&ledger->db);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ledger, ledger_clear)

static gboolean
ledger_open (Ledger       *ledger,
             const char   *path,
             GError      **error)
{
  return (ledger->db = ct_database_open (path, CT_DATABASE_OPEN_DEFAULT, NULL, error)) &&
         (ledger->org = ct_organisation_new (ledger->db, error)) &&
         (ledger->store = ct_asset_store_new (ledger->org, error));
}

static CtAsset *
find_asset (CtAssetStore  *store,
            const char    *code,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  CtAsset *asset = ct_asset_store_find_code (store, code, &local_error);

  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (asset == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("No asset has the code “%s”."), code);
  return asset;
}

/* A site by name or code; 0 with @error when there is none. */
static gint64
find_site (CtOrganisation  *org,
           const char      *text,
           GError         **error)
{
  CtRecordStore *sites = ct_organisation_get_sites (org);
  CtRecord *site = ct_record_store_find (sites, "name", text);

  if (site == NULL)
    site = ct_record_store_find (sites, "code", text);
  if (site == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("No site is named “%s” (give its name or code)."), text);
      return 0;
    }
  return ct_record_get_id (site);
}

static GArray *
ids_of_codes (CtAssetStore  *store,
              GPtrArray     *codes,
              GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(CtAsset) asset = find_asset (store, codes->pdata[i], error);
      gint64 id;

      if (asset == NULL)
        return NULL;
      id = ct_record_get_id (CT_RECORD (asset));
      g_array_append_val (ids, id);
    }
  return g_steal_pointer (&ids);
}

/* Every asset not retired, of @site (NULL = all), by code. */
static GArray *
ids_of_site (Ledger      *ledger,
             const char  *site,
             GError     **error)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;

  if (site != NULL && !(query.site_id = find_site (ledger->org, site, error)))
    return NULL;
  if (!(ids = ct_asset_query_ids (ledger->store, &query, error)))
    return NULL;
  if (ids->len == 0)
    {
      if (site != NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("Site “%s” has no assets in service: no labels to print."), site);
      else
        g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                             _("The ledger has no assets in service: no labels to print."));
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static void
print_labels_result (CtCliCommon *common,
                     const char  *pdf,
                     guint        n_labels)
{
  guint pages = (n_labels + CT_ASSET_LABELS_PER_PAGE - 1) / CT_ASSET_LABELS_PER_PAGE;
  g_autoptr(JsonBuilder) builder = NULL;

  if (!common->json)
    {
      /* TRANSLATORS: "Wrote 12 labels (2 pages) to “labels.pdf”." */
      printf (ngettext ("Wrote %u label (%u page) to “%s”.\n",
                        "Wrote %u labels (%u pages) to “%s”.\n", n_labels),
              n_labels, pages, pdf);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "form", "label");
  ct_cli_json_add_string (builder, "pdf", pdf);
  ct_cli_json_add_int (builder, "labels", n_labels);
  ct_cli_json_add_int (builder, "pages", pages);
  ct_cli_print_json (builder);
}

/* Which assets: the codes, --all or --site, exactly one of them. */
static const char *
check_label_options (CtCliPrintOptions *options,
                     GPtrArray         *codes)
{
  guint sources = (codes->len > 0) + (options->all != FALSE) + (options->site != NULL);

  if (sources == 0)
    return _("Missing the assets: give their codes, --all or --site NAME.");
  if (sources > 1)
    return _("Give either asset codes, --all or --site NAME, not several of them.");
  if (options->task != 0 || options->record != 0 || options->tickets != NULL)
    return _("--task, --record and --ticket are not options of “label”.");
  if (options->pdf == NULL || *options->pdf == '\0')
    return _("Missing --pdf FILE: where to write the labels?");
  return NULL;
}

int
ct_cli_print_labels (CtCliCommon       *common,
                     CtCliPrintOptions *options)
{
  g_auto(Ledger) ledger = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = ct_cli_print_split_codes (options->rest + 1);
  g_autoptr(GArray) ids = NULL;
  const char *problem = check_label_options (options, codes);

  if (problem != NULL)
    return ct_cli_print_usage (problem);
  if (!ledger_open (&ledger, common->db, &error))
    return ct_cli_fail (error);
  if (codes->len > 0)
    ids = ids_of_codes (ledger.store, codes, &error);
  else
    ids = ids_of_site (&ledger, options->site, &error);
  if (ids == NULL || !ct_asset_print_labels_pdf (ledger.store, ids, options->pdf, &error))
    return ct_cli_fail (error);
  print_labels_result (common, options->pdf, ids->len);
  return CT_CLI_EXIT_OK;
}

static void
print_form_result (CtCliCommon       *common,
                   CtCliPrintOptions *options,
                   const char        *code)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!common->json)
    {
      printf (_("Wrote the maintenance record form of “%s” to “%s”.\n"), code, options->pdf);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "form", "maintenance-form");
  ct_cli_json_add_string (builder, "pdf", options->pdf);
  ct_cli_json_add_string (builder, "asset", code);
  ct_cli_json_add_int (builder, "task", options->task);
  ct_cli_json_add_int (builder, "record", options->record);
  ct_cli_json_add_int (builder, "pages", 1);
  ct_cli_print_json (builder);
}

static const char *
check_form_options (CtCliPrintOptions *options)
{
  guint n_codes = g_strv_length (options->rest) - 1;

  if (n_codes == 0)
    return _("Missing the asset: “print maintenance-form CODE”.");
  if (n_codes > 1)
    return _("One asset at a time: “print maintenance-form CODE”.");
  if (options->all || options->site != NULL || options->tickets != NULL)
    return _("--all, --site and --ticket are not options of “maintenance-form”.");
  if (options->task < 0 || options->record < 0)
    return _("--task and --record take the id of a task or record.");
  if (options->pdf == NULL || *options->pdf == '\0')
    return _("Missing --pdf FILE: where to write the form?");
  return NULL;
}

int
ct_cli_print_form (CtCliCommon       *common,
                   CtCliPrintOptions *options)
{
  g_auto(Ledger) ledger = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) asset = NULL;
  const char *problem = check_form_options (options);

  if (problem != NULL)
    return ct_cli_print_usage (problem);
  if (!ledger_open (&ledger, common->db, &error) ||
      !(asset = find_asset (ledger.store, options->rest[1], &error)) ||
      !ct_asset_print_form_pdf (ledger.store, asset, options->task, options->record,
                                options->pdf, &error))
    return ct_cli_fail (error);
  print_form_result (common, options, options->rest[1]);
  return CT_CLI_EXIT_OK;
}
