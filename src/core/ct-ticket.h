/* ct-ticket.h — a service ticket (工单): repair, complaint, consultation, ...
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields (see migrations/0002-tickets.sql): code, kind, repair_class, category,
 * channel, site_id, building_id, unit_id, address, reporter, phone, title,
 * description, asset_id, owner_user, department_id, assignee_id, status,
 * accepted_at, dispatched_at, arrived_at, resolved_at, visited_at, archived_at,
 * closed_at, appointment_at, due_response_at, due_arrival_at, due_resolution_at,
 * paused_at, pause_reason, satisfaction, visit_note, resolution_note,
 * close_reason, reopened_count, repeat_of_id, merged_into_id, overdue_at.
 * Times are seconds since the epoch (0 = not happened). created_at is the
 * record's creation time (ct_record_get_created_at). */
#define CT_TYPE_TICKET (ct_ticket_get_type ())
G_DECLARE_FINAL_TYPE (CtTicket, ct_ticket, CT, TICKET, CtRecord)

CtTicket   *ct_ticket_new                (const char *kind,
                                          const char *title);

/* Vocabularies: keys as stored, labels translated. Each *_from_text accepts the
 * key, the English label or a Chinese alias (报修, 急修, 电话, 已完成 …) and
 * returns the key, or NULL when unknown. */
const char *const *ct_ticket_kinds       (void);
const char *ct_ticket_kind_label         (const char *kind);
const char *ct_ticket_kind_from_text     (const char *text);
const char *const *ct_ticket_repair_classes (void);
const char *ct_ticket_repair_class_label (const char *repair_class);
const char *ct_ticket_repair_class_from_text (const char *text);
const char *const *ct_ticket_channels    (void);
const char *ct_ticket_channel_label      (const char *channel);
const char *ct_ticket_channel_from_text  (const char *text);
const char *const *ct_ticket_statuses    (void);
const char *ct_ticket_status_label       (const char *status);
const char *ct_ticket_status_from_text   (const char *text);
/* Suggested categories for the category entry (水电, 电梯, 噪音 …). */
const char *const *ct_ticket_common_categories (void);
/* Suggested pause reasons (等业主, 等配件, 等第三方). */
const char *const *ct_ticket_pause_reasons (void);

/* The meaning of a return-visit score, as on the forms and in KPI.md: 5 满意
 * (satisfied), 4 较满意 (fairly satisfied), 3 基本满意, 2 不满意, 1 很不满意;
 * "" outside 1–5. */
const char *ct_ticket_satisfaction_label (int score);

/* Open = not resolved, visited, archived, cancelled or invalid. */
gboolean    ct_ticket_status_is_open     (const char *status);
/* Cancelled and invalid tickets leave every KPI. */
gboolean    ct_ticket_status_is_void     (const char *status);

gint64      ct_ticket_get_time           (CtTicket   *self,
                                          const char *field);
const char *ct_ticket_get_status         (CtTicket   *self);
const char *ct_ticket_get_kind           (CtTicket   *self);
const char *ct_ticket_get_code           (CtTicket   *self);

typedef enum
{
  CT_SLA_STATE_NONE,      /* no target applies (or the ticket left the KPIs) */
  CT_SLA_STATE_ON_TIME,   /* running, deadline ahead */
  CT_SLA_STATE_DUE_SOON,  /* running, less than a quarter of the target left */
  CT_SLA_STATE_OVERDUE,   /* open, and a deadline passed that is not met (KPI.md) */
  CT_SLA_STATE_PAUSED,    /* clock stopped (等业主 …) */
  CT_SLA_STATE_MET,       /* finished within every deadline */
  CT_SLA_STATE_MISSED,    /* finished, but a deadline was missed (met late) */
} CtSlaState;

/* The ticket's SLA state at @now; @deadline receives the next deadline still
 * ahead (0 if none). An open ticket that met a deadline late but has none
 * passed unmet is not overdue (KPI.md's overdue_open). */
CtSlaState  ct_ticket_sla_state          (CtTicket   *self,
                                          gint64      now,
                                          gint64     *deadline);

G_END_DECLS
