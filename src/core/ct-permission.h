/* ct-permission.h — who may do what: the role × entity × action matrix
 *
 * Every store write asks ct_permission_check () (or one of the record helpers
 * below) before it writes, with the user the database acts for
 * (ct_database_get_user ()). The matrix is one table in ct-permission.c;
 * HACKING.md "Roles and permissions" shows it. Without user accounts in the
 * database everything is allowed (single-user local mode).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"
#include "ct-record.h"

G_BEGIN_DECLS

typedef enum
{
  CT_PERMISSION_NO,
  CT_PERMISSION_OWN,   /* only records assigned to the user's staff member */
  CT_PERMISSION_YES,
} CtPermission;

/* site, building, unit, department, staff, ticket, sla_policy, work_calendar,
 * asset, asset_location, maintenance_plan, maintenance_task,
 * maintenance_record, meter, meter_reading, setting, user, backup. */
const char *const *ct_permission_entities (void);
/* read, create, update, delete, then the ticket lifecycle: dispatch (受理,
 * 派单), resolve (start, on site, pause, resume, resolve), visit (回访,
 * reopen), archive (archive, cancel, mark invalid). */
const char *const *ct_permission_actions  (void);
/* The matrix itself; CT_PERMISSION_NO for an unknown role. */
CtPermission       ct_permission_lookup   (const char  *role,
                                           const char  *entity,
                                           const char  *action);
/* The action a ticket lifecycle event needs ("resolved" → "resolve"); events
 * that are not lifecycle steps (edited, merged, deadlines) → "update". */
const char        *ct_permission_action_for_event (const char *event);

/* May the database's user do @action on @entity? @owner_staff_id is the staff
 * member the record is assigned to (0 = nobody), for own-only rules. Refusals
 * are CT_STORE_ERROR_PERMISSION with a translated sentence ("A technician may
 * not delete tickets."). Nobody signed in: allowed when the database has no
 * user accounts (and always for "read"), refused otherwise. */
gboolean ct_permission_check        (CtDatabase  *db,
                                     const char  *entity,
                                     const char  *action,
                                     gint64       owner_staff_id,
                                     GError     **error);
/* The same for @record: the entity of its table and the owner from the
 * entity's owner field (tickets: assignee_id). */
gboolean ct_permission_check_record (CtDatabase  *db,
                                     CtRecord    *record,
                                     const char  *action,
                                     GError     **error);
/* For CtRecordStore: @record as it will be written and, for an update or a
 * delete, @stored as it is in the file (may be NULL): own-only rules need both
 * to be the user's, so nobody hands a record to or takes one from others. */
gboolean ct_permission_check_write  (CtDatabase  *db,
                                     CtRecord    *stored,
                                     CtRecord    *record,
                                     const char  *action,
                                     GError     **error);
/* A lifecycle step @event (ticket_events.type) on @ticket. */
gboolean ct_permission_check_ticket_event (CtDatabase  *db,
                                     CtRecord    *ticket,
                                     const char  *event,
                                     GError     **error);
/* TRUE when the user may read only their own records of @entity; then
 * *@staff_id is their staff id (0 when they may read none). */
gboolean ct_permission_reads_own_only (CtDatabase *db,
                                     const char  *entity,
                                     gint64      *staff_id);

G_END_DECLS
