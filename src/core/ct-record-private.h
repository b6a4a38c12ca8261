/* ct-record-private.h — for the stores of libcaretaker-core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ct-record.h"

G_BEGIN_DECLS

/* The most fields a record class has (tickets: 39). */
#define CT_RECORD_MAX_FIELDS 64

/* Reads every field of a record nobody has seen yet from the columns of @stmt
 * from @first on, in the table's order: no trimming, no notification, one
 * allocation for all its strings — the list pages read thousands. */
void ct_record_load_row  (CtRecord     *self,
                          sqlite3_stmt *stmt,
                          int           first);
/* ct_record_set_meta () for such a record: without notification. */
void ct_record_load_meta (CtRecord     *self,
                          gint64        id,
                          gint64        version,
                          gint64        created_at,
                          gint64        updated_at);

G_END_DECLS
