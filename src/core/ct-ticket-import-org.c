/* ct-ticket-import-org.c — sites, buildings, units, departments and staff named
 * by a ticket import: found through hash tables built once, or planned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

static const char *const building_suffixes[] = { "号楼", "栋", "幢", "座", "號樓", "棟", NULL };
static const char *const room_suffixes[] = { "室", "号", "號", NULL };

static char *
strip_suffix (const char        *text,
              const char *const *suffixes)
{
  gsize len = strlen (text);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (text, suffixes[i]) && len > strlen (suffixes[i]))
        return g_strstrip (g_strndup (text, len - strlen (suffixes[i])));
    }
  return g_strdup (text);
}

static char *
child_key (gconstpointer  parent,
           const char    *text,
           const char    *more)
{
  return g_strdup_printf ("%p\x1f%s\x1f%s", parent, text, more ? more : "");
}

/* Indexes */

static void
index_model (GHashTable    *index,
             CtRecordStore *store,
             char        *(*key_func) (CtTicketImport *, CtRecord *, guint),
             CtTicketImport *imp,
             guint          n_keys)
{
  GListModel *model = ct_record_store_get_model (store);
  guint n_items = g_list_model_get_n_items (model);

  for (guint k = 0; k < n_keys; k++)
    {
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(CtRecord) record = g_list_model_get_item (model, i);
          char *key = key_func (imp, record, k);

          if (key != NULL)
            g_hash_table_replace (index, key, g_steal_pointer (&record));
        }
    }
}

/* Names win over codes: they are replaced last. */
static char *
site_key (CtTicketImport *imp,
          CtRecord       *site,
          guint           k)
{
  return g_strdup (ct_record_get_string (site, k == 0 ? "code" : "name"));
}

static char *
building_key (CtTicketImport *imp,
              CtRecord       *building,
              guint           k)
{
  CtRecord *site = ct_record_store_lookup (ct_organisation_get_sites (imp->org),
                                           ct_record_get_int (building, "site_id"));

  return child_key (site, ct_record_get_string (building, k == 0 ? "name" : "code"), NULL);
}

static char *
unit_key (CtTicketImport *imp,
          CtRecord       *unit,
          guint           k)
{
  CtRecord *building = ct_record_store_lookup (ct_organisation_get_buildings (imp->org),
                                               ct_record_get_int (unit, "building_id"));

  return child_key (building, ct_record_get_string (unit, "entrance"),
                    ct_record_get_string (unit, "room"));
}

static char *
department_key (CtTicketImport *imp,
                CtRecord       *department,
                guint           k)
{
  if (k == 0)
    return g_utf8_casefold (ct_record_get_string (department, "code"), -1);
  return g_strdup (ct_record_get_string (department, "name"));
}

static char *
staff_no_key (CtTicketImport *imp,
              CtRecord       *staff,
              guint           k)
{
  return g_strdup (ct_record_get_string (staff, "employee_no"));
}

static void
index_staff_names (CtTicketImport *imp)
{
  GListModel *model = ct_record_store_get_model (ct_organisation_get_staff (imp->org));
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CtRecord) staff = g_list_model_get_item (model, i);
      const char *name = ct_record_get_string (staff, "name");

      /* A name two people share stays in the table without a record. */
      if (g_hash_table_contains (imp->staff_by_name, name))
        g_hash_table_replace (imp->staff_by_name, g_strdup (name), NULL);
      else
        g_hash_table_insert (imp->staff_by_name, g_strdup (name), g_steal_pointer (&staff));
    }
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static GHashTable *
new_index (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

void
ct_ticket_import_index_org (CtTicketImport *imp)
{
  imp->sites = new_index ();
  imp->buildings = new_index ();
  imp->units = new_index ();
  imp->departments = new_index ();
  imp->staff_by_no = new_index ();
  imp->staff_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              unref_nullable);
  index_model (imp->sites, ct_organisation_get_sites (imp->org), site_key, imp, 2);
  index_model (imp->buildings, ct_organisation_get_buildings (imp->org), building_key, imp, 2);
  index_model (imp->units, ct_organisation_get_units (imp->org), unit_key, imp, 1);
  index_model (imp->departments, ct_organisation_get_departments (imp->org), department_key,
               imp, 2);
  index_model (imp->staff_by_no, ct_organisation_get_staff (imp->org), staff_no_key, imp, 1);
  index_staff_names (imp);
}

/* Planned records */

void
ct_ticket_import_parent_free (CtTicketImportParent *parent)
{
  g_clear_object (&parent->record);
  g_clear_object (&parent->link_parent);
  g_free (parent);
}

static void
set_ref (CtRecord   *record,
         const char *field,
         CtRecord   *target)
{
  gint64 id = target != NULL ? ct_record_get_id (target) : 0;

  ct_record_set_int (record, field, target == NULL || id != 0 ? id : CT_TICKET_IMPORT_PENDING_ID);
}

static gboolean
may_create (CtTicketImport  *imp,
            CtTicketColumn   column,
            GError         **error,
            const char      *problem)
{
  g_assert (!imp->saving);
  if (imp->flags & CT_TICKET_IMPORT_CREATE_MISSING)
    return TRUE;
  return ct_ticket_import_cell_error (imp, column, error,
                                      _("%s. Add it first, or let the import create missing "
                                        "sites, buildings, units and departments."), problem);
}

/* Plans the insert of @record_ (transfer full) into @store; returns it, owned
 * by the plan and by @index under @key (transfer full). */
static CtRecord *
plan (CtTicketImport  *imp,
      CtTicketColumn   column,
      CtRecordStore   *store,
      CtRecord        *record_,
      const char      *link_field,
      CtRecord        *link_parent,
      GHashTable      *index,
      char            *key,
      GError         **error)
{
  g_autoptr(CtRecord) record = record_;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *owned_key = key;
  CtTicketImportParent *parent;

  if (link_field != NULL)
    set_ref (record, link_field, link_parent);
  if (!ct_record_validate (record, &local_error))
    {
      ct_ticket_import_cell_error (imp, column, error, "%s", local_error->message);
      return NULL;
    }
  parent = g_new0 (CtTicketImportParent, 1);
  parent->store = store;
  parent->record = g_object_ref (record);
  parent->link_field = link_field;
  if (link_parent != NULL && ct_record_get_id (link_parent) == 0)
    parent->link_parent = g_object_ref (link_parent);
  g_ptr_array_add (imp->planned, parent);
  g_hash_table_replace (index, g_steal_pointer (&owned_key), g_object_ref (record));
  return record;
}

gboolean
ct_ticket_import_save_parents (CtTicketImport  *imp,
                               GError         **error)
{
  for (guint i = 0; i < imp->planned->len; i++)
    {
      CtTicketImportParent *parent = g_ptr_array_index (imp->planned, i);

      if (parent->link_parent != NULL)
        set_ref (parent->record, parent->link_field, parent->link_parent);
      if (!ct_record_store_insert (parent->store, parent->record, imp->actor, error))
        return FALSE;
    }
  return TRUE;
}

/* Places */

static CtRecord *
resolve_site (CtTicketImport  *imp,
              GError         **error)
{
  const char *text = ct_ticket_import_cell (imp, CT_TICKET_COL_SITE);
  CtRecord *site;
  g_autofree char *problem = NULL;

  if (*text == '\0')
    {
      ct_ticket_import_cell_error (imp, CT_TICKET_COL_SITE, error, _("the site is empty"));
      return NULL;
    }
  site = g_hash_table_lookup (imp->sites, text);
  if (site != NULL)
    return site;
  problem = g_strdup_printf (_("there is no site \"%s\""), text);
  if (!may_create (imp, CT_TICKET_COL_SITE, error, problem))
    return NULL;
  imp->counts.n_sites++;
  return plan (imp, CT_TICKET_COL_SITE, ct_organisation_get_sites (imp->org),
               CT_RECORD (ct_site_new (text, text)), NULL, NULL, imp->sites, g_strdup (text),
               error);
}

static CtRecord *
resolve_building (CtTicketImport  *imp,
                  CtRecord        *site,
                  const char      *text,
                  CtTicketColumn   column,
                  GError         **error)
{
  g_autofree char *code = strip_suffix (text, building_suffixes);
  g_autofree char *code_key = child_key (site, code, NULL);
  g_autofree char *name_key = child_key (site, text, NULL);
  g_autofree char *problem = NULL;
  g_autofree char *name = NULL;
  CtRecord *building = g_hash_table_lookup (imp->buildings, code_key);

  if (building == NULL)
    building = g_hash_table_lookup (imp->buildings, name_key);
  if (building != NULL)
    return building;
  problem = g_strdup_printf (_("site \"%s\" has no building \"%s\""),
                             ct_record_get_string (site, "name"), text);
  if (!may_create (imp, column, error, problem))
    return NULL;
  imp->counts.n_buildings++;
  name = g_strdup_printf (C_("default building name", "Building %s"), code);
  return plan (imp, column, ct_organisation_get_buildings (imp->org),
               CT_RECORD (ct_building_new (0, code, name)), "site_id", site, imp->buildings,
               g_steal_pointer (&code_key), error);
}

static CtRecord *
resolve_unit (CtTicketImport  *imp,
              CtRecord        *building,
              const char      *entrance,
              const char      *room,
              GError         **error)
{
  g_autofree char *key = child_key (building, entrance, room);
  g_autofree char *address = NULL;
  g_autofree char *problem = NULL;
  CtRecord *unit = g_hash_table_lookup (imp->units, key);

  if (unit != NULL)
    return unit;
  address = ct_unit_format_address (ct_record_get_string (building, "code"), entrance, room);
  problem = g_strdup_printf (_("there is no unit %s"), address);
  if (!may_create (imp, CT_TICKET_COL_UNIT, error, problem))
    return NULL;
  imp->counts.n_units++;
  return plan (imp, CT_TICKET_COL_UNIT, ct_organisation_get_units (imp->org),
               CT_RECORD (ct_unit_new (0, entrance, room)), "building_id", building, imp->units,
               g_steal_pointer (&key), error);
}

/* Splits the building and unit cells into building, entrance and room; @room
 * stays NULL when the ticket names no unit. */
static gboolean
split_place (CtTicketImport  *imp,
             char           **building,
             CtTicketColumn  *building_column,
             char           **entrance,
             char           **room,
             GError         **error)
{
  const char *building_cell = ct_ticket_import_cell (imp, CT_TICKET_COL_BUILDING);
  const char *unit_cell = ct_ticket_import_cell (imp, CT_TICKET_COL_UNIT);
  g_autofree char *code = NULL, *part = NULL, *number = NULL, *wanted = NULL;

  *building = g_strdup (building_cell);
  *building_column = CT_TICKET_COL_BUILDING;
  if (*unit_cell == '\0')
    return TRUE;
  if (!ct_unit_parse_address (unit_cell, &code, &part, &number))
    {
      if (*building_cell == '\0')
        return ct_ticket_import_cell_error (imp, CT_TICKET_COL_UNIT, error,
                                            _("\"%s\" is not a unit address like 3-2-1201; "
                                              "write the whole address or give the building "
                                              "in its own column"), unit_cell);
      *entrance = g_strdup ("");
      *room = strip_suffix (unit_cell, room_suffixes);
      return TRUE;
    }

  wanted = strip_suffix (building_cell, building_suffixes);
  if (*building_cell == '\0' || g_str_equal (wanted, code))
    {
      g_free (*building);
      *building = g_steal_pointer (&code);
      *building_column = *building_cell == '\0' ? CT_TICKET_COL_UNIT : CT_TICKET_COL_BUILDING;
      *entrance = g_strdup (part != NULL ? part : "");
      *room = g_steal_pointer (&number);
      return TRUE;
    }
  if (part == NULL || *part == '\0')
    {
      /* "2-1201" in building 3: entrance 2, room 1201 */
      *entrance = g_steal_pointer (&code);
      *room = g_steal_pointer (&number);
      return TRUE;
    }
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_UNIT, error,
                                      _("unit %s is not in building %s"), unit_cell,
                                      building_cell);
}

gboolean
ct_ticket_import_place (CtTicketImport  *imp,
                        CtRecord        *ticket,
                        GError         **error)
{
  g_autofree char *building_text = NULL, *entrance = NULL, *room = NULL;
  CtTicketColumn building_column;
  CtRecord *site, *building = NULL, *unit = NULL;

  if (!(site = resolve_site (imp, error))
      || !split_place (imp, &building_text, &building_column, &entrance, &room, error))
    return FALSE;
  if (room != NULL && *building_text == '\0')
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_BUILDING, error,
                                        _("the unit needs a building"));
  if (*building_text != '\0'
      && !(building = resolve_building (imp, site, building_text, building_column, error)))
    return FALSE;
  if (room != NULL && !(unit = resolve_unit (imp, building, entrance, room, error)))
    return FALSE;
  set_ref (ticket, "site_id", site);
  set_ref (ticket, "building_id", building);
  set_ref (ticket, "unit_id", unit);
  return TRUE;
}

/* People */

static CtRecord *
resolve_department (CtTicketImport  *imp,
                    const char      *text,
                    GError         **error)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *problem = NULL;
  CtRecord *department = g_hash_table_lookup (imp->departments, folded);

  if (department == NULL)
    department = g_hash_table_lookup (imp->departments, text);
  if (department != NULL)
    return department;
  problem = g_strdup_printf (_("there is no department \"%s\""), text);
  if (!may_create (imp, CT_TICKET_COL_DEPARTMENT, error, problem))
    return NULL;
  imp->counts.n_departments++;
  return plan (imp, CT_TICKET_COL_DEPARTMENT, ct_organisation_get_departments (imp->org),
               CT_RECORD (ct_department_new (text, text)), NULL, NULL, imp->departments,
               g_strdup (text), error);
}

/* "王芳 (E012)" or "王芳（E012）": the employee number in brackets. */
static char *
bracketed_number (const char *text)
{
  const char *open = strrchr (text, '(');
  const char *wide_open = g_strrstr (text, "（");

  if (g_str_has_suffix (text, ")") && open != NULL)
    return g_strstrip (g_strndup (open + 1, strlen (open) - 2));
  if (g_str_has_suffix (text, "）") && wide_open != NULL)
    return g_strstrip (g_strndup (wide_open + strlen ("（"),
                                  strlen (wide_open) - 2 * strlen ("（")));
  return NULL;
}

static CtRecord *
resolve_staff (CtTicketImport  *imp,
               const char      *text,
               GError         **error)
{
  g_autofree char *number = bracketed_number (text);
  CtRecord *staff = g_hash_table_lookup (imp->staff_by_no, number != NULL ? number : text);

  if (staff == NULL && number == NULL)
    staff = g_hash_table_lookup (imp->staff_by_name, text);
  if (staff != NULL)
    return staff;
  if (number == NULL && g_hash_table_contains (imp->staff_by_name, text))
    ct_ticket_import_cell_error (imp, CT_TICKET_COL_ASSIGNEE, error,
                                 _("more than one member of staff is called \"%s\"; write "
                                   "the employee number instead"), text);
  else
    ct_ticket_import_cell_error (imp, CT_TICKET_COL_ASSIGNEE, error,
                                 _("there is no member of staff \"%s\" (by name or employee "
                                   "number). An import does not create staff: add them "
                                   "first"), text);
  return NULL;
}

gboolean
ct_ticket_import_people (CtTicketImport  *imp,
                         CtRecord        *ticket,
                         GError         **error)
{
  const char *department_text = ct_ticket_import_cell (imp, CT_TICKET_COL_DEPARTMENT);
  const char *staff_text = ct_ticket_import_cell (imp, CT_TICKET_COL_ASSIGNEE);
  CtRecord *department = NULL, *staff = NULL;

  if (*staff_text != '\0' && !(staff = resolve_staff (imp, staff_text, error)))
    return FALSE;
  if (*department_text != '\0'
      && !(department = resolve_department (imp, department_text, error)))
    return FALSE;
  set_ref (ticket, "assignee_id", staff);
  if (department != NULL)
    set_ref (ticket, "department_id", department);
  else if (staff != NULL)
    ct_record_set_int (ticket, "department_id", ct_record_get_int (staff, "department_id"));
  return TRUE;
}
