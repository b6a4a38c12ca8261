/* ct-chart-render.h — a whole chart (title, legend, axes, layers) on any cairo_t
 *
 * The app's CtChart widget, the reports and the tests all draw through
 * ct_chart_render (), so a chart looks the same in a window, a PNG and a
 * PDF. Nothing here needs GTK or a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-axes.h"
#include "ct-chart-layer.h"
#include "ct-chart-theme.h"

G_BEGIN_DECLS

/* What to draw: borrowed pointers, filled in on the stack by the caller. */
typedef struct
{
  const char        *title;        /* nullable */
  GPtrArray         *layers;       /* CtChartLayer, drawn in order */
  const CtChartAxes *axes;         /* NULL: ct_chart_axes_init () defaults */
  gboolean           transparent;  /* leave the background unpainted */
} CtChartScene;

void             ct_chart_render          (const CtChartScene *scene,
                                           cairo_t            *cr,
                                           double              width,
                                           double              height,
                                           const CtChartTheme *theme);
char            *ct_chart_scene_describe  (const CtChartScene *scene);
cairo_surface_t *ct_chart_render_to_image (const CtChartScene *scene,
                                           int                 width,
                                           int                 height,
                                           const CtChartTheme *theme);
gboolean         ct_chart_render_to_png   (const CtChartScene *scene,
                                           int                 width,
                                           int                 height,
                                           const CtChartTheme *theme,
                                           const char         *path,
                                           GError            **error);
gboolean         ct_chart_render_to_pdf   (const CtChartScene *scene,
                                           double              width,
                                           double              height,
                                           const CtChartTheme *theme,
                                           const char         *path,
                                           GError            **error);

G_END_DECLS
