/* ct-ticket-detail.h — one ticket: its facts, deadlines, timeline and every
 * action the lifecycle allows at its status
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_TICKET_DETAIL (ct_ticket_detail_get_type ())
G_DECLARE_FINAL_TYPE (CtTicketDetail, ct_ticket_detail, CT, TICKET_DETAIL, GtkWidget)

GtkWidget  *ct_ticket_detail_new         (void);
CtContext  *ct_ticket_detail_get_context (CtTicketDetail *self);
void        ct_ticket_detail_set_context (CtTicketDetail *self,
                                          CtContext      *context);
/* The ticket shown (NULL: none). The pane never changes the object it is
 * given: actions work on a copy and, once saved, show that copy, notify
 * "ticket" and emit "changed". */
CtTicket   *ct_ticket_detail_get_ticket  (CtTicketDetail *self);
void        ct_ticket_detail_set_ticket  (CtTicketDetail *self,
                                          CtTicket       *ticket);

G_END_DECLS
