/* ct-chart-model.c — the numbers a chart shows: categories × series
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-chart-model.h"

struct _CtChartData
{
  GObject      parent_instance;

  CtChartUnit  unit;
  GPtrArray   *categories;   /* char * */
  GPtrArray   *series;       /* char * */
  GPtrArray   *values;       /* per series, a GArray of double per category */
  double       target;       /* NAN: none */
  CtChartGoal  goal;
  char        *target_label;
};

G_DEFINE_FINAL_TYPE (CtChartData, ct_chart_data, G_TYPE_OBJECT)

static GArray *
series_values (CtChartData *self,
               guint        series)
{
  return g_ptr_array_index (self->values, series);
}

static void
ct_chart_data_finalize (GObject *object)
{
  CtChartData *self = (CtChartData *) object;

  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->target_label, g_free);

  G_OBJECT_CLASS (ct_chart_data_parent_class)->finalize (object);
}

static void
ct_chart_data_class_init (CtChartDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_chart_data_finalize;
}

static void
ct_chart_data_init (CtChartData *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (g_free);
  self->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->target = NAN;
}

CtChartData *
ct_chart_data_new (CtChartUnit unit)
{
  CtChartData *self = g_object_new (CT_TYPE_CHART_DATA, NULL);

  self->unit = unit;
  return self;
}

CtChartUnit
ct_chart_data_get_unit (CtChartData *self)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), CT_CHART_UNIT_COUNT);

  return self->unit;
}

/* Returns the index of the new category; its values start missing (NAN). */
guint
ct_chart_data_add_category (CtChartData *self,
                            const char  *label)
{
  const double missing = NAN;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  g_ptr_array_add (self->categories, g_strdup (label ? label : ""));
  for (guint s = 0; s < self->values->len; s++)
    g_array_append_val (series_values (self, s), missing);
  return self->categories->len - 1;
}

guint
ct_chart_data_add_series (CtChartData *self,
                          const char  *label)
{
  GArray *values;
  const double missing = NAN;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  values = g_array_sized_new (FALSE, FALSE, sizeof (double), self->categories->len);
  for (guint c = 0; c < self->categories->len; c++)
    g_array_append_val (values, missing);
  g_ptr_array_add (self->series, g_strdup (label ? label : ""));
  g_ptr_array_add (self->values, values);
  return self->series->len - 1;
}

guint
ct_chart_data_get_n_categories (CtChartData *self)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  return self->categories->len;
}

guint
ct_chart_data_get_n_series (CtChartData *self)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  return self->series->len;
}

const char *
ct_chart_data_get_category_label (CtChartData *self,
                                  guint        category)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), NULL);
  g_return_val_if_fail (category < self->categories->len, NULL);

  return g_ptr_array_index (self->categories, category);
}

const char *
ct_chart_data_get_series_label (CtChartData *self,
                                guint        series)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), NULL);
  g_return_val_if_fail (series < self->series->len, NULL);

  return g_ptr_array_index (self->series, series);
}

void
ct_chart_data_set_value (CtChartData *self,
                         guint        series,
                         guint        category,
                         double       value)
{
  g_return_if_fail (CT_IS_CHART_DATA (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);

  g_array_index (series_values (self, series), double, category) = value;
}

/* NAN when the cell has no value (or is out of range). */
double
ct_chart_data_get_value (CtChartData *self,
                         guint        series,
                         guint        category)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), NAN);

  if (series >= self->series->len || category >= self->categories->len)
    return NAN;
  return g_array_index (series_values (self, series), double, category);
}

char *
ct_chart_data_format_value (CtChartData *self,
                            double       value)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), NULL);

  return ct_chart_format_value (value, self->unit);
}

/* The sum of the category's values over all series (missing ones count 0). */
double
ct_chart_data_get_category_total (CtChartData *self,
                                  guint        category)
{
  double total = 0;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  for (guint s = 0; s < self->series->len; s++)
    {
      double value = ct_chart_data_get_value (self, s, category);

      if (isfinite (value))
        total += value;
    }
  return total;
}

double
ct_chart_data_get_series_total (CtChartData *self,
                                guint        series)
{
  double total = 0;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), 0);

  for (guint c = 0; c < self->categories->len; c++)
    {
      double value = ct_chart_data_get_value (self, series, c);

      if (isfinite (value))
        total += value;
    }
  return total;
}

/* The smallest and largest value; FALSE (and 0, 0) when there is none. */
gboolean
ct_chart_data_get_range (CtChartData *self,
                         double      *min,
                         double      *max)
{
  double lo = INFINITY;
  double hi = -INFINITY;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), FALSE);

  for (guint s = 0; s < self->series->len; s++)
    for (guint c = 0; c < self->categories->len; c++)
      {
        double value = ct_chart_data_get_value (self, s, c);

        if (!isfinite (value))
          continue;
        lo = MIN (lo, value);
        hi = MAX (hi, value);
      }
  *min = lo <= hi ? lo : 0;
  *max = lo <= hi ? hi : 0;
  return lo <= hi;
}

/* The range of stacked bars: positive values stack up from 0 and negative
 * ones down, so the range always holds 0. */
gboolean
ct_chart_data_get_stacked_range (CtChartData *self,
                                 double      *min,
                                 double      *max)
{
  gboolean any = FALSE;

  g_return_val_if_fail (CT_IS_CHART_DATA (self), FALSE);

  *min = *max = 0;
  for (guint c = 0; c < self->categories->len; c++)
    {
      double up = 0;
      double down = 0;

      for (guint s = 0; s < self->series->len; s++)
        {
          double value = ct_chart_data_get_value (self, s, c);

          if (!isfinite (value))
            continue;
          any = TRUE;
          if (value >= 0)
            up += value;
          else
            down += value;
        }
      *min = MIN (*min, down);
      *max = MAX (*max, up);
    }
  return any;
}

/* @label: what the target is called ("Target", "Seed 001"); NULL for the
 * default. A NAN @target removes it. */
void
ct_chart_data_set_target (CtChartData *self,
                          double       target,
                          CtChartGoal  goal,
                          const char  *label)
{
  g_return_if_fail (CT_IS_CHART_DATA (self));

  self->target = target;
  self->goal = goal;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
}

gboolean
ct_chart_data_get_target (CtChartData *self,
                          double      *target)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), FALSE);

  if (target)
    *target = self->target;
  return isfinite (self->target);
}

CtChartGoal
ct_chart_data_get_goal (CtChartData *self)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), CT_CHART_GOAL_AT_LEAST);

  return self->goal;
}

const char *
ct_chart_data_get_target_label (CtChartData *self)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), NULL);

  return self->target_label ? self->target_label : _("Target");
}

/* Whether @value meets the target (FALSE when either is missing). */
gboolean
ct_chart_data_target_met (CtChartData *self,
                          double       value)
{
  g_return_val_if_fail (CT_IS_CHART_DATA (self), FALSE);

  if (!isfinite (self->target) || !isfinite (value))
    return FALSE;
  if (self->goal == CT_CHART_GOAL_AT_MOST)
    return value <= self->target + 1e-9;
  return value >= self->target - 1e-9;
}
