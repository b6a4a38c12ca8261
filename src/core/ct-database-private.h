/* ct-database-private.h — SQL access for the stores of libcaretaker-core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ct-database.h"

G_BEGIN_DECLS

typedef gboolean (*CtDatabaseWriteFunc) (CtDatabase  *db,
                                         gpointer     user_data,
                                         GError     **error);

sqlite3      *ct_database_get_handle   (CtDatabase           *self);
/* Before a file is opened: a journal next to it (an unfinished change) is
 * played back on a copy; CT_DATABASE_ERROR_CORRUPT when that would damage the
 * file, which is then left untouched (ct-database-recover.c). */
gboolean      ct_database_check_journal (const char          *path,
                                         GError             **error);
/* A cached prepared statement, reset and with bindings cleared. Owned by the
 * database: do not finalize it. Do not use the same SQL text re-entrantly. */
sqlite3_stmt *ct_database_prepare      (CtDatabase           *self,
                                        const char           *sql,
                                        GError              **error);
/* Runs @func inside BEGIN IMMEDIATE … COMMIT, retrying BUSY with backoff for about
 * ten seconds; rolls back when @func fails. Nested calls join the outer one. */
gboolean      ct_database_write        (CtDatabase           *self,
                                        CtDatabaseWriteFunc   func,
                                        gpointer              user_data,
                                        GError              **error);
gboolean      ct_database_in_write     (CtDatabase           *self);
/* Inside ct_database_write(): if the outermost write then fails and is rolled
 * back, @undo (@data) runs (newest first) to put back in-memory state that a
 * nested write changed, such as a store's model; @destroy frees @data when the
 * transaction ends, committed or not. */
typedef void (*CtDatabaseUndoFunc) (gpointer data);
void          ct_database_on_rollback  (CtDatabase           *self,
                                        CtDatabaseUndoFunc    undo,
                                        gpointer              data,
                                        GDestroyNotify        destroy);
/* Shared mode: before BEGIN IMMEDIATE, waits until a short gap has passed since
 * this connection's last write ended, so that another program waiting for the
 * lock gets it (ct-database.c explains why). ct_database_write() calls both. */
void          ct_database_wait_write_turn (CtDatabase        *self);
void          ct_database_end_write_turn  (CtDatabase        *self);
/* How long a write waits for another program's lock before failing with
 * CT_DATABASE_ERROR_BUSY (default 10 000 ms). */
guint         ct_database_get_write_retry_ms (CtDatabase     *self);
void          ct_database_set_write_retry_ms (CtDatabase     *self,
                                              guint           ms);
/* Runs a statement to completion (SQLITE_DONE). */
gboolean      ct_database_step_done    (CtDatabase           *self,
                                        sqlite3_stmt         *stmt,
                                        GError              **error);
/* Sets @error from the connection's last error, mapping SQLite codes to
 * CT_DATABASE_ERROR / CT_STORE_ERROR codes a user can act on. */
void          ct_database_set_error    (CtDatabase           *self,
                                        int                   rc,
                                        GError              **error);
/* Appends one row to audit_log; must be called inside ct_database_write(). */
gboolean      ct_database_audit        (CtDatabase           *self,
                                        const char           *actor,
                                        const char           *entity,
                                        gint64                entity_id,
                                        const char           *action,
                                        const char           *old_json,
                                        const char           *new_json,
                                        GError              **error);

G_END_DECLS

G_BEGIN_DECLS
/* The SHA-256 chain value of one audit_log row. */
char         *ct_audit_row_hash        (const char           *prev_hash,
                                        gint64                at,
                                        const char           *actor,
                                        const char           *entity,
                                        gint64                entity_id,
                                        const char           *action,
                                        const char           *old_json,
                                        const char           *new_json);
G_END_DECLS
