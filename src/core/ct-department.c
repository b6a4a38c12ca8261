/* ct-department.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-department"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-department.h"

struct _CtDepartment
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtDepartment, ct_department, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "code",  CT_FIELD_TEXT, N_("Code") },
  { "name",  CT_FIELD_TEXT, N_("Name") },
  { "phone", CT_FIELD_TEXT, N_("Phone") },
};

static const CtTableInfo table = {
  "departments", "department", "id", fields, G_N_ELEMENTS (fields)
};

static const CtDepartmentDefault defaults[] = {
  { "service",     N_("Customer Service") },
  { "security",    N_("Security") },
  { "cleaning",    N_("Cleaning") },
  { "engineering", N_("Engineering and Repairs") },
  { "landscaping", N_("Landscaping") },
  { "admin",       N_("General Administration") },
};

static gboolean
ct_department_validate (CtRecord  *record,
                        GError   **error)
{
  return ct_record_require_text (record, "code", error)
      && ct_record_require_text (record, "name", error)
      && ct_record_check_phone (record, "phone", error);
}

static char *
ct_department_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "name"));
}

static void
ct_department_class_init (CtDepartmentClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_department_validate;
  record_class->dup_label = ct_department_dup_label;
}

static void
ct_department_init (CtDepartment *self)
{
}

CtDepartment *
ct_department_new (const char *code,
                   const char *name)
{
  return g_object_new (CT_TYPE_DEPARTMENT, "code", code, "name", name, NULL);
}

const CtDepartmentDefault *
ct_department_defaults (guint *n_defaults)
{
  if (n_defaults)
    *n_defaults = G_N_ELEMENTS (defaults);
  return defaults;
}
