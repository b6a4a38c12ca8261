/* ct-chart-line.h — lines (or filled areas) through one value per category
 *
 * Each series is a line across the categories with a marker of its own shape
 * at each value; a missing value breaks the line. The data's target is drawn
 * as a dashed, labelled line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

#define CT_TYPE_CHART_LINE (ct_chart_line_get_type ())
G_DECLARE_FINAL_TYPE (CtChartLine, ct_chart_line, CT, CHART_LINE, CtChartLayer)

CtChartLayer *ct_chart_line_new       (CtChartData *data,
                                       gboolean     area);
gboolean      ct_chart_line_get_area  (CtChartLine *self);
gboolean      ct_chart_line_get_point (CtChartLine *self,
                                       guint        series,
                                       guint        category,
                                       double      *x,
                                       double      *y);

G_END_DECLS
