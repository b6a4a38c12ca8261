/* ct-ticket-print-kit.c — text, table rows, tick boxes and signature lines
 * drawn with cairo and Pango for the printed forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-print-private.h"

#define MARGIN      (15.0 * 72.0 / 25.4)   /* 15 mm */
#define PADDING     4.0
#define LINE_WIDTH  0.6
#define SHADE       0.92
#define FONT_FAMILY "Noto Sans CJK SC, Noto Sans, sans"

void
ct_ticket_print_page_init (CtPrintPage  *page,
                           PangoFontMap *font_map,
                           cairo_t      *cr,
                           double        width,
                           double        height)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  page->cr = cr;
  page->left = MARGIN;
  page->right = MAX (width - MARGIN, MARGIN + 1);
  page->bottom = MAX (height - MARGIN, MARGIN + 1);
  page->y = MARGIN;

  /* Points as units and no hinting: the same layout on paper, in a PDF and on
   * screen, whatever the surface's resolution. */
  page->pango = pango_font_map_create_context (font_map);
  pango_cairo_update_context (cr, page->pango);
  pango_cairo_context_set_resolution (page->pango, 72.0);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (page->pango, options);
  cairo_font_options_destroy (options);
}

void
ct_ticket_print_page_clear (CtPrintPage *page)
{
  g_clear_object (&page->pango);
}

double
ct_ticket_print_page_width (const CtPrintPage *page)
{
  return page->right - page->left;
}

static PangoLayout *
create_layout (CtPrintPage  *page,
               const char   *text,
               double        width,
               double        size,
               CtPrintStyle  style,
               int           max_lines)
{
  PangoLayout *layout = pango_layout_new (page->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (style & CT_PRINT_BOLD)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (style & CT_PRINT_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style & CT_PRINT_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  if (style & CT_PRINT_SPACED)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (size * 0.6 * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

double
ct_ticket_print_text (CtPrintPage  *page,
                      double        x,
                      double        y,
                      double        width,
                      const char   *text,
                      double        size,
                      CtPrintStyle  style,
                      int           max_lines,
                      gboolean      draw)
{
  g_autoptr(PangoLayout) layout = create_layout (page, text, width, size, style, max_lines);
  int text_height;

  pango_layout_get_size (layout, NULL, &text_height);
  if (draw && text != NULL && *text != '\0')
    {
      cairo_set_source_rgb (page->cr, 0, 0, 0);
      cairo_move_to (page->cr, x, y);
      pango_cairo_show_layout (page->cr, layout);
    }
  return (double) text_height / PANGO_SCALE;
}

void
ct_ticket_print_line (CtPrintPage  *page,
                      const char   *text,
                      double        size,
                      CtPrintStyle  style)
{
  page->y += ct_ticket_print_text (page, page->left, page->y, ct_ticket_print_page_width (page),
                                   text, size, style, 0, TRUE);
}

void
ct_ticket_print_rect (CtPrintPage *page,
                      double       x,
                      double       y,
                      double       width,
                      double       height,
                      gboolean     shaded)
{
  cairo_t *cr = page->cr;

  cairo_rectangle (cr, x, y, width, height);
  if (shaded)
    {
      cairo_set_source_rgb (cr, SHADE, SHADE, SHADE);
      cairo_fill_preserve (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_stroke (cr);
}

static double
cell_text_height (CtPrintPage       *page,
                  const CtPrintCell *cell,
                  double             width,
                  int                max_lines)
{
  return ct_ticket_print_text (page, 0, 0, width - 2 * PADDING, cell->text,
                               cell->label ? CT_PRINT_LABEL_SIZE : CT_PRINT_VALUE_SIZE,
                               CT_PRINT_REGULAR, cell->label ? 0 : max_lines, FALSE);
}

void
ct_ticket_print_row (CtPrintPage       *page,
                     const CtPrintCell *cells,
                     guint              n_cells,
                     double             min_height,
                     int                max_lines,
                     gboolean           top)
{
  double page_width = ct_ticket_print_page_width (page);
  double height = min_height;
  double x = page->left;

  for (guint i = 0; i < n_cells; i++)
    height = MAX (height, cell_text_height (page, &cells[i], cells[i].width * page_width,
                                            max_lines) + 2 * PADDING);
  for (guint i = 0; i < n_cells; i++)
    {
      double width = cells[i].width * page_width;
      double text_height = cell_text_height (page, &cells[i], width, max_lines);
      double y = top && !cells[i].label ? page->y + PADDING
                                        : page->y + (height - text_height) / 2;

      ct_ticket_print_rect (page, x, page->y, width, height, cells[i].label);
      ct_ticket_print_text (page, x + PADDING, y, width - 2 * PADDING, cells[i].text,
                            cells[i].label ? CT_PRINT_LABEL_SIZE : CT_PRINT_VALUE_SIZE,
                            CT_PRINT_REGULAR, cells[i].label ? 0 : max_lines, TRUE);
      x += width;
    }
  page->y += height;
}

void
ct_ticket_print_pairs (CtPrintPage *page,
                       const char  *label1,
                       const char  *value1,
                       const char  *label2,
                       const char  *value2)
{
  const CtPrintCell cells[] = {
    { label1, 0.16, TRUE }, { value1, 0.34, FALSE },
    { label2, 0.16, TRUE }, { value2, 0.34, FALSE },
  };

  ct_ticket_print_row (page, cells, G_N_ELEMENTS (cells), CT_PRINT_ROW_HEIGHT, 2, FALSE);
}

void
ct_ticket_print_span (CtPrintPage *page,
                      const char  *label,
                      const char  *value,
                      double       min_height,
                      int          max_lines)
{
  const CtPrintCell cells[] = { { label, 0.16, TRUE }, { value, 0.84, FALSE } };

  ct_ticket_print_row (page, cells, G_N_ELEMENTS (cells), min_height, max_lines,
                       min_height > CT_PRINT_ROW_HEIGHT);
}

void
ct_ticket_print_tick_box (CtPrintPage *page,
                          double       x,
                          double       y,
                          double       size,
                          gboolean     ticked)
{
  cairo_t *cr = page->cr;

  cairo_rectangle (cr, x, y, size, size);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
  if (!ticked)
    return;
  cairo_move_to (cr, x + size * 0.18, y + size * 0.52);
  cairo_line_to (cr, x + size * 0.42, y + size * 0.78);
  cairo_line_to (cr, x + size * 0.86, y + size * 0.2);
  cairo_set_line_width (cr, 1.4);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

double
ct_ticket_print_choices (CtPrintPage       *page,
                         double             x,
                         double             y,
                         const char *const *labels,
                         guint              n_labels,
                         int                ticked)
{
  double box = CT_PRINT_VALUE_SIZE;

  for (guint i = 0; i < n_labels; i++)
    {
      g_autoptr(PangoLayout) layout = create_layout (page, labels[i], ct_ticket_print_page_width (page),
                                                     CT_PRINT_VALUE_SIZE, CT_PRINT_REGULAR, 1);
      PangoRectangle logical;
      double baseline = (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

      pango_layout_get_extents (layout, NULL, &logical);
      ct_ticket_print_tick_box (page, x, y + baseline - box + 1, box, (int) i == ticked);
      x += box + 4;
      cairo_set_source_rgb (page->cr, 0, 0, 0);
      cairo_move_to (page->cr, x, y);
      pango_cairo_show_layout (page->cr, layout);
      x += (double) logical.width / PANGO_SCALE + 16;
    }
  return x;
}

double
ct_ticket_print_sign_field (CtPrintPage *page,
                            double       x,
                            double       y,
                            const char  *label,
                            const char  *value,
                            double       line_width)
{
  double label_width = ct_ticket_print_page_width (page);
  g_autoptr(PangoLayout) layout = create_layout (page, label, label_width,
                                                 CT_PRINT_VALUE_SIZE, CT_PRINT_REGULAR, 1);
  PangoRectangle logical;
  double baseline;

  pango_layout_get_extents (layout, NULL, &logical);
  label_width = (double) logical.width / PANGO_SCALE;
  baseline = y + (double) pango_layout_get_baseline (layout) / PANGO_SCALE;
  cairo_set_source_rgb (page->cr, 0, 0, 0);
  cairo_move_to (page->cr, x, y);
  pango_cairo_show_layout (page->cr, layout);

  x += label_width + 3;
  if (line_width <= 0)
    return x + 12;
  cairo_move_to (page->cr, x, baseline + 2);
  cairo_line_to (page->cr, x + line_width, baseline + 2);
  cairo_set_line_width (page->cr, LINE_WIDTH);
  cairo_stroke (page->cr);
  ct_ticket_print_text (page, x, y, line_width, value, CT_PRINT_VALUE_SIZE, CT_PRINT_CENTER,
                        1, TRUE);
  return x + line_width + 12;
}

void
ct_ticket_print_heading (CtPrintPage             *page,
                         const char              *title,
                         const CtTicketPrintData *data)
{
  double width = ct_ticket_print_page_width (page);
  /* TRANSLATORS: the ticket number on a printed form, "No. T-2025-00001" */
  g_autofree char *number = g_strdup_printf (_("No. %s"), data->code);
  /* TRANSLATORS: when a form was printed, "Printed 2025-11-21 12:40" */
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), data->printed);
  double top;
  /* A short title in Chinese is spaced out, as on printed forms: 派 工 单. */
  CtPrintStyle spaced = (g_utf8_strlen (title, -1) <= 8 && (guchar) title[0] >= 0x80)
                        ? CT_PRINT_SPACED : CT_PRINT_REGULAR;

  if (data->company != NULL && *data->company != '\0')
    ct_ticket_print_line (page, data->company, 11, CT_PRINT_CENTER);
  page->y += 2;
  ct_ticket_print_line (page, title, 20, CT_PRINT_CENTER | CT_PRINT_BOLD | spaced);
  page->y += 6;

  top = page->y;
  page->y += ct_ticket_print_text (page, page->left, top, width * 0.6, number, 14,
                                   CT_PRINT_BOLD, 1, TRUE);
  ct_ticket_print_text (page, page->left + width * 0.4, top + 6, width * 0.6, printed,
                        8, CT_PRINT_RIGHT, 1, TRUE);
  page->y += 4;
}
