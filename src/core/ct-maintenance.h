/* ct-maintenance.h — preventive maintenance: plans, tasks and records
 *
 * A plan repeats by an iCalendar RRULE (libical), "FREQ=MONTHLY" for elevators,
 * "FREQ=MONTHLY;INTERVAL=3" for fire systems. Basis "schedule": tasks fall on
 * the rule's occurrences counted from starts_on. Basis "completion": one open
 * task at a time, due one rule step after the last completion (or on starts_on
 * before the first); completing early or late moves the next one accordingly.
 *
 * Generation is idempotent: (plan, due date) is unique, so generating twice
 * yields the same tasks. Completing a task writes a maintenance record (problem,
 * action, recheck result, performer, downtime minutes, cost) and, when downtime
 * minutes > 0, a maintenance downtime ending at the completion time. Every
 * write updates the asset's next_due and emits the asset store's "changed".
 *
 * Dates and rules: see ct-maintenance-rule.c. A plain monthly rule started on
 * the 29th–31st falls on the last day of shorter months (31 Jan, 28 Feb,
 * 31 Mar, 30 Apr …); a rule that names its days ("FREQ=MONTHLY;BYMONTHDAY=31")
 * keeps RFC 5545's meaning and skips the months without that day.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-store.h"

G_BEGIN_DECLS

/* Fields: asset_id, title, rrule, basis (schedule, completion), starts_on,
 * department_id, assignee_id, contractor, instructions, active (0/1). */
#define CT_TYPE_MAINTENANCE_PLAN (ct_maintenance_plan_get_type ())
G_DECLARE_FINAL_TYPE (CtMaintenancePlan, ct_maintenance_plan, CT, MAINTENANCE_PLAN, CtRecord)

/* Fields: plan_id, asset_id, due_on, status (open, done, skipped),
 * completed_at, completed_on, note. */
#define CT_TYPE_MAINTENANCE_TASK (ct_maintenance_task_get_type ())
G_DECLARE_FINAL_TYPE (CtMaintenanceTask, ct_maintenance_task, CT, MAINTENANCE_TASK, CtRecord)

/* Fields: asset_id, task_id, ticket_id, kind (preventive, corrective,
 * inspection), performed_at, performer, problem, action, recheck, recheck_ok
 * (0/1), downtime_minutes, cost_cents (fen). */
#define CT_TYPE_MAINTENANCE_RECORD (ct_maintenance_record_get_type ())
G_DECLARE_FINAL_TYPE (CtMaintenanceRecord, ct_maintenance_record, CT, MAINTENANCE_RECORD, CtRecord)

CtMaintenancePlan   *ct_maintenance_plan_new   (gint64      asset_id,
                                                const char *title,
                                                const char *rrule,
                                                const char *basis,
                                                const char *starts_on);
CtMaintenanceRecord *ct_maintenance_record_new (gint64      asset_id,
                                                const char *kind);

const char *const *ct_maintenance_bases        (void);
const char *ct_maintenance_basis_label         (const char *basis);
const char *ct_maintenance_basis_from_text     (const char *text);
const char *ct_maintenance_task_status_label   (const char *status);
const char *const *ct_maintenance_record_kinds (void);
const char *ct_maintenance_record_kind_label   (const char *kind);
const char *ct_maintenance_record_kind_from_text (const char *text);

/* Common rules offered in the plan dialog: NULL-terminated pairs of RRULE and
 * translated label ("FREQ=MONTHLY", "Monthly", "FREQ=MONTHLY;INTERVAL=3",
 * "Quarterly", …). */
const char *const *ct_maintenance_common_rules (void);
/* "Every 3 months" for a rule (translated; the rule itself when unusual). */
char       *ct_maintenance_describe_rule       (const char *rrule);
/* Checks an RRULE with libical: FALSE with a clear message when it does not
 * parse, has no FREQ, or repeats more often than daily. */
gboolean    ct_maintenance_check_rule          (const char *rrule,
                                                GError    **error);
/* The occurrence dates ("YYYY-MM-DD", GPtrArray of char*) of @rrule counted
 * from @dtstart that fall in [@from, @to] (inclusive dates). */
GPtrArray  *ct_maintenance_occurrences         (const char *rrule,
                                                const char *dtstart,
                                                const char *from,
                                                const char *to,
                                                GError    **error);
/* The first occurrence strictly after @dtstart (one step of the rule); NULL
 * without an error when the rule has ended (COUNT, UNTIL). */
char       *ct_maintenance_next_after          (const char *rrule,
                                                const char *dtstart,
                                                GError    **error);

/* The horizon of the tasks made when a plan is created or changed, and the
 * default of `caretaker-cli pm-generate --horizon`. */
#define CT_MAINTENANCE_HORIZON_DAYS 90

/* Plans of an asset (0 = all), ordered by asset then title (GListModel of
 * CtMaintenancePlan, a snapshot). */
GListModel *ct_maintenance_list_plans          (CtAssetStore *store,
                                                gint64        asset_id,
                                                GError      **error);
/* Saves a new plan (refused for a retired asset) and generates its tasks up
 * to CT_MAINTENANCE_HORIZON_DAYS after today, counted from starts_on: a
 * starts_on in the past makes overdue tasks, so set it to the next due date
 * rather than the day the equipment was first serviced. */
gboolean    ct_maintenance_create_plan         (CtAssetStore *store,
                                                CtMaintenancePlan *plan,
                                                const char   *actor,
                                                GError      **error);
/* Saves a plan (its asset cannot change); when rule, basis, start or active
 * changed, deletes its open tasks due today or later (overdue ones stay) and
 * generates them anew from today: up to CT_MAINTENANCE_HORIZON_DAYS ahead,
 * and at least the next occurrence of a schedule-based plan, so that the
 * past under the new rule is never filled in. */
gboolean    ct_maintenance_update_plan         (CtAssetStore *store,
                                                CtMaintenancePlan *plan,
                                                const char   *actor,
                                                GError      **error);

/* Generates the tasks of every active plan of assets in service (not retired)
 * due up to @today + @horizon_days (@today "YYYY-MM-DD", NULL = the clock's
 * today); @n_created receives how many were new. One transaction. A
 * schedule-based plan gets the occurrences after its latest task (from
 * starts_on when it has none), so missed runs are caught up; a
 * completion-based plan without an open task gets its next one when due
 * within the horizon. Emits "changed" when tasks were made. */
gboolean    ct_maintenance_generate            (CtAssetStore *store,
                                                const char   *today,
                                                guint         horizon_days,
                                                guint        *n_created,
                                                GError      **error);
/* The same, naming who generates in the audit log (NULL = nobody named). */
gboolean    ct_maintenance_generate_as         (CtAssetStore *store,
                                                const char   *today,
                                                guint         horizon_days,
                                                const char   *actor,
                                                guint        *n_created,
                                                GError      **error);

/* Tasks of an asset (0 = all) by due date; @open_only leaves out done and
 * skipped (GListModel of CtMaintenanceTask, a snapshot). */
GListModel *ct_maintenance_list_tasks          (CtAssetStore *store,
                                                gint64        asset_id,
                                                gboolean      open_only,
                                                GError      **error);
/* Open tasks due before @today (NULL = the clock's today) of assets not
 * retired: the tab's badge. 0 with @error set on failure. */
guint       ct_maintenance_count_overdue       (CtAssetStore *store,
                                                const char   *today,
                                                GError      **error);

/* Completes @task (open) with @record (new; its asset and task are set from
 * the task, kind preventive when empty, performed_at now when 0): writes the
 * record, marks the task done on the day of performed_at (database's time
 * zone), writes a closed maintenance downtime of downtime_minutes ending at
 * performed_at (the asset's status is not touched) and, for a
 * completion-based plan, creates the next task whatever the horizon. Refuses
 * (CT_STORE_ERROR_INVALID) a task that is not open, a performed_at still to
 * come, a negative cost or downtime; a stale @task gives
 * CT_STORE_ERROR_CONFLICT. On success @task and @record are updated. */
gboolean    ct_maintenance_complete_task       (CtAssetStore *store,
                                                CtMaintenanceTask *task,
                                                CtMaintenanceRecord *record,
                                                const char   *actor,
                                                GError      **error);
/* Skips an open task with a reason (kept in note; counted as not done on time
 * by pm_compliance_rate; completed_at stays empty). A completion-based plan's
 * next task is then due one rule step after the skipped due date. */
gboolean    ct_maintenance_skip_task           (CtAssetStore *store,
                                                CtMaintenanceTask *task,
                                                const char   *reason,
                                                const char   *actor,
                                                GError      **error);
/* A record without a task (corrective work, an inspection): performed_at
 * now when 0, never in the future. It writes no downtime: a failure's
 * downtime comes from the asset's status (ct_asset_store_set_status). */
gboolean    ct_maintenance_add_record          (CtAssetStore *store,
                                                CtMaintenanceRecord *record,
                                                const char   *actor,
                                                GError      **error);
/* Records of an asset, newest first (GListModel of CtMaintenanceRecord). */
GListModel *ct_maintenance_list_records        (CtAssetStore *store,
                                                gint64        asset_id,
                                                GError      **error);

G_END_DECLS
