/* ct-building.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-building"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-building.h"
#include "ct-error.h"

struct _CtBuilding
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtBuilding, ct_building, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "site_id",   CT_FIELD_REF,  N_("Site") },
  { "code",      CT_FIELD_TEXT, N_("Building number") },
  { "name",      CT_FIELD_TEXT, N_("Name") },
  { "floors",    CT_FIELD_INT,  N_("Floors") },
  { "entrances", CT_FIELD_INT,  N_("Entrances") },
};

static const CtTableInfo table = {
  "buildings", "building", "site_id, length(code), code, id", fields, G_N_ELEMENTS (fields)
};

static gboolean
check_range (CtRecord    *record,
             const char  *field,
             const char  *label,
             gint64       max,
             GError     **error)
{
  gint64 value = ct_record_get_int (record, field);

  if (value >= 0 && value <= max)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("%s must be between 0 and %d."), label, (int) max);
  return FALSE;
}

static gboolean
ct_building_validate (CtRecord  *record,
                      GError   **error)
{
  const char *code = ct_record_get_string (record, "code");

  if (!ct_record_require_ref (record, "site_id", error)
      || !ct_record_require_text (record, "code", error)
      || !check_range (record, "floors", _("Floors"), 200, error)
      || !check_range (record, "entrances", _("Entrances"), 50, error))
    return FALSE;
  if (strchr (code, '-') != NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Building number “%s” must not contain “-”: it separates the parts "
                     "of a unit address like 3-2-1201."), code);
      return FALSE;
    }
  if (*ct_record_get_string (record, "name") == '\0')
    {
      g_autofree char *name = g_strdup_printf (C_("default building name", "Building %s"), code);

      ct_record_set_string (record, "name", name);
    }
  return TRUE;
}

static char *
ct_building_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "name"));
}

static void
ct_building_class_init (CtBuildingClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_building_validate;
  record_class->dup_label = ct_building_dup_label;
}

static void
ct_building_init (CtBuilding *self)
{
}

CtBuilding *
ct_building_new (gint64      site_id,
                 const char *code,
                 const char *name)
{
  return g_object_new (CT_TYPE_BUILDING, "site_id", site_id, "code", code,
                       "name", name ? name : "", NULL);
}
