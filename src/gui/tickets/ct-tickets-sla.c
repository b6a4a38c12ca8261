/* ct-tickets-sla.c — the Deadline column: where a ticket stands against its
 * SLA at a glance
 *
 * The column sorts by the resolution deadline (an indexed column), so an open
 * ticket shows the time left to resolve it; a ticket past a deadline it has
 * not met (response, arrival or resolution) shows how long it has been
 * overdue instead, as the overdue filter and the tab's badge count it. The
 * tooltip lists every deadline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-format.h"
#include "ct-tickets-page-private.h"

static const char *const targets[][2] = {
  { "due_response_at", "accepted_at" },
  { "due_arrival_at", "arrived_at" },
  { "due_resolution_at", "resolved_at" },
};

/* The earliest deadline not met that passed before @now; 0 if none. */
static gint64
earliest_missed (CtTicket *ticket,
                 gint64    now)
{
  gint64 earliest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      gint64 due = ct_ticket_get_time (ticket, targets[i][0]);

      if (due != 0 && ct_ticket_get_time (ticket, targets[i][1]) == 0 && due < now
          && (earliest == 0 || due < earliest))
        earliest = due;
    }
  return earliest;
}

/* The resolution deadline, else the next one not met; 0 if none. */
static gint64
running_deadline (CtTicket *ticket)
{
  gint64 next = 0;

  for (guint i = G_N_ELEMENTS (targets); i-- > 0;)
    {
      gint64 due = ct_ticket_get_time (ticket, targets[i][0]);

      if (due == 0 || ct_ticket_get_time (ticket, targets[i][1]) != 0)
        continue;
      if (i == G_N_ELEMENTS (targets) - 1)
        return due;
      if (next == 0 || due < next)
        next = due;
    }
  return next;
}

static char *
dup_closed_text (CtTicket     *ticket,
                 gint64        now,
                 const char  **icon_name)
{
  switch (ct_ticket_sla_state (ticket, now, NULL))
    {
    case CT_SLA_STATE_MET:
      *icon_name = "emblem-ok-symbolic";
      return g_strdup (C_("deadline", "Met"));
    case CT_SLA_STATE_MISSED:
      *icon_name = "dialog-warning-symbolic";
      return g_strdup (C_("deadline", "Missed"));
    case CT_SLA_STATE_NONE:
    case CT_SLA_STATE_ON_TIME:
    case CT_SLA_STATE_DUE_SOON:
    case CT_SLA_STATE_OVERDUE:
    case CT_SLA_STATE_PAUSED:
    default:
      return g_strdup ("");
    }
}

/* An open ticket with no deadline running: each met (or met late), or none. */
static char *
dup_settled_text (CtTicket     *ticket,
                  gint64        now,
                  const char  **style_class,
                  const char  **icon_name)
{
  switch (ct_ticket_sla_state (ticket, now, NULL))
    {
    case CT_SLA_STATE_NONE:
      return g_strdup ("");
    case CT_SLA_STATE_OVERDUE:   /* met, but after its deadline */
      *style_class = "warning";
      *icon_name = "dialog-warning-symbolic";
      return g_strdup (C_("deadline", "Late"));
    case CT_SLA_STATE_ON_TIME:
    case CT_SLA_STATE_DUE_SOON:
    case CT_SLA_STATE_PAUSED:
    case CT_SLA_STATE_MET:
    case CT_SLA_STATE_MISSED:
    default:
      *style_class = "success";
      *icon_name = "emblem-ok-symbolic";
      return g_strdup (C_("deadline", "On time"));
    }
}

char *
ct_tickets_page_dup_sla_text (CtTicketsPage  *self,
                              CtTicket       *ticket,
                              const char    **style_class,
                              const char    **icon_name)
{
  const char *status = ct_ticket_get_status (ticket);
  gint64 now = ct_tickets_page_now (self);
  gint64 missed, due, created = ct_record_get_created_at (CT_RECORD (ticket));
  g_autofree char *duration = NULL;

  *style_class = "dim-label";
  *icon_name = NULL;
  if (!ct_ticket_status_is_open (status))
    return dup_closed_text (ticket, now, icon_name);
  if (g_str_equal (status, "paused"))
    {
      *icon_name = "media-playback-pause-symbolic";
      return g_strdup (C_("deadline", "Paused"));
    }
  if ((missed = earliest_missed (ticket, now)) != 0)
    {
      *style_class = "error";
      *icon_name = "appointment-missed-symbolic";
      duration = ct_ticket_detail_format_duration (now - missed);
      /* Translators: in the Deadline column, e.g. “Overdue 3 h” */
      return g_strdup_printf (_("Overdue %s"), duration);
    }
  if ((due = running_deadline (ticket)) == 0)
    return dup_settled_text (ticket, now, style_class, icon_name);
  /* Due soon: less than a quarter of the time allowed is left. */
  *style_class = (due - now) * 4 < due - created ? "warning" : "success";
  *icon_name = (due - now) * 4 < due - created ? "appointment-soon-symbolic" : "alarm-symbolic";
  return ct_ticket_detail_format_duration (due - now);
}

char *
ct_tickets_page_dup_sla_tooltip (CtTicketsPage *self,
                                 CtTicket      *ticket)
{
  CtSlaDeadlines deadlines = {
    ct_ticket_get_time (ticket, "due_response_at"),
    ct_ticket_get_time (ticket, "due_arrival_at"),
    ct_ticket_get_time (ticket, "due_resolution_at"),
  };

  if (self->tz == NULL)
    return NULL;
  return ct_ticket_detail_format_deadlines (&deadlines, self->tz, ct_tickets_page_now (self));
}
