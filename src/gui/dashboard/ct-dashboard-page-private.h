/* ct-dashboard-page-private.h — shared by the page's files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-dashboard-page.h"
#include "ct-dashboard.h"

G_BEGIN_DECLS

typedef enum
{
  CT_DASHBOARD_THIS_MONTH,
  CT_DASHBOARD_LAST_MONTH,
  CT_DASHBOARD_THIS_QUARTER,
  CT_DASHBOARD_THIS_YEAR,
  CT_DASHBOARD_CUSTOM,
} CtDashboardPreset;

typedef enum
{
  CT_DASHBOARD_REPORT_PRINT,
  CT_DASHBOARD_REPORT_PDF,
  CT_DASHBOARD_REPORT_XLSX,
} CtDashboardReportKind;

struct _CtDashboardPage
{
  CtPage             parent_instance;

  CtContext         *context;       /* kept to disconnect */
  GTimeZone         *tz;            /* of the database */
  GArray            *site_ids;      /* gint64 per site dropdown item; 0 = all */
  CtDashboard       *result;        /* shown now, or NULL */
  GCancellable      *computing;     /* while the worker runs */
  GCancellable      *reporting;     /* while a report is made or saved */
  guint              generation;    /* of the newest computation */
  gboolean           filling;       /* dropdowns being rebuilt: ignore them */

  /* Template widgets */
  GtkDropDown       *period_dropdown;
  GtkDropDown       *site_dropdown;
  GtkBox            *custom_box;
  GtkEntry          *from_entry;
  GtkEntry          *to_entry;
  GtkLabel          *period_label;
  GtkSpinner        *spinner;
  GtkStack          *content_stack;
  GtkLabel          *error_label;
  GtkFlowBox        *tiles_box;
  GtkFlowBox        *charts_box;
};

/* ct-dashboard-page.c */
/* Computes [from, to) of the period chosen in the top bar; FALSE (with a
 * message for the user) for a bad custom range. */
gboolean           ct_dashboard_page_read_period   (CtDashboardPage *self,
                                                    CtKpiPeriod     *period,
                                                    GError         **error);

/* ct-dashboard-worker.c: the computation in a GTask on its own connection */
/* Starts computing @period (cancelling a computation still running). */
void               ct_dashboard_page_start         (CtDashboardPage   *self,
                                                    const CtKpiPeriod *period);
void               ct_dashboard_page_cancel        (CtDashboardPage   *self);

/* ct-dashboard-report.c: Print Report…, Save as PDF…, Export to Excel… */
/* Makes the report of the period and site chosen in a worker, then prints
 * it (the print dialog; with @path, an export to that PDF without a dialog)
 * or saves it to @path as PDF or Excel and says so in a toast. An error is
 * shown in a message dialog. */
void               ct_dashboard_page_report        (CtDashboardPage       *self,
                                                    CtDashboardReportKind  kind,
                                                    const char            *path);
void               ct_dashboard_page_cancel_report (CtDashboardPage       *self);
/* TRUE while a report is being made or saved. */
gboolean           ct_dashboard_page_is_reporting  (CtDashboardPage       *self);
/* The name of the site chosen; NULL for all sites. */
char              *ct_dashboard_page_dup_site_name (CtDashboardPage       *self);
/* ct-dashboard-report-chooser.c: the actions, and the file choosers. */
void               ct_dashboard_page_class_init_report (GtkWidgetClass *widget_class);

/* ct-dashboard-drill.c */
/* Switches to the Tickets tab showing exactly @ids (of @kind, NULL: any). */
void               ct_dashboard_page_show_tickets  (CtDashboardPage *self,
                                                    GArray          *ids,
                                                    const char      *kind,
                                                    const char      *title);
/* Switches to the Assets tab showing exactly the assets @ids. */
void               ct_dashboard_page_show_assets   (CtDashboardPage *self,
                                                    GArray          *ids,
                                                    const char      *title);

/* ct-dashboard-tiles.c */
void               ct_dashboard_page_show_tiles    (CtDashboardPage *self);
/* The keys of the tiles in order (NULL-terminated). */
const char *const *ct_dashboard_tile_keys          (void);

/* ct-dashboard-charts.c */
void               ct_dashboard_page_show_charts   (CtDashboardPage *self);

/* Testing API */
/* TRUE while a computation runs. */
gboolean           ct_dashboard_page_is_computing  (CtDashboardPage *self);
void               ct_dashboard_page_set_preset    (CtDashboardPage   *self,
                                                    CtDashboardPreset  preset);
void               ct_dashboard_page_set_custom    (CtDashboardPage *self,
                                                    const char      *from,
                                                    const char      *to);
/* The value label of the tile of @key ("12", "97.3 %") or NULL. */
const char        *ct_dashboard_page_get_tile_value (CtDashboardPage *self,
                                                    const char      *key);
/* What clicking the tile of @key does. */
gboolean           ct_dashboard_page_activate_tile (CtDashboardPage *self,
                                                    const char      *key);
const CtDashboard *ct_dashboard_page_get_result  (CtDashboardPage *self);

G_END_DECLS
