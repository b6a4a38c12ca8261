/* ct-change-watch-batch.c — coalescing audit_log rows into CtChanges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-change-watch"

#include "config.h"

#include <json-glib/json-glib.h>

#include "ct-change-watch-private.h"

static char *
label_from_json (const char *json)
{
  static const char *keys[] = { "code", "name", "title", "room" };
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;
  JsonObject *object;

  if (json == NULL || json[0] == '\0')
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  object = json_node_get_object (root);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonNode *node = json_object_get_member (object, keys[i]);

      if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          && json_node_get_string (node)[0] != '\0')
        return g_strdup (json_node_get_string (node));
    }
  return NULL;
}

static char *
ticket_code (CtDatabase *db,
             gint64      id)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "SELECT code FROM tickets WHERE id = ?", NULL);
  char *code = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return code;
}

static void
finish_label (CtDatabase *db,
              CtChange   *change)
{
  if (change->label == NULL && g_str_equal (change->entity, "ticket") && change->entity_id > 0)
    change->label = ticket_code (db, change->entity_id);
  if (change->label == NULL && change->entity_id == 0)
    change->label = g_strdup (change->entity);
  if (change->label == NULL)
    change->label = g_strdup_printf ("#%" G_GINT64_FORMAT, change->entity_id);
}

static CtChange *
batch_lookup (CtChangeBatch *batch,
              const char    *entity,
              gint64         entity_id)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%" G_GINT64_FORMAT, entity, entity_id);
  CtChange *change = g_hash_table_lookup (batch->by_key, key);

  if (change != NULL)
    return change;
  change = g_new0 (CtChange, 1);
  change->entity = g_strdup (entity);
  change->entity_id = entity_id;
  g_ptr_array_add (batch->list, change);
  g_hash_table_insert (batch->by_key, g_steal_pointer (&key), change);
  return change;
}

void
ct_change_batch_add_row (CtChangeBatch *batch,
                         sqlite3_stmt  *stmt)
{
  const char *action = (const char *) sqlite3_column_text (stmt, 5);
  CtChange *change = batch_lookup (batch, (const char *) sqlite3_column_text (stmt, 3),
                                   sqlite3_column_int64 (stmt, 4));
  char *label = label_from_json ((const char *) sqlite3_column_text (stmt, 7));

  if (label == NULL)
    label = label_from_json ((const char *) sqlite3_column_text (stmt, 6));
  if (label != NULL)
    {
      g_free (change->label);
      change->label = label;
    }
  /* Created and then edited since the last poll: still new to the reader. */
  if (g_strcmp0 (change->action, "insert") != 0 || g_str_equal (action, "delete"))
    {
      g_free (change->action);
      change->action = g_strdup (action);
    }
  g_free (change->actor);
  change->actor = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  change->at = sqlite3_column_int64 (stmt, 1);
  change->n_rows++;
}

void
ct_change_batch_add_reload (CtChangeBatch *batch)
{
  CtChange *change = batch_lookup (batch, CT_CHANGE_ENTITY_DATABASE, 0);

  change->action = g_strdup ("restore");
  change->actor = g_strdup ("");
  change->n_rows = 1;
}

void
ct_change_batch_finish (CtChangeBatch *batch,
                        CtDatabase    *db)
{
  for (guint i = 0; i < batch->list->len; i++)
    finish_label (db, g_ptr_array_index (batch->list, i));
}

void
ct_change_batch_init (CtChangeBatch *batch)
{
  batch->list = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_change_free);
  batch->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
ct_change_batch_clear (CtChangeBatch *batch)
{
  g_clear_pointer (&batch->by_key, g_hash_table_unref);
  g_clear_pointer (&batch->list, g_ptr_array_unref);
}

void
ct_change_free (CtChange *change)
{
  if (change == NULL)
    return;
  g_free (change->entity);
  g_free (change->action);
  g_free (change->actor);
  g_free (change->label);
  g_free (change);
}
