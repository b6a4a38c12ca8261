/* ct-maintenance.c — the plan, task and record classes and their vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-maintenance.h"
#include "ct-vocab.h"

struct _CtMaintenancePlan
{
  CtRecord parent_instance;
};

struct _CtMaintenanceTask
{
  CtRecord parent_instance;
};

struct _CtMaintenanceRecord
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtMaintenancePlan, ct_maintenance_plan, CT_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (CtMaintenanceTask, ct_maintenance_task, CT_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (CtMaintenanceRecord, ct_maintenance_record, CT_TYPE_RECORD)

static const CtField plan_fields[] = {
  { "asset_id",      CT_FIELD_REF,  N_("Asset") },
  { "title",         CT_FIELD_TEXT, N_("Title") },
  { "rrule",         CT_FIELD_TEXT, N_("Repeats") },
  { "basis",         CT_FIELD_TEXT, N_("Counted from") },
  { "starts_on",     CT_FIELD_DATE, N_("Starts on") },
  { "department_id", CT_FIELD_REF,  N_("Department") },
  { "assignee_id",   CT_FIELD_REF,  N_("Assignee") },
  { "contractor",    CT_FIELD_TEXT, N_("Contractor") },
  { "instructions",  CT_FIELD_TEXT, N_("Instructions") },
  { "active",        CT_FIELD_INT,  N_("Active") },
};

static const CtField task_fields[] = {
  { "plan_id",      CT_FIELD_REF,     N_("Plan") },
  { "asset_id",     CT_FIELD_REF,     N_("Asset") },
  { "due_on",       CT_FIELD_DATE,    N_("Due on") },
  { "status",       CT_FIELD_TEXT,    N_("Status") },
  { "completed_at", CT_FIELD_OPT_INT, N_("Completed at") },
  { "completed_on", CT_FIELD_DATE,    N_("Completed on") },
  { "note",         CT_FIELD_TEXT,    N_("Note") },
};

static const CtField record_fields[] = {
  { "asset_id",         CT_FIELD_REF,  N_("Asset") },
  { "task_id",          CT_FIELD_REF,  N_("Task") },
  { "ticket_id",        CT_FIELD_REF,  N_("Ticket") },
  { "kind",             CT_FIELD_TEXT, N_("Kind") },
  { "performed_at",     CT_FIELD_INT,  N_("Performed at") },
  { "performer",        CT_FIELD_TEXT, N_("Performed by") },
  { "problem",          CT_FIELD_TEXT, N_("Problem found") },
  { "action",           CT_FIELD_TEXT, N_("Action taken") },
  { "recheck",          CT_FIELD_TEXT, N_("Recheck result") },
  { "recheck_ok",       CT_FIELD_INT,  N_("Recheck passed") },
  { "downtime_minutes", CT_FIELD_INT,  N_("Downtime (minutes)") },
  { "cost_cents",       CT_FIELD_INT,  N_("Cost") },
};

static const CtTableInfo plan_table = {
  "maintenance_plans", "maintenance_plan", "asset_id, title, id",
  plan_fields, G_N_ELEMENTS (plan_fields)
};

static const CtTableInfo task_table = {
  "maintenance_tasks", "maintenance_task", "due_on, id",
  task_fields, G_N_ELEMENTS (task_fields)
};

static const CtTableInfo record_table = {
  "maintenance_records", "maintenance_record", "performed_at DESC, id DESC",
  record_fields, G_N_ELEMENTS (record_fields)
};

static const CtTerm bases[] = {
  { "schedule",   N_("By schedule"),       "按计划|按日历|固定周期|按計劃|固定週期" },
  { "completion", N_("From last completion"), "按完成日|按上次完成|完成后|按完成日期|完成後" },
};

static const CtTerm task_statuses[] = {
  { "open",    N_("Open"),    "待办|未完成|待执行|待辦|待執行" },
  { "done",    N_("Done"),    "已完成|完成" },
  { "skipped", N_("Skipped"), "跳过|已跳过|跳過|已跳過" },
};

static const CtTerm record_kinds[] = {
  { "preventive", N_("Preventive maintenance"), "保养|维保|预防性维护|計劃保養|保養|维护保养" },
  { "corrective", N_("Repair"),                 "维修|故障维修|維修|抢修|搶修" },
  { "inspection", N_("Inspection"),             "检查|巡检|检测|檢查|巡檢|檢測" },
};

CT_VOCAB_KEYS_FUNC (ct_maintenance_bases, bases)
CT_VOCAB_KEYS_FUNC (ct_maintenance_record_kinds, record_kinds)

const char *
ct_maintenance_basis_label (const char *basis)
{
  return ct_vocab_label (bases, G_N_ELEMENTS (bases), basis);
}

const char *
ct_maintenance_basis_from_text (const char *text)
{
  return ct_vocab_from_text (bases, G_N_ELEMENTS (bases), text);
}

const char *
ct_maintenance_task_status_label (const char *status)
{
  return ct_vocab_label (task_statuses, G_N_ELEMENTS (task_statuses), status);
}

const char *
ct_maintenance_record_kind_label (const char *kind)
{
  return ct_vocab_label (record_kinds, G_N_ELEMENTS (record_kinds), kind);
}

const char *
ct_maintenance_record_kind_from_text (const char *text)
{
  return ct_vocab_from_text (record_kinds, G_N_ELEMENTS (record_kinds), text);
}

static gboolean
plan_validate (CtRecord  *record,
               GError   **error)
{
  const char *basis = ct_record_get_string (record, "basis");
  gint64 active = ct_record_get_int (record, "active");
  g_autoptr(GError) rule_error = NULL;

  if (!ct_record_require_ref (record, "asset_id", error)
      || !ct_record_require_text (record, "title", error)
      || !ct_record_require_text (record, "starts_on", error)
      || !ct_record_check_date (record, "starts_on", error))
    return FALSE;
  if (!ct_maintenance_basis_label (basis))
    return ct_record_invalid (error, _("“%s” is not a plan basis (schedule or completion)."),
                              basis);
  if (active != 0 && active != 1)
    return ct_record_invalid (error, "%s", _("A plan is either active or not (1 or 0)."));
  if (!ct_maintenance_check_rule (ct_record_get_string (record, "rrule"), &rule_error))
    return ct_record_invalid (error, _("Plan “%s”: %s"), ct_record_get_string (record, "title"),
                              rule_error->message);
  return TRUE;
}

static char *
plan_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "title"));
}

static gboolean
task_validate (CtRecord  *record,
               GError   **error)
{
  const char *status = ct_record_get_string (record, "status");

  if (!ct_record_require_ref (record, "plan_id", error)
      || !ct_record_require_ref (record, "asset_id", error)
      || !ct_record_require_text (record, "due_on", error)
      || !ct_record_check_date (record, "due_on", error)
      || !ct_record_check_date (record, "completed_on", error))
    return FALSE;
  if (!ct_maintenance_task_status_label (status))
    return ct_record_invalid (error, _("“%s” is not a task status (open, done or skipped)."),
                              status);
  return TRUE;
}

static char *
task_dup_label (CtRecord *record)
{
  /* Translators: a maintenance task, "Task due 2026-03-10" */
  return g_strdup_printf (_("Task due %s"), ct_record_get_string (record, "due_on"));
}

static gboolean
record_validate (CtRecord  *record,
                 GError   **error)
{
  const char *kind = ct_record_get_string (record, "kind");
  gint64 recheck_ok = ct_record_get_int (record, "recheck_ok");

  if (!ct_record_require_ref (record, "asset_id", error))
    return FALSE;
  if (!ct_maintenance_record_kind_label (kind))
    return ct_record_invalid (error, _("“%s” is not a kind of maintenance record "
                                       "(preventive, corrective or inspection)."), kind);
  if (ct_record_get_int (record, "performed_at") <= 0)
    return ct_record_invalid (error, "%s", _("A maintenance record needs the time the work "
                                             "was done."));
  if (ct_record_get_int (record, "downtime_minutes") < 0)
    return ct_record_invalid (error, "%s", _("Downtime cannot be negative: enter 0 when the "
                                             "equipment kept running."));
  if (ct_record_get_int (record, "cost_cents") < 0)
    return ct_record_invalid (error, "%s", _("The cost cannot be negative: enter 0 when the "
                                             "work cost nothing."));
  if (recheck_ok != 0 && recheck_ok != 1)
    return ct_record_invalid (error, "%s", _("The recheck either passed or failed (1 or 0)."));
  return TRUE;
}

static char *
record_dup_label (CtRecord *record)
{
  const char *kind = ct_maintenance_record_kind_label (ct_record_get_string (record, "kind"));

  return g_strdup (kind ? kind : ct_record_get_string (record, "kind"));
}

static void
ct_maintenance_plan_class_init (CtMaintenancePlanClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &plan_table);
  record_class->validate = plan_validate;
  record_class->dup_label = plan_dup_label;
}

static void
ct_maintenance_plan_init (CtMaintenancePlan *self)
{
}

static void
ct_maintenance_task_class_init (CtMaintenanceTaskClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &task_table);
  record_class->validate = task_validate;
  record_class->dup_label = task_dup_label;
}

static void
ct_maintenance_task_init (CtMaintenanceTask *self)
{
}

static void
ct_maintenance_record_class_init (CtMaintenanceRecordClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &record_table);
  record_class->validate = record_validate;
  record_class->dup_label = record_dup_label;
}

static void
ct_maintenance_record_init (CtMaintenanceRecord *self)
{
}

CtMaintenancePlan *
ct_maintenance_plan_new (gint64      asset_id,
                         const char *title,
                         const char *rrule,
                         const char *basis,
                         const char *starts_on)
{
  return g_object_new (CT_TYPE_MAINTENANCE_PLAN, "asset_id", asset_id, "title", title,
                       "rrule", rrule, "basis", basis ? basis : "schedule",
                       "starts_on", starts_on, "active", (gint64) 1, NULL);
}

CtMaintenanceRecord *
ct_maintenance_record_new (gint64      asset_id,
                           const char *kind)
{
  return g_object_new (CT_TYPE_MAINTENANCE_RECORD, "asset_id", asset_id,
                       "kind", kind ? kind : "preventive", "recheck_ok", (gint64) 1, NULL);
}
