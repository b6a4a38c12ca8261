/* ct-demo-task.c — writes the demo database in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo-task"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ct-database.h"
#include "ct-demo.h"
#include "ct-demo-assets.h"
#include "ct-demo-task.h"
#include "ct-demo-tickets.h"

typedef struct
{
  char               *path;
  CtDemoTaskProgress  progress;
  gpointer            progress_data;
  /* Worker thread only: throttles the progress reports. */
  double              last_fraction;
  gint64              last_time;
} DemoJob;

typedef struct
{
  GTask  *task;
  double  fraction;
  char   *message;
} ProgressReport;

static void
demo_job_free (gpointer data)
{
  DemoJob *job = data;

  g_free (job->path);
  g_free (job);
}

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->task);
  g_free (report->message);
  g_free (report);
}

static void
remove_sqlite_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_remove (name) != 0 && errno != ENOENT)
        g_warning ("Could not remove “%s”: %s", name, g_strerror (errno));
    }
}

/* Main thread: the page may be gone once the task's callback ran. */
static gboolean
report_progress_idle (gpointer data)
{
  ProgressReport *report = data;
  DemoJob *job = g_task_get_task_data (report->task);

  if (!g_task_get_completed (report->task))
    job->progress (report->fraction, report->message, job->progress_data);

  return G_SOURCE_REMOVE;
}

/* Worker thread. */
static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  GTask *task = user_data;
  DemoJob *job = g_task_get_task_data (task);
  gint64 now = g_get_monotonic_time ();
  ProgressReport *report;

  if (job->progress == NULL)
    return;
  if (fraction < 1.0 && fraction - job->last_fraction < 0.01 &&
      now - job->last_time < 100 * G_TIME_SPAN_MILLISECOND)
    return;

  job->last_fraction = fraction;
  job->last_time = now;

  report = g_new0 (ProgressReport, 1);
  report->task = g_object_ref (task);
  report->fraction = fraction;
  report->message = g_strdup (message);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              report_progress_idle, report, progress_report_free);
}

static gboolean
generate (const char    *part,
          const char    *path,
          GTask         *task,
          GCancellable  *cancellable,
          GError       **error)
{
  g_autoptr(CtDatabase) db = NULL;
  CtDemoOptions options;

  ct_demo_options_init (&options);
  options.scale = CT_DEMO_SCALE_SMALL;
  options.n_assets = CT_DEMO_ASSETS_LEDGER;

  db = ct_database_open (part, CT_DATABASE_OPEN_CREATE, NULL, error);
  if (db == NULL)
    return FALSE;

  /* The company, a year of ticket history up to now and the equipment
   * ledger. */
  if (!ct_demo_generate_company (db, &options, CT_DEMO_DEFAULT_TICKETS,
                                 ct_clock_now (ct_database_get_clock (db)),
                                 progress_cb, task, cancellable, error))
    return FALSE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return ct_database_backup (db, path, error);
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autofree char *dir = g_path_get_dirname (job->path);
  g_autofree char *part = g_strconcat (job->path, ".part", NULL);
  GError *error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("The folder “%s” could not be created: %s"),
                               dir, g_strerror (saved_errno));
      return;
    }

  remove_sqlite_files (part);
  if (!generate (part, job->path, task, cancellable, &error))
    {
      remove_sqlite_files (part);
      remove_sqlite_files (job->path);
      g_task_return_error (task, error);
      return;
    }

  remove_sqlite_files (part);
  g_task_return_pointer (task, g_strdup (job->path), g_free);
}

void
ct_demo_task_run (const char          *path,
                  CtDemoTaskProgress   progress,
                  gpointer             progress_data,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  g_return_if_fail (path != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (DemoJob, 1);
  job->path = g_strdup (path);
  job->progress = progress;
  job->progress_data = progress_data;
  job->last_fraction = -1.0;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_demo_task_run);
  g_task_set_task_data (task, job, demo_job_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, demo_thread);
}

char *
ct_demo_task_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ct_demo_task_run, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
