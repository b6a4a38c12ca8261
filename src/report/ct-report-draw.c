/* ct-report-draw.c — the report's header, footer and KPI tiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-report-private.h"

#define TILE_COLUMNS 3
#define TILE_HEIGHT  78.0
#define TILE_GAP     8.0

/* The tiles of page 1: the seed targets first, then the main figures. */
static const char *const tile_keys[] = {
  "satisfaction_rate", "complaint_closure_rate", "response_on_time_rate",
  "repair_on_time_rate", "asset_intact_rate", "downtime_change_yoy",
  "tickets_created", "first_time_fix_rate", "overdue_open",
  "return_visit_rate_repairs", "asset_availability", "pm_compliance_rate",
};

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

static void
draw_footer (CtReport *self,
             cairo_t  *cr,
             guint     page_nr)
{
  const double x = CT_REPORT_MARGIN, w = CT_REPORT_PAGE_WIDTH - 2 * CT_REPORT_MARGIN;
  const double y = CT_REPORT_PAGE_HEIGHT - CT_REPORT_MARGIN - 12;
  /* Translators: the report's page numbers: 第 1 页 / 共 3 页 */
  g_autofree char *pages = g_strdup_printf (_("Page %u of %u"), page_nr + 1,
                                            ct_report_get_n_pages (self));
  /* Translators: the report's footer, %s a date and time */
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), self->printed_at);

  set_grey (cr, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y - 4);
  cairo_line_to (cr, x + w, y - 4);
  cairo_stroke (cr);
  set_grey (cr, 0.35);
  ct_report_text (cr, printed, x, y, w, 8, FALSE, PANGO_ALIGN_LEFT);
  ct_report_text (cr, pages, x, y, w, 8, FALSE, PANGO_ALIGN_RIGHT);
}

void
ct_report_draw_header (CtReport *self,
                       cairo_t  *cr,
                       guint     page_nr)
{
  const double x = CT_REPORT_MARGIN, w = CT_REPORT_PAGE_WIDTH - 2 * CT_REPORT_MARGIN;
  g_autofree char *line = NULL;
  double y = CT_REPORT_MARGIN;

  line = *self->company ? g_strdup_printf ("%s · %s", self->company, self->site)
                        : g_strdup (self->site);
  set_grey (cr, 0.35);
  y += ct_report_text (cr, line, x, y, w, 9, FALSE, PANGO_ALIGN_LEFT);
  set_grey (cr, 0.1);
  y += ct_report_text (cr, self->title, x, y + 2, w, page_nr == 0 ? 20 : 13, TRUE,
                       PANGO_ALIGN_LEFT) + 2;
  set_grey (cr, 0.35);
  y += ct_report_text (cr, self->period_text, x, y + 2, w, 9, FALSE, PANGO_ALIGN_LEFT);
  set_grey (cr, 0.6);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, y + 8);
  cairo_line_to (cr, x + w, y + 8);
  cairo_stroke (cr);
  draw_footer (self, cr, page_nr);
}

static void
draw_tile (CtReport   *self,
           cairo_t    *cr,
           const char *key,
           double      x,
           double      y,
           double      w)
{
  g_autofree char *value = NULL, *previous = NULL, *target = NULL, *line = NULL;
  const char *mark;
  CtDashboardTile tile;

  ct_dashboard_get_tile (self->dash, key, &tile);
  ct_report_format_kpi (self, key, &value, &previous, &target, &mark);
  cairo_set_line_width (cr, 0.6);
  set_grey (cr, 0.75);
  cairo_rectangle (cr, x, y, w, TILE_HEIGHT);
  cairo_stroke (cr);
  set_grey (cr, 0.3);
  ct_report_text (cr, tile.name, x + 8, y + 6, w - 16, 8.5, FALSE, PANGO_ALIGN_LEFT);
  set_grey (cr, 0.05);
  ct_report_text (cr, value, x + 8, y + 20, w - 16, 18, TRUE, PANGO_ALIGN_LEFT);
  if (*mark)
    {
      if (tile.met)
        cairo_set_source_rgb (cr, 0.15, 0.55, 0.25);
      else
        cairo_set_source_rgb (cr, 0.8, 0.15, 0.15);
      ct_report_text (cr, mark, x + 8, y + 20, w - 16, 16, TRUE, PANGO_ALIGN_RIGHT);
    }
  /* Translators: a KPI tile: "Previous: 95.0 %  Target: ≥ 98.0 %" */
  line = *target ? g_strdup_printf (_("Previous: %s   Target: %s"), previous, target)
                 : g_strdup_printf (_("Previous: %s"), previous);
  set_grey (cr, 0.35);
  ct_report_text (cr, line, x + 8, y + TILE_HEIGHT - 20, w - 16, 7.5, FALSE,
                  PANGO_ALIGN_LEFT);
}

double
ct_report_draw_tiles (CtReport *self,
                      cairo_t  *cr,
                      double    y)
{
  const double w = (CT_REPORT_PAGE_WIDTH - 2 * CT_REPORT_MARGIN
                    - (TILE_COLUMNS - 1) * TILE_GAP) / TILE_COLUMNS;
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (tile_keys); i++)
    {
      if (!ct_ticket_kpi_is_key (tile_keys[i]) && !ct_asset_kpi_is_key (tile_keys[i]))
        continue;
      draw_tile (self, cr, tile_keys[i],
                 CT_REPORT_MARGIN + (n % TILE_COLUMNS) * (w + TILE_GAP),
                 y + (n / TILE_COLUMNS) * (TILE_HEIGHT + TILE_GAP), w);
      n++;
    }
  return y + ((n + TILE_COLUMNS - 1) / TILE_COLUMNS) * (TILE_HEIGHT + TILE_GAP);
}
