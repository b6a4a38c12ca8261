/* ct-worker-db.h — a second connection to the open database, for work in a
 * thread (the chain check, "Back Up Now")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* Opens @db's file again (never migrating it) acting for the same user, so
 * that core's permission checks answer as for @db. Call on the main thread;
 * the new connection may then be used by one thread at a time. */
CtDatabase *ct_worker_db_open (CtDatabase  *db,
                               GError     **error);

G_END_DECLS
