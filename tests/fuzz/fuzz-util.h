/* fuzz-util.h — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* The entry point of every target (libFuzzer's, or fuzz-replay.c's). */
int   LLVMFuzzerTestOneInput (const uint8_t *data,
                              size_t         size);

/* A folder of the target's own, made once and removed with everything in it
 * when the process exits. */
const char *fuzz_dir         (void);
/* Removes every file in fuzz_dir (). */
void  fuzz_clear_dir         (void);

/* Once per process: messages below critical are dropped (a damaged input
 * may well be warned about), a critical aborts (it is a bug). */
void  fuzz_init_logging      (void);

/* The fixed "now" of the targets: 2025-11-21 04:40 UTC. */
#define FUZZ_NOW 1763700000

G_END_DECLS
