/* robust-util.h — helpers of the robustness tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh temporary folder (removed by robust_remove_dir). */
char      *robust_make_dir     (const char *tmpl);
void       robust_remove_dir   (const char *dir);
/* Starts the worker (ROBUST_WORKER in the environment) with @args
 * (NULL-terminated after the first); stdout piped. */
GSubprocess *robust_spawn      (GError    **error,
                                const char *first,
                                ...) G_GNUC_NULL_TERMINATED;
/* Runs the worker to the end; fails the test unless it exits with 0. */
void       robust_run          (const char *first,
                                ...) G_GNUC_NULL_TERMINATED;
/* The number of scaled iterations: @ci normally, @long_run when
 * CARETAKER_ROBUST_LONG=1. */
guint      robust_iterations   (guint       ci,
                                guint       long_run);
/* Runs one SQL query returning one integer through a fresh sqlite3 connection. */
gint64     robust_query_int    (const char *path,
                                const char *sql);

G_END_DECLS
