/* ct-chart-donut.c — the shares of a whole: one ring, a slice per category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-chart-donut.h"
#include "ct-chart-layer-private.h"

#define HOLE 0.58            /* inner radius / outer radius */
#define MIN_LABEL_ANGLE 0.3  /* radians: narrower slices carry no label */
#define TOP (-G_PI / 2)

struct _CtChartDonut
{
  CtChartLayer parent_instance;
};

G_DEFINE_FINAL_TYPE (CtChartDonut, ct_chart_donut, CT_TYPE_CHART_LAYER)

static double
slice_value (CtChartDonut *self,
             guint         category)
{
  double value = ct_chart_data_get_value (ct_chart_layer_get_data (CT_CHART_LAYER (self)), 0,
                                          category);

  return isfinite (value) && value > 0 ? value : 0;
}

static double
total (CtChartDonut *self)
{
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (CT_CHART_LAYER (self)));
  double sum = 0;

  for (guint c = 0; c < n; c++)
    sum += slice_value (self, c);
  return sum;
}

static void
draw_center (CtChartDonut       *self,
             cairo_t            *cr,
             const CtChartTheme *theme,
             double              sum)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  g_autofree char *figure = ct_chart_data_format_value (data, sum);
  double cx, cy, inner, outer, height;

  ct_chart_donut_get_geometry (self, &cx, &cy, &inner, &outer);
  if (sum <= 0)
    {
      ct_chart_text_show (cr, theme, _("No data"), CT_CHART_TEXT_NORMAL, &theme->fg_dim,
                          cx, cy, 0.5, 0.5, inner * 1.8);
      return;
    }
  ct_chart_text_measure (cr, theme, figure, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, NULL,
                         &height);
  ct_chart_text_show (cr, theme, figure, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, &theme->fg,
                      cx, cy + height * 0.1, 0.5, 1.0, inner * 1.8);
  /* Translators: under the sum in the middle of a donut chart */
  ct_chart_text_show (cr, theme, _("Total"), CT_CHART_TEXT_SMALL, &theme->fg_dim,
                      cx, cy + height * 0.1, 0.5, 0.0, inner * 1.8);
}

static void
draw_slice (CtChartDonut       *self,
            cairo_t            *cr,
            const CtChartTheme *theme,
            guint               category,
            double              sum)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  const CtChartColor *color = ct_chart_layer_series_color (layer, theme, category);
  double cx, cy, inner, outer, a0, a1, middle, width, height;
  g_autofree char *share = NULL;
  CtChartColor ink;

  if (!ct_chart_donut_get_slice (self, category, &a0, &a1))
    return;
  ct_chart_donut_get_geometry (self, &cx, &cy, &inner, &outer);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, outer, a0, a1);
  cairo_arc_negative (cr, cx, cy, inner, a1, a0);
  cairo_close_path (cr);
  ct_chart_color_set_source (color, cr);
  cairo_fill_preserve (cr);
  ct_chart_color_set_source (&theme->bg, cr);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  if (ct_chart_layer_is_highlighted (layer, 0, category))
    {
      cairo_arc (cr, cx, cy, outer + 3, a0, a1);
      ct_chart_color_set_source (&theme->fg, cr);
      cairo_set_line_width (cr, 3.0);
      cairo_stroke (cr);
    }
  if (a1 - a0 < MIN_LABEL_ANGLE)
    return;
  middle = (a0 + a1) / 2;
  share = ct_chart_format_value (slice_value (self, category) / sum, CT_CHART_UNIT_PERCENT);
  /* Only where the share fits inside the ring and along the slice. */
  ct_chart_text_measure (cr, theme, share, CT_CHART_TEXT_SMALL, &width, &height);
  if (width > outer - inner - 4 || (a1 - a0) * (inner + outer) / 2 < MAX (width, height) + 4)
    return;
  ct_chart_contrast_color (theme, color, &ink);
  ct_chart_text_show (cr, theme, share, CT_CHART_TEXT_SMALL, &ink,
                      cx + cos (middle) * (inner + outer) / 2,
                      cy + sin (middle) * (inner + outer) / 2, 0.5, 0.5, 0);
}

static void
ct_chart_donut_draw (CtChartLayer       *layer,
                     cairo_t            *cr,
                     const CtChartTheme *theme)
{
  CtChartDonut *self = CT_CHART_DONUT (layer);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (layer));
  double sum = total (self);
  double cx, cy, inner, outer;

  ct_chart_donut_get_geometry (self, &cx, &cy, &inner, &outer);
  if (sum <= 0)
    {
      cairo_arc (cr, cx, cy, (inner + outer) / 2, 0, 2 * G_PI);
      ct_chart_color_set_source (&theme->grid, cr);
      cairo_set_line_width (cr, outer - inner);
      cairo_stroke (cr);
    }
  for (guint c = 0; c < n; c++)
    draw_slice (self, cr, theme, c, sum);
  draw_center (self, cr, theme, sum);
}

static gboolean
ct_chart_donut_pick (CtChartLayer *layer,
                     double        x,
                     double        y,
                     guint        *series,
                     guint        *category)
{
  CtChartDonut *self = CT_CHART_DONUT (layer);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (layer));
  double cx, cy, inner, outer, radius, angle;

  ct_chart_donut_get_geometry (self, &cx, &cy, &inner, &outer);
  radius = hypot (x - cx, y - cy);
  if (radius < inner || radius > outer)
    return FALSE;
  angle = atan2 (y - cy, x - cx);
  if (angle < TOP)
    angle += 2 * G_PI;
  for (guint c = 0; c < n; c++)
    {
      double a0, a1;

      if (ct_chart_donut_get_slice (self, c, &a0, &a1) && angle >= a0 && angle < a1)
        {
          *series = 0;
          *category = c;
          return TRUE;
        }
    }
  return FALSE;
}

/* "Repair: 120 (45.3 %)" */
static char *
ct_chart_donut_item_text (CtChartLayer *layer,
                          guint         series,
                          guint         category)
{
  CtChartDonut *self = CT_CHART_DONUT (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  double sum = total (self);
  double value = ct_chart_data_get_value (data, 0, category);
  g_autofree char *figure = ct_chart_data_format_value (data, value);
  g_autofree char *share = ct_chart_format_value (sum > 0 ? slice_value (self, category) / sum : 0,
                                                  CT_CHART_UNIT_PERCENT);

  /* Translators: a slice of a donut chart, "Repair: 120 (45.3 %)" */
  return g_strdup_printf (_("%s: %s (%s)"), ct_chart_data_get_category_label (data, category),
                          figure, share);
}

static void
ct_chart_donut_add_legend (CtChartLayer *layer,
                           GArray       *items)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint offset = ct_chart_layer_get_color_offset (layer);

  for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
    ct_chart_legend_add (items, ct_chart_data_get_category_label (data, c), offset + c,
                         CT_CHART_LEGEND_SWATCH, 0);
}

/* "Tickets by kind: total 265. Repair: 120 (45.3 %), …" */
static char *
ct_chart_donut_describe (CtChartLayer *layer)
{
  CtChartDonut *self = CT_CHART_DONUT (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint n = ct_chart_data_get_n_categories (data);
  g_autofree char *name = ct_chart_layer_dup_name (layer, _("Shares"));
  g_autofree char *sum = ct_chart_data_format_value (data, total (self));
  GString *out = g_string_new (NULL);

  if (total (self) <= 0)
    {
      g_string_printf (out, _("%s: no data."), name);
      return g_string_free (out, FALSE);
    }
  /* Translators: the start of a donut chart's summary, "Tickets by kind: total 265." */
  g_string_printf (out, _("%s: total %s."), name, sum);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *item = ct_chart_donut_item_text (layer, 0, c);

      /* Translators: punctuation between and after the items of a chart summary */
      g_string_append_printf (out, " %s%s", item, c + 1 < n ? _(",") : _("."));
    }
  return g_string_free (out, FALSE);
}

static void
ct_chart_donut_class_init (CtChartDonutClass *klass)
{
  CtChartLayerClass *layer_class = CT_CHART_LAYER_CLASS (klass);

  layer_class->draw = ct_chart_donut_draw;
  layer_class->pick = ct_chart_donut_pick;
  layer_class->item_text = ct_chart_donut_item_text;
  layer_class->add_legend = ct_chart_donut_add_legend;
  layer_class->describe = ct_chart_donut_describe;
}

static void
ct_chart_donut_init (CtChartDonut *self)
{
}

CtChartLayer *
ct_chart_donut_new (CtChartData *data)
{
  return g_object_new (CT_TYPE_CHART_DONUT, "data", data, NULL);
}

/* The angles (radians, clockwise from three o'clock, the first slice
 * starting at twelve) of a category's slice in the last plot; FALSE when it
 * has none. */
gboolean
ct_chart_donut_get_slice (CtChartDonut *self,
                          guint         category,
                          double       *start_angle,
                          double       *end_angle)
{
  double sum;
  double before = 0;

  g_return_val_if_fail (CT_IS_CHART_DONUT (self), FALSE);

  sum = total (self);
  if (sum <= 0 || slice_value (self, category) <= 0)
    return FALSE;
  for (guint c = 0; c < category; c++)
    before += slice_value (self, c);
  *start_angle = TOP + 2 * G_PI * before / sum;
  *end_angle = TOP + 2 * G_PI * (before + slice_value (self, category)) / sum;
  return TRUE;
}

void
ct_chart_donut_get_geometry (CtChartDonut *self,
                             double       *center_x,
                             double       *center_y,
                             double       *inner_radius,
                             double       *outer_radius)
{
  const CtChartRect *plot;
  double outer;

  g_return_if_fail (CT_IS_CHART_DONUT (self));

  plot = ct_chart_layer_get_plot (CT_CHART_LAYER (self));
  outer = MAX (MIN (plot->width, plot->height) / 2 - 6, 1);
  *center_x = plot->x + plot->width / 2;
  *center_y = plot->y + plot->height / 2;
  *inner_radius = outer * HOLE;
  *outer_radius = outer;
}
