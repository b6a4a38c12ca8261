/* ct-facts.h — record values as the detail panes show them: the field's
 * description and the names of referenced records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-context.h"

G_BEGIN_DECLS

/* The description of @field in @record's table, or NULL. */
const CtField *ct_facts_find_field         (CtRecord       *record,
                                            const char     *field);
/* The label of record @id of @store; "#12" when it is gone; "" for 0. */
char          *ct_facts_dup_record_label   (CtRecordStore  *store,
                                            gint64          id);
/* The label of the site, building, department or staff member @id when
 * @field is site_id, building_id, department_id or assignee_id; NULL for
 * another field. */
char          *ct_facts_dup_org_ref        (CtOrganisation *org,
                                            const char     *field,
                                            gint64          id);
/* The code of ticket @id; "#12" when it is gone; "" for 0. */
char          *ct_facts_dup_ticket_code    (CtContext      *ctx,
                                            gint64          id);

G_END_DECLS
