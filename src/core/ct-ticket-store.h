/* ct-ticket-store.h — the ticket lifecycle: 受理 → 派单 → 处理 → 反馈 → 回访 → 归档
 *
 * Every operation is one short write transaction that checks the ticket's
 * version (a stale copy gives CT_STORE_ERROR_CONFLICT), refuses transitions the
 * lifecycle does not allow (CT_STORE_ERROR_INVALID with a clear message),
 * appends to the ticket's timeline (ticket_events) and to audit_log, and keeps
 * the search index in step. On success @ticket is updated in place (new
 * version); on failure it is left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"
#include "ct-sla.h"
#include "ct-ticket.h"

G_BEGIN_DECLS

#define CT_TYPE_TICKET_STORE (ct_ticket_store_get_type ())
G_DECLARE_FINAL_TYPE (CtTicketStore, ct_ticket_store, CT, TICKET_STORE, GObject)

/* May @staff be dispatched a ticket of @kind? (Training can forbid dispatch of
 * staff who are not yet certified.) */
typedef gboolean (*CtTicketEligibleFunc) (CtStaff    *staff,
                                          const char *kind,
                                          gpointer    user_data);

CtTicketStore  *ct_ticket_store_new            (CtOrganisation *org,
                                                GError        **error);
CtOrganisation *ct_ticket_store_get_organisation (CtTicketStore *self);
CtDatabase     *ct_ticket_store_get_database   (CtTicketStore  *self);
/* The store of CtSlaPolicy records (small, kept loaded: edit them here). */
CtRecordStore  *ct_ticket_store_get_policies   (CtTicketStore  *self);
/* The calendar for @site_id (cached; see ct_work_calendar_load). */
CtWorkCalendar *ct_ticket_store_get_calendar   (CtTicketStore  *self,
                                                gint64          site_id,
                                                GError        **error);
/* Forget cached calendars after they were edited. */
void            ct_ticket_store_invalidate_calendars (CtTicketStore *self);

CtTicket       *ct_ticket_store_load           (CtTicketStore  *self,
                                                gint64          id,
                                                GError        **error);
CtTicket       *ct_ticket_store_find_code      (CtTicketStore  *self,
                                                const char     *code,
                                                GError        **error);

/* The deadlines @ticket would get if saved now (for the new-ticket dialog). */
void            ct_ticket_store_preview_deadlines (CtTicketStore *self,
                                                CtTicket       *ticket,
                                                CtSlaDeadlines *out);

/* Saves a new ticket: code T-YYYY-NNNNN, first-contact owner = @actor, status
 * new (or as set, for imports), deadlines from the policy, the unit's address,
 * and — for a complaint — a link to the same unit's complaint of the same
 * category in the previous 30 days (repeat_of_id). created_at is now unless set
 * with ct_record_set_meta() (imports). */
gboolean ct_ticket_store_create     (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
/* Edits the descriptive fields (kind, class, category, channel, unit, reporter,
 * phone, title, description, appointment, department); recomputes deadlines
 * when kind, class, site or appointment changed. */
gboolean ct_ticket_store_edit       (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_accept     (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
/* Dispatch to @assignee_id (a staff id, 0 = department only) of
 * @department_id; allowed again while dispatched/in progress (re-dispatch). */
gboolean ct_ticket_store_dispatch   (CtTicketStore *self, CtTicket *ticket,
                                     gint64 department_id, gint64 assignee_id,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_start      (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
/* The technician is on site (arrived_at); starts the work if not started. */
gboolean ct_ticket_store_arrive     (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_pause      (CtTicketStore *self, CtTicket *ticket,
                                     const char *reason, const char *actor,
                                     GError **error);
gboolean ct_ticket_store_resume     (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_resolve    (CtTicketStore *self, CtTicket *ticket,
                                     const char *note, const char *actor,
                                     GError **error);
/* 回访: @score 1–5 (5 满意 … 1 很不满意) and a note. */
gboolean ct_ticket_store_visit      (CtTicketStore *self, CtTicket *ticket,
                                     int score, const char *note,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_archive    (CtTicketStore *self, CtTicket *ticket,
                                     const char *actor, GError **error);
/* Back to in progress from resolved or visited; counted in reopened_count. */
gboolean ct_ticket_store_reopen     (CtTicketStore *self, CtTicket *ticket,
                                     const char *reason, const char *actor,
                                     GError **error);
/* @status is "cancelled" or "invalid"; a reason is required. */
gboolean ct_ticket_store_close      (CtTicketStore *self, CtTicket *ticket,
                                     const char *status, const char *reason,
                                     const char *actor, GError **error);
gboolean ct_ticket_store_add_note   (CtTicketStore *self, CtTicket *ticket,
                                     const char *note, const char *actor,
                                     GError **error);
/* @type is "duplicate" or "related". */
gboolean ct_ticket_store_link       (CtTicketStore *self, CtTicket *ticket,
                                     CtTicket *other, const char *type,
                                     const char *actor, GError **error);
/* Closes @duplicate as invalid ("merged into T-…"), links it to @into and notes
 * it on both timelines. */
gboolean ct_ticket_store_merge      (CtTicketStore *self, CtTicket *duplicate,
                                     CtTicket *into, const char *actor,
                                     GError **error);
/* Recomputes the deadlines of the open tickets of @kind × @repair_class after
 * their policy changed; returns how many changed. */
guint    ct_ticket_store_apply_policy (CtTicketStore *self, CtSlaPolicy *policy,
                                       const char *actor, GError **error);

/* Open tickets past a deadline they have not met, at @now. */
guint       ct_ticket_store_count_overdue (CtTicketStore *self,
                                           gint64         now);
/* Marks tickets that became overdue since the last sweep (overdue_at, an
 * "overdue" timeline event) and returns them (CtTicket). */
GPtrArray  *ct_ticket_store_sweep_overdue (CtTicketStore *self,
                                           const char    *actor,
                                           GError       **error);

/* The suggested assignee: the active staff member of @department_id (at
 * @site_id, or company-wide staff) with the fewest open tickets, passing the
 * eligibility check; NULL when nobody qualifies. */
CtStaff    *ct_ticket_store_suggest_assignee (CtTicketStore *self,
                                              gint64         department_id,
                                              gint64         site_id,
                                              const char    *kind);
void        ct_ticket_store_set_eligibility_func (CtTicketStore        *self,
                                                  CtTicketEligibleFunc  func,
                                                  gpointer              user_data,
                                                  GDestroyNotify        destroy);

/* One entry of the timeline. */
typedef struct
{
  gint64  id;
  gint64  at;
  char   *actor;
  char   *type;        /* created, accepted, dispatched, started, arrived, paused,
                          resumed, resolved, visited, archived, reopened,
                          cancelled, invalidated, note, linked, merged, edited,
                          deadlines, overdue */
  char   *from_status;
  char   *to_status;
  char   *reason;
  char   *detail;      /* JSON or NULL */
} CtTicketEvent;

void        ct_ticket_event_free            (CtTicketEvent *event);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketEvent, ct_ticket_event_free)

/* The timeline of @ticket_id, oldest first (CtTicketEvent*). */
GPtrArray  *ct_ticket_store_list_events     (CtTicketStore *self,
                                             gint64         ticket_id,
                                             GError       **error);
/* A label like "暂停（等配件）" for the timeline, translated. */
char       *ct_ticket_event_dup_summary     (const CtTicketEvent *event);

typedef struct
{
  gint64  other_id;
  char   *other_code;
  char   *type;        /* duplicate, related, repeat */
  gboolean outgoing;   /* this ticket → other */
} CtTicketLink;

void        ct_ticket_link_free             (CtTicketLink *link);
/* Links of @ticket_id in both directions (CtTicketLink*). */
GPtrArray  *ct_ticket_store_list_links      (CtTicketStore *self,
                                             gint64         ticket_id,
                                             GError       **error);

G_END_DECLS
