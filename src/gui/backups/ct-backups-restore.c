/* ct-backups-restore.c — "Restore…": confirm, replace the file (core saves
 * the current one first), reopen it in the main window and say so
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-backups-window-private.h"

static void
show_error (GtkWindow    *parent,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
destroy_idle (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

/* Replaces the open file with @backup and opens it again in the main window;
 * on failure the main window keeps the database as it was. */
static void
restore (CtBackupsWindow *self,
         const char      *backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtContext) context = NULL;
  g_autoptr(CtWindow) window = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *saved_name = NULL;
  g_autofree char *title = NULL;
  CtDatabase *db;

  if (self->context == NULL || self->main_window == NULL)
    return;
  context = g_object_ref (self->context);
  window = g_object_ref (self->main_window);
  db = ct_context_get_database (context);
  if (!ct_backup_access_check (db, CT_BACKUP_ACCESS_RESTORE, &error))
    {
      show_error (GTK_WINDOW (self), _("Could Not Restore the Backup"), error);
      return;
    }
  path = g_strdup (ct_database_get_path (db));

  /* The pages let go of the database while its file is replaced. */
  if (ct_window_get_context (window) == context)
    ct_window_set_context (window, NULL);
  if (!ct_backup_access_restore (db, backup, &saved, &error))
    {
      ct_window_set_context (window, context);
      show_error (GTK_WINDOW (self), _("Could Not Restore the Backup"), error);
      return;
    }
  g_clear_object (&self->context);
  g_clear_object (&context);
  /* This window showed the old file: the main window shows the restored one. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle, g_object_ref (self), g_object_unref);

  if (!ct_window_open_path (window, path, FALSE, &error))
    {
      ct_window_show_error (window, _("Could Not Open the Restored Database"), error);
      return;
    }
  backup_name = g_filename_display_basename (backup);
  saved_name = saved != NULL ? g_filename_display_basename (saved) : g_strdup ("");
  title = g_strdup_printf (_("Restored “%s”; the replaced file was saved as “%s”"), backup_name,
                           saved_name);
  ct_window_add_toast (window, adw_toast_new (title));
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtBackupsWindow  *self)
{
  const char *backup = g_object_get_data (G_OBJECT (dialog), "backup");

  if (g_str_equal (response, "restore"))
    restore (self, backup);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CtBackupsWindow *self = CT_BACKUPS_WINDOW (widget);
  const char *backup = g_variant_get_string (parameter, NULL);
  g_autofree char *name = g_filename_display_basename (backup);
  g_autofree char *current = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->context == NULL)
    return;
  current = g_filename_display_basename (ct_database_get_path (ct_context_get_database (self->context)));
  body = g_strdup_printf (_("“%s” will be replaced by the backup “%s”. The current file is backed "
                            "up first, beside it, so this can be undone by restoring that copy. "
                            "Others who have the file open see the restored data."),
                          current, name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "backup", g_strdup (backup), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_backups_window_class_init_restore (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "backups.restore", "s", restore_action);
}
