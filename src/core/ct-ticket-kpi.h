/* ct-ticket-kpi.h — the ticket KPIs of KPI.md, computed in SQL
 *
 * Every KPI has a key (as in `caretaker-cli kpi --json`), a translated name and
 * a one-sentence definition (the "i" popover), and is computed over a period
 * [from, to) of one site or all. Ratios keep their numerator and denominator;
 * a ratio whose denominator is 0 has no value (null in JSON, "—" in the UI).
 * ct_ticket_kpi_ids() returns the tickets behind a numerator or denominator, so
 * that a dashboard can drill down to exactly the records counted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* A period [from, to) in UTC seconds, one site (0 = all) and "now" (UTC
 * seconds; 0 = the database clock's now). Deadlines are "due" when they are ≤
 * now; open and overdue state is taken at min(now, to). */
typedef struct
{
  gint64 from;
  gint64 to;
  gint64 site_id;
  gint64 now;
} CtKpiPeriod;

/* How a KPI's value is made from its numerator and denominator. */
typedef enum
{
  CT_KPI_UNIT_COUNT,     /* a number of tickets (the numerator) */
  CT_KPI_UNIT_FRACTION,  /* numerator ÷ denominator, 0–1 */
  CT_KPI_UNIT_SCORE,     /* sum of scores × 20 ÷ number of scores, 0–100 */
  CT_KPI_UNIT_MINUTES,   /* a duration in minutes */
} CtKpiUnit;

/* Sets @period->from and ->to from two dates "YYYY-MM-DD" (the start of each
 * day in @tz, the zone of ct_work_calendar_load_time_zone()); fails on a
 * malformed date or when @to is not after @from. */
gboolean      ct_kpi_period_set_dates    (CtKpiPeriod       *period,
                                          GTimeZone         *tz,
                                          const char        *from,
                                          const char        *to,
                                          GError           **error);
/* Parses "YYYY-MM-DD HH:MM[:SS]" in @tz into UTC seconds. */
gboolean      ct_kpi_parse_time          (GTimeZone         *tz,
                                          const char        *text,
                                          gint64            *out,
                                          GError           **error);

/* Keys in report order (NULL-terminated); tickets_created_by_kind is not
 * among them (see ct_ticket_kpis_get_created_by_kind()). */
const char *const *ct_ticket_kpi_keys    (void);
gboolean      ct_ticket_kpi_is_key       (const char        *key);
CtKpiUnit     ct_ticket_kpi_get_unit     (const char        *key);
/* Translated, e.g. "Response on time" → 响应及时率. */
const char   *ct_ticket_kpi_name         (const char        *key);
/* The translated one-sentence definition of KPI.md. */
const char   *ct_ticket_kpi_definition   (const char        *key);
/* The target of KPI.md (0.30 for return visits of repairs …); FALSE when none. */
gboolean      ct_ticket_kpi_target       (const char        *key,
                                          double            *target);

/* The ids (gint64, ascending) of the tickets counted in @key's numerator or
 * denominator over @period. For a count, both are the counted tickets (for
 * overdue_open the denominator is the open backlog); for a mean, median or
 * score, both are the tickets whose values were taken. */
GArray       *ct_ticket_kpi_ids          (CtDatabase        *db,
                                          const CtKpiPeriod *period,
                                          const char        *key,
                                          gboolean           numerator,
                                          GError           **error);

typedef struct _CtTicketKpis CtTicketKpis;

#define CT_TYPE_TICKET_KPIS (ct_ticket_kpis_get_type ())
GType         ct_ticket_kpis_get_type    (void) G_GNUC_CONST;

/* Every ticket KPI over @period, in one read transaction: one query per group
 * (tickets created, resolved, visited, open at min(now, to)) and two short
 * ones for the median and 90th percentile. */
CtTicketKpis *ct_ticket_kpis_compute     (CtDatabase        *db,
                                          const CtKpiPeriod *period,
                                          GError           **error);
CtTicketKpis *ct_ticket_kpis_copy        (const CtTicketKpis *self);
void          ct_ticket_kpis_free        (CtTicketKpis      *self);

/* The period computed, with now filled in. */
const CtKpiPeriod *ct_ticket_kpis_get_period (const CtTicketKpis *self);
/* min(now, to): when open and overdue tickets were counted. */
gint64        ct_ticket_kpis_get_instant (const CtTicketKpis *self);
/* FALSE when the KPI has no value (its denominator is 0). Fractions are 0–1,
 * scores 0–100, durations minutes, counts as they are. */
gboolean      ct_ticket_kpis_get_value   (const CtTicketKpis *self,
                                          const char        *key,
                                          double            *value);
/* Numerator and denominator: for a fraction the two counts; for a count the
 * count and its base (tickets of the period, or the open backlog for
 * overdue_open); for a score the sum of scores and their number; for a mean
 * duration the sum of seconds and the number of tickets; for the median and
 * 90th percentile the seconds and the number of tickets. */
void          ct_ticket_kpis_get_counts  (const CtTicketKpis *self,
                                          const char        *key,
                                          gint64            *numerator,
                                          gint64            *denominator);
/* Tickets of the period of @kind (repair, complaint …). */
gint64        ct_ticket_kpis_get_created_by_kind (const CtTicketKpis *self,
                                          const char        *kind);

/* The value for people: "97.3 %", "85.0", "3 h 20 min", "12" or "—". */
char         *ct_ticket_kpis_format_value (const CtTicketKpis *self,
                                          const char        *key);
/* Pretty-printed JSON: the period (ISO 8601 in @tz, UTC when NULL), every KPI
 * under its key (fractions 0–1, durations in minutes, null without a value),
 * tickets_created_by_kind, and "counts" with each KPI's numerator and
 * denominator. */
char         *ct_ticket_kpis_to_json     (const CtTicketKpis *self,
                                          GTimeZone         *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketKpis, ct_ticket_kpis_free)

G_END_DECLS
