/* ct-chart-private.h — CtChart's fields, shared by its files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart.h"

G_BEGIN_DECLS

#define CT_CHART_NONE G_MAXUINT

struct _CtChart
{
  GtkWidget     parent_instance;

  char         *title;
  GPtrArray    *layers;      /* CtChartLayer */
  CtChartAxes   axes;
  CtChartTheme  theme;

  guint         hover_layer; /* CT_CHART_NONE: none */
  guint         hover_series;
  guint         hover_category;
};

enum {
  CT_CHART_ITEM_ACTIVATED,
  CT_CHART_N_SIGNALS
};

extern guint ct_chart_signals[CT_CHART_N_SIGNALS];

void ct_chart_set_hover        (CtChart *self,
                                guint    layer,
                                guint    series,
                                guint    category);
void ct_chart_add_controllers  (CtChart *self);

G_END_DECLS
