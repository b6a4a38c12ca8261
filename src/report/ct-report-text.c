/* ct-report-text.c — text on the report's pages (Pango)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include "ct-report-private.h"

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      width,
             double      size,
             gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
ct_report_text_height (cairo_t    *cr,
                       const char *text,
                       double      width,
                       double      size,
                       gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, width, size, bold);
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

double
ct_report_text (cairo_t        *cr,
                const char     *text,
                double          x,
                double          y,
                double          width,
                double          size,
                gboolean        bold,
                PangoAlignment  align)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, width, size, bold);
  int h;

  pango_layout_set_alignment (layout, align);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}
