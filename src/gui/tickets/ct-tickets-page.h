/* ct-tickets-page.h — the Tickets tab: the ticket queue with filters, search,
 * the detail of the selected ticket and the overdue badge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-page.h"

G_BEGIN_DECLS

#define CT_TYPE_TICKETS_PAGE (ct_tickets_page_get_type ())
G_DECLARE_FINAL_TYPE (CtTicketsPage, ct_tickets_page, CT, TICKETS_PAGE, CtPage)

GtkWidget *ct_tickets_page_new (void);
/* Shows exactly the tickets @ids (gint64) — of @kind, NULL for any — with
 * every other filter cleared, under a banner "Showing the 37 tickets behind
 * “@title”" with a Clear button. */
void       ct_tickets_page_show_ids (CtTicketsPage *self,
                                     GArray        *ids,
                                     const char    *kind,
                                     const char    *title);

G_END_DECLS
