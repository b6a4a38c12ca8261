/* ct-audit-labels.c — names for people: record types, actions, a record's
 * label from its audited values
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
#include "ct-building.h"
#include "ct-department.h"
#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-site.h"
#include "ct-sla.h"
#include "ct-staff.h"
#include "ct-ticket.h"
#include "ct-unit.h"
#include "ct-user.h"

static const struct
{
  const char *entity;
  const char *label;             /* N_() */
  GType     (*get_type) (void);  /* the record class, NULL for other rows */
} entities[] = {
  { "site",               N_("Site"),               ct_site_get_type },
  { "building",           N_("Building"),           ct_building_get_type },
  { "unit",               N_("Unit"),               ct_unit_get_type },
  { "department",         N_("Department"),         ct_department_get_type },
  { "staff",              N_("Staff member"),       ct_staff_get_type },
  { "ticket",             N_("Ticket"),             ct_ticket_get_type },
  { "sla_policy",         N_("SLA policy"),         ct_sla_policy_get_type },
  { "asset",              N_("Asset"),              ct_asset_get_type },
  { "asset_location",     N_("Asset location"),     ct_asset_location_get_type },
  { "maintenance_plan",   N_("Maintenance plan"),   ct_maintenance_plan_get_type },
  { "maintenance_task",   N_("Maintenance task"),   ct_maintenance_task_get_type },
  { "maintenance_record", N_("Maintenance record"), ct_maintenance_record_get_type },
  { "meter",              N_("Meter"),              ct_meter_get_type },
  { "user",               N_("User account"),       ct_user_get_type },
  { "meter_reading",      N_("Meter reading"),      NULL },
  { "setting",            N_("Setting"),            NULL },
  { "calendar",           N_("Work calendar"),      NULL },
  { "asset_downtime",     N_("Downtime"),           NULL },
  { "maintenance_tasks",  N_("Maintenance tasks"),  NULL },
  { "ticket_link",        N_("Ticket link"),        NULL },
  { "tickets",            N_("Tickets (generated)"), NULL },
  { "assets",             N_("Assets (generated)"), NULL },
};

static const struct
{
  const char *action;
  const char *label;   /* NC_("audit action", …) */
} actions[] = {
  { "insert",  NC_("audit action", "Created") },
  { "update",  NC_("audit action", "Changed") },
  { "delete",  NC_("audit action", "Deleted") },
  { "restore", NC_("audit action", "Restored") },
  { "set",     NC_("audit action", "Set") },
};

/* The keys that name a record, in order of preference. */
static const char *const subject_keys[] = { "code", "name", "title", "login", "room", "key" };

const char *
ct_audit_entity_label (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_strcmp0 (entities[i].entity, entity) == 0)
      return _(entities[i].label);
  return entity;
}

const char *
ct_audit_action_label (const char *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_strcmp0 (actions[i].action, action) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "audit action", actions[i].label);
  return action;
}

const char *const *
ct_audit_actions (void)
{
  static const char *const names[] = { "insert", "update", "delete", "restore", "set", NULL };

  return names;
}

GType
ct_audit_entity_type (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (g_strcmp0 (entities[i].entity, entity) == 0 && entities[i].get_type != NULL)
      return entities[i].get_type ();
  return G_TYPE_INVALID;
}

const CtTableInfo *
ct_audit_entity_table (const char *entity)
{
  GType type = ct_audit_entity_type (entity);
  CtRecordClass *klass;
  const CtTableInfo *table;

  if (type == G_TYPE_INVALID)
    return NULL;
  /* Record classes are static types: the class stays once made. */
  klass = g_type_class_ref (type);
  table = klass->table;
  g_type_class_unref (klass);
  return table;
}

JsonObject *
ct_audit_parse_object (const char *json,
                       JsonParser *parser)
{
  JsonNode *root;

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
}

/* The record's own label ("3号楼 2-1201" is the unit's "2-1201") from its
 * values in @object, or NULL. */
static char *
dup_record_label (const char *entity,
                  JsonObject *object)
{
  GType type = ct_audit_entity_type (entity);
  g_autoptr(CtRecord) record = NULL;
  const CtTableInfo *table;
  char *label;

  if (type == G_TYPE_INVALID || object == NULL)
    return NULL;
  record = g_object_new (type, NULL);
  table = ct_record_get_table (record);
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CtField *field = &table->fields[i];
      JsonNode *node = json_object_get_member (object, field->name);

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
        continue;
      if (json_node_get_value_type (node) == G_TYPE_STRING
          && (field->type == CT_FIELD_TEXT || field->type == CT_FIELD_DATE))
        ct_record_set_string (record, field->name, json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_INT64
               && field->type != CT_FIELD_TEXT && field->type != CT_FIELD_DATE)
        ct_record_set_int (record, field->name, json_node_get_int (node));
    }
  label = ct_record_dup_label (record);
  if (label != NULL && *g_strstrip (label) == '\0')
    g_clear_pointer (&label, g_free);
  return label;
}

char *
ct_audit_entry_dup_subject (const CtAuditEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *json;
  JsonObject *object;
  char *label;

  g_return_val_if_fail (entry != NULL, NULL);

  json = entry->new_json != NULL ? entry->new_json : entry->old_json;
  object = ct_audit_parse_object (json, parser);
  if ((label = dup_record_label (entry->entity, object)) != NULL)
    return label;
  for (guint i = 0; object != NULL && i < G_N_ELEMENTS (subject_keys); i++)
    {
      JsonNode *node = json_object_get_member (object, subject_keys[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
          && json_node_get_value_type (node) == G_TYPE_STRING
          && *json_node_get_string (node) != '\0')
        return g_strdup (json_node_get_string (node));
    }
  /* A setting: {"company_name": "翠湖物业"} names its key. */
  if (object != NULL && g_strcmp0 (entry->entity, "setting") == 0
      && json_object_get_size (object) == 1)
    {
      g_autoptr(GList) members = json_object_get_members (object);

      return g_strdup (members->data);
    }
  return g_strdup_printf ("#%" G_GINT64_FORMAT, entry->entity_id);
}
