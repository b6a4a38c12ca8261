/* ct-chart-axes.h — value and category axes, gridlines and the legend
 *
 * The cartesian layers of a chart (bars, lines) share one value axis: its
 * domain covers all of them (and zero, by default) and is rounded out to
 * "nice" ticks. Categories come from the first cartesian layer. Horizontal
 * layers (ranking bars) put categories down the left and values along the
 * bottom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-layer.h"

G_BEGIN_DECLS

/* How a chart draws its axes. Plain values: copy freely. */
typedef struct
{
  gboolean show_legend;    /* TRUE: when it tells something (two items or more) */
  gboolean show_grid;      /* gridlines at the value ticks */
  gboolean include_zero;   /* the value axis starts (or ends) at 0 */
  double   min;            /* NAN: from the data */
  double   max;
} CtChartAxes;

/* Where the axes put things, for one size. */
typedef struct
{
  CtChartRect   plot;          /* where the cartesian layers draw */
  CtChartTicks  ticks;
  CtChartUnit   unit;
  gboolean      horizontal;
  guint         label_every;   /* every n-th category label is written */
  double        label_width;   /* at most this wide (ellipsized); 0: any */
  CtChartLayer *categories;    /* the layer whose categories label the axis */
} CtChartAxesLayout;

void     ct_chart_axes_init        (CtChartAxes             *axes);
gboolean ct_chart_axes_layout      (const CtChartAxes       *axes,
                                    cairo_t                 *cr,
                                    const CtChartTheme      *theme,
                                    GPtrArray               *layers,
                                    const CtChartRect       *area,
                                    CtChartAxesLayout       *layout);
void     ct_chart_axes_draw_grid   (const CtChartAxes       *axes,
                                    const CtChartAxesLayout *layout,
                                    cairo_t                 *cr,
                                    const CtChartTheme      *theme);
void     ct_chart_axes_draw_labels (const CtChartAxesLayout *layout,
                                    cairo_t                 *cr,
                                    const CtChartTheme      *theme);

double   ct_chart_legend_measure   (GArray                  *items,
                                    cairo_t                 *cr,
                                    const CtChartTheme      *theme,
                                    double                   width);
void     ct_chart_legend_draw      (GArray                  *items,
                                    cairo_t                 *cr,
                                    const CtChartTheme      *theme,
                                    const CtChartRect       *area);

G_END_DECLS
