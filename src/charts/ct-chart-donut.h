/* ct-chart-donut.h — the shares of a whole: one ring, a slice per category
 *
 * The first series of the data, one slice per category, clockwise from
 * twelve o'clock; the total in the middle, each slice's share on it when it
 * fits. Missing, zero and negative values get no slice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

#define CT_TYPE_CHART_DONUT (ct_chart_donut_get_type ())
G_DECLARE_FINAL_TYPE (CtChartDonut, ct_chart_donut, CT, CHART_DONUT, CtChartLayer)

CtChartLayer *ct_chart_donut_new          (CtChartData  *data);
gboolean      ct_chart_donut_get_slice    (CtChartDonut *self,
                                           guint         category,
                                           double       *start_angle,
                                           double       *end_angle);
void          ct_chart_donut_get_geometry (CtChartDonut *self,
                                           double       *center_x,
                                           double       *center_y,
                                           double       *inner_radius,
                                           double       *outer_radius);

G_END_DECLS
