/* ct-chart-gauge.c — bullet gauges: each KPI against its target
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-chart-gauge.h"
#include "ct-chart-layer-private.h"

#define GAP 10.0
#define MAX_LABEL_SHARE 0.35

struct _CtChartGauge
{
  CtChartLayer parent_instance;

  double       label_width;   /* measured by the last draw */
  double       value_width;
  double       font_size;
};

G_DEFINE_FINAL_TYPE (CtChartGauge, ct_chart_gauge, CT_TYPE_CHART_LAYER)

static const char *
verdict_glyph (CtChartGauge *self,
               double        value)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));

  if (!ct_chart_data_get_target (data, NULL) || !isfinite (value))
    return "";
  return ct_chart_data_target_met (data, value) ? "✓" : "✗";
}

static void
row_rect (CtChartGauge *self,
          guint         category,
          CtChartRect  *row)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (CT_CHART_LAYER (self));
  guint n = MAX (ct_chart_data_get_n_categories (ct_chart_layer_get_data (CT_CHART_LAYER (self))), 1);
  double height = plot->height / n;

  *row = (CtChartRect) { plot->x, plot->y + height * category, plot->width, height };
}

static void
track_scale (CtChartGauge      *self,
             const CtChartRect *track,
             CtChartScale      *scale)
{
  double min;
  double max;

  ct_chart_layer_get_domain (CT_CHART_LAYER (self), &min, &max);
  ct_chart_scale_init (scale, min, max, track->x, track->x + track->width);
}

static void
measure (CtChartGauge       *self,
         cairo_t            *cr,
         const CtChartTheme *theme)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  const CtChartRect *plot = ct_chart_layer_get_plot (CT_CHART_LAYER (self));

  self->label_width = self->value_width = 0;
  self->font_size = theme->font_size;
  for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
    {
      double value = ct_chart_data_get_value (data, 0, c);
      g_autofree char *figure = ct_chart_data_format_value (data, value);
      g_autofree char *text = g_strdup_printf ("%s %s", verdict_glyph (self, value), figure);
      double width;

      ct_chart_text_measure (cr, theme, ct_chart_data_get_category_label (data, c),
                             CT_CHART_TEXT_NORMAL, &width, NULL);
      self->label_width = MAX (self->label_width, width);
      ct_chart_text_measure (cr, theme, text, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, &width, NULL);
      self->value_width = MAX (self->value_width, width);
    }
  self->label_width = MIN (self->label_width, plot->width * MAX_LABEL_SHARE);
}

static void
draw_track (CtChartGauge       *self,
            cairo_t            *cr,
            const CtChartTheme *theme,
            guint               category)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  double value = ct_chart_data_get_value (data, 0, category);
  gboolean has_target = ct_chart_data_get_target (data, NULL);
  gboolean met = ct_chart_data_target_met (data, value);
  CtChartRect track, bar;

  ct_chart_gauge_get_track_rect (self, category, &track);
  cairo_rectangle (cr, track.x, track.y, track.width, track.height);
  ct_chart_color_set_source (&theme->grid, cr);
  cairo_fill (cr);
  if (!ct_chart_gauge_get_value_rect (self, category, &bar))
    return;
  if (has_target && !met)
    ct_chart_draw_hatched_rect (cr, &bar, &theme->bad);
  else
    {
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      ct_chart_color_set_source (has_target ? &theme->good : &theme->accent, cr);
      cairo_fill (cr);
    }
  if (ct_chart_layer_is_highlighted (CT_CHART_LAYER (self), 0, category))
    {
      cairo_rectangle (cr, track.x - 2, track.y - 2, track.width + 4, track.height + 4);
      ct_chart_color_set_source (&theme->fg, cr);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
}

/* The target: a bar across the track, labelled under it when there is room. */
static void
draw_target (CtChartGauge       *self,
             cairo_t            *cr,
             const CtChartTheme *theme,
             guint               category)
{
  g_autofree char *label = ct_chart_layer_dup_target_text (CT_CHART_LAYER (self));
  CtChartRect track, row;
  CtChartScale scale;
  double target, x;

  if (label == NULL)
    return;
  ct_chart_data_get_target (ct_chart_layer_get_data (CT_CHART_LAYER (self)), &target);
  ct_chart_gauge_get_track_rect (self, category, &track);
  track_scale (self, &track, &scale);
  x = round (ct_chart_scale_map (&scale, target));
  cairo_rectangle (cr, x - 1.5, track.y - 5, 3, track.height + 10);
  ct_chart_color_set_source (&theme->fg, cr);
  cairo_fill (cr);
  row_rect (self, category, &row);
  if (track.y + track.height + 5 + theme->font_size * 1.3 <= row.y + row.height)
    ct_chart_text_show (cr, theme, label, CT_CHART_TEXT_SMALL, &theme->fg_dim,
                        CLAMP (x, track.x, track.x + track.width), track.y + track.height + 6,
                        x > track.x + track.width * 0.8 ? 1.0 : 0.5, 0.0, 0);
}

static void
draw_figure (CtChartGauge       *self,
             cairo_t            *cr,
             const CtChartTheme *theme,
             guint               category)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  double value = ct_chart_data_get_value (data, 0, category);
  g_autofree char *figure = ct_chart_data_format_value (data, value);
  const char *glyph = verdict_glyph (self, value);
  const CtChartColor *color = ct_chart_data_target_met (data, value) ? &theme->good : &theme->bad;
  CtChartRect row, track;
  double figure_width;

  row_rect (self, category, &row);
  ct_chart_gauge_get_track_rect (self, category, &track);
  ct_chart_text_show (cr, theme, ct_chart_data_get_category_label (data, category),
                      CT_CHART_TEXT_NORMAL, &theme->fg, row.x, track.y + track.height / 2,
                      0.0, 0.5, self->label_width);
  ct_chart_text_show (cr, theme, figure, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, &theme->fg,
                      row.x + row.width, track.y + track.height / 2, 1.0, 0.5, 0);
  ct_chart_text_measure (cr, theme, figure, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD,
                         &figure_width, NULL);
  ct_chart_text_show (cr, theme, glyph, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, color,
                      row.x + row.width - figure_width - 4, track.y + track.height / 2,
                      1.0, 0.5, 0);
}

static gboolean
ct_chart_gauge_get_extent (CtChartLayer *layer,
                           double       *min,
                           double       *max)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  gboolean any = ct_chart_data_get_range (data, min, max);
  double target;

  *min = MIN (*min, 0);
  *max = MAX (*max, 0);
  if (ct_chart_data_get_target (data, &target))
    *max = MAX (*max, target);
  if (ct_chart_data_get_unit (data) == CT_CHART_UNIT_PERCENT && *min >= 0)
    *max = MAX (*max, 1.0);   /* a rate is read against the whole */
  return any;
}

static void
ct_chart_gauge_draw (CtChartLayer       *layer,
                     cairo_t            *cr,
                     const CtChartTheme *theme)
{
  CtChartGauge *self = CT_CHART_GAUGE (layer);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (layer));

  measure (self, cr, theme);
  for (guint c = 0; c < n; c++)
    {
      draw_track (self, cr, theme, c);
      draw_target (self, cr, theme, c);
      draw_figure (self, cr, theme, c);
    }
}

static gboolean
ct_chart_gauge_pick (CtChartLayer *layer,
                     double        x,
                     double        y,
                     guint        *series,
                     guint        *category)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (layer);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (layer));

  if (n == 0 || !ct_chart_rect_contains (plot, x, y))
    return FALSE;
  *series = 0;
  *category = MIN ((guint) ((y - plot->y) / (plot->height / n)), n - 1);
  return TRUE;
}

/* "Owner satisfaction: 92.3 % — Target ≥ 90.0 %, met" */
static char *
ct_chart_gauge_item_text (CtChartLayer *layer,
                          guint         series,
                          guint         category)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  double value = ct_chart_data_get_value (data, 0, category);
  const char *label = ct_chart_data_get_category_label (data, category);
  g_autofree char *figure = ct_chart_data_format_value (data, value);
  g_autofree char *target = ct_chart_layer_dup_target_text (layer);

  if (target == NULL || !isfinite (value))
    return g_strdup_printf (_("%s: %s"), label, figure);
  if (ct_chart_data_target_met (data, value))
    /* Translators: a KPI against its target, "Satisfaction: 92.3 % — Target ≥ 90.0 %, ✓ met" */
    return g_strdup_printf (_("%s: %s — %s, ✓ met"), label, figure, target);
  /* Translators: a KPI against its target, "Satisfaction: 85.0 % — Target ≥ 90.0 %, ✗ missed" */
  return g_strdup_printf (_("%s: %s — %s, ✗ missed"), label, figure, target);
}

static char *
ct_chart_gauge_describe (CtChartLayer *layer)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  g_autofree char *name = ct_chart_layer_dup_name (layer, _("Targets"));
  GString *out = g_string_new (NULL);
  guint n = ct_chart_data_get_n_categories (data);

  /* Translators: the start of a chart summary: its name, then a full stop */
  g_string_printf (out, n > 0 ? _("%s. ") : _("%s: no data."), name);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *item = ct_chart_gauge_item_text (layer, 0, c);

      /* Translators: punctuation between and after the sentences of a chart summary */
      g_string_append_printf (out, "%s%s", item, c + 1 < n ? _(". ") : _("."));
    }
  return g_string_free (out, FALSE);
}

static void
ct_chart_gauge_add_legend (CtChartLayer *layer,
                           GArray       *items)
{
}

static void
ct_chart_gauge_class_init (CtChartGaugeClass *klass)
{
  CtChartLayerClass *layer_class = CT_CHART_LAYER_CLASS (klass);

  layer_class->get_extent = ct_chart_gauge_get_extent;
  layer_class->draw = ct_chart_gauge_draw;
  layer_class->pick = ct_chart_gauge_pick;
  layer_class->item_text = ct_chart_gauge_item_text;
  layer_class->describe = ct_chart_gauge_describe;
  layer_class->add_legend = ct_chart_gauge_add_legend;
}

static void
ct_chart_gauge_init (CtChartGauge *self)
{
  ct_chart_layer_set_horizontal (CT_CHART_LAYER (self), TRUE);
}

CtChartLayer *
ct_chart_gauge_new (CtChartData *data)
{
  return g_object_new (CT_TYPE_CHART_GAUGE, "data", data, NULL);
}

/* The track of a category's row in the last draw: the whole domain. */
gboolean
ct_chart_gauge_get_track_rect (CtChartGauge *self,
                               guint         category,
                               CtChartRect  *track)
{
  CtChartRect row;
  double left, right, height;

  g_return_val_if_fail (CT_IS_CHART_GAUGE (self), FALSE);

  if (category >= ct_chart_data_get_n_categories (ct_chart_layer_get_data (CT_CHART_LAYER (self))))
    return FALSE;
  row_rect (self, category, &row);
  left = row.x + (self->label_width > 0 ? self->label_width + GAP : 0);
  right = row.x + row.width - self->value_width - GAP;
  height = MAX (MIN (row.height * 0.4, self->font_size * 2), 2);
  *track = (CtChartRect) { left, row.y + (row.height - height) / 2, MAX (right - left, 1), height };
  return TRUE;
}

/* The value's bar inside the track, from zero; FALSE when it is missing. */
gboolean
ct_chart_gauge_get_value_rect (CtChartGauge *self,
                               guint         category,
                               CtChartRect  *bar)
{
  double value = ct_chart_data_get_value (ct_chart_layer_get_data (CT_CHART_LAYER (self)), 0,
                                          category);
  CtChartRect track;
  CtChartScale scale;
  double min, max, zero, end;

  g_return_val_if_fail (CT_IS_CHART_GAUGE (self), FALSE);

  if (!isfinite (value) || !ct_chart_gauge_get_track_rect (self, category, &track))
    return FALSE;
  ct_chart_layer_get_domain (CT_CHART_LAYER (self), &min, &max);
  track_scale (self, &track, &scale);
  zero = ct_chart_scale_map (&scale, CLAMP (0, min, max));
  end = ct_chart_scale_map (&scale, CLAMP (value, min, max));
  *bar = (CtChartRect) { MIN (zero, end), track.y + track.height * 0.2, fabs (end - zero),
                         track.height * 0.6 };
  return TRUE;
}
