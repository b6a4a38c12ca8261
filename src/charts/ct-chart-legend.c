/* ct-chart-legend.c — the legend: a sample and a label per series, wrapped
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include "ct-chart-axes.h"
#include "ct-chart-text.h"

#define SAMPLE_GAP 5.0
#define ITEM_GAP 14.0
#define ROW_GAP 4.0
#define SWATCH 10.0

static double
sample_width (const CtChartLegendItem *item)
{
  switch (item->style)
    {
    case CT_CHART_LEGEND_SWATCH:
      return SWATCH;
    case CT_CHART_LEGEND_LINE:
    case CT_CHART_LEGEND_TARGET:
      return 20.0;
    case CT_CHART_LEGEND_GRADIENT:
      return 36.0;
    default:
      g_return_val_if_reached (SWATCH);
    }
}

static double
item_width (const CtChartLegendItem *item,
            cairo_t                 *cr,
            const CtChartTheme      *theme,
            double                  *line)
{
  double width;

  ct_chart_text_measure (cr, theme, item->label, CT_CHART_TEXT_SMALL, &width, line);
  return sample_width (item) + SAMPLE_GAP + width;
}

static void
draw_gradient (cairo_t            *cr,
               const CtChartTheme *theme,
               double              x,
               double              y)
{
  cairo_pattern_t *ramp = cairo_pattern_create_linear (x, 0, x + 36.0, 0);
  CtChartColor pale;

  ct_chart_color_mix (&pale, &theme->bg, &theme->accent, 0.06);
  cairo_pattern_add_color_stop_rgba (ramp, 0, pale.red, pale.green, pale.blue, pale.alpha);
  cairo_pattern_add_color_stop_rgba (ramp, 1, theme->accent.red, theme->accent.green,
                                     theme->accent.blue, theme->accent.alpha);
  cairo_rectangle (cr, x, y - SWATCH / 2, 36.0, SWATCH);
  cairo_set_source (cr, ramp);
  cairo_fill (cr);
  cairo_pattern_destroy (ramp);
}

static void
draw_sample (const CtChartLegendItem *item,
             cairo_t                 *cr,
             const CtChartTheme      *theme,
             double                   x,
             double                   y)
{
  static const double dashes[] = { 4.0, 3.0 };

  cairo_save (cr);
  ct_chart_color_set_source (ct_chart_theme_get_series (theme, item->color), cr);
  switch (item->style)
    {
    case CT_CHART_LEGEND_SWATCH:
      cairo_rectangle (cr, x, y - SWATCH / 2, SWATCH, SWATCH);
      cairo_fill (cr);
      break;
    case CT_CHART_LEGEND_LINE:
      cairo_set_line_width (cr, theme->line_width);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 20.0, y);
      cairo_stroke (cr);
      ct_chart_draw_marker (cr, (CtChartMarker) item->marker, x + 10.0, y, 3.5);
      cairo_fill (cr);
      break;
    case CT_CHART_LEGEND_TARGET:
      ct_chart_color_set_source (&theme->fg, cr);
      cairo_set_line_width (cr, theme->line_width * 0.75);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 20.0, y);
      cairo_stroke (cr);
      break;
    case CT_CHART_LEGEND_GRADIENT:
      draw_gradient (cr, theme, x, y);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_restore (cr);
}

/* Lays the items out in rows within @width; with @area, draws them too.
 * Returns the height taken. */
static double
flow (GArray             *items,
      cairo_t            *cr,
      const CtChartTheme *theme,
      double              width,
      const CtChartRect  *area)
{
  double x = 0;
  double y = 0;
  double line = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const CtChartLegendItem *item = &g_array_index (items, CtChartLegendItem, i);
      double wide = item_width (item, cr, theme, &line);

      if (x > 0 && x + wide > width)
        {
          x = 0;
          y += line + ROW_GAP;
        }
      if (area)
        {
          draw_sample (item, cr, theme, area->x + x, area->y + y + line / 2);
          ct_chart_text_show (cr, theme, item->label, CT_CHART_TEXT_SMALL, &theme->fg,
                              area->x + x + sample_width (item) + SAMPLE_GAP, area->y + y,
                              0.0, 0.0, MAX (width - sample_width (item) - SAMPLE_GAP, 1));
        }
      x += wide + ITEM_GAP;
    }
  return items->len > 0 ? y + line : 0;
}

/* The height the legend takes in @width. */
double
ct_chart_legend_measure (GArray             *items,
                         cairo_t            *cr,
                         const CtChartTheme *theme,
                         double              width)
{
  g_return_val_if_fail (items != NULL && cr != NULL && theme != NULL, 0);

  return flow (items, cr, theme, width, NULL);
}

void
ct_chart_legend_draw (GArray             *items,
                      cairo_t            *cr,
                      const CtChartTheme *theme,
                      const CtChartRect  *area)
{
  g_return_if_fail (items != NULL && cr != NULL && theme != NULL && area != NULL);

  flow (items, cr, theme, area->width, area);
}
