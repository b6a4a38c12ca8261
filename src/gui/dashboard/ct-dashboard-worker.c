/* ct-dashboard-worker.c — the dashboard's figures computed in a GTask on a
 * read connection of its own (a CtDatabase stays on one thread), so that the
 * window never waits; a newer request cancels and drops an older one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-dashboard-page-private.h"

typedef struct
{
  char                *db_path;
  CtDatabaseOpenFlags  open_flags;
  CtClock             *clock;
  CtKpiPeriod          period;
  guint                generation;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_clear_object (&job->clock);
  g_free (job);
}

/* Worker thread. */
static CtDashboard *
compute (Job           *job,
         GError       **error)
{
  g_autoptr(CtDatabase) db = NULL;

  db = ct_database_open (job->db_path, job->open_flags | CT_DATABASE_OPEN_NO_MIGRATE,
                         job->clock, error);
  if (db == NULL)
    return NULL;
  return ct_dashboard_compute (db, &job->period, error);
}

static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  CtDashboard *result = NULL;

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    result = compute (data, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) ct_dashboard_free);
}

static void
period_label (CtDashboardPage *self)
{
  g_autofree char *title = ct_dashboard_period_title (ct_dashboard_get_period (self->result),
                                                      self->tz);
  g_autofree char *before = ct_dashboard_period_title (ct_dashboard_get_previous_period (self->result),
                                                       self->tz);
  /* Translators: the period shown and the one it is compared with */
  g_autofree char *text = g_strdup_printf (_("%s, compared with %s"), title, before);

  gtk_label_set_text (self->period_label, text);
}

/* Main thread; @self is the page (a reference), whatever became of it. */
static void
compute_done_cb (GObject      *source,
                 GAsyncResult *async,
                 gpointer      data)
{
  g_autoptr(CtDashboardPage) self = data;
  Job *job = g_task_get_task_data (G_TASK (async));
  g_autoptr(GError) error = NULL;
  CtDashboard *result = g_task_propagate_pointer (G_TASK (async), &error);

  if (job->generation != self->generation || self->context == NULL)
    {
      g_clear_pointer (&result, ct_dashboard_free);
      return;   /* a newer request, or another file */
    }
  g_clear_object (&self->computing);
  if (self->reporting == NULL)
    gtk_spinner_stop (self->spinner);
  if (result == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      return;
    }
  g_clear_pointer (&self->result, ct_dashboard_free);
  self->result = result;
  period_label (self);
  ct_dashboard_page_show_tiles (self);
  ct_dashboard_page_show_charts (self);
  gtk_stack_set_visible_child_name (self->content_stack, "dashboard");
}

void
ct_dashboard_page_start (CtDashboardPage   *self,
                         const CtKpiPeriod *period)
{
  CtDatabase *db = ct_context_get_database (self->context);
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  ct_dashboard_page_cancel (self);
  job->db_path = g_strdup (ct_database_get_path (db));
  /* Never switch a shared file to WAL behind the main connection's back. */
  job->open_flags = ct_database_is_shared (db) ? CT_DATABASE_OPEN_SHARED
                                               : CT_DATABASE_OPEN_DEFAULT;
  job->clock = g_object_ref (ct_context_get_clock (self->context));
  job->period = *period;
  job->generation = ++self->generation;

  self->computing = g_cancellable_new ();
  task = g_task_new (NULL, self->computing, compute_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, ct_dashboard_page_start);
  g_task_set_task_data (task, job, job_free);
  g_task_set_check_cancellable (task, FALSE);
  gtk_spinner_start (self->spinner);
  g_task_run_in_thread (task, compute_thread);
}

void
ct_dashboard_page_cancel (CtDashboardPage *self)
{
  self->generation++;
  if (self->computing == NULL)
    return;
  g_cancellable_cancel (self->computing);
  g_clear_object (&self->computing);
  if (self->reporting == NULL)
    gtk_spinner_stop (self->spinner);
}
