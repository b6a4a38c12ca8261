/* ct-chart-text.h — labels and small shapes every chart layer draws
 *
 * Text goes through Pango with the theme's "Sans": fontconfig falls back to
 * Noto Sans CJK for Chinese, with the Simplified or Traditional glyph forms of
 * the user's language. No hinting, so a chart lays out the same on screen, in
 * a PNG and in a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "ct-chart-scale.h"
#include "ct-chart-theme.h"

G_BEGIN_DECLS

typedef enum
{
  CT_CHART_TEXT_NORMAL = 0,
  CT_CHART_TEXT_BOLD   = 1 << 0,
  CT_CHART_TEXT_SMALL  = 1 << 1,   /* 0.85 × the theme's size */
  CT_CHART_TEXT_LARGE  = 1 << 2,   /* 1.25 ×: titles */
  CT_CHART_TEXT_HUGE   = 1 << 3,   /* 2 ×: the figure of a gauge */
} CtChartTextStyle;

/* Marker shapes, so lines differ by more than their colour. */
typedef enum
{
  CT_CHART_MARKER_CIRCLE,
  CT_CHART_MARKER_SQUARE,
  CT_CHART_MARKER_DIAMOND,
  CT_CHART_MARKER_TRIANGLE,
} CtChartMarker;

PangoLayout *ct_chart_text_new          (cairo_t            *cr,
                                         const CtChartTheme *theme,
                                         const char         *text,
                                         CtChartTextStyle    style);
void         ct_chart_text_get_size     (PangoLayout        *layout,
                                         double             *width,
                                         double             *height);
void         ct_chart_text_measure      (cairo_t            *cr,
                                         const CtChartTheme *theme,
                                         const char         *text,
                                         CtChartTextStyle    style,
                                         double             *width,
                                         double             *height);
void         ct_chart_text_show         (cairo_t            *cr,
                                         const CtChartTheme *theme,
                                         const char         *text,
                                         CtChartTextStyle    style,
                                         const CtChartColor *color,
                                         double              x,
                                         double              y,
                                         double              xalign,
                                         double              yalign,
                                         double              max_width);

void         ct_chart_text_show_on      (cairo_t            *cr,
                                         const CtChartTheme *theme,
                                         const char         *text,
                                         CtChartTextStyle    style,
                                         const CtChartColor *color,
                                         const CtChartColor *backdrop,
                                         double              x,
                                         double              y,
                                         double              xalign,
                                         double              yalign);
void         ct_chart_draw_marker       (cairo_t            *cr,
                                         CtChartMarker       marker,
                                         double              x,
                                         double              y,
                                         double              radius);
void         ct_chart_draw_hatched_rect (cairo_t            *cr,
                                         const CtChartRect  *rect,
                                         const CtChartColor *color);
void         ct_chart_contrast_color    (const CtChartTheme *theme,
                                         const CtChartColor *fill,
                                         CtChartColor       *text);

G_END_DECLS
