/* ct-permission.c — the permission matrix and its checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-permission"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-permission.h"
#include "ct-user.h"
#include "ct-user-store-private.h"

/* The actions, in the order of the letters of a rule below. */
static const struct
{
  const char *name;
  const char *refusal;   /* %1$s: "A technician", %2$s: "tickets" */
} actions[] = {
  { "read",     N_("%1$s may not see %2$s.") },
  { "create",   N_("%1$s may not create %2$s.") },
  { "update",   N_("%1$s may not change %2$s.") },
  { "delete",   N_("%1$s may not delete %2$s.") },
  { "dispatch", N_("%1$s may not accept or dispatch %2$s.") },
  { "resolve",  N_("%1$s may not work on or resolve %2$s.") },
  { "visit",    N_("%1$s may not record return visits of %2$s or reopen them.") },
  { "archive",  N_("%1$s may not archive, cancel or invalidate %2$s.") },
};

#define N_ACTIONS G_N_ELEMENTS (actions)
#define N_ROLES 7

/* THE MATRIX. One row per entity; one rule per role, in the order admin,
 * manager, dispatcher, technician, inspector, trainer, viewer; one letter per
 * action, in the order read, create, update, delete, dispatch, resolve, visit,
 * archive: 'y' allowed, 'o' only records assigned to the user's own staff
 * member (the owner field), '-' refused. Keep HACKING.md's table in step. */
#define ORG   { "yyyy----", "yyyy----", "y-------", "y-------", "y-------", "y-------", "y-------" }
static const struct
{
  const char *entity;
  const char *plural;        /* N_(), for refusals */
  const char *owner_field;   /* for 'o' rules, or NULL */
  const char *rules[N_ROLES];
} matrix[] = {
  { "site",               N_("sites"),               NULL, ORG },
  { "building",           N_("buildings"),           NULL, ORG },
  { "unit",               N_("units"),               NULL,
    { "yyyy----", "yyyy----", "y-y-----", "y-------", "y-------", "y-------", "y-------" } },
  { "department",         N_("departments"),         NULL, ORG },
  { "staff",              N_("staff records"),       NULL,
    { "yyyy----", "yyyy----", "y-------", "y-------", "y-------", "yyy-----", "y-------" } },
  { "ticket",             N_("tickets"),             "assignee_id",
    { "yyyyyyyy", "yyy-yyyy", "yyy-yyyy", "o-o--o--", "yy------", "y-------", "y-------" } },
  { "sla_policy",         N_("SLA policies"),        NULL, ORG },
  { "work_calendar",      N_("work calendars"),      NULL, ORG },
  { "asset",              N_("assets"),              NULL,
    { "yyyy----", "yyyy----", "y-------", "y-y-----", "y-------", "y-------", "y-------" } },
  { "asset_location",     N_("asset locations"),     NULL, ORG },
  { "maintenance_plan",   N_("maintenance plans"),   NULL, ORG },
  { "maintenance_task",   N_("maintenance tasks"),   NULL,
    { "yyyy----", "yyyy----", "y-------", "y-y-----", "y-------", "y-------", "y-------" } },
  { "maintenance_record", N_("maintenance records"), NULL,
    { "yyyy----", "yyyy----", "y-------", "yy------", "yy------", "y-------", "y-------" } },
  { "meter",              N_("meters"),              NULL, ORG },
  { "meter_reading",      N_("meter readings"),      NULL,
    { "yyyy----", "yyyy----", "y-------", "yy------", "y-------", "y-------", "y-------" } },
  { "setting",            N_("settings"),            NULL, ORG },
  { "user",               N_("user accounts"),       NULL,
    { "yyyy----", "y-------", "--------", "--------", "--------", "--------", "--------" } },
  { "backup",             N_("backups"),             NULL,
    { "yyyy----", "yyy-----", "--------", "--------", "--------", "--------", "--------" } },
  { "audit",              N_("the audit log"),       NULL,
    { "y-------", "--------", "--------", "--------", "--------", "--------", "--------" } },
};
#undef ORG

/* Lifecycle events of ct-ticket-lifecycle.c and the action each needs. */
static const struct { const char *event, *action; } ticket_events[] = {
  { "accepted", "dispatch" }, { "dispatched", "dispatch" },
  { "started", "resolve" }, { "arrived", "resolve" }, { "paused", "resolve" },
  { "resumed", "resolve" }, { "resolved", "resolve" },
  { "visited", "visit" }, { "reopened", "visit" },
  { "archived", "archive" }, { "cancelled", "archive" }, { "invalidated", "archive" },
};

static int
find_entity (const char *entity)
{
  for (guint i = 0; i < G_N_ELEMENTS (matrix); i++)
    if (g_strcmp0 (matrix[i].entity, entity) == 0)
      return (int) i;
  return -1;
}

static int
find_action (const char *action)
{
  for (guint i = 0; i < N_ACTIONS; i++)
    if (g_strcmp0 (actions[i].name, action) == 0)
      return (int) i;
  return -1;
}

static int
find_role (const char *role)
{
  const char *const *roles = ct_user_roles ();

  for (int i = 0; roles[i] != NULL && i < N_ROLES; i++)
    if (g_strcmp0 (roles[i], role) == 0)
      return i;
  return -1;
}

const char *const *
ct_permission_entities (void)
{
  static const char *names[G_N_ELEMENTS (matrix) + 1];

  if (names[0] == NULL)
    for (guint i = G_N_ELEMENTS (matrix); i-- > 0;)
      names[i] = matrix[i].entity;
  return names;
}

const char *const *
ct_permission_actions (void)
{
  static const char *names[N_ACTIONS + 1];

  if (names[0] == NULL)
    for (guint i = N_ACTIONS; i-- > 0;)
      names[i] = actions[i].name;
  return names;
}

CtPermission
ct_permission_lookup (const char *role,
                      const char *entity,
                      const char *action)
{
  int e = find_entity (entity), a = find_action (action), r = find_role (role);

  if (e < 0 || a < 0)
    g_critical ("Unknown permission %s.%s", entity, action);
  if (e < 0 || a < 0 || r < 0)
    return CT_PERMISSION_NO;
  switch (matrix[e].rules[r][a])
    {
    case 'y': return CT_PERMISSION_YES;
    case 'o': return CT_PERMISSION_OWN;
    default:  return CT_PERMISSION_NO;
    }
}

const char *
ct_permission_action_for_event (const char *event)
{
  for (guint i = 0; i < G_N_ELEMENTS (ticket_events); i++)
    if (g_strcmp0 (ticket_events[i].event, event) == 0)
      return ticket_events[i].action;
  return "update";
}

static gboolean
refuse (const CtDatabaseUser  *user,
        int                    e,
        int                    a,
        CtPermission           granted,
        GError               **error)
{
  const char *subject = ct_user_role_subject (user->role);
  const char *plural = _(matrix[e].plural);

  /* The formats are the literals above, marked with N_(). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (granted == CT_PERMISSION_OWN)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
                 _("%1$s may only work with %2$s assigned to them; this one is not."),
                 subject, plural);
  else
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION, _(actions[a].refusal),
                 subject, plural);
#pragma GCC diagnostic pop
  return FALSE;
}

gboolean
ct_permission_check (CtDatabase  *db,
                     const char  *entity,
                     const char  *action,
                     gint64       owner_staff_id,
                     GError     **error)
{
  const CtDatabaseUser *user;
  CtPermission granted;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  user = ct_database_get_user (db);
  if (user->role == NULL)
    {
      gboolean has_users = TRUE;

      if (g_str_equal (action, "read"))
        return TRUE;
      if (!ct_user_store_query_has_users (db, &has_users, error))
        return FALSE;
      if (!has_users)
        return TRUE;
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
                   _("This database has user accounts: sign in to make changes."));
      return FALSE;
    }
  granted = ct_permission_lookup (user->role, entity, action);
  if (granted == CT_PERMISSION_YES
      || (granted == CT_PERMISSION_OWN && owner_staff_id > 0
          && owner_staff_id == user->staff_id))
    return TRUE;
  if (find_entity (entity) < 0 || find_action (action) < 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
                   _("This change is not allowed to anyone (%s, %s)."), entity, action);
      return FALSE;
    }
  return refuse (user, find_entity (entity), find_action (action), granted, error);
}

static gint64
record_owner (CtRecord *record)
{
  int e = find_entity (ct_record_get_table (record)->entity);

  if (e < 0 || matrix[e].owner_field == NULL)
    return 0;
  return ct_record_get_int (record, matrix[e].owner_field);
}

gboolean
ct_permission_check_record (CtDatabase  *db,
                            CtRecord    *record,
                            const char  *action,
                            GError     **error)
{
  g_return_val_if_fail (CT_IS_RECORD (record), FALSE);
  return ct_permission_check (db, ct_record_get_table (record)->entity, action,
                              record_owner (record), error);
}

gboolean
ct_permission_check_write (CtDatabase  *db,
                           CtRecord    *stored,
                           CtRecord    *record,
                           const char  *action,
                           GError     **error)
{
  if (stored != NULL && !ct_permission_check_record (db, stored, action, error))
    return FALSE;
  return ct_permission_check_record (db, record, action, error);
}

gboolean
ct_permission_check_ticket_event (CtDatabase  *db,
                                  CtRecord    *ticket,
                                  const char  *event,
                                  GError     **error)
{
  return ct_permission_check_record (db, ticket, ct_permission_action_for_event (event), error);
}

gboolean
ct_permission_reads_own_only (CtDatabase *db,
                              const char *entity,
                              gint64     *staff_id)
{
  const CtDatabaseUser *user;
  CtPermission granted;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (staff_id != NULL, FALSE);

  user = ct_database_get_user (db);
  *staff_id = 0;
  if (user->role == NULL)
    return FALSE;
  granted = ct_permission_lookup (user->role, entity, "read");
  if (granted == CT_PERMISSION_YES)
    return FALSE;
  if (granted == CT_PERMISSION_OWN)
    *staff_id = user->staff_id;
  return TRUE;
}
