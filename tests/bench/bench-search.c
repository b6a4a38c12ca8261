/* bench-search.c — caretaker-bench section 4: search vs a LIKE scan
 *
 * Queries are 3-character pieces of real titles of the largest database. The
 * app's search is CtTicketListModel with query->search (count + first page);
 * the reference is a LIKE '%…%' count over the four searched columns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ct-ticket-list-model.h"

#include "bench.h"

#define N_QUERIES 6

/* 3-character pieces of titles spread over the table. */
static GPtrArray *
pick_queries (const char *path,
              guint       n_tickets)
{
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "SELECT title FROM tickets WHERE id >= ? ORDER BY id LIMIT 1",
                             -1, &stmt, NULL) == SQLITE_OK)
    for (guint i = 0; i < N_QUERIES; i++)
      {
        sqlite3_bind_int64 (stmt, 1, 1 + (gint64) n_tickets * i / N_QUERIES);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          {
            const char *title = (const char *) sqlite3_column_text (stmt, 0);
            glong len = g_utf8_strlen (title, -1);
            glong from = len > 3 ? (i % (len - 2)) : 0;

            if (len >= 3)
              g_ptr_array_add (queries, g_utf8_substring (title, from, from + 3));
          }
        sqlite3_reset (stmt);
      }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return queries;
}

static double
app_search (CtDatabase *db,
            const char *text,
            guint      *n)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (db);
  gint64 start = g_get_monotonic_time ();
  gpointer item;

  query->search = g_strdup (text);
  ct_ticket_list_model_set_query (model, query);
  *n = g_list_model_get_n_items (G_LIST_MODEL (model));
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_clear_object (&item);
  return bench_ms_since (start);
}

static double
like_scan (sqlite3    *db,
           const char *text,
           gint64     *n)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", text);
  gint64 start = g_get_monotonic_time ();

  sqlite3_prepare_v2 (db, "SELECT count(*) FROM tickets WHERE title LIKE ?1"
                          " OR description LIKE ?1 OR address LIKE ?1 OR reporter LIKE ?1",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  *n = sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : -1;
  sqlite3_finalize (stmt);
  return bench_ms_since (start);
}

void
bench_search (Bench *bench)
{
  BenchSize *size = bench_largest (bench);
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) queries = pick_queries (size->path, size->n_tickets);
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) like = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *app_name = g_strdup_printf ("search.%s.app", size->label);
  g_autofree char *like_name = g_strdup_printf ("search.%s.like_scan", size->label);
  g_autofree char *ratio_name = g_strdup_printf ("search.%s.like/app", size->label);
  sqlite3 *raw = NULL;
  double ratio, app_median;

  bench_section ("4. search: 3-character queries, app (FTS) vs LIKE scan");
  db = ct_database_open (size->path, CT_DATABASE_OPEN_DEFAULT, clock, &error);
  if (db == NULL || queries->len == 0
      || sqlite3_open_v2 (size->path, &raw, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      bench_fail (bench, "search: %s", error ? error->message : "no titles");
      sqlite3_close (raw);
      return;
    }
  for (guint rep = 0; rep < MAX (2, bench->reps / 2); rep++)
    for (guint i = 0; i < queries->len; i++)
      {
        const char *text = g_ptr_array_index (queries, i);
        guint n_app;
        gint64 n_like;
        double a = app_search (db, text, &n_app);
        double l = like_scan (raw, text, &n_like);

        if (rep == 0)
          g_print ("  query %s: app %u rows, LIKE %" G_GINT64_FORMAT " rows\n", text, n_app, n_like);
        g_array_append_val (app, a);
        g_array_append_val (like, l);
      }
  sqlite3_close (raw);
  app_median = bench_median (app);
  bench_figure (bench, app_name, "ms", app, "median <= 20 ms", app_median <= 20);
  bench_figure (bench, like_name, "ms", like, NULL, FALSE);
  ratio = bench_median (like) / app_median;
  bench_value (bench, ratio_name, "x faster", ratio, ">= 50", ratio >= 50);
}
