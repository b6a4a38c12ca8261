/* ct-record-editor-conflict.c — "Changed by someone else" for the record
 * editor: the fields of the form beside what is saved now, with Reload, Keep
 * Mine or Cancel. The form and what was typed stay until the user decides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-org-section.h"
#include "ct-record-editor-private.h"
#include "ct-staff.h"
#include "widgets/ct-conflict-grid.h"

/* What a field of @record says, as the form shows it. */
static char *
dup_field_text (CtRecordEditor *self,
                CtRecord       *record,
                const CtField  *field)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  gint64 id;
  CtRecord *other;

  switch (field->type)
    {
    case CT_FIELD_TEXT:
      if (CT_IS_STAFF (record) && g_str_equal (field->name, "status"))
        return g_strdup (ct_staff_status_label (ct_record_get_string (record, field->name)));
      return g_strdup (ct_record_get_string (record, field->name));
    case CT_FIELD_DATE:
      return g_strdup (ct_record_get_string (record, field->name));
    case CT_FIELD_REF:
      id = ct_record_get_int (record, field->name);
      if (id == 0)
        return g_strdup ("");
      other = ct_record_store_lookup (ct_org_ref_get_store (org, field->name), id);
      return other != NULL ? ct_org_dup_label (org, other) : g_strdup_printf ("#%" G_GINT64_FORMAT, id);
    case CT_FIELD_INT:
    case CT_FIELD_OPT_INT:
    default:
      return g_strdup_printf ("%" G_GINT64_FORMAT, ct_record_get_int (record, field->name));
    }
}

/* field | in this form | saved now, for the fields that differ. */
static GtkWidget *
differences_new (CtRecordEditor *self,
                 CtRecord       *mine,
                 CtRecord       *theirs)
{
  const CtTableInfo *table = ct_record_get_table (mine);
  GtkWidget *grid = ct_conflict_grid_new (_("In this form"), _("Saved now"));

  for (guint i = 0; i < table->n_fields; i++)
    {
      g_autofree char *a = dup_field_text (self, mine, &table->fields[i]);
      g_autofree char *b = dup_field_text (self, theirs, &table->fields[i]);

      if (g_strcmp0 (a, b) != 0)
        ct_conflict_grid_add (grid, _(table->fields[i].nick), a, b);
    }
  if (ct_conflict_grid_get_n_rows (grid) == 0)
    ct_conflict_grid_add_note (grid, _("No field differs: your form and their version agree."));
  return grid;
}

static void
conflict_response_cb (CtRecordEditor   *self,
                      const char       *response,
                      AdwMessageDialog *dialog)
{
  CtRecord *theirs;

  if (g_strcmp0 (response, "cancel") == 0)
    return;
  theirs = ct_record_store_lookup (self->store, ct_record_get_id (self->record));
  if (theirs == NULL)
    {
      ct_record_editor_show_error (self, _("Someone else deleted this record. Cancel to close "
                                           "the form."));
      return;
    }
  if (g_strcmp0 (response, "mine") == 0)
    {
      /* The form's values onto their version: saved over theirs; both
       * versions stay in the audit log. */
      g_clear_object (&self->record);
      self->record = ct_record_copy (theirs);
      ct_record_editor_save (self);
      return;
    }
  ct_record_editor_reload (self);
}

void
ct_record_editor_show_conflict (CtRecordEditor *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) mine = NULL;
  AdwMessageDialog *dialog;
  CtRecord *theirs;

  /* Their version: read the stores again (what the reload would show). */
  if (!ct_organisation_reload (org, &error))
    {
      ct_record_editor_show_error (self, error->message);
      return;
    }
  theirs = ct_record_store_lookup (self->store, ct_record_get_id (self->record));
  if (theirs == NULL)
    {
      ct_record_editor_show_error (self, _("Someone else deleted this record. Cancel to close "
                                           "the form."));
      return;
    }
  mine = ct_record_copy (self->record);
  ct_record_editor_read_form (self, mine);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changed by Someone Else"), NULL));
  adw_message_dialog_set_body (dialog,
                               _("Someone else saved this record after you opened it, so "
                                 "nothing was saved. Reload to see their version (your changes "
                                 "in this form are replaced), or keep yours: they are saved "
                                 "over theirs, and both stay in the record's history."));
  adw_message_dialog_set_extra_child (dialog, differences_new (self, mine, theirs));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    "mine", _("_Keep Mine"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_appearance (dialog, "mine", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb),
                           self, G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->conflict_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}
