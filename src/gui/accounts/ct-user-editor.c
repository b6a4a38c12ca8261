/* ct-user-editor.c — a new account, an account's name, role and staff link,
 * or a new password for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-user-editor-private.h"
#include "ct-users-window-private.h"

G_DEFINE_FINAL_TYPE (CtUserEditor, ct_user_editor, ADW_TYPE_WINDOW)

static void
fill_roles (CtUserEditor *self,
            const char   *selected)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char *const *roles = ct_user_roles ();

  for (guint i = 0; roles[i] != NULL; i++)
    {
      gtk_string_list_append (labels, ct_user_role_label (roles[i]));
      if (g_strcmp0 (roles[i], selected) == 0)
        {
          adw_combo_row_set_model (self->role_row, G_LIST_MODEL (labels));
          adw_combo_row_set_selected (self->role_row, i);
        }
    }
  if (adw_combo_row_get_model (self->role_row) == NULL)
    adw_combo_row_set_model (self->role_row, G_LIST_MODEL (labels));
}

static void
fill_staff (CtUserEditor *self,
            gint64        selected)
{
  CtContext *context = self->owner->context;
  GListModel *staff = ct_record_store_get_model (ct_organisation_get_staff (ct_context_get_organisation (context)));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (staff);
  guint position = 0;
  gint64 none = 0;

  /* Translators: no staff member linked to the account. */
  gtk_string_list_append (labels, _("None"));
  g_array_append_val (self->staff_ids, none);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) member = g_list_model_get_item (staff, i);
      g_autofree char *label = ct_record_dup_label (member);
      gint64 id = ct_record_get_id (member);

      gtk_string_list_append (labels, label);
      g_array_append_val (self->staff_ids, id);
      if (id == selected)
        position = i + 1;
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->staff_row, position);
}

static const char *
selected_role (CtUserEditor *self)
{
  const char *const *roles = ct_user_roles ();
  guint i = adw_combo_row_get_selected (self->role_row);

  return i < g_strv_length ((char **) roles) ? roles[i] : NULL;
}

static gint64
selected_staff (CtUserEditor *self)
{
  guint i = adw_combo_row_get_selected (self->staff_row);

  return i < self->staff_ids->len ? g_array_index (self->staff_ids, gint64, i) : 0;
}

/* Copies the form into @user. */
static void
read_details (CtUserEditor *self,
              CtRecord     *user)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  ct_record_set_string (user, "display_name", name);
  ct_record_set_string (user, "role", selected_role (self));
  ct_record_set_int (user, "staff_id", selected_staff (self));
}

static gboolean
save (CtUserEditor  *self,
      CtUser       **saved,
      GError       **error)
{
  CtUserStore *store = self->owner->store;
  const char *actor = ct_context_get_user (self->owner->context);
  g_autoptr(CtRecord) user = NULL;
  const char *password = NULL;

  if (self->mode != CT_USER_EDITOR_EDIT &&
      !(password = ct_password_group_get_password (self->password_group, error)))
    return FALSE;

  switch (self->mode)
    {
    case CT_USER_EDITOR_ADD:
      {
        g_autofree char *login = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_row))));

        user = CT_RECORD (ct_user_new (login, NULL, "viewer"));
        read_details (self, user);
        if (!ct_user_store_create (store, CT_USER (user), password, actor, error))
          return FALSE;
        break;
      }
    case CT_USER_EDITOR_EDIT:
      user = ct_record_copy (CT_RECORD (self->user));
      read_details (self, user);
      if (!ct_user_store_update (store, CT_USER (user), actor, error))
        return FALSE;
      break;
    case CT_USER_EDITOR_PASSWORD:
    default:
      user = ct_record_copy (CT_RECORD (self->user));
      if (!ct_user_store_set_password (store, CT_USER (user), password, actor, error))
        return FALSE;
      break;
    }

  *saved = CT_USER (g_steal_pointer (&user));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtUserEditor *self = CT_USER_EDITOR (widget);
  g_autoptr(CtUser) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GtkWidget *dialog;

  if (save (self, &saved, &error))
    {
      g_autoptr(CtUsersWindow) owner = g_object_ref (self->owner);

      /* Translators: %s is a person's name. */
      message = g_strdup_printf (self->mode == CT_USER_EDITOR_ADD ? _("Account “%s” created")
                                 : self->mode == CT_USER_EDITOR_EDIT ? _("Account “%s” saved")
                                 : _("New password of “%s” saved"),
                                 ct_user_get_display_name (saved));
      gtk_window_destroy (GTK_WINDOW (self));
      ct_users_window_saved (owner, saved);
      ct_users_window_toast (owner, message);
      return;
    }

  g_debug ("Account not saved: %s", error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), self->mode == CT_USER_EDITOR_PASSWORD
                                   ? _("Could Not Change the Password")
                                   : _("Could Not Save the Account"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ct_user_editor_dispose (GObject *object)
{
  CtUserEditor *self = CT_USER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_USER_EDITOR);
  g_clear_object (&self->user);
  g_clear_object (&self->owner);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (ct_user_editor_parent_class)->dispose (object);
}

static void
ct_user_editor_class_init (CtUserEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_user_editor_dispose;

  g_type_ensure (CT_TYPE_PASSWORD_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-user-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, login_row);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, staff_row);
  gtk_widget_class_bind_template_child (widget_class, CtUserEditor, password_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_user_editor_init (CtUserEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

GtkWindow *
ct_user_editor_new (CtUsersWindow    *owner,
                    CtUser           *user,
                    CtUserEditorMode  mode)
{
  CtUserEditor *self;

  g_return_val_if_fail (CT_IS_USERS_WINDOW (owner), NULL);
  g_return_val_if_fail ((user == NULL) == (mode == CT_USER_EDITOR_ADD), NULL);

  self = g_object_new (CT_TYPE_USER_EDITOR, "transient-for", owner, NULL);
  self->owner = g_object_ref (owner);
  self->user = user != NULL ? g_object_ref (user) : NULL;
  self->mode = mode;

  fill_roles (self, user != NULL ? ct_user_get_role (user) : "viewer");
  fill_staff (self, user != NULL ? ct_user_get_staff_id (user) : 0);

  switch (mode)
    {
    case CT_USER_EDITOR_ADD:
      adw_window_title_set_title (self->window_title, _("New Account"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      break;
    case CT_USER_EDITOR_EDIT:
      adw_window_title_set_title (self->window_title, _("Edit Account"));
      adw_window_title_set_subtitle (self->window_title, ct_user_get_login (user));
      gtk_editable_set_text (GTK_EDITABLE (self->name_row),
                             ct_record_get_string (CT_RECORD (user), "display_name") ?: "");
      gtk_editable_set_text (GTK_EDITABLE (self->login_row), ct_user_get_login (user));
      /* The login names the account in the audit log: it stays. */
      gtk_editable_set_editable (GTK_EDITABLE (self->login_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->password_group), FALSE);
      break;
    case CT_USER_EDITOR_PASSWORD:
    default:
      adw_window_title_set_title (self->window_title, _("Reset Password"));
      adw_window_title_set_subtitle (self->window_title, ct_user_get_display_name (user));
      gtk_widget_set_visible (GTK_WIDGET (self->details_group), FALSE);
      gtk_widget_grab_focus (GTK_WIDGET (ct_password_group_get_entry (self->password_group)));
      break;
    }
  return GTK_WINDOW (self);
}
