/* ct-ticket-query.c — which tickets, in which order; the SQL of the filters,
 * the search and the sort orders
 *
 * Only SQL text written here goes into statements; every value of a query is
 * bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-query"

#include "config.h"

#include <string.h>

#include "ct-permission.h"
#include "ct-ticket-query-private.h"
#include "ct-ticket.h"

G_DEFINE_BOXED_TYPE (CtTicketQuery, ct_ticket_query, ct_ticket_query_copy, ct_ticket_query_free)

typedef struct
{
  gboolean  is_text;
  gint64    number;
  char     *text;
} Param;

struct _CtTicketFilter
{
  GString    *sql;
  GArray     *params;       /* Param */
  gboolean    walk;         /* read along the sort order's index */
  gboolean    by_ids;       /* a search or explicit ids: read those rows */
  const char *first_key;    /* of the sort order */
  const char *lead;         /* without walk: the filter column whose index finds the rows */
  const char *search_table; /* holds the ids the search found, or NULL */
  gboolean    open_only;    /* only open statuses: the open-ticket indexes apply */
  guint       n_terms;      /* conditions in sql */
  gboolean    search_only;  /* the one condition is the search's temporary table */
};

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
static gboolean
use_index (CtTicketFilter *self,
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
static void
add_term (CtTicketFilter *self,
          const char     *column,
          const char     *rest)
{
  if (self->sql->len > 0)
    g_string_append (self->sql, " AND ");
  self->n_terms++;
  g_string_append_printf (self->sql, "%s%s %s", use_index (self, column) ? "" : "+", column, rest);
}

static void
add_number (CtTicketFilter *self,
            gint64          number)
{
  Param param = { FALSE, number, NULL };

  g_array_append_val (self->params, param);
}

static void
add_text (CtTicketFilter *self,
          const char     *text)
{
  Param param = { TRUE, 0, g_strdup (text) };

  g_array_append_val (self->params, param);
}

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
      add_text (self, g_ptr_array_index (values, i));
    }
  g_string_append (sql, ")");
  add_term (self, column, sql->str);
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

static void
add_statuses (CtTicketFilter *self,
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

static void
add_kinds (CtTicketFilter *self,
           char          **kinds)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new ();

  for (guint i = 0; kinds[i] != NULL; i++)
    add_unique (values, kinds[i]);
  add_in_list (self, "kind", values);
}

static void
add_ids (CtTicketFilter *self,
         const gint64   *ids,
         guint           n_ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append (json, "]");
  add_term (self, "id", "IN (SELECT value FROM json_each(?))");
  add_text (self, json->str);
}

static void
add_search (CtTicketFilter *self,
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
      add_term (self, "id", sql);
      return;
    }
  sql = g_strdup_printf ("IN (%s)", select);
  add_term (self, "id", sql);
  for (guint i = 0; i < values->len; i++)
    add_text (self, g_ptr_array_index (values, i));
}

/* "column rest" with @value bound, unless @value is 0 (no filter). */
static void
add_value (CtTicketFilter *self,
           const char     *column,
           const char     *rest,
           gint64          value)
{
  if (value == 0)
    return;
  add_term (self, column, rest);
  add_number (self, value);
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
    add_statuses (self, query->statuses);
  if (query->kinds != NULL)
    add_kinds (self, query->kinds);
  add_value (self, "site_id", "= ?", query->site_id);
  add_value (self, "department_id", "= ?", query->department_id);
  add_value (self, "assignee_id", "= ?", query->assignee_id);
  if (own_only)
    {
      add_term (self, "assignee_id", "= ?");
      add_number (self, staff_id);
    }
  if (query->overdue_only)
    {
      if (self->sql->len > 0)
        g_string_append (self->sql, " AND ");
      self->n_terms++;
      g_string_append (self->sql, use_index (self, "status") ? overdue_sql : overdue_sql_unindexed);
      for (guint i = 0; i < CT_TICKET_OVERDUE_N_PARAMS; i++)
        add_number (self, query->now);
    }
  add_value (self, "created_at", ">= ?", query->created_from);
  add_value (self, "created_at", "< ?", query->created_to);
  if (query->ids != NULL || query->n_ids > 0)
    add_ids (self, query->ids, query->n_ids);
  if (query->search != NULL)
    add_search (self, query->search);
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

const CtTicketSortSpec *
ct_ticket_sort_get_spec (CtTicketSort sort)
{
  g_return_val_if_fail ((guint) sort < G_N_ELEMENTS (sort_specs), &sort_specs[0]);
  return &sort_specs[sort];
}

const char *
ct_ticket_overdue_sql (void)
{
  return overdue_sql;
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
