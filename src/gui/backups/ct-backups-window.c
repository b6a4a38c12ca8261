/* ct-backups-window.c — the list of backups and "Back Up Now"
 *
 * Every backup of the open file (ct_backup_rotation_list (): the rotated
 * ones, those made by hand and those written before migrations, imports and
 * restores), newest first, each with "Restore…" (ct-backups-restore.c).
 * "Back Up Now" copies the file in a thread on a connection of its own.
 * Core decides who may: ct-backup-access.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backups-window"

#include "config.h"

#include <glib/gi18n.h>

#include "audit/ct-worker-db.h"
#include "ct-backups-window-private.h"
#include "ct-session.h"

G_DEFINE_FINAL_TYPE (CtBackupsWindow, ct_backups_window, ADW_TYPE_WINDOW)

static char *
format_made_at (gint64 made_at)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (made_at);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static GtkWidget *
backup_row_new (const CtBackupInfo *info,
                gboolean            may_restore)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
  g_autofree char *when = format_made_at (info->made_at);
  g_autofree char *name = g_filename_display_basename (info->path);
  g_autofree char *size = g_format_size ((guint64) info->size);
  /* Translators: the kind of a backup and when it was made: "Daily · 2026-03-02 08:30" */
  g_autofree char *title = g_strdup_printf (C_("backup", "%s · %s"),
                                            ct_backup_kind_get_label (info->kind), when);
  /* Translators: a backup's file name and size: "物业-2026-03-02.caretaker · 1.2 MB" */
  g_autofree char *subtitle = g_strdup_printf (C_("backup", "%s · %s"), name, size);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, info->path);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "backups.restore");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", info->path);
  gtk_widget_set_sensitive (button, may_restore);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_status (CtBackupsWindow *self,
             const char      *icon,
             const char      *title,
             const char      *description)
{
  adw_status_page_set_icon_name (self->status_page, icon);
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "status");
}

void
ct_backups_window_reload (CtBackupsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *text = NULL;
  CtDatabase *db;
  GtkWidget *child;
  gboolean may_make, may_restore;

  g_return_if_fail (CT_IS_BACKUPS_WINDOW (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  if (self->context == NULL)
    return;
  db = ct_context_get_database (self->context);
  may_make = ct_backup_access_check (db, CT_BACKUP_ACCESS_MAKE, NULL);
  may_restore = ct_backup_access_check (db, CT_BACKUP_ACCESS_RESTORE, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "backups.backup-now",
                                 may_make && self->cancellable == NULL);
  dir = ct_backup_rotation_default_dir (ct_database_get_path (db));
  folder = ct_session_dup_folder_label (dir);
  {
    g_autofree char *base = g_path_get_basename (dir);

    text = g_strdup_printf (_("Backups are saved in “%s” in %s, and beside the database before "
                              "upgrades, imports and restores. Caretaker makes one each day the "
                              "database is opened and keeps the 7 newest daily and 4 newest "
                              "weekly ones; those made with Back Up Now are kept until you "
                              "delete them."), base, folder);
  }
  gtk_label_set_text (self->folder_label, text);

  backups = ct_backup_access_list (db, &error);
  if (backups == NULL)
    {
      show_status (self, "dialog-warning-symbolic", _("Backups Not Available"), error->message);
      return;
    }
  if (backups->len == 0)
    {
      show_status (self, "drive-harddisk-symbolic", _("No Backups Yet"),
                   _("Caretaker makes a backup each day the database is opened. Back up now "
                     "to have one at once."));
      return;
    }
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (self->list_box, backup_row_new (g_ptr_array_index (backups, i),
                                                         may_restore));
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  char *path = ct_backup_access_backup_now (task_data, &error);

  if (path != NULL)
    g_task_return_pointer (task, path, g_free);
  else
    g_task_return_error (task, error);
}

static void
backup_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);
  CtBackupsWindow *self;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = CT_BACKUPS_WINDOW (source);
  g_clear_object (&self->cancellable);
  gtk_button_set_label (self->backup_button, _("_Back Up Now"));
  if (path == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Back Up"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      ct_backups_window_reload (self);
      return;
    }
  name = g_filename_display_basename (path);
  title = g_strdup_printf (_("Backup saved as “%s”"), name);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
  ct_backups_window_reload (self);
}

static void
backup_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtBackupsWindow *self = CT_BACKUPS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  CtDatabase *worker;

  if (self->context == NULL || self->cancellable != NULL)
    return;
  worker = ct_worker_db_open (ct_context_get_database (self->context), &error);
  if (worker == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Back Up"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "backups.backup-now", FALSE);
  gtk_button_set_label (self->backup_button, _("Backing Up…"));
  task = g_task_new (self, self->cancellable, backup_done, NULL);
  g_task_set_source_tag (task, backup_now_action);
  g_task_set_task_data (task, worker, g_object_unref);
  g_task_run_in_thread (task, backup_thread);
}

static void
ct_backups_window_dispose (GObject *object)
{
  CtBackupsWindow *self = CT_BACKUPS_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_weak_pointer (&self->main_window);
  G_OBJECT_CLASS (ct_backups_window_parent_class)->dispose (object);
}

static void
ct_backups_window_class_init (CtBackupsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_backups_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-backups-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, backup_button);
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, folder_label);
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, CtBackupsWindow, status_page);
  gtk_widget_class_install_action (widget_class, "backups.backup-now", NULL, backup_now_action);
  ct_backups_window_class_init_restore (widget_class);
}

static void
ct_backups_window_init (CtBackupsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtBackupsWindow *
ct_backups_window_new (CtWindow *parent)
{
  CtBackupsWindow *self;

  g_return_val_if_fail (CT_IS_WINDOW (parent), NULL);

  self = g_object_new (CT_TYPE_BACKUPS_WINDOW, "transient-for", parent, NULL);
  g_set_weak_pointer (&self->main_window, parent);
  g_set_object (&self->context, ct_window_get_context (parent));
  ct_backups_window_reload (self);
  return self;
}
