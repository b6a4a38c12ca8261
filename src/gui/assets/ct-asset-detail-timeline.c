/* ct-asset-detail-timeline.c — an asset's history: maintenance, faults,
 * tickets, downtime, status changes and unusual readings, newest first,
 * warnings highlighted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-private.h"
#include "ct-ticket-detail-format.h"

static const char *
event_icon (const CtAssetEvent *event)
{
  if (event->warning)
    return "dialog-warning-symbolic";
  switch (event->kind)
    {
    case CT_ASSET_EVENT_CREATED:     return "list-add-symbolic";
    case CT_ASSET_EVENT_STATUS:      return "emblem-synchronizing-symbolic";
    case CT_ASSET_EVENT_DOWNTIME:    return "media-playback-pause-symbolic";
    case CT_ASSET_EVENT_MAINTENANCE: return "emblem-system-symbolic";
    case CT_ASSET_EVENT_TASK:        return "go-next-symbolic";
    case CT_ASSET_EVENT_TICKET:      return "document-edit-symbolic";
    case CT_ASSET_EVENT_READING:     return "power-profile-balanced-symbolic";
    default:                         return "emblem-important-symbolic";
    }
}

static GtkWidget *
text_label_new (const char *text,
                gboolean    selectable)
{
  GtkWidget *label = gtk_label_new (text);

  g_object_set (label, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "selectable", selectable, "focusable", FALSE, NULL);
  return label;
}

static GtkWidget *
event_row_new (CtAssetDetail      *self,
               const CtAssetEvent *event)
{
  g_autofree char *when = ct_ticket_detail_format_time (event->at, self->tz);
  g_autofree char *meta = event->actor != NULL && *event->actor != '\0'
                          ? g_strdup_printf ("%s · %s", when, event->actor) : g_strdup (when);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (event_icon (event));
  GtkWidget *title = text_label_new (event->title, FALSE);
  GtkWidget *label;

  g_object_set (hbox, "margin-top", 8, "margin-bottom", 8, "margin-start", 12, "margin-end", 12,
                NULL);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, event->warning ? "warning" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  event->warning ? _("Warning") : "", -1);
  if (event->warning)
    gtk_widget_add_css_class (title, "warning");
  gtk_box_append (GTK_BOX (box), title);
  if (event->detail != NULL && *event->detail != '\0')
    gtk_box_append (GTK_BOX (box), text_label_new (event->detail, TRUE));
  /* Wraps: a long name of who did it must not widen the pane. */
  label = text_label_new (meta, FALSE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (hbox), icon);
  gtk_box_append (GTK_BOX (hbox), box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), hbox);
  if (event->warning)
    gtk_widget_add_css_class (row, "ct-warning");
  /* A ticket opens in the Tickets tab, when the window can show one. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    event->kind == CT_ASSET_EVENT_TICKET && event->ref_id != 0);
  g_object_set_data (G_OBJECT (row), "ct-ticket-id",
                     GSIZE_TO_POINTER (event->kind == CT_ASSET_EVENT_TICKET ? event->ref_id : 0));
  return row;
}

static void
row_activated_cb (CtAssetDetail *self,
                  GtkListBoxRow *row,
                  GtkListBox    *list)
{
  gint64 ticket_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ct-ticket-id"));

  if (ticket_id != 0)
    ct_asset_detail_open_ticket (self, ticket_id);
}

void
ct_asset_detail_fill_timeline (CtAssetDetail *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  ct_asset_detail_clear_list (self->timeline_list);
  if (g_object_get_data (G_OBJECT (self->timeline_list), "ct-connected") == NULL)
    {
      g_signal_connect_object (self->timeline_list, "row-activated",
                               G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
      g_object_set_data (G_OBJECT (self->timeline_list), "ct-connected", GINT_TO_POINTER (1));
    }
  events = ct_asset_store_timeline (ct_context_get_assets (self->context),
                                    ct_record_get_id (CT_RECORD (self->asset)), &error);
  if (events == NULL)
    {
      gtk_list_box_append (self->timeline_list,
                           ct_asset_detail_note_row_new (error->message, "error"));
      return;
    }
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->timeline_list,
                         event_row_new (self, g_ptr_array_index (events, i)));
  if (events->len == 0)
    gtk_list_box_append (self->timeline_list,
                         ct_asset_detail_note_row_new (_("Nothing has happened yet."), NULL));
}
