/* ct-bench-hook.h — the first-frame probe of caretaker-bench
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

/* g_get_monotonic_time () at the start of main (); 0 in the tests. */
extern gint64 ct_bench_hook_start_time;

/* When CARETAKER_BENCH_FIRST_FRAME is set: after the first frame painted with
 * the Tickets tab visible and its rows counted, prints "first-frame-usec N"
 * (microseconds since ct_bench_hook_start_time) and quits. Else does nothing. */
void ct_bench_hook_watch (CtWindow *window);

G_END_DECLS
