/* bench-gen.c — caretaker-bench section 1: the demo databases
 *
 * Organisation, tickets, then the equipment ledger the buildings call for
 * (assets, plans, tasks, downtime, meters: what the asset KPIs read). A kept
 * database of an earlier run without a ledger gets one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "ct-demo-assets.h"
#include "ct-demo-tickets.h"

#include "bench.h"

#define ORG_ROWS_SQL \
  "SELECT (SELECT count(*) FROM sites) + (SELECT count(*) FROM buildings)" \
  " + (SELECT count(*) FROM units) + (SELECT count(*) FROM departments)" \
  " + (SELECT count(*) FROM staff)"

static gboolean
generate_one (Bench     *bench,
              BenchSize *size,
              GError   **error)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GArray) org_rate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ticket_rate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *org_name = g_strdup_printf ("generate.%s.organisation", size->label);
  g_autofree char *ticket_name = g_strdup_printf ("generate.%s.tickets", size->label);
  g_autofree char *asset_name = g_strdup_printf ("generate.%s.asset-ledger", size->label);
  g_autoptr(GArray) asset_ms = g_array_new (FALSE, FALSE, sizeof (double));
  CtDemoOptions options;
  gint64 start, org_rows = 0;
  double ms, rate;

  ct_demo_options_init (&options);
  options.seed = BENCH_SEED;
  options.scale = size->n_tickets >= 1000000 ? CT_DEMO_SCALE_LARGE : CT_DEMO_SCALE_SMALL;

  db = ct_database_open (size->path, CT_DATABASE_OPEN_CREATE, clock, error);
  if (db == NULL)
    return FALSE;

  start = g_get_monotonic_time ();
  if (!ct_demo_generate (db, &options, NULL, NULL, NULL, error))
    return FALSE;
  ms = bench_ms_since (start);
  if (!bench_sqlite_count (size->path, ORG_ROWS_SQL, &org_rows, error))
    return FALSE;
  rate = org_rows / (ms / 1000);
  g_array_append_val (org_rate, rate);

  start = g_get_monotonic_time ();
  if (!ct_demo_generate_tickets (db, BENCH_SEED, size->n_tickets, BENCH_NOW,
                                 NULL, NULL, NULL, error))
    return FALSE;
  ms = bench_ms_since (start);
  rate = size->n_tickets / (ms / 1000);
  g_array_append_val (ticket_rate, rate);

  start = g_get_monotonic_time ();
  if (!ct_demo_generate_assets (db, BENCH_SEED, CT_DEMO_ASSETS_LEDGER, BENCH_NOW,
                                NULL, NULL, NULL, error))
    return FALSE;
  ms = bench_ms_since (start);
  g_array_append_val (asset_ms, ms);

  bench_figure (bench, org_name, "rows/s", org_rate, NULL, FALSE);
  bench_figure (bench, ticket_name, "rows/s", ticket_rate, NULL, FALSE);
  bench_figure (bench, asset_name, "ms", asset_ms, NULL, FALSE);
  return TRUE;
}

/* A database kept from a run before the ledger was generated gets one. */
static gboolean
ensure_ledger (BenchSize *size,
               GError   **error)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = NULL;
  gint64 n = 0;

  if (!bench_sqlite_count (size->path, "SELECT count(*) FROM assets", &n, error))
    return FALSE;
  if (n > 0)
    return TRUE;
  printf ("%-44s adding the equipment ledger\n", size->label);
  db = ct_database_open (size->path, CT_DATABASE_OPEN_DEFAULT, clock, error);
  return db != NULL && ct_demo_generate_assets (db, BENCH_SEED, CT_DEMO_ASSETS_LEDGER, BENCH_NOW,
                                                NULL, NULL, NULL, error);
}

gboolean
bench_generate (Bench   *bench,
                GError **error)
{
  bench_section ("1. generating the databases (one run each: 1M takes about a minute)");
  for (guint i = 0; i < bench->sizes->len; i++)
    {
      BenchSize *size = g_ptr_array_index (bench->sizes, i);
      gint64 n = 0;

      if (g_file_test (size->path, G_FILE_TEST_EXISTS)
          && bench_sqlite_count (size->path, "SELECT count(*) FROM tickets", &n, NULL)
          && n == size->n_tickets)
        {
          printf ("%-44s reused %s\n", size->label, size->path);
          if (!ensure_ledger (size, error))
            return FALSE;
          continue;
        }
      if (g_file_test (size->path, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       "%s exists but does not hold %u tickets: remove it first",
                       size->path, size->n_tickets);
          return FALSE;
        }
      if (!generate_one (bench, size, error))
        return FALSE;
    }
  return TRUE;
}
