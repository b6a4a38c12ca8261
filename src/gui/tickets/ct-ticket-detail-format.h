/* ct-ticket-detail-format.h — times, durations and SLA text of a ticket, in the
 * database's time zone (never the machine's), for the detail pane and the
 * new-ticket dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-store.h"

G_BEGIN_DECLS

/* The time zone of @site_id's work calendar (the database setting). */
GTimeZone  *ct_ticket_detail_dup_timezone      (CtTicketStore        *store,
                                                gint64                site_id,
                                                GError              **error);
/* "2026-11-21 14:05"; "" for 0. */
char       *ct_ticket_detail_format_time       (gint64                time,
                                                GTimeZone            *tz);
/* Short, relative to @now: "14:20", "tomorrow 02:05", "11-23 02:05". */
char       *ct_ticket_detail_format_time_near  (gint64                time,
                                                GTimeZone            *tz,
                                                gint64                now);
/* Reads "2026-11-21 14:05" (or 2026/11/21) in @tz; FALSE for other text. */
gboolean    ct_ticket_detail_parse_time        (const char           *text,
                                                GTimeZone            *tz,
                                                gint64               *time);
/* "45 min", "2 h 15 min", "3 d 4 h". */
char       *ct_ticket_detail_format_duration   (gint64                seconds);
/* "Respond by 14:20 · On site by 14:35 · Resolve by tomorrow 02:05". */
char       *ct_ticket_detail_format_deadlines  (const CtSlaDeadlines *deadlines,
                                                GTimeZone            *tz,
                                                gint64                now);
/* The SLA line of @ticket at @now ("2 h 15 min left", "Overdue by 3 h") with
 * a style class (success, warning, error, dim-label) and an icon name. */
char       *ct_ticket_detail_format_sla        (CtTicket             *ticket,
                                                gint64                now,
                                                const char          **style_class,
                                                const char          **icon_name);
/* "Satisfied" … "Very dissatisfied" for a visit score 5 … 1 (the forms' scale). */
const char *ct_ticket_detail_score_label       (int                   score);
/* A pause reason as shown: the suggested ones translated, others as typed. */
const char *ct_ticket_detail_pause_reason_label (const char          *reason);

G_END_DECLS
