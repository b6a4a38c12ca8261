/* ct-users-window-list.c — the rows of the Users window and what they offer:
 * edit, reset the password, deactivate, activate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-format.h"
#include "ct-user-editor.h"
#include "ct-users-window-private.h"

CtUser *
ct_users_window_find (CtUsersWindow *self,
                      gint64         id)
{
  guint n = self->users != NULL ? g_list_model_get_n_items (self->users) : 0;

  for (guint i = 0; i < n; i++)
    {
      CtUser *user = g_list_model_get_item (self->users, i);

      /* The model keeps its own reference. */
      g_object_unref (user);
      if (ct_record_get_id (CT_RECORD (user)) == id)
        return user;
    }
  return NULL;
}

static char *
dup_subtitle (CtUsersWindow *self,
              CtUser        *user)
{
  gint64 last = ct_record_get_int (CT_RECORD (user), "last_login_at");
  const char *role = ct_user_role_label (ct_user_get_role (user));
  g_autofree char *when = NULL;

  if (last == 0)
    /* Translators: login · role. */
    return g_strdup_printf (_("%s · %s · never signed in"), ct_user_get_login (user), role);

  when = ct_ticket_detail_format_time (last, self->tz);
  /* Translators: login · role · the date and time of the last sign-in. */
  return g_strdup_printf (_("%s · %s · last signed in %s"), ct_user_get_login (user), role, when);
}

static void
add_menu_item (GMenu      *menu,
               const char *label,
               const char *action,
               gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

GtkWidget *
ct_users_window_create_row (gpointer item,
                            gpointer user_data)
{
  CtUsersWindow *self = user_data;
  CtUser *user = item;
  gint64 id = ct_record_get_id (CT_RECORD (user));
  g_autofree char *subtitle = dup_subtitle (self, user);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ct_user_get_display_name (user));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "users.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (id));

  if (!ct_user_is_active (user))
    {
      GtkWidget *tag = gtk_label_new (_("Deactivated"));

      gtk_widget_add_css_class (tag, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }

  add_menu_item (menu, _("_Edit…"), "users.edit", id);
  add_menu_item (menu, _("_Reset Password…"), "users.password", id);
  if (ct_user_is_active (user))
    add_menu_item (menu, _("_Deactivate…"), "users.deactivate", id);
  else
    add_menu_item (menu, _("_Activate"), "users.activate", id);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (button), FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Account Actions"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static void
open_editor (CtUsersWindow    *self,
             GVariant         *parameter,
             CtUserEditorMode  mode)
{
  CtUser *user = NULL;

  if (parameter != NULL)
    {
      user = ct_users_window_find (self, g_variant_get_int64 (parameter));
      if (user == NULL)
        return;
    }
  gtk_window_present (ct_user_editor_new (self, user, mode));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (CT_USERS_WINDOW (widget), NULL, CT_USER_EDITOR_ADD);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_editor (CT_USERS_WINDOW (widget), parameter, CT_USER_EDITOR_EDIT);
}

static void
password_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_editor (CT_USERS_WINDOW (widget), parameter, CT_USER_EDITOR_PASSWORD);
}

/* Saves @user with "active" = @active. */
static void
set_active (CtUsersWindow *self,
            gint64         id,
            gboolean       active)
{
  CtUser *user = ct_users_window_find (self, id);
  g_autoptr(CtRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  const char *actor = ct_context_get_user (self->context);
  gboolean ok;

  if (user == NULL)
    return;

  copy = ct_record_copy (CT_RECORD (user));
  if (active)
    {
      ct_record_set_int (copy, "active", 1);
      ok = ct_user_store_update (self->store, CT_USER (copy), actor, &error);
    }
  else
    ok = ct_user_store_deactivate (self->store, CT_USER (copy), actor, &error);

  if (!ok)
    {
      ct_users_window_show_error (self, active ? _("Could Not Activate the Account")
                                               : _("Could Not Deactivate the Account"),
                                  error);
      return;
    }
  ct_users_window_saved (self, CT_USER (copy));
}

static void
deactivate_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        CtUsersWindow    *self)
{
  if (g_str_equal (response, "deactivate"))
    set_active (self, *(gint64 *) g_object_get_data (G_OBJECT (dialog), "id"), FALSE);
}

static void
deactivate_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtUsersWindow *self = CT_USERS_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  CtUser *user = ct_users_window_find (self, id);
  GtkWidget *dialog;

  if (user == NULL)
    return;

  /* Translators: %s is a person's name. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Deactivate “%s”?"),
                                     ct_user_get_display_name (user));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               _("They can no longer sign in. Their name stays in the audit log "
                                 "and on their tickets, and the account can be activated again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "deactivate", _("_Deactivate"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "deactivate",
                                              ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (deactivate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  set_active (CT_USERS_WINDOW (widget), g_variant_get_int64 (parameter), TRUE);
}

void
ct_users_window_class_init_list (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "users.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "users.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "users.password", "x", password_action);
  gtk_widget_class_install_action (widget_class, "users.deactivate", "x", deactivate_action);
  gtk_widget_class_install_action (widget_class, "users.activate", "x", activate_action);
}
