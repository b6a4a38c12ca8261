/* ct-chart-table.c — a chart's numbers as a table, for reading and screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-chart.h"

static GtkWidget *
cell_new (const char *text,
          float       xalign,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* Categories down, series across, one value per cell ("—" when missing). */
static GtkWidget *
grid_new (CtChartData *data)
{
  GtkWidget *grid = gtk_grid_new ();
  guint n_series = ct_chart_data_get_n_series (data);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  for (guint s = 0; s < n_series; s++)
    {
      const char *label = ct_chart_data_get_series_label (data, s);

      /* Translators: the heading of a chart table's only unnamed column */
      gtk_grid_attach (GTK_GRID (grid), cell_new (*label ? label : _("Value"), 1.0f, "heading"),
                       (int) s + 1, 0, 1, 1);
    }
  for (guint c = 0; c < ct_chart_data_get_n_categories (data); c++)
    {
      gtk_grid_attach (GTK_GRID (grid),
                       cell_new (ct_chart_data_get_category_label (data, c), 0.0f, NULL),
                       0, (int) c + 1, 1, 1);
      for (guint s = 0; s < n_series; s++)
        {
          g_autofree char *value = ct_chart_data_format_value (data,
                                                               ct_chart_data_get_value (data, s, c));

          gtk_grid_attach (GTK_GRID (grid), cell_new (value, 1.0f, "numeric"),
                           (int) s + 1, (int) c + 1, 1, 1);
        }
    }
  return grid;
}

static GtkWidget *
layer_section_new (CtChart      *self,
                   CtChartLayer *layer)
{
  CtChartData *data = ct_chart_layer_get_data (layer);
  const char *title = ct_chart_layer_get_title (layer);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  double target;

  if (title == NULL || *title == '\0')
    title = ct_chart_get_title (self);
  if (title && *title)
    gtk_box_append (GTK_BOX (box), cell_new (title, 0.0f, "heading"));
  gtk_box_append (GTK_BOX (box), grid_new (data));
  if (ct_chart_data_get_target (data, &target))
    {
      g_autofree char *value = ct_chart_data_format_value (data, target);
      const char *sign = ct_chart_data_get_goal (data) == CT_CHART_GOAL_AT_MOST ? "≤" : "≥";
      /* Translators: under a chart's table, "Target: ≥ 90.0 %" */
      g_autofree char *text = g_strdup_printf (_("%s: %s %s"), ct_chart_data_get_target_label (data),
                                               sign, value);

      gtk_box_append (GTK_BOX (box), cell_new (text, 0.0f, "dim-label"));
    }
  return box;
}

/**
 * ct_chart_create_table_view:
 *
 * A new widget with the data of every layer of @self as a table of labels
 * (a snapshot: it does not follow later changes). Put it in a scrolled
 * window or a dialog next to the chart.
 */
GtkWidget *
ct_chart_create_table_view (CtChart *self)
{
  GtkWidget *box;

  g_return_val_if_fail (CT_IS_CHART (self), NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ct_chart_get_title (self) ? ct_chart_get_title (self) : _("Chart"),
                                  -1);
  for (guint i = 0; i < ct_chart_get_n_layers (self); i++)
    gtk_box_append (GTK_BOX (box), layer_section_new (self, ct_chart_get_layer (self, i)));
  return box;
}
