/* ct-transfer-dialogs.c — what the Import… and Export… of a page share: the
 * file choosers, the import questions and the messages of a finished transfer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-transfer"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-transfer-dialogs.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static GtkWindow *
get_window (GtkWidget *page)
{
  GtkRoot *root = gtk_widget_get_root (page);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* A filter of the chooser for @pattern ("*.csv", also "*.CSV") and
 * @mime_type (NULL: none). */
GtkFileFilter *
ct_transfer_chooser_add_filter (GtkFileChooser *chooser,
                                const char     *name,
                                const char     *pattern,
                                const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *upper = g_ascii_strup (pattern, -1);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (!g_str_equal (upper, pattern))
    gtk_file_filter_add_pattern (filter, upper);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
  return filter;   /* the chooser holds it */
}

static void
open_file_cb (AdwToast  *toast,
              GtkWidget *page)
{
  gtk_show_uri (get_window (page), g_object_get_data (G_OBJECT (toast), "ct-uri"),
                GDK_CURRENT_TIME);
}

static void
dry_run_toggled_cb (GtkCheckButton   *dry_run,
                    AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_label (dialog, "import",
                                         gtk_check_button_get_active (dry_run) ? _("_Check")
                                                                              : _("_Import"));
}

/* Beside the progress of an export to the file @name. */
char *
ct_transfer_dup_export_label (const char *name)
{
  return g_strdup_printf (_("Exporting to “%s”…"), name);
}

/* Beside the progress of an import of the file @name, or of its check. */
char *
ct_transfer_dup_import_label (const char *name,
                              gboolean    dry_run)
{
  if (dry_run)
    return g_strdup_printf (_("Checking “%s”…"), name);
  return g_strdup_printf (_("Importing “%s”…"), name);
}

/* A message over the window of @page, with Close. */
AdwMessageDialog *
ct_transfer_message_new (GtkWidget  *page,
                         const char *heading,
                         const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (page),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  return dialog;
}

void
ct_transfer_show_error (GtkWidget  *page,
                        const char *heading,
                        const char *body)
{
  gtk_window_present (GTK_WINDOW (ct_transfer_message_new (page, heading, body)));
}

void
ct_transfer_show_import_error (GtkWidget    *page,
                               const GError *error)
{
  g_autofree char *body = NULL;

  g_return_if_fail (error != NULL);

  /* Translators: the error names the line and column of the file */
  body = g_strdup_printf (_("%s\n\nNothing was imported."), error->message);
  ct_transfer_show_error (page, _("Import Failed"), body);
}

/* Export This List, as an Excel workbook or CSV, offering @name. */
GtkFileChooserNative *
ct_transfer_export_chooser_new (GtkWidget  *page,
                                const char *name)
{
  GtkFileChooserNative *native;
  GtkFileFilter *csv;

  native = gtk_file_chooser_native_new (_("Export This List"), get_window (page),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  ct_transfer_chooser_add_filter (GTK_FILE_CHOOSER (native), _("Excel Workbooks"), "*.xlsx",
                                  XLSX_TYPE);
  csv = ct_transfer_chooser_add_filter (GTK_FILE_CHOOSER (native), _("CSV Files"), "*.csv",
                                        "text/csv");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data (G_OBJECT (native), "ct-csv-filter", csv);
  return native;
}

/* A CSV file to open. */
GtkFileChooserNative *
ct_transfer_import_chooser_new (GtkWidget  *page,
                                const char *title)
{
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, get_window (page), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  ct_transfer_chooser_add_filter (GTK_FILE_CHOOSER (native), _("CSV Files"), "*.csv", "text/csv");
  ct_transfer_chooser_add_filter (GTK_FILE_CHOOSER (native), _("All Files"), "*", NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  return native;
}

/* @chosen_cb (native, response, page) takes the path with
 * ct_transfer_take_path (). */
void
ct_transfer_chooser_show (GtkFileChooserNative *native,
                          GCallback             chosen_cb,
                          gpointer              page)
{
  g_signal_connect_object (native, "response", chosen_cb, page, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The path the user accepted in @native, which is destroyed. */
char *
ct_transfer_take_path (GtkNativeDialog *native,
                       int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  return file ? g_file_get_path (file) : NULL;
}

/* The same for an export chooser: a name without .csv or .xlsx gets the one
 * of the filter chosen. */
char *
ct_transfer_take_export_path (GtkNativeDialog        *native,
                              int                     response,
                              CtTransferHasExtension  has_extension)
{
  gboolean as_csv = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (native))
                    == g_object_get_data (G_OBJECT (native), "ct-csv-filter");
  g_autofree char *path = ct_transfer_take_path (native, response);

  if (path == NULL || has_extension (path))
    return g_steal_pointer (&path);
  return g_strconcat (path, as_csv ? ".csv" : ".xlsx", NULL);
}

/* Shows @title (Pango markup) with Open for the file @path. */
void
ct_transfer_show_exported (CtPage     *page,
                           const char *title,
                           const char *path)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "ct-uri", g_filename_to_uri (path, NULL, NULL),
                          g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_file_cb), page, 0);
  ct_page_show_toast (page, toast);
}

/* A dry run of @path passed: @body says what an import would do; the
 * response "import" offers it. */
AdwMessageDialog *
ct_transfer_ready_dialog_new (GtkWidget  *page,
                              const char *body,
                              const char *path)
{
  AdwMessageDialog *dialog = ct_transfer_message_new (page, _("Ready to Import"), body);

  adw_message_dialog_add_response (dialog, "import", _("_Import Now"));
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  g_object_set_data_full (G_OBJECT (dialog), "ct-path", g_strdup (path), g_free);
  return dialog;
}

/* Import @path? @body says what the file must hold, @extra_child holds the
 * options, among them the check button @dry_run; "import" or "cancel". */
AdwMessageDialog *
ct_transfer_options_dialog_new (GtkWidget  *page,
                                const char *path,
                                const char *body,
                                GtkWidget  *extra_child,
                                GtkWidget  *dry_run)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *heading = g_strdup_printf (_("Import “%s”?"), name);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (page),
                                                                         heading, body));

  adw_message_dialog_set_extra_child (dialog, extra_child);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ct-path", g_strdup (path), g_free);
  g_signal_connect_object (dry_run, "toggled", G_CALLBACK (dry_run_toggled_cb), dialog, 0);
  return dialog;
}
