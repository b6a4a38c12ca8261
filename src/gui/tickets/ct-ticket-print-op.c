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
#include "widgets/ct-print-util.h"

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
  g_autofree char *name = dup_job_name (form, ticket);
  GtkPrintOperation *operation;

  /* The form keeps its own 15 mm margins; "Print to File" suggests
   * "Work order T-2025-00001.pdf". */
  operation = ct_print_operation_new (parent, SETTINGS_KEY, name, 1);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  return operation;
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
    ct_print_operation_remember (parent, SETTINGS_KEY, operation);
  return TRUE;
}
