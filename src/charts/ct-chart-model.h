/* ct-chart-model.h — the numbers a chart shows: categories × series
 *
 * A CtChartData is a small table: categories (days, departments, hours…)
 * along one side, series (ticket kinds, weekdays…) along the other, a value
 * per cell (NAN when there is none), labels for both, the unit of the values
 * and an optional target ("≥ 90 %"). Fill it, then hand it to a layer and
 * leave it alone: layers do not watch it for changes (set a new one instead).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "ct-chart-scale.h"

G_BEGIN_DECLS

/* Which side of the target is good. */
typedef enum
{
  CT_CHART_GOAL_AT_LEAST,   /* satisfaction ≥ 90 % */
  CT_CHART_GOAL_AT_MOST,    /* answered within 15 min */
} CtChartGoal;

#define CT_TYPE_CHART_DATA (ct_chart_data_get_type ())
G_DECLARE_FINAL_TYPE (CtChartData, ct_chart_data, CT, CHART_DATA, GObject)

CtChartData *ct_chart_data_new                (CtChartUnit        unit);

CtChartUnit  ct_chart_data_get_unit           (CtChartData       *self);
guint        ct_chart_data_add_category       (CtChartData       *self,
                                               const char        *label);
guint        ct_chart_data_add_series         (CtChartData       *self,
                                               const char        *label);
guint        ct_chart_data_get_n_categories   (CtChartData       *self);
guint        ct_chart_data_get_n_series       (CtChartData       *self);
const char  *ct_chart_data_get_category_label (CtChartData       *self,
                                               guint              category);
const char  *ct_chart_data_get_series_label   (CtChartData       *self,
                                               guint              series);

void         ct_chart_data_set_value          (CtChartData       *self,
                                               guint              series,
                                               guint              category,
                                               double             value);
double       ct_chart_data_get_value          (CtChartData       *self,
                                               guint              series,
                                               guint              category);
char        *ct_chart_data_format_value       (CtChartData       *self,
                                               double             value);
double       ct_chart_data_get_category_total (CtChartData       *self,
                                               guint              category);
double       ct_chart_data_get_series_total   (CtChartData       *self,
                                               guint              series);
gboolean     ct_chart_data_get_range          (CtChartData       *self,
                                               double            *min,
                                               double            *max);
gboolean     ct_chart_data_get_stacked_range  (CtChartData       *self,
                                               double            *min,
                                               double            *max);

void         ct_chart_data_set_target         (CtChartData       *self,
                                               double             target,
                                               CtChartGoal        goal,
                                               const char        *label);
gboolean     ct_chart_data_get_target         (CtChartData       *self,
                                               double            *target);
CtChartGoal  ct_chart_data_get_goal           (CtChartData       *self);
const char  *ct_chart_data_get_target_label   (CtChartData       *self);
gboolean     ct_chart_data_target_met         (CtChartData       *self,
                                               double             value);

G_END_DECLS
