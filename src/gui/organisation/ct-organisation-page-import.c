/* ct-organisation-page-import.c — import units or staff from a CSV file
 *
 * The stores' models are touched on the main thread only, so the import runs
 * here too: a few thousand rows take well under a second.
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-org-import.h"
#include "ct-organisation-page-private.h"

static GtkWindow *
get_window (CtOrganisationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

gboolean
ct_organisation_page_import_bytes (CtOrganisationPage *self,
                                   GBytes             *csv,
                                   gboolean            create_missing)
{
  CtOrgImportFlags flags = create_missing ? CT_ORG_IMPORT_CREATE_MISSING
                                          : CT_ORG_IMPORT_DEFAULT;
  CtOrgImportResult result = { 0 };
  const char *actor;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (ct_org_section_can_import (self->section), FALSE);
  g_return_val_if_fail (self->org != NULL, FALSE);

  actor = ct_context_get_user (ct_page_get_context (CT_PAGE (self)));
  if (self->section == CT_ORG_SECTION_UNITS)
    ok = ct_org_import_units (self->org, csv, actor, flags, &result, &error);
  else
    ok = ct_org_import_staff (self->org, csv, actor, flags, &result, &error);

  if (!ok)
    {
      /* Translators: the error names the line and column of the file */
      message = g_strdup_printf (_("%s\n\nNothing was imported."), error->message);
      ct_organisation_page_show_error (self, _("Import Failed"), message);
      return FALSE;
    }

  message = ct_org_section_format_imported (self->section, result.n_imported,
                                            result.n_updated, result.n_created_parents);
  ct_page_show_toast (CT_PAGE (self), adw_toast_new (message));
  return TRUE;
}

static void
file_chosen_cb (GtkNativeDialog    *native,
                int                 response,
                CtOrganisationPage *self)
{
  gboolean create_missing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native),
                                                                "ct-create-missing"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  if (file == NULL)
    return;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      ct_organisation_page_show_error (self, _("Could Not Read the File"), error->message);
      return;
    }
  ct_organisation_page_import_bytes (self, bytes, create_missing);
}

static void
choose_file (CtOrganisationPage *self,
             gboolean            create_missing)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Import CSV File"), get_window (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  g_object_set_data (G_OBJECT (native), "ct-create-missing", GINT_TO_POINTER (create_missing));
  g_signal_connect_object (native, "response", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
ask_response_cb (AdwMessageDialog   *dialog,
                 const char         *response,
                 CtOrganisationPage *self)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (adw_message_dialog_get_extra_child (dialog));

  if (g_strcmp0 (response, "choose") == 0)
    choose_file (self, gtk_check_button_get_active (check));
}

static void
org_import_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (widget);
  gboolean units = self->section == CT_ORG_SECTION_UNITS;
  AdwMessageDialog *dialog;
  GtkWidget *check;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self),
                                                       units ? _("Import Units")
                                                             : _("Import Staff"),
                                                       NULL));
  adw_message_dialog_set_body (dialog, units
    ? _("Choose a CSV file with the columns site, building, entrance, room (or unit, "
        "like 3-2-1201), floor, owner_name, owner_phone and note. Chinese headers such "
        "as 小区, 楼栋, 单元, 房号, 业主 and 电话 work too. Units already here are updated.")
    : _("Choose a CSV file with the columns employee_no, name, department, site, post, "
        "phone, hired_on and status. Chinese headers such as 工号, 姓名, 部门, 岗位 and "
        "入职日期 work too. Staff already here are updated."));
  check = gtk_check_button_new_with_mnemonic (units
                                              ? _("_Create missing sites and buildings")
                                              : _("_Create missing departments and sites"));
  adw_message_dialog_set_extra_child (dialog, check);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "choose", _("C_hoose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "choose");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_organisation_page_class_init_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "org.import", NULL, org_import_action);
}
