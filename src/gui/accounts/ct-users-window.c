/* ct-users-window.c — the user accounts of the open database: the window,
 * the first administrator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-format.h"
#include "ct-users-window-private.h"

G_DEFINE_FINAL_TYPE (CtUsersWindow, ct_users_window, ADW_TYPE_WINDOW)

enum {
  USER_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
ct_users_window_show_error (CtUsersWindow *self,
                            const char    *heading,
                            const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  g_debug ("%s: %s", heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_users_window_toast (CtUsersWindow *self,
                       const char    *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
show_list (CtUsersWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_set_visible (self->add_button, TRUE);
}

gboolean
ct_users_window_reload (CtUsersWindow *self)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = ct_user_store_list (self->store, &error);

  if (model == NULL)
    {
      ct_users_window_show_error (self, _("Could Not Read the Accounts"), error);
      return FALSE;
    }
  g_set_object (&self->users, model);
  gtk_list_box_bind_model (self->list_box, model, ct_users_window_create_row, self, NULL);
  return TRUE;
}

void
ct_users_window_saved (CtUsersWindow *self,
                       CtUser        *user)
{
  const CtDatabaseUser *me = ct_database_get_user (ct_context_get_database (self->context));

  ct_users_window_reload (self);
  if (me->user_id != 0 && me->user_id == ct_record_get_id (CT_RECORD (user)))
    g_signal_emit (self, signals[USER_CHANGED], 0, user);
}

static void
create_admin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CtUsersWindow *self = CT_USERS_WINDOW (widget);
  const char *heading = _("Could Not Create the Administrator Account");
  g_autofree char *login = NULL;
  g_autofree char *name = NULL;
  g_autofree char *password = NULL;
  g_autofree char *message = NULL;
  g_autoptr(CtUser) user = NULL;
  g_autoptr(CtUser) signed_in = NULL;
  g_autoptr(GError) error = NULL;
  const char *typed;

  login = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->admin_login_row))));
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->admin_name_row))));
  typed = ct_password_group_get_password (self->admin_password, &error);
  if (typed == NULL)
    {
      ct_users_window_show_error (self, heading, error);
      return;
    }
  password = g_strdup (typed);

  user = ct_user_new (login, *name != '\0' ? name : NULL, "admin");
  if (!ct_user_store_create (self->store, user, password,
                             ct_context_get_user (self->context), &error))
    {
      ct_users_window_show_error (self, heading, error);
      return;
    }

  /* The window that created the account acts for its administrator. */
  signed_in = ct_user_store_sign_in (self->store, login, password, &error);
  if (signed_in == NULL)
    {
      ct_users_window_show_error (self, _("Could Not Sign In"), error);
      return;
    }
  ct_password_group_clear (self->admin_password);
  g_signal_emit (self, signals[USER_CHANGED], 0, signed_in);

  if (ct_users_window_reload (self))
    show_list (self);
  /* Translators: %s is the administrator's name. */
  message = g_strdup_printf (_("Signed in as %s. From now on everyone signs in."),
                             ct_user_get_display_name (signed_in));
  ct_users_window_toast (self, message);
}

static void
ct_users_window_dispose (GObject *object)
{
  CtUsersWindow *self = CT_USERS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_USERS_WINDOW);
  g_clear_object (&self->users);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (ct_users_window_parent_class)->dispose (object);
}

static void
ct_users_window_class_init (CtUsersWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_users_window_dispose;

  signals[USER_CHANGED] = g_signal_new ("user-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, CT_TYPE_USER);

  g_type_ensure (CT_TYPE_PASSWORD_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-users-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, admin_name_row);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, admin_login_row);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, admin_password);
  gtk_widget_class_bind_template_child (widget_class, CtUsersWindow, list_box);

  gtk_widget_class_install_action (widget_class, "users.create-admin", NULL, create_admin_action);
  ct_users_window_class_init_list (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_users_window_init (CtUsersWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
ct_users_window_new (GtkWindow *parent,
                     CtContext *context)
{
  CtUsersWindow *self;
  CtDatabase *db;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);

  self = g_object_new (CT_TYPE_USERS_WINDOW, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  db = ct_context_get_database (context);
  self->store = ct_user_store_new (db);
  self->tz = ct_ticket_detail_dup_timezone (ct_context_get_tickets (context), 0, NULL);
  if (self->tz == NULL)
    self->tz = g_time_zone_new_local ();

  if (ct_user_store_has_users (db))
    {
      ct_users_window_reload (self);
      show_list (self);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "setup");
      gtk_widget_set_visible (self->add_button, FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (self->admin_name_row));
    }
  return GTK_WINDOW (self);
}
