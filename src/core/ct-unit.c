/* ct-unit.c — units and their addresses ("3-2-1201")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-unit"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-unit.h"

struct _CtUnit
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtUnit, ct_unit, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "building_id", CT_FIELD_REF,  N_("Building") },
  { "entrance",    CT_FIELD_TEXT, N_("Entrance") },
  { "room",        CT_FIELD_TEXT, N_("Room") },
  { "floor",       CT_FIELD_INT,  N_("Floor") },
  { "owner_name",  CT_FIELD_TEXT, N_("Owner") },
  { "owner_phone", CT_FIELD_TEXT, N_("Owner phone") },
  { "note",        CT_FIELD_TEXT, N_("Note") },
};

static const CtTableInfo table = {
  "units", "unit", "building_id, entrance, length(room), room, id", fields, G_N_ELEMENTS (fields)
};

static gboolean
check_part (CtRecord    *record,
            const char  *field,
            const char  *label,
            GError     **error)
{
  const char *value = ct_record_get_string (record, field);

  if (strchr (value, '-') == NULL)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("%s “%s” must not contain “-”: it separates the parts of a unit address."),
               label, value);
  return FALSE;
}

static gboolean
ct_unit_validate (CtRecord  *record,
                  GError   **error)
{
  gint64 floor = ct_record_get_int (record, "floor");

  if (!ct_record_require_ref (record, "building_id", error)
      || !ct_record_require_text (record, "room", error)
      || !check_part (record, "room", _("Room"), error)
      || !check_part (record, "entrance", _("Entrance"), error)
      || !ct_record_check_phone (record, "owner_phone", error))
    return FALSE;
  if (floor < -10 || floor > 200)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Floor %d is not between −10 and 200."), (int) floor);
      return FALSE;
    }
  return TRUE;
}

static char *
ct_unit_dup_label (CtRecord *record)
{
  const char *entrance = ct_record_get_string (record, "entrance");
  const char *room = ct_record_get_string (record, "room");

  return *entrance ? g_strdup_printf ("%s-%s", entrance, room) : g_strdup (room);
}

static void
ct_unit_class_init (CtUnitClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_unit_validate;
  record_class->dup_label = ct_unit_dup_label;
}

static void
ct_unit_init (CtUnit *self)
{
}

CtUnit *
ct_unit_new (gint64      building_id,
             const char *entrance,
             const char *room)
{
  return g_object_new (CT_TYPE_UNIT, "building_id", building_id,
                       "entrance", entrance ? entrance : "", "room", room, NULL);
}

char *
ct_unit_format_address (const char *building_code,
                        const char *entrance,
                        const char *room)
{
  if (entrance && *entrance)
    return g_strdup_printf ("%s-%s-%s", building_code, entrance, room);
  return g_strdup_printf ("%s-%s", building_code, room);
}

gboolean
ct_unit_parse_address (const char  *text,
                       char       **building_code,
                       char       **entrance,
                       char       **room)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  /* 3-2-1201, 3-1201, 3栋2单元1201室, 3号楼2单元1201, 3幢1201, 3棟2單元1201 */
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (
      "^\\s*([^-\\s栋幢座号棟號]+)(?:-|号楼|栋|幢|座|號樓|棟)\\s*"
      "(?:([^-\\s单元單]+)(?:-|单元|單元)\\s*)?([^-\\s室]+)室?\\s*$", G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;
  if (building_code)
    *building_code = g_match_info_fetch (match, 1);
  if (entrance)
    *entrance = g_match_info_fetch (match, 2);
  if (room)
    *room = g_match_info_fetch (match, 3);
  return TRUE;
}
