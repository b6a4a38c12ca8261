/* test-accounts-admin.c — the first administrator, managing accounts in the
 * Users window, and the offer after creating a database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "accounts-test-util.h"
#include "accounts/ct-user-editor-private.h"
#include "ct-user-store.h"

static void
test_first_admin (GuiTestFixture *fixture,
                  gconstpointer   data)
{
  g_autofree char *path = gui_test_create_database (fixture, "物业.db");
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  CtUsersWindow *users;
  CtDatabase *db;

  g_assert_true (ct_window_open_path (window, path, FALSE, &error));
  g_assert_no_error (error);
  db = ct_context_get_database (window->context);
  users = accounts_test_open_users (window);
  g_assert_nonnull (users);

  /* Two different passwords: refused, everything typed kept. */
  gtk_editable_set_text (GTK_EDITABLE (users->admin_name_row), "周杰");
  gtk_editable_set_text (GTK_EDITABLE (users->admin_login_row), "zhou");
  gtk_editable_set_text (ct_password_group_get_entry (users->admin_password), ADMIN_PASSWORD);
  gtk_editable_set_text (ct_password_group_get_repeat (users->admin_password), "something else");
  g_assert_cmpstr (ct_password_group_get_hint (users->admin_password), ==,
                   _("The two passwords differ."));
  gtk_widget_activate_action (GTK_WIDGET (users), "users.create-admin", NULL);
  gui_test_iterate ();
  message = accounts_test_take_message ();
  g_assert_cmpstr (message, ==, _("The two passwords differ: type the same password in both "
                                  "fields."));
  g_assert_false (ct_user_store_has_users (db));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (users->admin_login_row)), ==, "zhou");

  /* The same twice: the account exists and this window acts for it. */
  gtk_editable_set_text (ct_password_group_get_repeat (users->admin_password), ADMIN_PASSWORD);
  gtk_widget_activate_action (GTK_WIDGET (users), "users.create-admin", NULL);
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (ct_user_store_has_users (db));
  g_assert_cmpstr (ct_database_get_user (db)->login, ==, "zhou");
  g_assert_cmpstr (ct_database_get_user (db)->role, ==, "admin");
  g_assert_cmpstr (ct_context_get_user (window->context), ==, "周杰");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");
  g_assert_cmpuint (accounts_test_n_menu_items (window->account_section), ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (users->stack), ==, "list");
  g_assert_true (gtk_widget_get_visible (users->add_button));
  g_assert_cmpuint (g_list_model_get_n_items (users->users), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (ct_password_group_get_entry (users->admin_password)), ==, "");

  gui_test_destroy_toplevels ();
}

static void
test_manage_accounts (GuiTestFixture *fixture,
                      gconstpointer   data)
{
  g_autofree char *path = accounts_test_create_database (fixture);
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUserStore) store = NULL;
  g_autoptr(CtUser) checked = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  CtUsersWindow *users;
  CtUserEditor *editor;
  CtUser *zhou, *wang;

  g_assert_true (ct_window_open_path (window, path, FALSE, &error));
  g_assert_no_error (error);
  accounts_test_sign_in (window, "zhou", ADMIN_PASSWORD);
  users = accounts_test_open_users (window);
  g_assert_nonnull (users);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (users->stack), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (users->users), ==, 3);
  gui_test_snapshot (GTK_WIDGET (users), "users-list");

  /* A technician needs a staff member: core's refusal, the editor stays. */
  gtk_widget_activate_action (GTK_WIDGET (users), "users.add", NULL);
  gui_test_iterate ();
  editor = gui_test_find_toplevel (CT_TYPE_USER_EDITOR);
  g_assert_nonnull (editor);
  gtk_editable_set_text (GTK_EDITABLE (editor->name_row), "李强");
  gtk_editable_set_text (GTK_EDITABLE (editor->login_row), "liqiang");
  adw_combo_row_set_selected (editor->role_row, 3);
  g_assert_cmpstr (ct_user_roles ()[3], ==, "technician");
  gtk_editable_set_text (ct_password_group_get_entry (editor->password_group), "liqiang-pass");
  gtk_editable_set_text (ct_password_group_get_repeat (editor->password_group), "liqiang-pass");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_iterate ();
  message = accounts_test_take_message ();
  g_assert_cmpstr (message, ==, _("A technician account must be linked to a staff member: "
                                  "their jobs are the tickets assigned to that person."));
  g_assert_true (gui_test_find_toplevel (CT_TYPE_USER_EDITOR) == editor);

  /* As a dispatcher it is saved and listed. */
  adw_combo_row_set_selected (editor->role_row, 2);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (CT_TYPE_USER_EDITOR));
  g_assert_cmpuint (g_list_model_get_n_items (users->users), ==, 4);

  /* The last active administrator cannot be deactivated: said so. */
  zhou = ct_users_window_find (users, ct_database_get_user (ct_context_get_database (window->context))->user_id);
  g_assert_nonnull (zhou);
  gtk_widget_activate_action (GTK_WIDGET (users), "users.deactivate", "x",
                              ct_record_get_id (CT_RECORD (zhou)));
  gui_test_iterate ();
  adw_message_dialog_response (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "deactivate");
  gui_test_iterate ();
  g_clear_pointer (&message, g_free);
  message = accounts_test_take_message ();
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_("“%s” is the last active administrator: make another account "
                                "an administrator first."), "zhou");
  g_assert_cmpstr (message, ==, expected);

  /* A new password for 王芳, through the editor. */
  store = ct_user_store_new (ct_context_get_database (window->context));
  wang = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (users->users) && wang == NULL; i++)
    {
      g_autoptr(CtUser) user = g_list_model_get_item (users->users, i);

      if (g_str_equal (ct_user_get_login (user), "wangfang"))
        wang = user;
    }
  g_assert_nonnull (wang);
  gtk_widget_activate_action (GTK_WIDGET (users), "users.password", "x",
                              ct_record_get_id (CT_RECORD (wang)));
  gui_test_iterate ();
  editor = gui_test_find_toplevel (CT_TYPE_USER_EDITOR);
  g_assert_nonnull (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor->details_group)));
  gtk_editable_set_text (ct_password_group_get_entry (editor->password_group), "a-new-secret-2026");
  gtk_editable_set_text (ct_password_group_get_repeat (editor->password_group), "a-new-secret-2026");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_iterate ();
  g_assert_null (gui_test_find_toplevel (CT_TYPE_USER_EDITOR));
  checked = ct_user_store_check_password (store, "wangfang", "a-new-secret-2026", &error);
  g_assert_no_error (error);
  g_assert_nonnull (checked);

  gui_test_destroy_toplevels ();
}

static void
test_offer_after_create (GuiTestFixture *fixture,
                         gconstpointer   data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "新.db", NULL);
  g_autoptr(GError) error = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  AdwMessageDialog *offer;
  CtUsersWindow *users;

  g_assert_true (ct_window_open_path (window, path, TRUE, &error));
  g_assert_no_error (error);
  gui_test_iterate ();
  offer = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (offer);
  g_assert_true (adw_message_dialog_has_response (offer, "just-me"));
  adw_message_dialog_response (offer, "several");
  gui_test_iterate ();

  users = gui_test_find_toplevel (CT_TYPE_USERS_WINDOW);
  g_assert_nonnull (users);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (users->stack), ==, "setup");

  gui_test_destroy_toplevels ();
}

int
main (int   argc,
      char *argv[])
{
  accounts_test_init (&argc, &argv);

  gui_test_add ("/accounts/first-admin", test_first_admin);
  gui_test_add ("/accounts/manage", test_manage_accounts);
  gui_test_add ("/accounts/offer-after-create", test_offer_after_create);

  return gui_test_run ();
}
