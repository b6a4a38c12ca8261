/* ct-change-watch-private.h — coalescing audit_log rows into CtChanges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-change-watch.h"
#include "ct-database-private.h"

G_BEGIN_DECLS

/* One poll's changes, coalesced by entity and id, in the order the records
 * were first touched. */
typedef struct
{
  GPtrArray  *list;    /* CtChange, owned */
  GHashTable *by_key;  /* "entity\x1fid" → CtChange in list */
} CtChangeBatch;

void ct_change_batch_init       (CtChangeBatch *batch);
void ct_change_batch_clear      (CtChangeBatch *batch);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtChangeBatch, ct_change_batch_clear)

/* Adds the audit_log row @stmt is on (columns: id, at, actor, entity,
 * entity_id, action, old_json, new_json) to its record's change. */
void ct_change_batch_add_row    (CtChangeBatch *batch,
                                 sqlite3_stmt  *stmt);
/* The file was replaced under us: one change, reload everything. */
void ct_change_batch_add_reload (CtChangeBatch *batch);
/* Gives every change a label (a ticket without one in its JSON gets its code
 * from @db). */
void ct_change_batch_finish     (CtChangeBatch *batch,
                                 CtDatabase    *db);

G_END_DECLS
