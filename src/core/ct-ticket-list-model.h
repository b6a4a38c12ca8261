/* ct-ticket-list-model.h — the tickets of a CtTicketQuery as a lazy GListModel
 *
 * The model counts the matching tickets when its query is set and reads them
 * in pages of 128 rows when they are asked for, keeping the last 8 pages.
 * Pages are found by keyset (the sort key and id of the last row of the page
 * before), never by OFFSET, so any page of a million tickets costs the same.
 * Filters, search and sort order are SQL: never wrap this model in a
 * GtkSortListModel or GtkFilterListModel, which would read every row.
 *
 * Search (CtTicketQuery.search): three characters or more use the trigram
 * index over title, description, address and reporter (any substring, case
 * folded for Latin letters); one or two characters are looked for with LIKE in
 * the title, address and reporter of the newest CT_TICKET_SHORT_SEARCH_ROWS
 * (50,000) tickets by creation time only.
 *
 * The model does not watch the file: call ct_ticket_list_model_refresh ()
 * after writes (yours or other programs').
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-database.h"
#include "ct-ticket-query.h"
#include "ct-ticket.h"

G_BEGIN_DECLS

#define CT_TICKET_LIST_MODEL_PAGE_SIZE 128
#define CT_TICKET_SHORT_SEARCH_ROWS 50000

#define CT_TYPE_TICKET_LIST_MODEL (ct_ticket_list_model_get_type ())
G_DECLARE_FINAL_TYPE (CtTicketListModel, ct_ticket_list_model, CT, TICKET_LIST_MODEL, GObject)

/* All tickets, newest first (ct_ticket_query_new ()). */
CtTicketListModel   *ct_ticket_list_model_new       (CtDatabase          *db);
/* The tickets of @query from the start: counted once, for that query only
 * (a query set after ct_ticket_list_model_new () counts twice). */
CtTicketListModel   *ct_ticket_list_model_new_for_query (CtDatabase          *db,
                                                     const CtTicketQuery *query);
CtDatabase          *ct_ticket_list_model_get_database (CtTicketListModel *self);
const CtTicketQuery *ct_ticket_list_model_get_query (CtTicketListModel   *self);
/* Copies @query; when it differs from the current one, counts again and emits
 * items-changed (0, old count, new count). */
void                 ct_ticket_list_model_set_query (CtTicketListModel   *self,
                                                     const CtTicketQuery *query);
/* Forgets every row read and counts again: items-changed (0, old, new). */
void                 ct_ticket_list_model_refresh   (CtTicketListModel   *self);
/* The position of ticket @id in the list, or FALSE when the query does not
 * show it. */
gboolean             ct_ticket_list_model_find      (CtTicketListModel   *self,
                                                     gint64               id,
                                                     guint               *position);
/* The error of the last read that failed (property "error"), NULL after a
 * count that succeeded. Rows that could not be read are blank tickets (id 0). */
const GError        *ct_ticket_list_model_get_error (CtTicketListModel   *self);

G_END_DECLS
