/* ct-org-import-units.c — importing units and their owners
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-org-import-private.h"

enum { U_SITE, U_BUILDING, U_ENTRANCE, U_ROOM, U_UNIT, U_FLOOR, U_OWNER_NAME, U_OWNER_PHONE,
       U_NOTE };

static const CtOrgImportColumn unit_columns[] = {
  [U_SITE]        = { "site", "项目|小区|项目名称|項目|社區|小區|項目名稱", NULL, TRUE },
  [U_BUILDING]    = { "building", "楼栋|楼号|栋|樓棟|樓號|棟", "building_id", FALSE },
  [U_ENTRANCE]    = { "entrance", "单元|單元", "entrance", FALSE },
  [U_ROOM]        = { "room", "房号|房间号|室|房號|房間號", "room", FALSE },
  [U_UNIT]        = { "unit", "address|房屋|地址|房屋地址", NULL, FALSE },
  [U_FLOOR]       = { "floor", "楼层|樓層", "floor", FALSE },
  [U_OWNER_NAME]  = { "owner_name", "owner|业主|业主姓名|業主|業主姓名", "owner_name", FALSE },
  [U_OWNER_PHONE] = { "owner_phone", "phone|电话|联系电话|手机|业主电话|電話|聯絡電話|手機|業主電話", "owner_phone", FALSE },
  [U_NOTE]        = { "note", "备注|備註", "note", FALSE },
};

/* The highest floor ct_unit_validate () accepts. */
#define UNIT_MAX_FLOOR 200

static const char *const building_suffixes[] = { "号楼", "栋", "幢", "座", "號樓", "棟", NULL };
static const char *const entrance_suffixes[] = { "单元", "單元", NULL };
static const char *const room_suffixes[] = { "室", "号", "號", NULL };
static const char *const floor_suffixes[] = { "层", "楼", "F", "f", NULL };

/* The building of @site whose code is @code or whose name is @text; owned by
 * the store's model. */
static CtRecord *
find_building (CtOrgImport *imp,
               CtRecord    *site,
               const char  *text,
               const char  *code)
{
  GListModel *model = ct_record_store_get_model (ct_organisation_get_buildings (imp->org));
  gint64 site_id = ct_record_get_id (site);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; site_id != 0 && i < n_items; i++)
    {
      CtRecord *building = g_list_model_get_item (model, i);
      gboolean match = ct_record_get_int (building, "site_id") == site_id
                       && (g_str_equal (ct_record_get_string (building, "code"), code)
                           || g_str_equal (ct_record_get_string (building, "name"), text));

      g_object_unref (building);
      if (match)
        return building;
    }
  return NULL;
}

static CtRecord *
create_building (CtOrgImport  *imp,
                 CtRecord     *site,
                 const char   *code,
                 guint         column,
                 GError      **error)
{
  CtRecordStore *buildings = ct_organisation_get_buildings (imp->org);
  g_autofree char *name = g_strdup_printf (C_("default building name", "Building %s"), code);
  CtOrgImportWrite *w = ct_org_import_write_new (buildings,
                                                 CT_RECORD (ct_building_new (0, code, name)),
                                                 imp->table.line, FALSE);

  ct_org_import_write_link (w, "site_id", site);
  return ct_org_import_create_parent (imp, column, w, error);
}

static CtRecord *
resolve_building (CtOrgImport  *imp,
                  CtRecord     *site,
                  const char   *text,
                  guint         column,
                  GError      **error)
{
  g_autofree char *code = ct_org_import_strip_suffix (text, building_suffixes);
  g_autofree char *kind = g_strdup_printf ("building\x1f%p", (gpointer) site);
  CtRecord *building;

  if (*code == '\0')
    {
      ct_org_import_cell_error (imp, column, error, _("the building is empty"));
      return NULL;
    }

  building = ct_org_import_lookup_parent (imp, kind, code);
  if (building == NULL)
    building = find_building (imp, site, text, code);
  if (building == NULL
      && ct_org_import_may_create (imp, column, error, _("site \"%s\" has no building \"%s\""),
                                   ct_record_get_string (site, "name"), text))
    building = create_building (imp, site, code, column, error);
  return ct_org_import_remember_parent (imp, kind, code, building);
}

/* Units */

static char *
unit_key (gint64      building_id,
          const char *entrance,
          const char *room)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "\x1f%s\x1f%s", building_id, entrance, room);
}

static GHashTable *
index_units (CtOrganisation *org)
{
  GListModel *model = ct_record_store_get_model (ct_organisation_get_units (org));
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      CtRecord *unit = g_list_model_get_item (model, i);

      g_hash_table_replace (index, unit_key (ct_record_get_int (unit, "building_id"),
                                             ct_record_get_string (unit, "entrance"),
                                             ct_record_get_string (unit, "room")), unit);
    }
  return index;
}

static CtRecord *
find_unit (CtOrgImport *imp,
           CtRecord    *building,
           const char  *entrance,
           const char  *room)
{
  gint64 building_id = ct_record_get_id (building);
  g_autofree char *key = NULL;

  if (building_id == 0)
    return NULL;
  if (imp->units == NULL)
    imp->units = index_units (imp->org);

  key = unit_key (building_id, entrance, room);
  return g_hash_table_lookup (imp->units, key);
}

/* 1201 → 12, 502 → 5; 0 (unknown) when the room number does not say. */
static gint64
floor_from_room (const char *room)
{
  gsize n_digits = strspn (room, "0123456789");
  g_autofree char *digits = NULL;
  gint64 level;

  if (n_digits <= 2 || n_digits > 5)
    return 0;
  digits = g_strndup (room, n_digits - 2);
  level = g_ascii_strtoll (digits, NULL, 10);
  return level <= UNIT_MAX_FLOOR ? level : 0;
}

static gboolean
fill_unit (CtOrgImport  *imp,
           CtRecord     *unit,
           GError      **error)
{
  const char *level_text = ct_org_import_cell (imp, U_FLOOR);
  g_autofree char *level_number = ct_org_import_strip_suffix (level_text, floor_suffixes);
  gint64 level = 0;

  if (*level_text != '\0'
      && !g_ascii_string_to_signed (level_number, 10, -1000, 1000, &level, NULL))
    return ct_org_import_cell_error (imp, U_FLOOR, error,
                                     _("\"%s\" is not a floor number"), level_text);
  if (*level_text != '\0')
    ct_record_set_int (unit, "floor", level);

  ct_org_import_set_text (imp, unit, U_OWNER_NAME);
  ct_org_import_set_text (imp, unit, U_NOTE);
  return ct_org_import_set_phone (imp, unit, U_OWNER_PHONE, error);
}

static gboolean
plan_unit (CtOrgImport  *imp,
           CtRecord     *building,
           const char   *entrance,
           const char   *room,
           GError      **error)
{
  CtRecordStore *units = ct_organisation_get_units (imp->org);
  CtRecord *existing = find_unit (imp, building, entrance, room);
  g_autoptr(CtOrgImportWrite) w = NULL;

  if (existing != NULL)
    {
      w = ct_org_import_write_new (units, ct_record_copy (existing), imp->table.line, TRUE);
    }
  else
    {
      w = ct_org_import_write_new (units, CT_RECORD (ct_unit_new (0, entrance, room)),
                                   imp->table.line, FALSE);
      ct_org_import_write_link (w, "building_id", building);
      ct_record_set_int (w->record, "floor", floor_from_room (room));
    }

  if (!fill_unit (imp, w->record, error))
    return FALSE;
  return ct_org_import_push_write (imp, g_steal_pointer (&w), existing, error);
}

static gboolean
split_unit (CtOrgImport  *imp,
            char        **building,
            char        **entrance,
            char        **room,
            GError      **error)
{
  const char *address = ct_org_import_cell (imp, U_UNIT);

  if (imp->cell_of[U_UNIT] < 0)
    {
      *building = g_strdup (ct_org_import_cell (imp, U_BUILDING));
      *entrance = ct_org_import_strip_suffix (ct_org_import_cell (imp, U_ENTRANCE),
                                              entrance_suffixes);
      *room = ct_org_import_strip_suffix (ct_org_import_cell (imp, U_ROOM), room_suffixes);
      return TRUE;
    }

  if (!ct_unit_parse_address (address, building, entrance, room))
    return ct_org_import_cell_error (imp, U_UNIT, error,
                                     _("\"%s\" is not a unit address like 3-2-1201"), address);
  if (*entrance == NULL)
    *entrance = g_strdup ("");
  return TRUE;
}

static gboolean
import_unit_row (CtOrgImport  *imp,
                 GError      **error)
{
  gboolean by_address = imp->cell_of[U_UNIT] >= 0;
  g_autofree char *building_text = NULL;
  g_autofree char *entrance = NULL;
  g_autofree char *room = NULL;
  g_autofree char *address = NULL;
  CtRecord *site = NULL;
  CtRecord *building = NULL;
  guint first;

  if (!split_unit (imp, &building_text, &entrance, &room, error)
      || !(site = ct_org_import_resolve_site (imp, U_SITE, error))
      || !(building = resolve_building (imp, site, building_text,
                                        by_address ? U_UNIT : U_BUILDING, error)))
    return FALSE;

  first = ct_org_import_seen_before (imp, g_strdup_printf ("%p\x1f%s\x1f%s", (gpointer) building,
                                                           entrance, room));
  if (first == 0)
    return plan_unit (imp, building, entrance, room, error);

  address = ct_unit_format_address (ct_record_get_string (building, "code"), entrance, room);
  return ct_org_import_cell_error (imp, by_address ? U_UNIT : U_ROOM, error,
                                   _("unit %s is also on line %u"), address, first);
}

static gboolean
check_unit_header (CtOrgImport  *imp,
                   GError      **error)
{
  if (imp->cell_of[U_UNIT] < 0 && imp->cell_of[U_BUILDING] < 0)
    return ct_org_import_missing_column_error (imp, U_BUILDING, error);
  if (imp->cell_of[U_UNIT] < 0 && imp->cell_of[U_ROOM] < 0)
    return ct_org_import_missing_column_error (imp, U_ROOM, error);

  for (guint column = U_BUILDING; imp->cell_of[U_UNIT] >= 0 && column <= U_ROOM; column++)
    {
      if (imp->cell_of[column] >= 0)
        return ct_org_import_header_error (imp, imp->cell_of[column],
                                           _("use either this column or the column \"unit\", "
                                             "not both."), error);
    }
  return TRUE;
}

G_STATIC_ASSERT (G_N_ELEMENTS (unit_columns) <= CT_ORG_IMPORT_MAX_COLUMNS);

const CtOrgImportKind ct_org_import_unit_kind = {
  unit_columns, G_N_ELEMENTS (unit_columns), check_unit_header, import_unit_row,
};
