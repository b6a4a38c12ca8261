/* bench-import.c — caretaker-bench section 6: CSV import vs sqlite3 .import
 *
 * The CSV is exported from a database of the benchmark (100k rows; 5k in quick
 * mode). `caretaker-cli import tickets` loads it into a copy of a fresh demo
 * organisation without tickets (same seed and scale, so every name matches);
 * the reference is the sqlite3 shell's `.import --csv` into a new bare table.
 *
 * The floor: the sqlite3 shell copying the rows that import made (tickets,
 * timeline, links) into another copy of the organisation, with the same
 * schema (its indexes and CHECK constraints), and filling the search index,
 * in one transaction: what SQLite itself needs to store those rows, with no
 * CSV, checks or deadlines. An import cannot be faster than that; the ratio
 * floor ÷ `.import` is the most the target could be measured at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-demo.h"
#include "ct-ticket-export.h"

#include "bench.h"

typedef struct
{
  char *csv;
  char *org;      /* the organisation without tickets */
  char *target;   /* the copy imported into */
  char *bare;     /* the sqlite3 .import database */
  char *script;   /* the .import command */
  char *floor;    /* the copy the floor's rows go to */
  char *floor_script;
} ImportFiles;

static void
remove_db (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
import_files_clear (ImportFiles *files)
{
  g_unlink (files->csv);
  remove_db (files->org);
  remove_db (files->target);
  remove_db (files->bare);
  remove_db (files->floor);
  g_unlink (files->script);
  g_unlink (files->floor_script);
  g_free (files->floor);
  g_free (files->floor_script);
  g_free (files->csv);
  g_free (files->org);
  g_free (files->target);
  g_free (files->bare);
  g_free (files->script);
}

static BenchSize *
source_size (Bench *bench)
{
  for (guint i = 0; i < bench->sizes->len; i++)
    {
      BenchSize *size = g_ptr_array_index (bench->sizes, i);

      if (size->n_tickets >= (bench->quick ? 5000u : 100000u))
        return size;
    }
  return bench_largest (bench);
}

static gboolean
write_csv (Bench       *bench,
           ImportFiles *files,
           guint       *n_rows,
           GError     **error)
{
  BenchSize *size = source_size (bench);
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = ct_database_open (size->path, CT_DATABASE_OPEN_DEFAULT, clock, error);
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  guint limit = bench->quick ? 5000 : 100000;

  if (db == NULL || (org = ct_organisation_new (db, error)) == NULL
      || (store = ct_ticket_store_new (org, error)) == NULL)
    return FALSE;
  query->sort = CT_TICKET_SORT_CREATED;
  query->descending = FALSE;
  if (size->n_tickets > limit)
    {
      query->ids = g_new (gint64, limit);
      query->n_ids = limit;
      for (guint i = 0; i < limit; i++)
        query->ids[i] = i + 1;
    }
  return ct_ticket_export (store, query, files->csv, CT_TICKET_EXPORT_CSV,
                           NULL, NULL, NULL, n_rows, error);
}

static gboolean
write_org (ImportFiles *files,
           GError     **error)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (BENCH_NOW);
  g_autoptr(CtDatabase) db = ct_database_open (files->org, CT_DATABASE_OPEN_CREATE, clock, error);
  CtDemoOptions options;

  ct_demo_options_init (&options);
  options.seed = BENCH_SEED;
  options.scale = CT_DEMO_SCALE_SMALL;
  return db != NULL && ct_demo_generate (db, &options, NULL, NULL, NULL, error);
}

static const char floor_sql[] =
  ".bail on\n"
  "ATTACH '%s' AS src;\n"
  "BEGIN;\n"
  "INSERT INTO tickets SELECT * FROM src.tickets;\n"
  "INSERT INTO ticket_events SELECT * FROM src.ticket_events;\n"
  "INSERT INTO ticket_links SELECT * FROM src.ticket_links;\n"
  "INSERT INTO tickets_fts (rowid, title, description, address, reporter)\n"
  "  SELECT id, title, description, address, reporter FROM tickets;\n"
  "COMMIT;\n";

/* One import of each kind, and the floor: wall times in ms. */
static gboolean
import_once (Bench       *bench,
             ImportFiles *files,
             double      *cli_ms,
             double      *shell_ms,
             double      *floor_ms,
             GError     **error)
{
  g_autoptr(GFile) org = g_file_new_for_path (files->org);
  g_autoptr(GFile) target = g_file_new_for_path (files->target);
  g_autoptr(GFile) floor = g_file_new_for_path (files->floor);
  const char *cli_argv[] = { bench->cli, "import", "tickets", "--db", files->target, files->csv, NULL };
  const char *shell_argv[] = { bench->sqlite3, files->bare, NULL };
  const char *floor_argv[] = { bench->sqlite3, files->floor, NULL };

  remove_db (files->target);
  remove_db (files->bare);
  remove_db (files->floor);
  if (!g_file_copy (org, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error)
      || !g_file_copy (org, floor, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;
  *cli_ms = bench_run_timed (cli_argv, NULL, error);
  if (*cli_ms < 0)
    return FALSE;
  *shell_ms = bench_run_timed (shell_argv, files->script, error);
  if (*shell_ms < 0)
    return FALSE;
  *floor_ms = bench_run_timed (floor_argv, files->floor_script, error);
  return *floor_ms >= 0;
}

static gboolean
run_imports (Bench       *bench,
             ImportFiles *files,
             GError     **error)
{
  g_autoptr(GArray) cli_rate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shell_rate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floor_rate = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *script = NULL;
  g_autofree char *floor_script = NULL;
  guint n_rows = 0;
  double ratio;

  if (!write_csv (bench, files, &n_rows, error) || !write_org (files, error))
    return FALSE;
  script = g_strdup_printf (".import --csv '%s' bare_table\n", files->csv);
  floor_script = g_strdup_printf (floor_sql, files->target);
  if (!g_file_set_contents (files->script, script, -1, error)
      || !g_file_set_contents (files->floor_script, floor_script, -1, error))
    return FALSE;
  for (guint i = 0; i < (bench->quick ? 2u : 3u); i++)
    {
      double cli_ms, shell_ms, floor_ms, rate;

      if (!import_once (bench, files, &cli_ms, &shell_ms, &floor_ms, error))
        return FALSE;
      rate = n_rows / (cli_ms / 1000);
      g_array_append_val (cli_rate, rate);
      rate = n_rows / (shell_ms / 1000);
      g_array_append_val (shell_rate, rate);
      rate = n_rows / (floor_ms / 1000);
      g_array_append_val (floor_rate, rate);
    }
  printf ("  CSV of %u rows\n", n_rows);
  bench_figure (bench, "import.caretaker-cli", "rows/s", cli_rate, NULL, FALSE);
  bench_figure (bench, "import.sqlite3_shell", "rows/s", shell_rate, NULL, FALSE);
  bench_figure (bench, "import.sqlite3_schema_floor", "rows/s", floor_rate, NULL, FALSE);
  ratio = bench_median (cli_rate) / bench_median (shell_rate);
  bench_value (bench, "import.cli/shell", "ratio", ratio, ">= 0.5", ratio >= 0.5);
  bench_value (bench, "import.floor/shell", "ratio (the most reachable)",
               bench_median (floor_rate) / bench_median (shell_rate), NULL, FALSE);
  bench_value (bench, "import.cli/floor", "ratio",
               bench_median (cli_rate) / bench_median (floor_rate), NULL, FALSE);
  return TRUE;
}

void
bench_import (Bench *bench)
{
  ImportFiles files = {
    g_build_filename (bench->dir, "import.csv", NULL),
    g_build_filename (bench->dir, "import-org.db", NULL),
    g_build_filename (bench->dir, "import-target.db", NULL),
    g_build_filename (bench->dir, "import-bare.db", NULL),
    g_build_filename (bench->dir, "import.sqlite3", NULL),
    g_build_filename (bench->dir, "import-floor.db", NULL),
    g_build_filename (bench->dir, "import-floor.sqlite3", NULL),
  };
  g_autoptr(GError) error = NULL;

  bench_section ("6. import: caretaker-cli import tickets vs sqlite3 .import");
  if (bench->sqlite3 == NULL)
    bench_note (bench, "not measured: import: no sqlite3 shell in PATH");
  else if (!g_file_test (bench->cli, G_FILE_TEST_IS_EXECUTABLE))
    bench_note (bench, "not measured: import: %s was not built", bench->cli);
  else if (!run_imports (bench, &files, &error))
    bench_fail (bench, "import: %s", error->message);
  import_files_clear (&files);
}
