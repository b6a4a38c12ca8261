/* test-ticket-query.c — the lazy ticket list against plain SQL: every sort in
 * both directions with and without filters, random access, trigram and short
 * search, the overdue filter (and the badge's count), positions and
 * items-changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-test-tickets.h"
#include "ct-test-util.h"
#include "ct-ticket-list-model-private.h"
#include "ct-ticket-store.h"

#define NOW CT_TEST_NOW
#define DAY 86400
#define N_TICKETS 3000
#define N_SORTS (CT_TICKET_SORT_ASSIGNEE + 1)

typedef struct
{
  CtTestFixture    base;
  CtTestTicketOrg  org;
} Fixture;

/* The ORDER BY of each sort, ascending and descending, written independently
 * of the model: NULL deadlines and assignees last. */
static const char *const orders[N_SORTS][2] = {
  [CT_TICKET_SORT_CREATED] = { "t.created_at, t.id", "t.created_at DESC, t.id DESC" },
  [CT_TICKET_SORT_CODE] = { "t.code, t.id", "t.code DESC, t.id DESC" },
  [CT_TICKET_SORT_KIND] = { "t.kind, t.created_at, t.id",
                            "t.kind DESC, t.created_at DESC, t.id DESC" },
  [CT_TICKET_SORT_STATUS] = { "t.status, t.created_at, t.id",
                              "t.status DESC, t.created_at DESC, t.id DESC" },
  [CT_TICKET_SORT_DUE] = { "t.due_resolution_at IS NULL, t.due_resolution_at, t.id",
                           "t.due_resolution_at IS NULL, t.due_resolution_at DESC, t.id DESC" },
  [CT_TICKET_SORT_TITLE] = { "t.title, t.id", "t.title DESC, t.id DESC" },
  [CT_TICKET_SORT_ADDRESS] = { "t.address, t.id", "t.address DESC, t.id DESC" },
  [CT_TICKET_SORT_ASSIGNEE] = { "t.assignee_id IS NULL, t.assignee_id, t.status, t.created_at, t.id",
                                "t.assignee_id IS NULL, t.assignee_id DESC, t.status DESC, "
                                "t.created_at DESC, t.id DESC" },
};

/* Pages read along the sort order's index (walk) or found through the
 * filters' indexes and sorted: both plans must give the same rows. */
static gboolean walk;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  walk = GPOINTER_TO_INT (data);
  ct_test_fixture_set_up (&f->base, "ct-list-XXXXXX", "tickets.db");
  ct_test_fixture_open_organisation (&f->base);
  ct_test_tickets_add_org (f->base.org, &f->org);
  ct_test_tickets_insert (f->base.db, &f->org, N_TICKETS, 20251121, NOW);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (&f->base);
}

/* Ticket ids WHERE @condition ORDER BY the sort, by plain SQL. */
static GArray *
reference_ids (Fixture    *f,
               const char *condition,
               CtTicketSort sort,
               gboolean    descending)
{
  g_autofree char *sql = g_strdup_printf ("SELECT t.id FROM tickets AS t WHERE %s ORDER BY %s",
                                          condition, orders[sort][descending ? 1 : 0]);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ct_database_get_handle (f->base.db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  return ids;
}

static gint64
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(CtRecord) record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  return ct_record_get_id (record);
}

static CtTicketListModel *
new_model (Fixture             *f,
           const CtTicketQuery *query)
{
  CtTicketListModel *model = ct_ticket_list_model_new (f->base.db);

  ct_ticket_list_model_set_walk_threshold (model, walk ? 0 : G_MAXUINT);
  /* Far jumps note a page start every 3 pages on their way (64 in the app). */
  ct_ticket_list_model_set_chunk_pages (model, 3);
  ct_ticket_list_model_set_query (model, query);
  g_assert_null (ct_ticket_list_model_get_error (model));
  return model;
}

/* Every row of the model, in order, against the reference query. */
static void
assert_matches (Fixture             *f,
                const CtTicketQuery *query,
                const char          *condition)
{
  g_autoptr(GArray) expected = reference_ids (f, condition, query->sort, query->descending);
  g_autoptr(CtTicketListModel) model = new_model (f, query);
  GListModel *list = G_LIST_MODEL (model);

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    if (item_id (list, i) != g_array_index (expected, gint64, i))
      g_error ("%s, sort %d%s: row %u is ticket %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
               condition, query->sort, query->descending ? " desc" : "", i,
               item_id (list, i), g_array_index (expected, gint64, i));
  g_assert_null (g_list_model_get_item (list, expected->len));
  g_assert_null (ct_ticket_list_model_get_error (model));
}

/* Open, not paused and past a deadline not met at @now. */
static gboolean
is_overdue (CtTicket *ticket,
            gint64    now)
{
  static const char *const pairs[][2] = {
    { "due_response_at", "accepted_at" },
    { "due_arrival_at", "arrived_at" },
    { "due_resolution_at", "resolved_at" },
  };
  const char *status = ct_ticket_get_status (ticket);
  gboolean late = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      gint64 due = ct_ticket_get_time (ticket, pairs[i][0]);

      late |= due != 0 && ct_ticket_get_time (ticket, pairs[i][1]) == 0 && due < now;
    }
  return late && ct_ticket_status_is_open (status) && !g_str_equal (status, "paused");
}

/* Ids of the tickets overdue at @now, read one by one, as "t.id IN (…)". */
static char *
overdue_condition (Fixture *f,
                   gint64   now,
                   guint   *n_overdue)
{
  g_autoptr(CtTicketListModel) all = ct_ticket_list_model_new (f->base.db);
  GString *condition = g_string_new ("t.id IN (0");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (all));

  *n_overdue = 0;
  g_assert_cmpuint (n, ==, N_TICKETS);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtTicket) ticket = g_list_model_get_item (G_LIST_MODEL (all), i);

      if (!is_overdue (ticket, now))
        continue;
      g_string_append_printf (condition, ", %" G_GINT64_FORMAT, ct_record_get_id (CT_RECORD (ticket)));
      (*n_overdue)++;
    }
  g_string_append (condition, ")");
  return g_string_free (condition, FALSE);
}

static const char open_sql[] =
  "t.status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')";

/* 40 tickets by id (a drill-down). */
static char *
ids_case (CtTicketQuery *query)
{
  GString *condition = g_string_new ("t.id IN (0");

  query->n_ids = 40;
  query->ids = g_new (gint64, query->n_ids);
  for (guint j = 0; j < query->n_ids; j++)
    {
      query->ids[j] = 1 + (j * 71) % N_TICKETS;
      g_string_append_printf (condition, ", %" G_GINT64_FORMAT, query->ids[j]);
    }
  g_string_append (condition, ")");
  return g_string_free (condition, FALSE);
}

/* Filter case @i: sets @query's filter and returns the same condition in SQL. */
static char *
filter_case (Fixture       *f,
             guint          i,
             CtTicketQuery *query)
{
  static const char *const open[] = { "open", NULL };
  static const char *const done[] = { "resolved", "visited", NULL };
  static const char *const kinds[] = { "repair", "complaint", NULL };
  guint n;

  switch (i)
    {
    case 0:
      return g_strdup ("1");
    case 1:
      query->statuses = g_strdupv ((char **) open);
      return g_strdup (open_sql);
    case 2:
      query->statuses = g_strdupv ((char **) done);
      query->kinds = g_strdupv ((char **) kinds);
      return g_strdup ("t.status IN ('resolved', 'visited') AND t.kind IN ('repair', 'complaint')");
    case 3:
      query->site_id = f->org.site_ids[1];
      query->department_id = f->org.department_ids[0];
      return g_strdup_printf ("t.site_id = %" G_GINT64_FORMAT " AND t.department_id = %"
                              G_GINT64_FORMAT, query->site_id, query->department_id);
    case 4:
      query->assignee_id = f->org.staff_ids[0];
      return g_strdup_printf ("t.assignee_id = %" G_GINT64_FORMAT, query->assignee_id);
    case 5:
      query->created_from = NOW - 30 * DAY;
      query->created_to = NOW - 7 * DAY;
      return g_strdup_printf ("t.created_at >= %" G_GINT64_FORMAT " AND t.created_at < %"
                              G_GINT64_FORMAT, query->created_from, query->created_to);
    case 6:
      query->overdue_only = TRUE;
      query->now = NOW;
      return overdue_condition (f, NOW, &n);
    case 7:
      query->search = g_strdup ("水管漏");
      return g_strdup ("(t.title LIKE '%水管漏%' OR t.description LIKE '%水管漏%' "
                       "OR t.address LIKE '%水管漏%' OR t.reporter LIKE '%水管漏%')");
    case 8:
      query->search = g_strdup ("漏");
      query->statuses = g_strdupv ((char **) open);
      return g_strdup_printf ("(t.title LIKE '%%漏%%' OR t.address LIKE '%%漏%%' "
                              "OR t.reporter LIKE '%%漏%%') AND %s", open_sql);
    default:
      return ids_case (query);
    }
}

#define N_FILTER_CASES 10

static void
test_sorts_and_filters (Fixture       *f,
                        gconstpointer  data)
{
  /* Every sort both ways unfiltered; with a filter, each sort one way (the
   * other way with the next filter), to keep the test fast. */
  for (guint i = 0; i < N_FILTER_CASES; i++)
    for (int sort = 0; sort < N_SORTS; sort++)
      for (int descending = 0; descending < 2; descending++)
        {
          g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
          g_autofree char *condition = NULL;

          if (i > 0 && (guint) descending != (i + (guint) sort) % 2)
            continue;
          condition = filter_case (f, i, query);
          query->sort = (CtTicketSort) sort;
          query->descending = descending;
          assert_matches (f, query, condition);
        }
}

static void
test_random_access (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { CtTicketSort sort; gboolean descending; } cases[] = {
    { CT_TICKET_SORT_CREATED, TRUE }, { CT_TICKET_SORT_DUE, FALSE },
    { CT_TICKET_SORT_DUE, TRUE }, { CT_TICKET_SORT_ASSIGNEE, FALSE },
    { CT_TICKET_SORT_TITLE, TRUE },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
      g_autoptr(GArray) expected = NULL;
      g_autoptr(CtTicketListModel) model = NULL;
      /* The end first (read backwards), then far jumps (walks), then anywhere. */
      guint fixed[] = { N_TICKETS - 1, N_TICKETS - 200, 1500, 130, 0, 2999 };

      query->sort = cases[c].sort;
      query->descending = cases[c].descending;
      expected = reference_ids (f, "1", query->sort, query->descending);
      model = new_model (f, query);
      for (guint i = 0; i < G_N_ELEMENTS (fixed) + 150; i++)
        {
          guint pos = i < G_N_ELEMENTS (fixed) ? fixed[i]
                                                : (guint) g_rand_int_range (rand, 0, N_TICKETS);

          g_assert_cmpint (item_id (G_LIST_MODEL (model), pos), ==,
                           g_array_index (expected, gint64, pos));
        }
    }
}

static guint
count_search (Fixture    *f,
              const char *search)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(CtTicketListModel) model = NULL;

  query->search = g_strdup (search);
  model = new_model (f, query);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static guint
count_like (Fixture    *f,
            const char *text,
            gboolean    with_description)
{
  g_autofree char *condition = NULL;
  g_autoptr(GArray) ids = NULL;

  condition = g_strdup_printf ("(t.title LIKE '%%%s%%' OR t.address LIKE '%%%s%%' "
                               "OR t.reporter LIKE '%%%s%%'%s%s%s)", text, text, text,
                               with_description ? " OR t.description LIKE '%" : "",
                               with_description ? text : "", with_description ? "%'" : "");
  ids = reference_ids (f, condition, CT_TICKET_SORT_CREATED, TRUE);
  return ids->len;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  /* Three characters or more: the trigram index, over all four columns. */
  static const char *const long_terms[] = {
    "水管漏", "多次报修", "欧阳娜", "噪音扰民", "zhao min", "3-2-1", "垃圾清运不及时",
  };
  static const char *const short_terms[] = { "漏", "王芳", "12", "噪" };

  for (guint i = 0; i < G_N_ELEMENTS (long_terms); i++)
    {
      guint n = count_like (f, long_terms[i], TRUE);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (count_search (f, long_terms[i]), ==, n);
    }
  /* 多次报修 is only ever in descriptions; short searches do not look there. */
  g_assert_cmpuint (count_like (f, "多次报修", FALSE), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (short_terms); i++)
    {
      guint n = count_like (f, short_terms[i], FALSE);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (count_search (f, short_terms[i]), ==, n);
    }
  g_assert_cmpuint (count_search (f, "报"), ==, 0);
  /* Quotes and LIKE wildcards are text, not syntax; blanks are no search. */
  g_assert_cmpuint (count_search (f, "水\"管漏"), ==, 0);
  g_assert_cmpuint (count_search (f, "\""), ==, 0);
  g_assert_cmpuint (count_search (f, "%"), ==, 0);
  g_assert_cmpuint (count_search (f, "_"), ==, 0);
  g_assert_cmpuint (count_search (f, "  "), ==, N_TICKETS);
  g_assert_cmpuint (count_search (f, " 欧阳娜 "), ==, count_like (f, "欧阳娜", TRUE));
}

static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(GArray) open = reference_ids (f, open_sql, CT_TICKET_SORT_CREATED, TRUE);
  g_autofree char *now_condition = NULL;
  g_autofree char *past_condition = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_now, n_past;

  now_condition = overdue_condition (f, NOW, &n_now);
  past_condition = overdue_condition (f, NOW - 60 * DAY, &n_past);
  g_assert_cmpuint (n_now, >, 0);
  g_assert_cmpuint (n_now, <, open->len);
  g_assert_cmpuint (n_past, <, n_now);

  query->overdue_only = TRUE;
  query->now = NOW;
  assert_matches (f, query, now_condition);
  query->now = NOW - 60 * DAY;
  assert_matches (f, query, past_condition);

  /* The tab's badge counts the same tickets. */
  store = ct_ticket_store_new (f->base.org, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ct_ticket_store_count_overdue (store, NOW), ==, n_now);
  g_assert_cmpuint (ct_ticket_store_count_overdue (store, NOW - 60 * DAY), ==, n_past);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  changes[0]++;
  changes[1] = position;
  changes[2] = removed;
  changes[3] = added;
}

static void
test_items_changed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(GArray) open = reference_ids (f, open_sql, CT_TICKET_SORT_CREATED, TRUE);
  guint changes[4] = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), changes);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_TICKETS);

  ct_ticket_list_model_set_query (model, query);   /* the same: nothing happens */
  g_assert_cmpuint (changes[0], ==, 0);

  query->statuses = g_strsplit ("open", " ", -1);
  ct_ticket_list_model_set_query (model, query);
  g_assert_cmpuint (changes[0], ==, 1);
  g_assert_cmpuint (changes[1], ==, 0);
  g_assert_cmpuint (changes[2], ==, N_TICKETS);
  g_assert_cmpuint (changes[3], ==, open->len);
  g_assert_true (ct_ticket_query_equal (ct_ticket_list_model_get_query (model), query));

  query->descending = FALSE;   /* only the order: still every row again */
  ct_ticket_list_model_set_query (model, query);
  g_assert_cmpuint (changes[0], ==, 2);
  g_assert_cmpuint (changes[2], ==, open->len);
  g_assert_cmpuint (changes[3], ==, open->len);

  ct_ticket_list_model_refresh (model);
  g_assert_cmpuint (changes[0], ==, 3);
  g_assert_cmpuint (changes[2], ==, open->len);
}

static void
test_refresh_sees_writes (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
  g_autoptr(CtTicket) first = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;

  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  stmt = ct_database_prepare (f->base.db, "DELETE FROM tickets WHERE id = ?", &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, ct_record_get_id (CT_RECORD (first)));
  ct_database_step_done (f->base.db, stmt, &error);
  g_assert_no_error (error);

  /* Cached until refreshed; then one fewer, and another ticket first. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_TICKETS);
  ct_ticket_list_model_refresh (model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_TICKETS - 1);
  g_assert_cmpint (item_id (G_LIST_MODEL (model), 0), !=, ct_record_get_id (CT_RECORD (first)));
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  for (int sort = 0; sort < N_SORTS; sort++)
    {
      g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
      g_autoptr(CtTicketListModel) model = NULL;
      g_autoptr(GArray) expected = NULL;
      g_autofree char *condition = filter_case (f, 1, query);   /* open only */
      g_autoptr(GArray) all = reference_ids (f, "1", CT_TICKET_SORT_CREATED, FALSE);
      guint position;

      query->sort = (CtTicketSort) sort;
      query->descending = sort % 2;
      expected = reference_ids (f, condition, query->sort, query->descending);
      model = new_model (f, query);
      for (guint i = 0; i < expected->len; i += 37)
        {
          g_assert_true (ct_ticket_list_model_find (model, g_array_index (expected, gint64, i),
                                                    &position));
          g_assert_cmpuint (position, ==, i);
        }
      g_assert_true (ct_ticket_list_model_find (model, g_array_index (expected, gint64,
                                                                      expected->len - 1),
                                                &position));
      g_assert_cmpuint (position, ==, expected->len - 1);
      /* A closed ticket is not shown; nor is one that does not exist. */
      for (guint i = 0; i < all->len; i++)
        {
          g_autofree char *closed = NULL;
          g_autoptr(GArray) hit = NULL;
          gint64 id = g_array_index (all, gint64, i);

          closed = g_strdup_printf ("t.id = %" G_GINT64_FORMAT " AND NOT %s", id, open_sql);
          hit = reference_ids (f, closed, CT_TICKET_SORT_CREATED, FALSE);
          if (hit->len == 0)
            continue;
          g_assert_false (ct_ticket_list_model_find (model, id, &position));
          break;
        }
      g_assert_false (ct_ticket_list_model_find (model, N_TICKETS + 100, &position));
    }
}

static void
test_query_copy_equal (void)
{
  g_autoptr(CtTicketQuery) a = ct_ticket_query_new ();
  g_autoptr(CtTicketQuery) b = NULL;
  g_autoptr(CtTicketQuery) c = NULL;

  g_assert_cmpint (a->sort, ==, CT_TICKET_SORT_CREATED);
  g_assert_true (a->descending);
  a->statuses = g_strsplit ("open resolved", " ", -1);
  a->search = g_strdup ("漏水");
  a->n_ids = 2;
  a->ids = g_new (gint64, 2);
  a->ids[0] = 5;
  a->ids[1] = 9;
  b = ct_ticket_query_copy (a);
  g_assert_true (ct_ticket_query_equal (a, b));
  g_assert_true (a->ids != b->ids && a->statuses != b->statuses);

  b->ids[1] = 10;
  g_assert_false (ct_ticket_query_equal (a, b));
  b->ids[1] = 9;
  b->now = 12345;   /* now only matters for the overdue filter */
  g_assert_true (ct_ticket_query_equal (a, b));
  b->overdue_only = a->overdue_only = TRUE;
  g_assert_false (ct_ticket_query_equal (a, b));

  /* An empty id list is a filter (nothing), not the absence of one. */
  c = ct_ticket_query_new ();
  c->ids = g_new0 (gint64, 1);
  g_clear_pointer (&b, ct_ticket_query_free);
  b = ct_ticket_query_copy (c);
  g_assert_nonnull (b->ids);
  g_assert_true (ct_ticket_query_equal (b, c));
  g_clear_pointer (&c->ids, g_free);
  g_assert_false (ct_ticket_query_equal (b, c));
}

static void
test_empty_ids (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(CtTicketListModel) model = NULL;

  query->ids = g_new0 (gint64, 1);
  model = new_model (f, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
#define ADD_WALK(name, func) \
  g_test_add (name, Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/ticket-query/copy-equal", test_query_copy_equal);
  ADD ("/ticket-list/sorts-and-filters", test_sorts_and_filters);
  ADD_WALK ("/ticket-list/sorts-and-filters-walk", test_sorts_and_filters);
  ADD ("/ticket-list/random-access", test_random_access);
  ADD_WALK ("/ticket-list/random-access-walk", test_random_access);
  ADD ("/ticket-list/search", test_search);
  ADD ("/ticket-list/overdue", test_overdue);
  ADD ("/ticket-list/items-changed", test_items_changed);
  ADD ("/ticket-list/refresh", test_refresh_sees_writes);
  ADD ("/ticket-list/find", test_find);
  ADD ("/ticket-list/empty-ids", test_empty_ids);

  return g_test_run ();
}
