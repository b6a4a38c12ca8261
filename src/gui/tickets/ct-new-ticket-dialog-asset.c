/* ct-new-ticket-dialog-asset.c — the equipment a ticket is about (optional):
 * searched by code or name in the ticket's site; a repair about an asset is
 * saved as a fault report, which can mark the asset down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-new-ticket-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-query.h"
#include "ct-error.h"
#include "ct-new-ticket-dialog-private.h"

#define MAX_ASSET_MATCHES 8

static CtAssetStore *
asset_store (CtNewTicketDialog *self)
{
  return ct_context_get_assets (self->context);
}

static void
set_asset_text (CtNewTicketDialog *self,
                const char        *text)
{
  self->setting_asset_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->asset_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->asset_entry), -1);
  self->setting_asset_text = FALSE;
}

/* The down check only for a repair about a picked asset. */
void
ct_new_ticket_dialog_update_asset (CtNewTicketDialog *self)
{
  gtk_widget_set_visible (self->asset_down_check,
                          self->asset != NULL && g_strcmp0 (self->kind, "repair") == 0);
}

static GtkWidget *
asset_row_new (CtAsset *asset)
{
  g_autofree char *text = g_strdup_printf ("%s · %s · %s", ct_asset_get_code (asset),
                                           ct_asset_get_name (asset),
                                           ct_asset_status_label (ct_asset_get_status (asset)));
  GtkWidget *label = gtk_label_new (text);

  g_object_set (label, "xalign", 0.0f, "ellipsize", PANGO_ELLIPSIZE_END, "margin-top", 6,
                "margin-bottom", 6, "margin-start", 12, "margin-end", 12, NULL);
  return label;
}

static void
search_assets (CtNewTicketDialog *self,
               const char        *text)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autoptr(GArray) ids = NULL;
  GtkWidget *child;

  g_ptr_array_set_size (self->asset_matches, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->asset_list))) != NULL)
    gtk_list_box_remove (self->asset_list, child);
  query.search = text;
  query.site_id = ct_new_ticket_dialog_get_site_id (self);
  if (*text != '\0')
    ids = ct_asset_query_ids (asset_store (self), &query, NULL);
  for (guint i = 0; ids != NULL && i < MIN (ids->len, MAX_ASSET_MATCHES); i++)
    {
      CtAsset *asset = ct_asset_store_load (asset_store (self), g_array_index (ids, gint64, i),
                                            NULL);

      if (asset == NULL)
        continue;
      g_ptr_array_add (self->asset_matches, asset);
      gtk_list_box_append (self->asset_list, asset_row_new (asset));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->asset_list), self->asset_matches->len > 0);
}

gboolean
ct_new_ticket_dialog_pick_asset (CtNewTicketDialog *self,
                                 guint              index)
{
  CtAsset *asset;
  g_autofree char *text = NULL;

  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), FALSE);

  if (index >= self->asset_matches->len)
    return FALSE;
  asset = g_ptr_array_index (self->asset_matches, index);
  g_set_object (&self->asset, asset);
  text = g_strdup_printf ("%s · %s", ct_asset_get_code (asset), ct_asset_get_name (asset));
  set_asset_text (self, text);
  gtk_widget_set_visible (GTK_WIDGET (self->asset_list), FALSE);
  ct_new_ticket_dialog_update_asset (self);
  return TRUE;
}

static void
asset_changed_cb (CtNewTicketDialog *self)
{
  if (self->setting_asset_text)
    return;
  /* Typing again forgets the pick. */
  g_clear_object (&self->asset);
  ct_new_ticket_dialog_update_asset (self);
  search_assets (self, gtk_editable_get_text (GTK_EDITABLE (self->asset_entry)));
}

static void
asset_activate_cb (CtNewTicketDialog *self)
{
  if (self->asset == NULL && self->asset_matches->len > 0)
    ct_new_ticket_dialog_pick_asset (self, 0);
}

static void
asset_row_activated_cb (CtNewTicketDialog *self,
                        GtkListBoxRow     *row)
{
  ct_new_ticket_dialog_pick_asset (self, (guint) gtk_list_box_row_get_index (row));
}

void
ct_new_ticket_dialog_init_asset (CtNewTicketDialog *self)
{
  self->asset_matches = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_object (self->asset_entry, "changed", G_CALLBACK (asset_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->asset_entry, "activate", G_CALLBACK (asset_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->asset_list, "row-activated",
                           G_CALLBACK (asset_row_activated_cb), self, G_CONNECT_SWAPPED);
}

void
ct_new_ticket_dialog_free_asset (CtNewTicketDialog *self)
{
  g_clear_pointer (&self->asset_matches, g_ptr_array_unref);
  g_clear_object (&self->asset);
}

/* Saves @ticket: a repair about an asset as its fault report, another kind
 * linked to it, and without an asset as before. */
gboolean
ct_new_ticket_dialog_store (CtNewTicketDialog  *self,
                            CtTicket           *ticket,
                            GError            **error)
{
  CtTicketStore *tickets = ct_context_get_tickets (self->context);
  const char *actor = ct_context_get_user (self->context);
  gint64 site_id = ct_record_get_int (CT_RECORD (ticket), "site_id");
  g_autoptr(CtRecord) asset = NULL;

  if (self->asset == NULL)
    return ct_ticket_store_create (tickets, ticket, actor, error);
  asset = ct_record_copy (CT_RECORD (self->asset));
  if (site_id != 0 && ct_record_get_int (asset, "site_id") != site_id)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Asset %s is at another site than the caller. Pick an asset of the "
                     "caller’s site, or clear the asset."), ct_asset_get_code (CT_ASSET (asset)));
      return FALSE;
    }
  if (!g_str_equal (ct_ticket_get_kind (ticket), "repair"))
    {
      ct_record_set_int (CT_RECORD (ticket), "asset_id", ct_record_get_id (asset));
      return ct_ticket_store_create (tickets, ticket, actor, error);
    }
  return ct_asset_store_report_fault (asset_store (self), tickets, CT_ASSET (asset), ticket,
                                      gtk_check_button_get_active (
                                        GTK_CHECK_BUTTON (self->asset_down_check)),
                                      actor, error);
}

void
ct_new_ticket_dialog_set_asset_text (CtNewTicketDialog *self,
                                     const char        *text)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->asset_entry), text);
}

guint
ct_new_ticket_dialog_get_n_asset_matches (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), 0);
  return self->asset_matches->len;
}

CtAsset *
ct_new_ticket_dialog_get_asset (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);
  return self->asset;
}

void
ct_new_ticket_dialog_set_mark_down (CtNewTicketDialog *self,
                                    gboolean           mark_down)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->asset_down_check), mark_down);
}
