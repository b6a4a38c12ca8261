/* ct-transfer-util.c — what the import and export of a page share: the
 * worker's own connection to the open file, the task and the progress area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-transfer"

#include "config.h"

#include "ct-transfer-util.h"

/* Main thread: what the worker needs to open the file of @context. */
void
ct_transfer_source_init (CtTransferSource *source,
                         CtContext        *context)
{
  CtDatabase *db = ct_context_get_database (context);

  g_return_if_fail (source != NULL);
  g_return_if_fail (CT_IS_CONTEXT (context));

  source->db_path = g_strdup (ct_database_get_path (db));
  /* Never switch a shared file to WAL behind the main connection's back. */
  source->open_flags = ct_database_is_shared (db) ? CT_DATABASE_OPEN_SHARED
                                                  : CT_DATABASE_OPEN_DEFAULT;
  source->clock = g_object_ref (ct_context_get_clock (context));
}

void
ct_transfer_source_clear (CtTransferSource *source)
{
  g_return_if_fail (source != NULL);

  g_clear_object (&source->clock);
  g_clear_pointer (&source->db_path, g_free);
}

/* Worker thread: a new connection to the file. */
CtDatabase *
ct_transfer_source_open_database (const CtTransferSource  *source,
                                  GError                 **error)
{
  g_return_val_if_fail (source != NULL, NULL);

  return ct_database_open (source->db_path, source->open_flags, source->clock, error);
}

/* Worker thread: the file's organisation on a new connection. */
CtOrganisation *
ct_transfer_source_open (const CtTransferSource  *source,
                         GError                 **error)
{
  g_autoptr(CtDatabase) db = ct_transfer_source_open_database (source, error);

  return db != NULL ? ct_organisation_new (db, error) : NULL;
}

/* A task for @job (freed with @job_free) cancelled by @cancellable; @done_cb
 * gets a reference to @page. Run it with g_task_run_in_thread (). */
GTask *
ct_transfer_task_new (GCancellable        *cancellable,
                      gpointer             page,
                      gpointer             job,
                      GDestroyNotify       job_free,
                      GAsyncReadyCallback  done_cb,
                      gpointer             source_tag)
{
  GTask *task;

  g_return_val_if_fail (G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (G_IS_OBJECT (page), NULL);

  /* No source object: the worker may drop the task's last reference. */
  task = g_task_new (NULL, cancellable, done_cb, g_object_ref (page));
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, job_free);
  /* An import committed just before Cancel is reported as done. */
  g_task_set_check_cancellable (task, FALSE);
  return task;
}

/* Worker thread: @error (taken) unless @ok. */
void
ct_transfer_task_return (GTask    *task,
                         gboolean  ok,
                         GError   *error)
{
  g_return_if_fail (G_IS_TASK (task));

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* @error set from @result; FALSE when @result is not of the transfer
 * @current: the page closed or shows another file. */
gboolean
ct_transfer_task_finish (GAsyncResult  *result,
                         GCancellable  *current,
                         GError       **error)
{
  GTask *task = G_TASK (result);

  g_task_propagate_boolean (task, error);
  return g_task_get_cancellable (task) == current;
}

/* The progress area comes, empty, with @text beside it. */
void
ct_transfer_progress_show (GtkRevealer    *revealer,
                           GtkLabel       *label,
                           GtkProgressBar *progress,
                           const char     *text)
{
  gtk_label_set_text (label, text);
  gtk_progress_bar_set_fraction (progress, 0.0);
  gtk_revealer_set_reveal_child (revealer, TRUE);
}

/* The transfer is over: its cancellable and the progress area go. */
void
ct_transfer_progress_hide (GCancellable **transfer,
                           GtkRevealer   *revealer)
{
  g_clear_object (transfer);
  if (revealer != NULL)
    gtk_revealer_set_reveal_child (revealer, FALSE);
}
