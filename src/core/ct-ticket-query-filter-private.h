/* ct-ticket-query-filter-private.h — the inside of a CtTicketFilter, shared by
 * ct-ticket-query-filter.c (the filter, its indexes and parameters) and
 * ct-ticket-query-terms.c (the SQL of each condition)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-query-private.h"

G_BEGIN_DECLS

struct _CtTicketFilter
{
  GString    *sql;
  GArray     *params;       /* of ct-ticket-query-filter.c's Param, in order */
  gboolean    walk;         /* read along the sort order's index */
  gboolean    by_ids;       /* a search or explicit ids: read those rows */
  const char *first_key;    /* of the sort order */
  const char *lead;         /* without walk: the filter column whose index finds the rows */
  const char *search_table; /* holds the ids the search found, or NULL */
  gboolean    open_only;    /* only open statuses: the open-ticket indexes apply */
  guint       n_terms;      /* conditions in sql */
  gboolean    search_only;  /* the one condition is the search's temporary table */
};

/* ct-ticket-query-filter.c: the pieces every condition is made of */
gboolean ct_ticket_filter_use_index    (CtTicketFilter *self,
                                        const char     *column);
void     ct_ticket_filter_add_term     (CtTicketFilter *self,
                                        const char     *column,
                                        const char     *rest);
void     ct_ticket_filter_add_number   (CtTicketFilter *self,
                                        gint64          number);
void     ct_ticket_filter_add_text     (CtTicketFilter *self,
                                        const char     *text);

/* ct-ticket-query-terms.c: the conditions of a query, each appended to the
 * filter's SQL with its values */
void     ct_ticket_filter_add_statuses (CtTicketFilter *self,
                                        char          **statuses);
void     ct_ticket_filter_add_kinds    (CtTicketFilter *self,
                                        char          **kinds);
void     ct_ticket_filter_add_value    (CtTicketFilter *self,
                                        const char     *column,
                                        const char     *rest,
                                        gint64          value);
void     ct_ticket_filter_add_overdue  (CtTicketFilter *self,
                                        gint64          now);
void     ct_ticket_filter_add_ids      (CtTicketFilter *self,
                                        const gint64   *ids,
                                        guint           n_ids);
void     ct_ticket_filter_add_search   (CtTicketFilter *self,
                                        const char     *search);

G_END_DECLS
