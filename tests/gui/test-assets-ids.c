/* test-assets-ids.c — the dashboard's drill-down into the Assets tab: exactly
 * the assets asked for (retired ones too) with every other filter cleared,
 * the banner that says how many and why, narrowing further, Clear, an empty
 * list, and a page not shown yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assets-test-ledger.h"

static GArray *
ids_of (AssetsFixture     *f,
        const char *const *codes)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtAsset) asset = ct_asset_store_find_code (f->store, codes[i], &error);
      gint64 id;

      g_assert_no_error (error);
      g_assert_nonnull (asset);
      id = ct_record_get_id (CT_RECORD (asset));
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
test_show_ids (AssetsFixture *f,
               gconstpointer  data)
{
  static const char *const codes[] = { "A12", "A01", "A07", NULL };
  g_autoptr(GArray) ids = ids_of (f, codes);

  /* What the user had chosen goes: a site, a search, a category. */
  assets_test_select_node (f, "site", f->sites[S_SUN]);
  ct_assets_page_set_search_text (f->page, "客梯");
  g_assert_cmpuint (assets_test_n_rows (f), ==, 2);
  g_assert_null (ct_assets_page_get_ids_banner (f->page));

  ct_assets_page_show_ids (f->page, ids, "Overdue maintenance");
  g_assert_cmpuint (assets_test_n_rows (f), ==, ids->len);
  g_assert_cmpuint (assets_test_row_of (f, "A01"), ==, 0);
  g_assert_cmpuint (assets_test_row_of (f, "A07"), ==, 1);     /* retired, shown too */
  g_assert_cmpuint (assets_test_row_of (f, "A12"), ==, 2);
  g_assert_cmpstr (ct_assets_page_get_ids_banner (f->page), ==,
                   "Showing the 3 assets behind “Overdue maintenance”");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->search_entry)), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (f->page->status_dropdown), ==, 1);
  g_assert_cmpint (ct_assets_page_get_tree_site (f->page), ==, 0);

  /* Narrowed by a filter, the banner stays; Clear shows everything again. */
  gtk_drop_down_set_selected (f->page->status_dropdown, 0);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 2);
  g_assert_nonnull (ct_assets_page_get_ids_banner (f->page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "assets.clear-ids", NULL));
  gui_test_iterate ();
  g_assert_null (ct_assets_page_get_ids_banner (f->page));
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);
}

/* The export of the list is exactly the assets behind the figure. */
static void
test_export_ids (AssetsFixture *f,
                 gconstpointer  data)
{
  static const char *const codes[] = { "A05", "A09", NULL };
  g_autoptr(GArray) ids = ids_of (f, codes);
  g_autofree char *path = g_build_filename (f->file.dir, "ids.csv", NULL);
  g_autofree char *csv = NULL;

  ct_assets_page_show_ids (f->page, ids, "Due soon");
  g_assert_true (ct_assets_page_export_to_path (f->page, path));
  while (ct_assets_page_is_transferring (f->page))
    g_main_context_iteration (NULL, TRUE);
  gui_test_iterate ();
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "\r\nA05,"));
  g_assert_nonnull (strstr (csv, "\r\nA09,"));
  g_assert_null (strstr (csv, "A01"));
}

/* No asset behind a figure: none shown, never every one. */
static void
test_empty_ids (AssetsFixture *f,
                gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  ct_assets_page_show_ids (f->page, ids, "Down now");
  g_assert_cmpuint (assets_test_n_rows (f), ==, 0);
  g_assert_cmpstr (ct_assets_page_get_visible_child (f->page), ==, "no-results");
  g_assert_cmpstr (ct_assets_page_get_ids_banner (f->page), ==,
                   "Showing the 0 assets behind “Down now”");
}

/* Asked before the tab was ever shown: the list it then reads is the ids'. */
static void
test_before_shown (AssetsFixture *f,
                   gconstpointer  data)
{
  static const char *const codes[] = { "A02", "A11", NULL };
  g_autoptr(CtAssetsPage) hidden = g_object_ref_sink (CT_ASSETS_PAGE (ct_assets_page_new ()));
  g_autoptr(GArray) ids = ids_of (f, codes);
  GtkWindow *window;

  ct_page_set_context (CT_PAGE (hidden), f->file.context);
  ct_assets_page_show_ids (hidden, ids, "Elevators");
  g_assert_null (ct_assets_page_get_model (hidden));
  g_assert_cmpstr (ct_assets_page_get_ids_banner (hidden), ==,
                   "Showing the 2 assets behind “Elevators”");
  window = gui_test_show_page (CT_PAGE (hidden), f->file.context, 1280, 800);
  g_assert_cmpuint (g_list_model_get_n_items (ct_assets_page_get_model (hidden)), ==, 2);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add (name, AssetsFixture, NULL, assets_test_set_up, func, assets_test_tear_down)
  ADD ("/assets-ids/show", test_show_ids);
  ADD ("/assets-ids/export", test_export_ids);
  ADD ("/assets-ids/empty", test_empty_ids);
  ADD ("/assets-ids/before-shown", test_before_shown);
#undef ADD
  return gui_test_run ();
}
