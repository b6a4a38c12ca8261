/* ct-change-watch.h — what other users changed in the shared database
 *
 * The app calls ct_change_watch_poll() about once a second (a g_timeout on the
 * main thread). A poll reads PRAGMA data_version, which changes only when
 * another connection (another app, or a worker thread's own connection)
 * committed; then it reads the audit_log rows added since the last poll and
 * emits "changed" with what they touched, so the app can refresh those models
 * and show a discreet toast ("T-2026-00123 changed by 李强").
 *
 * Our own writes are never reported: the watch notes the audit_log rows this
 * connection inserts (an SQLite update hook on the connection: a CtDatabase can
 * have only one watch, and nothing else may install update, commit or rollback
 * hooks on it). Every poll also releases read locks left by idle statements
 * (ct_database_release_reads()), so an idle app never blocks other writers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* The entity of the change reported after the file was replaced under us (a
 * restored backup: audit_log went back in time): reload everything. */
#define CT_CHANGE_ENTITY_DATABASE "database"

/* The changes of one record, coalesced over the rows read in one poll. */
typedef struct
{
  char   *entity;     /* audit_log entity: "ticket", "unit", "asset", "setting", ... */
  gint64  entity_id;  /* 0 for bulk rows (demo data) and settings */
  char   *action;     /* the last action: insert, update, delete, restore, set
                       * (an insert followed by updates stays "insert") */
  char   *actor;      /* who made the last change */
  gint64  at;         /* when, UTC seconds */
  char   *label;      /* "T-2026-00123" for tickets, else the record's code or
                       * name, else "#id"; never NULL */
  guint   n_rows;     /* how many audit_log rows were coalesced */
} CtChange;

void ct_change_free (CtChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtChange, ct_change_free)

#define CT_TYPE_CHANGE_WATCH (ct_change_watch_get_type ())
G_DECLARE_FINAL_TYPE (CtChangeWatch, ct_change_watch, CT, CHANGE_WATCH, GObject)

/* Watches @db from now on: changes committed before this call are not
 * reported. Signal "changed" (GPtrArray *changes): an array of CtChange, in
 * the order the records were first touched, owned by the watch. */
CtChangeWatch *ct_change_watch_new            (CtDatabase    *db);
CtDatabase    *ct_change_watch_get_database   (CtChangeWatch *self);
/* At most this many audit_log rows are read per poll (default 500); the rest
 * are read by the following polls. */
guint          ct_change_watch_get_max_rows   (CtChangeWatch *self);
void           ct_change_watch_set_max_rows   (CtChangeWatch *self,
                                               guint          max_rows);
/* The id of the last audit_log row seen (read or our own). */
gint64         ct_change_watch_get_last_id    (CtChangeWatch *self);
/* Checks for other connections' commits; emits "changed" when they touched
 * records. Returns the number of changes emitted (0 also when the file could
 * not be read: it is tried again on the next poll). Does nothing inside a write
 * transaction. */
guint          ct_change_watch_poll           (CtChangeWatch *self);

G_END_DECLS
