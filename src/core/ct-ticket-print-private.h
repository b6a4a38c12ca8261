/* ct-ticket-print-private.h — the drawing kit shared by the printed forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "ct-ticket-print.h"

G_BEGIN_DECLS

/* A page being drawn: the content box inside the margins and the top of the
 * next block. All sizes in points. */
typedef struct
{
  cairo_t      *cr;
  PangoContext *pango;
  double        left;
  double        right;
  double        bottom;
  double        y;
} CtPrintPage;

typedef enum
{
  CT_PRINT_REGULAR = 0,
  CT_PRINT_BOLD    = 1 << 0,
  CT_PRINT_CENTER  = 1 << 1,
  CT_PRINT_RIGHT   = 1 << 2,
  CT_PRINT_SPACED  = 1 << 3,   /* wide letter spacing, for CJK titles */
} CtPrintStyle;

typedef struct
{
  const char *text;
  double      width;   /* fraction of the content width */
  gboolean    label;   /* a field's name: shaded */
} CtPrintCell;

/* @font_map: from pango_cairo_font_map_new(), not the shared default map, so
 * that its caches go away with it. */
void   ct_ticket_print_page_init   (CtPrintPage       *page,
                                    PangoFontMap      *font_map,
                                    cairo_t           *cr,
                                    double             width,
                                    double             height);
void   ct_ticket_print_page_clear  (CtPrintPage       *page);
double ct_ticket_print_page_width  (const CtPrintPage *page);

/* Draws @text with its top left at (@x, @y), wrapped to @width, at most
 * @max_lines lines (0 = no limit; the rest is ellipsized); returns the height
 * used. With @draw FALSE only measures. */
double ct_ticket_print_text        (CtPrintPage       *page,
                                    double             x,
                                    double             y,
                                    double             width,
                                    const char        *text,
                                    double             size,
                                    CtPrintStyle       style,
                                    int                max_lines,
                                    gboolean           draw);
/* A block of text across the content width at page->y; advances page->y. */
void   ct_ticket_print_line        (CtPrintPage       *page,
                                    const char        *text,
                                    double             size,
                                    CtPrintStyle       style);
/* A bordered table row at page->y; advances page->y. Text is vertically
 * centred, or at the top when @top. */
void   ct_ticket_print_row         (CtPrintPage       *page,
                                    const CtPrintCell *cells,
                                    guint              n_cells,
                                    double             min_height,
                                    int                max_lines,
                                    gboolean           top);
/* Two label/value pairs in one row. */
void   ct_ticket_print_pairs       (CtPrintPage       *page,
                                    const char        *label1,
                                    const char        *value1,
                                    const char        *label2,
                                    const char        *value2);
/* One label and a value across the rest of the row. */
void   ct_ticket_print_span        (CtPrintPage       *page,
                                    const char        *label,
                                    const char        *value,
                                    double             min_height,
                                    int                max_lines);
void   ct_ticket_print_rect        (CtPrintPage       *page,
                                    double             x,
                                    double             y,
                                    double             width,
                                    double             height,
                                    gboolean           shaded);
/* A square tick box of @size with its top left at (@x, @y). */
void   ct_ticket_print_tick_box    (CtPrintPage       *page,
                                    double             x,
                                    double             y,
                                    double             size,
                                    gboolean           ticked);
/* Tick boxes, each followed by its label, from (@x, @y); the box number
 * @ticked (from 0; -1 = none) is ticked. Returns the x after the last. */
double ct_ticket_print_choices     (CtPrintPage       *page,
                                    double             x,
                                    double             y,
                                    const char *const *labels,
                                    guint              n_labels,
                                    int                ticked);
/* "@label ____" with @value written on the line; returns the x after it. */
double ct_ticket_print_sign_field  (CtPrintPage       *page,
                                    double             x,
                                    double             y,
                                    const char        *label,
                                    const char        *value,
                                    double             line_width);
/* ct-ticket-print.c: draws every page of a document on @cr, calling
 * cairo_show_page () after each, with one @font_map for all of them. */
typedef void (*CtPrintDrawFunc) (cairo_t      *cr,
                                 PangoFontMap *font_map,
                                 gpointer      user_data);

/* Writes an A4 PDF titled @title, drawn by @draw, to @path, replacing the
 * file only when complete. */
gboolean ct_ticket_print_write_pdf (const char       *path,
                                    const char       *title,
                                    CtPrintDrawFunc   draw,
                                    gpointer          user_data,
                                    GError          **error);

/* Company, form title, then the ticket number and print time. */
void   ct_ticket_print_heading     (CtPrintPage             *page,
                                    const char              *title,
                                    const CtTicketPrintData *data);

/* ct-ticket-print-forms.c */
/* A shaded header row with @title, then a box of @height ruled for
 * handwriting, with @note (if any) printed at its top. */
void   ct_ticket_print_ruled_box    (CtPrintPage             *page,
                                     const char              *title,
                                     const char              *note,
                                     double                   height);
void   ct_ticket_print_work_order   (CtPrintPage             *page,
                                     const CtTicketPrintData *data);
void   ct_ticket_print_return_visit (CtPrintPage             *page,
                                     const CtTicketPrintData *data);

#define CT_PRINT_LABEL_SIZE 9.0
#define CT_PRINT_VALUE_SIZE 9.5
#define CT_PRINT_ROW_HEIGHT 21.0

G_END_DECLS
