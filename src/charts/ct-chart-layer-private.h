/* ct-chart-layer-private.h — what CtChartLayer gives its subclasses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"
#include "ct-chart-text.h"

G_BEGIN_DECLS

#define CT_CHART_NO_ITEM G_MAXUINT

void      ct_chart_layer_changed         (CtChartLayer       *self);
void      ct_chart_layer_set_horizontal  (CtChartLayer       *self,
                                          gboolean            horizontal);
double    ct_chart_layer_value_position  (CtChartLayer       *self,
                                          double              value);
void      ct_chart_layer_category_band   (CtChartLayer       *self,
                                          guint               category,
                                          double             *start,
                                          double             *size);
gboolean  ct_chart_layer_category_at     (CtChartLayer       *self,
                                          double              x,
                                          double              y,
                                          guint              *category);
gboolean  ct_chart_layer_is_highlighted  (CtChartLayer       *self,
                                          guint               series,
                                          guint               category);
const CtChartColor *ct_chart_layer_series_color (CtChartLayer       *self,
                                                 const CtChartTheme *theme,
                                                 guint               series);
void      ct_chart_layer_draw_target     (CtChartLayer       *self,
                                          cairo_t            *cr,
                                          const CtChartTheme *theme);
char     *ct_chart_layer_dup_target_text (CtChartLayer       *self);
void      ct_chart_layer_add_target_legend (CtChartLayer     *self,
                                            GArray           *items);
char     *ct_chart_layer_dup_name        (CtChartLayer       *self,
                                          const char         *kind);
char     *ct_chart_layer_describe_values (CtChartLayer       *self);
char     *ct_chart_layer_default_item_text (CtChartLayer     *self,
                                            guint             series,
                                            guint             category);
void      ct_chart_layer_default_legend  (CtChartLayer       *self,
                                          GArray             *items);
void      ct_chart_legend_add            (GArray             *items,
                                          const char         *label,
                                          guint               color,
                                          CtChartLegendStyle  style,
                                          guint               marker);

G_END_DECLS
