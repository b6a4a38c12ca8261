/* robust-dump.h — what a database file holds, as one hash, and whether it is
 * intact: "exactly as before" in the fault and disk-full tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Opens @path with the plain unix VFS (rolling back a hot journal as any
 * program would), asserts that integrity_check is "ok", and returns the
 * SHA-256 of application_id, user_version and every row of every table
 * (virtual tables through their shadow tables), table by table in name order,
 * rows sorted. */
char *robust_dump_hash (const char *path);

/* Copies @from to @to, replacing @to and removing any journal, WAL or shm
 * file left next to @to. */
void  robust_copy_file (const char *from,
                        const char *to);

G_END_DECLS
