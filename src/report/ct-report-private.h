/* ct-report-private.h — what the report's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "ct-report.h"

G_BEGIN_DECLS

#define CT_REPORT_MARGIN 42.0

typedef enum
{
  CT_REPORT_PAGE_SUMMARY,    /* header, tiles, tickets by kind */
  CT_REPORT_PAGE_TICKETS,    /* on time, backlog, response time, departments */
  CT_REPORT_PAGE_SERVICE,    /* satisfaction, assets, heatmap */
  CT_REPORT_PAGE_TABLE,      /* KPI table rows [first, last) */
} CtReportPageKind;

typedef struct
{
  CtReportPageKind kind;
  guint            first;    /* table rows */
  guint            last;
} CtReportPage;

struct _CtReport
{
  CtDashboard *dash;
  GTimeZone   *tz;
  char        *lang;
  char        *company;
  char        *site;
  char        *title;
  char        *period_text;  /* "2026-10-01 – 2026-10-31" */
  char        *printed_at;   /* "2026-11-01 08:00" */
  GPtrArray   *keys;         /* KPI keys of the tables: ticket then asset */
  GArray      *pages;        /* CtReportPage */
};

/* Language: swaps $LANGUAGE for @lang (NULL: leaves it); returns a token for
 * ct_report_lang_pop (). */
typedef struct
{
  char     *language;
  char     *messages;
  gboolean  swapped;
} CtReportLang;

void      ct_report_lang_push     (CtReportLang       *saved,
                                   const char         *lang);
void      ct_report_lang_pop      (CtReportLang       *saved);

/* ct-report-text.c: text at a point, wrapped to @width; returns its height. */
double    ct_report_text          (cairo_t            *cr,
                                   const char         *text,
                                   double              x,
                                   double              y,
                                   double              width,
                                   double              size,
                                   gboolean            bold,
                                   PangoAlignment      align);
double    ct_report_text_height   (cairo_t            *cr,
                                   const char         *text,
                                   double              width,
                                   double              size,
                                   gboolean            bold);

/* ct-report-draw.c */
void      ct_report_draw_header   (CtReport           *self,
                                   cairo_t            *cr,
                                   guint               page_nr);
double    ct_report_draw_tiles    (CtReport           *self,
                                   cairo_t            *cr,
                                   double              y);
/* ct-report-charts.c: chart @id of the dashboard in @area. */
void      ct_report_draw_chart    (CtReport           *self,
                                   cairo_t            *cr,
                                   CtDashboardTableId  id,
                                   double              x,
                                   double              y,
                                   double              width,
                                   double              height);
/* ct-report-table.c: the KPI table */
double    ct_report_table_row_height (CtReport        *self,
                                   cairo_t            *cr,
                                   guint               row);
double    ct_report_table_header_height (void);
void      ct_report_draw_table    (CtReport           *self,
                                   cairo_t            *cr,
                                   guint               first,
                                   guint               last,
                                   double              y);
/* Value, previous and target of KPI @key as text, and ✓ / ✗ / "". */
void      ct_report_format_kpi    (CtReport           *self,
                                   const char         *key,
                                   char              **value,
                                   char              **previous,
                                   char              **target,
                                   const char        **mark);

G_END_DECLS
