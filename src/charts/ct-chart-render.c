/* ct-chart-render.c — a whole chart (title, legend, axes, layers) on any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "ct-chart-render.h"
#include "ct-chart-text.h"

#define PADDING 12.0
#define SECTION_GAP 10.0

static gboolean
has_values (const CtChartScene *scene)
{
  for (guint i = 0; i < scene->layers->len; i++)
    {
      double min, max;

      if (ct_chart_data_get_range (ct_chart_layer_get_data (g_ptr_array_index (scene->layers, i)),
                                   &min, &max))
        return TRUE;
    }
  return FALSE;
}

/* Legends that tell something: two items or more, or a line or scale. */
static GArray *
collect_legend (const CtChartScene *scene,
                const CtChartAxes  *axes)
{
  GArray *items = ct_chart_legend_items_new ();

  for (guint i = 0; axes->show_legend && i < scene->layers->len; i++)
    ct_chart_layer_add_legend (g_ptr_array_index (scene->layers, i), items);
  if (items->len == 1 && g_array_index (items, CtChartLegendItem, 0).style == CT_CHART_LEGEND_SWATCH)
    g_array_set_size (items, 0);
  return items;
}

static void
take_top (CtChartRect *area,
          double       height)
{
  area->y += height;
  area->height = MAX (area->height - height, 1);
}

static void
draw_title (const CtChartScene *scene,
            cairo_t            *cr,
            const CtChartTheme *theme,
            CtChartRect        *area)
{
  double height;

  if (scene->title == NULL || *scene->title == '\0')
    return;
  ct_chart_text_measure (cr, theme, scene->title, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, NULL,
                         &height);
  ct_chart_text_show (cr, theme, scene->title, CT_CHART_TEXT_LARGE | CT_CHART_TEXT_BOLD, &theme->fg,
                      area->x, area->y, 0.0, 0.0, area->width);
  take_top (area, height + SECTION_GAP / 2);
}

static void
draw_legend (const CtChartScene *scene,
             const CtChartAxes  *axes,
             cairo_t            *cr,
             const CtChartTheme *theme,
             CtChartRect        *area)
{
  g_autoptr(GArray) items = collect_legend (scene, axes);
  double height;

  if (items->len == 0)
    return;
  height = ct_chart_legend_measure (items, cr, theme, area->width);
  ct_chart_legend_draw (items, cr, theme, area);
  take_top (area, height + SECTION_GAP);
}

static void
draw_layers (const CtChartScene *scene,
             const CtChartAxes  *axes,
             cairo_t            *cr,
             const CtChartTheme *theme,
             const CtChartRect  *area)
{
  CtChartAxesLayout layout;
  gboolean cartesian = ct_chart_axes_layout (axes, cr, theme, scene->layers, area, &layout);

  if (cartesian)
    ct_chart_axes_draw_grid (axes, &layout, cr, theme);
  for (guint i = 0; i < scene->layers->len; i++)
    {
      CtChartLayer *layer = g_ptr_array_index (scene->layers, i);

      if (ct_chart_layer_get_axes_kind (layer) != CT_CHART_AXES_CARTESIAN)
        {
          ct_chart_layer_draw (layer, cr, area, theme);
          continue;
        }
      ct_chart_layer_set_domain (layer, layout.ticks.min, layout.ticks.max);
      ct_chart_layer_draw (layer, cr, &layout.plot, theme);
    }
  if (cartesian)
    ct_chart_axes_draw_labels (&layout, cr, theme);
}

/* Draws the chart into (0, 0, @width, @height) of @cr's user space. */
void
ct_chart_render (const CtChartScene *scene,
                 cairo_t            *cr,
                 double              width,
                 double              height,
                 const CtChartTheme *theme)
{
  CtChartRect area = { PADDING, PADDING, MAX (width - 2 * PADDING, 1),
                       MAX (height - 2 * PADDING, 1) };
  CtChartAxes defaults;
  const CtChartAxes *axes = scene ? scene->axes : NULL;

  g_return_if_fail (scene != NULL && scene->layers != NULL);
  g_return_if_fail (cr != NULL && theme != NULL);

  ct_chart_axes_init (&defaults);
  axes = axes ? axes : &defaults;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (!scene->transparent)
    {
      ct_chart_color_set_source (&theme->bg, cr);
      cairo_paint (cr);
    }
  draw_title (scene, cr, theme, &area);
  if (!has_values (scene))
    ct_chart_text_show (cr, theme, _("No data for this period"), CT_CHART_TEXT_NORMAL,
                        &theme->fg_dim, area.x + area.width / 2, area.y + area.height / 2,
                        0.5, 0.5, area.width);
  else
    {
      draw_legend (scene, axes, cr, theme, &area);
      draw_layers (scene, axes, cr, theme, &area);
    }
  cairo_restore (cr);
}

/* The chart in sentences: its title, then what each layer shows. */
char *
ct_chart_scene_describe (const CtChartScene *scene)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (scene != NULL && scene->layers != NULL, NULL);

  if (scene->title && *scene->title)
    /* Translators: a chart's title as the first sentence of its summary */
    g_string_append_printf (out, _("%s."), scene->title);
  for (guint i = 0; i < scene->layers->len; i++)
    {
      g_autofree char *text = ct_chart_layer_describe (g_ptr_array_index (scene->layers, i));

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

/* A new ARGB32 image of the chart, one surface unit a pixel. */
cairo_surface_t *
ct_chart_render_to_image (const CtChartScene *scene,
                          int                 width,
                          int                 height,
                          const CtChartTheme *theme)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (width > 0 && height > 0, NULL);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  ct_chart_render (scene, cr, width, height, theme);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
               /* Translators: %s are a file name and the reason, from cairo */
               _("Could not write the chart to “%s”: %s. Check that the folder exists and "
                 "that you may write to it."),
               path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
ct_chart_render_to_png (const CtChartScene *scene,
                        int                 width,
                        int                 height,
                        const CtChartTheme *theme,
                        const char         *path,
                        GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = ct_chart_render_to_image (scene, width, height, theme);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}

/* A one-page PDF of @width × @height points. */
gboolean
ct_chart_render_to_pdf (const CtChartScene *scene,
                        double              width,
                        double              height,
                        const CtChartTheme *theme,
                        const char         *path,
                        GError            **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  ct_chart_render (scene, cr, width, height, theme);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_status (status, path, error);
}
