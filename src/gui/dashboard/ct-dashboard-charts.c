/* ct-dashboard-charts.c — the dashboard's charts: CtChartData made from the
 * tables of ct-dashboard.h, each in a card with a "table" toggle, and a click
 * on a bar or point opening the tickets or assets behind it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-chart.h"
#include "ct-dashboard-page-private.h"

typedef enum
{
  SHAPE_STACKED,
  SHAPE_BARS,
  SHAPE_HBARS,
  SHAPE_LINES,
  SHAPE_HEATMAP,
} Shape;

typedef struct
{
  CtDashboardTableId  table;
  const char         *title;
  Shape               shape;
  CtChartUnit         unit;
  const char         *column;       /* only this column (NULL: all) */
  const char         *target_key;   /* KPI whose target is drawn, or NULL */
} ChartSpec;

static const ChartSpec charts[] = {
  { CT_DASHBOARD_TICKETS_BY_KIND, N_("Tickets by Kind"), SHAPE_STACKED, CT_CHART_UNIT_COUNT, NULL, NULL },
  { CT_DASHBOARD_ON_TIME_RATE, N_("On-Time Rate"), SHAPE_LINES, CT_CHART_UNIT_PERCENT, NULL, "response_on_time_rate" },
  { CT_DASHBOARD_BACKLOG, N_("Backlog and Overdue"), SHAPE_LINES, CT_CHART_UNIT_COUNT, NULL, NULL },
  { CT_DASHBOARD_RESPONSE_TIME, N_("Response Time"), SHAPE_BARS, CT_CHART_UNIT_COUNT, NULL, NULL },
  { CT_DASHBOARD_DEPARTMENTS, N_("Tickets Resolved by Department"), SHAPE_HBARS, CT_CHART_UNIT_COUNT, "resolved", NULL },
  { CT_DASHBOARD_SATISFACTION, N_("Owner Satisfaction"), SHAPE_LINES, CT_CHART_UNIT_NUMBER, NULL, "satisfaction_score" },
  { CT_DASHBOARD_ASSETS, N_("Asset Downtime (hours)"), SHAPE_BARS, CT_CHART_UNIT_NUMBER, "downtime_hours", NULL },
  { CT_DASHBOARD_ASSETS, N_("Facility Intact Rate"), SHAPE_LINES, CT_CHART_UNIT_PERCENT, "intact_rate", "asset_intact_rate" },
  { CT_DASHBOARD_HEATMAP, N_("Intake by Weekday and Hour"), SHAPE_HEATMAP, CT_CHART_UNIT_COUNT, NULL, NULL },
};

static void
add_target (CtChartData     *data,
            const ChartSpec *spec)
{
  double target;
  gboolean lower = FALSE;

  if (spec->target_key == NULL)
    return;
  if (!(ct_ticket_kpi_is_key (spec->target_key) ? ct_ticket_kpi_target (spec->target_key, &target)
                                                 : ct_asset_kpi_target (spec->target_key, &target, &lower)))
    {
      if (!g_str_equal (spec->target_key, "satisfaction_score"))
        return;
      target = 90.0;   /* the seed's "owner satisfaction ≥ 90" */
    }
  /* The chart adds "≥ 90 %" itself. */
  ct_chart_data_set_target (data, target, lower ? CT_CHART_GOAL_AT_MOST : CT_CHART_GOAL_AT_LEAST,
                            _("Target"));
}

/* Categories are the table's rows, series its columns (a heatmap: the other
 * way round, weekdays as series). */
static CtChartData *
make_data (const CtDashboardTable *table,
           const ChartSpec        *spec)
{
  CtChartData *data = ct_chart_data_new (spec->unit);
  int only = spec->column != NULL ? ct_dashboard_table_find_column (table, spec->column) : -1;
  gboolean heatmap = spec->shape == SHAPE_HEATMAP;
  guint s = 0;

  for (guint r = 0; r < table->n_rows; r++)
    heatmap ? ct_chart_data_add_series (data, table->row_labels[r])
            : ct_chart_data_add_category (data, table->row_labels[r]);
  for (guint c = 0; c < table->n_columns; c++)
    {
      if (only >= 0 && (guint) only != c)
        continue;
      heatmap ? ct_chart_data_add_category (data, table->column_labels[c])
              : ct_chart_data_add_series (data, table->column_labels[c]);
      for (guint r = 0; r < table->n_rows; r++)
        {
          double v = ct_dashboard_table_get (table, r, c);

          if (!isnan (v))
            heatmap ? ct_chart_data_set_value (data, r, s, v) : ct_chart_data_set_value (data, s, r, v);
        }
      s++;
    }
  add_target (data, spec);
  return data;
}

static CtChartLayer *
make_layer (CtChartData     *data,
            const ChartSpec *spec)
{
  switch (spec->shape)
    {
    case SHAPE_STACKED:
      return ct_chart_bar_new (data, CT_CHART_BAR_STACKED, FALSE);
    case SHAPE_BARS:
      return ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, FALSE);
    case SHAPE_HBARS:
      return ct_chart_bar_new (data, CT_CHART_BAR_GROUPED, TRUE);
    case SHAPE_HEATMAP:
      return ct_chart_heatmap_new (data);
    case SHAPE_LINES:
    default:
      return ct_chart_line_new (data, FALSE);
    }
}

/* The KPI and side (numerator or not) behind a cell of a bucket table. */
static const char *
bucket_key (CtDashboardTableId  table,
            const char         *column,
            gboolean           *numerator)
{
  *numerator = TRUE;
  switch (table)
    {
    case CT_DASHBOARD_TICKETS_BY_KIND:
      return "tickets_created";
    case CT_DASHBOARD_ON_TIME_RATE:
      *numerator = FALSE;
      return column;
    case CT_DASHBOARD_BACKLOG:
      *numerator = g_str_equal (column, "overdue");
      return "overdue_open";
    case CT_DASHBOARD_SATISFACTION:
      return "satisfaction_score";
    case CT_DASHBOARD_RESPONSE_TIME:
    case CT_DASHBOARD_DEPARTMENTS:
    case CT_DASHBOARD_ASSETS:
    case CT_DASHBOARD_HEATMAP:
    case CT_DASHBOARD_N_TABLES:
    default:
      return NULL;
    }
}

static GArray *
cell_ids (CtDashboardPage *self,
          const ChartSpec *spec,
          guint            row,
          guint            column,
          const char     **kind,
          gboolean        *assets,
          GError         **error)
{
  const CtDashboardTable *table = ct_dashboard_get_table (self->result, spec->table);
  CtDatabase *db = ct_context_get_database (self->context);
  const char *key;
  gboolean numerator;
  CtKpiPeriod period;

  if (spec->table == CT_DASHBOARD_RESPONSE_TIME || spec->table == CT_DASHBOARD_DEPARTMENTS)
    return ct_dashboard_table_get_ids (db, self->result, spec->table, row, 0, error);
  if (spec->table == CT_DASHBOARD_HEATMAP)
    return ct_dashboard_table_get_ids (db, self->result, spec->table, row, column, error);
  if (spec->table == CT_DASHBOARD_ASSETS)
    {
      /* Assets with downtime in the week, or not intact at its end. */
      gboolean downtime = g_str_equal (table->column_keys[column], "downtime_hours");

      *assets = TRUE;
      if (!ct_dashboard_get_row_period (self->result, spec->table, row, &period))
        return NULL;
      return ct_dashboard_asset_ids (db, &period, downtime ? "asset_availability"
                                                           : "asset_intact_rate", error);
    }
  key = bucket_key (spec->table, table->column_keys[column], &numerator);
  if (key == NULL || !ct_dashboard_get_row_period (self->result, spec->table, row, &period))
    return NULL;
  if (spec->table == CT_DASHBOARD_TICKETS_BY_KIND)
    *kind = table->column_keys[column];
  return ct_ticket_kpi_ids (db, &period, key, numerator, error);
}

static void
item_activated_cb (CtChart *chart,
                   guint    layer,
                   guint    series,
                   guint    category,
                   gpointer data)
{
  CtDashboardPage *self = CT_DASHBOARD_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (chart),
                                                                      CT_TYPE_DASHBOARD_PAGE));
  const ChartSpec *spec = data;
  const CtDashboardTable *table;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  const char *kind = NULL;
  gboolean assets = FALSE;
  guint row = spec->shape == SHAPE_HEATMAP ? series : category;
  guint column = spec->shape == SHAPE_HEATMAP ? category : series;

  if (self->result == NULL || self->context == NULL)
    return;
  table = ct_dashboard_get_table (self->result, spec->table);
  if (spec->column != NULL)
    column = MAX (ct_dashboard_table_find_column (table, spec->column), 0);
  ids = cell_ids (self, spec, row, column, &kind, &assets, &error);
  if (ids == NULL)
    {
      if (error != NULL)
        ct_page_show_toast (CT_PAGE (self), adw_toast_new (error->message));
      return;
    }
  /* Translators: chart title · row · column, e.g. "Tickets by Kind · 10-05 · Repair" */
  title = g_strdup_printf ("%s · %s · %s", _(spec->title), table->row_labels[row],
                           table->column_labels[column]);
  if (assets)
    ct_dashboard_page_show_assets (self, ids, title);
  else
    ct_dashboard_page_show_tickets (self, ids, kind, title);
}

static void
table_toggled_cb (GtkToggleButton *button,
                  GtkStack        *stack)
{
  gtk_stack_set_visible_child_name (stack, gtk_toggle_button_get_active (button) ? "table" : "chart");
}

/* The chart (which draws its title) or its table, and a toggle between
 * them in the top right corner. */
static GtkWidget *
new_card (const ChartSpec  *spec,
          CtChartData      *data)
{
  GtkWidget *card = gtk_overlay_new ();
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *chart = ct_chart_new ();
  g_autoptr(CtChartLayer) layer = make_layer (data, spec);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_button_set_icon_name (GTK_BUTTON (toggle), "view-list-symbolic");
  gtk_widget_set_tooltip_text (toggle, _("Show as a table"));
  gtk_widget_add_css_class (toggle, "flat");
  g_object_set (toggle, "halign", GTK_ALIGN_END, "valign", GTK_ALIGN_START,
                "margin-end", 6, "margin-top", 6, NULL);

  ct_chart_set_title (CT_CHART (chart), _(spec->title));
  ct_chart_add_layer (CT_CHART (chart), layer);
  gtk_widget_set_size_request (chart, 420, 260);
  g_object_set (chart, "margin-start", 6, "margin-end", 6, "margin-bottom", 6,
                "margin-top", 6, NULL);
  g_signal_connect (chart, "item-activated", G_CALLBACK (item_activated_cb), (gpointer) spec);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 ct_chart_create_table_view (CT_CHART (chart)));
  gtk_widget_set_margin_top (scrolled, 44);
  gtk_stack_add_named (GTK_STACK (stack), chart, "chart");
  gtk_stack_add_named (GTK_STACK (stack), scrolled, "table");
  g_signal_connect_object (toggle, "toggled", G_CALLBACK (table_toggled_cb), stack, 0);

  gtk_overlay_set_child (GTK_OVERLAY (card), stack);
  gtk_overlay_add_overlay (GTK_OVERLAY (card), toggle);
  return card;
}

void
ct_dashboard_page_show_charts (CtDashboardPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->charts_box))) != NULL)
    gtk_flow_box_remove (self->charts_box, child);
  if (self->result == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      const CtDashboardTable *table = ct_dashboard_get_table (self->result, charts[i].table);
      g_autoptr(CtChartData) data = NULL;

      if (table == NULL || table->n_rows == 0)
        continue;
      data = make_data (table, &charts[i]);
      gtk_flow_box_append (self->charts_box, new_card (&charts[i], data));
    }
}
