/* ct-asset-detail-meters.c — an asset's meters with their last readings and
 * how many were unusual; a new reading or an edit from each row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-private.h"
#include "ct-ticket-detail-format.h"

/* "Last reading 12345.6 kWh on 2026-11-20 14:00 · +320.5", the reading's
 * anomaly if any, and how many were unusual in the last 12 months. */
static char *
dup_meter_subtitle (CtAssetDetail        *self,
                    const CtMeterReading *reading,
                    const char           *unit,
                    guint                 n_anomalies)
{
  g_autofree char *when = NULL;
  GString *text = g_string_new (NULL);

  if (reading == NULL)
    g_string_append (text, _("No reading yet"));
  else
    {
      when = ct_ticket_detail_format_time (reading->read_at, self->tz);
      /* Translators: a meter's last value, its unit and when it was read */
      g_string_printf (text, _("Last reading %.1f %s on %s"), reading->value, unit, when);
    }
  if (reading != NULL && reading->has_consumption)
    g_string_append_printf (text, " · %+.1f", reading->consumption);
  if (reading != NULL && reading->anomaly)
    g_string_append_printf (text, "\n%s", reading->reason);
  if (n_anomalies > 0)
    {
      g_string_append_c (text, '\n');
      /* Translators: how many readings of a meter were flagged */
      g_string_append_printf (text, ngettext ("%u unusual reading in the last 12 months",
                                              "%u unusual readings in the last 12 months",
                                              n_anomalies), n_anomalies);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
meter_row_new (CtAssetDetail *self,
               CtRecord      *meter,
               guint          n_anomalies)
{
  CtAssetStore *store = ct_context_get_assets (self->context);
  const char *unit = ct_meter_kind_unit (ct_record_get_string (meter, "kind"));
  g_autoptr(GPtrArray) last = ct_meter_list_readings (store, ct_record_get_id (meter), 1, NULL);
  CtMeterReading *reading = last != NULL && last->len > 0 ? g_ptr_array_index (last, 0) : NULL;
  g_autofree char *title = g_strdup_printf ("%s (%s)", ct_record_get_string (meter, "name"),
                                            ct_record_get_string (meter, "code"));
  g_autofree char *subtitle = dup_meter_subtitle (self, reading, unit, n_anomalies);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit;
  gboolean anomaly = reading != NULL && reading->anomaly;
  const char *icon = anomaly ? "dialog-warning-symbolic" : "power-profile-balanced-symbolic";

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             ct_asset_detail_prefix_icon_new (icon,
                                                              anomaly ? "warning" : "dim-label"));
  if (anomaly)
    gtk_widget_set_tooltip_text (row, ct_meter_anomaly_rule ());
  /* Icons: the row's text needs the room in a narrow pane. */
  if (!g_str_equal (ct_asset_get_status (self->asset), "retired"))
    {
      GtkWidget *add = ct_asset_detail_row_button_new (NULL, "list-add-symbolic", "asset.reading",
                                                       ct_record_get_id (meter));

      gtk_widget_set_tooltip_text (add, _("New Reading…"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
    }
  edit = ct_asset_detail_row_button_new (NULL, "document-edit-symbolic", "asset.edit-meter",
                                         ct_record_get_id (meter));
  gtk_widget_set_tooltip_text (edit, _("Edit the meter"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  return row;
}

/* Flagged readings of @meter_id among @anomalies. */
static guint
count_anomalies (GPtrArray *anomalies,
                 gint64     meter_id)
{
  guint n = 0;

  for (guint i = 0; anomalies != NULL && i < anomalies->len; i++)
    n += ((CtMeterReading *) g_ptr_array_index (anomalies, i))->meter_id == meter_id;
  return n;
}

void
ct_asset_detail_fill_meters (CtAssetDetail *self)
{
  guint n = self->meters != NULL ? g_list_model_get_n_items (self->meters) : 0;
  gint64 year_ago = ct_clock_now (ct_context_get_clock (self->context)) - 365 * 24 * 3600;
  g_autoptr(GPtrArray) anomalies = NULL;

  ct_asset_detail_clear_list (self->meters_list);
  if (self->meters == NULL)
    {
      gtk_list_box_append (self->meters_list,
                           ct_asset_detail_note_row_new (_("The meters could not be read."),
                                                         "error"));
      return;
    }
  if (n == 0)
    gtk_list_box_append (self->meters_list,
                         ct_asset_detail_note_row_new (_("No meter. Add the electricity, water "
                                                         "or gas meter of this asset to record "
                                                         "its readings."), NULL));
  else
    anomalies = ct_meter_list_anomalies (ct_context_get_assets (self->context),
                                         ct_record_get_id (CT_RECORD (self->asset)), year_ago,
                                         NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) meter = g_list_model_get_item (self->meters, i);

      gtk_list_box_append (self->meters_list,
                           meter_row_new (self, meter,
                                          count_anomalies (anomalies, ct_record_get_id (meter))));
    }
}
