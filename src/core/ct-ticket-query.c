/* ct-ticket-query.c — which tickets, in which order: the query (copied,
 * compared) and the keys of each sort order; its filters and search become
 * SQL in ct-ticket-query-filter.c and ct-ticket-query-terms.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-query"

#include "config.h"

#include <string.h>

#include "ct-ticket-query-private.h"

G_DEFINE_BOXED_TYPE (CtTicketQuery, ct_ticket_query, ct_ticket_query_copy, ct_ticket_query_free)

static const CtTicketSortSpec sort_specs[] = {
  [CT_TICKET_SORT_CREATED]  = { { "created_at" }, 1, FALSE },
  [CT_TICKET_SORT_CODE]     = { { "code" }, 1, FALSE },
  [CT_TICKET_SORT_KIND]     = { { "kind", "created_at" }, 2, FALSE },
  [CT_TICKET_SORT_STATUS]   = { { "status", "created_at" }, 2, FALSE },
  [CT_TICKET_SORT_DUE]      = { { "due_resolution_at" }, 1, TRUE },
  [CT_TICKET_SORT_TITLE]    = { { "title" }, 1, FALSE },
  [CT_TICKET_SORT_ADDRESS]  = { { "address" }, 1, FALSE },
  /* Grouped by person (their tickets by status and age), on tickets_assignee:
   * by name would sort the whole table on every page. */
  [CT_TICKET_SORT_ASSIGNEE] = { { "assignee_id", "status", "created_at" }, 3, TRUE },
};

const CtTicketSortSpec *
ct_ticket_sort_get_spec (CtTicketSort sort)
{
  g_return_val_if_fail ((guint) sort < G_N_ELEMENTS (sort_specs), &sort_specs[0]);
  return &sort_specs[sort];
}

CtTicketQuery *
ct_ticket_query_new (void)
{
  CtTicketQuery *query = g_new0 (CtTicketQuery, 1);

  query->sort = CT_TICKET_SORT_CREATED;
  query->descending = TRUE;
  return query;
}

CtTicketQuery *
ct_ticket_query_copy (const CtTicketQuery *query)
{
  CtTicketQuery *copy;

  g_return_val_if_fail (query != NULL, NULL);

  copy = g_memdup2 (query, sizeof *query);
  copy->statuses = g_strdupv (query->statuses);
  copy->kinds = g_strdupv (query->kinds);
  copy->search = g_strdup (query->search);
  if (query->ids != NULL)   /* an empty array is a filter too: no ticket */
    {
      copy->ids = g_new0 (gint64, MAX (query->n_ids, 1));
      memcpy (copy->ids, query->ids, query->n_ids * sizeof (gint64));
    }
  return copy;
}

void
ct_ticket_query_free (CtTicketQuery *query)
{
  if (query == NULL)
    return;
  g_strfreev (query->statuses);
  g_strfreev (query->kinds);
  g_free (query->search);
  g_free (query->ids);
  g_free (query);
}

static gboolean
strv_equal (char **a,
            char **b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char *const *) a, (const char *const *) b);
}

static gboolean
search_equal (const char *a,
              const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

gboolean
ct_ticket_query_equal (const CtTicketQuery *a,
                       const CtTicketQuery *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return strv_equal (a->statuses, b->statuses) && strv_equal (a->kinds, b->kinds)
      && a->site_id == b->site_id && a->department_id == b->department_id
      && a->assignee_id == b->assignee_id && !a->overdue_only == !b->overdue_only
      && (!a->overdue_only || a->now == b->now)
      && a->created_from == b->created_from && a->created_to == b->created_to
      && search_equal (a->search, b->search)
      && (a->ids == NULL) == (b->ids == NULL) && a->n_ids == b->n_ids
      && (a->n_ids == 0 || memcmp (a->ids, b->ids, a->n_ids * sizeof (gint64)) == 0)
      && a->sort == b->sort && !a->descending == !b->descending;
}
