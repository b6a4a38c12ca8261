/* ct-ticket-query-terms.c — the SQL of each condition of a ticket query:
 * statuses, kinds, the overdue rule, explicit ids, the search and the plain
 * column comparisons; ct-ticket-query-filter.c puts them together
 *
 * Only SQL text written here goes into statements; every value of a query is
 * bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-query"

#include "config.h"

#include "ct-ticket-query-filter-private.h"
#include "ct-ticket.h"

/* Open, not paused, and past a deadline not yet met: the rule of
 * ct_ticket_store_count_overdue () and of KPI.md's overdue_open. */
#define LATE(due, done) "(" done " IS NULL AND " due " < ?)"
#define OVERDUE(status) \
  "(" status " IN ('new', 'accepted', 'dispatched', 'in_progress') AND (" \
  LATE ("due_response_at", "accepted_at") " OR " \
  LATE ("due_arrival_at", "arrived_at") " OR " \
  LATE ("due_resolution_at", "resolved_at") "))"

static const char overdue_sql[] = OVERDUE ("status");
static const char overdue_sql_unindexed[] = OVERDUE ("+status");

/* The condition of the open-ticket indexes of migration 0006 (tickets_open_*),
 * word for word: SQLite uses a partial index only when a condition of the
 * query is the index's own. The unary plus keeps it from choosing
 * tickets_status for it. The statuses are ct_ticket_status_is_open ()'s. */
static const char open_sql[] =
  "+status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')";

/* "column IN (?, ?, …)" over @values, each once. */
static void
add_in_list (CtTicketFilter  *self,
             const char      *column,
             GPtrArray       *values)
{
  g_autoptr(GString) sql = g_string_new ("IN (");

  for (guint i = 0; i < values->len; i++)
    {
      g_string_append (sql, i > 0 ? ", ?" : "?");
      ct_ticket_filter_add_text (self, g_ptr_array_index (values, i));
    }
  g_string_append (sql, ")");
  ct_ticket_filter_add_term (self, column, sql->str);
}

static void
add_unique (GPtrArray  *values,
            const char *value)
{
  for (guint i = 0; i < values->len; i++)
    if (g_str_equal (g_ptr_array_index (values, i), value))
      return;
  g_ptr_array_add (values, (gpointer) value);
}

void
ct_ticket_filter_add_statuses (CtTicketFilter *self,
                               char          **statuses)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char *const *all = ct_ticket_statuses ();

  for (guint i = 0; statuses[i] != NULL; i++)
    {
      if (!g_str_equal (statuses[i], "open"))
        add_unique (values, statuses[i]);
      else
        for (guint j = 0; all[j] != NULL; j++)
          if (ct_ticket_status_is_open (all[j]))
            add_unique (values, all[j]);
    }
  add_in_list (self, "status", values);
  self->open_only = values->len > 0;
  for (guint i = 0; i < values->len; i++)
    self->open_only &= ct_ticket_status_is_open (g_ptr_array_index (values, i));
  if (self->open_only)
    {
      g_string_append_printf (self->sql, " AND %s", open_sql);
      self->n_terms++;
    }
}

void
ct_ticket_filter_add_kinds (CtTicketFilter *self,
                            char          **kinds)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  for (guint i = 0; kinds[i] != NULL; i++)
    add_unique (values, kinds[i]);
  add_in_list (self, "kind", values);
}

/* "column rest" with @value bound, unless @value is 0 (no filter). */
void
ct_ticket_filter_add_value (CtTicketFilter *self,
                            const char     *column,
                            const char     *rest,
                            gint64          value)
{
  if (value == 0)
    return;
  ct_ticket_filter_add_term (self, column, rest);
  ct_ticket_filter_add_number (self, value);
}

/* Overdue at @now, on "+status" when the status's index must not lead. */
void
ct_ticket_filter_add_overdue (CtTicketFilter *self,
                              gint64          now)
{
  if (self->sql->len > 0)
    g_string_append (self->sql, " AND ");
  self->n_terms++;
  g_string_append (self->sql, ct_ticket_filter_use_index (self, "status") ? overdue_sql
                                                                          : overdue_sql_unindexed);
  for (guint i = 0; i < CT_TICKET_OVERDUE_N_PARAMS; i++)
    ct_ticket_filter_add_number (self, now);
}

void
ct_ticket_filter_add_ids (CtTicketFilter *self,
                          const gint64   *ids,
                          guint           n_ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append (json, "]");
  ct_ticket_filter_add_term (self, "id", "IN (SELECT value FROM json_each(?))");
  ct_ticket_filter_add_text (self, json->str);
}

void
ct_ticket_filter_add_search (CtTicketFilter *self,
                             const char     *search)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *select = ct_ticket_search_dup_sql (search, values);
  g_autofree char *sql = NULL;

  if (select == NULL)
    return;
  if (self->search_table != NULL)
    {
      sql = g_strdup_printf ("IN (SELECT id FROM %s)", self->search_table);
      self->search_only = self->n_terms == 0;
      ct_ticket_filter_add_term (self, "id", sql);
      return;
    }
  sql = g_strdup_printf ("IN (%s)", select);
  ct_ticket_filter_add_term (self, "id", sql);
  for (guint i = 0; i < values->len; i++)
    ct_ticket_filter_add_text (self, g_ptr_array_index (values, i));
}

const char *
ct_ticket_overdue_sql (void)
{
  return overdue_sql;
}
