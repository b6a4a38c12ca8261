/* ct-chart-theme.h — the colours and font a chart is drawn with
 *
 * Colours come from the libadwaita palette, in a light, a dark and two
 * high-contrast variants. The widget picks the variant from AdwStyleManager;
 * reports use the light one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define CT_CHART_THEME_N_SERIES 8

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} CtChartColor;

typedef enum
{
  CT_CHART_THEME_LIGHT,
  CT_CHART_THEME_DARK,
  CT_CHART_THEME_HIGH_CONTRAST,        /* light, black on white */
  CT_CHART_THEME_HIGH_CONTRAST_DARK,   /* white on black */
} CtChartThemeKind;

typedef struct
{
  CtChartThemeKind kind;
  CtChartColor     fg;          /* text, axis lines */
  CtChartColor     fg_dim;      /* tick labels, secondary text */
  CtChartColor     bg;          /* background, gaps between segments */
  CtChartColor     grid;        /* gridlines, empty tracks */
  CtChartColor     accent;      /* single-series charts, heatmap scale */
  CtChartColor     good;        /* target met (always with ✓ too) */
  CtChartColor     bad;         /* target missed (always with ✗ and hatching) */
  CtChartColor     series[CT_CHART_THEME_N_SERIES];
  double           line_width;  /* data lines; axis lines are half */
  double           font_size;   /* label size in surface units (px or pt) */
  const char      *font_family; /* "Sans": fontconfig falls back to Noto Sans CJK */
} CtChartTheme;

void                ct_chart_theme_init       (CtChartTheme       *theme,
                                               CtChartThemeKind    kind);
const CtChartColor *ct_chart_theme_get_series (const CtChartTheme *theme,
                                               guint               index);
gboolean            ct_chart_theme_is_dark    (const CtChartTheme *theme);

void                ct_chart_color_set_source (const CtChartColor *color,
                                               cairo_t            *cr);
void                ct_chart_color_mix        (CtChartColor       *result,
                                               const CtChartColor *from,
                                               const CtChartColor *to,
                                               double              amount);
double              ct_chart_color_luminance  (const CtChartColor *color);
gboolean            ct_chart_color_equal      (const CtChartColor *a,
                                               const CtChartColor *b);

G_END_DECLS
