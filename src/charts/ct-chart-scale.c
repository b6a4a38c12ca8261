/* ct-chart-scale.c — "nice" axis ticks, linear scales and value formatting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-chart-scale.h"

#define EPSILON 1e-9

/* Steps a clock reader finds natural, in minutes; past a day, whole days. */
static const double minute_steps[] = {
  1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440,
};

/* The smallest 1, 2 or 5 × 10ⁿ at least @raw (@raw > 0). */
static double
nice_decimal (double raw)
{
  double base = pow (10.0, floor (log10 (raw)));
  double fraction = raw / base;

  if (fraction <= 1.0 + EPSILON)
    return base;
  if (fraction <= 2.0 + EPSILON)
    return 2.0 * base;
  if (fraction <= 5.0 + EPSILON)
    return 5.0 * base;
  return 10.0 * base;
}

static double
nice_minutes (double raw)
{
  for (guint i = 0; i < G_N_ELEMENTS (minute_steps); i++)
    if (raw <= minute_steps[i] + EPSILON)
      return minute_steps[i];
  return 1440.0 * nice_decimal (raw / 1440.0);
}

/* Digits after the decimal point that tell ticks @step apart. */
static int
decimals_for_step (double step)
{
  if (!(step > 0) || !isfinite (step))
    return 0;
  return CLAMP ((int) ceil (-log10 (step) - EPSILON), 0, 6);
}

/* Whole or widened: a domain of one value (or none) still gets an axis. */
static void
widen_domain (double     *lo,
              double     *hi,
              CtChartUnit unit)
{
  if (!isfinite (*lo) || !isfinite (*hi))
    *lo = *hi = 0;
  if (*lo > *hi)
    {
      double swap = *lo;

      *lo = *hi;
      *hi = swap;
    }
  if (*lo != *hi)
    return;
  if (*lo > 0)
    *lo = 0;
  else if (*hi < 0)
    *hi = 0;
  else
    *hi = unit == CT_CHART_UNIT_MINUTES ? 60 : 1;
}

gboolean
ct_chart_rect_contains (const CtChartRect *rect,
                        double             x,
                        double             y)
{
  g_return_val_if_fail (rect != NULL, FALSE);

  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

double
ct_chart_nice_step (double      raw_step,
                    CtChartUnit unit)
{
  double step;

  if (!(raw_step > 0) || !isfinite (raw_step))
    return 1.0;
  if (unit == CT_CHART_UNIT_MINUTES && raw_step > 1)
    return nice_minutes (raw_step);
  step = nice_decimal (raw_step);
  if (unit == CT_CHART_UNIT_COUNT || unit == CT_CHART_UNIT_MINUTES)
    step = MAX (step, 1.0);
  return step;
}

/* floor () and ceil () that take 2.9999999999 for the 3 it stands for. */
static double
snap_floor (double value)
{
  double nearest = round (value);

  return fabs (value - nearest) < EPSILON ? nearest : floor (value);
}

static double
snap_ceil (double value)
{
  double nearest = round (value);

  return fabs (value - nearest) < EPSILON ? nearest : ceil (value);
}

void
ct_chart_ticks_compute (CtChartTicks *ticks,
                        double        lo,
                        double        hi,
                        guint         max_ticks,
                        CtChartUnit   unit)
{
  double step;

  g_return_if_fail (ticks != NULL);

  widen_domain (&lo, &hi, unit);
  /* Across zero, zero is a tick: at least three. */
  max_ticks = MAX (max_ticks, lo < 0 && hi > 0 ? 3 : 2);
  step = ct_chart_nice_step ((hi - lo) / (max_ticks - 1), unit);
  for (guint attempt = 0; attempt < 64; attempt++)
    {
      ticks->min = snap_floor (lo / step) * step;
      ticks->max = snap_ceil (hi / step) * step;
      ticks->n_ticks = (guint) llround ((ticks->max - ticks->min) / step) + 1;
      if (ticks->n_ticks <= max_ticks)
        break;
      /* Rounding out to whole steps added ticks: take the next step up. */
      step = ct_chart_nice_step (step * 1.01, unit);
    }
  ticks->step = step;
  if (fabs (ticks->min) < step * EPSILON)
    ticks->min = 0;
}

double
ct_chart_ticks_get_value (const CtChartTicks *ticks,
                          guint               index)
{
  double value;

  g_return_val_if_fail (ticks != NULL, 0);

  value = ticks->min + index * ticks->step;
  /* No "-0" and no 0.30000000000000004 from accumulated steps. */
  value = round (value / ticks->step) * ticks->step;
  return fabs (value) < ticks->step * EPSILON ? 0 : value;
}

void
ct_chart_scale_init (CtChartScale *scale,
                     double        domain_min,
                     double        domain_max,
                     double        range_min,
                     double        range_max)
{
  g_return_if_fail (scale != NULL);

  scale->domain_min = domain_min;
  scale->domain_max = domain_max;
  scale->range_min = range_min;
  scale->range_max = range_max;
}

double
ct_chart_scale_map (const CtChartScale *scale,
                    double              value)
{
  double span;

  g_return_val_if_fail (scale != NULL, 0);

  span = scale->domain_max - scale->domain_min;
  if (span == 0)
    return scale->range_min;
  return scale->range_min
         + (value - scale->domain_min) / span * (scale->range_max - scale->range_min);
}

double
ct_chart_scale_invert (const CtChartScale *scale,
                       double              position)
{
  double span;

  g_return_val_if_fail (scale != NULL, 0);

  span = scale->range_max - scale->range_min;
  if (span == 0)
    return scale->domain_min;
  return scale->domain_min
         + (position - scale->range_min) / span * (scale->domain_max - scale->domain_min);
}

/* Formatting */

char *
ct_chart_format_count (double value,
                       int    decimals)
{
  /* Translators: the separator of thousands in "12,345"; "," in Chinese too */
  const char *separator = C_("thousands separator", ",");
  g_autofree char *digits = NULL;
  GString *out;
  gsize int_len;

  if (!isfinite (value))
    return g_strdup ("—");
  out = g_string_new (NULL);
  decimals = CLAMP (decimals, 0, 6);
  digits = g_strdup_printf ("%.*f", decimals, fabs (value));
  if (value < 0 && round (fabs (value) * pow (10, decimals)) != 0)
    g_string_append_c (out, '-');
  int_len = strspn (digits, "0123456789");
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + int_len);
  return g_string_free (out, FALSE);
}

char *
ct_chart_format_minutes (double minutes)
{
  gint64 m = llround (fabs (minutes));
  const char *sign = minutes < 0 && m != 0 ? "-" : "";
  g_autofree char *text = NULL;

  if (!isfinite (minutes))
    return g_strdup ("—");
  if (m < 60)
    /* Translators: a duration, "45 min" */
    text = g_strdup_printf (_("%d min"), (int) m);
  else if (m < 24 * 60 && m % 60 == 0)
    /* Translators: a duration in whole hours, "3 h" */
    text = g_strdup_printf (_("%d h"), (int) (m / 60));
  else if (m < 24 * 60)
    /* Translators: a duration, "3 h 05 min" */
    text = g_strdup_printf (_("%d h %02d min"), (int) (m / 60), (int) (m % 60));
  else if (m / 60 % 24 == 0)
    /* Translators: a duration in whole days, "2 d" */
    text = g_strdup_printf (_("%d d"), (int) (m / (24 * 60)));
  else
    /* Translators: a duration, "2 d 4 h" (days and hours) */
    text = g_strdup_printf (_("%d d %d h"), (int) (m / (24 * 60)), (int) (m / 60 % 24));
  return g_strconcat (sign, text, NULL);
}

/* "4.6", "12.25", "3": up to two decimals, no trailing zeros. */
static char *
format_number (double value)
{
  double hundredths = round (fabs (value) * 100);
  int decimals = 2;

  if (fmod (hundredths, 100) == 0)
    decimals = 0;
  else if (fmod (hundredths, 10) == 0)
    decimals = 1;
  return ct_chart_format_count (value, decimals);
}

char *
ct_chart_format_value (double      value,
                       CtChartUnit unit)
{
  if (!isfinite (value))
    return g_strdup ("—");
  switch (unit)
    {
    case CT_CHART_UNIT_COUNT:
      return ct_chart_format_count (value, fabs (value - round (value)) < EPSILON ? 0 : 1);
    case CT_CHART_UNIT_PERCENT:
      /* Translators: a percentage with one decimal, "97.3 %" */
      return g_strdup_printf (_("%.1f %%"), value * 100);
    case CT_CHART_UNIT_MINUTES:
      return ct_chart_format_minutes (value);
    case CT_CHART_UNIT_NUMBER:
      return format_number (value);
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
ct_chart_format_tick (double      value,
                      double      step,
                      CtChartUnit unit)
{
  g_autofree char *number = NULL;

  /* Zero is "0" on any axis, not "0.000". */
  switch (unit)
    {
    case CT_CHART_UNIT_COUNT:
    case CT_CHART_UNIT_NUMBER:
      return ct_chart_format_count (value, value == 0 ? 0 : decimals_for_step (step));
    case CT_CHART_UNIT_PERCENT:
      number = ct_chart_format_count (value * 100, value == 0 ? 0 : decimals_for_step (step * 100));
      /* Translators: an axis label in percent, "20 %" or "2.5 %" */
      return g_strdup_printf (_("%s %%"), number);
    case CT_CHART_UNIT_MINUTES:
      return value == 0 ? g_strdup ("0") : ct_chart_format_minutes (value);
    default:
      g_return_val_if_reached (NULL);
    }
}
