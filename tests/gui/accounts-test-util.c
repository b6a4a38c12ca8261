/* accounts-test-util.c — what the accounts tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <sodium.h>

#include "accounts-test-util.h"
#include "ct-user-store.h"

void
accounts_test_init (int    *argc,
                    char ***argv)
{
  gui_test_init (argc, argv);
  g_assert_cmpint (sodium_init (), >=, 0);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

/* 物业.db with the administrator 周杰 (zhou), the dispatcher 王芳 (wangfang)
 * and the deactivated viewer old. */
char *
accounts_test_create_database (GuiTestFixture *fixture)
{
  g_autofree char *path = gui_test_create_database (fixture, "物业.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_DEFAULT, NULL, &error);
  g_autoptr(CtUserStore) store = ct_user_store_new (db);
  g_autoptr(CtUser) admin = ct_user_new ("zhou", "周杰", "admin");
  g_autoptr(CtUser) wang = ct_user_new ("wangfang", "王芳", "dispatcher");
  g_autoptr(CtUser) old = ct_user_new ("old", NULL, "viewer");
  g_autoptr(CtUser) me = NULL;

  g_assert_no_error (error);
  g_assert_true (ct_user_store_create (store, admin, ADMIN_PASSWORD, "test", &error));
  me = ct_user_store_sign_in (store, "zhou", ADMIN_PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_true (ct_user_store_create (store, wang, WANG_PASSWORD, "test", &error));
  g_assert_true (ct_user_store_create (store, old, "old-password", "test", &error));
  g_assert_true (ct_user_store_deactivate (store, old, "test", &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static GtkWidget *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* With CARETAKER_TEST_SHOTS: the main menu of the window's visible page. */
void
accounts_test_menu_screenshot (CtWindow   *window,
                               const char *name)
{
  GtkWidget *button;
  GtkPopover *popover;

  if (!gui_test_shots_wanted ())
    return;

  button = find_primary_menu_button (gtk_stack_get_visible_child (window->stack));
  g_assert_nonnull (button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (popover));
  gui_test_snapshot (GTK_WIDGET (popover), name);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  gui_test_iterate ();
}

/* Activates win.users: the Users window it opened, or NULL (disabled). */
CtUsersWindow *
accounts_test_open_users (CtWindow *window)
{
  CtUsersWindow *users;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.users", NULL);
  gui_test_iterate ();
  users = gui_test_find_toplevel (CT_TYPE_USERS_WINDOW);
  if (users != NULL)
    gtk_test_widget_wait_for_draw (GTK_WIDGET (users));
  return users;
}

CtSignInPage *
accounts_test_sign_in_page (CtWindow *window)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->stack, "sign-in");

  g_assert_true (CT_IS_SIGN_IN_PAGE (page));
  return CT_SIGN_IN_PAGE (page);
}

void
accounts_test_sign_in (CtWindow   *window,
                       const char *login,
                       const char *password)
{
  CtSignInPage *page = accounts_test_sign_in_page (window);

  gtk_editable_set_text (GTK_EDITABLE (page->login_row), login);
  gtk_editable_set_text (GTK_EDITABLE (page->password_row), password);
  gtk_widget_activate_action (GTK_WIDGET (page), "sign-in.submit", NULL);
  /* The password is checked in a thread: until its answer the page waits,
   * the password already gone from the screen. */
  if (*login != '\0')
    {
      g_assert_true (ct_sign_in_page_get_busy (page));
      g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (page->password_row)));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page->password_row)), ==, "");
      g_assert_cmpstr (ct_sign_in_page_get_message (page), ==, _("Signing in…"));
    }
  while (ct_sign_in_page_get_busy (page))
    g_main_context_iteration (NULL, TRUE);
  gui_test_iterate ();
}

/* The body of the newest message dialog, which is then closed. */
char *
accounts_test_take_message (void)
{
  AdwMessageDialog *dialog = gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  char *body;

  g_assert_nonnull (dialog);
  body = g_strdup (adw_message_dialog_get_body (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_iterate ();
  return body;
}

guint
accounts_test_n_menu_items (GMenu *menu)
{
  return (guint) g_menu_model_get_n_items (G_MENU_MODEL (menu));
}
