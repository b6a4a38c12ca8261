/* bench-list.c — caretaker-bench section 3: list paging at the largest size
 *
 * For each sort (created, status, due) with and without a filter (open repairs),
 * a fresh CtTicketListModel jumps to 1,000 random positions. Only the reads of
 * pages not read before in that model are timed (they always fetch a page);
 * the first read, which also counts the rows, is reported on its own. The
 * p99 of the thread's CPU time per page is reported beside the wall time's:
 * on a machine busy with other work the wall time's tail is mostly waiting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-ticket-list-model.h"

#include "bench.h"

static const struct
{
  const char   *name;
  CtTicketSort  sort;
  gboolean      descending;
} sorts[] = {
  { "created", CT_TICKET_SORT_CREATED, TRUE },
  { "status", CT_TICKET_SORT_STATUS, FALSE },
  { "due", CT_TICKET_SORT_DUE, FALSE },
};

static CtTicketQuery *
make_query (guint    sort,
            gboolean filtered)
{
  CtTicketQuery *query = ct_ticket_query_new ();

  query->sort = sorts[sort].sort;
  query->descending = sorts[sort].descending;
  if (filtered)
    {
      const char *statuses[] = { "open", NULL };
      const char *kinds[] = { "repair", NULL };

      query->statuses = g_strdupv ((char **) statuses);
      query->kinds = g_strdupv ((char **) kinds);
    }
  return query;
}

static void
page_run (Bench      *bench,
          CtDatabase *db,
          guint       sort,
          gboolean    filtered,
          guint       n_jumps)
{
  g_autoptr(CtTicketQuery) query = make_query (sort, filtered);
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (db);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (42 + sort * 2 + filtered);
  g_autofree char *name = g_strdup_printf ("list.%s.%s%s.page", bench_largest (bench)->label,
                                           sorts[sort].name, filtered ? "+open-repairs" : "");
  g_autofree char *first_name = g_strdup_printf ("list.%s.%s%s.count+first-page",
                                                 bench_largest (bench)->label, sorts[sort].name,
                                                 filtered ? "+open-repairs" : "");
  gint64 start = g_get_monotonic_time ();
  gint64 cpu_start;
  gpointer item;
  double ms;
  guint n;

  ct_ticket_list_model_set_query (model, query);
  n = g_list_model_get_n_items (G_LIST_MODEL (model));
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_clear_object (&item);
  ms = bench_ms_since (start);
  g_array_append_val (first, ms);
  g_hash_table_add (seen, GUINT_TO_POINTER (1));
  for (guint i = 0; i < n_jumps && n > 0; i++)
    {
      guint pos = g_rand_int_range (rand, 0, n);
      guint page = pos / CT_TICKET_LIST_MODEL_PAGE_SIZE + 1;

      if (g_hash_table_contains (seen, GUINT_TO_POINTER (page)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (page));
      start = g_get_monotonic_time ();
      cpu_start = bench_cpu_now ();
      item = g_list_model_get_item (G_LIST_MODEL (model), pos);
      ms = bench_ms_since (start);
      g_array_append_val (times, ms);
      ms = bench_cpu_ms_since (cpu_start);
      g_array_append_val (cpu_times, ms);
      g_clear_object (&item);
    }
  if (ct_ticket_list_model_get_error (model) != NULL)
    bench_fail (bench, "list %s: read error: %s", name, ct_ticket_list_model_get_error (model)->message);
  bench_figure (bench, first_name, "ms", first, NULL, FALSE);
  if (times->len == 0)
    {
      bench_note (bench, "not measured: %s: the list has %u rows, one page", name, n);
      return;
    }
  bench_figure (bench, name, "ms (p99 below)", times, NULL, FALSE);
  g_free (name);
  name = g_strdup_printf ("list.%s.%s%s.page.p99", bench_largest (bench)->label,
                          sorts[sort].name, filtered ? "+open-repairs" : "");
  ms = bench_quantile (times, 0.99);
  bench_value (bench, name, "ms", ms, "<= 2 ms", ms <= 2.0);
  g_free (name);
  name = g_strdup_printf ("list.%s.%s%s.page.cpu.p99", bench_largest (bench)->label,
                          sorts[sort].name, filtered ? "+open-repairs" : "");
  bench_value (bench, name, "ms CPU", bench_quantile (cpu_times, 0.99), NULL, FALSE);
}

void
bench_list_paging (Bench *bench)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  bench_section ("3. list paging: 1,000 random jumps, time of each page fetch");
  db = ct_database_open (bench_largest (bench)->path, CT_DATABASE_OPEN_DEFAULT, clock, &error);
  if (db == NULL)
    {
      bench_fail (bench, "list paging: %s", error->message);
      return;
    }
  for (guint sort = 0; sort < G_N_ELEMENTS (sorts); sort++)
    for (guint filtered = 0; filtered < 2; filtered++)
      page_run (bench, db, sort, filtered, 1000);
}
