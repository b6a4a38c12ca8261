/* ct-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-database-private.h"
#include "ct-organisation.h"

struct _CtOrganisation
{
  GObject        parent_instance;
  CtDatabase    *db;
  CtRecordStore *sites;
  CtRecordStore *buildings;
  CtRecordStore *units;
  gboolean       units_loaded;  /* on first use: tens of thousands at a large company */
  CtRecordStore *departments;
  CtRecordStore *staff;
};

G_DEFINE_FINAL_TYPE (CtOrganisation, ct_organisation, G_TYPE_OBJECT)

static void
ct_organisation_finalize (GObject *object)
{
  CtOrganisation *self = CT_ORGANISATION (object);

  g_clear_object (&self->sites);
  g_clear_object (&self->buildings);
  g_clear_object (&self->units);
  g_clear_object (&self->departments);
  g_clear_object (&self->staff);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (ct_organisation_parent_class)->finalize (object);
}

static void
ct_organisation_class_init (CtOrganisationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_organisation_finalize;
}

static void
ct_organisation_init (CtOrganisation *self)
{
}

CtOrganisation *
ct_organisation_new (CtDatabase  *db,
                     GError     **error)
{
  g_autoptr(CtOrganisation) self = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  self = g_object_new (CT_TYPE_ORGANISATION, NULL);
  self->db = g_object_ref (db);
  self->sites = ct_record_store_new (db, CT_TYPE_SITE);
  self->buildings = ct_record_store_new (db, CT_TYPE_BUILDING);
  self->units = ct_record_store_new (db, CT_TYPE_UNIT);
  self->departments = ct_record_store_new (db, CT_TYPE_DEPARTMENT);
  self->staff = ct_record_store_new (db, CT_TYPE_STAFF);
  if (!ct_organisation_reload (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

CtDatabase *
ct_organisation_get_database (CtOrganisation *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  return self->db;
}

CtRecordStore *
ct_organisation_get_sites (CtOrganisation *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  return self->sites;
}

CtRecordStore *
ct_organisation_get_buildings (CtOrganisation *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  return self->buildings;
}

CtRecordStore *
ct_organisation_get_units (CtOrganisation *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);

  if (!self->units_loaded)
    {
      /* Set first: reloading notifies, and a handler may ask again. A failed
       * load (the file was busy) is tried again on the next call. */
      self->units_loaded = TRUE;
      if (!ct_record_store_reload (self->units, &error))
        {
          self->units_loaded = FALSE;
          g_warning ("Could not load the units: %s", error->message);
        }
    }
  return self->units;
}

CtRecordStore *
ct_organisation_get_departments (CtOrganisation *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  return self->departments;
}

CtRecordStore *
ct_organisation_get_staff (CtOrganisation *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  return self->staff;
}

gboolean
ct_organisation_reload (CtOrganisation  *self,
                        GError         **error)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (self), FALSE);

  return ct_record_store_reload (self->sites, error)
      && ct_record_store_reload (self->buildings, error)
      && (!self->units_loaded || ct_record_store_reload (self->units, error))
      && ct_record_store_reload (self->departments, error)
      && ct_record_store_reload (self->staff, error);
}

char *
ct_organisation_dup_unit_address (CtOrganisation *self,
                                  CtUnit         *unit)
{
  CtRecord *building;

  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);
  g_return_val_if_fail (CT_IS_UNIT (unit), NULL);

  building = ct_record_store_lookup (self->buildings,
                                     ct_record_get_int (CT_RECORD (unit), "building_id"));
  return ct_unit_format_address (building ? ct_record_get_string (building, "code") : "?",
                                 ct_record_get_string (CT_RECORD (unit), "entrance"),
                                 ct_record_get_string (CT_RECORD (unit), "room"));
}

CtUnit *
ct_organisation_find_unit (CtOrganisation *self,
                           gint64          site_id,
                           const char     *address)
{
  g_autofree char *code = NULL;
  g_autofree char *entrance = NULL;
  g_autofree char *room = NULL;
  GListModel *units;
  guint n;

  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);

  if (!ct_unit_parse_address (address, &code, &entrance, &room))
    return NULL;
  units = ct_record_store_get_model (ct_organisation_get_units (self));
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) unit = g_list_model_get_item (units, i);
      CtRecord *building;

      if (g_strcmp0 (ct_record_get_string (unit, "room"), room) != 0
          || g_strcmp0 (ct_record_get_string (unit, "entrance"), entrance) != 0)
        continue;
      building = ct_record_store_lookup (self->buildings,
                                         ct_record_get_int (unit, "building_id"));
      if (building && g_strcmp0 (ct_record_get_string (building, "code"), code) == 0
          && (site_id == 0 || ct_record_get_int (building, "site_id") == site_id))
        return CT_UNIT (unit);
    }
  return NULL;
}

CtDepartment *
ct_organisation_find_department (CtOrganisation *self,
                                 const char     *text)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CT_IS_ORGANISATION (self), NULL);

  model = ct_record_store_get_model (self->departments);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) dept = g_list_model_get_item (model, i);
      const char *code = ct_record_get_string (dept, "code");

      if (g_ascii_strcasecmp (code, text) == 0
          || g_strcmp0 (ct_record_get_string (dept, "name"), text) == 0)
        return CT_DEPARTMENT (dept);
    }
  return NULL;
}

gboolean
ct_organisation_ensure_default_departments (CtOrganisation  *self,
                                            const char      *actor,
                                            GError         **error)
{
  g_autoptr(GPtrArray) records = NULL;
  const CtDepartmentDefault *defaults;
  guint n;

  g_return_val_if_fail (CT_IS_ORGANISATION (self), FALSE);

  if (ct_record_store_count (self->departments) > 0)
    return TRUE;
  records = g_ptr_array_new_with_free_func (g_object_unref);
  defaults = ct_department_defaults (&n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, ct_department_new (defaults[i].code, _(defaults[i].name)));
  return ct_record_store_insert_all (self->departments, records, actor, error);
}
