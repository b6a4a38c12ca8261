/* test-organisation.c — the Organisation tab: lists, editor, delete and undo,
 * conflicts and CSV import, checked against the database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-error.h"
#include "ct-organisation-page-private.h"
#include "ct-record-editor-private.h"
#include "gui-test-util.h"

#define NOW 1763700000

typedef struct
{
  GuiTestFile         file;
  CtOrganisation     *org;
  CtSite             *site;
  CtBuilding         *building;
  GtkWindow          *window;
  CtOrganisationPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gui_test_file_open (&fixture->file, "caretaker-org-XXXXXX", NOW, "测试员");
  fixture->org = ct_context_get_organisation (fixture->file.context);
  gui_test_file_add_departments (&fixture->file);

  if (data == NULL)   /* not the empty-database test */
    {
      CtRecordStore *buildings = ct_organisation_get_buildings (fixture->org);
      gint64 site_id;

      fixture->site = CT_SITE (gui_test_insert (ct_organisation_get_sites (fixture->org),
                                                ct_site_new ("SH01", "阳光花园")));
      site_id = ct_record_get_id (CT_RECORD (fixture->site));
      fixture->building = CT_BUILDING (gui_test_insert (buildings,
                                                        ct_building_new (site_id, "3", "3号楼")));
      g_object_unref (gui_test_insert (buildings, ct_building_new (site_id, "12", "12号楼")));
    }

  fixture->page = CT_ORGANISATION_PAGE (ct_organisation_page_new ());
  fixture->window = gui_test_show_page (CT_PAGE (fixture->page), fixture->file.context,
                                        1000, 700);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  g_clear_object (&fixture->building);
  g_clear_object (&fixture->site);
  gui_test_file_close (&fixture->file);
}

/* A second connection to the file, as another program would have. */
static CtOrganisation *
reopen (Fixture *fixture)
{
  g_autoptr(CtClock) clock = ct_clock_new_fixed (NOW + 60);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  CtOrganisation *org;

  db = ct_database_open (fixture->file.path, CT_DATABASE_OPEN_DEFAULT, clock, &error);
  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  return org;
}

static guint
n_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (ct_organisation_page_get_model (fixture->page));
}

static CtRecordEditor *
edit (Fixture  *fixture,
      gpointer  record)
{
  CtRecordEditor *editor = ct_organisation_page_edit (fixture->page, record);

  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  return editor;
}

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  GListModel *columns;
  g_autoptr(GtkColumnViewColumn) number = NULL;
  g_autoptr(CtRecord) first = NULL;

  g_assert_cmpstr (ct_organisation_page_get_section (fixture->page), ==, "buildings");
  g_assert_cmpstr (ct_organisation_page_get_visible_child (fixture->page), ==, "list");
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  ct_organisation_page_set_section (fixture->page, "sites");
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  ct_organisation_page_set_section (fixture->page, "departments");
  g_assert_cmpuint (n_rows (fixture), ==, 6);
  ct_organisation_page_set_section (fixture->page, "units");
  g_assert_cmpstr (ct_organisation_page_get_visible_child (fixture->page), ==, "empty");

  ct_organisation_page_set_section (fixture->page, "buildings");
  ct_organisation_page_set_search_text (fixture->page, "12号");
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  ct_organisation_page_set_search_text (fixture->page, "阳光");   /* the site column */
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  ct_organisation_page_set_search_text (fixture->page, "nothing like this");
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_cmpstr (ct_organisation_page_get_visible_child (fixture->page), ==, "no-results");
  ct_organisation_page_set_search_text (fixture->page, "");
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  /* Clicking the "Number" header sorts numbers as numbers: 3 before 12. */
  columns = gtk_column_view_get_columns (fixture->page->column_view);
  number = g_list_model_get_item (columns, 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (number), ==, "Number");
  gtk_column_view_sort_by_column (fixture->page->column_view, number, GTK_SORT_ASCENDING);
  first = g_list_model_get_item (ct_organisation_page_get_model (fixture->page), 0);
  g_assert_cmpstr (ct_record_get_string (first, "code"), ==, "3");
  g_clear_object (&first);
  gtk_column_view_sort_by_column (fixture->page->column_view, number, GTK_SORT_DESCENDING);
  first = g_list_model_get_item (ct_organisation_page_get_model (fixture->page), 0);
  g_assert_cmpstr (ct_record_get_string (first, "code"), ==, "12");
}

static void
test_empty_database (Fixture       *fixture,
                     gconstpointer  data)
{
  CtOrganisationPage *page = fixture->page;
  CtRecordEditor *editor;
  g_autoptr(CtOrganisation) other = NULL;

  g_assert_cmpstr (ct_organisation_page_get_visible_child (page), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (page->empty_page), ==, "No Buildings Yet");
  g_assert_cmpstr (gtk_button_get_label (page->empty_add_button), ==, "_Add Site");

  /* The button adds the site the buildings need first. */
  g_signal_emit_by_name (page->empty_add_button, "clicked");
  editor = gui_test_find_toplevel (CT_TYPE_RECORD_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (CT_IS_SITE (ct_record_editor_get_record (editor)));
  ct_record_editor_set_field_text (editor, "code", "BJ02");
  ct_record_editor_set_field_text (editor, "name", "锦绣华庭");
  g_assert_true (ct_record_editor_save (editor));

  g_assert_cmpstr (ct_organisation_page_get_visible_child (page), ==, "empty");
  g_assert_cmpstr (gtk_button_get_label (page->empty_add_button), ==, "_Add Building");
  g_signal_emit_by_name (page->empty_add_button, "clicked");
  editor = gui_test_find_toplevel (CT_TYPE_RECORD_EDITOR);
  g_assert_true (CT_IS_BUILDING (ct_record_editor_get_record (editor)));
  ct_record_editor_set_field_text (editor, "code", "1");
  ct_record_editor_set_field_text (editor, "name", "1号楼");
  ct_record_editor_set_field_int (editor, "floors", 18);
  g_assert_true (ct_record_editor_save (editor));
  g_assert_cmpstr (ct_organisation_page_get_visible_child (page), ==, "list");
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  other = reopen (fixture);
  g_assert_nonnull (ct_record_store_find (ct_organisation_get_buildings (other), "name", "1号楼"));
  g_assert_nonnull (ct_record_store_find (ct_organisation_get_sites (other), "code", "BJ02"));
}

static void
test_edit_saves (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = ct_record_get_id (CT_RECORD (fixture->building));
  CtRecordEditor *editor;
  g_autoptr(CtOrganisation) other = NULL;
  CtRecord *saved;

  /* Edit needs a selected row: that is also what Enter and double-click use. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "org.edit", NULL);
  g_assert_null (gui_test_find_toplevel (CT_TYPE_RECORD_EDITOR));
  ct_organisation_page_select_record (fixture->page, CT_RECORD (fixture->building));
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "org.edit", NULL);
  editor = gui_test_find_toplevel (CT_TYPE_RECORD_EDITOR);
  g_assert_nonnull (editor);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Building 3号楼");
  g_assert_cmpstr (ct_record_editor_get_field_text (editor, "name"), ==, "3号楼");
  ct_record_editor_set_field_text (editor, "name", "  3号楼（东）  ");
  ct_record_editor_set_field_int (editor, "floors", 33);
  ct_record_editor_set_field_int (editor, "entrances", 2);
  g_assert_true (ct_record_editor_save (editor));
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (CT_TYPE_RECORD_EDITOR));

  /* The page selected the saved row. */
  saved = ct_organisation_page_get_selected (fixture->page);
  g_assert_nonnull (saved);
  g_assert_cmpint (ct_record_get_id (saved), ==, id);

  other = reopen (fixture);
  saved = ct_record_store_lookup (ct_organisation_get_buildings (other), id);
  g_assert_nonnull (saved);
  g_assert_cmpstr (ct_record_get_string (saved, "name"), ==, "3号楼（东）");
  g_assert_cmpint (ct_record_get_int (saved, "floors"), ==, 33);
  g_assert_cmpint (ct_record_get_int (saved, "entrances"), ==, 2);
  g_assert_cmpint (ct_record_get_version (saved), ==, 2);
}

static void
test_editor_keeps_input (Fixture       *fixture,
                         gconstpointer  data)
{
  CtRecordEditor *editor;
  guint before = ct_record_store_count (ct_organisation_get_buildings (fixture->org));

  editor = edit (fixture, NULL);   /* a new building */
  ct_record_editor_set_field_text (editor, "code", "12");   /* taken */
  ct_record_editor_set_field_text (editor, "name", "另一栋");
  g_assert_false (ct_record_editor_save (editor));
  g_assert_nonnull (ct_record_editor_get_error (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (ct_record_editor_get_field_text (editor, "name"), ==, "另一栋");
  g_assert_true (ct_record_editor_is_new (editor));
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_buildings (fixture->org)), ==,
                    before);

  /* Fixing the field saves, and the error goes away with the window. */
  ct_record_editor_set_field_text (editor, "code", "15");
  g_assert_true (ct_record_editor_save (editor));
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_buildings (fixture->org)), ==,
                    before + 1);
}

static void
test_conflict_reload (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 id = ct_record_get_id (CT_RECORD (fixture->building));
  CtRecordEditor *editor = edit (fixture, fixture->building);
  g_autoptr(CtOrganisation) other = reopen (fixture);
  g_autoptr(CtRecord) theirs = ct_record_copy (ct_record_store_lookup (ct_organisation_get_buildings (other), id));
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  ct_record_set_string (theirs, "name", "别人改的名字");
  ct_record_store_update (ct_organisation_get_buildings (other), theirs, "someone", &error);
  g_assert_no_error (error);

  ct_record_editor_set_field_text (editor, "name", "我的名字");
  g_assert_false (ct_record_editor_save (editor));
  dialog = ct_record_editor_get_conflict_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (ct_record_editor_get_field_text (editor, "name"), ==, "我的名字");

  adw_message_dialog_response (dialog, "reload");
  gui_test_iterate ();
  g_assert_cmpstr (ct_record_editor_get_field_text (editor, "name"), ==, "别人改的名字");
  g_assert_null (ct_record_editor_get_error (editor));

  ct_record_editor_set_field_text (editor, "name", "我的名字");
  g_assert_true (ct_record_editor_save (editor));
  g_assert_cmpstr (ct_record_get_string (ct_record_store_lookup (ct_organisation_get_buildings (fixture->org), id), "name"), ==, "我的名字");
}

/* Keep Mine: the form saved over their version, after showing both. */
static void
test_conflict_keep_mine (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 id = ct_record_get_id (CT_RECORD (fixture->building));
  CtRecordEditor *editor = edit (fixture, fixture->building);
  g_autoptr(CtOrganisation) other = reopen (fixture);
  g_autoptr(CtRecord) theirs = ct_record_copy (ct_record_store_lookup (ct_organisation_get_buildings (other), id));
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *grid;

  ct_record_set_string (theirs, "name", "别人改的名字");
  ct_record_store_update (ct_organisation_get_buildings (other), theirs, "someone", &error);
  g_assert_no_error (error);

  ct_record_editor_set_field_text (editor, "name", "我的名字");
  g_assert_false (ct_record_editor_save (editor));
  dialog = ct_record_editor_get_conflict_dialog (editor);
  g_assert_nonnull (dialog);
  /* Field by field: the name, mine and theirs. */
  grid = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_GRID (grid));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 1, 1))),
                   ==, "我的名字");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 2, 1))),
                   ==, "别人改的名字");
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (grid), 0, 2));
  gui_test_snapshot (GTK_WIDGET (dialog), "record-conflict");

  g_object_ref (editor);
  adw_message_dialog_response (dialog, "mine");
  gui_test_iterate ();
  g_assert_null (ct_record_editor_get_error (editor));
  g_object_unref (editor);
  g_assert_cmpstr (ct_record_get_string (ct_record_store_lookup (ct_organisation_get_buildings (fixture->org), id), "name"), ==, "我的名字");
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  CtRecordStore *units = ct_organisation_get_units (fixture->org);
  g_autoptr(CtUnit) unit = ct_unit_new (ct_record_get_id (CT_RECORD (fixture->building)), "2", "1201");
  gint64 id;
  AdwMessageDialog *dialog;
  AdwToast *toast;
  g_autoptr(CtOrganisation) other = NULL;

  ct_record_set_string (CT_RECORD (unit), "owner_name", "王芳");
  gui_test_insert (units, unit);
  id = ct_record_get_id (CT_RECORD (unit));
  ct_organisation_page_set_section (fixture->page, "units");
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  dialog = ct_organisation_page_confirm_delete (fixture->page, CT_RECORD (unit));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete unit 3-2-1201?");
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  dialog = ct_organisation_page_confirm_delete (fixture->page, CT_RECORD (unit));
  adw_message_dialog_response (dialog, "delete");
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  g_assert_null (ct_record_store_lookup (units, id));
  toast = ct_organisation_page_get_undo_toast (fixture->page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Unit 3-2-1201 deleted");

  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_cmpuint (n_rows (fixture), ==, 1);
  g_assert_nonnull (ct_record_store_lookup (units, id));

  other = reopen (fixture);
  g_assert_cmpstr (ct_record_get_string (ct_record_store_lookup (ct_organisation_get_units (other), id), "owner_name"), ==, "王芳");
}

static void
test_delete_in_use (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 building_id = ct_record_get_id (CT_RECORD (fixture->building));
  AdwMessageDialog *dialog;

  g_object_unref (gui_test_insert (ct_organisation_get_units (fixture->org),
                                   ct_unit_new (building_id, "1", "101")));
  dialog = ct_organisation_page_confirm_delete (fixture->page, CT_RECORD (fixture->building));
  adw_message_dialog_response (dialog, "delete");
  gui_test_iterate ();

  g_assert_nonnull (ct_record_store_lookup (ct_organisation_get_buildings (fixture->org), building_id));
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Still in Use");
  g_assert_null (ct_organisation_page_get_undo_toast (fixture->page));
}

static void
test_staff_editor (Fixture       *fixture,
                   gconstpointer  data)
{
  CtRecordEditor *editor;
  g_autoptr(CtOrganisation) other = NULL;
  CtRecord *security;
  CtRecord *saved;

  ct_organisation_page_set_section (fixture->page, "staff");
  g_assert_cmpstr (ct_organisation_page_get_visible_child (fixture->page), ==, "empty");
  editor = edit (fixture, NULL);
  ct_record_editor_set_field_text (editor, "employee_no", "E001");
  ct_record_editor_set_field_text (editor, "name", "李强");
  ct_record_editor_set_field_int (editor, "site_id", 0);   /* company-wide */
  security = CT_RECORD (ct_organisation_find_department (fixture->org, "security"));
  ct_record_editor_set_field_int (editor, "department_id", ct_record_get_id (security));
  ct_record_editor_set_field_text (editor, "hired_on", "2024-3-5");
  g_assert_false (ct_record_editor_save (editor));
  g_assert_nonnull (ct_record_editor_get_error (editor));

  ct_record_editor_set_field_text (editor, "hired_on", "2024-03-05");
  ct_record_editor_set_field_text (editor, "status", "onboarding");
  g_assert_true (ct_record_editor_save (editor));
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  other = reopen (fixture);
  saved = ct_record_store_find (ct_organisation_get_staff (other), "employee_no", "E001");
  g_assert_nonnull (saved);
  g_assert_cmpint (ct_record_get_int (saved, "site_id"), ==, 0);
  g_assert_cmpstr (ct_record_get_string (ct_record_store_lookup (ct_organisation_get_departments (other), ct_record_get_int (saved, "department_id")), "code"), ==, "security");
  g_assert_cmpstr (ct_record_get_string (saved, "hired_on"), ==, "2024-03-05");
  g_assert_cmpstr (ct_record_get_string (saved, "status"), ==, "onboarding");
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  static const char good[] =
    "小区,楼栋,单元,房号,业主,电话\n"
    "阳光花园,3,1,0101,张伟,13800138000\n"
    "阳光花园,3,1,0102,李娜,13800138001\n"
    "新城小区,7,2,1502,赵敏,\n";
  static const char bad[] =
    "小区,楼栋,单元,房号,业主,电话\n"
    "阳光花园,3,1,0201,\"未结束的引号,13800138000\n";
  g_autoptr(GBytes) good_bytes = g_bytes_new_static (good, sizeof good - 1);
  g_autoptr(GBytes) bad_bytes = g_bytes_new_static (bad, sizeof bad - 1);
  AdwMessageDialog *dialog;

  ct_organisation_page_set_section (fixture->page, "units");
  g_assert_true (gtk_widget_is_visible (fixture->page->import_button));

  /* A site the database lacks: refused unless asked to create it. */
  g_assert_false (ct_organisation_page_import_bytes (fixture->page, good_bytes, FALSE));
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Nothing was imported."));
  g_assert_cmpuint (n_rows (fixture), ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (ct_organisation_page_import_bytes (fixture->page, good_bytes, TRUE));
  g_assert_cmpuint (n_rows (fixture), ==, 3);
  g_assert_nonnull (ct_record_store_find (ct_organisation_get_sites (fixture->org), "name", "新城小区"));

  g_assert_false (ct_organisation_page_import_bytes (fixture->page, bad_bytes, TRUE));
  g_assert_cmpuint (n_rows (fixture), ==, 3);
  dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Line 2"));
}

static void
test_filter_dropdown (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 building_id = ct_record_get_id (CT_RECORD (fixture->building));
  g_autoptr(CtOrganisation) other = NULL;
  CtRecordEditor *editor;
  CtRecord *b12 = ct_record_store_find (ct_organisation_get_buildings (fixture->org), "code", "12");

  g_object_unref (gui_test_insert (ct_organisation_get_units (fixture->org),
                                   ct_unit_new (building_id, "1", "101")));
  g_object_unref (gui_test_insert (ct_organisation_get_units (fixture->org),
                                   ct_unit_new (ct_record_get_id (b12), "1", "101")));
  ct_organisation_page_set_section (fixture->page, "units");
  g_assert_cmpuint (n_rows (fixture), ==, 2);
  g_assert_true (ct_organisation_page_set_filter_id (fixture->page, building_id));
  g_assert_cmpuint (n_rows (fixture), ==, 1);

  /* A new unit starts in the building shown. */
  editor = edit (fixture, NULL);
  g_assert_cmpint (ct_record_get_int (ct_record_editor_get_record (editor), "building_id"), ==, building_id);
  ct_record_editor_set_field_text (editor, "entrance", "1");
  ct_record_editor_set_field_text (editor, "room", "102");
  ct_record_editor_set_field_int (editor, "floor", 1);
  g_assert_true (ct_record_editor_save (editor));
  g_assert_cmpuint (n_rows (fixture), ==, 2);

  g_assert_true (ct_organisation_page_set_filter_id (fixture->page, 0));
  g_assert_cmpuint (n_rows (fixture), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/organisation/sections", test_sections, NULL);
  ADD ("/organisation/empty-database", test_empty_database, "empty");
  ADD ("/organisation/edit-saves", test_edit_saves, NULL);
  ADD ("/organisation/editor-keeps-input", test_editor_keeps_input, NULL);
  ADD ("/organisation/conflict-reload", test_conflict_reload, NULL);
  ADD ("/organisation/conflict-keep-mine", test_conflict_keep_mine, NULL);
  ADD ("/organisation/delete-undo", test_delete_undo, NULL);
  ADD ("/organisation/delete-in-use", test_delete_in_use, NULL);
  ADD ("/organisation/staff-editor", test_staff_editor, NULL);
  ADD ("/organisation/import", test_import, NULL);
  ADD ("/organisation/filter-dropdown", test_filter_dropdown, NULL);
#undef ADD

  return g_test_run ();
}
