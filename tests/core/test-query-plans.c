/* test-query-plans.c — how the reads behind the first screen and the lists
 * go: the open-ticket indexes for open filters (pages and counts), far pages found without
 * reading the rows before them, a search counted without looking up every
 * ticket (the rows themselves are checked against plain SQL in
 * test-ticket-query.c), the Assets badge's count from the open-task index,
 * the Tickets badge's and the sweep's from the open deadlines' index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-asset-store.h"
#include "ct-database-private.h"
#include "ct-maintenance.h"
#include "ct-test-tickets.h"
#include "ct-test-util.h"
#include "ct-ticket-query-private.h"
#include "ct-ticket-store.h"
#include "ct-ticket-list-model-private.h"

#define N_TICKETS 3000
#define PAGE CT_TICKET_LIST_MODEL_PAGE_SIZE

typedef struct
{
  CtTestFixture    base;
  CtTestTicketOrg  org;
  GPtrArray       *statements;   /* SQL of every statement run while tracing */
  guint            rows;         /* rows returned while tracing */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (&f->base, "ct-query-plans-XXXXXX", "tickets.db");
  ct_test_fixture_open_organisation (&f->base);
  ct_test_tickets_add_org (f->base.org, &f->org);
  ct_test_tickets_insert (f->base.db, &f->org, N_TICKETS, 20251121, CT_TEST_NOW);
  f->statements = g_ptr_array_new_with_free_func (g_free);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  sqlite3_trace_v2 (ct_database_get_handle (f->base.db), 0, NULL, NULL);
  g_ptr_array_unref (f->statements);
  ct_test_fixture_tear_down (&f->base);
}

static int
trace_cb (unsigned  type,
          void     *data,
          void     *p,
          void     *x)
{
  Fixture *f = data;

  if (type == SQLITE_TRACE_ROW)
    f->rows++;
  else if (type == SQLITE_TRACE_STMT && !g_str_has_prefix (x, "--"))
    g_ptr_array_add (f->statements, g_strdup (sqlite3_sql (p)));
  return 0;
}

static void
trace (Fixture *f)
{
  g_ptr_array_set_size (f->statements, 0);
  f->rows = 0;
  sqlite3_trace_v2 (ct_database_get_handle (f->base.db), SQLITE_TRACE_STMT | SQLITE_TRACE_ROW,
                    trace_cb, f);
}

static void
untrace (Fixture *f)
{
  sqlite3_trace_v2 (ct_database_get_handle (f->base.db), 0, NULL, NULL);
}

/* The EXPLAIN QUERY PLAN of @sql, its lines joined by " | ". */
static char *
plan_of (Fixture    *f,
         const char *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ct_database_get_handle (f->base.db), explain, -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (plan, "%s | ", (const char *) sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&plan), FALSE);
}

static CtTicketQuery *
open_repairs (CtTicketSort sort,
              gboolean     descending)
{
  static const char *const open[] = { "open", NULL };
  static const char *const repair[] = { "repair", NULL };
  CtTicketQuery *query = ct_ticket_query_new ();

  query->statuses = g_strdupv ((char **) open);
  query->kinds = g_strdupv ((char **) repair);
  query->sort = sort;
  query->descending = descending;
  return query;
}

static void
read_item (CtTicketListModel *model,
           guint              position)
{
  g_autoptr(CtTicket) ticket = g_list_model_get_item (G_LIST_MODEL (model), position);

  g_assert_nonnull (ticket);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ticket)), >, 0);
}

/* Open tickets sorted by creation, deadline or status: every page and every
 * jump reads along a partial index of the open tickets (migrations 0006 and
 * 0008). */
static void
test_open_index (Fixture       *f,
                 gconstpointer  data)
{
  static const struct { CtTicketSort sort; const char *index; } cases[] = {
    { CT_TICKET_SORT_CREATED, "tickets_open_created" },
    { CT_TICKET_SORT_DUE, "tickets_open_due" },
    { CT_TICKET_SORT_STATUS, "tickets_open_status" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (int descending = 0; descending < 2; descending++)
      {
        g_autoptr(CtTicketQuery) query = open_repairs (cases[c].sort, descending);
        g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
        guint n, pages = 0;

        ct_ticket_list_model_set_walk_threshold (model, 0);
        ct_ticket_list_model_set_query (model, query);
        n = g_list_model_get_n_items (G_LIST_MODEL (model));
        g_assert_cmpuint (n, >, 2 * PAGE);
        trace (f);
        read_item (model, n - 1);
        read_item (model, n / 2);
        read_item (model, 0);
        untrace (f);
        for (guint i = 0; i < f->statements->len; i++)
          {
            const char *sql = g_ptr_array_index (f->statements, i);
            g_autofree char *plan = NULL;

            if (!g_str_has_prefix (sql, "SELECT") || strstr (sql, "ORDER BY") == NULL)
              continue;
            plan = plan_of (f, sql);
            if (strstr (plan, cases[c].index) == NULL || strstr (plan, "TEMP B-TREE") != NULL)
              g_error ("%s does not read along %s: %s", sql, cases[c].index, plan);
            pages++;
          }
        g_assert_cmpuint (pages, >=, 3);
      }
}

/* The plan of the one count a new model runs for @query (its SQL in @sql). */
static char *
count_plan (Fixture             *f,
            const CtTicketQuery *query,
            char               **sql)
{
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
  const char *count = NULL;

  trace (f);
  ct_ticket_list_model_set_query (model, query);
  untrace (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), >, 0);
  for (guint i = 0; i < f->statements->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (f->statements, i), "SELECT count(*)"))
      {
        g_assert_null (count);
        count = g_ptr_array_index (f->statements, i);
      }
  g_assert_nonnull (count);
  if (sql != NULL)
    *sql = g_strdup (count);
  return plan_of (f, count);
}

/* Counting open tickets of a kind, in any sort: along the open tickets'
 * partial index alone (not along tickets_kind, which reads every ticket of
 * the kind). */
static void
test_open_count (Fixture       *f,
                 gconstpointer  data)
{
  static const CtTicketSort sorts[] = {
    CT_TICKET_SORT_CREATED, CT_TICKET_SORT_STATUS, CT_TICKET_SORT_DUE, CT_TICKET_SORT_ASSIGNEE,
  };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_autoptr(CtTicketQuery) query = open_repairs (sorts[s], TRUE);
      g_autofree char *sql = NULL;
      g_autofree char *plan = count_plan (f, query, &sql);

      if (strstr (plan, "COVERING INDEX tickets_open_created") == NULL)
        g_error ("%s does not count along tickets_open_created: %s", sql, plan);
    }
}

/* A model made for a query counts once, that query's rows (the Tickets tab
 * opens with the open tickets: not a count of every ticket first). */
static void
test_new_for_query (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = open_repairs (CT_TICKET_SORT_CREATED, TRUE);
  g_autoptr(CtTicketListModel) model = NULL;
  g_autoptr(CtTicketListModel) later = ct_ticket_list_model_new (f->base.db);
  guint n_counts = 0;

  trace (f);
  model = ct_ticket_list_model_new_for_query (f->base.db, query);
  untrace (f);
  for (guint i = 0; i < f->statements->len; i++)
    n_counts += g_str_has_prefix (g_ptr_array_index (f->statements, i), "SELECT count(*)");
  g_assert_cmpuint (n_counts, ==, 1);
  ct_ticket_list_model_set_query (later, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (later)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, N_TICKETS);
  g_assert_true (ct_ticket_query_equal (ct_ticket_list_model_get_query (model), query));
}

/* A jump to a far page skips the rows before it inside SQLite: a few rows
 * come back (a boundary and the page), not every row on the way. */
static void
test_far_jump (Fixture       *f,
               gconstpointer  data)
{
  static const CtTicketSort sorts[] = {
    CT_TICKET_SORT_CREATED, CT_TICKET_SORT_DUE, CT_TICKET_SORT_ASSIGNEE, CT_TICKET_SORT_TITLE,
  };

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
      g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
      const guint positions[] = { N_TICKETS / 2, N_TICKETS - 3 * PAGE, 5 * PAGE };

      query->sort = sorts[s];
      ct_ticket_list_model_set_walk_threshold (model, 0);
      ct_ticket_list_model_set_query (model, query);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_TICKETS);
      for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
        {
          trace (f);
          read_item (model, positions[i]);
          untrace (f);
          /* The page, and one row per segment boundary crossed. */
          g_assert_cmpuint (f->rows, <=, PAGE + 3);
        }
    }
}

/* The first far jump notes every chunk's first page (here every page: one
 * page per chunk); from then on a jump anywhere starts from a known page
 * start next to it, instead of skipping chunk by chunk from the nearest page
 * read so far. */
static void
test_jump_map (Fixture       *f,
               gconstpointer  data)
{
  static const CtTicketSort sorts[] = { CT_TICKET_SORT_CREATED, CT_TICKET_SORT_DUE };
  const guint n_pages = (N_TICKETS + PAGE - 1) / PAGE;

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
      g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);

      query->sort = sorts[s];
      ct_ticket_list_model_set_walk_threshold (model, 0);
      ct_ticket_list_model_set_chunk_pages (model, 1);
      ct_ticket_list_model_set_query (model, query);
      read_item (model, (n_pages / 2) * PAGE + 5);
      /* Pages all over the list, 7 apart (n_pages is not a multiple of 7). */
      for (guint k = 1; k < n_pages; k++)
        {
          guint page = (n_pages / 2 + 7 * k) % n_pages;

          trace (f);
          read_item (model, page * PAGE + 1);
          untrace (f);
          /* The page, from a known start: a statement per segment it spans. */
          if (f->statements->len > 2)
            g_error ("sort %d, page %u: %u statements, the first “%s”", sorts[s], page,
                     f->statements->len, (char *) g_ptr_array_index (f->statements, 0));
        }
    }
}

/* Counting a search alone reads the ids it found, not the tickets; with
 * another filter it must look at the tickets. */
static void
test_search_count (Fixture       *f,
                   gconstpointer  data)
{
  for (guint filtered = 0; filtered < 2; filtered++)
    {
      g_autoptr(CtTicketQuery) query = filtered ? open_repairs (CT_TICKET_SORT_CREATED, TRUE)
                                                : ct_ticket_query_new ();
      g_autofree char *plan = NULL;
      gboolean reads_tickets;

      query->search = g_strdup ("水管漏");
      plan = count_plan (f, query, NULL);
      reads_tickets = strstr (plan, "tickets ") != NULL || g_str_has_suffix (plan, "tickets | ");
      g_assert_true (reads_tickets == (filtered != 0));
    }
}

/* The Assets tab's badge at every start: the open tasks past due and their
 * asset, from maintenance_tasks_open (migration 0007) alone. */
static void
test_overdue_tasks (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetStore) store = ct_asset_store_new (f->base.org, &error);
  guint n_counts = 0;

  g_assert_no_error (error);
  trace (f);
  g_assert_cmpuint (ct_maintenance_count_overdue (store, "2025-11-21", &error), ==, 0);
  untrace (f);
  g_assert_no_error (error);
  for (guint i = 0; i < f->statements->len; i++)
    {
      const char *sql = g_ptr_array_index (f->statements, i);
      g_autofree char *plan = NULL;

      if (strstr (sql, "maintenance_tasks") == NULL)
        continue;
      n_counts++;
      plan = plan_of (f, sql);
      if (strstr (plan, "USING INDEX maintenance_tasks_open") == NULL)
        g_error ("%s does not read maintenance_tasks_open: %s", sql, plan);
    }
  g_assert_cmpuint (n_counts, ==, 1);
}

/* The overdue count behind the Tickets badge and the sweep that marks
 * overdue tickets, both at every start: from tickets_open_deadlines
 * (migration 0009) alone, and the same tickets as a plain scan finds. */
static void
test_overdue_tickets (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketStore) store = ct_ticket_store_new (f->base.org, &error);
  g_autoptr(GPtrArray) swept = NULL;
  g_autofree char *plain_sql = g_strconcat ("SELECT count(*) FROM tickets NOT INDEXED WHERE ",
                                            ct_ticket_overdue_sql (), NULL);
  gint64 now = ct_clock_now (ct_database_get_clock (f->base.db));
  sqlite3_stmt *stmt;
  guint n, n_reads = 0;

  g_assert_no_error (error);
  trace (f);
  n = ct_ticket_store_count_overdue (store, now);
  swept = ct_ticket_store_sweep_overdue (store, "test", &error);
  untrace (f);
  g_assert_no_error (error);
  for (guint i = 0; i < f->statements->len; i++)
    {
      const char *sql = g_ptr_array_index (f->statements, i);
      g_autofree char *plan = NULL;

      if (!g_str_has_prefix (sql, "SELECT") || strstr (sql, "accepted_at IS NULL AND") == NULL)
        continue;
      n_reads++;
      plan = plan_of (f, sql);
      if (strstr (plan, "COVERING INDEX tickets_open_deadlines") == NULL)
        g_error ("%s does not read tickets_open_deadlines alone: %s", sql, plan);
    }
  g_assert_cmpuint (n_reads, ==, 2);

  stmt = ct_database_prepare (f->base.db, plain_sql, &error);
  g_assert_no_error (error);
  for (int p = 1; p <= CT_TICKET_OVERDUE_N_PARAMS; p++)
    sqlite3_bind_int64 (stmt, p, now);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, n);
  sqlite3_reset (stmt);
  g_assert_cmpuint (swept->len, >, 0);
  g_assert_cmpuint (swept->len, <=, n);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/query-plans/open-index", test_open_index);
  ADD ("/query-plans/open-count", test_open_count);
  ADD ("/query-plans/new-for-query", test_new_for_query);
  ADD ("/query-plans/far-jump", test_far_jump);
  ADD ("/query-plans/jump-map", test_jump_map);
  ADD ("/query-plans/search-count", test_search_count);
  ADD ("/query-plans/overdue-tasks", test_overdue_tasks);
  ADD ("/query-plans/overdue-tickets", test_overdue_tickets);

  return g_test_run ();
}
