/* ct-record-store-private.h — shared by the parts of CtRecordStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-permission.h"
#include "ct-record-store.h"

G_BEGIN_DECLS

#define META_COLUMNS 4   /* id, version, created_at, updated_at */

struct _CtRecordStore
{
  GObject            parent_instance;
  CtDatabase        *db;
  GType              record_type;
  const CtTableInfo *table;
  GListStore        *model;
  GHashTable        *by_id;     /* gint64* → CtRecord (owned by model) */
  char              *sql_select;
  char              *sql_select_one;
  char              *sql_insert;
  char              *sql_insert_with_id;
  char              *sql_update;
  char              *sql_delete;
  gboolean           keep_model;
};

CtRecord *ct_record_store_record_from_row (CtRecordStore *self,
                                           sqlite3_stmt  *stmt);

/* The column list of the store's SELECT ("id, version, created_at,
 * updated_at, field, …"), for queries of other modules whose rows are read
 * with ct_record_store_record_from_row (). */
static inline char *
ct_record_store_dup_select_columns (CtRecordStore *self)
{
  const char *start = self->sql_select + sizeof ("SELECT ") - 1;

  return g_strndup (start, (gsize) (g_strrstr (start, " FROM ") - start));
}

G_END_DECLS
