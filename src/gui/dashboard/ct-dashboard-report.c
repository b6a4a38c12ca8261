/* ct-dashboard-report.c — the operations report of the period and site on
 * screen: Print Report…, Save as PDF… and Export to Excel…
 *
 * The report (src/report, the code behind `caretaker-cli report`) is made in
 * a worker thread on a connection of its own, in the app's language; the
 * PDF and the workbook are written there too. Printing then draws its pages
 * with ct_report_draw_page () from GtkPrintOperation's draw-page, page for
 * page as in the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-dashboard-page-private.h"
#include "ct-report.h"
#include "widgets/ct-print-util.h"
#include "widgets/ct-transfer-dialogs.h"
#include "widgets/ct-transfer-util.h"

#define SETTINGS_KEY "ct-report-print-settings"

typedef struct
{
  CtTransferSource      source;
  CtKpiPeriod           period;
  char                 *site_name;   /* NULL: all sites */
  CtDashboardReportKind kind;
  char                 *path;        /* the file, or for printing an export */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  ct_transfer_source_clear (&job->source);
  g_free (job->site_name);
  g_free (job->path);
  g_free (job);
}

/* Worker thread */

static CtReport *
make_report (Job     *job,
             GError **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtReport) report = NULL;

  db = ct_database_open (job->source.db_path,
                         job->source.open_flags | CT_DATABASE_OPEN_NO_MIGRATE,
                         job->source.clock, error);
  /* NULL: the app's language, so nothing swaps $LANGUAGE under other threads. */
  if (db == NULL || !(report = ct_report_new (db, &job->period, job->site_name, NULL, error)))
    return NULL;
  if (job->kind == CT_DASHBOARD_REPORT_PDF && !ct_report_save_pdf (report, job->path, error))
    return NULL;
  if (job->kind == CT_DASHBOARD_REPORT_XLSX && !ct_report_save_xlsx (report, job->path, error))
    return NULL;
  return g_steal_pointer (&report);
}

static void
report_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  CtReport *report = NULL;

  if (!g_cancellable_set_error_if_cancelled (cancellable, &error))
    report = make_report (data, &error);
  if (report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, report, (GDestroyNotify) ct_report_free);
}

/* Printing */

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              CtReport          *report)
{
  ct_report_draw_page (report, gtk_print_context_get_cairo_context (context), page_nr,
                       gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context));
}

static GtkWindow *
get_window (CtDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The print dialog (or, with job->path, an export to that PDF without one). */
static void
print_report (CtDashboardPage *self,
              CtReport        *report,
              Job             *job)
{
  GtkWindow *parent = get_window (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  GtkPrintOperationAction action = job->path ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                             : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;

  operation = ct_print_operation_new (parent, SETTINGS_KEY, ct_report_get_title (report),
                                      (int) ct_report_get_n_pages (report));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);
  if (job->path)
    gtk_print_operation_set_export_filename (operation, job->path);
  result = gtk_print_operation_run (operation, action, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says what went wrong */
      g_autofree char *body = g_strdup_printf (_("“%s” could not be printed: %s"),
                                               ct_report_get_title (report), error->message);

      ct_transfer_show_error (GTK_WIDGET (self), _("Printing Failed"), body);
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    ct_print_operation_remember (parent, SETTINGS_KEY, operation);
}

/* Main thread */

static void
set_actions_enabled (CtDashboardPage *self,
                     gboolean         enabled)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.print-report", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.save-pdf", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-xlsx", enabled);
}

static void
show_saved (CtDashboardPage *self,
            Job             *job)
{
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *name = g_markup_escape_text (basename, -1);
  /* Translators: a toast, %s the file name */
  g_autofree char *title = g_strdup_printf (_("Saved the report as %s"), name);

  ct_transfer_show_exported (CT_PAGE (self), title, job->path);
}

/* @self is the page (a reference), whatever became of it. */
static void
report_done_cb (GObject      *source,
                GAsyncResult *async,
                gpointer      data)
{
  g_autoptr(CtDashboardPage) self = data;
  Job *job = g_task_get_task_data (G_TASK (async));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtReport) report = g_task_propagate_pointer (G_TASK (async), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  g_clear_object (&self->reporting);
  set_actions_enabled (self, TRUE);
  if (self->computing == NULL)
    gtk_spinner_stop (self->spinner);
  if (report == NULL)
    {
      const char *heading = job->kind == CT_DASHBOARD_REPORT_PRINT
                            ? _("The Report Could Not Be Made")
                            : _("The Report Could Not Be Saved");

      ct_transfer_show_error (GTK_WIDGET (self), heading, error->message);
      return;
    }
  if (job->kind == CT_DASHBOARD_REPORT_PRINT)
    print_report (self, report, job);
  else
    show_saved (self, job);
}

char *
ct_dashboard_page_dup_site_name (CtDashboardPage *self)
{
  GtkStringObject *item = gtk_drop_down_get_selected_item (self->site_dropdown);
  guint selected = gtk_drop_down_get_selected (self->site_dropdown);

  if (item == NULL || selected == 0 || selected >= self->site_ids->len)
    return NULL;
  return g_strdup (gtk_string_object_get_string (item));
}

void
ct_dashboard_page_report (CtDashboardPage       *self,
                          CtDashboardReportKind  kind,
                          const char            *path)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;
  CtKpiPeriod period;

  g_return_if_fail (CT_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (kind == CT_DASHBOARD_REPORT_PRINT || path != NULL);

  if (self->context == NULL || self->reporting != NULL)
    return;
  if (!ct_dashboard_page_read_period (self, &period, &error))
    {
      ct_transfer_show_error (GTK_WIDGET (self), _("The Report Could Not Be Made"),
                              error->message);
      return;
    }
  job = g_new0 (Job, 1);
  ct_transfer_source_init (&job->source, self->context);
  job->period = period;
  job->site_name = ct_dashboard_page_dup_site_name (self);
  job->kind = kind;
  job->path = g_strdup (path);

  self->reporting = g_cancellable_new ();
  task = g_task_new (NULL, self->reporting, report_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, ct_dashboard_page_report);
  g_task_set_task_data (task, job, job_free);
  set_actions_enabled (self, FALSE);
  gtk_spinner_start (self->spinner);
  g_task_run_in_thread (task, report_thread);
}

void
ct_dashboard_page_cancel_report (CtDashboardPage *self)
{
  if (self->reporting == NULL)
    return;
  g_cancellable_cancel (self->reporting);
  g_clear_object (&self->reporting);
  set_actions_enabled (self, TRUE);
  if (self->computing == NULL)
    gtk_spinner_stop (self->spinner);
}

gboolean
ct_dashboard_page_is_reporting (CtDashboardPage *self)
{
  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), FALSE);
  return self->reporting != NULL;
}
