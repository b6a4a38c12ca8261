/* test-assets-page.c — the Assets tab over the ledger of assets-test-ledger.c:
 * the list, the filters, search, the location tree and its counts, sorting by
 * a header, the cells' colours and icons, the badge, loading on first show,
 * the empty state and generating tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assets-test-ledger.h"
#include "ct-maintenance.h"

static void
test_list (AssetsFixture *f,
           gconstpointer  data)
{
  g_autofree char *first = assets_test_cell (f, f->page->code_column, 0);
  g_autofree char *name = assets_test_cell (f, f->page->name_column, 0);
  g_autofree char *place = assets_test_cell (f, f->page->location_column, assets_test_row_of (f, "A03"));
  g_autofree char *count = NULL;

  /* Every asset but the retired one, by code, with the tab's badge. */
  g_assert_cmpstr (ct_assets_page_get_visible_child (f->page), ==, "list");
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);
  g_assert_cmpuint (assets_test_row_of (f, "A07"), ==, G_MAXUINT);
  g_assert_cmpstr (first, ==, "A01");
  g_assert_cmpstr (name, ==, "1号客梯");
  g_assert_cmpstr (place, ==, "3栋 · B1 配电室");
  count = g_strdup (gtk_label_get_text (f->page->count_label));
  g_assert_nonnull (strstr (count, "11"));
}

static void
test_cells (AssetsFixture *f,
            gconstpointer  data)
{
  CtAssetsPage *page = f->page;
  g_autofree char *down = assets_test_cell (f, page->status_column, assets_test_row_of (f, "A04"));
  g_autofree char *due = assets_test_cell (f, page->next_due_column, assets_test_row_of (f, "A05"));
  g_autofree char *statutory = assets_test_cell (f, page->statutory_column, assets_test_row_of (f, "A01"));
  g_autofree char *warranty = assets_test_cell (f, page->statutory_column, assets_test_row_of (f, "A10"));
  g_autofree char *category = assets_test_cell (f, page->category_column, assets_test_row_of (f, "A05"));

  /* Words and a class (and an icon) together, never a colour alone. */
  g_assert_cmpstr (down, ==, ct_asset_status_label ("down"));
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->status_column, assets_test_row_of (f, "A04")),
                   ==, "error");
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->status_column, assets_test_row_of (f, "A08")),
                   ==, "warning");
  g_assert_cmpstr (category, ==, ct_asset_category_label ("water"));
  /* A05's first task was due 2025-08-15: past. A02's is due on 12-05: soon. */
  g_assert_cmpstr (due, ==, "2025-08-15");
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->next_due_column, assets_test_row_of (f, "A05")),
                   ==, "error");
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->next_due_column, assets_test_row_of (f, "A02")),
                   ==, "warning");
  g_assert_null (ct_assets_page_get_cell_class (page, page->next_due_column, assets_test_row_of (f, "A06")));
  /* The inspection of 2025-11-10 is past; the warranty ends on 12-01. */
  g_assert_nonnull (strstr (statutory, "2025-11-10"));
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->statutory_column, assets_test_row_of (f, "A01")),
                   ==, "error");
  g_assert_nonnull (strstr (warranty, "2025-12-01"));
  g_assert_cmpstr (ct_assets_page_get_cell_class (page, page->statutory_column, assets_test_row_of (f, "A10")),
                   ==, "warning");
}

static void
test_filters (AssetsFixture *f,
              gconstpointer  data)
{
  CtAssetsPage *page = f->page;
  guint elevator = 1;   /* after "All categories", in the order of the vocabulary */

  while (g_strcmp0 (ct_asset_categories ()[elevator - 1], "elevator") != 0)
    elevator++;
  gtk_drop_down_set_selected (page->category_dropdown, elevator);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 2);                /* A01, A02 */
  gtk_drop_down_set_selected (page->category_dropdown, 0);

  gtk_drop_down_set_selected (page->status_dropdown, 1);       /* all statuses */
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS);
  gtk_drop_down_set_selected (page->status_dropdown, 2 + 1);   /* down */
  g_assert_cmpuint (assets_test_n_rows (f), ==, 1);                /* A04 */
  gtk_drop_down_set_selected (page->status_dropdown, 0);       /* not retired */

  gtk_drop_down_set_selected (page->due_dropdown, CT_ASSET_DUE_OVERDUE);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 3);                /* A01, A05, A12 */
  gtk_drop_down_set_selected (page->due_dropdown, CT_ASSET_DUE_SOON);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 2);                /* A02, A10 */

  gtk_widget_activate_action (GTK_WIDGET (page), "assets.reset-filters", NULL);
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);
}

static void
test_search (AssetsFixture *f,
             gconstpointer  data)
{
  g_autofree char *code = NULL;

  ct_assets_page_set_search_text (f->page, "水泵");     /* a name */
  g_assert_cmpuint (assets_test_n_rows (f), ==, 1);
  code = assets_test_cell (f, f->page->code_column, 0);
  g_assert_cmpstr (code, ==, "A05");
  ct_assets_page_set_search_text (f->page, "FPX");      /* a serial number */
  g_assert_cmpuint (assets_test_n_rows (f), ==, 1);
  ct_assets_page_set_search_text (f->page, "三菱");     /* a contractor */
  g_assert_cmpuint (assets_test_n_rows (f), ==, 1);
  ct_assets_page_set_search_text (f->page, "没有这台设备");
  g_assert_cmpuint (assets_test_n_rows (f), ==, 0);
  g_assert_cmpstr (ct_assets_page_get_visible_child (f->page), ==, "no-results");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "assets.reset-filters", NULL);
  g_assert_cmpstr (ct_assets_page_get_visible_child (f->page), ==, "list");
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);
}

static void
test_tree (AssetsFixture *f,
           gconstpointer  data)
{
  g_autofree char *all = ct_assets_page_dup_node_text (f->page, "all");

  /* Counts leave the retired A07 out and include what is below. */
  g_assert_cmpstr (all, ==, "All sites (11)");
  assets_test_assert_node (f, "site", f->sites[S_SUN], "阳光花园 (7)");
  assets_test_assert_node (f, "site", f->sites[S_LAKE], "翠湖苑 (4)");
  assets_test_assert_node (f, "building", f->buildings[B_3], "3栋 (4)");
  assets_test_assert_node (f, "location", f->locations[L_B1], "B1 配电室 (2)");
  assets_test_assert_node (f, "location", f->locations[L_B1_EAST], "B1 配电室东区 (1)");
  assets_test_assert_node (f, "location", f->locations[L_PUMP], "泵房 (3)");

  assets_test_select_node (f, "building", f->buildings[B_3]);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 4);                /* A01–A04 */
  assets_test_select_node (f, "location", f->locations[L_B1]);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 2);                /* A03, A04 below in 东区 */
  assets_test_select_node (f, "site", f->sites[S_LAKE]);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 4);
  g_assert_cmpint (ct_assets_page_get_tree_site (f->page), ==, f->sites[S_LAKE]);
  gtk_drop_down_set_selected (f->page->status_dropdown, 1);   /* with the retired one */
  g_assert_cmpuint (assets_test_n_rows (f), ==, 5);
  g_assert_true (ct_assets_page_select_node (f->page, "all"));
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS);
}

static void
test_tree_follows_changes (AssetsFixture *f,
                           gconstpointer  data)
{
  CtAssetLocation *room = ct_asset_location_new (f->sites[S_LAKE], f->buildings[B_1],
                                                 "plant_room", "水泵房二");
  g_autoptr(CtAsset) asset = ct_asset_new ("A13", "稳压泵", "fire", f->sites[S_LAKE]);
  g_autoptr(GError) error = NULL;
  gint64 room_id;

  assets_test_select_node (f, "site", f->sites[S_LAKE]);
  /* A new room appears in the tree, the selection stays, a new asset counts. */
  room_id = assets_test_insert (f, ct_asset_store_get_locations (f->store), room);
  g_assert_cmpint (ct_assets_page_get_tree_site (f->page), ==, f->sites[S_LAKE]);
  assets_test_assert_node (f, "location", room_id, "水泵房二 (0)");
  g_object_set (asset, "building_id", f->buildings[B_1], "location_id", room_id, NULL);
  ct_asset_store_create (f->store, asset, "test", &error);
  g_assert_no_error (error);
  assets_test_assert_node (f, "location", room_id, "水泵房二 (1)");
  assets_test_assert_node (f, "site", f->sites[S_LAKE], "翠湖苑 (5)");
  g_assert_cmpuint (assets_test_n_rows (f), ==, 5);
}

static void
test_sort_by_next_due (AssetsFixture *f,
                       gconstpointer  data)
{
  CtAssetsPage *page = f->page;
  char *first;

  /* What a click on a header does: the query's ORDER BY, not GTK, sorts. */
  gtk_column_view_sort_by_column (page->column_view, page->next_due_column, GTK_SORT_ASCENDING);
  g_assert_cmpint (page->filter.query.sort, ==, CT_ASSET_SORT_NEXT_DUE);
  first = assets_test_cell (f, page->code_column, 0);
  g_assert_cmpstr (first, ==, "A05");                  /* 2025-08-15 */
  g_free (first);
  first = assets_test_cell (f, page->code_column, 4);
  g_assert_cmpstr (first, ==, "A06");                  /* 2026-01-10, the last date */
  g_free (first);

  gtk_column_view_sort_by_column (page->column_view, page->next_due_column, GTK_SORT_DESCENDING);
  first = assets_test_cell (f, page->code_column, 0);
  g_assert_cmpstr (first, ==, "A06");                  /* assets without a date last */
  g_free (first);

  gtk_column_view_sort_by_column (page->column_view, page->code_column, GTK_SORT_DESCENDING);
  first = assets_test_cell (f, page->code_column, 0);
  g_assert_cmpstr (first, ==, "A12");
  g_free (first);
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);
}

static void
test_badge (AssetsFixture *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint overdue = ct_maintenance_count_overdue (f->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (overdue, ==, N_OVERDUE_TASKS);
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (f->page)), ==, overdue);

  /* A month later (2025-12-21) more tasks are late: A01 12-01, A02 12-05 and
   * A12 12-20 join the five. Any change of the ledger counts again. */
  ct_clock_advance (f->file.clock, 30 * DAY);
  overdue = ct_maintenance_count_overdue (f->store, NULL, &error);
  g_assert_cmpuint (overdue, ==, N_OVERDUE_TASKS + 3);
  ct_asset_store_emit_changed (f->store);
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (f->page)), ==, overdue);
}

static guint
n_tasks (AssetsFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = ct_maintenance_list_tasks (f->store, 0, FALSE, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (tasks);
}

static void
test_generate_tasks (AssetsFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint before = n_tasks (f);
  guint n = 0;

  /* On 2026-01-20, 60 days ahead reach 2026-03-21: A01 03-01, A02 03-05,
   * A06 03-10, A12 02-20 and 03-20 (A05's next is 05-15). */
  ct_clock_advance (f->file.clock, 60 * DAY);
  g_assert_true (ct_assets_page_generate_tasks (f->page, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (n_tasks (f), ==, before + n);
  /* Twice: nothing more. */
  g_assert_true (ct_assets_page_generate_tasks (f->page, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (f->page)), ==,
                    ct_maintenance_count_overdue (f->store, NULL, NULL));
}

static void
test_selection (AssetsFixture *f,
                gconstpointer  data)
{
  g_autoptr(CtAsset) a05 = ct_asset_store_find_code (f->store, "A05", NULL);
  g_autoptr(GArray) ids = NULL;
  CtAsset *shown;

  g_assert_true (ct_assets_page_select_id (f->page, ct_record_get_id (CT_RECORD (a05))));
  shown = ct_asset_detail_get_asset (f->page->detail);
  g_assert_nonnull (shown);
  g_assert_cmpstr (ct_asset_get_code (shown), ==, "A05");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->page)));
  ids = ct_assets_page_dup_selected_ids (f->page);
  g_assert_cmpuint (ids->len, ==, 1);

  /* A write elsewhere: the list is read again and A05 stays selected. */
  ct_asset_store_set_status (f->store, a05, "down", "漏水", 0, 0, "test", NULL);
  g_assert_nonnull (ct_assets_page_get_selected (f->page));
  g_assert_cmpstr (ct_asset_get_code (ct_assets_page_get_selected (f->page)), ==, "A05");
  g_assert_cmpstr (ct_asset_get_status (ct_assets_page_get_selected (f->page)), ==, "down");
}

static void
test_loads_when_shown (AssetsFixture *f,
                       gconstpointer  data)
{
  g_autoptr(CtAssetsPage) hidden = g_object_ref_sink (CT_ASSETS_PAGE (ct_assets_page_new ()));
  GtkWindow *window;

  /* Not shown: only the badge is counted. */
  ct_page_set_context (CT_PAGE (hidden), f->file.context);
  g_assert_null (ct_assets_page_get_model (hidden));
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (hidden)), ==, N_OVERDUE_TASKS);
  ct_page_set_context (CT_PAGE (hidden), NULL);

  window = gui_test_show_page (CT_PAGE (hidden), f->file.context, 1000, 600);
  g_assert_nonnull (ct_assets_page_get_model (hidden));
  g_assert_cmpuint (g_list_model_get_n_items (ct_assets_page_get_model (hidden)), ==,
                    N_ASSETS - 1);
  gtk_window_destroy (window);
}

static void
test_empty (AssetsFixture *f,
            gconstpointer  data)
{
  g_assert_cmpuint (assets_test_n_rows (f), ==, 0);
  g_assert_cmpstr (ct_assets_page_get_visible_child (f->page), ==, "empty");
  g_assert_cmpuint (ct_page_get_badge (CT_PAGE (f->page)), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->page)));
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

#define ADD(name, data, func) \
  g_test_add (name, AssetsFixture, data, assets_test_set_up, func, assets_test_tear_down)

  ADD ("/assets-page/list", NULL, test_list);
  ADD ("/assets-page/cells", NULL, test_cells);
  ADD ("/assets-page/filters", NULL, test_filters);
  ADD ("/assets-page/search", NULL, test_search);
  ADD ("/assets-page/tree", NULL, test_tree);
  ADD ("/assets-page/tree-follows-changes", NULL, test_tree_follows_changes);
  ADD ("/assets-page/sort-by-next-due", NULL, test_sort_by_next_due);
  ADD ("/assets-page/badge", NULL, test_badge);
  ADD ("/assets-page/generate-tasks", NULL, test_generate_tasks);
  ADD ("/assets-page/selection", NULL, test_selection);
  ADD ("/assets-page/loads-when-shown", NULL, test_loads_when_shown);
  ADD ("/assets-page/empty", GINT_TO_POINTER (TRUE), test_empty);

  return gui_test_run ();
}
