/* ct-dashboard-page.h — the Dashboard tab: KPI tiles against their targets
 * and the charts of a period, recomputed off the main thread, with drill-down
 * to the tickets behind a number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-page.h"

G_BEGIN_DECLS

#define CT_TYPE_DASHBOARD_PAGE (ct_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (CtDashboardPage, ct_dashboard_page, CT, DASHBOARD_PAGE, CtPage)

GtkWidget *ct_dashboard_page_new (void);

G_END_DECLS
