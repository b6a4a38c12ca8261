/* ct-asset-dialog-reading.c — a meter reading, and whether the anomaly rule
 * flagged it; the window stays open for the next meter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"
#include "ct-meter.h"
#include "ct-ticket-detail-format.h"

#define STORE(self) (ct_context_get_assets ((self)->context))

static CtMeter *
chosen_meter (CtAssetDialog *self)
{
  CtRecordStore *meters = ct_meter_get_store (STORE (self));

  return CT_METER (ct_record_store_lookup (meters, ct_asset_dialog_get_id (self, "meter")));
}

/* "Last reading 12345.6 kWh on 2026-11-20 14:00". */
static void
meter_changed_cb (CtAssetDialog *self)
{
  CtMeter *meter = chosen_meter (self);
  g_autoptr(GPtrArray) last = NULL;
  CtMeterReading *reading;
  g_autofree char *when = NULL;
  g_autofree char *hint = NULL;

  if (meter == NULL)
    return;
  last = ct_meter_list_readings (STORE (self), ct_record_get_id (CT_RECORD (meter)), 1, NULL);
  if (last == NULL || last->len == 0)
    {
      ct_asset_dialog_set_hint (self, "meter", _("No reading yet"));
      return;
    }
  reading = g_ptr_array_index (last, 0);
  when = ct_ticket_detail_format_time (reading->read_at, self->tz);
  /* Translators: a meter's last value, its unit and when it was read */
  hint = g_strdup_printf (_("Last reading %.1f %s on %s"), reading->value,
                          ct_meter_kind_unit (ct_record_get_string (CT_RECORD (meter), "kind")),
                          when);
  ct_asset_dialog_set_hint (self, "meter", hint);
}

static void
show_verdict (CtAssetDialog        *self,
              const CtMeterReading *reading,
              const char           *unit)
{
  g_autofree char *text = NULL;

  if (reading->anomaly)
    {
      /* Translators: a saved reading the anomaly rule flagged, and why */
      text = g_strdup_printf (_("Saved and flagged as unusual: %s. Check the meter, or look "
                                "for a leak or a fault."), reading->reason);
      ct_asset_dialog_show_note (self, "dialog-warning-symbolic", "warning", text);
      return;
    }
  if (reading->has_consumption)
    /* Translators: a saved reading within the usual range; the use since the last one */
    text = g_strdup_printf (_("Saved: %.1f %s since the last reading, within the usual range."),
                            reading->consumption, unit);
  else
    text = g_strdup (_("Saved: the meter’s first reading."));
  ct_asset_dialog_show_note (self, "emblem-ok-symbolic", "success", text);
}

static gboolean
save_reading (CtAssetDialog  *self,
              GError        **error)
{
  CtMeter *meter = chosen_meter (self);
  const char *user = ct_context_get_user (self->context);
  g_autoptr(CtMeterReading) reading = NULL;
  g_autofree char *now_text = NULL;
  gint64 at = 0;
  double value = 0;

  if (meter == NULL)
    return ct_asset_dialog_fail (error, _("Choose the meter that was read."));
  if (!ct_asset_dialog_get_past_time (self, "read_at", &at, error)
      || !ct_asset_dialog_get_number (self, "value", &value, error)
      || !ct_meter_add_reading (STORE (self), ct_record_get_id (CT_RECORD (meter)), at, value,
                                user, user, &reading, error))
    return FALSE;
  show_verdict (self, reading,
                ct_meter_kind_unit (ct_record_get_string (CT_RECORD (meter), "kind")));
  /* Ready for the next meter of the round. */
  self->stay_open = TRUE;
  ct_asset_dialog_set_value (self, "value", "");
  now_text = ct_asset_dialog_dup_now_text (self);
  ct_asset_dialog_set_value (self, "read_at", now_text);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  meter_changed_cb (self);
  return TRUE;
}

static CtAssetChoices *
meter_choices (CtAssetDialog *self)
{
  g_autoptr(GListModel) meters = ct_meter_list (STORE (self),
                                                ct_record_get_id (CT_RECORD (self->asset)), NULL);
  CtAssetChoices *choices = ct_asset_choices_new ();

  for (guint i = 0; meters != NULL && i < g_list_model_get_n_items (meters); i++)
    {
      g_autoptr(CtRecord) meter = g_list_model_get_item (meters, i);
      /* Translators: a meter's name, code and unit, e.g. “1号楼总电表 (M-01) · kWh” */
      g_autofree char *label = g_strdup_printf (_("%s (%s) · %s"),
                                                ct_record_get_string (meter, "name"),
                                                ct_record_get_string (meter, "code"),
                                                ct_meter_kind_unit (ct_record_get_string (meter,
                                                                                          "kind")));

      ct_asset_choices_add_id (choices, ct_record_get_id (meter), label);
    }
  return choices;
}

GtkWidget *
ct_asset_dialog_reading (GtkWindow *parent,
                         CtContext *ctx,
                         CtAsset   *asset,
                         gint64     meter_id)
{
  g_autoptr(CtAssetChoices) meters = NULL;
  g_autofree char *meter = g_strdup_printf ("%" G_GINT64_FORMAT, meter_id);
  g_autofree char *intro = NULL;
  g_autofree char *now = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("New Reading"), _("_Save"), save_reading);
  ct_asset_dialog_set_asset (self, asset);
  intro = ct_record_dup_label (CT_RECORD (asset));
  ct_asset_dialog_set_intro (self, intro);
  meters = meter_choices (self);
  now = ct_asset_dialog_dup_now_text (self);
  ct_asset_dialog_add_group (self, NULL, ct_meter_anomaly_rule ());
  ct_asset_dialog_add_choices (self, "meter", _("_Meter"), meters, meter);
  ct_asset_dialog_add_entry (self, "read_at", _("Read _at (YYYY-MM-DD HH:MM)"), now);
  /* The meter is chosen already: typing starts with the value. */
  g_object_set_data (G_OBJECT (self), "ct-focus",
                     ct_asset_dialog_add_entry (self, "value", _("_Value on the meter"), NULL));
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 520);
  meter_changed_cb (self);
  g_signal_connect (self, "field-changed::meter", G_CALLBACK (meter_changed_cb), NULL);
  return GTK_WIDGET (self);
}
