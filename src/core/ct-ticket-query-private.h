/* ct-ticket-query-private.h — a CtTicketQuery turned into SQL, for the stores
 * and models of libcaretaker-core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ct-ticket-list-model.h"
#include "ct-ticket-query.h"

G_BEGIN_DECLS

/* The WHERE conditions of a query's filters and search over "tickets", with
 * the values to bind to their parameters, in order. With @walk, rows are to be
 * read along the index of the sort order (many match): the filters offer the
 * planner no index of their own. Without, the filters' indexes (or a search's
 * rowids) find the rows, for counting or when few match. */
typedef struct _CtTicketFilter CtTicketFilter;

CtTicketFilter *ct_ticket_filter_new      (const CtTicketQuery *query,
                                           gboolean             walk);
void            ct_ticket_filter_free     (CtTicketFilter      *filter);
/* "cond AND cond …", or "1 = 1" when nothing is filtered. */
const char     *ct_ticket_filter_get_sql  (CtTicketFilter      *filter);
/* Binds the values to parameters @first, @first + 1, …; returns the next free
 * parameter number. */
int             ct_ticket_filter_bind     (CtTicketFilter      *filter,
                                           sqlite3_stmt        *stmt,
                                           int                  first);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketFilter, ct_ticket_filter_free)

/* The ORDER BY of a sort: its key expressions (then id as the tie-breaker,
 * always in the same direction). When @nullable, keys[0] may be NULL and those
 * rows come last in both directions, ordered by the other keys. Each sort
 * walks an index, but title and address, which have none. */
typedef struct
{
  const char *keys[3];
  guint       n_keys;
  gboolean    nullable;
} CtTicketSortSpec;

const CtTicketSortSpec *ct_ticket_sort_get_spec (CtTicketSort sort);

/* A condition on "tickets" true for open tickets past a deadline they did not
 * meet at the instant bound, CT_TICKET_OVERDUE_N_PARAMS times, to its
 * parameters (the same rule as ct_ticket_sla_state () returning
 * CT_SLA_STATE_OVERDUE). */
#define CT_TICKET_OVERDUE_N_PARAMS 3
const char     *ct_ticket_overdue_sql     (void);

G_END_DECLS
