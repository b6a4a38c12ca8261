/* ct-sla.h — SLA policies and the deadlines they give a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"
#include "ct-record-store.h"
#include "ct-work-calendar.h"

G_BEGIN_DECLS

/* One row of sla_policies. Fields: kind, repair_class, response_target,
 * response_clock, arrival_target, arrival_clock, resolution_target,
 * resolution_clock, from_appointment. A target of 0 (NULL in the file) means
 * "no target" — except arrival of an appointment repair, where from_appointment
 * makes 0 mean "at the appointment time": see ct_sla_compute(). */
#define CT_TYPE_SLA_POLICY (ct_sla_policy_get_type ())
G_DECLARE_FINAL_TYPE (CtSlaPolicy, ct_sla_policy, CT, SLA_POLICY, CtRecord)

/* The policy for @kind × @repair_class ("" for non-repairs) in @policies (a
 * store of CtSlaPolicy), or NULL. A scan of the store's model: when computing
 * deadlines for many tickets, look each kind × class up once. */
CtSlaPolicy *ct_sla_find_policy (CtRecordStore *policies,
                                 const char    *kind,
                                 const char    *repair_class);

typedef struct
{
  gint64 start;   /* UTC seconds */
  gint64 end;     /* 0 = still paused */
} CtSlaPause;

typedef struct
{
  gint64 response;    /* 0 = no target */
  gint64 arrival;
  gint64 resolution;
} CtSlaDeadlines;

/* Deadlines of a ticket created at @created_at (and, for appointment repairs,
 * due at @appointment_at) under @policy on @calendar. Closed pauses push each
 * deadline they start before by their length on that target's clock; an open
 * pause is ignored (the ticket shows "paused" instead). */
void ct_sla_compute (CtWorkCalendar   *calendar,
                     CtSlaPolicy      *policy,
                     gint64            created_at,
                     gint64            appointment_at,
                     const CtSlaPause *pauses,
                     guint             n_pauses,
                     CtSlaDeadlines   *out);

G_END_DECLS
