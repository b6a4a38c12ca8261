/* ct-org-section.c — the five sections of the Organisation tab and their words
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-section"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-org-section.h"

static const char * const section_ids[CT_ORG_N_SECTIONS] = {
  "sites", "buildings", "units", "departments", "staff",
};

const char *
ct_org_section_get_id (CtOrgSection section)
{
  g_return_val_if_fail (section < CT_ORG_N_SECTIONS, NULL);
  return section_ids[section];
}

gboolean
ct_org_section_from_id (const char   *id,
                        CtOrgSection *section)
{
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < CT_ORG_N_SECTIONS; i++)
    if (g_str_equal (id, section_ids[i]))
      {
        *section = (CtOrgSection) i;
        return TRUE;
      }
  return FALSE;
}

CtOrgSection
ct_org_section_for_record (CtRecord *record)
{
  if (CT_IS_SITE (record))
    return CT_ORG_SECTION_SITES;
  if (CT_IS_BUILDING (record))
    return CT_ORG_SECTION_BUILDINGS;
  if (CT_IS_UNIT (record))
    return CT_ORG_SECTION_UNITS;
  if (CT_IS_DEPARTMENT (record))
    return CT_ORG_SECTION_DEPARTMENTS;
  g_return_val_if_fail (CT_IS_STAFF (record), CT_ORG_SECTION_STAFF);
  return CT_ORG_SECTION_STAFF;
}

CtRecordStore *
ct_org_section_get_store (CtOrgSection    section,
                          CtOrganisation *org)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (org), NULL);

  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return ct_organisation_get_sites (org);
    case CT_ORG_SECTION_BUILDINGS:   return ct_organisation_get_buildings (org);
    case CT_ORG_SECTION_UNITS:       return ct_organisation_get_units (org);
    case CT_ORG_SECTION_DEPARTMENTS: return ct_organisation_get_departments (org);
    case CT_ORG_SECTION_STAFF:       return ct_organisation_get_staff (org);
    default:                         g_return_val_if_reached (NULL);
    }
}

int
ct_org_section_get_parent (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_BUILDINGS: return CT_ORG_SECTION_SITES;
    case CT_ORG_SECTION_UNITS:     return CT_ORG_SECTION_BUILDINGS;
    case CT_ORG_SECTION_STAFF:     return CT_ORG_SECTION_DEPARTMENTS;
    case CT_ORG_SECTION_SITES:
    case CT_ORG_SECTION_DEPARTMENTS:
    default:                       return -1;
    }
}

gboolean
ct_org_section_can_import (CtOrgSection section)
{
  return section == CT_ORG_SECTION_UNITS || section == CT_ORG_SECTION_STAFF;
}

/* The icons of the sidebar in ct-organisation-page.ui. */
const char *
ct_org_section_get_icon_name (CtOrgSection section)
{
  static const char * const icons[CT_ORG_N_SECTIONS] = {
    "find-location-symbolic", "go-home-symbolic", "view-grid-symbolic",
    "folder-symbolic", "system-users-symbolic",
  };

  g_return_val_if_fail (section < CT_ORG_N_SECTIONS, NULL);
  return icons[section];
}

const char *
ct_org_section_get_new_title (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return _("New Site");
    case CT_ORG_SECTION_BUILDINGS:   return _("New Building");
    case CT_ORG_SECTION_UNITS:       return _("New Unit");
    case CT_ORG_SECTION_DEPARTMENTS: return _("New Department");
    case CT_ORG_SECTION_STAFF:       return _("New Staff Member");
    default:                         g_return_val_if_reached (NULL);
    }
}

const char *
ct_org_section_get_add_label (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return _("_Add Site");
    case CT_ORG_SECTION_BUILDINGS:   return _("_Add Building");
    case CT_ORG_SECTION_UNITS:       return _("_Add Unit");
    case CT_ORG_SECTION_DEPARTMENTS: return _("_Add Department");
    case CT_ORG_SECTION_STAFF:       return _("_Add Staff Member");
    default:                         g_return_val_if_reached (NULL);
    }
}

const char *
ct_org_section_get_empty_title (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return _("No Sites Yet");
    case CT_ORG_SECTION_BUILDINGS:   return _("No Buildings Yet");
    case CT_ORG_SECTION_UNITS:       return _("No Units Yet");
    case CT_ORG_SECTION_DEPARTMENTS: return _("No Departments Yet");
    case CT_ORG_SECTION_STAFF:       return _("No Staff Yet");
    default:                         g_return_val_if_reached (NULL);
    }
}

static const char *
get_orphan_description (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_BUILDINGS:
      return _("Buildings belong to a site. Add the site first, or import units from a "
               "CSV file and create the missing sites and buildings.");
    case CT_ORG_SECTION_UNITS:
      return _("Units belong to a building. Add a building first, or import units from a "
               "CSV file and create the missing sites and buildings.");
    case CT_ORG_SECTION_STAFF:
      return _("Staff belong to a department. Add a department first, or import staff from "
               "a CSV file and create the missing departments.");
    case CT_ORG_SECTION_SITES:
    case CT_ORG_SECTION_DEPARTMENTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ct_org_section_get_empty_description (CtOrgSection section,
                                      gboolean     have_parent)
{
  if (!have_parent)
    return get_orphan_description (section);

  switch (section)
    {
    case CT_ORG_SECTION_SITES:
      return _("A site is a residential compound or project that your company manages.");
    case CT_ORG_SECTION_BUILDINGS:
      return _("Buildings belong to a site. Add them one by one, or import units from a "
               "CSV file and let Caretaker create the missing buildings.");
    case CT_ORG_SECTION_UNITS:
      return _("Units are the flats and shops of a building, with their owners. Import "
               "them from a CSV file or add them one by one.");
    case CT_ORG_SECTION_DEPARTMENTS:
      return _("Departments group your staff: customer service, security, cleaning, "
               "engineering, landscaping and management.");
    case CT_ORG_SECTION_STAFF:
      return _("Import your staff from a CSV file or add them one by one.");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ct_org_section_get_search_hint (CtOrgSection section)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return _("Search sites");
    case CT_ORG_SECTION_BUILDINGS:   return _("Search buildings");
    case CT_ORG_SECTION_UNITS:       return _("Search units, owners, phones");
    case CT_ORG_SECTION_DEPARTMENTS: return _("Search departments");
    case CT_ORG_SECTION_STAFF:       return _("Search staff");
    default:                         g_return_val_if_reached (NULL);
    }
}

char *
ct_org_section_format_edit_title (CtOrgSection  section,
                                  const char   *label)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return g_strdup_printf (_("Site %s"), label);
    case CT_ORG_SECTION_BUILDINGS:   return g_strdup_printf (_("Building %s"), label);
    case CT_ORG_SECTION_UNITS:       return g_strdup_printf (_("Unit %s"), label);
    case CT_ORG_SECTION_DEPARTMENTS: return g_strdup_printf (_("Department %s"), label);
    case CT_ORG_SECTION_STAFF:       return g_strdup_printf (_("Staff Member %s"), label);
    default:                         g_return_val_if_reached (NULL);
    }
}

char *
ct_org_section_format_delete_question (CtOrgSection  section,
                                       const char   *label)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return g_strdup_printf (_("Delete site %s?"), label);
    case CT_ORG_SECTION_BUILDINGS:   return g_strdup_printf (_("Delete building %s?"), label);
    case CT_ORG_SECTION_UNITS:       return g_strdup_printf (_("Delete unit %s?"), label);
    case CT_ORG_SECTION_DEPARTMENTS: return g_strdup_printf (_("Delete department %s?"), label);
    case CT_ORG_SECTION_STAFF:       return g_strdup_printf (_("Delete staff member %s?"), label);
    default:                         g_return_val_if_reached (NULL);
    }
}

char *
ct_org_section_format_deleted (CtOrgSection  section,
                               const char   *label)
{
  switch (section)
    {
    case CT_ORG_SECTION_SITES:       return g_strdup_printf (_("Site %s deleted"), label);
    case CT_ORG_SECTION_BUILDINGS:   return g_strdup_printf (_("Building %s deleted"), label);
    case CT_ORG_SECTION_UNITS:       return g_strdup_printf (_("Unit %s deleted"), label);
    case CT_ORG_SECTION_DEPARTMENTS: return g_strdup_printf (_("Department %s deleted"), label);
    case CT_ORG_SECTION_STAFF:       return g_strdup_printf (_("Staff member %s deleted"), label);
    default:                         g_return_val_if_reached (NULL);
    }
}

char *
ct_org_section_format_imported (CtOrgSection section,
                                guint        n_imported,
                                guint        n_updated,
                                guint        n_created)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func (g_free);

  if (section == CT_ORG_SECTION_UNITS)
    g_string_append_printf (text, ngettext ("Imported %u unit", "Imported %u units",
                                            n_imported), n_imported);
  else
    g_string_append_printf (text, ngettext ("Imported %u staff member",
                                            "Imported %u staff members",
                                            n_imported), n_imported);

  if (n_updated > 0)
    g_ptr_array_add (details, g_strdup_printf (ngettext ("%u updated", "%u updated",
                                                         n_updated), n_updated));
  if (n_created > 0 && section == CT_ORG_SECTION_UNITS)
    g_ptr_array_add (details, g_strdup_printf (ngettext ("%u site or building created",
                                                         "%u sites or buildings created",
                                                         n_created), n_created));
  else if (n_created > 0)
    g_ptr_array_add (details, g_strdup_printf (ngettext ("%u department or site created",
                                                         "%u departments or sites created",
                                                         n_created), n_created));

  if (details->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (details, NULL);
      /* Translators: separates "20 updated" and "2 buildings created" */
      joined = g_strjoinv (C_("import result", ", "), (char **) details->pdata);
      /* Translators: "Imported 120 units (2 sites or buildings created)" */
      g_string_append_printf (text, C_("import result", " (%s)"), joined);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

CtRecordStore *
ct_org_ref_get_store (CtOrganisation *org,
                      const char     *field)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "site_id"))
    return ct_organisation_get_sites (org);
  if (g_str_equal (field, "building_id"))
    return ct_organisation_get_buildings (org);
  if (g_str_equal (field, "department_id"))
    return ct_organisation_get_departments (org);
  g_return_val_if_reached (NULL);
}

char *
ct_org_dup_label (CtOrganisation *org,
                  CtRecord       *record)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (org), NULL);
  g_return_val_if_fail (CT_IS_RECORD (record), NULL);

  if (CT_IS_UNIT (record))
    return ct_organisation_dup_unit_address (org, CT_UNIT (record));

  if (CT_IS_BUILDING (record) &&
      ct_record_store_count (ct_organisation_get_sites (org)) > 1)
    {
      g_autofree char *site = NULL;
      g_autofree char *building = ct_record_dup_label (record);

      site = ct_org_ref_dup_label (org, "site_id", ct_record_get_int (record, "site_id"));
      /* Translators: a building with its site, "Sunny Garden · Building 3" */
      return g_strdup_printf (C_("building label", "%s · %s"), site, building);
    }

  return ct_record_dup_label (record);
}

char *
ct_org_ref_dup_label (CtOrganisation *org,
                      const char     *field,
                      gint64          id)
{
  CtRecordStore *store;
  CtRecord *record;

  if (id == 0)
    return g_strdup ("");

  store = ct_org_ref_get_store (org, field);
  record = store != NULL ? ct_record_store_lookup (store, id) : NULL;
  if (record == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return ct_record_dup_label (record);
}
