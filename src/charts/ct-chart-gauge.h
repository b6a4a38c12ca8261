/* ct-chart-gauge.h — bullet gauges: each KPI against its target
 *
 * One row per category of the data (first series): its label, a track with
 * the value as a bar and the target as a marker, and the figure with ✓ when
 * the target is met or ✗ when it is missed. A missed bar is hatched, so the
 * verdict never rests on colour alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

#define CT_TYPE_CHART_GAUGE (ct_chart_gauge_get_type ())
G_DECLARE_FINAL_TYPE (CtChartGauge, ct_chart_gauge, CT, CHART_GAUGE, CtChartLayer)

CtChartLayer *ct_chart_gauge_new            (CtChartData  *data);
gboolean      ct_chart_gauge_get_track_rect (CtChartGauge *self,
                                             guint         category,
                                             CtChartRect  *track);
gboolean      ct_chart_gauge_get_value_rect (CtChartGauge *self,
                                             guint         category,
                                             CtChartRect  *bar);

G_END_DECLS
