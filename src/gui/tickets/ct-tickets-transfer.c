/* ct-tickets-transfer.c — import tickets from CSV, export the list shown to
 * CSV or Excel: a worker thread with a progress bar and Cancel in the page
 *
 * The worker opens a connection of its own to the same file, with its own
 * organisation and ticket store: a CtDatabase caches its prepared statements
 * and must stay on one thread. The page's models are touched on the main
 * thread only; after an import they are read again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ct-ticket-export.h"
#include "ct-tickets-page-private.h"
#include "ct-tickets-transfer-private.h"

/* The page and the cancellable are released on the main thread: a widget
 * must not be finalized by the worker. */
typedef struct
{
  CtTicketsPage *page;
  GCancellable  *cancellable;
  double         fraction;
  char          *message;
} ProgressReport;

static void
transfer_free (gpointer data)
{
  CtTicketsTransfer *job = data;

  ct_transfer_source_clear (&job->source);
  g_free (job->path);
  g_free (job->name);
  g_clear_pointer (&job->query, ct_ticket_query_free);
  g_free (job->actor);
  g_free (job);
}

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_object_unref (report->page);
  g_object_unref (report->cancellable);
  g_free (report->message);
  g_free (report);
}

/* Main thread. */
static gboolean
show_progress_idle (gpointer data)
{
  ProgressReport *report = data;
  CtTicketsPage *self = report->page;

  /* A report of a transfer already finished or abandoned is dropped. */
  if (self->transfer != NULL && report->cancellable == self->transfer
      && !g_cancellable_is_cancelled (self->transfer))
    {
      gtk_progress_bar_set_fraction (self->transfer_progress, report->fraction);
      gtk_progress_bar_set_text (self->transfer_progress, report->message);
    }
  return G_SOURCE_REMOVE;
}

/* Worker thread: at most one report per percent or tenth of a second. */
static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  GTask *task = user_data;
  CtTicketsTransfer *job = g_task_get_task_data (task);
  gint64 now = g_get_monotonic_time ();
  ProgressReport *report;

  if (fraction < 1.0 && fraction - job->last_fraction < 0.01
      && now - job->last_time < 100 * G_TIME_SPAN_MILLISECOND)
    return;
  job->last_fraction = fraction;
  job->last_time = now;

  report = g_new0 (ProgressReport, 1);
  /* Alive: the task's callback, which holds the page, has not run yet. */
  report->page = g_object_ref (job->page);
  report->cancellable = g_object_ref (g_task_get_cancellable (task));
  report->fraction = CLAMP (fraction, 0.0, 1.0);
  report->message = g_strdup (message);
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT,
                              show_progress_idle, report, progress_report_free);
}

/* Worker thread: the file's organisation and tickets on a new connection. */
static CtTicketStore *
open_store (CtTicketsTransfer  *job,
            GError            **error)
{
  g_autoptr(CtOrganisation) org = ct_transfer_source_open (&job->source, error);

  return org != NULL ? ct_ticket_store_new (org, error) : NULL;
}

/* Worker thread. ct_ticket_export () writes beside the file and renames it
 * when complete: a failure or Cancel leaves nothing behind. */
static gboolean
run_export (CtTicketsTransfer  *job,
            GTask              *task,
            GCancellable       *cancellable,
            GError            **error)
{
  g_autoptr(CtTicketStore) store = open_store (job, error);

  if (store == NULL)
    return FALSE;
  return ct_ticket_export (store, job->query, job->path, job->format, progress_cb, task,
                           cancellable, &job->n_exported, error);
}

/* Worker thread. */
static gboolean
run_import (CtTicketsTransfer  *job,
            GTask              *task,
            GCancellable       *cancellable,
            GError            **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (job->path);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(CtTicketStore) store = NULL;

  if ((csv = g_file_load_bytes (file, cancellable, NULL, error)) == NULL
      || (store = open_store (job, error)) == NULL)
    return FALSE;
  return ct_ticket_import_csv (store, csv, job->actor, job->flags, progress_cb, task,
                               cancellable, &job->imported, error);
}

static void
transfer_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CtTicketsTransfer *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (job->kind == CT_TICKETS_TRANSFER_EXPORT)
    ok = run_export (job, task, cancellable, &error);
  else
    ok = run_import (job, task, cancellable, &error);
  ct_transfer_task_return (task, ok, error);
}

/* The progress area goes and the actions come back. */
static void
finish (CtTicketsPage *self)
{
  ct_transfer_progress_hide (&self->transfer, self->transfer_revealer);
  ct_tickets_page_update_transfer_actions (self);
}

static void
transfer_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(CtTicketsPage) self = user_data;
  CtTicketsTransfer *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!ct_transfer_task_finish (result, self->transfer, &error))
    return;
  finish (self);
  if (job->kind == CT_TICKETS_TRANSFER_EXPORT)
    ct_tickets_page_show_exported (self, job, error);
  else
    ct_tickets_page_show_imported (self, job, error);
}

static void
start (CtTicketsPage     *self,
       CtTicketsTransfer *job,
       const char        *label)
{
  g_autoptr(GTask) task = NULL;

  job->page = self;
  ct_transfer_source_init (&job->source, self->context);
  job->last_fraction = -1.0;
  self->transfer = g_cancellable_new ();
  task = ct_transfer_task_new (self->transfer, self, job, transfer_free, transfer_done_cb, start);
  ct_transfer_progress_show (self->transfer_revealer, self->transfer_label,
                             self->transfer_progress, label);
  gtk_progress_bar_set_text (self->transfer_progress, _("Opening the database…"));
  ct_tickets_page_update_transfer_actions (self);
  g_task_run_in_thread (task, transfer_thread);
}

static gboolean
can_start (CtTicketsPage *self)
{
  return self->context != NULL && self->model != NULL && self->transfer == NULL;
}

gboolean
ct_tickets_page_export_to_path (CtTicketsPage *self,
                                const char    *path)
{
  CtTicketsTransfer *job;
  g_autofree char *label = NULL;
  CtTicketExportFormat format = CT_TICKET_EXPORT_CSV;

  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (ct_ticket_export_format_from_path (path, &format), FALSE);

  if (!can_start (self))
    return FALSE;
  job = g_new0 (CtTicketsTransfer, 1);
  job->kind = CT_TICKETS_TRANSFER_EXPORT;
  job->path = g_strdup (path);
  job->name = g_filename_display_basename (path);
  job->format = format;
  /* Exactly what the list shows: its filters, search and order. */
  job->query = ct_ticket_query_copy (ct_ticket_list_model_get_query (self->model));
  label = ct_transfer_dup_export_label (job->name);
  start (self, job, label);
  return TRUE;
}

gboolean
ct_tickets_page_import_path (CtTicketsPage       *self,
                             const char          *path,
                             CtTicketImportFlags  flags)
{
  CtTicketsTransfer *job;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!can_start (self))
    return FALSE;
  job = g_new0 (CtTicketsTransfer, 1);
  job->kind = CT_TICKETS_TRANSFER_IMPORT;
  job->path = g_strdup (path);
  job->name = g_filename_display_basename (path);
  job->flags = flags;
  job->actor = g_strdup (ct_context_get_user (self->context));
  label = ct_transfer_dup_import_label (job->name, (flags & CT_TICKET_IMPORT_DRY_RUN) != 0);
  start (self, job, label);
  return TRUE;
}

gboolean
ct_tickets_page_is_transferring (CtTicketsPage *self)
{
  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), FALSE);
  return self->transfer != NULL;
}

void
ct_tickets_page_abandon_transfer (CtTicketsPage *self)
{
  g_return_if_fail (CT_IS_TICKETS_PAGE (self));

  if (self->transfer == NULL)
    return;
  g_cancellable_cancel (self->transfer);
  finish (self);
}

void
ct_tickets_page_update_transfer_actions (CtTicketsPage *self)
{
  gboolean idle = self->context != NULL && self->transfer == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tickets.import", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tickets.export", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tickets.cancel-transfer",
                                 self->transfer != NULL);
}

static void
cancel_transfer_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (widget);

  if (self->transfer == NULL)
    return;
  /* The worker stops at its next row; the result says what happened. */
  g_cancellable_cancel (self->transfer);
  gtk_progress_bar_set_text (self->transfer_progress, _("Cancelling…"));
  gtk_widget_action_set_enabled (widget, "tickets.cancel-transfer", FALSE);
}

void
ct_tickets_page_class_init_transfer (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, transfer_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, transfer_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, transfer_progress);
  gtk_widget_class_install_action (widget_class, "tickets.cancel-transfer", NULL,
                                   cancel_transfer_action);
  ct_tickets_page_class_init_transfer_dialogs (widget_class);
}
