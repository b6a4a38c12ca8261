/* ct-chart-layer.h — one kind of mark drawn over a chart's data
 *
 * A layer draws a CtChartData into the plot rectangle it is given (bars,
 * lines, a donut…), finds the item under a point for hover and click, and
 * says in words what it shows for screen readers and reports. Cartesian
 * layers (bars, lines) share the value axis of their chart: the renderer
 * sets their domain; the others (donut, gauge, heatmap) draw their own frame.
 * Geometry getters of the subclasses describe the last draw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ct-chart-model.h"
#include "ct-chart-scale.h"
#include "ct-chart-theme.h"

G_BEGIN_DECLS

typedef enum
{
  CT_CHART_AXES_NONE,        /* draws its own labels: donut, gauge, heatmap */
  CT_CHART_AXES_CARTESIAN,   /* categories along one axis, values along the other */
} CtChartAxesKind;

typedef enum
{
  CT_CHART_LEGEND_SWATCH,    /* a filled square: bars, slices */
  CT_CHART_LEGEND_LINE,      /* a line with its marker */
  CT_CHART_LEGEND_TARGET,    /* a dashed line */
  CT_CHART_LEGEND_GRADIENT,  /* a ramp from pale to full: heatmaps */
} CtChartLegendStyle;

typedef struct
{
  char               *label;
  guint               color;    /* index into the theme's series */
  CtChartLegendStyle  style;
  guint               marker;   /* CtChartMarker of a LINE item */
} CtChartLegendItem;

#define CT_TYPE_CHART_LAYER (ct_chart_layer_get_type ())
G_DECLARE_DERIVABLE_TYPE (CtChartLayer, ct_chart_layer, CT, CHART_LAYER, GObject)

struct _CtChartLayerClass
{
  GObjectClass parent_class;

  CtChartAxesKind (*get_axes_kind) (CtChartLayer       *self);
  gboolean        (*get_extent)    (CtChartLayer       *self,
                                    double             *min,
                                    double             *max);
  void            (*draw)          (CtChartLayer       *self,
                                    cairo_t            *cr,
                                    const CtChartTheme *theme);
  gboolean        (*pick)          (CtChartLayer       *self,
                                    double              x,
                                    double              y,
                                    guint              *series,
                                    guint              *category);
  char           *(*item_text)     (CtChartLayer       *self,
                                    guint               series,
                                    guint               category);
  void            (*add_legend)    (CtChartLayer       *self,
                                    GArray             *items);
  char           *(*describe)      (CtChartLayer       *self);

  gpointer padding[8];
};

CtChartData     *ct_chart_layer_get_data         (CtChartLayer       *self);
void             ct_chart_layer_set_data         (CtChartLayer       *self,
                                                  CtChartData        *data);
const char      *ct_chart_layer_get_title        (CtChartLayer       *self);
void             ct_chart_layer_set_title        (CtChartLayer       *self,
                                                  const char         *title);
guint            ct_chart_layer_get_color_offset (CtChartLayer       *self);
void             ct_chart_layer_set_color_offset (CtChartLayer       *self,
                                                  guint               offset);
gboolean         ct_chart_layer_get_horizontal   (CtChartLayer       *self);

CtChartAxesKind  ct_chart_layer_get_axes_kind    (CtChartLayer       *self);
gboolean         ct_chart_layer_get_extent       (CtChartLayer       *self,
                                                  double             *min,
                                                  double             *max);
void             ct_chart_layer_set_domain       (CtChartLayer       *self,
                                                  double              min,
                                                  double              max);
void             ct_chart_layer_get_domain       (CtChartLayer       *self,
                                                  double             *min,
                                                  double             *max);
void             ct_chart_layer_set_plot         (CtChartLayer       *self,
                                                  const CtChartRect  *plot);
const CtChartRect *ct_chart_layer_get_plot       (CtChartLayer       *self);

void             ct_chart_layer_draw             (CtChartLayer       *self,
                                                  cairo_t            *cr,
                                                  const CtChartRect  *plot,
                                                  const CtChartTheme *theme);
gboolean         ct_chart_layer_pick             (CtChartLayer       *self,
                                                  double              x,
                                                  double              y,
                                                  guint              *series,
                                                  guint              *category,
                                                  char              **text);
char            *ct_chart_layer_dup_item_text    (CtChartLayer       *self,
                                                  guint               series,
                                                  guint               category);
void             ct_chart_layer_add_legend       (CtChartLayer       *self,
                                                  GArray             *items);
char            *ct_chart_layer_describe         (CtChartLayer       *self);

void             ct_chart_layer_set_highlight    (CtChartLayer       *self,
                                                  guint               series,
                                                  guint               category);
void             ct_chart_layer_clear_highlight  (CtChartLayer       *self);
gboolean         ct_chart_layer_get_highlight    (CtChartLayer       *self,
                                                  guint              *series,
                                                  guint              *category);

GArray          *ct_chart_legend_items_new       (void);

G_END_DECLS
