/* ct-report-table.c — the KPI table: name and definition, value, previous
 * period, target, met
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-report-private.h"

#define NAME_WIDTH   250.0
#define VALUE_WIDTH  72.0
#define MARK_WIDTH   24.0
#define PADDING      5.0
#define HEADER_HEIGHT 22.0

static char *
format_target (const CtDashboardTile *tile)
{
  const char *sign = tile->lower_is_better ? "≤" : "≥";
  g_autofree char *percent = NULL;

  if (!tile->has_target)
    return g_strdup (tile->deadline ? tile->deadline : "");
  if (ct_asset_kpi_is_key (tile->key) && ct_asset_kpi_get_unit (tile->key) != CT_KPI_UNIT_FRACTION)
    return g_strdup_printf ("%s %.1f", sign, tile->target);
  if (ct_ticket_kpi_is_key (tile->key) && ct_ticket_kpi_get_unit (tile->key) != CT_KPI_UNIT_FRACTION)
    return g_strdup_printf ("%s %.1f", sign, tile->target);
  /* As the KPI modules write a fraction ("97.3 %", translated), with U+2212
   * for a negative target. */
  percent = g_strdup_printf (_("%.1f %%"), fabs (tile->target) * 100);
  return g_strdup_printf ("%s %s%s", sign, tile->target < 0 ? "−" : "", percent);
}

void
ct_report_format_kpi (CtReport    *self,
                      const char  *key,
                      char       **value,
                      char       **previous,
                      char       **target,
                      const char **mark)
{
  CtDashboardTile tile;

  ct_dashboard_get_tile (self->dash, key, &tile);
  *value = ct_dashboard_format_value (self->dash, key, FALSE);
  *previous = ct_dashboard_format_value (self->dash, key, TRUE);
  *target = format_target (&tile);
  if (!tile.has_target || !tile.has_value)
    *mark = "";
  else
    *mark = tile.met ? "✓" : "✗";
}

double
ct_report_table_header_height (void)
{
  return HEADER_HEIGHT;
}

static const char *
row_key (CtReport *self,
         guint     row)
{
  return g_ptr_array_index (self->keys, row);
}

static const char *
row_name (const char *key)
{
  return ct_ticket_kpi_is_key (key) ? ct_ticket_kpi_name (key) : ct_asset_kpi_name (key);
}

static const char *
row_definition (const char *key)
{
  return ct_ticket_kpi_is_key (key) ? ct_ticket_kpi_definition (key)
                                    : ct_asset_kpi_definition (key);
}

double
ct_report_table_row_height (CtReport *self,
                            cairo_t  *cr,
                            guint     row)
{
  const char *key = row_key (self, row);

  return ct_report_text_height (cr, row_name (key), NAME_WIDTH, 9, TRUE)
         + ct_report_text_height (cr, row_definition (key), NAME_WIDTH, 7, FALSE)
         + 3 * PADDING + 2;
}

static void
draw_header_row (cairo_t *cr,
                 double   y)
{
  const char *const titles[] = {
    /* Translators: columns of the report's KPI table */
    N_("KPI and definition"), N_("Value"), N_("Previous period"), N_("Target"),
  };
  double x = CT_REPORT_MARGIN;

  cairo_set_source_rgb (cr, 0.93, 0.93, 0.93);
  cairo_rectangle (cr, x, y, CT_REPORT_PAGE_WIDTH - 2 * CT_REPORT_MARGIN, HEADER_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  ct_report_text (cr, _(titles[0]), x + PADDING, y + PADDING, NAME_WIDTH, 8.5, TRUE,
                  PANGO_ALIGN_LEFT);
  x += NAME_WIDTH + PADDING;
  for (guint i = 1; i < G_N_ELEMENTS (titles); i++, x += VALUE_WIDTH)
    ct_report_text (cr, _(titles[i]), x, y + PADDING, VALUE_WIDTH - PADDING, 8.5, TRUE,
                    PANGO_ALIGN_RIGHT);
}

static double
draw_row (CtReport *self,
          cairo_t  *cr,
          guint     row,
          double    y)
{
  const char *key = row_key (self, row);
  g_autofree char *value = NULL, *previous = NULL, *target = NULL;
  const char *mark;
  const char *cells[3];
  double x = CT_REPORT_MARGIN + PADDING, h;

  ct_report_format_kpi (self, key, &value, &previous, &target, &mark);
  cells[0] = value, cells[1] = previous, cells[2] = target;
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  h = ct_report_text (cr, row_name (key), x, y + PADDING, NAME_WIDTH, 9, TRUE, PANGO_ALIGN_LEFT);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  h += ct_report_text (cr, row_definition (key), x, y + PADDING + h + 2, NAME_WIDTH, 7, FALSE,
                       PANGO_ALIGN_LEFT);
  x += NAME_WIDTH;
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++, x += VALUE_WIDTH)
    ct_report_text (cr, cells[i], x, y + PADDING, VALUE_WIDTH - PADDING, 9, i == 0,
                    PANGO_ALIGN_RIGHT);
  if (*mark)
    ct_report_text (cr, mark, x, y + PADDING, MARK_WIDTH, 10, TRUE, PANGO_ALIGN_CENTER);
  h += 3 * PADDING + 2;
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, CT_REPORT_MARGIN, y + h);
  cairo_line_to (cr, CT_REPORT_PAGE_WIDTH - CT_REPORT_MARGIN, y + h);
  cairo_stroke (cr);
  return h;
}

void
ct_report_draw_table (CtReport *self,
                      cairo_t  *cr,
                      guint     first,
                      guint     last,
                      double    y)
{
  draw_header_row (cr, y);
  y += HEADER_HEIGHT;
  for (guint row = first; row < last; row++)
    y += draw_row (self, cr, row, y);
}
