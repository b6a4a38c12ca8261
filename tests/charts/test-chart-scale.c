/* test-chart-scale.c — nice ticks, scales and the formatting of values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "ct-chart-scale.h"

/* A step is 1, 2 or 5 × 10ⁿ. */
static gboolean
is_decimal_nice (double step)
{
  double mantissa = step / pow (10, floor (log10 (step) + 1e-9));

  return fabs (mantissa - 1) < 1e-6 || fabs (mantissa - 2) < 1e-6 || fabs (mantissa - 5) < 1e-6;
}

static gboolean
is_multiple (double value,
             double step)
{
  return fabs (value / step - round (value / step)) < 1e-6;
}

static void
assert_ticks_cover (double      lo,
                    double      hi,
                    guint       max_ticks,
                    CtChartUnit unit)
{
  CtChartTicks ticks;

  ct_chart_ticks_compute (&ticks, lo, hi, max_ticks, unit);
  g_test_message ("%g..%g (%u ticks max) → %g..%g step %g, %u ticks", lo, hi, max_ticks,
                  ticks.min, ticks.max, ticks.step, ticks.n_ticks);
  g_assert_cmpfloat (ticks.min, <=, MIN (lo, hi) + 1e-12);
  g_assert_cmpfloat (ticks.max, >=, MAX (lo, hi) - 1e-12);
  g_assert_cmpfloat (ticks.max, >, ticks.min);
  g_assert_cmpuint (ticks.n_ticks, >=, 2);
  g_assert_cmpuint (ticks.n_ticks, <=, MAX (max_ticks, lo < 0 && hi > 0 ? 3 : 2));
  g_assert_cmpfloat_with_epsilon (ticks.min + (ticks.n_ticks - 1) * ticks.step, ticks.max,
                                  ticks.step * 1e-6);
  g_assert_true (is_multiple (ticks.min, ticks.step));
  if (unit != CT_CHART_UNIT_MINUTES)
    g_assert_true (is_decimal_nice (ticks.step));
  if (unit == CT_CHART_UNIT_COUNT || unit == CT_CHART_UNIT_MINUTES)
    g_assert_cmpfloat (ticks.step, >=, 1);
}

static void
test_ticks_invariants (void)
{
  static const double ranges[][2] = {
    { 0, 0 }, { 0, 1 }, { 0, 0.003 }, { -3, 7 }, { -100, -5 }, { 5, 5 }, { -5, -5 },
    { 0, 97 }, { 0, 1234567 }, { 0.85, 0.97 }, { 1e-6, 3e-6 }, { 0, 10 }, { 3, 3.0001 },
    { -0.25, 0.25 }, { 7, 3 }, { 0, 1e12 }, { -1e-9, 1e-9 }, { 12, 13 },
  };
  static const CtChartUnit units[] = {
    CT_CHART_UNIT_NUMBER, CT_CHART_UNIT_PERCENT, CT_CHART_UNIT_COUNT, CT_CHART_UNIT_MINUTES,
  };

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    for (guint u = 0; u < G_N_ELEMENTS (units); u++)
      for (guint max_ticks = 2; max_ticks <= 9; max_ticks++)
        assert_ticks_cover (ranges[r][0], ranges[r][1], max_ticks, units[u]);
}

static void
test_ticks_examples (void)
{
  CtChartTicks ticks;

  /* Nothing at all: still an axis, 0 to 1. */
  ct_chart_ticks_compute (&ticks, 0, 0, 6, CT_CHART_UNIT_NUMBER);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 1);
  g_assert_cmpfloat (ticks.step, ==, 0.2);

  ct_chart_ticks_compute (&ticks, 0, 97, 6, CT_CHART_UNIT_COUNT);
  g_assert_cmpfloat (ticks.max, ==, 100);
  g_assert_cmpfloat (ticks.step, ==, 20);
  g_assert_cmpuint (ticks.n_ticks, ==, 6);

  /* -3..7 by 2 would take 7 ticks (-4..8): one step up, 5. */
  ct_chart_ticks_compute (&ticks, -3, 7, 6, CT_CHART_UNIT_NUMBER);
  g_assert_cmpfloat (ticks.min, ==, -5);
  g_assert_cmpfloat (ticks.max, ==, 10);
  g_assert_cmpfloat (ticks.step, ==, 5);
  g_assert_cmpuint (ticks.n_ticks, ==, 4);

  /* A single positive value: the axis starts at zero. */
  ct_chart_ticks_compute (&ticks, 5, 5, 6, CT_CHART_UNIT_COUNT);
  g_assert_cmpfloat (ticks.min, ==, 0);
  g_assert_cmpfloat (ticks.max, ==, 5);

  /* Counts never get fractional ticks. */
  ct_chart_ticks_compute (&ticks, 0, 2, 8, CT_CHART_UNIT_COUNT);
  g_assert_cmpfloat (ticks.step, ==, 1);

  /* Tiny fractions. */
  ct_chart_ticks_compute (&ticks, 0, 0.003, 5, CT_CHART_UNIT_NUMBER);
  g_assert_cmpfloat_with_epsilon (ticks.step, 0.001, 1e-15);
  g_assert_cmpuint (ticks.n_ticks, ==, 4);

  /* Durations step on whole hours. */
  ct_chart_ticks_compute (&ticks, 0, 200, 6, CT_CHART_UNIT_MINUTES);
  g_assert_cmpfloat (ticks.step, ==, 60);
  g_assert_cmpfloat (ticks.max, ==, 240);
}

static void
test_nice_step (void)
{
  static const struct { double raw; CtChartUnit unit; double step; } cases[] = {
    { 0.7, CT_CHART_UNIT_NUMBER, 1 }, { 1.5, CT_CHART_UNIT_NUMBER, 2 },
    { 3, CT_CHART_UNIT_NUMBER, 5 }, { 7, CT_CHART_UNIT_NUMBER, 10 },
    { 0.03, CT_CHART_UNIT_PERCENT, 0.05 }, { 0.3, CT_CHART_UNIT_COUNT, 1 },
    { 2, CT_CHART_UNIT_NUMBER, 2 }, { 0, CT_CHART_UNIT_NUMBER, 1 },
    { 7, CT_CHART_UNIT_MINUTES, 10 }, { 12, CT_CHART_UNIT_MINUTES, 15 },
    { 25, CT_CHART_UNIT_MINUTES, 30 }, { 45, CT_CHART_UNIT_MINUTES, 60 },
    { 100, CT_CHART_UNIT_MINUTES, 120 }, { 150, CT_CHART_UNIT_MINUTES, 180 },
    { 200, CT_CHART_UNIT_MINUTES, 240 }, { 300, CT_CHART_UNIT_MINUTES, 360 },
    { 500, CT_CHART_UNIT_MINUTES, 720 }, { 1000, CT_CHART_UNIT_MINUTES, 1440 },
    { 2000, CT_CHART_UNIT_MINUTES, 2880 }, { 5000, CT_CHART_UNIT_MINUTES, 7200 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpfloat_with_epsilon (ct_chart_nice_step (cases[i].raw, cases[i].unit),
                                    cases[i].step, 1e-12);
}

static void
assert_tick_labels (double             lo,
                    double             hi,
                    guint              max_ticks,
                    CtChartUnit        unit,
                    const char *const *expected)
{
  CtChartTicks ticks;

  ct_chart_ticks_compute (&ticks, lo, hi, max_ticks, unit);
  g_assert_cmpuint (ticks.n_ticks, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < ticks.n_ticks; i++)
    {
      g_autofree char *label = ct_chart_format_tick (ct_chart_ticks_get_value (&ticks, i),
                                                     ticks.step, unit);

      g_assert_cmpstr (label, ==, expected[i]);
    }
}

static void
test_tick_labels (void)
{
  const char *percent[] = { "0 %", "20 %", "40 %", "60 %", "80 %", "100 %", NULL };
  const char *tiny[] = { "0", "0.001", "0.002", "0.003", NULL };
  const char *hours[] = { "0", "1 h", "2 h", "3 h", "4 h", NULL };
  const char *around_zero[] = { "-0.3", "-0.2", "-0.1", "0", "0.1", "0.2", "0.3", NULL };
  const char *big[] = { "0", "500,000", "1,000,000", "1,500,000", NULL };
  const char *fine_percent[] = { "0 %", "0.5 %", "1.0 %", "1.5 %", "2.0 %", "2.5 %", NULL };

  assert_tick_labels (0, 1, 6, CT_CHART_UNIT_PERCENT, percent);
  assert_tick_labels (0, 0.003, 5, CT_CHART_UNIT_NUMBER, tiny);
  assert_tick_labels (0, 200, 6, CT_CHART_UNIT_MINUTES, hours);
  assert_tick_labels (-0.3, 0.3, 7, CT_CHART_UNIT_NUMBER, around_zero);
  assert_tick_labels (0, 1234567, 5, CT_CHART_UNIT_COUNT, big);
  assert_tick_labels (0, 0.025, 6, CT_CHART_UNIT_PERCENT, fine_percent);
}

static void
assert_value (double      value,
              CtChartUnit unit,
              const char *expected)
{
  g_autofree char *text = ct_chart_format_value (value, unit);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_values (void)
{
  assert_value (1234567, CT_CHART_UNIT_COUNT, "1,234,567");
  assert_value (1000, CT_CHART_UNIT_COUNT, "1,000");
  assert_value (999, CT_CHART_UNIT_COUNT, "999");
  assert_value (0, CT_CHART_UNIT_COUNT, "0");
  assert_value (-1234.5, CT_CHART_UNIT_COUNT, "-1,234.5");
  assert_value (-0.01, CT_CHART_UNIT_COUNT, "0.0");
  assert_value (0.9731, CT_CHART_UNIT_PERCENT, "97.3 %");
  assert_value (1, CT_CHART_UNIT_PERCENT, "100.0 %");
  assert_value (45, CT_CHART_UNIT_MINUTES, "45 min");
  assert_value (60, CT_CHART_UNIT_MINUTES, "1 h");
  assert_value (200, CT_CHART_UNIT_MINUTES, "3 h 20 min");
  assert_value (185, CT_CHART_UNIT_MINUTES, "3 h 05 min");
  assert_value (2 * 1440 + 240, CT_CHART_UNIT_MINUTES, "2 d 4 h");
  assert_value (2 * 1440, CT_CHART_UNIT_MINUTES, "2 d");
  assert_value (-30, CT_CHART_UNIT_MINUTES, "-30 min");
  assert_value (4.6, CT_CHART_UNIT_NUMBER, "4.6");
  assert_value (12.25, CT_CHART_UNIT_NUMBER, "12.25");
  assert_value (3, CT_CHART_UNIT_NUMBER, "3");
  assert_value (12345.5, CT_CHART_UNIT_NUMBER, "12,345.5");
  assert_value (NAN, CT_CHART_UNIT_COUNT, "—");
  assert_value (INFINITY, CT_CHART_UNIT_PERCENT, "—");
}

static void
test_format_count (void)
{
  g_autofree char *a = ct_chart_format_count (-0.0001, 0);
  g_autofree char *b = ct_chart_format_count (123456.789, 2);
  g_autofree char *c = ct_chart_format_count (100, 0);

  g_assert_cmpstr (a, ==, "0");
  g_assert_cmpstr (b, ==, "123,456.79");
  g_assert_cmpstr (c, ==, "100");
}

static void
test_scale (void)
{
  CtChartScale scale;
  CtChartRect rect = { 10, 20, 100, 50 };

  /* A vertical axis: larger values higher up. */
  ct_chart_scale_init (&scale, 0, 10, 300, 0);
  g_assert_cmpfloat (ct_chart_scale_map (&scale, 0), ==, 300);
  g_assert_cmpfloat (ct_chart_scale_map (&scale, 5), ==, 150);
  g_assert_cmpfloat (ct_chart_scale_map (&scale, 10), ==, 0);
  g_assert_cmpfloat (ct_chart_scale_invert (&scale, 150), ==, 5);
  g_assert_cmpfloat (ct_chart_scale_map (&scale, -10), ==, 600);

  /* An empty domain or range does not divide by zero. */
  ct_chart_scale_init (&scale, 3, 3, 0, 100);
  g_assert_cmpfloat (ct_chart_scale_map (&scale, 7), ==, 0);
  ct_chart_scale_init (&scale, 0, 1, 50, 50);
  g_assert_cmpfloat (ct_chart_scale_invert (&scale, 80), ==, 0);

  g_assert_true (ct_chart_rect_contains (&rect, 10, 20));
  g_assert_true (ct_chart_rect_contains (&rect, 109.9, 69.9));
  g_assert_false (ct_chart_rect_contains (&rect, 110, 50));
  g_assert_false (ct_chart_rect_contains (&rect, 50, 19.9));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/scale/ticks-invariants", test_ticks_invariants);
  g_test_add_func ("/charts/scale/ticks-examples", test_ticks_examples);
  g_test_add_func ("/charts/scale/nice-step", test_nice_step);
  g_test_add_func ("/charts/scale/tick-labels", test_tick_labels);
  g_test_add_func ("/charts/scale/format-values", test_format_values);
  g_test_add_func ("/charts/scale/format-count", test_format_count);
  g_test_add_func ("/charts/scale/scale", test_scale);

  return g_test_run ();
}
