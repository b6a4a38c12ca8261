/* ct-chart-layer-util.c — geometry, target line and words shared by layers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-chart-layer-private.h"

/* At most this many values are read out one by one; more get a summary. */
#define MAX_LISTED 12

/* Pixel position of @value along the value axis of the last plot. */
double
ct_chart_layer_value_position (CtChartLayer *self,
                               double        value)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (self);
  CtChartScale scale;
  double min;
  double max;

  ct_chart_layer_get_domain (self, &min, &max);
  if (ct_chart_layer_get_horizontal (self))
    ct_chart_scale_init (&scale, min, max, plot->x, plot->x + plot->width);
  else
    ct_chart_scale_init (&scale, min, max, plot->y + plot->height, plot->y);
  return ct_chart_scale_map (&scale, value);
}

/* The slot of @category along the category axis: left to right, or top to
 * bottom for horizontal layers. */
void
ct_chart_layer_category_band (CtChartLayer *self,
                              guint         category,
                              double       *start,
                              double       *size)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (self);
  guint n = MAX (ct_chart_data_get_n_categories (ct_chart_layer_get_data (self)), 1);
  gboolean horizontal = ct_chart_layer_get_horizontal (self);
  double length = horizontal ? plot->height : plot->width;

  *size = length / n;
  *start = (horizontal ? plot->y : plot->x) + *size * category;
}

gboolean
ct_chart_layer_category_at (CtChartLayer *self,
                            double        x,
                            double        y,
                            guint        *category)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (self);
  guint n = ct_chart_data_get_n_categories (ct_chart_layer_get_data (self));
  gboolean horizontal = ct_chart_layer_get_horizontal (self);
  double position = horizontal ? y - plot->y : x - plot->x;
  double length = horizontal ? plot->height : plot->width;

  if (n == 0 || !ct_chart_rect_contains (plot, x, y))
    return FALSE;
  *category = MIN ((guint) floor (position / (length / n)), n - 1);
  return TRUE;
}

gboolean
ct_chart_layer_is_highlighted (CtChartLayer *self,
                               guint         series,
                               guint         category)
{
  guint s;
  guint c;

  return ct_chart_layer_get_highlight (self, &s, &c) && s == series && c == category;
}

const CtChartColor *
ct_chart_layer_series_color (CtChartLayer       *self,
                             const CtChartTheme *theme,
                             guint               series)
{
  return ct_chart_theme_get_series (theme, ct_chart_layer_get_color_offset (self) + series);
}

/* "Target ≥ 90.0 %", or NULL without a target. */
char *
ct_chart_layer_dup_target_text (CtChartLayer *self)
{
  CtChartData *data = ct_chart_layer_get_data (self);
  g_autofree char *value = NULL;
  double target;

  if (!ct_chart_data_get_target (data, &target))
    return NULL;
  value = ct_chart_data_format_value (data, target);
  if (ct_chart_data_get_goal (data) == CT_CHART_GOAL_AT_MOST)
    /* Translators: a target that must not be exceeded, "Target ≤ 15 min" */
    return g_strdup_printf (_("%s ≤ %s"), ct_chart_data_get_target_label (data), value);
  /* Translators: a target to reach, "Target ≥ 90.0 %" */
  return g_strdup_printf (_("%s ≥ %s"), ct_chart_data_get_target_label (data), value);
}

/* The dashed target line across a cartesian plot (its label is in the
 * legend: on the plot it would cross the data). */
void
ct_chart_layer_draw_target (CtChartLayer       *self,
                            cairo_t            *cr,
                            const CtChartTheme *theme)
{
  const CtChartRect *plot = ct_chart_layer_get_plot (self);
  static const double dashes[] = { 6.0, 4.0 };
  gboolean horizontal = ct_chart_layer_get_horizontal (self);
  double target;
  double position;

  if (!ct_chart_data_get_target (ct_chart_layer_get_data (self), &target))
    return;
  position = round (ct_chart_layer_value_position (self, target)) + 0.5;
  cairo_save (cr);
  ct_chart_color_set_source (&theme->fg, cr);
  cairo_set_line_width (cr, theme->line_width * 0.75);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  if (horizontal)
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
  cairo_restore (cr);
}

/* The layer's title, or @kind ("Bar chart") without one. */
char *
ct_chart_layer_dup_name (CtChartLayer *self,
                         const char   *kind)
{
  const char *title = ct_chart_layer_get_title (self);

  return g_strdup (title && *title ? title : kind);
}

/* The legend's entry for the target line, when there is one. */
void
ct_chart_layer_add_target_legend (CtChartLayer *self,
                                  GArray       *items)
{
  g_autofree char *label = ct_chart_layer_dup_target_text (self);

  if (label)
    ct_chart_legend_add (items, label, 0, CT_CHART_LEGEND_TARGET, 0);
}

void
ct_chart_legend_add (GArray             *items,
                     const char         *label,
                     guint               color,
                     CtChartLegendStyle  style,
                     guint               marker)
{
  CtChartLegendItem item = { g_strdup (label), color, style, marker };

  g_array_append_val (items, item);
}

/* "Repair · Tuesday: 12", with the series left out when there is only one. */
char *
ct_chart_layer_default_item_text (CtChartLayer *self,
                                  guint         series,
                                  guint         category)
{
  CtChartData *data = ct_chart_layer_get_data (self);
  double value = ct_chart_data_get_value (data, series, category);
  g_autofree char *formatted = ct_chart_data_format_value (data, value);
  const char *series_label = ct_chart_data_get_series_label (data, series);
  const char *category_label = ct_chart_data_get_category_label (data, category);
  const char *verdict = "";

  if (ct_chart_data_get_target (data, NULL) && isfinite (value))
    verdict = ct_chart_data_target_met (data, value) ? _(" ✓ target met") : _(" ✗ target missed");
  if (ct_chart_data_get_n_series (data) == 1 || *series_label == '\0')
    /* Translators: a chart item under the pointer, "Tuesday: 12" */
    return g_strdup_printf (_("%s: %s%s"), category_label, formatted, verdict);
  /* Translators: a chart item under the pointer, "Tuesday · Repair: 12" */
  return g_strdup_printf (_("%s · %s: %s%s"), category_label, series_label, formatted, verdict);
}

/* A swatch per named series, and the target line. */
void
ct_chart_layer_default_legend (CtChartLayer *self,
                               GArray       *items)
{
  CtChartData *data = ct_chart_layer_get_data (self);
  guint offset = ct_chart_layer_get_color_offset (self);
  guint n = ct_chart_data_get_n_series (data);

  for (guint s = 0; s < n; s++)
    {
      const char *label = ct_chart_data_get_series_label (data, s);

      if (*label != '\0')
        ct_chart_legend_add (items, label, offset + s, CT_CHART_LEGEND_SWATCH, 0);
    }
  ct_chart_layer_add_target_legend (self, items);
}

/* "Repair: Mon 12, Tue 15, Wed 9." */
static void
list_values (GString     *out,
             CtChartData *data,
             guint        series)
{
  guint n = ct_chart_data_get_n_categories (data);

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *value = ct_chart_data_format_value (data,
                                                           ct_chart_data_get_value (data, series, c));

      /* Translators: one value read out in a chart summary, "Tuesday 12" */
      g_string_append_printf (out, _("%s %s"), ct_chart_data_get_category_label (data, c), value);
      /* Translators: punctuation between and after the values of a chart summary */
      g_string_append (out, c + 1 < n ? _(", ") : _(". "));
    }
}

/* "30 values, lowest 3 (Oct 5), highest 41 (Oct 12), total 602." */
static void
summarize_values (GString     *out,
                  CtChartData *data,
                  guint        series)
{
  guint n = ct_chart_data_get_n_categories (data);
  guint lo = G_MAXUINT;
  guint hi = G_MAXUINT;
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  for (guint c = 0; c < n; c++)
    {
      double value = ct_chart_data_get_value (data, series, c);

      if (!isfinite (value))
        continue;
      if (lo == G_MAXUINT || value < ct_chart_data_get_value (data, series, lo))
        lo = c;
      if (hi == G_MAXUINT || value > ct_chart_data_get_value (data, series, hi))
        hi = c;
    }
  if (lo == G_MAXUINT)
    {
      /* Translators: a series of a chart without any value */
      g_string_append (out, _("no data. "));
      return;
    }
  low = ct_chart_data_format_value (data, ct_chart_data_get_value (data, series, lo));
  high = ct_chart_data_format_value (data, ct_chart_data_get_value (data, series, hi));
  g_string_append_printf (out,
                          /* Translators: a summary of many values of a chart:
                           * "30 values from Oct 1 to Oct 30, lowest 3 (Oct 5), highest 41 (Oct 12)" */
                          _("%u values from %s to %s, lowest %s (%s), highest %s (%s)"), n,
                          ct_chart_data_get_category_label (data, 0),
                          ct_chart_data_get_category_label (data, n - 1), low,
                          ct_chart_data_get_category_label (data, lo), high,
                          ct_chart_data_get_category_label (data, hi));
  if (ct_chart_data_get_unit (data) == CT_CHART_UNIT_COUNT)
    {
      g_autofree char *total = ct_chart_data_format_value (data,
                                                           ct_chart_data_get_series_total (data, series));

      /* Translators: appended to a summary of counts, ", total 602" */
      g_string_append_printf (out, _(", total %s"), total);
    }
  /* Translators: the end of a sentence of a chart summary */
  g_string_append (out, _(". "));
}

/* The default description: each series read out, or summarised when long. */
char *
ct_chart_layer_describe_values (CtChartLayer *self)
{
  CtChartData *data = ct_chart_layer_get_data (self);
  const char *title = ct_chart_layer_get_title (self);
  g_autofree char *target = ct_chart_layer_dup_target_text (self);
  GString *out = g_string_new (NULL);
  double min;
  double max;

  if (title && *title)
    /* Translators: the start of a chart summary: its name, then a full stop */
    g_string_printf (out, _("%s. "), title);
  if (!ct_chart_data_get_range (data, &min, &max))
    {
      /* Translators: a chart without values */
      g_string_append (out, _("No data."));
      return g_string_free (out, FALSE);
    }
  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    {
      const char *label = ct_chart_data_get_series_label (data, s);

      if (*label != '\0')
        /* Translators: a series named in a chart summary, "Repair: " */
        g_string_append_printf (out, _("%s: "), label);
      if (ct_chart_data_get_n_categories (data) <= MAX_LISTED)
        list_values (out, data, s);
      else
        summarize_values (out, data, s);
    }
  if (target)
    /* Translators: the target as the last sentence of a chart summary */
    g_string_append_printf (out, _("%s."), target);
  g_strchomp (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}
