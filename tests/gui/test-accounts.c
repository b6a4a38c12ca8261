/* test-accounts.c — sign-in on open, sign-out, single-user mode, the
 * password hint
 *
 * Passwords are hashed with the smallest argon2id limits here, so the tests
 * are quick. CARETAKER_TEST_SHOTS=DIR saves the sign-in page, the menu and the
 * Users window as PNG files there (with CARETAKER_LOCALEDIR for translations).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "accounts-test-util.h"
#include "accounts/ct-password-group.h"
#include "ct-user-store.h"

static void
test_password_strength (void)
{
  g_autofree char *differ = ct_password_dup_hint ("a-long-password-here", "a-long-password");
  g_autofree char *strong = ct_password_dup_hint ("Zhou-2026-admin", "");

  g_assert_cmpint (ct_password_strength (""), ==, CT_PASSWORD_EMPTY);
  g_assert_cmpint (ct_password_strength ("abc"), ==, CT_PASSWORD_TOO_SHORT);
  g_assert_cmpint (ct_password_strength ("12345678"), ==, CT_PASSWORD_WEAK);
  g_assert_cmpint (ct_password_strength ("aaaaaaaaaaaaaaaaaaaa"), ==, CT_PASSWORD_WEAK);
  g_assert_cmpint (ct_password_strength ("PassWord"), ==, CT_PASSWORD_WEAK);
  g_assert_cmpint (ct_password_strength ("lemon-tree"), ==, CT_PASSWORD_FAIR);
  g_assert_cmpint (ct_password_strength ("Zhou-2026-admin"), ==, CT_PASSWORD_STRONG);
  g_assert_cmpint (ct_password_strength ("物业管理处的维修工单很多"), ==, CT_PASSWORD_FAIR);
  g_assert_cmpint (ct_password_strength ("物业管理处的维修工单今天很多很多"), ==, CT_PASSWORD_STRONG);
  g_assert_cmpstr (differ, ==, _("The two passwords differ."));
  g_assert_cmpstr (strong, ==, _("Strong."));
}

static void
test_without_users (GuiTestFixture *fixture,
                    gconstpointer   data)
{
  g_autofree char *path = gui_test_create_database (fixture, "物业.db");
  g_autoptr(GError) error = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  CtUsersWindow *users;

  g_assert_true (ct_window_open_path (window, path, FALSE, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Single-user local mode: the pages at once, nobody signed in. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");
  g_assert_cmpstr (ct_context_get_user (window->context), ==, "测试员");
  g_assert_null (ct_database_get_user (ct_context_get_database (window->context))->role);
  g_assert_cmpuint (accounts_test_n_menu_items (window->account_section), ==, 0);

  /* The Users window explains and offers the administrator account. */
  users = accounts_test_open_users (window);
  g_assert_nonnull (users);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (users->stack), ==, "setup");
  g_assert_false (gtk_widget_get_visible (users->add_button));
  gui_test_snapshot (GTK_WIDGET (users), "users-setup");

  gui_test_destroy_toplevels ();
}

static void
test_sign_in (GuiTestFixture *fixture,
              gconstpointer   data)
{
  g_autofree char *path = accounts_test_create_database (fixture);
  g_autofree char *wrong = NULL;
  g_autofree char *deactivated = NULL;
  g_autoptr(GError) error = NULL;
  CtWindow *window = gui_test_show_window (fixture);
  CtSignInPage *page;
  CtDatabase *db;
  const CtDatabaseUser *me;

  g_assert_true (ct_window_open_path (window, path, FALSE, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The sign-in page, not the pages: the window has no context yet. */
  page = accounts_test_sign_in_page (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "sign-in");
  g_assert_null (ct_window_get_context (window));
  g_assert_nonnull (ct_sign_in_page_get_context (page));
  g_assert_null (ct_sign_in_page_get_message (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (page->status_page), "物业.db"));
  g_assert_null (accounts_test_open_users (window));
  gui_test_snapshot (GTK_WIDGET (window), "sign-in");

  /* A wrong password: the message, the login kept, the password gone. */
  accounts_test_sign_in (window, "wangfang", "not-her-password");
  g_assert_cmpstr (ct_sign_in_page_get_message (page), ==, _("Wrong login or password."));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->login_row)), ==, "wangfang");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->password_row)), ==, "");
  g_assert_null (ct_window_get_context (window));
  gui_test_snapshot (GTK_WIDGET (window), "sign-in-wrong");
  wrong = g_strdup (ct_sign_in_page_get_message (page));

  /* A deactivated account (right password) has its own message. */
  accounts_test_sign_in (window, "old", "old-password");
  g_assert_nonnull (ct_sign_in_page_get_message (page));
  g_assert_cmpstr (ct_sign_in_page_get_message (page), !=, wrong);
  deactivated = g_strdup_printf (_("The account “%s” is deactivated. Ask an administrator to "
                                   "activate it."), "old");
  g_assert_cmpstr (ct_sign_in_page_get_message (page), ==, deactivated);
  g_assert_null (ct_window_get_context (window));

  /* The right password shows the pages and acts for 王芳. */
  accounts_test_sign_in (window, "wangfang", WANG_PASSWORD);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "main");
  g_assert_nonnull (ct_window_get_context (window));
  g_assert_null (ct_sign_in_page_get_context (page));
  db = ct_context_get_database (window->context);
  me = ct_database_get_user (db);
  g_assert_cmpstr (me->login, ==, "wangfang");
  g_assert_cmpstr (me->role, ==, "dispatcher");
  g_assert_cmpstr (ct_context_get_user (window->context), ==, "王芳");
  /* The audit log names her whatever the preference says. */
  g_settings_set_string (fixture->settings, "user-name", "冒名者");
  g_assert_cmpstr (ct_context_get_user (window->context), ==, "王芳");

  /* Named in the menu; a dispatcher may not manage accounts. */
  g_assert_cmpuint (accounts_test_n_menu_items (window->account_section), ==, 1);
  g_assert_null (accounts_test_open_users (window));
  accounts_test_menu_screenshot (window, "menu-signed-in");

  /* Sign out: back to the sign-in page with the file still open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.sign-out", NULL);
  gui_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "sign-in");
  g_assert_null (ct_window_get_context (window));
  g_assert_null (ct_database_get_user (db)->role);
  g_assert_cmpuint (accounts_test_n_menu_items (window->account_section), ==, 0);

  /* Cancel closes the file and goes back to the welcome page. */
  gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.cancel", NULL);
  gui_test_iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "welcome");
  g_assert_null (ct_sign_in_page_get_context (page));
  g_assert_null (ct_window_get_context (window));

  gui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  accounts_test_init (&argc, &argv);

  g_test_add_func ("/accounts/password-strength", test_password_strength);
  gui_test_add ("/accounts/without-users", test_without_users);
  gui_test_add ("/accounts/sign-in", test_sign_in);

  return gui_test_run ();
}
