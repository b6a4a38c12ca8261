/* ct-assets-transfer-dialogs.c — Import… and Export… of the Assets page: the
 * file choosers, the import options and what a finished transfer shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-transfer-private.h"

/* Counts */

/* "Imported 12 assets", "Checked …" */
static char *
dup_rows_text (CtAssetImportKind kind,
               guint             n)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_PLANS:
      return g_strdup_printf (ngettext ("%'u maintenance plan", "%'u maintenance plans", n), n);
    case CT_ASSET_IMPORT_READINGS:
      return g_strdup_printf (ngettext ("%'u meter reading", "%'u meter readings", n), n);
    case CT_ASSET_IMPORT_ASSETS:
    default:
      return g_strdup_printf (ngettext ("%'u asset", "%'u assets", n), n);
    }
}

/* Export */

/* The export knows the name's extension (.csv or .xlsx). */
static gboolean
has_extension (const char *path)
{
  return g_str_has_suffix (path, ".csv") || g_str_has_suffix (path, ".xlsx");
}

static void
export_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  CtAssetsPage    *self)
{
  CtAssetImportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "ct-kind"));
  g_autofree char *path = ct_transfer_take_export_path (native, response, has_extension);

  if (path != NULL)
    ct_assets_page_export_kind_to_path (self, kind, path);
}

/* The name a file chooser offers; %s is today's date. */
static char *
dup_export_name (CtAssetImportKind  kind,
                 const char        *today)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_PLANS:
      /* Translators: the name offered for an export of plans; %s is today's date */
      return g_strdup_printf (_("Maintenance plans %s.xlsx"), today);
    case CT_ASSET_IMPORT_READINGS:
      /* Translators: the name offered for an export of readings; %s is today's date */
      return g_strdup_printf (_("Meter readings %s.xlsx"), today);
    case CT_ASSET_IMPORT_ASSETS:
    default:
      /* Translators: the name offered for an export; %s is today's date, 2026-11-21 */
      return g_strdup_printf (_("Assets %s.xlsx"), today);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  CtAssetImportKind kind = CT_ASSET_IMPORT_ASSETS;
  g_autofree char *today = ct_assets_page_dup_day (self, 0);
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (parameter != NULL)
    ct_asset_import_kind_from_text (g_variant_get_string (parameter, NULL), &kind);
  name = dup_export_name (kind, today != NULL ? today : "");
  native = ct_transfer_export_chooser_new (widget, name);
  g_object_set_data (G_OBJECT (native), "ct-kind", GINT_TO_POINTER (kind));
  ct_transfer_chooser_show (native, G_CALLBACK (export_chosen_cb), self);
}

void
ct_assets_page_show_exported (CtAssetsPage     *self,
                              CtAssetsTransfer *job,
                              const GError     *error)
{
  g_autofree char *name = g_markup_escape_text (job->name, -1);
  g_autofree char *rows = NULL;
  g_autofree char *title = NULL;

  if (error != NULL)
    {
      ct_transfer_show_error (GTK_WIDGET (self), _("Export Failed"), error->message);
      return;
    }
  if (job->export_kind == CT_ASSET_IMPORT_ASSETS)
    /* Translators: "Exported 1,234 assets to 设备 2026-11-21.xlsx" */
    title = g_strdup_printf (ngettext ("Exported %'u asset to %s", "Exported %'u assets to %s",
                                       job->n_rows), job->n_rows, name);
  else
    {
      rows = dup_rows_text (job->export_kind, job->n_rows);
      /* Translators: "Exported 12 maintenance plans to 保养计划.xlsx" */
      title = g_strdup_printf (_("Exported %s to %s"), rows, name);
    }
  ct_transfer_show_exported (CT_PAGE (self), title, job->path);
}

/* Import */

static void
checked_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtAssetsPage     *self)
{
  if (g_strcmp0 (response, "import") == 0)
    ct_assets_page_import_path (self,
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ct-kind")),
                                g_object_get_data (G_OBJECT (dialog), "ct-path"), FALSE);
}

/* A dry run passed: say what an import would do and offer it. */
static void
show_checked (CtAssetsPage     *self,
              CtAssetsTransfer *job)
{
  g_autofree char *rows = dup_rows_text (job->import_kind, job->n_rows);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  /* Translators: "All 120 assets in “设备.csv” can be imported. Nothing was written." */
  body = g_strdup_printf (_("All %s in “%s” can be imported. Nothing was written."),
                          rows, job->name);
  dialog = ct_transfer_ready_dialog_new (GTK_WIDGET (self), body, job->path);
  g_object_set_data (G_OBJECT (dialog), "ct-kind", GINT_TO_POINTER (job->import_kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (checked_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "Imported 120 assets (3 locations created)", "Imported 300 meter readings
 * (2 unusual)". */
static char *
dup_done_text (CtAssetsTransfer *job)
{
  g_autofree char *rows = dup_rows_text (job->import_kind, job->n_rows);
  guint created = job->imported.n_locations;
  guint unusual = job->imported.n_anomalies;

  if (created > 0)
    /* Translators: %s is "120 assets"; locations named in the file were created */
    return g_strdup_printf (ngettext ("Imported %s (%'u location created)",
                                      "Imported %s (%'u locations created)", created),
                            rows, created);
  if (unusual > 0)
    /* Translators: %s is "300 meter readings"; some were flagged by the anomaly rule */
    return g_strdup_printf (ngettext ("Imported %s (%'u unusual)",
                                      "Imported %s (%'u unusual)", unusual), rows, unusual);
  /* Translators: %s is "120 assets", "12 maintenance plans" or "300 meter readings" */
  return g_strdup_printf (_("Imported %s"), rows);
}

/* The rows are in the file: the page's store reads its locations again and
 * says the ledger changed, which refreshes the list, tree and badge. */
static void
show_done (CtAssetsPage     *self,
           CtAssetsTransfer *job)
{
  g_autofree char *message = dup_done_text (job);
  g_autoptr(GError) error = NULL;

  if (!ct_record_store_reload (ct_asset_store_get_locations (self->store), &error))
    ct_assets_page_toast (self, error->message);
  ct_asset_store_emit_changed (self->store);
  ct_assets_page_toast (self, message);
}

void
ct_assets_page_show_imported (CtAssetsPage     *self,
                              CtAssetsTransfer *job,
                              const GError     *error)
{
  if (error == NULL && job->dry_run)
    show_checked (self, job);
  else if (error == NULL)
    show_done (self, job);
  else
    ct_transfer_show_import_error (GTK_WIDGET (self), error);
}

static const char *
import_help (CtAssetImportKind kind)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_PLANS:
      return _("The first row names the columns. Each row is a plan of an asset named by its "
               "code: a title, a repeat rule (FREQ=MONTHLY for monthly, "
               "FREQ=MONTHLY;INTERVAL=3 for quarterly), a basis (schedule or completion) and "
               "the first date, like 2025-11-03.");
    case CT_ASSET_IMPORT_READINGS:
      return _("The first row names the columns. Each row is a reading of a meter named by its "
               "code: the time (2025-11-03 08:30), the value and who read it. The meters must "
               "be in the ledger already.");
    case CT_ASSET_IMPORT_ASSETS:
    default:
      return _("The first row names the columns. Required: code, name, category and site "
               "(编号, 名称, 类别, 项目); building, location, manufacturer, model, serial "
               "number, contractor and dates like 2025-11-03 are optional. A file exported "
               "from this list imports as it is.");
    }
}

static void
options_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtAssetsPage     *self)
{
  GtkCheckButton *dry_run = g_object_get_data (G_OBJECT (dialog), "ct-dry-run");

  if (g_strcmp0 (response, "import") == 0)
    ct_assets_page_import_path (self,
                                GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "ct-kind")),
                                g_object_get_data (G_OBJECT (dialog), "ct-path"),
                                gtk_check_button_get_active (dry_run));
}

/* What the file must hold, and whether to check it only. */
static void
ask_options (CtAssetsPage      *self,
             CtAssetImportKind  kind,
             const char        *path)
{
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", import_help (kind),
                                           _("Every row is checked first: if one is wrong, "
                                             "nothing is imported."));
  GtkWidget *dry_run = gtk_check_button_new_with_mnemonic (_("Check _only (dry run)"));
  AdwMessageDialog *dialog = ct_transfer_options_dialog_new (GTK_WIDGET (self), path, body,
                                                             dry_run, dry_run);

  g_object_set_data (G_OBJECT (dialog), "ct-kind", GINT_TO_POINTER (kind));
  g_object_set_data (G_OBJECT (dialog), "ct-dry-run", dry_run);
  g_signal_connect_object (dialog, "response", G_CALLBACK (options_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  CtAssetsPage    *self)
{
  CtAssetImportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "ct-kind"));
  g_autofree char *path = ct_transfer_take_path (native, response);

  if (path != NULL)
    ask_options (self, kind, path);
}

static const char *
import_title (CtAssetImportKind kind)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_PLANS:
      return _("Import Maintenance Plans");
    case CT_ASSET_IMPORT_READINGS:
      return _("Import Meter Readings");
    case CT_ASSET_IMPORT_ASSETS:
    default:
      return _("Import Assets");
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);
  CtAssetImportKind kind = CT_ASSET_IMPORT_ASSETS;
  GtkFileChooserNative *native;

  if (g_strcmp0 (g_variant_get_string (parameter, NULL), "plans") == 0)
    kind = CT_ASSET_IMPORT_PLANS;
  else if (g_strcmp0 (g_variant_get_string (parameter, NULL), "readings") == 0)
    kind = CT_ASSET_IMPORT_READINGS;
  native = ct_transfer_import_chooser_new (widget, import_title (kind));
  g_object_set_data (G_OBJECT (native), "ct-kind", GINT_TO_POINTER (kind));
  ct_transfer_chooser_show (native, G_CALLBACK (import_chosen_cb), self);
}

void
ct_assets_page_class_init_transfer_dialogs (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "assets.import", "s", import_action);
  gtk_widget_class_install_action (widget_class, "assets.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "assets.export-records", "s", export_action);
}
