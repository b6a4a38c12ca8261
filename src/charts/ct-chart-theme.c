/* ct-chart-theme.c — the colours and font a chart is drawn with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-theme.h"

/* Series colours, libadwaita palette names. Light backgrounds take the darker
 * shades (yellow_5, not yellow_3, which vanishes on white); dark ones the
 * lighter. Teal is libadwaita's later accent teal. */
static const guint32 series_light[CT_CHART_THEME_N_SERIES] = {
  0x3584e4, /* blue_3 */   0x2ec27e, /* green_4 */  0xff7800, /* orange_3 */
  0x9141ac, /* purple_3 */ 0xe5a50a, /* yellow_5 */ 0xe01b24, /* red_3 */
  0x2190a4, /* teal */     0x986a44, /* brown_3 */
};

static const guint32 series_dark[CT_CHART_THEME_N_SERIES] = {
  0x62a0ea, /* blue_2 */   0x33d17a, /* green_3 */  0xffa348, /* orange_2 */
  0xc061cb, /* purple_2 */ 0xf6d32d, /* yellow_3 */ 0xf66151, /* red_1 */
  0x4fb8cc, /* teal */     0xb5835a, /* brown_2 */
};

static const guint32 series_contrast[CT_CHART_THEME_N_SERIES] = {
  0x1a5fb4, /* blue_5 */   0x26a269, /* green_5 */  0xc64600, /* orange_5 */
  0x613583, /* purple_5 */ 0xe5a50a, /* yellow_5 */ 0xa51d2d, /* red_5 */
  0x1a7587, /* teal */     0x63452c, /* brown_5 */
};

static const guint32 series_contrast_dark[CT_CHART_THEME_N_SERIES] = {
  0x99c1f1, /* blue_1 */   0x8ff0a4, /* green_1 */  0xffbe6f, /* orange_1 */
  0xdc8add, /* purple_1 */ 0xf9f06b, /* yellow_1 */ 0xf66151, /* red_1 */
  0x7fd6e6, /* teal */     0xcdab8f, /* brown_1 */
};

static void
set_rgb (CtChartColor *color,
         guint32       rgb,
         double        alpha)
{
  color->red = ((rgb >> 16) & 0xff) / 255.0;
  color->green = ((rgb >> 8) & 0xff) / 255.0;
  color->blue = (rgb & 0xff) / 255.0;
  color->alpha = alpha;
}

static void
set_base (CtChartTheme *theme,
          gboolean      dark,
          double        fg_alpha,
          double        dim_alpha,
          double        grid_alpha)
{
  guint32 ink = dark ? 0xffffff : 0x000000;

  set_rgb (&theme->fg, ink, fg_alpha);
  set_rgb (&theme->fg_dim, ink, dim_alpha);
  set_rgb (&theme->grid, ink, grid_alpha);
}

static void
set_series (CtChartTheme  *theme,
            const guint32 *palette)
{
  for (guint i = 0; i < CT_CHART_THEME_N_SERIES; i++)
    set_rgb (&theme->series[i], palette[i], 1.0);
}

void
ct_chart_theme_init (CtChartTheme     *theme,
                     CtChartThemeKind  kind)
{
  g_return_if_fail (theme != NULL);

  theme->kind = kind;
  theme->line_width = 2.0;
  theme->font_size = 12.0;
  theme->font_family = "Sans";
  switch (kind)
    {
    case CT_CHART_THEME_LIGHT:
      set_base (theme, FALSE, 0.8, 0.6, 0.12);
      set_rgb (&theme->bg, 0xffffff, 1.0);
      set_rgb (&theme->accent, 0x3584e4, 1.0);
      set_rgb (&theme->good, 0x26a269, 1.0);
      set_rgb (&theme->bad, 0xc01c28, 1.0);
      set_series (theme, series_light);
      break;
    case CT_CHART_THEME_DARK:
      set_base (theme, TRUE, 1.0, 0.65, 0.14);
      set_rgb (&theme->bg, 0x1e1e1e, 1.0);
      set_rgb (&theme->accent, 0x78aeed, 1.0);
      set_rgb (&theme->good, 0x8ff0a4, 1.0);
      set_rgb (&theme->bad, 0xff7b63, 1.0);
      set_series (theme, series_dark);
      break;
    case CT_CHART_THEME_HIGH_CONTRAST:
      set_base (theme, FALSE, 1.0, 0.9, 0.4);
      set_rgb (&theme->bg, 0xffffff, 1.0);
      set_rgb (&theme->accent, 0x1a5fb4, 1.0);
      set_rgb (&theme->good, 0x26a269, 1.0);
      set_rgb (&theme->bad, 0xa51d2d, 1.0);
      set_series (theme, series_contrast);
      theme->line_width = 3.0;
      break;
    case CT_CHART_THEME_HIGH_CONTRAST_DARK:
      set_base (theme, TRUE, 1.0, 0.95, 0.45);
      set_rgb (&theme->bg, 0x000000, 1.0);
      set_rgb (&theme->accent, 0x99c1f1, 1.0);
      set_rgb (&theme->good, 0x8ff0a4, 1.0);
      set_rgb (&theme->bad, 0xff7b63, 1.0);
      set_series (theme, series_contrast_dark);
      theme->line_width = 3.0;
      break;
    default:
      g_return_if_reached ();
    }
}

const CtChartColor *
ct_chart_theme_get_series (const CtChartTheme *theme,
                           guint               index)
{
  g_return_val_if_fail (theme != NULL, NULL);

  return &theme->series[index % CT_CHART_THEME_N_SERIES];
}

gboolean
ct_chart_theme_is_dark (const CtChartTheme *theme)
{
  g_return_val_if_fail (theme != NULL, FALSE);

  return theme->kind == CT_CHART_THEME_DARK || theme->kind == CT_CHART_THEME_HIGH_CONTRAST_DARK;
}

void
ct_chart_color_set_source (const CtChartColor *color,
                           cairo_t            *cr)
{
  g_return_if_fail (color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* @amount 0 gives @from, 1 gives @to. */
void
ct_chart_color_mix (CtChartColor       *result,
                    const CtChartColor *from,
                    const CtChartColor *to,
                    double              amount)
{
  g_return_if_fail (result != NULL && from != NULL && to != NULL);

  amount = CLAMP (amount, 0.0, 1.0);
  result->red = from->red + (to->red - from->red) * amount;
  result->green = from->green + (to->green - from->green) * amount;
  result->blue = from->blue + (to->blue - from->blue) * amount;
  result->alpha = from->alpha + (to->alpha - from->alpha) * amount;
}

/* Relative luminance (WCAG), to pick black or white text on a colour. */
double
ct_chart_color_luminance (const CtChartColor *color)
{
  double c[3] = { color->red, color->green, color->blue };

  for (guint i = 0; i < 3; i++)
    c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

gboolean
ct_chart_color_equal (const CtChartColor *a,
                      const CtChartColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}
