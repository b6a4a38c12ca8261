/* ct-accounts.c — sign-in, sign-out and the Users window in the main window
 *
 * The sign-in page is added to the window's stack (as "sign-in") the first
 * time a database with accounts opens. Until someone signs in it holds the
 * context; the window's own context stays NULL, so no page shows data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-accounts.h"
#include "ct-sign-in-page.h"
#include "ct-user-store.h"
#include "ct-users-window.h"
#include "ct-window-private.h"

static void
signed_in_cb (CtSignInPage *page,
              CtUser       *user,
              CtWindow     *window)
{
  g_autoptr(CtContext) context = g_object_ref (ct_sign_in_page_get_context (page));

  ct_accounts_apply_user (window, context, user);
}

static void
cancelled_cb (CtSignInPage *page,
              CtWindow     *window)
{
  ct_sign_in_page_set_context (page, NULL);
  gtk_stack_set_visible_child_name (window->stack, "welcome");
}

static CtSignInPage *
get_sign_in_page (CtWindow *window,
                  gboolean  create)
{
  GtkWidget *page = gtk_stack_get_child_by_name (window->stack, "sign-in");

  if (page == NULL && create)
    {
      page = ct_sign_in_page_new ();
      gtk_stack_add_named (window->stack, page, "sign-in");
      g_signal_connect_object (page, "signed-in", G_CALLBACK (signed_in_cb), window, 0);
      g_signal_connect_object (page, "cancelled", G_CALLBACK (cancelled_cb), window, 0);
    }
  return page != NULL ? CT_SIGN_IN_PAGE (page) : NULL;
}

/* A context made without a user follows the "user-name" preference; once a
 * person signed in, the audit log names them whatever the preference says. */
static void
stop_following_preference (CtContext *context)
{
  GSettings *settings = ct_context_get_settings (context);
  guint signal_id;
  GQuark detail;

  if (settings == NULL ||
      !g_signal_parse_name ("changed::user-name", G_TYPE_SETTINGS, &signal_id, &detail, FALSE))
    return;
  g_signal_handlers_disconnect_matched (settings,
                                        G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL | G_SIGNAL_MATCH_DATA,
                                        signal_id, detail, NULL, NULL, context);
}

static void
user_changed_cb (GtkWindow *users_window,
                 CtUser    *user,
                 CtWindow  *window)
{
  if (window->context != NULL)
    ct_accounts_apply_user (window, window->context, user);
}

static void
users_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtWindow *window = CT_WINDOW (widget);
  GtkWindow *users;

  if (window->context == NULL)
    return;

  users = ct_users_window_new (GTK_WINDOW (window), window->context);
  g_signal_connect_object (users, "user-changed", G_CALLBACK (user_changed_cb), window, 0);
  gtk_window_present (users);
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ct_accounts_sign_out (CT_WINDOW (widget));
}

void
ct_accounts_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtWindow, account_section);
  gtk_widget_class_install_action (widget_class, "win.users", NULL, users_action);
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
}

gboolean
ct_accounts_open (CtWindow  *window,
                  CtContext *context)
{
  CtDatabase *db;
  CtSignInPage *page;

  g_return_val_if_fail (CT_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (CT_IS_CONTEXT (context), FALSE);

  db = ct_context_get_database (context);
  if (!ct_user_store_has_users (db))
    return FALSE;

  ct_database_set_user (db, 0, NULL, NULL, 0);
  ct_window_set_context (window, NULL);
  page = get_sign_in_page (window, TRUE);
  gtk_stack_set_visible_child_name (window->stack, "sign-in");
  ct_sign_in_page_set_context (page, context);
  ct_accounts_update (window);
  return TRUE;
}

void
ct_accounts_update (CtWindow *window)
{
  const CtDatabaseUser *me = NULL;
  gboolean signed_in, may_manage = FALSE;

  g_return_if_fail (CT_IS_WINDOW (window));

  if (window->context != NULL)
    {
      CtDatabase *db = ct_context_get_database (window->context);
      CtSignInPage *page = get_sign_in_page (window, FALSE);

      me = ct_database_get_user (db);
      /* Another file was opened instead of signing in: let go of the first. */
      if (page != NULL && ct_sign_in_page_get_context (page) != window->context)
        ct_sign_in_page_set_context (page, NULL);
      may_manage = me->role != NULL ? g_str_equal (me->role, "admin")
                                    : !ct_user_store_has_users (db);
    }
  signed_in = me != NULL && me->role != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.users", may_manage);
  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.sign-out", signed_in);

  g_menu_remove_all (window->account_section);
  if (signed_in)
    {
      g_autoptr(GMenu) section = g_menu_new ();
      /* Translators: the signed-in person and their role, above "Sign Out". */
      g_autofree char *label = g_strdup_printf (C_("signed in", "%s · %s"),
                                                ct_context_get_user (window->context),
                                                ct_user_role_label (me->role));

      g_menu_append (section, _("Sign _Out"), "win.sign-out");
      g_menu_append_section (window->account_section, label, G_MENU_MODEL (section));
    }
}

void
ct_accounts_apply_user (CtWindow  *window,
                        CtContext *context,
                        CtUser    *user)
{
  CtSignInPage *page;

  g_return_if_fail (CT_IS_WINDOW (window));
  g_return_if_fail (CT_IS_CONTEXT (context));
  g_return_if_fail (CT_IS_USER (user));

  if (!ct_user_is_active (user))
    {
      if (window->context == context)
        ct_accounts_sign_out (window);
      return;
    }

  ct_database_set_user (ct_context_get_database (context), ct_record_get_id (CT_RECORD (user)),
                        ct_user_get_login (user), ct_user_get_role (user),
                        ct_user_get_staff_id (user));
  stop_following_preference (context);
  ct_context_set_user (context, ct_user_get_display_name (user));

  page = get_sign_in_page (window, FALSE);
  if (page != NULL && ct_sign_in_page_get_context (page) == context)
    ct_sign_in_page_set_context (page, NULL);

  ct_window_set_context (window, context);
  ct_accounts_update (window);
}

void
ct_accounts_sign_out (CtWindow *window)
{
  g_autoptr(CtContext) context = NULL;

  g_return_if_fail (CT_IS_WINDOW (window));

  if (window->context == NULL)
    return;

  context = g_object_ref (window->context);
  ct_database_set_user (ct_context_get_database (context), 0, NULL, NULL, 0);
  if (!ct_accounts_open (window, context))
    ct_accounts_update (window);
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CtWindow         *window)
{
  if (g_str_equal (response, "several"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.users", NULL);
}

void
ct_accounts_offer_after_create (CtWindow *window)
{
  GtkWidget *dialog;

  g_return_if_fail (CT_IS_WINDOW (window));

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Who Will Use This Database?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("Just you: the file opens without sign-in and whoever opens it "
                                 "can do everything.\n\nSeveral people: create the administrator "
                                 "account now; then everyone signs in with their own account and "
                                 "role, and the audit log names them. You can also do this later "
                                 "under “Users” in the main menu."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "just-me", _("_Just Me — No Sign-In"),
                                    "several", _("_Several People — Create the Administrator Account"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "several",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "just-me");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "just-me");
  g_signal_connect_object (dialog, "response", G_CALLBACK (offer_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
