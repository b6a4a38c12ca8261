/* ct-record-store.h — load and save the records of one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"
#include "ct-record.h"

G_BEGIN_DECLS

#define CT_TYPE_RECORD_STORE (ct_record_store_get_type ())
G_DECLARE_FINAL_TYPE (CtRecordStore, ct_record_store, CT, RECORD_STORE, GObject)

CtRecordStore *ct_record_store_new        (CtDatabase     *db,
                                           GType           record_type);
CtDatabase    *ct_record_store_get_database (CtRecordStore *self);
GType          ct_record_store_get_record_type (CtRecordStore *self);

/* All rows of the table in the table's order, kept up to date by this store's
 * writes and by ct_record_store_reload(). A GListStore of CtRecord. */
GListModel    *ct_record_store_get_model  (CtRecordStore  *self);
gboolean       ct_record_store_reload     (CtRecordStore  *self,
                                           GError        **error);
/* A new snapshot of the rows whose @field (a CT_FIELD_REF or CT_FIELD_INT field)
 * equals @value. */
GListModel    *ct_record_store_query      (CtRecordStore  *self,
                                           const char     *field,
                                           gint64          value,
                                           GError        **error);
/* Reads one record from the file (not from the model); NULL when absent (and
 * no error). Transfer full. */
CtRecord      *ct_record_store_load       (CtRecordStore  *self,
                                           gint64          id,
                                           GError        **error);
/* For large tables (tickets): FALSE stops the store from keeping its model in
 * step with its writes; the model then stays empty unless reloaded. */
void           ct_record_store_set_keep_model (CtRecordStore *self,
                                           gboolean        keep_model);
/* From the model; NULL when absent. Transfer none. */
CtRecord      *ct_record_store_lookup     (CtRecordStore  *self,
                                           gint64          id);
/* The first record whose text @field equals @value (exact), or NULL. */
CtRecord      *ct_record_store_find       (CtRecordStore  *self,
                                           const char     *field,
                                           const char     *value);
guint          ct_record_store_count      (CtRecordStore  *self);

/* Validates and inserts @record (id must be 0); sets its id, version 1 and
 * timestamps (a created_at already set with ct_record_set_meta () is kept, for
 * imports of history); writes audit_log in the same transaction. */
gboolean       ct_record_store_insert     (CtRecordStore  *self,
                                           CtRecord       *record,
                                           const char     *actor,
                                           GError        **error);
/* Inserts all @records (a GPtrArray of CtRecord) in one transaction: all or
 * nothing. */
gboolean       ct_record_store_insert_all (CtRecordStore  *self,
                                           GPtrArray      *records,
                                           const char     *actor,
                                           GError        **error);
/* Saves @record if its version is still the stored one; otherwise
 * CT_STORE_ERROR_CONFLICT and nothing is written. Bumps the version. */
gboolean       ct_record_store_update     (CtRecordStore  *self,
                                           CtRecord       *record,
                                           const char     *actor,
                                           GError        **error);
/* Deletes @record; CT_STORE_ERROR_IN_USE when other records still refer to it. */
gboolean       ct_record_store_delete     (CtRecordStore  *self,
                                           CtRecord       *record,
                                           const char     *actor,
                                           GError        **error);
/* Undo of a delete: inserts @record again with its old id. */
gboolean       ct_record_store_restore    (CtRecordStore  *self,
                                           CtRecord       *record,
                                           const char     *actor,
                                           GError        **error);

G_END_DECLS
