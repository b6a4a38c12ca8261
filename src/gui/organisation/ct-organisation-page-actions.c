/* ct-organisation-page-actions.c — add, edit, delete (with undo) and CSV import
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-org-import.h"
#include "ct-organisation-page-private.h"

static GtkWindow *
get_window (CtOrganisationPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static const char *
get_actor (CtOrganisationPage *self)
{
  return ct_context_get_user (ct_page_get_context (CT_PAGE (self)));
}

static void
show_toast (CtOrganisationPage *self,
            const char         *title)
{
  AdwToast *toast = adw_toast_new (title);

  ct_page_show_toast (CT_PAGE (self), toast);
}

void
ct_organisation_page_show_error (CtOrganisationPage *self,
                                 const char         *heading,
                                 const char         *body)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ct_organisation_page_update_actions (CtOrganisationPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean selected = ct_organisation_page_get_selected (self) != NULL;

  gtk_widget_action_set_enabled (widget, "org.add", self->org != NULL);
  gtk_widget_action_set_enabled (widget, "org.edit", selected);
  gtk_widget_action_set_enabled (widget, "org.delete", selected);
  gtk_widget_action_set_enabled (widget, "org.import",
                                 self->org != NULL &&
                                 ct_org_section_can_import (self->section));
}

/* ---- Add and edit ---- */

static void
editor_saved_cb (CtOrganisationPage *self,
                 CtRecord           *record)
{
  g_autofree char *label = ct_org_dup_label (self->org, record);
  g_autofree char *message = g_strdup_printf (_("Saved “%s”"), label);

  if (ct_org_section_for_record (record) == self->section)
    ct_organisation_page_select_record (self, record);
  show_toast (self, message);
}

static CtRecordEditor *
open_editor (CtOrganisationPage *self,
             CtRecordStore      *store,
             CtRecord           *record)
{
  CtRecordEditor *editor;

  editor = ct_record_editor_new (ct_page_get_context (CT_PAGE (self)), store, record);
  gtk_window_set_transient_for (GTK_WINDOW (editor), get_window (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/* A new building or unit starts in the site or building being looked at. */
static void
preset_parent (CtOrganisationPage *self,
               CtOrgSection        section,
               CtRecord           *record)
{
  const char *field;
  CtRecord *selected = ct_organisation_page_get_selected (self);

  if (section != self->section)
    return;
  if (section == CT_ORG_SECTION_BUILDINGS)
    field = "site_id";
  else if (section == CT_ORG_SECTION_UNITS)
    field = "building_id";
  else
    return;

  if (self->filter_id != 0)
    ct_record_set_int (record, field, self->filter_id);
  else if (selected != NULL)
    ct_record_set_int (record, field, ct_record_get_int (selected, field));
}

static CtRecordEditor *
add_in (CtOrganisationPage *self,
        CtOrgSection        section)
{
  CtRecordStore *store;
  g_autoptr(CtRecord) record = NULL;

  if (self->org == NULL)
    return NULL;

  store = ct_org_section_get_store (section, self->org);
  record = g_object_new (ct_record_store_get_record_type (store), NULL);
  preset_parent (self, section, record);
  return open_editor (self, store, record);
}

void
ct_organisation_page_add_in (CtOrganisationPage *self,
                             CtOrgSection        section)
{
  add_in (self, section);
}

CtRecordEditor *
ct_organisation_page_edit (CtOrganisationPage *self,
                           CtRecord           *record)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);

  if (record == NULL)
    return add_in (self, self->section);
  if (self->org == NULL)
    return NULL;
  return open_editor (self,
                      ct_org_section_get_store (ct_org_section_for_record (record), self->org),
                      record);
}

static void
org_add_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (widget);

  add_in (self, self->section);
}

static void
org_edit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (widget);
  CtRecord *record = ct_organisation_page_get_selected (self);

  if (record != NULL)
    ct_organisation_page_edit (self, record);
}

/* ---- Delete and undo ---- */

static void
undo_clicked_cb (CtOrganisationPage *self,
                 AdwToast           *toast)
{
  CtRecord *record = g_object_get_data (G_OBJECT (toast), "ct-record");
  CtOrganisation *org = g_object_get_data (G_OBJECT (toast), "ct-organisation");
  CtRecordStore *store;
  g_autoptr(GError) error = NULL;

  /* Another database may have been opened since. */
  if (record == NULL || org == NULL || org != self->org)
    return;

  store = ct_org_section_get_store (ct_org_section_for_record (record), self->org);
  if (!ct_record_store_restore (store, record, get_actor (self), &error))
    {
      ct_organisation_page_show_error (self, _("Could Not Undo"), error->message);
      return;
    }
  if (ct_org_section_for_record (record) == self->section)
    ct_organisation_page_select_record (self, record);
}

static void
delete_record (CtOrganisationPage *self,
               CtRecord           *record)
{
  CtOrgSection section = ct_org_section_for_record (record);
  CtRecordStore *store = ct_org_section_get_store (section, self->org);
  g_autofree char *label = ct_org_dup_label (self->org, record);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!ct_record_store_delete (store, record, get_actor (self), &error))
    {
      ct_organisation_page_show_error (self,
                                       g_error_matches (error, CT_STORE_ERROR,
                                                        CT_STORE_ERROR_IN_USE)
                                       ? _("Still in Use") : _("Could Not Delete"),
                                       error->message);
      return;
    }

  message = ct_org_section_format_deleted (section, label);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "ct-record", g_object_ref (record),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "ct-organisation", g_object_ref (self->org),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->undo_toast, toast);
  ct_page_show_toast (CT_PAGE (self), toast);
}

static void
delete_response_cb (CtOrganisationPage *self,
                    const char         *response,
                    AdwMessageDialog   *dialog)
{
  CtRecord *record = g_object_get_data (G_OBJECT (dialog), "ct-record");
  CtOrganisation *org = g_object_get_data (G_OBJECT (dialog), "ct-organisation");

  if (g_strcmp0 (response, "delete") == 0 && org == self->org)
    delete_record (self, record);
}

AdwMessageDialog *
ct_organisation_page_confirm_delete (CtOrganisationPage *self,
                                     CtRecord           *record)
{
  AdwMessageDialog *dialog;
  g_autofree char *label = NULL;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);
  g_return_val_if_fail (CT_IS_RECORD (record), NULL);
  g_return_val_if_fail (self->org != NULL, NULL);

  label = ct_org_dup_label (self->org, record);
  heading = ct_org_section_format_delete_question (ct_org_section_for_record (record), label);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_window (self), heading,
                                                       _("You can undo this right after.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "ct-record", g_object_ref (record),
                          g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "ct-organisation", g_object_ref (self->org),
                          g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
org_delete_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (widget);
  CtRecord *record = ct_organisation_page_get_selected (self);

  if (record != NULL)
    ct_organisation_page_confirm_delete (self, record);
}

AdwToast *
ct_organisation_page_get_undo_toast (CtOrganisationPage *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);

  return self->undo_toast;
}

void
ct_organisation_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "org.add", NULL, org_add_action);
  gtk_widget_class_install_action (widget_class, "org.edit", NULL, org_edit_action);
  gtk_widget_class_install_action (widget_class, "org.delete", NULL, org_delete_action);
  ct_organisation_page_class_init_import (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "org.delete", NULL);
}
