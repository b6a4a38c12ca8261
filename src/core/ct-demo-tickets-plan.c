/* ct-demo-tickets-plan.c — the life of one demo ticket
 *
 * A ticket goes 受理 → 派单 → 处理 → 反馈 → 回访 → 归档 at the pace of a real
 * service desk: accepted within minutes, routine work done in working hours,
 * deadlines from the SLA policy on the site's calendar, mostly met and
 * sometimes missed by a few hours. Every step is an event of the timeline; the
 * first step that would happen after now ends the plan, so recent tickets are
 * still open. A few recent repairs and complaints are left hanging on purpose
 * (new, accepted, dispatched, in progress, paused 等配件): the overdue ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include "ct-demo-tickets-private.h"
#include "ct-ticket.h"

#define MINUTE ((gint64) 60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

#define SYSTEM_ACTOR "系统"

/* Chances in per mille. */
#define CANCEL_PM       30
#define LATE_RESPONSE_PM 30
#define REOPEN_REPAIR_PM 50
#define REOPEN_COMPLAINT_PM 30
#define ARCHIVE_PM      900
#define STALL_PM        150
#define STALL_DAYS      7

/* The reason of a "visited" event is its score, as the ticket store writes it. */
static const char * const score_reasons[] = { NULL, "1", "2", "3", "4", "5" };

/* Satisfaction 1–5 in per mille: after a smooth job, a complaint, a late or
 * reopened one. */
static const guint score_smooth[6] = { 0, 10, 20, 60, 270, 640 };
static const guint score_complaint[6] = { 0, 25, 45, 120, 330, 480 };
static const guint score_rough[6] = { 0, 40, 60, 180, 360, 360 };

static gint64
uniform (CtDemoClock *clock,
         gint64       lo,
         gint64       hi)
{
  return ct_demo_uniform (&clock->rng, lo, hi);
}

static gboolean
chance (CtDemoClock *clock,
        guint        per_mille)
{
  return ct_demo_rng_below (&clock->rng, 1000) < per_mille;
}

static const char *
pick (CtDemoClock        *clock,
      const char * const *list)
{
  return list[ct_demo_rng_below (&clock->rng, g_strv_length ((char **) list))];
}

static gint64
last_at (const CtDemoTicket *ticket)
{
  return ticket->events[ticket->n_events - 1].at;
}

/* Appends an event that moves @ticket to @to at @at (and sets @field to the
 * time); FALSE when that would be after now: the ticket stays as it is. */
static gboolean
step (CtDemoClock        *clock,
      CtDemoTicket       *ticket,
      gint64             *field,
      gint64              at,
      const char         *type,
      const char         *to,
      const CtDemoPerson *actor,
      const char         *reason)
{
  CtDemoEvent *event;

  at = MAX (at, last_at (ticket) + MINUTE);
  if (at >= clock->now)
    return FALSE;
  g_assert (ticket->n_events < CT_DEMO_MAX_EVENTS);
  event = &ticket->events[ticket->n_events++];
  *event = (CtDemoEvent) { at, type, ticket->status, to, actor->name, reason ? reason : "" };
  ticket->status = to;
  if (field != NULL)
    *field = at;
  return TRUE;
}

static void
compute_due (CtDemoClock      *clock,
             const CtDemoSite *site,
             CtDemoTicket     *ticket,
             const CtSlaPause *pauses,
             guint             n_pauses)
{
  CtSlaPolicy *policy = clock->policies[ticket->kind][ticket->klass];

  memset (&ticket->due, 0, sizeof ticket->due);
  if (policy != NULL)
    ct_sla_compute (site->calendar, policy, ticket->created_at, ticket->appointment_at,
                    pauses, n_pauses, &ticket->due);
}

/* An appointment on a half hour between 09:00 and 17:00, one to three days on. */
static void
make_appointment (CtDemoClock  *clock,
                  CtDemoTicket *ticket)
{
  guint day = ct_demo_day_of (clock, ticket->created_at) + (guint) uniform (clock, 1, 3);

  day = MIN (day, clock->n_days - 1);
  ticket->appointment_at = clock->midnights[day] + (9 * 60 + 30 * uniform (clock, 0, 16)) * MINUTE;
}

/* Where the stalled tickets stop, in turn: a paused one first, since only
 * repairs wait for parts. */
static const CtDemoStall stalls[] = {
  CT_DEMO_STALL_PAUSED, CT_DEMO_STALL_NEW, CT_DEMO_STALL_IN_PROGRESS,
  CT_DEMO_STALL_ACCEPTED, CT_DEMO_STALL_DISPATCHED,
};

static CtDemoStall
pick_stall (CtDemoClock  *clock,
            CtDemoTicket *ticket)
{
  CtDemoStall stall;

  if (ticket->kind != CT_DEMO_TICKET_REPAIR && ticket->kind != CT_DEMO_TICKET_COMPLAINT)
    return CT_DEMO_STALL_NONE;
  if (clock->now - ticket->created_at > STALL_DAYS * DAY || !chance (clock, STALL_PM))
    return CT_DEMO_STALL_NONE;
  stall = stalls[clock->n_stalls % G_N_ELEMENTS (stalls)];
  /* A complaint stops in progress and leaves the pause to the next repair. */
  if (stall == CT_DEMO_STALL_PAUSED && ticket->kind != CT_DEMO_TICKET_REPAIR)
    return CT_DEMO_STALL_IN_PROGRESS;
  clock->n_stalls++;
  return stall;
}

static gboolean
accept (CtDemoClock  *clock,
        CtDemoTicket *ticket)
{
  gint64 created = ticket->created_at;
  gint64 wanted = created + uniform (clock, 30, ticket->kind == CT_DEMO_TICKET_REPAIR
                                                ? 8 * MINUTE : 40 * MINUTE);
  gint64 at = ct_demo_schedule (clock, created + 30, wanted, ticket->due.response,
                        chance (clock, LATE_RESPONSE_PM), 2 * MINUTE, 45 * MINUTE);

  return step (clock, ticket, &ticket->accepted_at, at, "accepted", "accepted",
               ticket->clerk, NULL);
}

static gboolean
dispatch (CtDemoClock  *clock,
          CtDemoTicket *ticket)
{
  gint64 at = ticket->accepted_at + uniform (clock, MINUTE, 12 * MINUTE);

  /* The reason of a "dispatched" event names the assignee, as the store writes it. */
  return step (clock, ticket, &ticket->dispatched_at, at, "dispatched", "dispatched",
               ticket->clerk, ticket->assignee_id != 0 ? ticket->worker->name : NULL);
}

/* The cancelled or invalid end of a ticket that turned out not to be needed. */
static void
close_ticket (CtDemoClock  *clock,
              CtDemoTicket *ticket)
{
  gboolean cancelled = chance (clock, 600);
  const char *reason = pick (clock, cancelled ? ct_demo_cancel_reasons : ct_demo_invalid_reasons);
  gint64 at = last_at (ticket) + uniform (clock, 10 * MINUTE, 6 * HOUR);

  if (step (clock, ticket, &ticket->closed_at, at, cancelled ? "cancelled" : "invalidated",
            cancelled ? "cancelled" : "invalid", ticket->clerk, reason))
    ticket->close_reason = reason;
}

/* When the technician is on site or the owner is contacted: emergencies at
 * once, appointments at the time agreed, the rest in working hours. */
static gint64
arrival_time (CtDemoClock        *clock,
              const CtDemoTicket *ticket)
{
  gint64 from = ticket->dispatched_at;
  gint64 wanted;

  if (ticket->kind == CT_DEMO_TICKET_COMPLAINT)
    {
      wanted = ct_demo_in_hours (clock, from + uniform (clock, 20 * MINUTE, 5 * HOUR),
                                 8 * 60 + 30, 20 * 60, 90 * MINUTE);
      return ct_demo_schedule (clock, from + 5 * MINUTE, wanted, ticket->due.arrival,
                               chance (clock, 80), 30 * MINUTE, 6 * HOUR);
    }
  switch (ticket->klass)
    {
    case CT_DEMO_CLASS_EMERGENCY:
      wanted = from + uniform (clock, 5 * MINUTE, 25 * MINUTE);
      return ct_demo_schedule (clock, from + 3 * MINUTE, wanted, ticket->due.arrival,
                               chance (clock, 60), 5 * MINUTE, 40 * MINUTE);
    case CT_DEMO_CLASS_APPOINTMENT:
      wanted = ticket->appointment_at - uniform (clock, 0, 20 * MINUTE);
      return ct_demo_schedule (clock, from + 5 * MINUTE, wanted, ticket->appointment_at,
                               chance (clock, 80), 16 * MINUTE, 90 * MINUTE);
    case CT_DEMO_CLASS_ROUTINE:
      return ct_demo_in_hours (clock, from + uniform (clock, 10 * MINUTE, 3 * HOUR),
                               8 * 60, 19 * 60, 90 * MINUTE);
    case CT_DEMO_CLASS_NONE:
    case CT_DEMO_N_CLASSES:
    default:
      g_assert_not_reached ();
    }
}

/* The technician on site or the owner contacted (repairs, complaints), or
 * the clerk or department on it. */
static gboolean
start (CtDemoClock  *clock,
       CtDemoTicket *ticket)
{
  gint64 from = ticket->dispatched_at;
  gint64 at;

  if (ticket->kind == CT_DEMO_TICKET_REPAIR || ticket->kind == CT_DEMO_TICKET_COMPLAINT)
    return step (clock, ticket, &ticket->arrived_at, arrival_time (clock, ticket), "arrived",
                 "in_progress", ticket->worker, NULL);
  if (ticket->kind == CT_DEMO_TICKET_CONSULTATION)
    at = from + uniform (clock, MINUTE, 20 * MINUTE);
  else
    at = ct_demo_in_hours (clock, from + uniform (clock, 10 * MINUTE, DAY), 9 * 60, 18 * 60,
                           2 * HOUR);
  return step (clock, ticket, NULL, at, "started", "in_progress", ticket->worker, NULL);
}

static const char *
pick_pause_reason (CtDemoClock *clock)
{
  return ct_demo_pause_reasons[ct_demo_choose_weighted (ct_demo_pause_reasons,
                                                        ct_demo_n_pause_reasons,
                                                        &clock->rng)].key;
}

static gint64
pause_length (CtDemoClock *clock,
              const char  *reason)
{
  if (g_str_equal (reason, "等配件"))
    return uniform (clock, 4 * HOUR, 3 * DAY);
  if (g_str_equal (reason, "等业主"))
    return uniform (clock, 2 * HOUR, 2 * DAY);
  return uniform (clock, DAY, 4 * DAY);
}

/* Some work waits for parts, the owner or a third party; the deadlines move
 * by the pause. FALSE when the ticket is still paused. */
static gboolean
maybe_pause (CtDemoClock      *clock,
             const CtDemoSite *site,
             CtDemoTicket     *ticket,
             gboolean          hang)
{
  guint per_mille = ticket->kind == CT_DEMO_TICKET_COMPLAINT ? 30
                    : ticket->kind == CT_DEMO_TICKET_REPAIR &&
                      ticket->klass != CT_DEMO_CLASS_EMERGENCY ? 50 : 0;
  const char *reason;
  CtSlaPause pause;
  gint64 resume;

  if (!hang && !chance (clock, per_mille))
    return TRUE;
  reason = hang ? "等配件" : pick_pause_reason (clock);
  if (!step (clock, ticket, &ticket->paused_at,
             last_at (ticket) + uniform (clock, 15 * MINUTE, 2 * HOUR),
             "paused", "paused", ticket->worker, reason))
    return FALSE;
  ticket->pause_reason = reason;
  if (hang)
    return FALSE;
  pause.start = ticket->paused_at;
  resume = ct_demo_in_hours (clock, pause.start + pause_length (clock, reason), 8 * 60, 19 * 60,
                             HOUR);
  if (!step (clock, ticket, NULL, resume, "resumed", "in_progress", ticket->worker, NULL))
    return FALSE;
  pause.end = last_at (ticket);
  ticket->paused_at = 0;
  ticket->pause_reason = NULL;
  compute_due (clock, site, ticket, &pause, 1);
  return TRUE;
}

static guint
late_per_mille (const CtDemoTicket *ticket)
{
  switch (ticket->kind)
    {
    case CT_DEMO_TICKET_REPAIR:
      return ticket->klass == CT_DEMO_CLASS_EMERGENCY ? 40 : 90;
    case CT_DEMO_TICKET_COMPLAINT:
      return 80;
    case CT_DEMO_TICKET_CONSULTATION:
      return 60;
    case CT_DEMO_TICKET_SUGGESTION:
      return 40;
    case CT_DEMO_TICKET_PRAISE:
      return 0;
    case CT_DEMO_TICKET_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* How long the work takes from @from, in the hours it is done. */
static gint64
work_until (CtDemoClock        *clock,
            const CtDemoTicket *ticket,
            gint64              from)
{
  switch (ticket->kind)
    {
    case CT_DEMO_TICKET_REPAIR:
      return from + uniform (clock, 20 * MINUTE, ticket->klass == CT_DEMO_CLASS_EMERGENCY
                                                  ? 3 * HOUR : 4 * HOUR);
    case CT_DEMO_TICKET_COMPLAINT:
      return ct_demo_in_hours (clock, from + uniform (clock, HOUR, 2 * DAY), 8 * 60 + 30,
                               18 * 60, 2 * HOUR);
    case CT_DEMO_TICKET_CONSULTATION:
      return from + uniform (clock, 3 * MINUTE, HOUR);
    case CT_DEMO_TICKET_SUGGESTION:
      return ct_demo_in_hours (clock, from + uniform (clock, DAY, 6 * DAY), 9 * 60, 18 * 60,
                               3 * HOUR);
    case CT_DEMO_TICKET_PRAISE:
      return from + uniform (clock, 10 * MINUTE, 6 * HOUR);
    case CT_DEMO_TICKET_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
resolve (CtDemoClock  *clock,
         CtDemoTicket *ticket)
{
  gint64 from = last_at (ticket);
  gboolean late = chance (clock, late_per_mille (ticket));
  gint64 late_max = ticket->kind == CT_DEMO_TICKET_SUGGESTION ? 2 * DAY
                    : ticket->kind == CT_DEMO_TICKET_COMPLAINT ? 10 * HOUR : 6 * HOUR;
  gint64 at = ct_demo_schedule (clock, from + 10 * MINUTE, work_until (clock, ticket, from),
                        ticket->due.resolution, late, 30 * MINUTE, late_max);
  const char *const *notes = ct_demo_categories[ticket->category].resolutions;
  const char *note = notes[ct_demo_rng_below (&clock->rng, g_strv_length ((char **) notes))];

  if (!step (clock, ticket, &ticket->resolved_at, at, "resolved", "resolved",
             ticket->worker, note))
    return FALSE;
  ticket->resolution_note = note;
  return TRUE;
}

/* The owner calls back: not fixed. Back to work, then fixed again. */
static gboolean
maybe_reopen (CtDemoClock  *clock,
              CtDemoTicket *ticket)
{
  guint per_mille = ticket->kind == CT_DEMO_TICKET_REPAIR ? REOPEN_REPAIR_PM
                    : ticket->kind == CT_DEMO_TICKET_COMPLAINT ? REOPEN_COMPLAINT_PM : 0;
  gint64 at;

  if (!chance (clock, per_mille))
    return TRUE;
  at = ct_demo_in_hours (clock, ticket->resolved_at + uniform (clock, 3 * HOUR, 3 * DAY),
                 8 * 60, 21 * 60, 2 * HOUR);
  if (!step (clock, ticket, NULL, at, "reopened", "in_progress", ticket->clerk,
             pick (clock, ct_demo_reopen_reasons)))
    return FALSE;
  ticket->reopened_count = 1;
  ticket->resolved_at = 0;
  at = ct_demo_in_hours (clock, at + uniform (clock, HOUR, DAY), 8 * 60, 19 * 60, 90 * MINUTE);
  return step (clock, ticket, &ticket->resolved_at, at, "resolved", "resolved",
               ticket->worker, ticket->resolution_note);
}

static int
draw_score (CtDemoClock        *clock,
            const CtDemoTicket *ticket)
{
  gboolean rough = ticket->reopened_count > 0 ||
                   (ticket->due.resolution != 0 && ticket->resolved_at > ticket->due.resolution);
  const guint *weights = rough ? score_rough
                         : ticket->kind == CT_DEMO_TICKET_COMPLAINT ? score_complaint
                         : score_smooth;
  guint roll = ct_demo_rng_below (&clock->rng, 1000);

  for (int score = 1; score < 5; score++)
    {
      if (roll < weights[score])
        return score;
      roll -= weights[score];
    }
  return 5;
}

static gboolean
maybe_visit (CtDemoClock  *clock,
             CtDemoTicket *ticket)
{
  static const guint visit_pm[CT_DEMO_TICKET_N_KINDS] = { 400, 1000, 100, 300, 0 };
  gint64 at;
  int score;

  if (!chance (clock, visit_pm[ticket->kind]))
    return TRUE;
  at = ct_demo_in_hours (clock, ticket->resolved_at + uniform (clock, 2 * HOUR, 2 * DAY),
                 9 * 60, 18 * 60, 3 * HOUR);
  score = draw_score (clock, ticket);
  if (!step (clock, ticket, &ticket->visited_at, at, "visited", "visited", ticket->clerk,
             score_reasons[score]))
    return FALSE;
  ticket->satisfaction = score;
  ticket->visit_note = pick (clock, ct_demo_visit_notes[score]);
  return TRUE;
}

static void
maybe_archive (CtDemoClock  *clock,
               CtDemoTicket *ticket)
{
  gint64 at;

  if (!chance (clock, ARCHIVE_PM))
    return;
  /* Complaints are archived only after their return visit. */
  if (ticket->kind == CT_DEMO_TICKET_COMPLAINT && ticket->visited_at == 0)
    return;
  at = ct_demo_in_hours (clock, last_at (ticket) + uniform (clock, DAY, 10 * DAY), 9 * 60, 18 * 60,
                 3 * HOUR);
  step (clock, ticket, &ticket->archived_at, at, "archived", "archived", ticket->clerk, NULL);
}

/* The first deadline a closed ticket missed, or FALSE when it met them all. */
static gboolean
first_missed_deadline (const CtDemoTicket *ticket,
                       gint64             *due)
{
  const gint64 dues[] = { ticket->due.response, ticket->due.arrival, ticket->due.resolution };
  const gint64 done[] = { ticket->accepted_at, ticket->arrived_at, ticket->resolved_at };

  *due = 0;
  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    if (dues[i] != 0 && done[i] > dues[i] && (*due == 0 || dues[i] < *due))
      *due = dues[i];
  return *due != 0;
}

/* A closed ticket that missed a deadline was swept as overdue at the time,
 * with an event like the one ct_ticket_store_sweep_overdue() writes. */
static void
mark_overdue (CtDemoTicket *ticket)
{
  gint64 due;
  guint i;

  if (ct_ticket_status_is_open (ticket->status) || ct_ticket_status_is_void (ticket->status))
    return;
  if (!first_missed_deadline (ticket, &due))
    return;
  g_assert (ticket->n_events < CT_DEMO_MAX_EVENTS);
  for (i = ticket->n_events; i > 1 && ticket->events[i - 1].at > due; i--)
    ticket->events[i] = ticket->events[i - 1];
  ticket->events[i] = (CtDemoEvent) { due, "overdue", NULL, NULL, SYSTEM_ACTOR, "" };
  ticket->n_events++;
  ticket->overdue_at = due;
}

/* The lifecycle up to the end or to now; FALSE when it stopped early. */
static gboolean
live (CtDemoClock      *clock,
      const CtDemoSite *site,
      CtDemoTicket     *ticket,
      CtDemoStall       stall)
{
  gboolean cancel = stall == CT_DEMO_STALL_NONE && chance (clock, CANCEL_PM);

  if (stall == CT_DEMO_STALL_NEW || !accept (clock, ticket))
    return FALSE;
  if (cancel && chance (clock, 500))
    {
      close_ticket (clock, ticket);
      return FALSE;
    }
  if (stall == CT_DEMO_STALL_ACCEPTED || !dispatch (clock, ticket))
    return FALSE;
  if (cancel)
    {
      close_ticket (clock, ticket);
      return FALSE;
    }
  if (stall == CT_DEMO_STALL_DISPATCHED || !start (clock, ticket) ||
      !maybe_pause (clock, site, ticket, stall == CT_DEMO_STALL_PAUSED) ||
      stall == CT_DEMO_STALL_IN_PROGRESS)
    return FALSE;
  if (!resolve (clock, ticket) || !maybe_reopen (clock, ticket) || !maybe_visit (clock, ticket))
    return FALSE;
  maybe_archive (clock, ticket);
  return TRUE;
}

void
ct_demo_plan_ticket (CtDemoClock      *clock,
                     const CtDemoSite *site,
                     CtDemoTicket     *ticket)
{
  CtDemoStall stall = pick_stall (clock, ticket);

  ticket->status = "new";
  ticket->events[0] = (CtDemoEvent) { ticket->created_at, "created", NULL, "new",
                                      ticket->clerk->name, "" };
  ticket->n_events = 1;
  if (ticket->klass == CT_DEMO_CLASS_APPOINTMENT)
    make_appointment (clock, ticket);
  compute_due (clock, site, ticket, NULL, 0);
  live (clock, site, ticket, stall);
  mark_overdue (ticket);
}
