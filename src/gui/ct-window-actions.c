/* ct-window-actions.c — opening and creating database files in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accounts/ct-accounts.h"
#include "audit/ct-audit-actions.h"
#include "backups/ct-backups-offer.h"
#include "backups/ct-backups-rotate.h"
#include "ct-session.h"
#include "ct-window-private.h"
#include "settings/ct-calendar-window.h"
#include "settings/ct-sla-window.h"

static const char * const sqlite_siblings[] = { "", "-wal", "-shm", "-journal" };

static void
add_database_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (databases, _("Caretaker Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.caretaker");
  gtk_file_chooser_add_filter (chooser, databases);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);

  gtk_file_chooser_set_filter (chooser, databases);
}

/* The chooser already asked whether to replace @path: move the old file and
 * its SQLite companions to the trash (or delete them where there is none), so
 * a stale -wal never meets the new file. */
static gboolean
trash_existing (const char  *path,
                GError     **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sqlite_siblings); i++)
    {
      g_autofree char *name = g_strconcat (path, sqlite_siblings[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (name);
      g_autoptr(GError) local_error = NULL;

      if (!g_file_test (name, G_FILE_TEST_EXISTS))
        continue;
      /* No trash on this drive: the user did confirm the replacement. */
      if (!g_file_trash (file, NULL, &local_error) &&
          g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
        {
          g_clear_error (&local_error);
          g_file_delete (file, NULL, &local_error);
        }
      if (local_error != NULL)
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("The existing file “%s” could not be replaced: %s"),
                       name, local_error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
is_open_path (CtWindow   *self,
              const char *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  return self->context != NULL &&
         g_strcmp0 (ct_database_get_path (ct_context_get_database (self->context)),
                    canonical) == 0;
}

static void
create_database (CtWindow *self,
                 GFile    *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path != NULL && is_open_path (self, path))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_BUSY,
                   _("“%s” is the database open in this window. Choose another name."),
                   path);
      ct_window_show_error (self, _("Could Not Create the Database"), error);
      return;
    }

  if (path != NULL && !trash_existing (path, &error))
    {
      ct_window_show_error (self, _("Could Not Create the Database"), error);
      return;
    }

  ct_window_open_file (self, file, TRUE);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(CtWindow) self = user_data;
  gboolean create;

  create = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (create)
        create_database (self, file);
      else
        ct_window_open_file (self, file, FALSE);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* A modal chooser for database files over the window: the chosen file is
 * created (GTK_FILE_CHOOSER_ACTION_SAVE, suggesting @current_name) or opened. */
static void
show_chooser (CtWindow             *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept_label,
              const char           *current_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                               accept_label, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  add_database_filters (GTK_FILE_CHOOSER (chooser));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* "~/Documents/a_b.db" is labelled "a__b.db": menus take "_" as a mnemonic. */
static char *
dup_menu_label (const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
open_path_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  ct_window_open_file (CT_WINDOW (widget), file, FALSE);
}

static void
sla_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->context != NULL)
    gtk_window_present (GTK_WINDOW (ct_sla_window_new (GTK_WINDOW (self), self->context)));
}

static void
calendar_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CtWindow *self = CT_WINDOW (widget);

  if (self->context != NULL)
    gtk_window_present (GTK_WINDOW (ct_calendar_window_new (GTK_WINDOW (self), self->context)));
}

void
ct_window_class_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-path", "s", open_path_action);
  gtk_widget_class_install_action (widget_class, "win.sla", NULL, sla_action);
  gtk_widget_class_install_action (widget_class, "win.calendar", NULL, calendar_action);
  ct_accounts_class_init (widget_class);
  ct_audit_actions_install (widget_class);
}

void
ct_window_update_actions (CtWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sla", self->context != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.calendar", self->context != NULL);
  ct_accounts_update (self);
  ct_audit_actions_update (self);
}

void
ct_window_update_recent_menu (CtWindow *self)
{
  g_autoptr(GMenu) submenu = NULL;
  g_auto(GStrv) recent = NULL;

  g_assert (CT_IS_WINDOW (self));

  g_menu_remove_all (self->recent_section);
  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-databases");
  if (recent[0] == NULL)
    return;

  submenu = g_menu_new ();
  for (guint i = 0; recent[i] != NULL && i < CT_SESSION_MAX_RECENT; i++)
    {
      g_autofree char *label = dup_menu_label (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-path", "s", recent[i]);
      g_menu_append_item (submenu, item);
    }
  g_menu_append_submenu (self->recent_section, _("_Recent Databases"), G_MENU_MODEL (submenu));
}

gboolean
ct_window_open_path (CtWindow    *self,
                     const char  *path,
                     gboolean     create,
                     GError     **error)
{
  g_autoptr(CtContext) context = NULL;
  CtDatabase *db;
  const char *backup;

  g_return_val_if_fail (CT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  context = ct_session_open (path, create, NULL, self->settings, error);
  if (context == NULL)
    return FALSE;

  /* A database with user accounts shows its pages after sign-in. */
  if (!ct_accounts_open (self, context))
    ct_window_set_context (self, context);

  db = ct_context_get_database (context);
  ct_backups_rotate_after_frame (GTK_WIDGET (self), ct_database_get_path (db));
  if (self->settings != NULL)
    ct_session_remember (self->settings, ct_database_get_path (db));

  backup = ct_database_get_migration_backup (db);
  if (backup != NULL)
    {
      g_autofree char *name = g_filename_display_basename (backup);
      g_autofree char *title = g_strdup_printf (_("Database upgraded; the old version was saved as “%s”"),
                                                name);

      ct_window_add_toast (self, adw_toast_new (title));
    }

  if (create)
    ct_accounts_offer_after_create (self);

  return TRUE;
}

void
ct_window_open_file (CtWindow *self,
                     GFile    *file,
                     gboolean  create)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *heading = create ? _("Could Not Create the Database")
                               : _("Could Not Open the Database");

  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a file on this computer or a mounted drive."), uri);
      ct_window_show_error (self, heading, error);
      return;
    }

  if (is_open_path (self, path))
    return;

  if (!ct_window_open_path (self, path, create, &error))
    ct_backups_offer_after_failure (self, path, error, heading);
}

gboolean
ct_window_reopen_last (CtWindow *self)
{
  g_autofree char *last = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (CT_IS_WINDOW (self), FALSE);

  if (self->settings == NULL)
    return FALSE;

  last = g_settings_get_string (self->settings, "last-database");
  if (*last == '\0' || !g_file_test (last, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  file = g_file_new_for_path (last);
  ct_window_open_file (self, file, FALSE);
  return TRUE;
}

void
ct_window_open_demo (CtWindow *self)
{
  g_autofree char *path = ct_session_dup_demo_path ();

  g_return_if_fail (CT_IS_WINDOW (self));

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      ct_window_open_file (self, file, FALSE);
      return;
    }

  ct_window_set_context (self, NULL);
  ct_welcome_page_try_demo (self->welcome_page);
}

void
ct_window_choose_new_database (CtWindow *self)
{
  g_return_if_fail (CT_IS_WINDOW (self));

  show_chooser (self, _("Create a New Database"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"),
                "caretaker.db");
}

void
ct_window_choose_database (CtWindow *self)
{
  g_return_if_fail (CT_IS_WINDOW (self));

  show_chooser (self, _("Open a Database"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
}
