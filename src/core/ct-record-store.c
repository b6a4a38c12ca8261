/* ct-record-store.c — SQL for one record table, generated from its CtTableInfo
 *
 * Only column names from the compiled-in table description are put into SQL
 * text; every value is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-record-store-private.h"

G_DEFINE_FINAL_TYPE (CtRecordStore, ct_record_store, G_TYPE_OBJECT)

typedef enum { OP_INSERT, OP_RESTORE, OP_UPDATE, OP_DELETE } Op;

typedef struct
{
  CtRecordStore *self;
  CtRecord      *record;
  GPtrArray     *records;
  const char    *actor;
  Op             op;
  gint64         now;
} WriteOp;

static void
build_sql (CtRecordStore *self)
{
  const CtTableInfo *t = self->table;
  g_autoptr(GString) cols = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autoptr(GString) sets = g_string_new (NULL);

  for (guint i = 0; i < t->n_fields; i++)
    {
      g_string_append_printf (cols, ", %s", t->fields[i].name);
      g_string_append (marks, "?, ");
      g_string_append_printf (sets, "%s = ?, ", t->fields[i].name);
    }
  self->sql_select = g_strdup_printf ("SELECT id, version, created_at, updated_at%s FROM %s",
                                      cols->str, t->table);
  self->sql_select_one = g_strdup_printf ("%s WHERE id = ?", self->sql_select);
  self->sql_insert = g_strdup_printf ("INSERT INTO %s (%s, version, created_at, updated_at) "
                                      "VALUES (%s1, ?, ?)", t->table, cols->str + 2, marks->str);
  self->sql_insert_with_id =
    g_strdup_printf ("INSERT INTO %s (%s, version, created_at, updated_at, id) "
                     "VALUES (%s?, ?, ?, ?)", t->table, cols->str + 2, marks->str);
  self->sql_update = g_strdup_printf ("UPDATE %s SET %sversion = version + 1, updated_at = ? "
                                      "WHERE id = ? AND version = ?", t->table, sets->str);
  self->sql_delete = g_strdup_printf ("DELETE FROM %s WHERE id = ? AND version = ?", t->table);
}

/* Binds the field values to parameters 1…n. */
static void
bind_fields (CtRecordStore *self,
             sqlite3_stmt  *stmt,
             CtRecord      *record)
{
  for (guint i = 0; i < self->table->n_fields; i++)
    {
      const CtField *f = &self->table->fields[i];
      int p = i + 1;

      switch (f->type)
        {
        case CT_FIELD_TEXT:
          sqlite3_bind_text (stmt, p, ct_record_get_string (record, f->name), -1,
                             SQLITE_TRANSIENT);
          break;
        case CT_FIELD_DATE:
          if (*ct_record_get_string (record, f->name) != '\0')
            sqlite3_bind_text (stmt, p, ct_record_get_string (record, f->name), -1,
                               SQLITE_TRANSIENT);
          break;
        case CT_FIELD_REF:
        case CT_FIELD_OPT_INT:
          if (ct_record_get_int (record, f->name) != 0)
            sqlite3_bind_int64 (stmt, p, ct_record_get_int (record, f->name));
          break;
        case CT_FIELD_INT:
        default:
          sqlite3_bind_int64 (stmt, p, ct_record_get_int (record, f->name));
          break;
        }
    }
}

/* The record as stored now, or NULL when it does not exist. */
CtRecord *
ct_record_store_load (CtRecordStore  *self,
                      gint64          id,
                      GError        **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (self->db, self->sql_select_one, error);
  CtRecord *record = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = ct_record_store_record_from_row (self, stmt);
  else if (rc != SQLITE_DONE)
    /* Busy or damaged is not "absent": say so. */
    ct_database_set_error (self->db, rc, error);
  sqlite3_reset (stmt);
  return record;
}

static void
rewrite_error (CtRecordStore  *self,
               CtRecord       *record,
               Op              op,
               GError        **error)
{
  g_autofree char *label = NULL;
  GError *e = *error;

  if (e == NULL || e->domain != CT_STORE_ERROR)
    return;
  label = ct_record_dup_label (record);
  if (e->code == CT_STORE_ERROR_DUPLICATE)
    {
      g_clear_error (error);
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE,
                   _("“%s” already exists."), label);
    }
  else if (e->code == CT_STORE_ERROR_IN_USE && op == OP_DELETE)
    {
      g_clear_error (error);
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IN_USE,
                   _("“%s” cannot be deleted: other records still refer to it. "
                     "Delete or move them first."), label);
    }
  else if (e->code == CT_STORE_ERROR_IN_USE)
    {
      g_clear_error (error);
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” refers to a record that no longer exists."), label);
    }
}

static gboolean
check_changed_row (WriteOp  *w,
                   GError  **error)
{
  g_autofree char *label = NULL;
  g_autoptr(CtRecord) current = NULL;
  sqlite3 *db = ct_database_get_handle (w->self->db);

  if (sqlite3_changes (db) == 1)
    return TRUE;
  label = ct_record_dup_label (w->record);
  current = ct_record_store_load (w->self, ct_record_get_id (w->record), NULL);
  if (current == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("“%s” was deleted by someone else."), label);
  else
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed by someone else since you opened it."), label);
  return FALSE;
}

static gboolean
run_one (WriteOp   *w,
         CtRecord  *record,
         GError   **error)
{
  CtRecordStore *self = w->self;
  g_autoptr(CtRecord) old = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  const char *sql, *action;
  sqlite3_stmt *stmt;
  int n = self->table->n_fields;
  gint64 id = ct_record_get_id (record);
  gint64 version = ct_record_get_version (record);

  w->record = record;
  if (w->op == OP_UPDATE || w->op == OP_DELETE)
    {
      if (!(old = ct_record_store_load (self, id, error)) && error && *error)
        return FALSE;
      old_json = old ? ct_record_to_json (old) : NULL;
    }
  if (!ct_permission_check_write (self->db, old, record, w->op == OP_UPDATE ? "update"
                                  : w->op == OP_DELETE ? "delete" : "create", error))
    return FALSE;
  if (w->op != OP_DELETE && !ct_record_validate (record, error))
    return FALSE;

  switch (w->op)
    {
    case OP_INSERT:  sql = self->sql_insert; action = "insert"; break;
    case OP_RESTORE: sql = self->sql_insert_with_id; action = "restore"; break;
    case OP_UPDATE:  sql = self->sql_update; action = "update"; break;
    case OP_DELETE:
    default:         sql = self->sql_delete; action = "delete"; break;
    }
  if (!(stmt = ct_database_prepare (self->db, sql, error)))
    return FALSE;

  if (w->op == OP_DELETE)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, version);
    }
  else
    {
      bind_fields (self, stmt, record);
      if (w->op == OP_INSERT)
        {
          /* A record may arrive with its creation time (imports of history). */
          gint64 created = ct_record_get_created_at (record);

          sqlite3_bind_int64 (stmt, n + 1, created ? created : w->now);
          sqlite3_bind_int64 (stmt, n + 2, w->now);
        }
      else if (w->op == OP_RESTORE)
        {
          sqlite3_bind_int64 (stmt, n + 1, version);
          sqlite3_bind_int64 (stmt, n + 2, ct_record_get_created_at (record));
          sqlite3_bind_int64 (stmt, n + 3, w->now);
          sqlite3_bind_int64 (stmt, n + 4, id);
        }
      else
        {
          sqlite3_bind_int64 (stmt, n + 1, w->now);
          sqlite3_bind_int64 (stmt, n + 2, id);
          sqlite3_bind_int64 (stmt, n + 3, version);
        }
    }
  if (!ct_database_step_done (self->db, stmt, error))
    {
      rewrite_error (self, record, w->op, error);
      return FALSE;
    }
  if ((w->op == OP_UPDATE || w->op == OP_DELETE) && !check_changed_row (w, error))
    return FALSE;

  if (w->op == OP_INSERT)
    ct_record_set_meta (record, sqlite3_last_insert_rowid (ct_database_get_handle (self->db)),
                        1, ct_record_get_created_at (record) ?: w->now, w->now);
  else if (w->op == OP_UPDATE)
    ct_record_set_meta (record, id, version + 1, ct_record_get_created_at (record), w->now);
  else if (w->op == OP_RESTORE)
    ct_record_set_meta (record, id, version, ct_record_get_created_at (record), w->now);

  new_json = w->op == OP_DELETE ? NULL : ct_record_to_json (record);
  return ct_database_audit (self->db, w->actor, self->table->entity, ct_record_get_id (record),
                            action, old_json, new_json, error);
}

static gboolean
write_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  WriteOp *w = user_data;

  if (w->records == NULL)
    return run_one (w, w->record, error);
  for (guint i = 0; i < w->records->len; i++)
    if (!run_one (w, g_ptr_array_index (w->records, i), error))
      return FALSE;
  return TRUE;
}

static void
model_insert (CtRecordStore *self,
              CtRecord      *record,
              guint          position)
{
  gint64 *key = g_new (gint64, 1);

  *key = ct_record_get_id (record);
  g_list_store_insert (self->model,
                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->model))),
                       record);
  g_hash_table_insert (self->by_id, key, record);
}

static void
model_add (CtRecordStore *self,
           CtRecord      *record)
{
  model_insert (self, record, G_MAXUINT);
}

static void
model_replace (CtRecordStore *self,
               CtRecord      *record,
               gboolean       remove_only)
{
  gint64 id = ct_record_get_id (record);
  CtRecord *old = g_hash_table_lookup (self->by_id, &id);
  guint pos;

  if (old == NULL || !g_list_store_find (self->model, old, &pos))
    return;
  g_hash_table_remove (self->by_id, &id);
  if (remove_only)
    {
      g_list_store_remove (self->model, pos);
      return;
    }
  g_hash_table_insert (self->by_id, g_memdup2 (&id, sizeof id), record);
  g_list_store_splice (self->model, pos, 1, (gpointer *) &record, 1);
}

/* A write inside another one (an import) changes the model at once, so that
 * later steps of the same transaction find the new records; should the
 * outer transaction fail, this puts the model and the record back. */
typedef struct
{
  CtRecordStore *self;
  CtRecord      *record;     /* as handed in */
  CtRecord      *old;        /* the model's record before an update or delete */
  guint          position;   /* of @old */
  gint64         meta[4];    /* of @record before the write */
  Op             op;
} ModelUndo;

static void
model_undo_free (gpointer data)
{
  ModelUndo *u = data;

  g_object_unref (u->self);
  g_object_unref (u->record);
  g_clear_object (&u->old);
  g_free (u);
}

static void
model_undo (gpointer data)
{
  ModelUndo *u = data;

  if (u->op == OP_INSERT || u->op == OP_RESTORE)
    model_replace (u->self, u->record, TRUE);
  else if (u->op == OP_UPDATE && u->old != NULL)
    model_replace (u->self, u->old, FALSE);
  else if (u->op == OP_DELETE && u->old != NULL)
    model_insert (u->self, u->old, u->position);
  ct_record_set_meta (u->record, u->meta[0], u->meta[1], u->meta[2], u->meta[3]);
}

/* Puts the written @record into the model; @meta (its values before the
 * write) when the write is nested in another that may still fail. */
static void
update_model (CtRecordStore *self,
              CtRecord      *record,
              Op             op,
              const gint64  *meta)
{
  if (meta != NULL)
    {
      ModelUndo *u = g_new0 (ModelUndo, 1);
      gint64 id = ct_record_get_id (record);
      CtRecord *old = op == OP_UPDATE || op == OP_DELETE
                      ? g_hash_table_lookup (self->by_id, &id) : NULL;

      *u = (ModelUndo) { g_object_ref (self), g_object_ref (record),
                         old ? g_object_ref (old) : NULL, 0,
                         { meta[0], meta[1], meta[2], meta[3] }, op };
      if (old != NULL)
        g_list_store_find (self->model, old, &u->position);
      ct_database_on_rollback (self->db, model_undo, u, model_undo_free);
    }
  if (op == OP_INSERT || op == OP_RESTORE)
    model_add (self, record);
  else
    model_replace (self, record, op == OP_DELETE);
}

static gboolean
apply (CtRecordStore  *self,
       WriteOp        *w,
       GError        **error)
{
  guint n = w->records ? w->records->len : 1;
  g_autofree gint64 *meta = g_new (gint64, n * 4);
  gboolean nested;

  /* A failed write leaves the records as they were handed in. */
  for (guint i = 0; i < n; i++)
    {
      CtRecord *r = w->records ? g_ptr_array_index (w->records, i) : w->record;

      meta[i * 4] = ct_record_get_id (r);
      meta[i * 4 + 1] = ct_record_get_version (r);
      meta[i * 4 + 2] = ct_record_get_created_at (r);
      meta[i * 4 + 3] = ct_record_get_updated_at (r);
    }
  w->self = self;
  w->now = ct_clock_now (ct_database_get_clock (self->db));
  if (!ct_database_write (self->db, write_func, w, error))
    {
      for (guint i = 0; i < n; i++)
        ct_record_set_meta (w->records ? g_ptr_array_index (w->records, i) : w->record,
                            meta[i * 4], meta[i * 4 + 1], meta[i * 4 + 2], meta[i * 4 + 3]);
      return FALSE;
    }

  if (!self->keep_model)
    return TRUE;
  nested = ct_database_in_write (self->db);
  for (guint i = 0; i < n; i++)
    update_model (self, w->records ? g_ptr_array_index (w->records, i) : w->record, w->op,
                  nested ? &meta[i * 4] : NULL);
  return TRUE;
}

static void
ct_record_store_finalize (GObject *object)
{
  CtRecordStore *self = CT_RECORD_STORE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  g_free (self->sql_select);
  g_free (self->sql_select_one);
  g_free (self->sql_insert);
  g_free (self->sql_insert_with_id);
  g_free (self->sql_update);
  g_free (self->sql_delete);
  G_OBJECT_CLASS (ct_record_store_parent_class)->finalize (object);
}

static void
ct_record_store_class_init (CtRecordStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_record_store_finalize;
}

static void
ct_record_store_init (CtRecordStore *self)
{
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->keep_model = TRUE;
}

CtRecordStore *
ct_record_store_new (CtDatabase *db,
                     GType       record_type)
{
  CtRecordStore *self;
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, CT_TYPE_RECORD), NULL);

  klass = g_type_class_ref (record_type);
  self = g_object_new (CT_TYPE_RECORD_STORE, NULL);
  self->db = g_object_ref (db);
  self->record_type = record_type;
  self->table = CT_RECORD_CLASS (klass)->table;
  self->model = g_list_store_new (record_type);
  build_sql (self);
  return self;
}

CtDatabase *
ct_record_store_get_database (CtRecordStore *self)
{
  g_return_val_if_fail (CT_IS_RECORD_STORE (self), NULL);
  return self->db;
}

GType
ct_record_store_get_record_type (CtRecordStore *self)
{
  g_return_val_if_fail (CT_IS_RECORD_STORE (self), G_TYPE_INVALID);
  return self->record_type;
}

GListModel *
ct_record_store_get_model (CtRecordStore *self)
{
  g_return_val_if_fail (CT_IS_RECORD_STORE (self), NULL);
  return G_LIST_MODEL (self->model);
}

void
ct_record_store_set_keep_model (CtRecordStore *self,
                                gboolean       keep_model)
{
  g_return_if_fail (CT_IS_RECORD_STORE (self));
  self->keep_model = keep_model;
}

gboolean
ct_record_store_insert (CtRecordStore  *self,
                        CtRecord       *record,
                        const char     *actor,
                        GError        **error)
{
  WriteOp w = { .record = record, .actor = actor, .op = OP_INSERT };

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);
  g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, self->record_type), FALSE);
  g_return_val_if_fail (ct_record_get_id (record) == 0, FALSE);
  return apply (self, &w, error);
}

gboolean
ct_record_store_insert_all (CtRecordStore  *self,
                            GPtrArray      *records,
                            const char     *actor,
                            GError        **error)
{
  WriteOp w = { .records = records, .actor = actor, .op = OP_INSERT };

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);
  return apply (self, &w, error);
}

gboolean
ct_record_store_update (CtRecordStore  *self,
                        CtRecord       *record,
                        const char     *actor,
                        GError        **error)
{
  WriteOp w = { .record = record, .actor = actor, .op = OP_UPDATE };

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);
  g_return_val_if_fail (ct_record_get_id (record) > 0, FALSE);
  return apply (self, &w, error);
}

gboolean
ct_record_store_delete (CtRecordStore  *self,
                        CtRecord       *record,
                        const char     *actor,
                        GError        **error)
{
  WriteOp w = { .record = record, .actor = actor, .op = OP_DELETE };

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);
  g_return_val_if_fail (ct_record_get_id (record) > 0, FALSE);
  return apply (self, &w, error);
}

gboolean
ct_record_store_restore (CtRecordStore  *self,
                         CtRecord       *record,
                         const char     *actor,
                         GError        **error)
{
  WriteOp w = { .record = record, .actor = actor, .op = OP_RESTORE };

  g_return_val_if_fail (CT_IS_RECORD_STORE (self), FALSE);
  g_return_val_if_fail (ct_record_get_id (record) > 0, FALSE);
  return apply (self, &w, error);
}
