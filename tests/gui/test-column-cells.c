/* test-column-cells.c — the table cells' tooltips: kept by the cell and given
 * when the tooltip is shown, never through gtk_widget_set_tooltip_text (),
 * which asks the display where the pointer is for every cell bound
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gui-test-util.h"
#include "widgets/ct-column-cells.h"

static void
check_cell (GtkWidget *cell)
{
  g_object_ref_sink (cell);
  ct_column_cell_set (cell, "工单", "warning", NULL, "3 小时后到期");
  g_assert_cmpstr (ct_column_cell_get_tooltip (cell), ==, "3 小时后到期");
  g_assert_true (gtk_widget_get_has_tooltip (cell));
  g_assert_null (gtk_widget_get_tooltip_text (cell));
  g_assert_true (gtk_widget_has_css_class (cell, "warning"));

  /* Bound again to a row without one: none, and nothing to show. */
  ct_column_cell_set (cell, "工单", NULL, NULL, NULL);
  g_assert_null (ct_column_cell_get_tooltip (cell));
  g_assert_false (gtk_widget_get_has_tooltip (cell));
  ct_column_cell_set_tooltip (cell, "");
  g_assert_null (ct_column_cell_get_tooltip (cell));
  g_assert_false (gtk_widget_get_has_tooltip (cell));
  ct_column_cell_set_tooltip (cell, "漏水");
  g_assert_cmpstr (ct_column_cell_get_tooltip (cell), ==, "漏水");
  g_assert_true (gtk_widget_get_has_tooltip (cell));
  g_object_unref (cell);
}

static void
test_tooltips (void)
{
  check_cell (ct_column_cell_new_text (12));
  check_cell (ct_column_cell_new_icon_text (12));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);
  g_test_add_func ("/column-cells/tooltips", test_tooltips);
  return gui_test_run ();
}
