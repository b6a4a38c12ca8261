/* test-chart-render.c — every chart kind drawn to an image and a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "chart-test-data.h"

#define WIDTH 480
#define HEIGHT 300

static cairo_surface_t *
render_kind (const ChartTestKind *kind,
             CtChartThemeKind     theme_kind)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  CtChartTheme theme;

  ct_chart_theme_init (&theme, theme_kind);
  chart_test_render_kind (kind, cr, WIDTH, HEIGHT, &theme);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4);
}

/* The share of pixels that differ from the background (the top-left one). */
static double
ink_share (cairo_surface_t *surface)
{
  guint32 background = pixel (surface, 0, 0);
  guint inked = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      inked += pixel (surface, x, y) != background;
  return (double) inked / (WIDTH * HEIGHT);
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);

  return stride == cairo_image_surface_get_stride (b)
         && memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                    (gsize) stride * HEIGHT) == 0;
}

static void
test_every_kind (void)
{
  const ChartTestKind *kinds;
  guint n_kinds;

  kinds = chart_test_get_kinds (&n_kinds);
  for (guint k = 0; k < n_kinds; k++)
    for (CtChartThemeKind t = CT_CHART_THEME_LIGHT; t <= CT_CHART_THEME_HIGH_CONTRAST_DARK; t++)
      {
        cairo_surface_t *first = render_kind (&kinds[k], t);
        cairo_surface_t *second = render_kind (&kinds[k], t);
        double share = ink_share (first);

        g_test_message ("%s, theme %d: %.1f %% inked", kinds[k].name, t, share * 100);
        /* Something is drawn, and not a flood of one colour. */
        g_assert_cmpfloat (share, >, 0.03);
        g_assert_cmpfloat (share, <, 0.8);
        /* The same input gives the same pixels. */
        g_assert_true (same_pixels (first, second));
        cairo_surface_destroy (first);
        cairo_surface_destroy (second);
      }
}

static void
test_themes_differ (void)
{
  const ChartTestKind *kinds;
  guint n_kinds;
  cairo_surface_t *light, *dark;
  CtChartTheme theme;

  kinds = chart_test_get_kinds (&n_kinds);
  light = render_kind (&kinds[0], CT_CHART_THEME_LIGHT);
  dark = render_kind (&kinds[0], CT_CHART_THEME_DARK);
  g_assert_false (same_pixels (light, dark));
  /* The dark background is the theme's. */
  ct_chart_theme_init (&theme, CT_CHART_THEME_DARK);
  g_assert_cmpuint (pixel (dark, 1, 1) & 0xffffff, ==,
                    ((guint) (theme.bg.red * 255) << 16) | ((guint) (theme.bg.green * 255) << 8)
                    | (guint) (theme.bg.blue * 255));
  g_assert_cmpuint (pixel (light, 1, 1), ==, 0xffffffff);
  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_empty_chart (void)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_object_unref);
  CtChartScene scene = { "本月工单", layers, NULL, FALSE };
  cairo_surface_t *surface;
  CtChartTheme theme;

  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  g_ptr_array_add (layers, ct_chart_bar_new (NULL, CT_CHART_BAR_GROUPED, FALSE));
  g_ptr_array_add (layers, ct_chart_donut_new (NULL));
  surface = ct_chart_render_to_image (&scene, WIDTH, HEIGHT, &theme);
  /* A title and "No data": a little ink, no axes. */
  g_assert_cmpfloat (ink_share (surface), >, 0.002);
  g_assert_cmpfloat (ink_share (surface), <, 0.05);
  cairo_surface_destroy (surface);
}

/* Chinese labels find a font: no box (unknown glyph) in the layout. */
static void
test_cjk_glyphs (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = NULL;
  CtChartTheme theme;

  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  layout = ct_chart_text_new (cr, &theme, "报修 投诉 工程部 綜合管理部 97.3 %", CT_CHART_TEXT_NORMAL);
  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_png_and_pdf (void)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CtChartData) data = chart_test_daily_rate ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ct-charts-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  CtChartScene scene = { "按时完成率趋势", layers, NULL, FALSE };
  CtChartTheme theme;
  gsize length;

  g_assert_no_error (error);
  ct_chart_theme_init (&theme, CT_CHART_THEME_LIGHT);
  g_ptr_array_add (layers, ct_chart_line_new (data, TRUE));

  g_assert_true (ct_chart_render_to_png (&scene, WIDTH, HEIGHT, &theme, png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_true (length > 2000 && memcmp (contents, "\x89PNG", 4) == 0);
  g_clear_pointer (&contents, g_free);

  /* A4 landscape-ish, in points. */
  g_assert_true (ct_chart_render_to_pdf (&scene, 500, 300, &theme, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (length > 2000 && memcmp (contents, "%PDF", 4) == 0);

  g_assert_false (ct_chart_render_to_pdf (&scene, 500, 300, &theme, missing, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, missing));

  g_unlink (png);
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_scene_describe (void)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CtChartData) data = chart_test_kind_shares ();
  CtChartScene scene = { "工单类型构成", layers, NULL, FALSE };
  g_autofree char *text = NULL;

  g_ptr_array_add (layers, ct_chart_donut_new (data));
  text = ct_chart_scene_describe (&scene);
  g_assert_true (g_str_has_prefix (text, "工单类型构成. Shares: total 1,817. 报修: 1,204 (66.3 %),"));
  g_assert_true (g_str_has_suffix (text, "表扬: 23 (1.3 %)."));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/render/every-kind", test_every_kind);
  g_test_add_func ("/charts/render/themes-differ", test_themes_differ);
  g_test_add_func ("/charts/render/empty-chart", test_empty_chart);
  g_test_add_func ("/charts/render/cjk-glyphs", test_cjk_glyphs);
  g_test_add_func ("/charts/render/png-and-pdf", test_png_and_pdf);
  g_test_add_func ("/charts/render/scene-describe", test_scene_describe);

  return g_test_run ();
}
