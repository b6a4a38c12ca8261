/* ct-backups-offer.c — "Could Not Open the Database" with, for a damaged or
 * altered file that has backups, "Restore a Backup…"
 *
 * The Backups window needs an open database; a file that does not open finds
 * its backups here instead (ct_backup_rotation_list () works on a path). The
 * chooser is a message dialog with a list of the backups, newest first and
 * selected. Core's ct_backup_rotation_restore () copies the damaged file
 * unchanged to FILE.before-restore-STAMP.bak beside it before replacing it.
 * Nobody is signed in to a file that does not open, so there is no role to
 * check: whoever may write the file may restore it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backups-offer"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-backup-rotation.h"
#include "ct-backups-offer.h"
#include "ct-error.h"

typedef struct
{
  CtWindow  *window;
  char      *path;
  GPtrArray *backups;  /* CtBackupInfo, newest first */
  GPtrArray *checks;   /* the chooser's radio buttons, one per backup */
} Offer;

static void
offer_free (gpointer data)
{
  Offer *offer = data;

  g_clear_object (&offer->window);
  g_free (offer->path);
  g_clear_pointer (&offer->backups, g_ptr_array_unref);
  g_clear_pointer (&offer->checks, g_ptr_array_unref);
  g_free (offer);
}

gboolean
ct_backups_offer_applies (const GError *error)
{
  return error != NULL && error->domain == CT_DATABASE_ERROR
         && (error->code == CT_DATABASE_ERROR_CORRUPT || error->code == CT_DATABASE_ERROR_SCHEMA);
}

static char *
format_made_at (gint64 made_at)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (made_at);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

static GtkWidget *
message_dialog_new (CtWindow   *window,
                    const char *heading,
                    const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, body);

  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

/* Replaces the damaged file with @backup and opens it in the window. */
static void
restore (Offer      *offer,
         const char *backup)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *backup_name = NULL;
  g_autofree char *saved_name = NULL;
  g_autofree char *title = NULL;

  if (!ct_backup_rotation_restore (offer->path, backup, &saved, &error))
    {
      ct_window_show_error (offer->window, _("Could Not Restore the Backup"), error);
      return;
    }
  if (!ct_window_open_path (offer->window, offer->path, FALSE, &error))
    {
      ct_backups_offer_after_failure (offer->window, offer->path, error,
                                      _("Could Not Open the Restored Database"));
      return;
    }
  backup_name = g_filename_display_basename (backup);
  saved_name = saved != NULL ? g_filename_display_basename (saved) : g_strdup ("");
  title = g_strdup_printf (_("Restored “%s”; the damaged file was saved as “%s”"), backup_name,
                           saved_name);
  ct_window_add_toast (offer->window, adw_toast_new (title));
}

static void
chooser_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Offer            *offer)
{
  if (!g_str_equal (response, "restore"))
    return;
  for (guint i = 0; i < offer->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (offer->checks, i)))
      {
        const CtBackupInfo *info = g_ptr_array_index (offer->backups, i);

        restore (offer, info->path);
        return;
      }
}

static GtkWidget *
backup_row_new (const CtBackupInfo *info,
                GtkCheckButton     *check)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *when = format_made_at (info->made_at);
  g_autofree char *name = g_filename_display_basename (info->path);
  g_autofree char *size = g_format_size ((guint64) info->size);
  /* Translators: the kind of a backup and when it was made: "Daily · 2026-03-02 08:30" */
  g_autofree char *title = g_strdup_printf (C_("backup", "%s · %s"),
                                            ct_backup_kind_get_label (info->kind), when);
  /* Translators: a backup's size and file name: "1.2 MB · 物业-2026-03-02.caretaker"
   * (the size first: a long name is cut short) */
  g_autofree char *subtitle = g_strdup_printf (C_("backup size", "%s · %s"), size, name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_tooltip_text (row, info->path);
  gtk_widget_set_valign (GTK_WIDGET (check), GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), GTK_WIDGET (check));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (check));
  return row;
}

static void
show_chooser (Offer *offer)
{
  g_autofree char *name = g_filename_display_basename (offer->path);
  g_autofree char *body = NULL;
  GtkWidget *dialog, *list, *scrolled;
  GtkCheckButton *first = NULL;

  /* Translators: %s is the database file's name, twice */
  body = g_strdup_printf (_("The backup you choose replaces “%s”. Before that, the damaged file is "
                            "copied unchanged to “%s.before-restore-DATE-TIME.bak” in the same "
                            "folder, so nothing is lost."), name, name);
  dialog = message_dialog_new (offer->window, _("Restore a Backup"), body);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  g_clear_pointer (&offer->checks, g_ptr_array_unref);
  offer->checks = g_ptr_array_new ();
  for (guint i = 0; i < offer->backups->len; i++)
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_check_button_new ());

      if (first == NULL)
        first = check;
      else
        gtk_check_button_set_group (check, first);
      g_ptr_array_add (offer->checks, check);
      gtk_list_box_append (GTK_LIST_BOX (list),
                           backup_row_new (g_ptr_array_index (offer->backups, i), check));
    }
  gtk_check_button_set_active (first, TRUE);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The offer lives as long as the dialog that answers it. */
  g_object_set_data_full (G_OBJECT (dialog), "ct-backups-offer", offer, offer_free);
  g_signal_connect (dialog, "response", G_CALLBACK (chooser_response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
failure_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  Offer *offer;

  if (!g_str_equal (response, "restore"))
    return;
  /* The chooser takes the offer over. */
  offer = g_object_steal_data (G_OBJECT (dialog), "ct-backups-offer");
  if (offer != NULL)
    show_chooser (offer);
}

static GPtrArray *
list_backups (const char *path)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *backups = ct_backup_rotation_list (path, NULL, &error);

  if (backups == NULL)
    g_debug ("No backups of “%s” listed: %s", path, error->message);
  return backups;
}

void
ct_backups_offer_after_failure (CtWindow     *window,
                                const char   *path,
                                const GError *error,
                                const char   *heading)
{
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  const CtBackupInfo *newest;
  GtkWidget *dialog;
  Offer *offer;

  g_return_if_fail (CT_IS_WINDOW (window));
  g_return_if_fail (error != NULL);
  g_return_if_fail (heading != NULL);

  if (path == NULL || !ct_backups_offer_applies (error)
      || (backups = list_backups (path)) == NULL || backups->len == 0)
    {
      ct_window_show_error (window, heading, error);
      return;
    }
  g_debug ("%s: %s", heading, error->message);

  newest = g_ptr_array_index (backups, 0);
  when = format_made_at (newest->made_at);
  /* Translators: the reason the file did not open, then how many backups
   * it has and when the newest was made */
  body = g_strdup_printf (ngettext ("%s\n\nThere is %u backup of this file, made %s.",
                                    "%s\n\nThere are %u backups of this file, the newest made %s.",
                                    backups->len),
                          error->message, backups->len, when);
  dialog = message_dialog_new (window, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "close", _("_Close"),
                                    "restore", _("_Restore a Backup…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  offer = g_new0 (Offer, 1);
  offer->window = g_object_ref (window);
  offer->path = g_strdup (path);
  offer->backups = g_steal_pointer (&backups);
  g_object_set_data_full (G_OBJECT (dialog), "ct-backups-offer", offer, offer_free);
  g_signal_connect (dialog, "response", G_CALLBACK (failure_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}
