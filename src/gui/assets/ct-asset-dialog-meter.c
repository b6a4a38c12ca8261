/* ct-asset-dialog-meter.c — a meter of an asset: its code, name, kind (and so
 * its unit) and a note; the meter is where its asset is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"

#define STORE(self) (ct_context_get_assets ((self)->context))

/* "Readings in kWh": the unit follows from the kind. */
static void
kind_changed_cb (CtAssetDialog *self)
{
  g_autofree char *kind = ct_asset_dialog_dup_value (self, "kind");
  g_autofree char *hint = NULL;

  /* Translators: the unit of a meter's readings, kWh or m³ */
  hint = g_strdup_printf (_("Readings in %s"), ct_meter_kind_unit (kind));
  ct_asset_dialog_set_hint (self, "kind", hint);
}

static gboolean
read_meter (CtAssetDialog  *self,
            CtRecord       *meter,
            GError        **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind = ct_asset_dialog_dup_value (self, "kind");
  g_autofree char *note = ct_asset_dialog_dup_value (self, "note");

  code = ct_asset_dialog_dup_required (self, "code", _("Type the meter’s code, as on its "
                                                       "label or in the reading book, for "
                                                       "example E-01."), error);
  if (code == NULL)
    return FALSE;
  name = ct_asset_dialog_dup_required (self, "name", _("Name the meter, for example: 1号楼 "
                                                       "total electricity."), error);
  if (name == NULL)
    return FALSE;
  ct_record_set_string (meter, "code", code);
  ct_record_set_string (meter, "name", name);
  ct_record_set_string (meter, "kind", kind);
  ct_record_set_string (meter, "note", note);
  return TRUE;
}

static gboolean
save_meter (CtAssetDialog  *self,
            GError        **error)
{
  const char *actor = ct_context_get_user (self->context);
  CtRecord *asset = CT_RECORD (self->asset);
  g_autoptr(CtRecord) meter = NULL;

  if (self->target != NULL)
    meter = ct_record_copy (self->target);
  else
    {
      meter = CT_RECORD (ct_meter_new ("", "", "electricity",
                                       ct_record_get_int (asset, "site_id")));
      ct_record_set_int (meter, "asset_id", ct_record_get_id (asset));
    }
  if (!read_meter (self, meter, error))
    return FALSE;
  if (self->target != NULL ? !ct_meter_update (STORE (self), CT_METER (meter), actor, error)
                           : !ct_meter_create (STORE (self), CT_METER (meter), actor, error))
    return FALSE;
  ct_asset_dialog_set_result (self, meter);
  return TRUE;
}

/* A code not taken yet: the asset's code and M1, M2 … */
static char *
dup_free_code (CtAssetDialog *self)
{
  CtRecordStore *meters = ct_meter_get_store (STORE (self));
  const char *base = ct_asset_get_code (self->asset);

  for (guint i = 1; ; i++)
    {
      g_autofree char *code = g_strdup_printf ("%s-M%u", base, i);

      if (ct_record_store_find (meters, "code", code) == NULL)
        return g_steal_pointer (&code);
    }
}

static void
build_form (CtAssetDialog *self,
            CtRecord      *meter)
{
  g_autoptr(CtAssetChoices) kinds = ct_asset_choices_new_vocab (ct_meter_kinds (),
                                                                ct_meter_kind_label);
  g_autofree char *intro = ct_record_dup_label (CT_RECORD (self->asset));

  ct_asset_dialog_set_intro (self, intro);
  ct_asset_dialog_add_group (self, NULL, _("The meter is where its asset is. Its readings are "
                                           "of the meter’s total, entered in the order they "
                                           "were taken."));
  ct_asset_dialog_add_entry (self, "code", _("_Code"), ct_record_get_string (meter, "code"));
  g_object_set_data (G_OBJECT (self), "ct-focus",
                     ct_asset_dialog_add_entry (self, "name", _("_Name"),
                                                ct_record_get_string (meter, "name")));
  ct_asset_dialog_add_choices (self, "kind", _("_Kind"), kinds,
                               ct_record_get_string (meter, "kind"));
  ct_asset_dialog_add_text (self, "note", _("N_ote"), ct_record_get_string (meter, "note"));
  kind_changed_cb (self);
  g_signal_connect (self, "field-changed::kind", G_CALLBACK (kind_changed_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 460);
}

GtkWidget *
ct_asset_dialog_meter (GtkWindow *parent,
                       CtContext *ctx,
                       CtAsset   *asset,
                       CtMeter   *meter)
{
  g_autoptr(CtRecord) copy = NULL;
  g_autofree char *code = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);
  g_return_val_if_fail (meter == NULL || CT_IS_METER (meter), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, meter != NULL ? _("Edit Meter") : _("New Meter"),
                                   _("_Save"), save_meter);
  ct_asset_dialog_set_asset (self, asset);
  if (meter != NULL)
    {
      copy = ct_record_copy (CT_RECORD (meter));
      ct_asset_dialog_set_target (self, copy);
    }
  else
    {
      code = dup_free_code (self);
      /* A pump's meter is most likely a water meter. */
      copy = CT_RECORD (ct_meter_new (code, "", g_str_equal (ct_asset_get_category (asset),
                                                             "water") ? "water" : "electricity",
                                      0));
    }
  build_form (self, copy);
  return GTK_WIDGET (self);
}
