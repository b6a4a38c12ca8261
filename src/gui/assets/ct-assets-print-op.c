/* ct-assets-print-op.c — asset labels and the maintenance record form through
 * GtkPrintOperation
 *
 * The pages are drawn by ct-asset-print.h in core, the code that also writes
 * the PDFs of `caretaker-cli print`. Labels are read from the file one page
 * at a time, so printing a whole ledger does not hold it in memory. Page setup
 * and printer settings are remembered on the parent window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "ct-asset-print.h"
#include "ct-assets-print-op.h"
#include "widgets/ct-print-util.h"

#define SETTINGS_KEY "ct-asset-print-settings"

typedef struct
{
  CtAssetStore *store;
  GArray       *ids;         /* labels: gint64 */
  CtAsset      *asset;       /* the form's asset, or NULL for labels */
  gint64        task_id;
  gint64        record_id;
  GError       *error;       /* the first page that failed */
} PrintJob;

static void
keep_error (PrintJob *job,
            GError   *error)
{
  if (job->error == NULL)
    job->error = error;
  else
    g_error_free (error);
}

static void
draw_label (PrintJob *job,
            cairo_t  *cr,
            guint     index)
{
  gint64 id = g_array_index (job->ids, gint64, index);
  g_autoptr(CtAsset) asset = NULL;
  GError *error = NULL;

  asset = ct_asset_store_load (job->store, id, &error);
  if (asset == NULL && error == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 _("Asset %" PRId64 " was deleted while its label was printed."), id);
  cairo_save (cr);
  if (asset != NULL)
    ct_asset_print_draw_label (job->store, asset, cr, index % CT_ASSET_LABELS_PER_PAGE, &error);
  cairo_restore (cr);
  if (error != NULL)
    keep_error (job, error);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintJob *job = user_data;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  GError *error = NULL;

  if (job->asset != NULL)
    {
      if (!ct_asset_print_draw_form (job->store, job->asset, job->task_id, job->record_id, cr,
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context), &error))
        keep_error (job, error);
      return;
    }
  for (guint i = (guint) page_nr * CT_ASSET_LABELS_PER_PAGE;
       i < job->ids->len && i < ((guint) page_nr + 1) * CT_ASSET_LABELS_PER_PAGE; i++)
    draw_label (job, cr, i);
}

static char *
dup_job_name (PrintJob *job)
{
  if (job->asset != NULL)
    /* Translators: a print job and the suggested PDF name, "Maintenance record EL-0001" */
    return g_strdup_printf (_("Maintenance record %s"), ct_asset_get_code (job->asset));
  /* Translators: a print job and the suggested PDF name, "Asset labels (12)" */
  return g_strdup_printf (_("Asset labels (%u)"), job->ids->len);
}

static GtkPrintOperation *
create_operation (GtkWindow *parent,
                  PrintJob  *job)
{
  g_autofree char *name = dup_job_name (job);
  guint n_pages = 1;
  GtkPrintOperation *operation;

  if (job->asset == NULL)
    n_pages = MAX (1, (job->ids->len + CT_ASSET_LABELS_PER_PAGE - 1) / CT_ASSET_LABELS_PER_PAGE);
  /* Labels and form are placed on the whole A4 sheet, in points. */
  operation = ct_print_operation_new (parent, SETTINGS_KEY, name, (int) n_pages);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return operation;
}

gboolean
ct_assets_print_run (GtkWindow                *parent,
                     CtContext                *context,
                     GArray                   *asset_ids,
                     CtAsset                  *asset,
                     gint64                    task_id,
                     gint64                    record_id,
                     GtkPrintOperationAction   action,
                     const char               *export_path,
                     GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  PrintJob job = { NULL, asset_ids, asset, task_id, record_id, NULL };

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (CT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (asset != NULL || asset_ids != NULL, FALSE);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_path, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job.store = ct_context_get_assets (context);
  operation = create_operation (parent, &job);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_clear_error (&job.error);
      return FALSE;
    }
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return FALSE;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    ct_print_operation_remember (parent, SETTINGS_KEY, operation);
  return TRUE;
}

gboolean
ct_assets_print_labels (GtkWindow  *parent,
                        CtContext  *context,
                        GArray     *asset_ids,
                        GError    **error)
{
  g_return_val_if_fail (asset_ids != NULL, FALSE);

  return ct_assets_print_run (parent, context, asset_ids, NULL, 0, 0,
                              GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, error);
}

gboolean
ct_assets_print_form (GtkWindow  *parent,
                      CtContext  *context,
                      CtAsset    *asset,
                      gint64      task_id,
                      gint64      record_id,
                      GError    **error)
{
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);

  return ct_assets_print_run (parent, context, NULL, asset, task_id, record_id,
                              GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, error);
}
