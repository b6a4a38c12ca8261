/* ct-chart-line.c — lines (or filled areas) through one value per category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-layer-private.h"
#include "ct-chart-line.h"

/* Past this many categories the markers would touch: lines only. */
#define MAX_MARKERS 40
#define MARKER_RADIUS 3.5
#define AREA_ALPHA 0.22

struct _CtChartLine
{
  CtChartLayer parent_instance;

  gboolean     area;
};

G_DEFINE_FINAL_TYPE (CtChartLine, ct_chart_line, CT_TYPE_CHART_LAYER)

enum {
  PROP_0,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CtChartMarker
series_marker (guint series)
{
  return (CtChartMarker) (series % 4);
}

/* The length of the run of values starting at @first (0 when it is missing). */
static guint
run_length (CtChartLine *self,
            guint        series,
            guint        first)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  guint n = ct_chart_data_get_n_categories (data);
  guint c = first;

  while (c < n && isfinite (ct_chart_data_get_value (data, series, c)))
    c++;
  return c - first;
}

static void
trace_run (CtChartLine *self,
           cairo_t     *cr,
           guint        series,
           guint        first,
           guint        length)
{
  for (guint c = first; c < first + length; c++)
    {
      double x, y;

      ct_chart_line_get_point (self, series, c, &x, &y);
      cairo_line_to (cr, x, y);
    }
}

static void
fill_run (CtChartLine        *self,
          cairo_t            *cr,
          const CtChartColor *color,
          guint               series,
          guint               first,
          guint               length)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  double min, max, base, x0, x1, y;

  ct_chart_layer_get_domain (layer, &min, &max);
  base = ct_chart_layer_value_position (layer, CLAMP (0, min, max));
  ct_chart_line_get_point (self, series, first, &x0, &y);
  ct_chart_line_get_point (self, series, first + length - 1, &x1, &y);
  cairo_move_to (cr, x0, base);
  trace_run (self, cr, series, first, length);
  cairo_line_to (cr, x1, base);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * AREA_ALPHA);
  cairo_fill (cr);
}

static void
draw_markers (CtChartLine        *self,
              cairo_t            *cr,
              const CtChartTheme *theme,
              guint               series,
              gboolean            all)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint n = ct_chart_data_get_n_categories (data);

  for (guint c = 0; c < n; c++)
    {
      gboolean highlighted = ct_chart_layer_is_highlighted (layer, series, c);
      gboolean lonely = run_length (self, series, c) == 1
                        && (c == 0 || !isfinite (ct_chart_data_get_value (data, series, c - 1)));
      double x, y;

      if (!ct_chart_line_get_point (self, series, c, &x, &y) || !(all || highlighted || lonely))
        continue;
      ct_chart_draw_marker (cr, series_marker (series), x, y,
                            highlighted ? MARKER_RADIUS * 1.6 : MARKER_RADIUS);
      ct_chart_color_set_source (ct_chart_layer_series_color (layer, theme, series), cr);
      cairo_fill_preserve (cr);
      ct_chart_color_set_source (highlighted ? &theme->fg : &theme->bg, cr);
      cairo_set_line_width (cr, highlighted ? 2.0 : 1.0);
      cairo_stroke (cr);
    }
}

static void
draw_series (CtChartLine        *self,
             cairo_t            *cr,
             const CtChartTheme *theme,
             guint               series)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  const CtChartColor *color = ct_chart_layer_series_color (layer, theme, series);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (layer));

  for (guint c = 0; c < n; c++)
    {
      guint length = run_length (self, series, c);

      if (length == 0)
        continue;
      if (self->area)
        fill_run (self, cr, color, series, c, length);
      cairo_new_path (cr);
      trace_run (self, cr, series, c, length);
      ct_chart_color_set_source (color, cr);
      cairo_set_line_width (cr, theme->line_width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      c += length - 1;
    }
  draw_markers (self, cr, theme, series, n <= MAX_MARKERS);
}

static CtChartAxesKind
ct_chart_line_get_axes_kind (CtChartLayer *layer)
{
  return CT_CHART_AXES_CARTESIAN;
}

static gboolean
ct_chart_line_get_extent (CtChartLayer *layer,
                          double       *min,
                          double       *max)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  gboolean any = ct_chart_data_get_range (data, min, max);
  double target;

  if (CT_CHART_LINE (layer)->area)
    {
      *min = MIN (*min, 0);
      *max = MAX (*max, 0);
    }
  if (ct_chart_data_get_target (data, &target))
    {
      *min = any ? MIN (*min, target) : target;
      *max = any ? MAX (*max, target) : target;
    }
  return any;
}

static void
ct_chart_line_draw (CtChartLayer       *layer,
                    cairo_t            *cr,
                    const CtChartTheme *theme)
{
  CtChartLine *self = CT_CHART_LINE (layer);
  guint n_series = ct_chart_data_get_n_series (ct_chart_layer_get_data (layer));

  ct_chart_layer_draw_target (layer, cr, theme);
  for (guint s = 0; s < n_series; s++)
    draw_series (self, cr, theme, s);
}

/* The category's column under the pointer, and in it the nearest point. */
static gboolean
ct_chart_line_pick (CtChartLayer *layer,
                    double        x,
                    double        y,
                    guint        *series,
                    guint        *category)
{
  CtChartLine *self = CT_CHART_LINE (layer);
  guint n_series = ct_chart_data_get_n_series (ct_chart_layer_get_data (layer));
  double best = INFINITY;
  guint c;

  if (!ct_chart_layer_category_at (layer, x, y, &c))
    return FALSE;
  for (guint s = 0; s < n_series; s++)
    {
      double px, py;

      if (ct_chart_line_get_point (self, s, c, &px, &py) && fabs (py - y) < best)
        {
          best = fabs (py - y);
          *series = s;
          *category = c;
        }
    }
  return isfinite (best);
}

static void
ct_chart_line_add_legend (CtChartLayer *layer,
                          GArray       *items)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint offset = ct_chart_layer_get_color_offset (layer);

  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    {
      const char *label = ct_chart_data_get_series_label (data, s);

      if (*label != '\0')
        ct_chart_legend_add (items, label, offset + s, CT_CHART_LEGEND_LINE, series_marker (s));
    }
  ct_chart_layer_add_target_legend (layer, items);
}

static void
ct_chart_line_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_boolean (value, CT_CHART_LINE (object)->area);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_line_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_AREA:
      CT_CHART_LINE (object)->area = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_line_class_init (CtChartLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CtChartLayerClass *layer_class = CT_CHART_LAYER_CLASS (klass);

  object_class->get_property = ct_chart_line_get_property;
  object_class->set_property = ct_chart_line_set_property;

  layer_class->get_axes_kind = ct_chart_line_get_axes_kind;
  layer_class->get_extent = ct_chart_line_get_extent;
  layer_class->draw = ct_chart_line_draw;
  layer_class->pick = ct_chart_line_pick;
  layer_class->add_legend = ct_chart_line_add_legend;

  properties[PROP_AREA] =
    g_param_spec_boolean ("area", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_chart_line_init (CtChartLine *self)
{
}

/* @area: fill between the line and zero. */
CtChartLayer *
ct_chart_line_new (CtChartData *data,
                   gboolean     area)
{
  return g_object_new (CT_TYPE_CHART_LINE, "data", data, "area", area, NULL);
}

gboolean
ct_chart_line_get_area (CtChartLine *self)
{
  g_return_val_if_fail (CT_IS_CHART_LINE (self), FALSE);

  return self->area;
}

/* The point of one value in the last plot: the middle of its category's
 * slot, at the height of the value. FALSE when the value is missing. */
gboolean
ct_chart_line_get_point (CtChartLine *self,
                         guint        series,
                         guint        category,
                         double      *x,
                         double      *y)
{
  CtChartLayer *layer = (CtChartLayer *) self;
  double value;
  double start;
  double size;

  g_return_val_if_fail (CT_IS_CHART_LINE (self), FALSE);

  value = ct_chart_data_get_value (ct_chart_layer_get_data (layer), series, category);
  if (!isfinite (value))
    return FALSE;
  ct_chart_layer_category_band (layer, category, &start, &size);
  *x = start + size / 2;
  *y = ct_chart_layer_value_position (layer, value);
  return TRUE;
}
