/* ct-org-section.h — the five sections of the Organisation tab and their words
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ORG_SECTION_SITES,
  CT_ORG_SECTION_BUILDINGS,
  CT_ORG_SECTION_UNITS,
  CT_ORG_SECTION_DEPARTMENTS,
  CT_ORG_SECTION_STAFF,
} CtOrgSection;

#define CT_ORG_N_SECTIONS 5

const char    *ct_org_section_get_id         (CtOrgSection    section);
gboolean       ct_org_section_from_id        (const char     *id,
                                              CtOrgSection   *section);
CtOrgSection   ct_org_section_for_record     (CtRecord       *record);
CtRecordStore *ct_org_section_get_store      (CtOrgSection    section,
                                              CtOrganisation *org);
/* The section whose records must exist before this one's (buildings → sites),
 * or -1. */
int            ct_org_section_get_parent     (CtOrgSection    section);
gboolean       ct_org_section_can_import     (CtOrgSection    section);

const char    *ct_org_section_get_icon_name  (CtOrgSection    section);
const char    *ct_org_section_get_new_title  (CtOrgSection    section);
const char    *ct_org_section_get_add_label  (CtOrgSection    section);
const char    *ct_org_section_get_empty_title (CtOrgSection   section);
/* @have_parent: whether the parent section has records (see get_parent). */
const char    *ct_org_section_get_empty_description (CtOrgSection section,
                                              gboolean        have_parent);
const char    *ct_org_section_get_search_hint (CtOrgSection section);
char          *ct_org_section_format_edit_title (CtOrgSection section,
                                              const char     *label);
char          *ct_org_section_format_delete_question (CtOrgSection section,
                                              const char     *label);
char          *ct_org_section_format_deleted (CtOrgSection    section,
                                              const char     *label);
char          *ct_org_section_format_imported (CtOrgSection   section,
                                              guint           n_imported,
                                              guint           n_updated,
                                              guint           n_created);

/* The store a CT_FIELD_REF field points into (site_id → sites, ...). */
CtRecordStore *ct_org_ref_get_store          (CtOrganisation *org,
                                              const char     *field);
/* The label of @record for lists and messages: a unit's full address
 * ("3-2-1201"), a building with its site when there are several sites. */
char          *ct_org_dup_label              (CtOrganisation *org,
                                              CtRecord       *record);
/* The label of the record @id of the store behind @field; "" for 0. */
char          *ct_org_ref_dup_label          (CtOrganisation *org,
                                              const char     *field,
                                              gint64          id);

G_END_DECLS
