/* ct-ticket-kpi-defs.c — the ticket KPIs of KPI.md: what each one counts
 *
 * Each KPI is one row of a table: the tickets it looks at (its source: created,
 * resolved or visited in the period, or open at min(now, to)), the SQL
 * condition of its denominator and that of its numerator (or the value it sums
 * or ranks), its name and its definition. ct-ticket-kpi.c turns the rows into
 * the aggregate queries and the drill-down lists, so the two cannot disagree.
 * Parameters: :now (the clock) and :at = min(now, to).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-kpi"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-kpi-private.h"

const char *const ct_ticket_kpi_kinds[CT_TICKET_N_KINDS] = {
  "repair", "complaint", "consultation", "suggestion", "praise",
};

/* A target is due when it was met or its deadline passed by now. */
#define DUE(deadline, done) \
  deadline " IS NOT NULL AND (" done " IS NOT NULL OR " deadline " <= :now)"

/* Emergency: on site by the arrival deadline; routine: resolved by the
 * resolution deadline; appointment: on site within 15 minutes of it. */
#define REPAIR_DEADLINE \
  "(CASE t.repair_class WHEN 'emergency' THEN t.due_arrival_at " \
  "WHEN 'routine' THEN t.due_resolution_at WHEN 'appointment' THEN t.appointment_at + 900 END)"
#define REPAIR_DONE \
  "(CASE t.repair_class WHEN 'emergency' THEN t.arrived_at " \
  "WHEN 'routine' THEN t.resolved_at WHEN 'appointment' THEN t.arrived_at END)"

/* Another complaint of the same unit and category in the 30 days before
 * (index tickets_repeat). */
#define REPEAT \
  "EXISTS (SELECT 1 FROM tickets p WHERE p.unit_id = t.unit_id " \
  "AND p.kind = 'complaint' AND p.category = t.category " \
  "AND p.created_at >= t.created_at - 2592000 AND p.created_at <= t.created_at " \
  "AND p.id <> t.id AND (p.created_at < t.created_at OR p.id < t.id) " \
  "AND p.status NOT IN ('cancelled', 'invalid'))"

/* Past its deadline at :at and not met by then. A ticket paused at :at is not
 * overdue while paused (as ct_ticket_store_count_overdue ()). */
#define MISSED(due, done) "(" due " < :at AND (" done " IS NULL OR " done " >= :at))"
#define OVERDUE \
  "NOT (t.status = 'paused' AND t.paused_at <= :at) AND (" \
  MISSED ("t.due_response_at", "t.accepted_at") " OR " \
  MISSED ("t.due_arrival_at", "t.arrived_at") " OR " \
  MISSED ("t.due_resolution_at", "t.resolved_at") ")"

#define DURATION "t.resolved_at - t.created_at"

const CtTicketKpiDef ct_ticket_kpi_defs[CT_TICKET_N_KPIS] = {
  { "tickets_created", CT_KPI_UNIT_COUNT, CT_TICKET_KPI_CREATED, NULL, NULL, 0, 0,
    /* Translators: a KPI, 受理总量 */
    N_("Tickets received"),
    N_("Tickets created in the period. Cancelled and invalid tickets are left out of "
       "every KPI.") },
  { "response_on_time_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_CREATED,
    DUE ("t.due_response_at", "t.accepted_at"), "t.accepted_at <= t.due_response_at", 0, 0,
    /* Translators: a KPI, 响应及时率 */
    N_("Response on time"),
    N_("Tickets of the period with a response deadline that are due (accepted, or the "
       "deadline has passed): the share accepted by the deadline.") },
  { "repair_on_time_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_CREATED,
    "t.kind = 'repair' AND " DUE (REPAIR_DEADLINE, REPAIR_DONE),
    REPAIR_DONE " <= " REPAIR_DEADLINE, 0, 0,
    /* Translators: a KPI, 报修及时率 (零修急修及时率) */
    N_("Repairs on time"),
    N_("Repairs of the period that are due: the share done on time. Emergency: on site "
       "by the arrival deadline; routine: resolved by the resolution deadline; "
       "appointment: on site within 15 minutes of the appointed time.") },
  { "complaint_closure_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_CREATED,
    "t.kind = 'complaint'", "t.status IN ('resolved', 'visited', 'archived')", 0, 0,
    /* Translators: a KPI, 投诉办结率 */
    N_("Complaints closed"),
    N_("Complaints of the period: the share resolved, visited or archived.") },
  { "complaint_on_time_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_CREATED,
    "t.kind = 'complaint' AND " DUE ("t.due_resolution_at", "t.resolved_at"),
    "t.resolved_at <= t.due_resolution_at", 0, 0,
    /* Translators: a KPI, 投诉及时办结率 */
    N_("Complaints closed on time"),
    N_("Complaints of the period that are due for resolution (resolved, or the deadline "
       "has passed): the share resolved by the deadline.") },
  { "return_visit_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_RESOLVED,
    NULL, "t.visited_at IS NOT NULL", 0, 0,
    /* Translators: a KPI, 回访率 */
    N_("Return visits"),
    N_("Tickets resolved in the period: the share with a return visit.") },
  { "return_visit_rate_repairs", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'repair'", "t.visited_at IS NOT NULL", 0, 0.30,
    /* Translators: a KPI, 报修回访率 */
    N_("Return visits of repairs"),
    N_("Repairs resolved in the period: the share with a return visit (target: at "
       "least 30 %).") },
  { "return_visit_rate_complaints", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'complaint'", "t.visited_at IS NOT NULL", 0, 1.0,
    /* Translators: a KPI, 投诉回访率 */
    N_("Return visits of complaints"),
    N_("Complaints resolved in the period: the share with a return visit (target: "
       "100 %).") },
  { "first_time_fix_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'repair'", "t.reopened_count = 0", 0, 0,
    /* Translators: a KPI, 一次修复率 (维修合格率) */
    N_("Fixed the first time"),
    N_("Repairs resolved in the period: the share never reopened.") },
  { "repeat_complaint_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_CREATED,
    "t.kind = 'complaint'", REPEAT, 0, 0,
    /* Translators: a KPI, 重复投诉率 */
    N_("Repeat complaints"),
    N_("Complaints of the period: the share for which the same unit made another "
       "complaint of the same category in the 30 days before.") },
  { "satisfaction_rate", CT_KPI_UNIT_FRACTION, CT_TICKET_KPI_VISITED,
    "t.satisfaction IS NOT NULL", "t.satisfaction >= 4", 0, 0,
    /* Translators: a KPI, 满意率 */
    N_("Satisfaction rate"),
    N_("Return visits of the period with a score: the share scoring 4 or 5 (satisfied "
       "or fairly satisfied).") },
  { "satisfaction_score", CT_KPI_UNIT_SCORE, CT_TICKET_KPI_VISITED,
    "t.satisfaction IS NOT NULL", "t.satisfaction", 0, 0,
    /* Translators: a KPI, 满意度 */
    N_("Satisfaction score"),
    N_("The mean score of the return visits of the period, times 20 (0–100).") },
  { "mean_time_to_resolve", CT_KPI_UNIT_MINUTES, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'repair'", DURATION, 0, 0,
    /* Translators: a KPI, 平均处理时长 */
    N_("Mean time to resolve"),
    N_("Repairs resolved in the period: the mean time from creation to resolution, on "
       "the wall clock.") },
  { "median_time_to_resolve", CT_KPI_UNIT_MINUTES, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'repair'", DURATION, 50, 0,
    /* Translators: a KPI, 处理时长中位数 */
    N_("Median time to resolve"),
    N_("Repairs resolved in the period: half of them were resolved within this time "
       "of their creation (wall clock).") },
  { "p90_time_to_resolve", CT_KPI_UNIT_MINUTES, CT_TICKET_KPI_RESOLVED,
    "t.kind = 'repair'", DURATION, 90, 0,
    /* Translators: a KPI, 处理时长 90 分位 */
    N_("Time to resolve, 90th percentile"),
    N_("Repairs resolved in the period: nine in ten of them were resolved within this "
       "time of their creation (wall clock).") },
  { "backlog_open", CT_KPI_UNIT_COUNT, CT_TICKET_KPI_OPEN, NULL, NULL, 0, 0,
    /* Translators: a KPI, 未办结 */
    N_("Open"),
    N_("Tickets open (not resolved, archived or cancelled) at the end of the period, "
       "or now if that is earlier.") },
  { "overdue_open", CT_KPI_UNIT_COUNT, CT_TICKET_KPI_OPEN, NULL, OVERDUE, 0, 0,
    /* Translators: a KPI, 超时未办结 */
    N_("Open and overdue"),
    N_("Of the open tickets, those past a deadline they have not met. A paused ticket "
       "is not overdue while it is paused.") },
};

/* Keys */

int
ct_ticket_kpi_index (const char *key)
{
  for (guint i = 0; key != NULL && i < CT_TICKET_N_KPIS; i++)
    if (g_str_equal (ct_ticket_kpi_defs[i].key, key))
      return (int) i;
  return -1;
}

const CtTicketKpiDef *
ct_ticket_kpi_find (const char *key)
{
  int i = ct_ticket_kpi_index (key);

  return i < 0 ? NULL : &ct_ticket_kpi_defs[i];
}

const char *const *
ct_ticket_kpi_keys (void)
{
  static const char *keys[CT_TICKET_N_KPIS + 1];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint i = 0; i < CT_TICKET_N_KPIS; i++)
        keys[i] = ct_ticket_kpi_defs[i].key;
      g_once_init_leave (&done, 1);
    }
  return keys;
}

gboolean
ct_ticket_kpi_is_key (const char *key)
{
  return ct_ticket_kpi_find (key) != NULL;
}

CtKpiUnit
ct_ticket_kpi_get_unit (const char *key)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);

  g_return_val_if_fail (def != NULL, CT_KPI_UNIT_COUNT);
  return def->unit;
}

const char *
ct_ticket_kpi_name (const char *key)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);

  g_return_val_if_fail (def != NULL, NULL);
  return _(def->name);
}

const char *
ct_ticket_kpi_definition (const char *key)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);

  g_return_val_if_fail (def != NULL, NULL);
  return _(def->definition);
}

gboolean
ct_ticket_kpi_target (const char *key,
                      double     *target)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);

  g_return_val_if_fail (def != NULL, FALSE);
  if (target)
    *target = def->target;
  return def->target > 0;
}
