/* ct-organisation.h — the stores of sites, buildings, units, departments, staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-building.h"
#include "ct-database.h"
#include "ct-department.h"
#include "ct-record-store.h"
#include "ct-site.h"
#include "ct-staff.h"
#include "ct-unit.h"

G_BEGIN_DECLS

#define CT_TYPE_ORGANISATION (ct_organisation_get_type ())
G_DECLARE_FINAL_TYPE (CtOrganisation, ct_organisation, CT, ORGANISATION, GObject)

/* Loads every organisation table of @db. */
CtOrganisation *ct_organisation_new          (CtDatabase      *db,
                                              GError         **error);
CtDatabase     *ct_organisation_get_database (CtOrganisation  *self);
CtRecordStore  *ct_organisation_get_sites    (CtOrganisation  *self);
CtRecordStore  *ct_organisation_get_buildings (CtOrganisation *self);
/* Units are read from the file on first use (a large company has tens of
 * thousands). */
CtRecordStore  *ct_organisation_get_units    (CtOrganisation  *self);
CtRecordStore  *ct_organisation_get_departments (CtOrganisation *self);
CtRecordStore  *ct_organisation_get_staff    (CtOrganisation  *self);
gboolean        ct_organisation_reload       (CtOrganisation  *self,
                                              GError         **error);

/* Finds the unit "3-2-1201" of @site_id (0 = any site); NULL when none. */
CtUnit         *ct_organisation_find_unit    (CtOrganisation  *self,
                                              gint64           site_id,
                                              const char      *address);
/* "3-2-1201" for @unit. */
char           *ct_organisation_dup_unit_address (CtOrganisation *self,
                                              CtUnit          *unit);
/* A department by code or name (English or translated); NULL when none. */
CtDepartment   *ct_organisation_find_department (CtOrganisation *self,
                                              const char      *text);
/* Inserts the default departments when the table is empty. */
gboolean        ct_organisation_ensure_default_departments (CtOrganisation *self,
                                              const char      *actor,
                                              GError         **error);

G_END_DECLS
