/* ct-department.h — a department (部门): customer service, security, ...
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: code (service, security, cleaning, engineering, landscaping, admin or
 * any other key), name, phone. */
#define CT_TYPE_DEPARTMENT (ct_department_get_type ())
G_DECLARE_FINAL_TYPE (CtDepartment, ct_department, CT, DEPARTMENT, CtRecord)

CtDepartment *ct_department_new (const char *code,
                                 const char *name);

/* The six departments every new database starts with, in the user's language. */
typedef struct
{
  const char *code;
  const char *name;   /* marked for translation, not yet translated */
} CtDepartmentDefault;

const CtDepartmentDefault *ct_department_defaults (guint *n_defaults);

G_END_DECLS
