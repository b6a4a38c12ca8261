/* ct-asset-dialog-status.c — an asset's status changed (with its downtime),
 * and a fault reported as a repair ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"
#include "ct-ticket-detail-format.h"

#define STORE(self) (ct_context_get_assets ((self)->context))
#define ACTOR(self) (ct_context_get_user ((self)->context))

static const struct { const char *status, *hint; } status_hints[] = {
  { "in_service",  N_("Ends the open downtime") },
  { "down",        N_("Opens a failure downtime: it counts against availability") },
  { "maintenance", N_("Opens a planned maintenance downtime") },
  { "retired",     N_("Final: a retired asset gets no more tasks and leaves the KPIs") },
};

static void
status_changed_cb (CtAssetDialog *self)
{
  g_autofree char *status = ct_asset_dialog_dup_value (self, "status");

  for (guint i = 0; i < G_N_ELEMENTS (status_hints); i++)
    if (g_str_equal (status, status_hints[i].status))
      ct_asset_dialog_set_hint (self, "status", _(status_hints[i].hint));
}

/* "E-01 1号楼1号客梯 · Down since 2026-11-20 14:00 (电梯困人)". */
static char *
dup_status_intro (CtAssetDialog *self)
{
  CtAsset *asset = self->asset;
  g_autofree char *label = ct_record_dup_label (CT_RECORD (asset));
  g_autoptr(GPtrArray) downtime = ct_asset_store_list_downtime (
    STORE (self), ct_record_get_id (CT_RECORD (asset)), NULL);
  CtDowntime *open = downtime != NULL && downtime->len > 0 ? g_ptr_array_index (downtime, 0)
                                                           : NULL;
  g_autofree char *since = NULL;

  if (open == NULL || open->ended_at != 0)
    return g_strdup_printf ("%s · %s", label, ct_asset_status_label (ct_asset_get_status (asset)));
  since = ct_ticket_detail_format_time (open->started_at, self->tz);
  /* Translators: an asset, its status and since when, e.g. “E-01 … · Down since 2026-11-20 14:00” */
  return g_strdup_printf (_("%s · %s since %s"), label,
                          ct_asset_status_label (ct_asset_get_status (asset)), since);
}

static gboolean
save_status (CtAssetDialog  *self,
             GError        **error)
{
  g_autofree char *status = ct_asset_dialog_dup_value (self, "status");
  g_autofree char *reason = ct_asset_dialog_dup_value (self, "reason");
  g_autoptr(CtRecord) copy = ct_record_copy (self->target);
  gint64 at = 0;

  if (*reason == '\0' && !g_str_equal (status, "in_service"))
    return ct_asset_dialog_fail (error, _("Say why, for example: the elevator stops between "
                                          "floors. It goes into the asset’s history."));
  if (!ct_asset_dialog_get_past_time (self, "at", &at, error)
      || !ct_asset_store_set_status (STORE (self), CT_ASSET (copy), status, reason, 0, at,
                                     ACTOR (self), error))
    return FALSE;
  ct_asset_dialog_set_result (self, copy);
  return TRUE;
}

GtkWidget *
ct_asset_dialog_change_status (GtkWindow *parent,
                               CtContext *ctx,
                               CtAsset   *asset)
{
  g_autoptr(CtAssetChoices) statuses = ct_asset_choices_new ();
  const char *const *keys = ct_asset_statuses ();
  g_autofree char *intro = NULL;
  g_autofree char *now = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("Change Status"), _("C_hange"), save_status);
  ct_asset_dialog_set_asset (self, asset);
  ct_asset_dialog_set_target (self, CT_RECORD (self->asset));
  intro = dup_status_intro (self);
  ct_asset_dialog_set_intro (self, intro);
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_str_equal (keys[i], ct_asset_get_status (asset)))
      ct_asset_choices_add (statuses, keys[i], ct_asset_status_label (keys[i]));
  now = ct_asset_dialog_dup_now_text (self);
  ct_asset_dialog_add_group (self, NULL, NULL);
  ct_asset_dialog_add_choices (self, "status", _("New _status"), statuses, NULL);
  ct_asset_dialog_add_entry (self, "reason", _("_Reason"), NULL);
  ct_asset_dialog_add_entry (self, "at", _("_When (YYYY-MM-DD HH:MM)"), now);
  status_changed_cb (self);
  g_signal_connect (self, "field-changed::status", G_CALLBACK (status_changed_cb), NULL);
  return GTK_WIDGET (self);
}

/* Report fault */

static CtTicket *
read_ticket (CtAssetDialog  *self,
             GError        **error)
{
  g_autofree char *title = NULL;
  g_autofree char *description = ct_asset_dialog_dup_value (self, "description");
  g_autofree char *repair_class = ct_asset_dialog_dup_value (self, "class");
  CtDepartment *engineering = ct_organisation_find_department (
    ct_context_get_organisation (self->context), "engineering");
  CtTicket *ticket;

  title = ct_asset_dialog_dup_required (self, "title", _("Say what is wrong in a few words, "
                                                         "for example: elevator stops between "
                                                         "floors."), error);
  if (title == NULL)
    return NULL;
  ticket = ct_ticket_new ("repair", title);
  g_object_set (ticket, "repair_class", repair_class, "description", description,
                "channel", "inspection", "reporter", ACTOR (self), NULL);
  if (engineering != NULL)
    ct_record_set_int (CT_RECORD (ticket), "department_id",
                       ct_record_get_id (CT_RECORD (engineering)));
  return ticket;
}

static gboolean
save_fault (CtAssetDialog  *self,
            GError        **error)
{
  g_autoptr(CtTicket) ticket = read_ticket (self, error);
  g_autoptr(CtRecord) copy = ct_record_copy (self->target);

  if (ticket == NULL
      || !ct_asset_store_report_fault (STORE (self), ct_context_get_tickets (self->context),
                                       CT_ASSET (copy), ticket,
                                       ct_asset_dialog_get_switch (self, "mark_down"),
                                       ACTOR (self), error))
    return FALSE;
  ct_asset_dialog_set_result (self, ticket);
  return TRUE;
}

GtkWidget *
ct_asset_dialog_report_fault (GtkWindow *parent,
                              CtContext *ctx,
                              CtAsset   *asset)
{
  static const char *const classes[] = { "routine", "emergency", NULL };
  g_autoptr(CtAssetChoices) choices = ct_asset_choices_new ();
  g_autofree char *intro = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("Report Fault"), _("_Report"), save_fault);
  ct_asset_dialog_set_asset (self, asset);
  ct_asset_dialog_set_target (self, CT_RECORD (self->asset));
  intro = ct_record_dup_label (CT_RECORD (asset));
  ct_asset_dialog_set_intro (self, intro);
  for (guint i = 0; classes[i] != NULL; i++)
    ct_asset_choices_add (choices, classes[i], ct_ticket_repair_class_label (classes[i]));
  ct_asset_dialog_add_group (self, NULL, _("A repair ticket is created for the engineering "
                                           "department, linked to this asset."));
  ct_asset_dialog_add_entry (self, "title", _("_What is wrong"), NULL);
  ct_asset_dialog_add_choices (self, "class", _("Repair _class"), choices, "routine");
  ct_asset_dialog_add_switch (self, "mark_down", _("Mark the asset _down"),
                              _("Opens a failure downtime, closed when the ticket is resolved"),
                              FALSE);
  /* Down already: its downtime goes on; under maintenance it may still be marked down. */
  ct_asset_dialog_set_field_visible (self, "mark_down",
                                     !g_str_equal (ct_asset_get_status (asset), "down"));
  ct_asset_dialog_add_text (self, "description", _("_Description"), NULL);
  return GTK_WIDGET (self);
}
