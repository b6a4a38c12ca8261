/* test-chart-widget.c — CtChart in a window: hover tooltip, click and keys,
 * accessible description, dark style and the table of its data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "../charts/chart-test-data.h"
#include "charts/ct-chart.h"
#include "gui-test-util.h"

typedef struct
{
  GtkWindow    *window;
  CtChart      *chart;
  CtChartLayer *bars;
  guint         activated;
  guint         layer;
  guint         series;
  guint         category;
} Fixture;

static void
item_activated_cb (CtChart *chart,
                   guint    layer,
                   guint    series,
                   guint    category,
                   Fixture *fixture)
{
  fixture->activated++;
  fixture->layer = layer;
  fixture->series = series;
  fixture->category = category;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CtChartData) weekly = chart_test_weekly_kinds ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 400);
  fixture->chart = CT_CHART (ct_chart_new ());
  ct_chart_set_title (fixture->chart, "本周工单");
  fixture->bars = ct_chart_bar_new (weekly, CT_CHART_BAR_GROUPED, FALSE);
  ct_chart_add_layer (fixture->chart, fixture->bars);
  g_signal_connect (fixture->chart, "item-activated", G_CALLBACK (item_activated_cb), fixture);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->chart));
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->chart));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->bars);
  gui_test_destroy_toplevels ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }
  g_assert_not_reached ();
}

/* The middle of a bar as drawn in the window. */
static void
bar_center (Fixture *fixture,
            guint    series,
            guint    category,
            double  *x,
            double  *y)
{
  CtChartRect rect;

  g_assert_true (ct_chart_bar_get_bar_rect (CT_CHART_BAR (fixture->bars), series, category, &rect));
  g_assert_cmpfloat (rect.height, >, 4);
  *x = rect.x + rect.width / 2;
  *y = rect.y + rect.height / 2;
}

static void
test_hover (Fixture       *fixture,
            gconstpointer  data)
{
  GtkEventController *motion = find_controller (GTK_WIDGET (fixture->chart),
                                                GTK_TYPE_EVENT_CONTROLLER_MOTION);
  g_autofree char *expected = NULL;
  guint series, category;
  double x, y;

  bar_center (fixture, 1, 3, &x, &y);
  g_signal_emit_by_name (motion, "motion", x, y);
  expected = g_strdup_printf ("周四 · 投诉: %.0f",
                              ct_chart_data_get_value (ct_chart_layer_get_data (fixture->bars), 1, 3));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->chart)), ==, expected);
  g_assert_true (ct_chart_layer_get_highlight (fixture->bars, &series, &category));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (category, ==, 3);

  /* Off the bars (on the title): no tooltip, nothing marked. */
  g_signal_emit_by_name (motion, "motion", 20.0, 8.0);
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->chart)));
  g_assert_false (ct_chart_layer_get_highlight (fixture->bars, NULL, NULL));

  bar_center (fixture, 0, 0, &x, &y);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->chart)));
  g_signal_emit_by_name (motion, "leave");
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->chart)));
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  GtkEventController *click = find_controller (GTK_WIDGET (fixture->chart), GTK_TYPE_GESTURE_CLICK);
  double x, y;

  bar_center (fixture, 2, 5, &x, &y);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_cmpuint (fixture->activated, ==, 1);
  g_assert_cmpuint (fixture->layer, ==, 0);
  g_assert_cmpuint (fixture->series, ==, 2);
  g_assert_cmpuint (fixture->category, ==, 5);

  /* A click beside the bars activates nothing. */
  g_signal_emit_by_name (click, "released", 1, 3.0, 3.0);
  g_assert_cmpuint (fixture->activated, ==, 1);
}

static gboolean
press_key (GtkEventController *keys,
           guint               keyval)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (fixture->chart),
                                              GTK_TYPE_EVENT_CONTROLLER_KEY);

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->chart)));
  /* Enter before any item is chosen does nothing. */
  g_assert_false (press_key (keys, GDK_KEY_Return));
  g_assert_true (press_key (keys, GDK_KEY_Right));   /* first item */
  g_assert_true (press_key (keys, GDK_KEY_Right));
  g_assert_true (press_key (keys, GDK_KEY_Down));
  g_assert_true (press_key (keys, GDK_KEY_Return));
  g_assert_cmpuint (fixture->activated, ==, 1);
  g_assert_cmpuint (fixture->series, ==, 1);
  g_assert_cmpuint (fixture->category, ==, 1);
  g_assert_nonnull (gtk_widget_get_tooltip_text (GTK_WIDGET (fixture->chart)));
  /* The cursor stops at the last category. */
  for (guint i = 0; i < 10; i++)
    press_key (keys, GDK_KEY_Right);
  g_assert_true (press_key (keys, GDK_KEY_space));
  g_assert_cmpuint (fixture->category, ==, 6);
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CtChartData) shares = chart_test_kind_shares ();
  g_autofree char *summary = ct_chart_dup_summary (fixture->chart);
  g_autofree char *changed = NULL;

  g_assert_true (g_str_has_prefix (summary, "本周工单. 报修: 周一 40,"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->chart), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "本周工单");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);

  /* New data: a new description. */
  ct_chart_layer_set_data (fixture->bars, shares);
  changed = ct_chart_dup_summary (fixture->chart);
  g_assert_nonnull (strstr (changed, "表扬 23"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, changed);
}

static void
test_dark_style (Fixture       *fixture,
                 gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  CtChartTheme light = *ct_chart_get_theme (fixture->chart);
  const CtChartTheme *theme;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpint (ct_chart_get_theme (fixture->chart)->kind, ==, CT_CHART_THEME_LIGHT);
  light = *ct_chart_get_theme (fixture->chart);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  theme = ct_chart_get_theme (fixture->chart);
  g_assert_cmpint (theme->kind, ==, CT_CHART_THEME_DARK);
  g_assert_false (ct_chart_color_equal (&theme->bg, &light.bg));
  g_assert_false (ct_chart_color_equal (&theme->fg, &light.fg));
  g_assert_false (ct_chart_color_equal (&theme->series[0], &light.series[0]));
  g_assert_cmpfloat (ct_chart_color_luminance (&theme->bg), <, ct_chart_color_luminance (&light.bg));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->chart));

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpint (ct_chart_get_theme (fixture->chart)->kind, ==, CT_CHART_THEME_LIGHT);
}

static guint
count_labels (GtkWidget  *widget,
              const char *text,
              guint      *matching)
{
  guint count = GTK_IS_LABEL (widget) ? 1 : 0;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    (*matching)++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_labels (child, text, matching);
  return count;
}

static void
test_table_view (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *table = g_object_ref_sink (ct_chart_create_table_view (fixture->chart));
  guint matching = 0;
  g_autofree char *value = g_strdup_printf (
    "%.0f", ct_chart_data_get_value (ct_chart_layer_get_data (fixture->bars), 2, 6));

  /* A heading, the series row (3), then 7 rows of a label and 3 values. */
  g_assert_cmpuint (count_labels (table, "周日", &matching), ==, 1 + 3 + 7 * 4);
  g_assert_cmpuint (matching, ==, 1);
  matching = 0;
  count_labels (table, value, &matching);
  g_assert_cmpuint (matching, >=, 1);
  g_object_unref (table);
}

int
main (int    argc,
      char **argv)
{
  /* GTK's test accessibility backend: the accessible properties are then
   * kept where gtk_test_accessible_*() reads them, without any bus ("none",
   * which the suite sets otherwise, keeps none). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gui_test_init (&argc, &argv);

  g_test_add ("/chart-widget/hover", Fixture, NULL, fixture_set_up, test_hover, fixture_tear_down);
  g_test_add ("/chart-widget/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/chart-widget/keyboard", Fixture, NULL, fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/chart-widget/accessible", Fixture, NULL, fixture_set_up, test_accessible,
              fixture_tear_down);
  g_test_add ("/chart-widget/dark-style", Fixture, NULL, fixture_set_up, test_dark_style,
              fixture_tear_down);
  g_test_add ("/chart-widget/table-view", Fixture, NULL, fixture_set_up, test_table_view,
              fixture_tear_down);

  return gui_test_run ();
}
