/* ct-chart-heatmap.h — a grid of cells shaded by value (weekday × hour)
 *
 * Rows are the series of the data (weekdays), columns its categories
 * (hours); each cell is shaded from pale to the accent colour by its value,
 * with the figure written in it when it fits. Row labels on the left, column
 * labels under the grid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

#define CT_TYPE_CHART_HEATMAP (ct_chart_heatmap_get_type ())
G_DECLARE_FINAL_TYPE (CtChartHeatmap, ct_chart_heatmap, CT, CHART_HEATMAP, CtChartLayer)

CtChartLayer *ct_chart_heatmap_new           (CtChartData    *data);
gboolean      ct_chart_heatmap_get_cell_rect (CtChartHeatmap *self,
                                              guint           row,
                                              guint           column,
                                              CtChartRect    *cell);
void          ct_chart_heatmap_get_grid_rect (CtChartHeatmap *self,
                                              CtChartRect    *grid);

G_END_DECLS
