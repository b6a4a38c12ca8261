/* chart-test-data.h — fixed sample data for the chart tests and the gallery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-charts.h"

G_BEGIN_DECLS

typedef struct
{
  const char     *name;     /* file-name friendly: "bar-grouped" */
  const char     *title;
  void          (*add_layers) (GPtrArray *layers);
} ChartTestKind;

CtChartData         *chart_test_weekly_kinds      (void);
CtChartData         *chart_test_department_rates  (void);
CtChartData         *chart_test_daily_rate        (void);
CtChartData         *chart_test_kind_shares       (void);
CtChartData         *chart_test_site_satisfaction (void);
CtChartData         *chart_test_response_minutes  (void);
CtChartData         *chart_test_intake            (void);

const ChartTestKind *chart_test_get_kinds         (guint        *n_kinds);
void                 chart_test_render_kind       (const ChartTestKind *kind,
                                                   cairo_t             *cr,
                                                   int                  width,
                                                   int                  height,
                                                   const CtChartTheme  *theme);

G_END_DECLS
