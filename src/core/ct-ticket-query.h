/* ct-ticket-query.h — which tickets, in which order: filters, search and sort,
 * all turned into SQL (never filtered in memory)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CT_TICKET_SORT_CREATED,        /* created_at */
  CT_TICKET_SORT_CODE,
  CT_TICKET_SORT_KIND,
  CT_TICKET_SORT_STATUS,
  CT_TICKET_SORT_DUE,            /* due_resolution_at (NULLs last) */
  CT_TICKET_SORT_TITLE,
  CT_TICKET_SORT_ADDRESS,
  CT_TICKET_SORT_ASSIGNEE,
} CtTicketSort;

typedef struct
{
  char        **statuses;       /* NULL = any; "open" stands for every open status */
  char        **kinds;          /* NULL = any */
  gint64        site_id;        /* 0 = any */
  gint64        department_id;
  gint64        assignee_id;
  gboolean      overdue_only;   /* open and past a deadline at @now */
  gint64        now;            /* for overdue_only */
  gint64        created_from;   /* UTC seconds, inclusive; 0 = open-ended */
  gint64        created_to;     /* exclusive; 0 = open-ended */
  char         *search;         /* FTS5 trigram over title, description, address,
                                   reporter; 1–2 characters: a bounded LIKE */
  gint64       *ids;            /* explicit ids (drill-down), n_ids of them */
  guint         n_ids;
  CtTicketSort  sort;
  gboolean      descending;
} CtTicketQuery;

#define CT_TYPE_TICKET_QUERY (ct_ticket_query_get_type ())
GType          ct_ticket_query_get_type (void) G_GNUC_CONST;

CtTicketQuery *ct_ticket_query_new      (void);   /* newest first, no filter */
CtTicketQuery *ct_ticket_query_copy     (const CtTicketQuery *query);
void           ct_ticket_query_free     (CtTicketQuery       *query);
gboolean       ct_ticket_query_equal    (const CtTicketQuery *a,
                                         const CtTicketQuery *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketQuery, ct_ticket_query_free)

G_END_DECLS
