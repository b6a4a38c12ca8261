/* ct-chart-text.c — labels and small shapes every chart layer draws
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-text.h"

#define HATCH_SPACING 5.0

/* Han characters take the glyph forms of the user's Chinese (or Japanese,
 * Korean) language; in any other language, Simplified Chinese. */
static PangoLanguage *
text_language (void)
{
  PangoLanguage *language = pango_language_get_default ();
  const char *name = pango_language_to_string (language);

  if (g_str_has_prefix (name, "zh") || g_str_has_prefix (name, "ja")
      || g_str_has_prefix (name, "ko"))
    return language;
  return pango_language_from_string ("zh-cn");
}

static double
style_scale (CtChartTextStyle style)
{
  if (style & CT_CHART_TEXT_HUGE)
    return 2.0;
  if (style & CT_CHART_TEXT_LARGE)
    return 1.25;
  if (style & CT_CHART_TEXT_SMALL)
    return 0.85;
  return 1.0;
}

static void
set_up_context (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (context, text_language ());
}

PangoLayout *
ct_chart_text_new (cairo_t            *cr,
                   const CtChartTheme *theme,
                   const char         *text,
                   CtChartTextStyle    style)
{
  PangoLayout *layout;
  PangoFontDescription *font;

  g_return_val_if_fail (cr != NULL && theme != NULL, NULL);

  layout = pango_cairo_create_layout (cr);
  set_up_context (pango_layout_get_context (layout));
  pango_layout_context_changed (layout);

  font = pango_font_description_new ();
  pango_font_description_set_family (font, theme->font_family);
  pango_font_description_set_absolute_size (font,
                                            theme->font_size * style_scale (style) * PANGO_SCALE);
  if (style & CT_CHART_TEXT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

void
ct_chart_text_get_size (PangoLayout *layout,
                        double      *width,
                        double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
ct_chart_text_measure (cairo_t            *cr,
                       const CtChartTheme *theme,
                       const char         *text,
                       CtChartTextStyle    style,
                       double             *width,
                       double             *height)
{
  g_autoptr(PangoLayout) layout = ct_chart_text_new (cr, theme, text, style);

  ct_chart_text_get_size (layout, width, height);
}

/* Draws @text so that the point (@xalign, @yalign) of its box — 0 left/top,
 * 0.5 centre, 1 right/bottom — lands on (@x, @y). With @max_width > 0 a
 * longer text is cut with "…". */
void
ct_chart_text_show (cairo_t            *cr,
                    const CtChartTheme *theme,
                    const char         *text,
                    CtChartTextStyle    style,
                    const CtChartColor *color,
                    double              x,
                    double              y,
                    double              xalign,
                    double              yalign,
                    double              max_width)
{
  g_autoptr(PangoLayout) layout = ct_chart_text_new (cr, theme, text, style);
  double width;
  double height;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  ct_chart_text_get_size (layout, &width, &height);
  if (max_width > 0)
    width = MIN (width, max_width);
  cairo_save (cr);
  ct_chart_color_set_source (color ? color : &theme->fg, cr);
  cairo_move_to (cr, x - width * xalign, y - height * yalign);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* ct_chart_text_show () on a patch of @backdrop, so that lines under the
 * text (a target line) do not cross it. */
void
ct_chart_text_show_on (cairo_t            *cr,
                       const CtChartTheme *theme,
                       const char         *text,
                       CtChartTextStyle    style,
                       const CtChartColor *color,
                       const CtChartColor *backdrop,
                       double              x,
                       double              y,
                       double              xalign,
                       double              yalign)
{
  double width;
  double height;

  ct_chart_text_measure (cr, theme, text, style, &width, &height);
  cairo_rectangle (cr, x - width * xalign - 2, y - height * yalign, width + 4, height);
  ct_chart_color_set_source (backdrop, cr);
  cairo_fill (cr);
  ct_chart_text_show (cr, theme, text, style, color, x, y, xalign, yalign, 0);
}

/* A path (not filled) of @marker centred on (@x, @y). */
void
ct_chart_draw_marker (cairo_t       *cr,
                      CtChartMarker  marker,
                      double         x,
                      double         y,
                      double         radius)
{
  switch (marker)
    {
    case CT_CHART_MARKER_CIRCLE:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    case CT_CHART_MARKER_SQUARE:
      cairo_rectangle (cr, x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
      break;
    case CT_CHART_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - radius * 1.25);
      cairo_line_to (cr, x + radius * 1.25, y);
      cairo_line_to (cr, x, y + radius * 1.25);
      cairo_line_to (cr, x - radius * 1.25, y);
      cairo_close_path (cr);
      break;
    case CT_CHART_MARKER_TRIANGLE:
      cairo_move_to (cr, x, y - radius * 1.3);
      cairo_line_to (cr, x + radius * 1.2, y + radius * 0.9);
      cairo_line_to (cr, x - radius * 1.2, y + radius * 0.9);
      cairo_close_path (cr);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A pale fill crossed by diagonal stripes of @color: "missed", told apart
 * from a solid "met" by more than its colour. */
void
ct_chart_draw_hatched_rect (cairo_t            *cr,
                            const CtChartRect  *rect,
                            const CtChartColor *color)
{
  double span = rect->width + rect->height;

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * 0.3);
  cairo_paint (cr);
  for (double d = HATCH_SPACING / 2; d < span; d += HATCH_SPACING)
    {
      cairo_move_to (cr, rect->x + d, rect->y);
      cairo_line_to (cr, rect->x + d - rect->height, rect->y + rect->height);
    }
  ct_chart_color_set_source (color, cr);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Black or white, whichever reads better on @fill. */
void
ct_chart_contrast_color (const CtChartTheme *theme,
                         const CtChartColor *fill,
                         CtChartColor       *text)
{
  double shade = ct_chart_color_luminance (fill) > 0.35 ? 0.0 : 1.0;

  text->red = text->green = text->blue = shade;
  text->alpha = shade > 0.5 ? 1.0 : 0.87;
}
