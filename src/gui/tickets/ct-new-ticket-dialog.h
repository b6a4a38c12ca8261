/* ct-new-ticket-dialog.h — a new ticket taken during a phone call, keyboard only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_NEW_TICKET_DIALOG (ct_new_ticket_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtNewTicketDialog, ct_new_ticket_dialog, CT, NEW_TICKET_DIALOG, AdwWindow)

/* A modal dialog over @parent. Focus starts in the unit search; Ctrl+Enter or
 * Save stores the ticket (actor: the context's user), emits "created" with
 * the stored ticket and closes; on failure the message shows inline and the
 * input stays. */
GtkWidget *ct_new_ticket_dialog_new (GtkWindow *parent,
                                     CtContext *context);

G_END_DECLS
