/* bench-kpi.c — caretaker-bench section 5: the KPI sets through core vs sqlite3
 *
 * ct_ticket_kpis_compute () and ct_asset_kpis_compute () (the dashboard's two
 * sets) for a month, a quarter and a year at the largest size, each measured
 * on its own. The SQL is the module's own: a trace on the connection records every
 * statement it runs (sqlite3_expanded_sql, parameters bound as literals), and
 * the same statements go to the sqlite3 shell (`sqlite3 FILE < queries.sql`,
 * timed around the whole process: start, open, run).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "ct-database-private.h"
#include "ct-asset-kpi.h"
#include "ct-ticket-kpi.h"

#include "bench.h"

static const struct
{
  const char *name;
  const char *from;
  const char *to;
} periods[] = {
  { "month", "2026-10-01", "2026-11-01" },
  { "quarter", "2026-07-01", "2026-10-01" },
  { "year", "2025-11-01", "2026-11-01" },
};

typedef gboolean (*KpiCompute) (CtDatabase        *db,
                                const CtKpiPeriod *period,
                                GError           **error);

static gboolean
compute_tickets (CtDatabase        *db,
                 const CtKpiPeriod *period,
                 GError           **error)
{
  g_autoptr(CtTicketKpis) kpis = ct_ticket_kpis_compute (db, period, error);

  return kpis != NULL;
}

static gboolean
compute_assets (CtDatabase        *db,
                const CtKpiPeriod *period,
                GError           **error)
{
  g_autoptr(CtAssetKpis) kpis = ct_asset_kpis_compute (db, period, error);

  return kpis != NULL;
}

static const struct
{
  const char *name;
  KpiCompute  compute;
} sets[] = {
  { "tickets", compute_tickets },
  { "assets", compute_assets },
};

static int
trace_cb (unsigned  type,
          void     *data,
          void     *p,
          void     *x)
{
  GString *sql = data;
  char *text;

  if (type != SQLITE_TRACE_STMT || g_str_has_prefix ((const char *) x, "--"))
    return 0;
  text = sqlite3_expanded_sql (p);
  if (text != NULL)
    g_string_append_printf (sql, "%s;\n", text);
  sqlite3_free (text);
  return 0;
}

/* Computes once with the trace on; the statements go to @sql_path. */
static gboolean
capture_sql (CtDatabase        *db,
             KpiCompute         compute,
             const CtKpiPeriod *period,
             const char        *sql_path,
             GError           **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3 *handle = ct_database_get_handle (db);
  gboolean ok;

  sqlite3_trace_v2 (handle, SQLITE_TRACE_STMT, trace_cb, sql);
  ok = compute (db, period, error);
  sqlite3_trace_v2 (handle, 0, NULL, NULL);
  return ok && g_file_set_contents (sql_path, sql->str, sql->len, error);
}

static void
kpi_period (Bench      *bench,
            CtDatabase *db,
            guint       set,
            guint       which)
{
  BenchSize *size = bench_largest (bench);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GArray) core = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *sql_path = g_build_filename (bench->dir, "kpi-queries.sql", NULL);
  g_autofree char *core_name = g_strdup_printf ("kpi.%s.%s.%s.core", size->label,
                                                sets[set].name, periods[which].name);
  g_autofree char *shell_name = g_strdup_printf ("kpi.%s.%s.%s.sqlite3_shell", size->label,
                                                 sets[set].name, periods[which].name);
  g_autofree char *ratio_name = g_strdup_printf ("kpi.%s.%s.%s.core/shell", size->label,
                                                 sets[set].name, periods[which].name);
  const char *argv[] = { bench->sqlite3, size->path, NULL };
  CtKpiPeriod period = { 0 };
  double ratio;

  period.now = BENCH_NOW;
  if (!ct_kpi_period_set_dates (&period, tz, periods[which].from, periods[which].to, &error)
      || !capture_sql (db, sets[set].compute, &period, sql_path, &error))
    {
      bench_fail (bench, "KPIs (%s, %s): %s", sets[set].name, periods[which].name, error->message);
      return;
    }
  for (guint i = 0; i < bench->reps; i++)
    {
      gint64 start = g_get_monotonic_time ();
      gboolean ok = sets[set].compute (db, &period, &error);
      double ms = bench_ms_since (start);
      double shell_ms;

      if (!ok || (shell_ms = bench_run_timed (argv, sql_path, &error)) < 0)
        {
          bench_fail (bench, "KPIs (%s, %s): %s", sets[set].name, periods[which].name,
                      error->message);
          g_unlink (sql_path);
          return;
        }
      g_array_append_val (core, ms);
      g_array_append_val (shell, shell_ms);
    }
  g_unlink (sql_path);
  bench_figure (bench, core_name, "ms", core, NULL, FALSE);
  bench_figure (bench, shell_name, "ms", shell, NULL, FALSE);
  ratio = bench_median (core) / bench_median (shell);
  bench_value (bench, ratio_name, "ratio", ratio, "<= 1.3", ratio <= 1.3);
}

void
bench_kpis (Bench *bench)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  bench_section ("5. KPIs: ticket and asset KPI sets through core vs the same SQL in the sqlite3 shell");
  if (bench->sqlite3 == NULL)
    {
      bench_note (bench, "not measured: KPIs: no sqlite3 shell in PATH");
      return;
    }
  db = ct_database_open (bench_largest (bench)->path, CT_DATABASE_OPEN_DEFAULT, clock, &error);
  if (db == NULL)
    {
      bench_fail (bench, "KPIs: %s", error->message);
      return;
    }
  for (guint set = 0; set < G_N_ELEMENTS (sets); set++)
    for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
      kpi_period (bench, db, set, i);
}
