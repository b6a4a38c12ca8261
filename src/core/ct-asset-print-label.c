/* ct-asset-print-label.c — one asset label (90 × 50 mm) of a sheet of ten:
 * company, code in large type, name, category and place, contractor,
 * service desk, and the QR code of the asset code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-print-private.h"

#define MM              CT_ASSET_PRINT_MM
#define PADDING         (5.0 * MM)
#define TOP             (3.5 * MM)
#define HEADER_RULE     (9.0 * MM)
#define QR_RIGHT        (2.0 * MM)   /* the quiet zone is the QR's own margin */
#define LINE_GAP        1.5
#define CUT_LINE_WIDTH  0.3
#define CUT_GREY        0.55
#define NAME_SIZE       11.0
#define FACT_SIZE       8.0

void
ct_asset_print_label_origin (guint   index,
                             double *x,
                             double *y)
{
  guint column = index % CT_ASSET_LABEL_COLUMNS;
  guint row = (index / CT_ASSET_LABEL_COLUMNS) % CT_ASSET_LABEL_ROWS;

  *x = (CT_TICKET_PRINT_A4_WIDTH - CT_ASSET_LABEL_COLUMNS * CT_ASSET_LABEL_WIDTH) / 2
       + column * CT_ASSET_LABEL_WIDTH;
  *y = (CT_TICKET_PRINT_A4_HEIGHT - CT_ASSET_LABEL_ROWS * CT_ASSET_LABEL_HEIGHT) / 2
       + row * CT_ASSET_LABEL_HEIGHT;
}

/* Right-aligned, centred in the label below the header rule. */
void
ct_asset_print_label_qr_origin (guint   index,
                                double *x,
                                double *y)
{
  double left, top;

  ct_asset_print_label_origin (index, &left, &top);
  *x = left + CT_ASSET_LABEL_WIDTH - QR_RIGHT - CT_ASSET_LABEL_QR_SIZE;
  *y = top + HEADER_RULE + (CT_ASSET_LABEL_HEIGHT - HEADER_RULE - CT_ASSET_LABEL_QR_SIZE) / 2;
}

static void
cut_border (cairo_t *cr,
            double   x,
            double   y)
{
  cairo_rectangle (cr, x, y, CT_ASSET_LABEL_WIDTH, CT_ASSET_LABEL_HEIGHT);
  cairo_set_source_rgb (cr, CUT_GREY, CUT_GREY, CUT_GREY);
  cairo_set_line_width (cr, CUT_LINE_WIDTH);
  cairo_stroke (cr);
}

/* The largest of a few sizes at which @code fits on one line. */
static double
code_size (CtPrintPage *page,
           const char  *code,
           double       width)
{
  static const double sizes[] = { 22, 18, 14, 11 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      double one_line = ct_ticket_print_text (page, 0, 0, width, "0", sizes[i], CT_PRINT_BOLD,
                                              0, FALSE);

      if (ct_ticket_print_text (page, 0, 0, width, code, sizes[i], CT_PRINT_BOLD, 0, FALSE)
          <= one_line + 0.5)
        return sizes[i];
    }
  return sizes[G_N_ELEMENTS (sizes) - 1];
}

/* The height of a line of the text column: 0 when it is empty. */
static double
line_height (CtPrintPage  *page,
             const char   *text,
             double        size,
             CtPrintStyle  style,
             int           max_lines)
{
  if (text == NULL || *text == '\0')
    return 0;
  return ct_ticket_print_text (page, page->left, page->y, ct_ticket_print_page_width (page),
                               text, size, style, max_lines, FALSE) + LINE_GAP;
}

/* A line of the text column at page->y, when it is not empty and fits
 * above the label's bottom; advances page->y. */
static void
column_line (CtPrintPage  *page,
             const char   *text,
             double        size,
             CtPrintStyle  style,
             int           max_lines)
{
  double height = line_height (page, text, size, style, max_lines);

  if (height == 0 || page->y + height - LINE_GAP > page->bottom)
    return;
  ct_ticket_print_text (page, page->left, page->y, ct_ticket_print_page_width (page), text,
                        size, style, max_lines, TRUE);
  page->y += height;
}

static char *
kind_and_place (const CtAssetPrintData *data)
{
  if (*data->location == '\0')
    return g_strdup (data->category);
  /* TRANSLATORS: on an asset label: category and place, "Elevator · Building 3" */
  return g_strdup_printf (_("%s · %s"), data->category, data->location);
}

static void
header (CtPrintPage            *page,
        const CtAssetPrintData *data,
        double                  x,
        double                  y)
{
  ct_ticket_print_text (page, x + PADDING, y + TOP, CT_ASSET_LABEL_WIDTH - 2 * PADDING,
                        data->company, 7, CT_PRINT_REGULAR, 1, TRUE);
  cairo_move_to (page->cr, x + PADDING, y + HEADER_RULE);
  cairo_line_to (page->cr, x + CT_ASSET_LABEL_WIDTH - PADDING, y + HEADER_RULE);
  cairo_set_source_rgb (page->cr, 0, 0, 0);
  cairo_set_line_width (page->cr, 0.4);
  cairo_stroke (page->cr);
}

static void
text_column (CtPrintPage            *page,
             const CtAssetPrintData *data)
{
  g_autofree char *place = kind_and_place (data);
  /* TRANSLATORS: on an asset label, the maintenance contractor (维保单位) */
  g_autofree char *contractor = *data->contractor == '\0' ? NULL
                                : g_strdup_printf (_("Maintained by %s"), data->contractor);
  /* TRANSLATORS: on an asset label, the site's phone for repairs (报修电话) */
  g_autofree char *desk = *data->service_phone == '\0' ? NULL
                          : g_strdup_printf (_("Service desk %s"), data->service_phone);
  double width = ct_ticket_print_page_width (page);
  int contractor_lines = 2;
  double facts;

  /* Code and name at the top, the facts at the bottom. The service desk
   * comes first: the contractor gives up its second line for it. */
  column_line (page, data->code, code_size (page, data->code, width), CT_PRINT_BOLD, 1);
  column_line (page, data->name, NAME_SIZE, CT_PRINT_BOLD, 2);
  for (;; contractor_lines--)
    {
      facts = line_height (page, place, FACT_SIZE, CT_PRINT_REGULAR, 2)
              + line_height (page, contractor, FACT_SIZE, CT_PRINT_REGULAR, contractor_lines)
              + line_height (page, desk, FACT_SIZE, CT_PRINT_BOLD, 1);
      if (contractor_lines == 1 || page->y + facts <= page->bottom)
        break;
    }
  page->y = MAX (page->y + LINE_GAP, page->bottom + LINE_GAP - facts);
  column_line (page, place, FACT_SIZE, CT_PRINT_REGULAR, 2);
  column_line (page, contractor, FACT_SIZE, CT_PRINT_REGULAR, contractor_lines);
  column_line (page, desk, FACT_SIZE, CT_PRINT_BOLD, 1);
}

void
ct_asset_print_label (PangoFontMap           *font_map,
                      cairo_t                *cr,
                      guint                   index,
                      const CtAssetPrintData *data,
                      const CtAssetQr        *qr)
{
  CtPrintPage page = { 0 };
  double x, y, qr_x, qr_y;

  g_assert (data != NULL && qr != NULL);

  ct_asset_print_label_origin (index, &x, &y);
  ct_asset_print_label_qr_origin (index, &qr_x, &qr_y);
  cairo_save (cr);
  ct_ticket_print_page_init (&page, font_map, cr, CT_TICKET_PRINT_A4_WIDTH,
                             CT_TICKET_PRINT_A4_HEIGHT);
  cut_border (cr, x, y);
  header (&page, data, x, y);
  page.left = x + PADDING;
  page.right = qr_x;
  page.y = y + HEADER_RULE + 2.5 * MM;
  page.bottom = y + CT_ASSET_LABEL_HEIGHT - 3 * MM;
  text_column (&page, data);
  ct_asset_qr_draw (qr, cr, qr_x, qr_y, CT_ASSET_LABEL_QR_SIZE);
  ct_ticket_print_page_clear (&page);
  cairo_restore (cr);
}
