/* ct-organisation-page.h — the Organisation tab: sites, buildings, units,
 * departments and staff
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-page.h"

G_BEGIN_DECLS

#define CT_TYPE_ORGANISATION_PAGE (ct_organisation_page_get_type ())
G_DECLARE_FINAL_TYPE (CtOrganisationPage, ct_organisation_page, CT, ORGANISATION_PAGE, CtPage)

GtkWidget  *ct_organisation_page_new                 (void);
/* "sites", "buildings", "units", "departments" or "staff". */
const char *ct_organisation_page_get_section         (CtOrganisationPage *self);
void        ct_organisation_page_set_section         (CtOrganisationPage *self,
                                                      const char         *section);

G_END_DECLS
