/* test-assets-transfer.c — what leaves and enters the Assets tab: labels
 * printed to PDF for the list, the list exported in a worker thread, the
 * plans and readings of a site exported, and an import that fails whole or
 * succeeds and shows in the list and tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "assets-test-ledger.h"
#include "ct-assets-print-op.h"

/* The number of pages of the PDF at @path. */
static guint
count_pdf_pages (const char *path)
{
  g_autofree char *pdf = NULL;
  static const char needle[] = "/Type /Page";
  gsize length = 0;
  guint n = 0;

  /* Cairo writes "<< /Type /Page % 1"; the streams between hold NULs. */
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  for (gsize i = 0; i + sizeof needle < length; i++)
    if (memcmp (pdf + i, needle, sizeof needle - 1) == 0 && pdf[i + sizeof needle - 1] != 's')
      n++;
  return n;
}

static void
test_print_labels (AssetsFixture *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->file.dir, "labels.pdf", NULL);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  /* The list's 11 assets: ten labels to a sheet, two sheets. */
  ids = ct_assets_page_dup_listed_ids (f->page, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, N_ASSETS - 1);
  g_assert_true (ct_assets_print_run (f->window, f->file.context, ids, NULL, 0, 0,
                                      GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (path), ==, 2);
}

static void
wait_for_transfer (AssetsFixture *f)
{
  while (ct_assets_page_is_transferring (f->page))
    g_main_context_iteration (NULL, TRUE);
  gui_test_iterate ();
}

static void
test_export (AssetsFixture *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->file.dir, "设备.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  /* Exactly what the list shows: the assets of 3栋. */
  assets_test_select_node (f, "building", f->buildings[B_3]);
  gtk_drop_down_set_selected (f->page->due_dropdown, CT_ASSET_DUE_OVERDUE);
  g_assert_cmpuint (assets_test_n_rows (f), ==, 1);                /* A01 */
  gtk_drop_down_set_selected (f->page->due_dropdown, CT_ASSET_DUE_ANY);
  g_assert_true (ct_assets_page_export_to_path (f->page, path));
  g_assert_false (ct_assets_page_export_to_path (f->page, path));   /* one at a time */
  wait_for_transfer (f);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    n += *g_strstrip (lines[i]) != '\0';
  g_assert_cmpuint (n, ==, 1 + 4);                    /* the header and A01–A04 */
  g_assert_nonnull (strstr (csv, "A04"));
  g_assert_null (strstr (csv, "A05"));
}

/* The plans of the site chosen in the tree, headed as the import reads them;
 * the readings likewise (this ledger has no meter: only the header). */
static void
test_export_records (AssetsFixture *f,
                     gconstpointer  data)
{
  g_autofree char *plans = g_build_filename (f->file.dir, "plans.csv", NULL);
  g_autofree char *readings = g_build_filename (f->file.dir, "readings.csv", NULL);
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  assets_test_select_node (f, "site", f->sites[S_LAKE]);
  g_assert_true (ct_assets_page_export_kind_to_path (f->page, CT_ASSET_IMPORT_PLANS, plans));
  wait_for_transfer (f);
  g_assert_true (g_file_get_contents (plans, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);     /* header, A06, A12, "" */
  g_assert_true (g_str_has_prefix (lines[0], "\xEF\xBB\xBF" "设备编号,计划名称,周期,"));
  g_assert_true (g_str_has_prefix (lines[1], "A06,月度保养,"));
  g_assert_true (g_str_has_prefix (lines[2], "A12,月度保养,FREQ=MONTHLY,"));

  g_clear_pointer (&csv, g_free);
  g_assert_true (ct_assets_page_export_kind_to_path (f->page, CT_ASSET_IMPORT_READINGS,
                                                     readings));
  wait_for_transfer (f);
  g_assert_true (g_file_get_contents (readings, &csv, NULL, NULL));
  g_assert_cmpstr (csv, ==, "\xEF\xBB\xBF" "表号,抄表时间,读数,抄表人\r\n");
}

static void
import_file (AssetsFixture *f,
             const char    *name,
             const char    *contents)
{
  g_autofree char *path = g_build_filename (f->file.dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (ct_assets_page_import_path (f->page, CT_ASSET_IMPORT_ASSETS, path, FALSE));
  wait_for_transfer (f);
}

static void
test_import (AssetsFixture *f,
             gconstpointer  data)
{
  GtkWindow *dialog;

  /* A wrong category: the error names it, nothing is imported. */
  import_file (f, "bad.csv", "code,name,category,site\nB01,新水泵,water,阳光花园\n"
                             "B02,飞行器,飞船,阳光花园\n");
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "Import Failed");
  gtk_window_destroy (dialog);
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS - 1);

  /* A good file: the list, the tree and the badge follow. */
  import_file (f, "good.csv", "code,name,category,site\nB01,新水泵,water,阳光花园\n");
  g_assert_null (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (assets_test_n_rows (f), ==, N_ASSETS);
  g_assert_cmpuint (assets_test_row_of (f, "B01"), !=, G_MAXUINT);
  assets_test_assert_node (f, "site", f->sites[S_SUN], "阳光花园 (8)");
}

int
main (int   argc,
      char *argv[])
{
  gui_test_init (&argc, &argv);

#define ADD(name, func) \
  g_test_add (name, AssetsFixture, NULL, assets_test_set_up, func, assets_test_tear_down)

  ADD ("/assets-transfer/print-labels", test_print_labels);
  ADD ("/assets-transfer/export", test_export);
  ADD ("/assets-transfer/export-records", test_export_records);
  ADD ("/assets-transfer/import", test_import);

  return gui_test_run ();
}
