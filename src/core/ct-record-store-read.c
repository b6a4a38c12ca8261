/* ct-record-store-read.c — loading, querying and looking up records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-store"

#include "config.h"

#include "ct-record-private.h"
#include "ct-record-store-private.h"

CtRecord *
ct_record_store_record_from_row (CtRecordStore *self,
                                 sqlite3_stmt  *stmt)
{
  CtRecord *record = g_object_new (self->record_type, NULL);

  ct_record_load_row (record, stmt, META_COLUMNS);
  ct_record_load_meta (record, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                       sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3));
  return record;
}

static GPtrArray *
select_rows (CtRecordStore  *self,
             const char     *field,
             gint64          value,
             GError        **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (field)
    sql = g_strdup_printf ("%s WHERE %s = ? ORDER BY %s", self->sql_select, field,
                           self->table->order_by);
  else
    sql = g_strdup_printf ("%s ORDER BY %s", self->sql_select, self->table->order_by);
  if (!(stmt = ct_database_prepare (self->db, sql, error)))
    return NULL;
  if (field)
    sqlite3_bind_int64 (stmt, 1, value);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, ct_record_store_record_from_row (self, stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (self->db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

gboolean
ct_record_store_reload (CtRecordStore  *self,
                        GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);

  if (!(rows = select_rows (self, NULL, 0, error)))
    return FALSE;
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < rows->len; i++)
    {
      CtRecord *record = g_ptr_array_index (rows, i);

      g_hash_table_insert (self->by_id, g_memdup2 (&(gint64) { ct_record_get_id (record) },
                                                   sizeof (gint64)), record);
    }
  g_list_store_splice (self->model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->model)),
                       rows->pdata, rows->len);
  return TRUE;
}

GListModel *
ct_record_store_query (CtRecordStore  *self,
                       const char     *field,
                       gint64          value,
                       GError        **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  GListStore *result;
  gboolean known = FALSE;

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), NULL);
  for (guint i = 0; i < self->table->n_fields; i++)
    known |= g_str_equal (self->table->fields[i].name, field)
             && self->table->fields[i].type != CT_FIELD_TEXT
             && self->table->fields[i].type != CT_FIELD_DATE;
  g_return_val_if_fail (known, NULL);

  if (!(rows = select_rows (self, field, value, error)))
    return NULL;
  result = g_list_store_new (self->record_type);
  g_list_store_splice (result, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (result);
}

CtRecord *
ct_record_store_lookup (CtRecordStore *self,
                        gint64         id)
{
  g_return_val_if_fail (CT_IS_RECORD_STORE (self), NULL);
  return g_hash_table_lookup (self->by_id, &id);
}

CtRecord *
ct_record_store_find (CtRecordStore *self,
                      const char    *field,
                      const char    *value)
{
  guint n;

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  for (guint i = 0; i < n; i++)
    {
      CtRecord *record = g_list_model_get_item (G_LIST_MODEL (self->model), i);

      g_object_unref (record);
      if (g_strcmp0 (ct_record_get_string (record, field), value) == 0)
        return record;
    }
  return NULL;
}

guint
ct_record_store_count (CtRecordStore *self)
{
  g_return_val_if_fail (CT_IS_RECORD_STORE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}

