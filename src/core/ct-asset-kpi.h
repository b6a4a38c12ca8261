/* ct-asset-kpi.h — the asset KPIs of KPI.md
 *
 * asset_intact_rate, asset_availability, mtbf_hours, mttr_hours,
 * pm_compliance_rate and downtime_change_yoy over a CtKpiPeriod (ct-ticket-kpi.h:
 * the same period, site and "now"). In-service time of an asset runs from its
 * service_from to its retired_at (or now); downtime is the asset_downtime rows,
 * clipped to the asset's in-service time and to the period, overlapping rows
 * of one asset counting once. Time is summed over [from, min(to, now)); events
 * (failures started or ended) count in [from, to); the intact rate is taken
 * at min(now, to). A maintenance task counts for pm_compliance_rate when its
 * due date (a day in the database's zone) falls in the period and it is done,
 * skipped, or still open after its due date. Values without a denominator
 * have none (null / "—").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-ticket-kpi.h"

G_BEGIN_DECLS

/* Keys in report order (NULL-terminated). */
const char *const *ct_asset_kpi_keys    (void);
gboolean      ct_asset_kpi_is_key       (const char *key);
/* CT_KPI_UNIT_FRACTION for the rates and the year-on-year change (may be
 * negative); CT_KPI_UNIT_COUNT for mtbf_hours and mttr_hours, a number of
 * hours (CT_KPI_UNIT_MINUTES is not used; see _format_value). */
CtKpiUnit     ct_asset_kpi_get_unit     (const char *key);
const char   *ct_asset_kpi_name         (const char *key);
const char   *ct_asset_kpi_definition   (const char *key);
/* asset_intact_rate ≥ 0.98, asset_availability ≥ 0.98, downtime_change_yoy
 * ≤ −0.30, pm_compliance_rate ≥ 0.95 (FALSE when none: mtbf, mttr);
 * @lower_is_better for downtime and mttr. */
gboolean      ct_asset_kpi_target       (const char *key,
                                         double     *target,
                                         gboolean   *lower_is_better);

typedef struct _CtAssetKpis CtAssetKpis;

CtAssetKpis  *ct_asset_kpis_compute     (CtDatabase        *db,
                                         const CtKpiPeriod *period,
                                         GError           **error);
void          ct_asset_kpis_free        (CtAssetKpis       *self);
/* The period computed, with now filled in. */
const CtKpiPeriod *ct_asset_kpis_get_period (const CtAssetKpis *self);
/* min(now, to): when the intact rate was taken. */
gint64        ct_asset_kpis_get_instant (const CtAssetKpis *self);
/* One asset's KPIs (the detail view): site ignored. */
CtAssetKpis  *ct_asset_kpis_compute_for_asset (CtDatabase  *db,
                                         const CtKpiPeriod *period,
                                         gint64             asset_id,
                                         GError           **error);
gboolean      ct_asset_kpis_get_value   (const CtAssetKpis *self,
                                         const char        *key,
                                         double            *value);
/* Numerator and denominator as computed (seconds for durations, counts for
 * rates). */
void          ct_asset_kpis_get_counts  (const CtAssetKpis *self,
                                         const char        *key,
                                         double            *numerator,
                                         double            *denominator);
/* "98.7 %", "1,234.5 h", "−32.0 %", "—". */
char         *ct_asset_kpis_format_value (const CtAssetKpis *self,
                                         const char        *key);
/* Adds every asset KPI (null without a value; fractions rounded to four
 * decimals, hours to two) and their counts under "asset_counts" to @builder,
 * inside an open object. */
void          ct_asset_kpis_add_json    (const CtAssetKpis *self,
                                         JsonBuilder       *builder);
/* The same members as text, in the layout of ct_ticket_kpis_to_json() (two
 * spaces, "key" : value), comma-separated, without a trailing comma or
 * newline: for splicing into that object. */
void          ct_asset_kpis_append_json (const CtAssetKpis *self,
                                         GString           *json);
/* Drill-down: the asset ids (gint64, ascending) behind a KPI's numerator or
 * denominator. asset_intact_rate: in service and not down at the instant / in
 * service; asset_availability: with downtime in the period / in service in
 * it; mtbf_hours: in service in the period / with a failure started in it;
 * mttr_hours: with a failure ended in the period (both); pm_compliance_rate:
 * with a task done on time / with a task counted; downtime_change_yoy: with
 * downtime in the period / a year earlier. */
GArray       *ct_asset_kpi_ids          (CtDatabase        *db,
                                         const CtKpiPeriod *period,
                                         const char        *key,
                                         gboolean           numerator,
                                         GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetKpis, ct_asset_kpis_free)

G_END_DECLS
