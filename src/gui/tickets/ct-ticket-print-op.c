/* ct-ticket-print-op.c — a ticket's form through GtkPrintOperation
 *
 * The page is drawn by ct_ticket_print_draw() in core, the code that also
 * writes the PDF of `caretaker-cli print`. Page setup and printer settings are
 * remembered on the parent window for the next print.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-print-op.h"

#define SETTINGS_KEY "ct-ticket-print-settings"

typedef struct
{
  CtTicketPrintForm  form;
  CtTicketPrintData *data;
} PrintJob;

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintJob *job = user_data;

  ct_ticket_print_draw (gtk_print_context_get_cairo_context (context),
                        gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context),
                        job->form, job->data);
}

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

static char *
dup_job_name (CtTicketPrintForm  form,
              CtTicket          *ticket)
{
  const char *code = ct_ticket_get_code (ticket);

  if (form == CT_TICKET_FORM_RETURN_VISIT)
    /* TRANSLATORS: a print job and the suggested PDF name, "Return visit T-2025-00001" */
    return g_strdup_printf (_("Return visit %s"), code);
  /* TRANSLATORS: a print job and the suggested PDF name, "Work order T-2025-00001" */
  return g_strdup_printf (_("Work order %s"), code);
}

static GtkPrintOperation *
create_operation (GtkWindow         *parent,
                  CtTicket          *ticket,
                  CtTicketPrintForm  form,
                  PrintJob          *job)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  GtkPrintSettings *saved = parent ? g_object_get_data (G_OBJECT (parent), SETTINGS_KEY) : NULL;
  g_autoptr(GtkPrintSettings) settings = saved ? gtk_print_settings_copy (saved)
                                               : gtk_print_settings_new ();
  g_autoptr(GtkPageSetup) setup = default_page_setup ();
  g_autofree char *name = dup_job_name (form, ticket);

  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_n_pages (operation, 1);
  /* The form keeps its own 15 mm margins: draw on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* "Print to File" suggests "Work order T-2025-00001.pdf". */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
  gtk_print_operation_set_print_settings (operation, settings);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return operation;
}

static void
remember_settings (GtkWindow         *parent,
                   GtkPrintOperation *operation)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);

  if (parent != NULL && settings != NULL)
    g_object_set_data_full (G_OBJECT (parent), SETTINGS_KEY, g_object_ref (settings),
                            g_object_unref);
}

gboolean
ct_ticket_print_run (GtkWindow          *parent,
                     CtContext          *context,
                     CtTicket           *ticket,
                     CtTicketPrintForm   form,
                     GError            **error)
{
  g_autoptr(CtTicketPrintData) data = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  PrintJob job = { form, NULL };

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (CT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (CT_IS_TICKET (ticket), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = ct_ticket_print_data_new (ct_context_get_tickets (context), ticket, error);
  if (data == NULL)
    return FALSE;
  job.data = data;
  operation = create_operation (parent, ticket, form, &job);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_settings (parent, operation);
  return TRUE;
}
