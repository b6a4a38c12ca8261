/* ct-settings-common.c — the save toast and the save error dialog of the
 * settings windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-settings-common.h"
#include "ct-window.h"

void
ct_settings_announce_saved (GtkWindow  *window,
                            guint       n_changed,
                            const char *saved,
                            const char *format,
                            ...)
{
  GtkWindow *parent;
  g_autofree char *title = NULL;
  va_list args;

  g_return_if_fail (GTK_IS_WINDOW (window));

  parent = gtk_window_get_transient_for (window);
  if (!CT_IS_WINDOW (parent))
    return;
  if (n_changed == 0)
    {
      title = g_strdup (saved);
    }
  else
    {
      va_start (args, format);
      title = g_strdup_vprintf (format, args);
      va_end (args);
    }
  ct_window_add_toast (CT_WINDOW (parent), adw_toast_new (title));
}

void
ct_settings_present_save_error (GtkWindow    *window,
                                const char   *heading,
                                const GError *error,
                                const char   *conflict_hint,
                                GCallback     response_cb)
{
  gboolean conflict;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (error != NULL);

  conflict = g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  if (conflict)
    body = g_strdup_printf ("%s\n\n%s", error->message, conflict_hint);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                                                       conflict ? body : error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  if (conflict)
    {
      adw_message_dialog_add_response (dialog, "reload", _("_Reload"));
      adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "reload");
    }
  g_signal_connect_object (dialog, "response", response_cb, window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
