/* ct-report.h — the monthly/quarterly operations report (PDF, print, Excel)
 *
 * A CtReport holds everything a report shows for one period and site: the
 * dashboard's figures (ct-dashboard.h), the company and site names, the
 * title and the pages laid out on A4 portrait. It draws a page on any
 * cairo_t (ct_report_draw_page: a PDF surface, or GtkPrintOperation's
 * context in the app), scaling A4 to the size given.
 *
 * Language: @lang ("zh_CN", "zh_TW", "en"; NULL = the process's) applies to
 * every text of the report. GNU gettext has no per-call language, so the
 * report swaps $LANGUAGE (and LC_MESSAGES to C.UTF-8 when it was "C", where
 * gettext ignores $LANGUAGE) around ct_report_new () and each
 * ct_report_draw_page () and restores both after: call them from the main
 * thread, while no other thread translates. Month names come from the
 * translated period title (ct_dashboard_period_title ()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ct-dashboard.h"

G_BEGIN_DECLS

typedef struct _CtReport CtReport;

/* A4 portrait in points. */
#define CT_REPORT_PAGE_WIDTH  595.276
#define CT_REPORT_PAGE_HEIGHT 841.89

/* Computes the figures of @period (ct_dashboard_compute ()) and lays out the
 * pages. @site_name is the name printed for period->site_id (NULL: all
 * sites); the caller resolved the id from it. */
CtReport   *ct_report_new           (CtDatabase        *db,
                                     const CtKpiPeriod *period,
                                     const char        *site_name,
                                     const char        *lang,
                                     GError           **error);
void        ct_report_free          (CtReport          *self);

guint       ct_report_get_n_pages   (CtReport          *self);
/* Draws page @page_nr (from 0) filling @width × @height (any unit; A4 is
 * scaled to fit, centred). */
void        ct_report_draw_page     (CtReport          *self,
                                     cairo_t           *cr,
                                     guint              page_nr,
                                     double             width,
                                     double             height);
const CtDashboard *ct_report_get_dashboard (CtReport   *self);
/* "物业服务运营报告 2026年10月" / "Operations report October 2026". */
const char *ct_report_get_title     (CtReport          *self);

/* Writes @self to a PDF at @path (replaced only when complete). */
gboolean    ct_report_save_pdf      (CtReport          *self,
                                     const char        *path,
                                     GError           **error);
/* The KPI tables (ticket KPIs, asset KPIs, tickets by kind, departments) as
 * an Excel workbook, one sheet each. */
gboolean    ct_report_save_xlsx     (CtReport          *self,
                                     const char        *path,
                                     GError           **error);

/* ct_report_new () then ct_report_save_pdf () / _save_xlsx (). */
gboolean    ct_report_write_pdf     (CtDatabase        *db,
                                     const CtKpiPeriod *period,
                                     const char        *site_name,
                                     const char        *lang,
                                     const char        *path,
                                     GError           **error);
gboolean    ct_report_write_xlsx    (CtDatabase        *db,
                                     const CtKpiPeriod *period,
                                     const char        *site_name,
                                     const char        *lang,
                                     const char        *path,
                                     GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtReport, ct_report_free)

G_END_DECLS
