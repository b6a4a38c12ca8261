/* chart-gallery.c — writes a PNG of every chart kind in every theme
 *
 *   chart-gallery DIR [WIDTH HEIGHT]
 *
 * For looking at the charts (and at changes to them), not a test: it writes
 * DIR/<kind>-<theme>.png for the light, dark and high-contrast themes, and
 * DIR/charts.pdf with every kind on a page of its own (light), as a report
 * would print them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "chart-test-data.h"

static const char *const theme_names[] = { "light", "dark", "contrast", "contrast-dark" };

static gboolean
write_kind (const ChartTestKind *kind,
            CtChartThemeKind     theme_kind,
            const char          *dir,
            int                  width,
            int                  height,
            GError             **error)
{
  g_autofree char *name = g_strdup_printf ("%s-%s.png", kind->name, theme_names[theme_kind]);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  CtChartTheme theme;

  ct_chart_theme_init (&theme, theme_kind);
  chart_test_render_kind (kind, cr, width, height, &theme);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  g_print ("%s\n", path);
  return TRUE;
}

static gboolean
write_pdf (const ChartTestKind *kinds,
           guint                n_kinds,
           const char          *dir,
           int                  width,
           int                  height,
           GError             **error)
{
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, width, height);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  CtChartTheme theme;

  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  for (guint k = 0; k < n_kinds; k++)
    {
      chart_test_render_kind (&kinds[k], cr, width, height, &theme);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  g_print ("%s\n", path);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  const ChartTestKind *kinds;
  guint n_kinds;
  int width = argc > 3 ? atoi (argv[2]) : 560;
  int height = argc > 3 ? atoi (argv[3]) : 320;

  if (argc < 2 || width <= 0 || height <= 0)
    {
      g_printerr ("Usage: %s DIR [WIDTH HEIGHT]\n", argv[0]);
      return 2;
    }
  g_mkdir_with_parents (argv[1], 0755);
  kinds = chart_test_get_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    for (guint t = 0; t < G_N_ELEMENTS (theme_names); t++)
      if (!write_kind (&kinds[k], (CtChartThemeKind) t, argv[1], width, height, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
  if (!write_pdf (kinds, n_kinds, argv[1], width, height, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
