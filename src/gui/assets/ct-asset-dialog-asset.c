/* ct-asset-dialog-asset.c — a new asset, or the descriptive fields of one:
 * identity, place, equipment, maintenance contract, special equipment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"

#define STORE(self) (ct_context_get_assets ((self)->context))

static const char *const text_fields[] = {
  "manufacturer", "model", "serial", "contractor", "registration_no", "note",
};

static const char *const date_fields[] = {
  "installed_on", "warranty_until", "contract_until", "statutory_due",
};

static char *
id_key (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static CtAssetChoices *
site_choices (CtAssetDialog *self)
{
  GListModel *sites = ct_record_store_get_model (
    ct_organisation_get_sites (ct_context_get_organisation (self->context)));

  return ct_asset_choices_new_records (sites, _("Choose a site"), NULL, 0);
}

static void
fill_buildings (CtAssetDialog *self,
                gint64         site_id,
                gint64         selected)
{
  GListModel *buildings = ct_record_store_get_model (
    ct_organisation_get_buildings (ct_context_get_organisation (self->context)));
  g_autoptr(CtAssetChoices) choices =
    ct_asset_choices_new_records (buildings, _("None (site-wide)"), "site_id", site_id);
  g_autofree char *key = id_key (selected);

  ct_asset_dialog_set_choices_from (self, "building", choices, key);
}

/* Locations of the site, directly under it or in the chosen building. */
static void
fill_locations (CtAssetDialog *self,
                gint64         site_id,
                gint64         building_id,
                gint64         selected)
{
  GListModel *locations = ct_record_store_get_model (ct_asset_store_get_locations (STORE (self)));
  CtRecordStore *buildings = ct_organisation_get_buildings (
    ct_context_get_organisation (self->context));
  g_autoptr(CtAssetChoices) choices = ct_asset_choices_new ();
  g_autofree char *key = id_key (selected);

  ct_asset_choices_add (choices, "0", _("None"));
  for (guint i = 0; i < g_list_model_get_n_items (locations); i++)
    {
      g_autoptr(CtRecord) location = g_list_model_get_item (locations, i);
      gint64 in_building = ct_record_get_int (location, "building_id");
      CtRecord *building = ct_record_store_lookup (buildings, in_building);
      g_autofree char *label = NULL;

      if (ct_record_get_int (location, "site_id") != site_id
          || (building_id != 0 && in_building != 0 && in_building != building_id))
        continue;
      label = building != NULL ? g_strdup_printf ("%s · %s", ct_record_get_string (building, "name"),
                                                  ct_record_get_string (location, "name"))
                               : g_strdup (ct_record_get_string (location, "name"));
      ct_asset_choices_add_id (choices, ct_record_get_id (location), label);
    }
  ct_asset_dialog_set_choices_from (self, "location", choices, key);
}

static void
site_changed_cb (CtAssetDialog *self)
{
  fill_buildings (self, ct_asset_dialog_get_id (self, "site"), 0);
  fill_locations (self, ct_asset_dialog_get_id (self, "site"), 0, 0);
}

static void
building_changed_cb (CtAssetDialog *self)
{
  fill_locations (self, ct_asset_dialog_get_id (self, "site"),
                  ct_asset_dialog_get_id (self, "building"),
                  ct_asset_dialog_get_id (self, "location"));
}

static void
category_changed_cb (CtAssetDialog *self)
{
  g_autofree char *category = ct_asset_dialog_dup_value (self, "category");
  GtkWidget *special = g_object_get_data (G_OBJECT (self), "ct-special-group");

  gtk_widget_set_visible (special, ct_asset_category_is_special (category));
}

static void
add_identity (CtAssetDialog *self,
              CtRecord      *asset)
{
  g_autoptr(CtAssetChoices) categories =
    ct_asset_choices_new_vocab (ct_asset_categories (), ct_asset_category_label);
  g_autoptr(CtAssetChoices) criticalities =
    ct_asset_choices_new_vocab (ct_asset_criticalities (), ct_asset_criticality_label);
  g_autoptr(CtAsset) parent = NULL;
  gint64 parent_id = ct_record_get_int (asset, "parent_id");

  if (parent_id != 0)
    parent = ct_asset_store_load (STORE (self), parent_id, NULL);
  ct_asset_dialog_add_group (self, NULL, NULL);
  ct_asset_dialog_add_entry (self, "code", _("_Code"), ct_record_get_string (asset, "code"));
  ct_asset_dialog_add_entry (self, "name", _("_Name"), ct_record_get_string (asset, "name"));
  ct_asset_dialog_add_choices (self, "category", _("C_ategory"), categories,
                               ct_record_get_string (asset, "category"));
  ct_asset_dialog_add_choices (self, "criticality", _("C_riticality"), criticalities,
                               ct_record_get_string (asset, "criticality"));
  ct_asset_dialog_add_entry (self, "parent", _("_Part of (asset code)"),
                             parent != NULL ? ct_asset_get_code (parent) : "");
}

static void
add_place (CtAssetDialog *self,
           CtRecord      *asset)
{
  g_autoptr(CtAssetChoices) sites = site_choices (self);
  g_autofree char *site = id_key (ct_record_get_int (asset, "site_id"));

  ct_asset_dialog_add_group (self, _("Place"), NULL);
  ct_asset_dialog_add_choices (self, "site", _("_Site"), sites, site);
  ct_asset_dialog_add_choice (self, "building", _("_Building"), NULL, NULL, NULL);
  ct_asset_dialog_add_choice (self, "location", _("_Location"), NULL, NULL, NULL);
  fill_buildings (self, ct_record_get_int (asset, "site_id"),
                  ct_record_get_int (asset, "building_id"));
  fill_locations (self, ct_record_get_int (asset, "site_id"),
                  ct_record_get_int (asset, "building_id"),
                  ct_record_get_int (asset, "location_id"));
}

static void
add_equipment (CtAssetDialog *self,
               CtRecord      *asset)
{
  ct_asset_dialog_add_group (self, _("Equipment"), NULL);
  ct_asset_dialog_add_entry (self, "manufacturer", _("_Manufacturer"),
                             ct_record_get_string (asset, "manufacturer"));
  ct_asset_dialog_add_entry (self, "model", _("Mo_del"), ct_record_get_string (asset, "model"));
  ct_asset_dialog_add_entry (self, "serial", _("S_erial number"),
                             ct_record_get_string (asset, "serial"));
  ct_asset_dialog_add_entry (self, "installed_on", _("_Installed on (YYYY-MM-DD)"),
                             ct_record_get_string (asset, "installed_on"));
  ct_asset_dialog_add_entry (self, "warranty_until", _("_Warranty until (YYYY-MM-DD)"),
                             ct_record_get_string (asset, "warranty_until"));

  ct_asset_dialog_add_group (self, _("Maintenance Contract"), NULL);
  ct_asset_dialog_add_entry (self, "contractor", _("Main_tenance contractor"),
                             ct_record_get_string (asset, "contractor"));
  ct_asset_dialog_add_entry (self, "contract_until", _("Contract _until (YYYY-MM-DD)"),
                             ct_record_get_string (asset, "contract_until"));

  ct_asset_dialog_add_group (self, _("Special Equipment"),
                             _("Elevators and escalators are registered with the market "
                               "regulator and inspected by law."));
  g_object_set_data (G_OBJECT (self), "ct-special-group", self->group);
  ct_asset_dialog_add_entry (self, "registration_no", _("_Registration number"),
                             ct_record_get_string (asset, "registration_no"));
  ct_asset_dialog_add_entry (self, "statutory_due", _("Next statutory _inspection (YYYY-MM-DD)"),
                             ct_record_get_string (asset, "statutory_due"));
  ct_asset_dialog_add_text (self, "note", _("N_ote"), ct_record_get_string (asset, "note"));
}

/* The asset "Part of": its code typed, or none. */
static gboolean
read_parent (CtAssetDialog  *self,
             CtRecord       *asset,
             GError        **error)
{
  g_autofree char *code = ct_asset_dialog_dup_value (self, "parent");
  g_autoptr(CtAsset) parent = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *message = NULL;

  if (*code == '\0')
    {
      ct_record_set_int (asset, "parent_id", 0);
      return TRUE;
    }
  parent = ct_asset_store_find_code (STORE (self), code, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (parent == NULL)
    {
      message = g_strdup_printf (_("No asset has the code “%s”. Type the code of the asset "
                                   "this one is part of, or leave “Part of” empty."), code);
      return ct_asset_dialog_fail (error, message);
    }
  ct_record_set_int (asset, "parent_id", ct_record_get_id (CT_RECORD (parent)));
  return TRUE;
}

static gboolean
read_dates (CtAssetDialog  *self,
            CtRecord       *asset,
            GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    {
      g_autofree char *date = NULL;

      if (!ct_asset_dialog_get_date (self, date_fields[i], &date, error))
        return FALSE;
      ct_record_set_string (asset, date_fields[i], date);
    }
  return TRUE;
}

/* The form into @asset; FALSE with a message saying what is missing. */
static gboolean
read_asset (CtAssetDialog  *self,
            CtRecord       *asset,
            GError        **error)
{
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *category = ct_asset_dialog_dup_value (self, "category");
  g_autofree char *criticality = ct_asset_dialog_dup_value (self, "criticality");

  code = ct_asset_dialog_dup_required (self, "code", _("Type the asset’s code, for example "
                                                       "E-01 (it goes on the label)."), error);
  if (code == NULL)
    return FALSE;
  name = ct_asset_dialog_dup_required (self, "name", _("Type the asset’s name, for example "
                                                       "Building 1 passenger elevator 1."), error);
  if (name == NULL)
    return FALSE;
  if (ct_asset_dialog_get_id (self, "site") == 0)
    return ct_asset_dialog_fail (error, _("Choose the site where the asset is installed."));
  ct_record_set_string (asset, "code", code);
  ct_record_set_string (asset, "name", name);
  ct_record_set_string (asset, "category", category);
  ct_record_set_string (asset, "criticality", criticality);
  ct_record_set_int (asset, "site_id", ct_asset_dialog_get_id (self, "site"));
  ct_record_set_int (asset, "building_id", ct_asset_dialog_get_id (self, "building"));
  ct_record_set_int (asset, "location_id", ct_asset_dialog_get_id (self, "location"));
  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = ct_asset_dialog_dup_value (self, text_fields[i]);

      ct_record_set_string (asset, text_fields[i], value);
    }
  return read_dates (self, asset, error) && read_parent (self, asset, error);
}

static gboolean
save_new (CtAssetDialog  *self,
          GError        **error)
{
  g_autoptr(CtAsset) asset = ct_asset_new ("", "", "other", 0);

  if (!read_asset (self, CT_RECORD (asset), error)
      || !ct_asset_store_create (STORE (self), asset, ct_context_get_user (self->context), error))
    return FALSE;
  ct_asset_dialog_set_result (self, asset);
  return TRUE;
}

static gboolean
save_edit (CtAssetDialog  *self,
           GError        **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (self->target);

  if (!read_asset (self, copy, error)
      || !ct_asset_store_update (STORE (self), CT_ASSET (copy), ct_context_get_user (self->context),
                                 error))
    return FALSE;
  ct_asset_dialog_set_result (self, copy);
  return TRUE;
}

static void
build_form (CtAssetDialog *self,
            CtRecord      *asset)
{
  add_identity (self, asset);
  add_place (self, asset);
  add_equipment (self, asset);
  category_changed_cb (self);
  g_signal_connect (self, "field-changed::category", G_CALLBACK (category_changed_cb), NULL);
  g_signal_connect (self, "field-changed::site", G_CALLBACK (site_changed_cb), NULL);
  g_signal_connect (self, "field-changed::building", G_CALLBACK (building_changed_cb), NULL);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
}

GtkWidget *
ct_asset_dialog_new_asset (GtkWindow *parent,
                           CtContext *ctx,
                           gint64     site_id)
{
  g_autoptr(CtAsset) blank = ct_asset_new ("", "", "elevator", site_id);
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("New Asset"), _("_Save"), save_new);
  build_form (self, CT_RECORD (blank));
  return GTK_WIDGET (self);
}

GtkWidget *
ct_asset_dialog_edit_asset (GtkWindow *parent,
                            CtContext *ctx,
                            CtAsset   *asset)
{
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, _("Edit Asset"), _("_Save"), save_edit);
  ct_asset_dialog_set_asset (self, asset);
  ct_asset_dialog_set_target (self, CT_RECORD (self->asset));
  build_form (self, self->target);
  return GTK_WIDGET (self);
}
