/* ct-chart-heatmap.c — a grid of cells shaded by value (weekday × hour)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-chart-heatmap.h"
#include "ct-chart-layer-private.h"

#define GAP 8.0
#define FLOOR_SHADE 0.06   /* a zero cell: barely tinted, still a cell */
#define N_BUSIEST 3

struct _CtChartHeatmap
{
  CtChartLayer parent_instance;

  double       row_label_width;      /* measured by the last draw */
  double       column_label_height;
};

G_DEFINE_FINAL_TYPE (CtChartHeatmap, ct_chart_heatmap, CT_TYPE_CHART_LAYER)

static double
max_value (CtChartHeatmap *self)
{
  double min;
  double max;

  ct_chart_data_get_range (ct_chart_layer_get_data (CT_CHART_LAYER (self)), &min, &max);
  return max;
}

static void
measure (CtChartHeatmap     *self,
         cairo_t            *cr,
         const CtChartTheme *theme)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  const CtChartRect *plot = ct_chart_layer_get_plot (CT_CHART_LAYER (self));

  self->row_label_width = 0;
  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    {
      double width;

      ct_chart_text_measure (cr, theme, ct_chart_data_get_series_label (data, s),
                             CT_CHART_TEXT_SMALL, &width, NULL);
      self->row_label_width = MAX (self->row_label_width, width);
    }
  self->row_label_width = MIN (self->row_label_width + GAP, plot->width * 0.3);
  ct_chart_text_measure (cr, theme, "0", CT_CHART_TEXT_SMALL, NULL, &self->column_label_height);
  self->column_label_height += GAP / 2;
}

static void
cell_color (CtChartHeatmap     *self,
            const CtChartTheme *theme,
            double              value,
            CtChartColor       *color)
{
  double max = max_value (self);
  double share = max > 0 ? CLAMP (value / max, 0, 1) : 0;

  ct_chart_color_mix (color, &theme->bg, &theme->accent, FLOOR_SHADE + (1 - FLOOR_SHADE) * share);
}

static void
draw_cell (CtChartHeatmap     *self,
           cairo_t            *cr,
           const CtChartTheme *theme,
           guint               row,
           guint               column,
           gboolean            with_figures)
{
  CtChartLayer *layer = CT_CHART_LAYER (self);
  CtChartData *data = ct_chart_layer_get_data (layer);
  double value = ct_chart_data_get_value (data, row, column);
  g_autofree char *figure = NULL;
  CtChartColor fill = { 0 };
  CtChartColor ink;
  CtChartRect cell;

  ct_chart_heatmap_get_cell_rect (self, row, column, &cell);
  cairo_rectangle (cr, cell.x, cell.y, cell.width, cell.height);
  if (isfinite (value))
    {
      cell_color (self, theme, value, &fill);
      ct_chart_color_set_source (&fill, cr);
      cairo_fill (cr);
    }
  else
    {
      ct_chart_color_set_source (&theme->grid, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  if (ct_chart_layer_is_highlighted (layer, row, column))
    {
      cairo_rectangle (cr, cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
      ct_chart_color_set_source (&theme->fg, cr);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  if (!with_figures || !isfinite (value))
    return;
  figure = ct_chart_data_format_value (data, value);
  ct_chart_contrast_color (theme, &fill, &ink);
  ct_chart_text_show (cr, theme, figure, CT_CHART_TEXT_SMALL, &ink,
                      cell.x + cell.width / 2, cell.y + cell.height / 2, 0.5, 0.5, 0);
}

/* Figures go in the cells when the widest one fits. */
static gboolean
figures_fit (CtChartHeatmap     *self,
             cairo_t            *cr,
             const CtChartTheme *theme)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  g_autofree char *widest = ct_chart_data_format_value (data, max_value (self));
  CtChartRect cell;
  double width;
  double height;

  if (!ct_chart_heatmap_get_cell_rect (self, 0, 0, &cell))
    return FALSE;
  ct_chart_text_measure (cr, theme, widest, CT_CHART_TEXT_SMALL, &width, &height);
  return width + 4 <= cell.width && height <= cell.height;
}

static void
draw_labels (CtChartHeatmap     *self,
             cairo_t            *cr,
             const CtChartTheme *theme)
{
  CtChartData *data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  guint n_columns = ct_chart_data_get_n_categories (data);
  double widest = 0;
  guint every;
  CtChartRect grid, cell;

  ct_chart_heatmap_get_grid_rect (self, &grid);
  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    {
      ct_chart_heatmap_get_cell_rect (self, s, 0, &cell);
      ct_chart_text_show (cr, theme, ct_chart_data_get_series_label (data, s), CT_CHART_TEXT_SMALL,
                          &theme->fg_dim, grid.x - GAP, cell.y + cell.height / 2, 1.0, 0.5,
                          self->row_label_width - GAP);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      double width;

      ct_chart_text_measure (cr, theme, ct_chart_data_get_category_label (data, c),
                             CT_CHART_TEXT_SMALL, &width, NULL);
      widest = MAX (widest, width);
    }
  every = (guint) ceil ((widest + GAP) / MAX (grid.width / MAX (n_columns, 1), 1));
  for (guint c = 0; c < n_columns; c += MAX (every, 1))
    {
      ct_chart_heatmap_get_cell_rect (self, 0, c, &cell);
      ct_chart_text_show (cr, theme, ct_chart_data_get_category_label (data, c), CT_CHART_TEXT_SMALL,
                          &theme->fg_dim, cell.x + cell.width / 2, grid.y + grid.height + GAP / 2,
                          0.5, 0.0, 0);
    }
}

static void
ct_chart_heatmap_draw (CtChartLayer       *layer,
                       cairo_t            *cr,
                       const CtChartTheme *theme)
{
  CtChartHeatmap *self = CT_CHART_HEATMAP (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  gboolean with_figures;

  measure (self, cr, theme);
  with_figures = figures_fit (self, cr, theme);
  for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
    for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
      draw_cell (self, cr, theme, s, c, with_figures);
  draw_labels (self, cr, theme);
}

static gboolean
ct_chart_heatmap_pick (CtChartLayer *layer,
                       double        x,
                       double        y,
                       guint        *series,
                       guint        *category)
{
  CtChartHeatmap *self = CT_CHART_HEATMAP (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  guint n_rows = ct_chart_data_get_n_series (data);
  guint n_columns = ct_chart_data_get_n_categories (data);
  CtChartRect grid;

  ct_chart_heatmap_get_grid_rect (self, &grid);
  if (n_rows == 0 || n_columns == 0 || !ct_chart_rect_contains (&grid, x, y))
    return FALSE;
  *series = MIN ((guint) ((y - grid.y) / (grid.height / n_rows)), n_rows - 1);
  *category = MIN ((guint) ((x - grid.x) / (grid.width / n_columns)), n_columns - 1);
  return TRUE;
}

/* "Tuesday 14:00: 12" */
static char *
ct_chart_heatmap_item_text (CtChartLayer *layer,
                            guint         series,
                            guint         category)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  g_autofree char *figure = ct_chart_data_format_value (data,
                                                        ct_chart_data_get_value (data, series, category));

  /* Translators: a cell of a heatmap, row and column, "Tuesday, 14:00: 12" */
  return g_strdup_printf (_("%s, %s: %s"), ct_chart_data_get_series_label (data, series),
                          ct_chart_data_get_category_label (data, category), figure);
}

static void
ct_chart_heatmap_add_legend (CtChartLayer *layer,
                             GArray       *items)
{
  CtChartHeatmap *self = CT_CHART_HEATMAP (layer);
  CtChartData *data = ct_chart_layer_get_data (layer);
  g_autofree char *low = ct_chart_data_format_value (data, 0);
  g_autofree char *high = ct_chart_data_format_value (data, max_value (self));
  /* Translators: the scale of a heatmap's shades, "0 – 42" */
  g_autofree char *label = g_strdup_printf (_("%s – %s"), low, high);

  ct_chart_legend_add (items, label, 0, CT_CHART_LEGEND_GRADIENT, 0);
}

/* The @n busiest cells, largest first, as (row, column) pairs in @cells. */
static guint
busiest (CtChartData *data,
         guint        n,
         guint       *rows,
         guint       *columns)
{
  guint found = 0;

  for (guint k = 0; k < n; k++)
    {
      double best = -INFINITY;

      for (guint s = 0; s < ct_chart_data_get_n_series (data); s++)
        for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
          {
            double value = ct_chart_data_get_value (data, s, c);
            gboolean taken = FALSE;

            for (guint j = 0; j < found; j++)
              taken |= rows[j] == s && columns[j] == c;
            if (!taken && isfinite (value) && value > best)
              {
                best = value;
                rows[found] = s;
                columns[found] = c;
              }
          }
      if (!isfinite (best))
        break;
      found++;
    }
  return found;
}

static char *
ct_chart_heatmap_describe (CtChartLayer *layer)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  g_autofree char *name = ct_chart_layer_dup_name (layer, _("Heatmap"));
  GString *out = g_string_new (NULL);
  guint rows[N_BUSIEST], columns[N_BUSIEST];
  guint found = busiest (data, N_BUSIEST, rows, columns);

  if (found == 0)
    {
      g_string_printf (out, _("%s: no data."), name);
      return g_string_free (out, FALSE);
    }
  /* Translators: the start of a heatmap's summary, "Tickets by weekday and hour. Busiest:" */
  g_string_printf (out, _("%s. Busiest:"), name);
  for (guint k = 0; k < found; k++)
    {
      g_autofree char *item = ct_chart_heatmap_item_text (layer, rows[k], columns[k]);

      /* Translators: punctuation between and after the items of a chart summary */
      g_string_append_printf (out, " %s%s", item, k + 1 < found ? _(";") : _("."));
    }
  return g_string_free (out, FALSE);
}

static void
ct_chart_heatmap_class_init (CtChartHeatmapClass *klass)
{
  CtChartLayerClass *layer_class = CT_CHART_LAYER_CLASS (klass);

  layer_class->draw = ct_chart_heatmap_draw;
  layer_class->pick = ct_chart_heatmap_pick;
  layer_class->item_text = ct_chart_heatmap_item_text;
  layer_class->add_legend = ct_chart_heatmap_add_legend;
  layer_class->describe = ct_chart_heatmap_describe;
}

static void
ct_chart_heatmap_init (CtChartHeatmap *self)
{
}

CtChartLayer *
ct_chart_heatmap_new (CtChartData *data)
{
  return g_object_new (CT_TYPE_CHART_HEATMAP, "data", data, NULL);
}

/* The cells' area in the last draw: the plot less the row labels on the
 * left and the column labels underneath. */
void
ct_chart_heatmap_get_grid_rect (CtChartHeatmap *self,
                                CtChartRect    *grid)
{
  const CtChartRect *plot;

  g_return_if_fail (CT_IS_CHART_HEATMAP (self));

  plot = ct_chart_layer_get_plot (CT_CHART_LAYER (self));
  *grid = (CtChartRect) { plot->x + self->row_label_width, plot->y,
                          MAX (plot->width - self->row_label_width, 1),
                          MAX (plot->height - self->column_label_height, 1) };
}

/* One cell of the last draw, a pixel short of its slot on each side. */
gboolean
ct_chart_heatmap_get_cell_rect (CtChartHeatmap *self,
                                guint           row,
                                guint           column,
                                CtChartRect    *cell)
{
  CtChartData *data;
  CtChartRect grid;
  double width, height;

  g_return_val_if_fail (CT_IS_CHART_HEATMAP (self), FALSE);

  data = ct_chart_layer_get_data (CT_CHART_LAYER (self));
  if (row >= ct_chart_data_get_n_series (data) || column >= ct_chart_data_get_n_categories (data))
    return FALSE;
  ct_chart_heatmap_get_grid_rect (self, &grid);
  width = grid.width / ct_chart_data_get_n_categories (data);
  height = grid.height / ct_chart_data_get_n_series (data);
  *cell = (CtChartRect) { grid.x + width * column + 1, grid.y + height * row + 1,
                          MAX (width - 2, 0.5), MAX (height - 2, 0.5) };
  return TRUE;
}
