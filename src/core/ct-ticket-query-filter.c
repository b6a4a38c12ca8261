/* ct-ticket-query-filter.c — a ticket query's filters and search as the
 * WHERE conditions of a statement: which index may find the rows, the values
 * to bind (the SQL of each condition is ct-ticket-query-terms.c's)
 *
 * Only SQL text written here goes into statements; every value of a query is
 * bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-query"

#include "config.h"

#include "ct-permission.h"
#include "ct-ticket-query-filter-private.h"

typedef struct
{
  gboolean  is_text;
  gint64    number;
  char     *text;
} Param;

static void
clear_param (gpointer data)
{
  Param *param = data;

  g_clear_pointer (&param->text, g_free);
}

/* Whether SQLite may find rows by @column's index. The planner has no
 * statistics: left alone it reads every open ticket through tickets_status
 * and sorts them, for each page. So when many rows match (walk), only the
 * sort order's index is offered; when few do, the index of the filter — or
 * the rowids of a search — and SQLite sorts the few. */
gboolean
ct_ticket_filter_use_index (CtTicketFilter *self,
                            const char     *column)
{
  if (self->walk)
    return g_str_equal (column, self->first_key);
  if (self->by_ids)
    return g_str_equal (column, "id");
  return self->lead == NULL || g_str_equal (column, self->lead);
}

/* Without statistics the planner guesses, and it guessed kind = 'repair' (half
 * of all tickets) over the open statuses (a few thousand): offer only the index
 * of the filter that is usually the most selective. */
static const char *
choose_lead (const CtTicketQuery *query)
{
  if (query->assignee_id != 0)
    return "assignee_id";
  if (query->department_id != 0)
    return "department_id";
  if (query->statuses != NULL || query->overdue_only)
    return "status";
  if (query->site_id != 0)
    return "site_id";
  if (query->created_from != 0 || query->created_to != 0)
    return "created_at";
  return NULL;
}

/* Appends "AND column rest", with "+column" (no index) when it must not lead. */
void
ct_ticket_filter_add_term (CtTicketFilter *self,
                           const char     *column,
                           const char     *rest)
{
  if (self->sql->len > 0)
    g_string_append (self->sql, " AND ");
  self->n_terms++;
  g_string_append_printf (self->sql, "%s%s %s",
                          ct_ticket_filter_use_index (self, column) ? "" : "+", column, rest);
}

void
ct_ticket_filter_add_number (CtTicketFilter *self,
                             gint64          number)
{
  Param param = { FALSE, number, NULL };

  g_array_append_val (self->params, param);
}

void
ct_ticket_filter_add_text (CtTicketFilter *self,
                           const char     *text)
{
  Param param = { TRUE, 0, g_strdup (text) };

  g_array_append_val (self->params, param);
}

CtTicketFilter *
ct_ticket_filter_new (const CtTicketQuery *query,
                      gboolean             walk)
{
  return ct_ticket_filter_new_full (query, walk, NULL);
}

/* With @own_only, only the tickets assigned to @staff_id (0: none). */
static CtTicketFilter *
filter_new (const CtTicketQuery *query,
            gboolean             walk,
            const char          *search_table,
            gboolean             own_only,
            gint64               staff_id)
{
  CtTicketFilter *self = g_new0 (CtTicketFilter, 1);

  self->sql = g_string_new (NULL);
  self->params = g_array_new (FALSE, TRUE, sizeof (Param));
  g_array_set_clear_func (self->params, clear_param);
  self->walk = walk;
  self->by_ids = query->ids != NULL || query->n_ids > 0 || !ct_ticket_search_is_blank (query->search);
  self->first_key = ct_ticket_sort_get_spec (query->sort)->keys[0];
  self->lead = own_only ? "assignee_id" : choose_lead (query);
  self->search_table = search_table;

  if (query->statuses != NULL)
    ct_ticket_filter_add_statuses (self, query->statuses);
  if (query->kinds != NULL)
    ct_ticket_filter_add_kinds (self, query->kinds);
  ct_ticket_filter_add_value (self, "site_id", "= ?", query->site_id);
  ct_ticket_filter_add_value (self, "department_id", "= ?", query->department_id);
  ct_ticket_filter_add_value (self, "assignee_id", "= ?", query->assignee_id);
  if (own_only)
    {
      ct_ticket_filter_add_term (self, "assignee_id", "= ?");
      ct_ticket_filter_add_number (self, staff_id);
    }
  if (query->overdue_only)
    ct_ticket_filter_add_overdue (self, query->now);
  ct_ticket_filter_add_value (self, "created_at", ">= ?", query->created_from);
  ct_ticket_filter_add_value (self, "created_at", "< ?", query->created_to);
  if (query->ids != NULL || query->n_ids > 0)
    ct_ticket_filter_add_ids (self, query->ids, query->n_ids);
  if (query->search != NULL)
    ct_ticket_filter_add_search (self, query->search);
  if (self->sql->len == 0)
    g_string_append (self->sql, "1 = 1");
  return self;
}

CtTicketFilter *
ct_ticket_filter_new_full (const CtTicketQuery *query,
                           gboolean             walk,
                           const char          *search_table)
{
  g_return_val_if_fail (query != NULL, NULL);
  return filter_new (query, walk, search_table, FALSE, 0);
}

CtTicketFilter *
ct_ticket_filter_new_for (CtDatabase          *db,
                          const CtTicketQuery *query,
                          gboolean             walk,
                          const char          *search_table)
{
  gint64 staff_id = 0;
  gboolean own_only;

  g_return_val_if_fail (query != NULL, NULL);
  own_only = ct_permission_reads_own_only (db, "ticket", &staff_id);
  return filter_new (query, walk, search_table, own_only, staff_id);
}

void
ct_ticket_filter_free (CtTicketFilter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->sql, TRUE);
  g_array_unref (self->params);
  g_free (self);
}

const char *
ct_ticket_filter_get_sql (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->sql->str;
}

gboolean
ct_ticket_filter_is_empty (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->n_terms == 0;
}

const char *
ct_ticket_filter_get_search_only (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->search_only ? self->search_table : NULL;
}

static const char *
open_index (CtTicketFilter *self)
{
  if (!self->open_only || self->by_ids)
    return NULL;
  if (g_str_equal (self->first_key, "created_at"))
    return "tickets_open_created";
  if (g_str_equal (self->first_key, "due_resolution_at"))
    return "tickets_open_due";
  if (g_str_equal (self->first_key, "status"))
    return "tickets_open_status";
  return NULL;
}

gboolean
ct_ticket_filter_has_open_index (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return open_index (self) != NULL;
}

const char *
ct_ticket_filter_get_walk_index (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->walk ? open_index (self) : NULL;
}

const char *
ct_ticket_filter_get_count_index (CtTicketFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->open_only && !self->by_ids ? "tickets_open_created" : NULL;
}

int
ct_ticket_filter_bind (CtTicketFilter *self,
                       sqlite3_stmt   *stmt,
                       int             first)
{
  g_return_val_if_fail (self != NULL, first);

  for (guint i = 0; i < self->params->len; i++)
    {
      const Param *param = &g_array_index (self->params, Param, i);

      if (param->is_text)
        sqlite3_bind_text (stmt, first + (int) i, param->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, first + (int) i, param->number);
    }
  return first + (int) self->params->len;
}
