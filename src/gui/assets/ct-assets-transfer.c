/* ct-assets-transfer.c — import assets, maintenance plans or meter readings
 * from CSV, export the list shown to CSV or Excel, in a worker thread
 *
 * The worker opens a connection of its own to the same file, with its own
 * organisation and asset store: a CtDatabase caches its prepared statements
 * and must stay on one thread. The page's models are touched on the main
 * thread only; after an import the page's store announces the change.
 * ct-asset-io.h reports no progress, so the bar pulses while the worker runs;
 * an import is one transaction, all rows or none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-transfer-private.h"

#define PULSE_MS 120

static void
transfer_free (gpointer data)
{
  CtAssetsTransfer *job = data;

  ct_transfer_source_clear (&job->source);
  g_free (job->path);
  g_free (job->name);
  g_free (job->actor);
  ct_assets_filter_clear (&job->filter);
  ct_asset_import_result_clear (&job->imported);
  g_free (job);
}

/* Worker thread: the file's ledger on a new connection. */
static CtAssetStore *
open_store (CtAssetsTransfer  *job,
            GError           **error)
{
  g_autoptr(CtOrganisation) org = ct_transfer_source_open (&job->source, error);

  return org != NULL ? ct_asset_store_new (org, error) : NULL;
}

static void
transfer_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CtAssetsTransfer *job = task_data;
  g_autoptr(CtAssetStore) store = NULL;
  GError *error = NULL;
  gboolean ok = FALSE;

  if ((store = open_store (job, &error)) == NULL)
    ok = FALSE;
  else if (job->kind == CT_ASSETS_TRANSFER_EXPORT && job->export_kind == CT_ASSET_IMPORT_ASSETS)
    /* Written beside the file and renamed when complete. */
    ok = ct_asset_export (store, &job->filter.query, job->path, &job->n_rows, &error);
  else if (job->kind == CT_ASSETS_TRANSFER_EXPORT)
    ok = ct_asset_export_records (store, job->export_kind, job->site_id, job->path,
                                  &job->n_rows, &error);
  else
    ok = ct_asset_import_full (store, job->import_kind, job->path, job->dry_run, job->actor,
                               &job->imported, &error);
  job->n_rows = job->kind == CT_ASSETS_TRANSFER_EXPORT ? job->n_rows : job->imported.n_rows;
  ct_transfer_task_return (task, ok, error);
}

static gboolean
pulse_cb (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

/* The progress area goes and the actions come back. */
static void
finish (CtAssetsPage *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  ct_transfer_progress_hide (&self->transfer, self->transfer_revealer);
  ct_assets_page_update_actions (self);
}

static void
transfer_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CtAssetsPage) self = user_data;
  CtAssetsTransfer *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!ct_transfer_task_finish (result, self->transfer, &error))
    return;
  finish (self);
  if (job->kind == CT_ASSETS_TRANSFER_EXPORT)
    ct_assets_page_show_exported (self, job, error);
  else
    ct_assets_page_show_imported (self, job, error);
}

static void
start (CtAssetsPage     *self,
       CtAssetsTransfer *job,
       const char       *label)
{
  g_autoptr(GTask) task = NULL;

  ct_transfer_source_init (&job->source, self->context);
  self->transfer = g_cancellable_new ();
  task = ct_transfer_task_new (self->transfer, self, job, transfer_free, transfer_done_cb, start);
  ct_transfer_progress_show (self->transfer_revealer, self->transfer_label,
                             self->transfer_progress, label);
  self->pulse_id = g_timeout_add (PULSE_MS, pulse_cb, self->transfer_progress);
  ct_assets_page_update_actions (self);
  g_task_run_in_thread (task, transfer_thread);
}

static gboolean
can_start (CtAssetsPage *self)
{
  return self->context != NULL && self->transfer == NULL;
}

static CtAssetsTransfer *
job_new (CtAssetsTransferKind  kind,
         const char           *path)
{
  CtAssetsTransfer *job = g_new0 (CtAssetsTransfer, 1);

  job->kind = kind;
  job->path = g_strdup (path);
  job->name = g_filename_display_basename (path);
  ct_assets_filter_init (&job->filter);
  return job;
}

gboolean
ct_assets_page_export_to_path (CtAssetsPage *self,
                               const char   *path)
{
  return ct_assets_page_export_kind_to_path (self, CT_ASSET_IMPORT_ASSETS, path);
}

gboolean
ct_assets_page_export_kind_to_path (CtAssetsPage      *self,
                                    CtAssetImportKind  kind,
                                    const char        *path)
{
  CtAssetsTransfer *job;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!can_start (self))
    return FALSE;
  job = job_new (CT_ASSETS_TRANSFER_EXPORT, path);
  job->export_kind = kind;
  ct_assets_filter_copy (&job->filter, &self->filter);
  job->site_id = ct_assets_page_get_tree_site (self);
  label = ct_transfer_dup_export_label (job->name);
  start (self, job, label);
  return TRUE;
}

gboolean
ct_assets_page_import_path (CtAssetsPage      *self,
                            CtAssetImportKind  kind,
                            const char        *path,
                            gboolean           dry_run)
{
  CtAssetsTransfer *job;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!can_start (self))
    return FALSE;
  job = job_new (CT_ASSETS_TRANSFER_IMPORT, path);
  job->import_kind = kind;
  job->dry_run = dry_run;
  job->actor = g_strdup (ct_context_get_user (self->context));
  label = ct_transfer_dup_import_label (job->name, dry_run);
  start (self, job, label);
  return TRUE;
}

gboolean
ct_assets_page_is_transferring (CtAssetsPage *self)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), FALSE);
  return self->transfer != NULL;
}

void
ct_assets_page_abandon_transfer (CtAssetsPage *self)
{
  g_return_if_fail (CT_IS_ASSETS_PAGE (self));

  if (self->transfer == NULL)
    return;
  g_cancellable_cancel (self->transfer);
  finish (self);
}

void
ct_assets_page_class_init_transfer (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, transfer_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, transfer_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, transfer_progress);
  ct_assets_page_class_init_transfer_dialogs (widget_class);
}
