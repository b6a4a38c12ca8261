/* ct-ticket-print-op.h — prints a ticket's form through the GTK print dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-context.h"
#include "ct-ticket-print.h"

G_BEGIN_DECLS

/* Shows the print dialog for @form of @ticket over @parent (modal) and prints
 * the page, on A4 by default; the dialog's "Print to File" exports a PDF.
 * FALSE with @error set when the form could not be made or printing failed;
 * cancelling is not an error. */
gboolean ct_ticket_print_run (GtkWindow          *parent,
                              CtContext          *context,
                              CtTicket           *ticket,
                              CtTicketPrintForm   form,
                              GError            **error);

G_END_DECLS
