/* ct-dashboard.h — every number the KPI dashboard and the operations report show
 *
 * ct_dashboard_compute () reads, for one period and site, the ticket KPIs
 * (CtTicketKpis) and the asset KPIs (CtAssetKpis) of the period and of the
 * previous period of the same length (for "difference from the previous
 * period"), and the chart series as plain tables (CtDashboardTable): no GTK,
 * no chart library. It can run in a worker thread (it only reads; give it
 * its own CtDatabase or one that is safe to share); the result is immutable.
 *
 * Time buckets: a period of at most 62 days is cut into days, a longer one
 * into weeks starting on Monday (the first and last weeks clipped to the
 * period), both in the database's zone (ct_work_calendar_load_time_zone ()).
 * Per-bucket KPIs are computed with the same definitions as the tiles
 * (ct_ticket_kpis_compute () / ct_asset_kpis_compute () over the bucket), so a
 * bucket of a one-bucket period equals the tile.
 *
 * Drill-down: the dashboard tab opens the Tickets or Assets tab on the ids of
 * ct_ticket_kpi_ids () / ct_dashboard_asset_ids (), called with the tile's period
 * (ct_dashboard_get_period ()) or a bucket's [from, to) (the table's
 * row_from / row_to, same site and now). For the response-time distribution,
 * the department ranking and the heatmap there are
 * ct_dashboard_table_get_ids ().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-kpi.h"
#include "ct-ticket-kpi.h"

G_BEGIN_DECLS

#define CT_DASHBOARD_ERROR (ct_dashboard_error_quark ())
GQuark ct_dashboard_error_quark (void);

typedef enum
{
  CT_DASHBOARD_ERROR_PERIOD,   /* a period text that cannot be read */
} CtDashboardError;

/* The tables (rows × columns of doubles, NAN = no value):
 *
 * TICKETS_BY_KIND  rows: buckets; columns: repair, complaint, consultation,
 *                  suggestion, praise (tickets created, as tickets_created).
 * ON_TIME_RATE     rows: buckets; column: repair_on_time_rate (0–1), and
 *                  response_on_time_rate (0–1).
 * BACKLOG          rows: buckets; columns: open, overdue — tickets open and
 *                  overdue at the end of the bucket (min(now, end)): the
 *                  denominator and numerator of overdue_open.
 * RESPONSE_TIME    rows: 5 ranges of minutes from created to accepted
 *                  (< 15, 15–30, 30–60, 1–4 h, > 4 h); column: tickets
 *                  (created in the period, accepted).
 * DEPARTMENTS      rows: departments with tickets resolved in the period, by
 *                  resolved descending then name; columns: resolved,
 *                  on_time (share of those with a resolution deadline that
 *                  were resolved by it, 0–1, NAN when none). row_id is the
 *                  department id.
 * SATISFACTION     rows: weeks (always weeks); column: score (0–100, as the
 *                  satisfaction KPI over the week's visits).
 * ASSETS           rows: weeks; columns: downtime_hours (asset downtime in
 *                  the week, overlaps counting once), intact_rate (0–1 at
 *                  the end of the week, or now).
 * HEATMAP          rows: weekdays Monday … Sunday; columns: hours 0 … 23;
 *                  tickets created in the period, in the database's zone.
 */
typedef enum
{
  CT_DASHBOARD_TICKETS_BY_KIND,
  CT_DASHBOARD_ON_TIME_RATE,
  CT_DASHBOARD_BACKLOG,
  CT_DASHBOARD_RESPONSE_TIME,
  CT_DASHBOARD_DEPARTMENTS,
  CT_DASHBOARD_SATISFACTION,
  CT_DASHBOARD_ASSETS,
  CT_DASHBOARD_HEATMAP,
  CT_DASHBOARD_N_TABLES,
} CtDashboardTableId;

/* A plain table owned by its CtDashboard: read it, do not change it. */
typedef struct
{
  guint         n_rows;
  guint         n_columns;
  char        **row_labels;     /* n_rows, for people: "10-01", "周一", "客服部" */
  gint64       *row_from;       /* n_rows: a bucket's [from, to) in UTC seconds, */
  gint64       *row_to;         /*   0 when the row is no time bucket */
  gint64       *row_id;         /* n_rows: department id (DEPARTMENTS), else 0 */
  const char  **column_keys;    /* n_columns: "repair", "open", "score" … */
  char        **column_labels;  /* n_columns, translated */
  double       *values;         /* n_rows × n_columns, row-major; NAN = none */
} CtDashboardTable;

/* values[row * n_columns + column]; NAN out of range. */
double        ct_dashboard_table_get      (const CtDashboardTable *table,
                                           guint                   row,
                                           guint                   column);
/* The column of @key, or -1. */
int           ct_dashboard_table_find_column (const CtDashboardTable *table,
                                           const char             *key);

typedef struct _CtDashboard CtDashboard;

CtDashboard  *ct_dashboard_compute        (CtDatabase        *db,
                                           const CtKpiPeriod *period,
                                           GError           **error);
void          ct_dashboard_free           (CtDashboard       *self);

/* The period computed (now filled in), and the previous period: the same
 * length ending at period->from (same site and now). */
const CtKpiPeriod  *ct_dashboard_get_period          (const CtDashboard *self);
const CtKpiPeriod  *ct_dashboard_get_previous_period (const CtDashboard *self);
/* TRUE when the buckets are weeks (the period is longer than 62 days). */
gboolean      ct_dashboard_get_weekly     (const CtDashboard *self);

const CtTicketKpis *ct_dashboard_get_ticket_kpis          (const CtDashboard *self);
const CtTicketKpis *ct_dashboard_get_previous_ticket_kpis (const CtDashboard *self);
const CtAssetKpis  *ct_dashboard_get_asset_kpis           (const CtDashboard *self);
const CtAssetKpis  *ct_dashboard_get_previous_asset_kpis  (const CtDashboard *self);

/* One KPI tile, ticket or asset key alike. */
typedef struct
{
  const char *key;
  const char *name;              /* translated */
  const char *definition;        /* translated */
  gboolean    has_value;
  double      value;             /* as ct_*_kpis_get_value () */
  gboolean    has_previous;
  double      previous;          /* the previous period's value */
  gboolean    has_target;
  double      target;
  gboolean    lower_is_better;   /* target is a maximum (mttr, downtime …) */
  gboolean    met;               /* has_value && has_target && on the good side */
  /* For a rate with no target of its own whose tickets each have a deadline
   * set by seed 001 (response_on_time_rate: answered within 15 minutes;
   * repair_on_time_rate: emergencies on site within 30 minutes): that
   * deadline, short and translated ("each ≤ 15 min"); else NULL. */
  const char *deadline;
} CtDashboardTile;

/* FALSE when @key is neither a ticket nor an asset KPI key. */
gboolean      ct_dashboard_get_tile       (const CtDashboard *self,
                                           const char        *key,
                                           CtDashboardTile   *tile);
/* The value as people read it ("97.3 %", "3 h 20 min", "—"); @previous for
 * the previous period's. */
char         *ct_dashboard_format_value   (const CtDashboard *self,
                                           const char        *key,
                                           gboolean           previous);

const CtDashboardTable *ct_dashboard_get_table (const CtDashboard *self,
                                                CtDashboardTableId id);

/* Drill-down for RESPONSE_TIME (row = range), DEPARTMENTS (row = department;
 * the tickets resolved) and HEATMAP (row = weekday, column = hour; -1 for
 * the whole row): the ticket ids (gint64, ascending) behind the cell.
 * For the bucket tables use ct_ticket_kpi_ids () with the row's period. */
GArray       *ct_dashboard_table_get_ids  (CtDatabase        *db,
                                           const CtDashboard *self,
                                           CtDashboardTableId id,
                                           guint              row,
                                           int                column,
                                           GError           **error);

/* Drill-down of an asset figure: the assets (gint64 ids, ascending) behind
 * the asset KPI @key over @period, as ct_asset_kpi_ids () counts them:
 *   asset_intact_rate    in service and down at the instant (not intact:
 *                        the denominator less the numerator);
 *   asset_availability,  with downtime in the period;
 *   downtime_change_yoy
 *   mtbf_hours           with a failure that started in the period;
 *   mttr_hours           with a failure that ended in the period;
 *   pm_compliance_rate   with a maintenance task that counts (due in the
 *                        period, and done, skipped or late).
 * For a bucket of ASSETS, call it with ct_dashboard_get_row_period (). */
GArray       *ct_dashboard_asset_ids      (CtDatabase        *db,
                                           const CtKpiPeriod *period,
                                           const char        *key,
                                           GError           **error);
/* The same for the tiles: the lists of the period, read by
 * ct_dashboard_compute () (owned by @self); NULL for a key that is no asset
 * KPI. */
const GArray *ct_dashboard_get_asset_ids  (const CtDashboard *self,
                                           const char        *key);

/* The period [row_from, row_to) of a bucket row as a CtKpiPeriod (same site
 * and now), for ct_ticket_kpi_ids (); FALSE for a row that is no bucket. */
gboolean      ct_dashboard_get_row_period (const CtDashboard *self,
                                           CtDashboardTableId id,
                                           guint              row,
                                           CtKpiPeriod       *out);

/* Period helpers. @text: "2026-10" (a month), "2026-Q3" (a quarter), "2026"
 * (a year), "2026-10-01..2026-10-15" (days, the end included),
 * "this-month", "last-month", "this-quarter", "last-quarter", "this-year",
 * "last-year". Boundaries are midnights in @tz; @now (UTC seconds) decides
 * the relative ones. Sets out->from and ->to only (site and now are left). */
gboolean      ct_dashboard_period_parse   (const char        *text,
                                           GTimeZone         *tz,
                                           gint64             now,
                                           CtKpiPeriod       *out,
                                           GError           **error);
/* A title for a period: "2026年10月", "2026年第3季度", "2026年" or
 * "October 2026", "Q3 2026", "2026" (translated), and "2026-10-01 – 2026-10-15"
 * otherwise. */
char         *ct_dashboard_period_title   (const CtKpiPeriod *period,
                                           GTimeZone         *tz);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDashboard, ct_dashboard_free)

G_END_DECLS
