/* bench-util.c — caretaker-bench: figures, statistics, the table and the JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <time.h>

#include "bench.h"

BenchSize *
bench_largest (Bench *bench)
{
  return g_ptr_array_index (bench->sizes, bench->sizes->len - 1);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_quantile (GArray *samples,
                double  p)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  if (samples->len == 0)
    return 0;
  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  rank = (guint) (p * sorted->len + 0.999999);
  rank = CLAMP (rank, 1, sorted->len);
  return g_array_index (sorted, double, rank - 1);
}

double
bench_median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return 0;
  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

double
bench_ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

gint64
bench_cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

double
bench_cpu_ms_since (gint64 start)
{
  return (bench_cpu_now () - start) / 1000.0;
}

void
bench_section (const char *title)
{
  printf ("\n== %s\n", title);
  printf ("%-44s %12s %12s %12s %12s %4s  %s\n",
          "figure", "median", "min", "max", "p90", "n", "unit / target");
  fflush (stdout);
}

static void
add_json (Bench      *bench,
          const char *name,
          const char *unit,
          GArray     *samples,
          const char *target,
          gboolean    met)
{
  JsonBuilder *b = bench->json;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "unit");
  json_builder_add_string_value (b, unit);
  json_builder_set_member_name (b, "median");
  json_builder_add_double_value (b, bench_median (samples));
  json_builder_set_member_name (b, "min");
  json_builder_add_double_value (b, bench_quantile (samples, 0));
  json_builder_set_member_name (b, "max");
  json_builder_add_double_value (b, bench_quantile (samples, 1));
  json_builder_set_member_name (b, "p10");
  json_builder_add_double_value (b, bench_quantile (samples, 0.10));
  json_builder_set_member_name (b, "p90");
  json_builder_add_double_value (b, bench_quantile (samples, 0.90));
  json_builder_set_member_name (b, "p99");
  json_builder_add_double_value (b, bench_quantile (samples, 0.99));
  json_builder_set_member_name (b, "n");
  json_builder_add_int_value (b, samples->len);
  if (target != NULL)
    {
      json_builder_set_member_name (b, "target");
      json_builder_add_string_value (b, target);
      json_builder_set_member_name (b, "met");
      json_builder_add_boolean_value (b, met);
    }
  json_builder_end_object (b);
}

void
bench_figure (Bench      *bench,
              const char *name,
              const char *unit,
              GArray     *samples,
              const char *target,
              gboolean    met)
{
  g_autofree char *tail = NULL;

  if (target != NULL)
    tail = g_strdup_printf ("%s  target %s: %s", unit, target, met ? "MET" : "NOT MET");
  else
    tail = g_strdup (unit);
  printf ("%-44s %12.3f %12.3f %12.3f %12.3f %4u  %s\n", name,
          bench_median (samples), bench_quantile (samples, 0),
          bench_quantile (samples, 1), bench_quantile (samples, 0.9),
          samples->len, tail);
  fflush (stdout);
  add_json (bench, name, unit, samples, target, met);
}

void
bench_value (Bench      *bench,
             const char *name,
             const char *unit,
             double      value,
             const char *target,
             gboolean    met)
{
  g_autoptr(GArray) one = g_array_new (FALSE, FALSE, sizeof (double));

  g_array_append_val (one, value);
  bench_figure (bench, name, unit, one, target, met);
}

void
bench_note (Bench      *bench,
            const char *format,
            ...)
{
  va_list args;
  char *line;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  printf ("%s\n", line);
  fflush (stdout);
  g_ptr_array_add (bench->notes, line);
}

void
bench_fail (Bench      *bench,
            const char *format,
            ...)
{
  va_list args;
  char *line;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  bench_note (bench, "not measured (error): %s", line);
  g_free (line);
  bench->failed = TRUE;
}

double
bench_run_timed (const char *const *argv,
                 const char        *stdin_path,
                 GError           **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  gint64 start = g_get_monotonic_time ();

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  if (stdin_path != NULL)
    g_subprocess_launcher_set_stdin_file_path (launcher, stdin_path);
  proc = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (proc == NULL || !g_subprocess_wait_check (proc, NULL, error))
    return -1;
  return bench_ms_since (start);
}

gboolean
bench_sqlite_count (const char *path,
                    const char *sql,
                    gint64     *count,
                    GError    **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK
      || sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK
      || sqlite3_step (stmt) != SQLITE_ROW)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, sqlite3_errmsg (db));
  else
    {
      *count = sqlite3_column_int64 (stmt, 0);
      ok = TRUE;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ok;
}
