/* ct-chart-bar.h — bars: grouped side by side or stacked, up or across
 *
 * Categories along the x axis (or down the y axis for horizontal bars, as
 * rankings read best), one bar per series in each category, or one stacked
 * column of the series. Negative values grow down (or left) from zero.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

typedef enum
{
  CT_CHART_BAR_GROUPED,
  CT_CHART_BAR_STACKED,
} CtChartBarMode;

#define CT_TYPE_CHART_BAR (ct_chart_bar_get_type ())
G_DECLARE_FINAL_TYPE (CtChartBar, ct_chart_bar, CT, CHART_BAR, CtChartLayer)

CtChartLayer   *ct_chart_bar_new          (CtChartData    *data,
                                           CtChartBarMode  mode,
                                           gboolean        horizontal);
CtChartBarMode  ct_chart_bar_get_mode     (CtChartBar     *self);
gboolean        ct_chart_bar_get_bar_rect (CtChartBar     *self,
                                           guint           series,
                                           guint           category,
                                           CtChartRect    *rect);

G_END_DECLS
