/* robust-util.h — helpers of the robustness tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

/* Folders (cli_test_make_dir, cli_test_remove_dir) and query_int (). */
#include "../cli/cli-test-util.h"

G_BEGIN_DECLS

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

G_END_DECLS
