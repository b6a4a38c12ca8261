/* ct-chart-bar.c — bars: grouped side by side or stacked, up or across
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-bar.h"
#include "ct-chart-layer-private.h"

/* The share of a category's slot its bars fill; the rest is the gap. */
#define BAR_FILL 0.72

struct _CtChartBar
{
  CtChartLayer parent_instance;

  gboolean     stacked;
};

G_DEFINE_FINAL_TYPE (CtChartBar, ct_chart_bar, CT_TYPE_CHART_LAYER)

enum {
  PROP_0,
  PROP_STACKED,
  PROP_HORIZONTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Where the bar of @series starts and ends along the value axis. */
static gboolean
value_span (CtChartBar *self,
            guint       series,
            guint       category,
            double     *from,
            double     *to)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  double value = ct_chart_data_get_value (data, series, category);
  double base = 0;

  if (!isfinite (value))
    return FALSE;
  for (guint s = 0; self->stacked && s < series; s++)
    {
      double below = ct_chart_data_get_value (data, s, category);

      if (isfinite (below) && (below >= 0) == (value >= 0))
        base += below;
    }
  *from = base;
  *to = base + value;
  return TRUE;
}

/* The band of @series across its category slot. */
static void
cross_span (CtChartBar *self,
            guint       series,
            guint       category,
            double     *start,
            double     *size)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  guint n_series = MAX (ct_chart_data_get_n_series (data), 1);
  double slot_start;
  double slot;
  double width;

  ct_chart_layer_category_band (CT_CHART_LAYER (self), category, &slot_start, &slot);
  width = slot * BAR_FILL;
  *start = slot_start + (slot - width) / 2;
  *size = width;
  if (self->stacked)
    return;
  *size = width / n_series;
  *start += *size * series;
  if (*size > 4)
    *size -= 1;   /* a hairline between grouped bars */
}

static double
clamp_to_domain (CtChartBar *self,
                 double      value)
{
  double min;
  double max;

  ct_chart_layer_get_domain (CT_CHART_LAYER (self), &min, &max);
  return CLAMP (value, min, max);
}

static void
draw_value_label (CtChartBar         *self,
                  cairo_t            *cr,
                  const CtChartTheme *theme,
                  guint               category)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  CtChartData *data = ct_chart_layer_get_data (layer);
  const CtChartRect *plot = ct_chart_layer_get_plot (layer);
  guint last = ct_chart_data_get_n_series (data) - 1;
  guint last_series = self->stacked ? last : 0;
  double total = self->stacked ? ct_chart_data_get_category_total (data, category)
                               : ct_chart_data_get_value (data, 0, category);
  g_autofree char *text = ct_chart_data_format_value (data, total);
  const CtChartColor *backdrop;
  CtChartColor ink;
  CtChartRect rect;
  double width, height, end, x;

  if (!ct_chart_bar_get_bar_rect (self, last_series, category, &rect)
      && !ct_chart_bar_get_bar_rect (self, 0, category, &rect))
    return;
  end = ct_chart_layer_value_position (layer, clamp_to_domain (self, total));
  ct_chart_text_measure (cr, theme, text, CT_CHART_TEXT_SMALL, &width, &height);
  if (height > rect.height * 1.25)
    return;   /* bars thinner than their figures: the tooltip tells */
  /* After the bar's end, or inside it when the plot ends first, on a patch
   * of the colour behind so that the target line does not cross it. */
  if (end + 4 + width <= plot->x + plot->width)
    {
      backdrop = &theme->bg;
      ink = theme->fg;
      x = end + 4;
    }
  else if (end - 4 - width >= plot->x)
    {
      backdrop = ct_chart_layer_series_color (layer, theme, last_series);
      ct_chart_contrast_color (theme, backdrop, &ink);
      x = end - 4 - width;
    }
  else
    return;
  cairo_rectangle (cr, x - 2, rect.y, width + 4, rect.height);
  ct_chart_color_set_source (backdrop, cr);
  cairo_fill (cr);
  ct_chart_text_show (cr, theme, text, CT_CHART_TEXT_SMALL, &ink, x, rect.y + rect.height / 2,
                      0.0, 0.5, 0);
}

static void
draw_bar (CtChartBar         *self,
          cairo_t            *cr,
          const CtChartTheme *theme,
          guint               series,
          guint               category)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  CtChartRect rect;

  if (!ct_chart_bar_get_bar_rect (self, series, category, &rect))
    return;
  cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
  ct_chart_color_set_source (ct_chart_layer_series_color (layer, theme, series), cr);
  if (self->stacked)
    {
      /* Stacked segments are parted by a line of background. */
      cairo_fill_preserve (cr);
      ct_chart_color_set_source (&theme->bg, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);
  if (!ct_chart_layer_is_highlighted (layer, series, category))
    return;
  cairo_rectangle (cr, rect.x + 1, rect.y + 1, MAX (rect.width - 2, 0), MAX (rect.height - 2, 0));
  ct_chart_color_set_source (&theme->fg, cr);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
}

static CtChartAxesKind
ct_chart_bar_get_axes_kind (CtChartLayer *layer)
{
  return CT_CHART_AXES_CARTESIAN;
}

static gboolean
ct_chart_bar_get_extent (CtChartLayer *layer,
                         double       *min,
                         double       *max)
{
  CtChartBar *self = CT_CHART_BAR (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  gboolean any;
  double target;

  if (self->stacked)
    any = ct_chart_data_get_stacked_range (data, min, max);
  else
    any = ct_chart_data_get_range (data, min, max);
  *min = MIN (*min, 0);
  *max = MAX (*max, 0);
  if (ct_chart_data_get_target (data, &target))
    {
      *min = MIN (*min, target);
      *max = MAX (*max, target);
    }
  return any;
}

static void
ct_chart_bar_draw (CtChartLayer       *layer,
                   cairo_t            *cr,
                   const CtChartTheme *theme)
{
  CtChartBar *self = CT_CHART_BAR (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint n_categories = ct_chart_data_get_n_categories (data);
  guint n_series = ct_chart_data_get_n_series (data);

  for (guint c = 0; c < n_categories; c++)
    for (guint s = 0; s < n_series; s++)
      draw_bar (self, cr, theme, s, c);
  ct_chart_layer_draw_target (layer, cr, theme);
  /* Rankings read their figures at the end of each bar. */
  if (ct_chart_layer_get_horizontal (layer) && (self->stacked || n_series == 1))
    for (guint c = 0; c < n_categories; c++)
      draw_value_label (self, cr, theme, c);
}

/* The bar whose column holds the point; in a stack, the segment under it,
 * or the nearest one. */
static gboolean
ct_chart_bar_pick (CtChartLayer *layer,
                   double        x,
                   double        y,
                   guint        *series,
                   guint        *category)
{
  CtChartBar *self = CT_CHART_BAR (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  gboolean horizontal = ct_chart_layer_get_horizontal (layer);
  double along = horizontal ? x : y;
  double across = horizontal ? y : x;
  double best = INFINITY;
  guint c;

  if (!ct_chart_layer_category_at (layer, x, y, &c))
    return FALSE;
  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    {
      double from, to, start, size, lo, hi, distance;

      if (!value_span (self, s, c, &from, &to))
        continue;
      cross_span (self, s, c, &start, &size);
      if (across < start - 1 || across > start + size + 1)
        continue;
      lo = ct_chart_layer_value_position (layer, clamp_to_domain (self, from));
      hi = ct_chart_layer_value_position (layer, clamp_to_domain (self, to));
      distance = along < MIN (lo, hi) ? MIN (lo, hi) - along : MAX (along - MAX (lo, hi), 0);
      if (!self->stacked)
        distance = 0;
      if (distance < best)
        {
          best = distance;
          *series = s;
          *category = c;
        }
    }
  return isfinite (best);
}

static void
ct_chart_bar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CtChartBar *self = CT_CHART_BAR (object);

  switch (prop_id)
    {
    case PROP_STACKED:
      g_value_set_boolean (value, self->stacked);
      break;
    case PROP_HORIZONTAL:
      g_value_set_boolean (value, ct_chart_layer_get_horizontal (CT_CHART_LAYER (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_bar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CtChartBar *self = CT_CHART_BAR (object);

  switch (prop_id)
    {
    case PROP_STACKED:
      self->stacked = g_value_get_boolean (value);
      break;
    case PROP_HORIZONTAL:
      ct_chart_layer_set_horizontal (CT_CHART_LAYER (self), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_bar_class_init (CtChartBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  CtChartLayerClass *layer_class = CT_CHART_LAYER_CLASS (klass);

  object_class->get_property = ct_chart_bar_get_property;
  object_class->set_property = ct_chart_bar_set_property;

  layer_class->get_axes_kind = ct_chart_bar_get_axes_kind;
  layer_class->get_extent = ct_chart_bar_get_extent;
  layer_class->draw = ct_chart_bar_draw;
  layer_class->pick = ct_chart_bar_pick;

  properties[PROP_STACKED] =
    g_param_spec_boolean ("stacked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HORIZONTAL] =
    g_param_spec_boolean ("horizontal", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_chart_bar_init (CtChartBar *self)
{
}

CtChartLayer *
ct_chart_bar_new (CtChartData    *data,
                  CtChartBarMode  mode,
                  gboolean        horizontal)
{
  return g_object_new (CT_TYPE_CHART_BAR,
                       "data", data,
                       "stacked", mode == CT_CHART_BAR_STACKED,
                       "horizontal", horizontal,
                       NULL);
}

CtChartBarMode
ct_chart_bar_get_mode (CtChartBar *self)
{
  g_return_val_if_fail (CT_IS_CHART_BAR (self), CT_CHART_BAR_GROUPED);

  return self->stacked ? CT_CHART_BAR_STACKED : CT_CHART_BAR_GROUPED;
}

/* The rectangle of one bar (or stack segment) in the last plot; FALSE when
 * the value is missing. */
gboolean
ct_chart_bar_get_bar_rect (CtChartBar  *self,
                           guint        series,
                           guint        category,
                           CtChartRect *rect)
{
  CtChartLayer *layer = (CtChartLayer *) self;
  double from, to, start, size, a, b;

  g_return_val_if_fail (CT_IS_CHART_BAR (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (!value_span (self, series, category, &from, &to))
    return FALSE;
  cross_span (self, series, category, &start, &size);
  a = ct_chart_layer_value_position (layer, clamp_to_domain (self, from));
  b = ct_chart_layer_value_position (layer, clamp_to_domain (self, to));
  if (ct_chart_layer_get_horizontal (layer))
    *rect = (CtChartRect) { MIN (a, b), start, fabs (b - a), size };
  else
    *rect = (CtChartRect) { start, MIN (a, b), size, fabs (b - a) };
  return TRUE;
}
