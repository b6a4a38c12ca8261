/* ct-audit-changes.c — an audit row as field changes people can read
 *
 * Labels come from the record classes' CtTableInfo (the same translated
 * labels as the editors); values are made readable: references become names,
 * timestamps local times, vocabulary keys their labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-asset.h"
#include "ct-asset-location.h"
#include "ct-audit-query-private.h"
#include "ct-database-private.h"
#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-staff.h"
#include "ct-ticket.h"
#include "ct-user.h"

/* Vocabulary fields: the stored key → its label. */
static const struct
{
  const char  *entity;
  const char  *field;
  const char *(*label) (const char *key);
} vocabularies[] = {
  { "ticket",             "kind",         ct_ticket_kind_label },
  { "ticket",             "repair_class", ct_ticket_repair_class_label },
  { "ticket",             "channel",      ct_ticket_channel_label },
  { "ticket",             "status",       ct_ticket_status_label },
  { "asset",              "category",     ct_asset_category_label },
  { "asset",              "status",       ct_asset_status_label },
  { "asset",              "criticality",  ct_asset_criticality_label },
  { "asset_location",     "kind",         ct_asset_location_kind_label },
  { "staff",              "status",       ct_staff_status_label },
  { "user",               "role",         ct_user_role_label },
  { "maintenance_plan",   "basis",        ct_maintenance_basis_label },
  { "maintenance_task",   "status",       ct_maintenance_task_status_label },
  { "maintenance_record", "kind",         ct_maintenance_record_kind_label },
  { "meter",              "kind",         ct_meter_kind_label },
};

/* References → the name of the record they point to. @entity NULL = any. */
static const struct
{
  const char *entity;
  const char *field;
  const char *sql;
} references[] = {
  { NULL, "site_id",        "SELECT name FROM sites WHERE id = ?" },
  { NULL, "building_id",    "SELECT name FROM buildings WHERE id = ?" },
  { NULL, "unit_id",        "SELECT b.name || ' ' || (CASE u.entrance WHEN '' THEN '' "
                            "ELSE u.entrance || '-' END) || u.room FROM units u "
                            "JOIN buildings b ON b.id = u.building_id WHERE u.id = ?" },
  { NULL, "department_id",  "SELECT name FROM departments WHERE id = ?" },
  { NULL, "assignee_id",    "SELECT name FROM staff WHERE id = ?" },
  { NULL, "staff_id",       "SELECT name FROM staff WHERE id = ?" },
  { NULL, "asset_id",       "SELECT code || ' ' || name FROM assets WHERE id = ?" },
  { NULL, "location_id",    "SELECT name FROM asset_locations WHERE id = ?" },
  { NULL, "plan_id",        "SELECT title FROM maintenance_plans WHERE id = ?" },
  { NULL, "ticket_id",      "SELECT code FROM tickets WHERE id = ?" },
  { NULL, "repeat_of_id",   "SELECT code FROM tickets WHERE id = ?" },
  { NULL, "merged_into_id", "SELECT code FROM tickets WHERE id = ?" },
  { "asset",          "parent_id", "SELECT code || ' ' || name FROM assets WHERE id = ?" },
  { "asset_location", "parent_id", "SELECT name FROM asset_locations WHERE id = ?" },
};

void
ct_audit_change_free (CtAuditChange *change)
{
  if (change == NULL)
    return;
  g_free (change->field);
  g_free (change->label);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change);
}

static const CtField *
field_of (const CtTableInfo *table,
          const char        *name)
{
  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, name))
      return &table->fields[i];
  return NULL;
}

static char *
resolve_reference (CtDatabase *db,
                   const char *entity,
                   const char *field,
                   gint64      id)
{
  for (guint i = 0; db != NULL && i < G_N_ELEMENTS (references); i++)
    {
      sqlite3_stmt *stmt;
      char *name = NULL;

      if (!g_str_equal (references[i].field, field)
          || (references[i].entity != NULL && g_strcmp0 (references[i].entity, entity) != 0))
        continue;
      if (!(stmt = ct_database_prepare (db, references[i].sql, NULL)))
        break;
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
        name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
      if (name != NULL)
        return name;
      break;
    }
  return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
}

static char *
format_time (gint64 at)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (at);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M")
                       : g_strdup_printf ("%" G_GINT64_FORMAT, at);
}

static char *
format_int (CtDatabase    *db,
            const char    *entity,
            const char    *key,
            const CtField *field,
            gint64         value)
{
  gboolean is_reference = (field != NULL && field->type == CT_FIELD_REF)
                          || g_str_has_suffix (key, "_id");

  if (is_reference && value != 0)
    return resolve_reference (db, entity, key, value);
  if (g_str_has_suffix (key, "_at")
      && (field == NULL || field->type == CT_FIELD_OPT_INT))
    return format_time (value);
  if (g_str_equal (key, "satisfaction") && *ct_ticket_satisfaction_label ((int) value) != '\0')
    return g_strdup_printf ("%" G_GINT64_FORMAT " %s", value,
                            ct_ticket_satisfaction_label ((int) value));
  if (g_str_equal (key, "active"))
    return g_strdup (value ? _("Yes") : _("No"));
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
format_string (const char *entity,
               const char *key,
               const char *value)
{
  for (guint i = 0; i < G_N_ELEMENTS (vocabularies); i++)
    if (g_str_equal (vocabularies[i].field, key) && g_strcmp0 (vocabularies[i].entity, entity) == 0)
      {
        const char *label = vocabularies[i].label (value);

        return g_strdup (label != NULL && *label != '\0' ? label : value);
      }
  return g_strdup (value);
}

/* @node as text for people, NULL for null and "". */
static char *
format_value (CtDatabase    *db,
              const char    *entity,
              const char    *key,
              const CtField *field,
              JsonNode      *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          return *text != '\0' ? format_string (entity, key, text) : NULL;
        }
      if (type == G_TYPE_INT64)
        return format_int (db, entity, key, field, json_node_get_int (node));
      if (type == G_TYPE_BOOLEAN)
        return g_strdup (json_node_get_boolean (node) ? _("Yes") : _("No"));
      if (type == G_TYPE_DOUBLE)
        return g_strdup_printf ("%g", json_node_get_double (node));
    }
  return json_to_string (node, FALSE);
}

static gboolean
same_node (JsonNode *a,
           JsonNode *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || JSON_NODE_HOLDS_NULL (a)) && (b == NULL || JSON_NODE_HOLDS_NULL (b));
  return json_node_equal (a, b);
}

/* Adds the change of @key unless nothing readable changed. */
static void
add_change (GPtrArray          *changes,
            CtDatabase         *db,
            const CtAuditEntry *entry,
            const CtTableInfo  *table,
            const char         *key,
            JsonObject         *old_object,
            JsonObject         *new_object)
{
  JsonNode *old_node = old_object ? json_object_get_member (old_object, key) : NULL;
  JsonNode *new_node = new_object ? json_object_get_member (new_object, key) : NULL;
  const CtField *field = field_of (table, key);
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  CtAuditChange *change;

  if (g_str_equal (key, "id") || g_str_equal (key, "version"))
    return;
  if (old_object != NULL && new_object != NULL && same_node (old_node, new_node))
    return;
  old_value = format_value (db, entry->entity, key, field, old_node);
  new_value = format_value (db, entry->entity, key, field, new_node);
  if (old_value == NULL && new_value == NULL)
    return;
  change = g_new0 (CtAuditChange, 1);
  change->field = g_strdup (key);
  change->label = g_strdup (field != NULL ? _(field->nick) : key);
  change->old_value = g_steal_pointer (&old_value);
  change->new_value = g_steal_pointer (&new_value);
  g_ptr_array_add (changes, change);
}

static void
add_members (GPtrArray          *changes,
             GHashTable         *seen,
             CtDatabase         *db,
             const CtAuditEntry *entry,
             const CtTableInfo  *table,
             JsonObject         *from,
             JsonObject         *old_object,
             JsonObject         *new_object)
{
  g_autoptr(GList) members = from ? json_object_get_members (from) : NULL;

  for (GList *l = members; l != NULL; l = l->next)
    if (g_hash_table_add (seen, l->data))
      add_change (changes, db, entry, table, l->data, old_object, new_object);
}

GPtrArray *
ct_audit_entry_changes (CtDatabase         *db,
                        const CtAuditEntry *entry)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_audit_change_free);
  g_autoptr(JsonParser) old_parser = json_parser_new ();
  g_autoptr(JsonParser) new_parser = json_parser_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const CtTableInfo *table;
  JsonObject *old_object, *new_object;

  g_return_val_if_fail (db == NULL || CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entry != NULL, NULL);

  table = ct_audit_entity_table (entry->entity);
  old_object = ct_audit_parse_object (entry->old_json, old_parser);
  new_object = ct_audit_parse_object (entry->new_json, new_parser);
  /* The record's own field order first, then any other keys. */
  for (guint i = 0; table != NULL && i < table->n_fields; i++)
    {
      const char *name = table->fields[i].name;

      if ((old_object && json_object_has_member (old_object, name))
          || (new_object && json_object_has_member (new_object, name)))
        {
          g_hash_table_add (seen, (gpointer) name);
          add_change (changes, db, entry, table, name, old_object, new_object);
        }
    }
  add_members (changes, seen, db, entry, table, new_object, old_object, new_object);
  add_members (changes, seen, db, entry, table, old_object, old_object, new_object);
  return g_steal_pointer (&changes);
}
