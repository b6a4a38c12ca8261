/* ct-staff.h — a member of staff (员工)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: employee_no, name, department_id, site_id (0 = company-wide), post,
 * phone, hired_on (YYYY-MM-DD), status ("onboarding", "active" or "left"). */
#define CT_TYPE_STAFF (ct_staff_get_type ())
G_DECLARE_FINAL_TYPE (CtStaff, ct_staff, CT, STAFF, CtRecord)

CtStaff    *ct_staff_new               (const char *employee_no,
                                        const char *name,
                                        gint64      department_id);
/* "onboarding" → "Onboarding" (translated); NULL for an unknown key. */
const char *ct_staff_status_label      (const char *status);
/* Accepts the key or its English / Chinese label (在职, 试用/入职培训, 离职);
 * returns the key or NULL. */
const char *ct_staff_status_from_text  (const char *text);

G_END_DECLS
