/* ct-chart-scale.h — "nice" axis ticks, linear scales and value formatting
 *
 * Charts map numbers to pixels here and nowhere else: ticks fall on steps of
 * 1, 2 or 5 × 10ⁿ (durations on 15 min, 30 min, 1 h, 2 h … as a clock reader
 * expects), and every number a chart shows is formatted by its unit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the numbers of a chart are. */
typedef enum
{
  CT_CHART_UNIT_COUNT,     /* tickets, assets: "12,345" */
  CT_CHART_UNIT_PERCENT,   /* a fraction 0…1 shown as "97.3 %" */
  CT_CHART_UNIT_MINUTES,   /* a duration in minutes: "3 h 20 min" */
  CT_CHART_UNIT_NUMBER,    /* a plain number: a score, "4.6" */
} CtChartUnit;

/* Ticks of one value axis: min, min + step, … max (n_ticks values). */
typedef struct
{
  double min;
  double max;
  double step;
  guint  n_ticks;
} CtChartTicks;

/* A rectangle in surface units (pixels, or points on paper). */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} CtChartRect;

/* A linear map from a domain of values to a range of pixels. The range may
 * run backwards (a vertical axis: larger values higher up, smaller y). */
typedef struct
{
  double domain_min;
  double domain_max;
  double range_min;
  double range_max;
} CtChartScale;

gboolean ct_chart_rect_contains  (const CtChartRect *rect,
                                  double             x,
                                  double             y);

double  ct_chart_nice_step       (double        raw_step,
                                  CtChartUnit   unit);
void    ct_chart_ticks_compute   (CtChartTicks *ticks,
                                  double        lo,
                                  double        hi,
                                  guint         max_ticks,
                                  CtChartUnit   unit);
double  ct_chart_ticks_get_value (const CtChartTicks *ticks,
                                  guint               index);

void    ct_chart_scale_init      (CtChartScale *scale,
                                  double        domain_min,
                                  double        domain_max,
                                  double        range_min,
                                  double        range_max);
double  ct_chart_scale_map       (const CtChartScale *scale,
                                  double              value);
double  ct_chart_scale_invert    (const CtChartScale *scale,
                                  double              position);

char   *ct_chart_format_value    (double        value,
                                  CtChartUnit   unit);
char   *ct_chart_format_tick     (double        value,
                                  double        step,
                                  CtChartUnit   unit);
char   *ct_chart_format_count    (double        value,
                                  int           decimals);
char   *ct_chart_format_minutes  (double        minutes);

G_END_DECLS
