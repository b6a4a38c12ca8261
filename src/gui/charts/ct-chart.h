/* ct-chart.h — a chart in a window: layers drawn by libcaretaker-charts
 *
 * CtChart holds a stack of CtChartLayers (bars, lines, donut, gauge,
 * heatmap), a title and axes settings, and draws them with the same code as
 * the printed reports. It follows the light, dark and high-contrast styles,
 * shows the exact value of the item under the pointer in a tooltip, emits
 * "item-activated" when an item is clicked (or chosen with the arrow keys
 * and Enter), tells screen readers what it shows, and gives its data as a
 * table on request.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-charts.h"

G_BEGIN_DECLS

#define CT_TYPE_CHART (ct_chart_get_type ())
G_DECLARE_FINAL_TYPE (CtChart, ct_chart, CT, CHART, GtkWidget)

GtkWidget          *ct_chart_new               (void);
const char         *ct_chart_get_title         (CtChart           *self);
void                ct_chart_set_title         (CtChart           *self,
                                                const char        *title);
void                ct_chart_add_layer         (CtChart           *self,
                                                CtChartLayer      *layer);
void                ct_chart_remove_all_layers (CtChart           *self);
guint               ct_chart_get_n_layers      (CtChart           *self);
CtChartLayer       *ct_chart_get_layer         (CtChart           *self,
                                                guint              index);
const CtChartAxes  *ct_chart_get_axes          (CtChart           *self);
void                ct_chart_set_axes          (CtChart           *self,
                                                const CtChartAxes *axes);
const CtChartTheme *ct_chart_get_theme         (CtChart           *self);
char               *ct_chart_dup_summary       (CtChart           *self);
GtkWidget          *ct_chart_create_table_view (CtChart           *self);

G_END_DECLS
