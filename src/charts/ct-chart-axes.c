/* ct-chart-axes.c — value and category axes and their gridlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-axes.h"
#include "ct-chart-text.h"

#define TICK_GAP 6.0          /* between tick labels and the plot */
#define MIN_TICK_SPACING 2.5  /* line heights between value ticks, at least */
#define MAX_TICKS 8
#define MAX_CATEGORY_SHARE 0.3

void
ct_chart_axes_init (CtChartAxes *axes)
{
  g_return_if_fail (axes != NULL);

  axes->show_legend = TRUE;
  axes->show_grid = TRUE;
  axes->include_zero = TRUE;
  axes->min = NAN;
  axes->max = NAN;
}

static CtChartLayer *
first_cartesian (GPtrArray *layers)
{
  for (guint i = 0; i < layers->len; i++)
    if (ct_chart_layer_get_axes_kind (g_ptr_array_index (layers, i)) == CT_CHART_AXES_CARTESIAN)
      return g_ptr_array_index (layers, i);
  return NULL;
}

/* The values all cartesian layers need, widened by the axes' settings. */
static void
value_extent (const CtChartAxes *axes,
              GPtrArray         *layers,
              double            *lo,
              double            *hi)
{
  gboolean any = FALSE;

  *lo = *hi = 0;
  for (guint i = 0; i < layers->len; i++)
    {
      CtChartLayer *layer = g_ptr_array_index (layers, i);
      double min, max;

      if (ct_chart_layer_get_axes_kind (layer) != CT_CHART_AXES_CARTESIAN
          || !ct_chart_layer_get_extent (layer, &min, &max))
        continue;
      *lo = any ? MIN (*lo, min) : min;
      *hi = any ? MAX (*hi, max) : max;
      any = TRUE;
    }
  if (axes->include_zero)
    {
      *lo = MIN (*lo, 0);
      *hi = MAX (*hi, 0);
    }
  if (isfinite (axes->min))
    *lo = axes->min;
  if (isfinite (axes->max))
    *hi = axes->max;
}

static double
widest_tick (const CtChartAxesLayout *layout,
             cairo_t                 *cr,
             const CtChartTheme      *theme)
{
  double widest = 0;

  for (guint i = 0; i < layout->ticks.n_ticks; i++)
    {
      g_autofree char *text = ct_chart_format_tick (ct_chart_ticks_get_value (&layout->ticks, i),
                                                    layout->ticks.step, layout->unit);
      double width;

      ct_chart_text_measure (cr, theme, text, CT_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static double
widest_category (CtChartLayer       *layer,
                 cairo_t            *cr,
                 const CtChartTheme *theme)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  double widest = 0;

  for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
    {
      double width;

      ct_chart_text_measure (cr, theme, ct_chart_data_get_category_label (data, c),
                             CT_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static guint
ticks_for (double length,
           double spacing)
{
  return CLAMP ((guint) floor (length / MAX (spacing, 1)) + 1, 2, MAX_TICKS);
}

/* Categories along the bottom, values up the left. */
static void
layout_vertical (CtChartAxesLayout  *layout,
                 cairo_t            *cr,
                 const CtChartTheme *theme,
                 const CtChartRect  *area,
                 double              lo,
                 double              hi)
{
  guint n = MAX (ct_chart_data_get_n_categories (ct_chart_layer_get_data (layout->categories)), 1);
  double line, tick_width, slot, widest;

  ct_chart_text_measure (cr, theme, "0", CT_CHART_TEXT_SMALL, NULL, &line);
  ct_chart_ticks_compute (&layout->ticks, lo, hi,
                          ticks_for (area->height - line * 2, line * MIN_TICK_SPACING), layout->unit);
  tick_width = widest_tick (layout, cr, theme);
  layout->plot = (CtChartRect) { area->x + tick_width + TICK_GAP, area->y + line / 2,
                                 MAX (area->width - tick_width - TICK_GAP - 2, 1),
                                 MAX (area->height - line / 2 - line - TICK_GAP, 1) };
  slot = layout->plot.width / n;
  widest = widest_category (layout->categories, cr, theme);
  layout->label_every = 1;
  layout->label_width = slot - 4;
  if (widest + 6 > slot && slot < 48)
    {
      layout->label_every = (guint) ceil ((widest + 6) / slot);
      layout->label_width = 0;
    }
}

/* Categories down the left (rankings), values along the bottom. */
static void
layout_horizontal (CtChartAxesLayout  *layout,
                   cairo_t            *cr,
                   const CtChartTheme *theme,
                   const CtChartRect  *area,
                   double              lo,
                   double              hi)
{
  double line, labels, tick_width, length;

  ct_chart_text_measure (cr, theme, "0", CT_CHART_TEXT_SMALL, NULL, &line);
  labels = MIN (widest_category (layout->categories, cr, theme), area->width * MAX_CATEGORY_SHARE);
  length = area->width - labels - TICK_GAP;
  ct_chart_ticks_compute (&layout->ticks, lo, hi, 6, layout->unit);
  tick_width = widest_tick (layout, cr, theme);
  ct_chart_ticks_compute (&layout->ticks, lo, hi, ticks_for (length - tick_width, tick_width * 2),
                          layout->unit);
  tick_width = widest_tick (layout, cr, theme);
  layout->plot = (CtChartRect) { area->x + labels + TICK_GAP, area->y,
                                 MAX (length - tick_width / 2, 1),
                                 MAX (area->height - line - TICK_GAP, 1) };
  layout->label_every = 1;
  layout->label_width = labels;
}

/* FALSE when no layer is cartesian: then there are no axes to draw. */
gboolean
ct_chart_axes_layout (const CtChartAxes  *axes,
                      cairo_t            *cr,
                      const CtChartTheme *theme,
                      GPtrArray          *layers,
                      const CtChartRect  *area,
                      CtChartAxesLayout  *layout)
{
  double lo, hi;

  g_return_val_if_fail (axes != NULL && cr != NULL && theme != NULL, FALSE);
  g_return_val_if_fail (layers != NULL && area != NULL && layout != NULL, FALSE);

  layout->categories = first_cartesian (layers);
  if (layout->categories == NULL)
    return FALSE;
  layout->unit = ct_chart_data_get_unit (ct_chart_layer_get_data (layout->categories));
  layout->horizontal = ct_chart_layer_get_horizontal (layout->categories);
  value_extent (axes, layers, &lo, &hi);
  if (layout->horizontal)
    layout_horizontal (layout, cr, theme, area, lo, hi);
  else
    layout_vertical (layout, cr, theme, area, lo, hi);
  return TRUE;
}

static double
tick_position (const CtChartAxesLayout *layout,
               double                   value)
{
  const CtChartRect *plot = &layout->plot;
  CtChartScale scale;

  if (layout->horizontal)
    ct_chart_scale_init (&scale, layout->ticks.min, layout->ticks.max, plot->x,
                         plot->x + plot->width);
  else
    ct_chart_scale_init (&scale, layout->ticks.min, layout->ticks.max, plot->y + plot->height,
                         plot->y);
  /* On a pixel's middle, so a 1-pixel line stays sharp. */
  return round (ct_chart_scale_map (&scale, value) - 0.5) + 0.5;
}

static void
stroke_at (const CtChartAxesLayout *layout,
           cairo_t                 *cr,
           double                   position)
{
  const CtChartRect *plot = &layout->plot;

  if (layout->horizontal)
    {
      cairo_move_to (cr, position, plot->y);
      cairo_line_to (cr, position, plot->y + plot->height);
    }
  else
    {
      cairo_move_to (cr, plot->x, position);
      cairo_line_to (cr, plot->x + plot->width, position);
    }
  cairo_stroke (cr);
}

/* Gridlines at the ticks, and a firmer line at zero (the bars' base). */
void
ct_chart_axes_draw_grid (const CtChartAxes       *axes,
                         const CtChartAxesLayout *layout,
                         cairo_t                 *cr,
                         const CtChartTheme      *theme)
{
  g_return_if_fail (axes != NULL && layout != NULL && cr != NULL && theme != NULL);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  ct_chart_color_set_source (&theme->grid, cr);
  for (guint i = 0; axes->show_grid && i < layout->ticks.n_ticks; i++)
    stroke_at (layout, cr, tick_position (layout, ct_chart_ticks_get_value (&layout->ticks, i)));
  ct_chart_color_set_source (&theme->fg_dim, cr);
  stroke_at (layout, cr, tick_position (layout, CLAMP (0, layout->ticks.min, layout->ticks.max)));
  cairo_restore (cr);
}

static void
draw_value_labels (const CtChartAxesLayout *layout,
                   cairo_t                 *cr,
                   const CtChartTheme      *theme)
{
  const CtChartRect *plot = &layout->plot;

  for (guint i = 0; i < layout->ticks.n_ticks; i++)
    {
      double value = ct_chart_ticks_get_value (&layout->ticks, i);
      g_autofree char *text = ct_chart_format_tick (value, layout->ticks.step, layout->unit);
      double position = tick_position (layout, value);

      if (layout->horizontal)
        ct_chart_text_show (cr, theme, text, CT_CHART_TEXT_SMALL, &theme->fg_dim, position,
                            plot->y + plot->height + TICK_GAP / 2, 0.5, 0.0, 0);
      else
        ct_chart_text_show (cr, theme, text, CT_CHART_TEXT_SMALL, &theme->fg_dim,
                            plot->x - TICK_GAP, position, 1.0, 0.5, 0);
    }
}

static void
draw_category_labels (const CtChartAxesLayout *layout,
                      cairo_t                 *cr,
                      const CtChartTheme      *theme)
{
  const CtChartRect *plot = &layout->plot;
  CtChartData *data = ct_chart_layer_get_data (layout->categories);
  guint n = ct_chart_data_get_n_categories (data);
  double slot = (layout->horizontal ? plot->height : plot->width) / MAX (n, 1);

  for (guint c = 0; c < n; c += MAX (layout->label_every, 1))
    {
      const char *label = ct_chart_data_get_category_label (data, c);
      double middle = slot * (c + 0.5);

      if (layout->horizontal)
        ct_chart_text_show (cr, theme, label, CT_CHART_TEXT_SMALL, &theme->fg,
                            plot->x - TICK_GAP, plot->y + middle, 1.0, 0.5, layout->label_width);
      else
        ct_chart_text_show (cr, theme, label, CT_CHART_TEXT_SMALL, &theme->fg,
                            plot->x + middle, plot->y + plot->height + TICK_GAP / 2, 0.5, 0.0,
                            layout->label_width);
    }
}

void
ct_chart_axes_draw_labels (const CtChartAxesLayout *layout,
                           cairo_t                 *cr,
                           const CtChartTheme      *theme)
{
  g_return_if_fail (layout != NULL && cr != NULL && theme != NULL);

  draw_value_labels (layout, cr, theme);
  draw_category_labels (layout, cr, theme);
}
