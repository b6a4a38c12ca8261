/* bench.h — caretaker-bench: shared state, figures and helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "ct-database.h"

G_BEGIN_DECLS

/* The fixed "now" of the generated data: 2026-11-01 00:00 UTC. */
#define BENCH_NOW  G_GINT64_CONSTANT (1793491200)
#define BENCH_SEED 1

typedef struct
{
  guint  n_tickets;
  char  *label;        /* "1k", "100k", "1M" */
  char  *path;         /* the database file */
} BenchSize;

typedef struct
{
  gboolean    quick;
  char       *dir;         /* where the databases are */
  char       *app;         /* the caretaker binary */
  char       *cli;         /* the caretaker-cli binary */
  char       *schema_dir;  /* GSETTINGS_SCHEMA_DIR for the app */
  char       *sqlite3;     /* the sqlite3 shell, or NULL */
  GPtrArray  *sizes;       /* BenchSize*, smallest first */
  guint       reps;        /* repetitions of cheap figures */
  guint       app_reps;    /* launches of the app per size */
  JsonBuilder *json;       /* the "figures" array under construction */
  GPtrArray  *notes;       /* "not measured: …" lines */
  gboolean    failed;      /* an error (not a slow figure): exit 1 */
} Bench;

BenchSize *bench_largest        (Bench      *bench);

/* Records a figure from @samples (double): prints a table row and adds it to
 * the JSON. @target may be NULL; @met is ignored without a target. */
void       bench_figure         (Bench      *bench,
                                 const char *name,
                                 const char *unit,
                                 GArray     *samples,
                                 const char *target,
                                 gboolean    met);
/* A figure with a single value (a ratio of medians). */
void       bench_value          (Bench      *bench,
                                 const char *name,
                                 const char *unit,
                                 double      value,
                                 const char *target,
                                 gboolean    met);
void       bench_note           (Bench      *bench,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (2, 3);
/* A note that also makes the run fail (a crash or an error, never slowness). */
void       bench_fail           (Bench      *bench,
                                 const char *format,
                                 ...) G_GNUC_PRINTF (2, 3);
void       bench_section        (const char *title);

double     bench_median         (GArray     *samples);
/* The @p quantile (0–1) by nearest rank. */
double     bench_quantile       (GArray     *samples,
                                 double      p);

/* Milliseconds since @start (g_get_monotonic_time). */
double     bench_ms_since       (gint64      start);
/* The calling thread's CPU time in µs, and the CPU milliseconds since @start:
 * on a busy machine the wall time also counts the waits for a CPU. */
gint64     bench_cpu_now        (void);
double     bench_cpu_ms_since   (gint64      start);

/* Runs argv (stdin from @stdin_path when not NULL) and returns its wall time
 * in ms, or -1 with @error set when it fails or exits non-zero. */
double     bench_run_timed      (const char *const *argv,
                                 const char *stdin_path,
                                 GError    **error);

/* Opens @path read-only with plain sqlite3 for the reference queries. */
gboolean   bench_sqlite_count   (const char *path,
                                 const char *sql,
                                 gint64     *count,
                                 GError    **error);

gboolean   bench_generate       (Bench      *bench,
                                 GError    **error);
void       bench_app_start      (Bench      *bench);
void       bench_list_paging    (Bench      *bench);
void       bench_search         (Bench      *bench);
void       bench_kpis           (Bench      *bench);
void       bench_import         (Bench      *bench);

G_END_DECLS
