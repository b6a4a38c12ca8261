/* ct-staff.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-staff"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-staff.h"

struct _CtStaff
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtStaff, ct_staff, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "employee_no",   CT_FIELD_TEXT, N_("Employee number") },
  { "name",          CT_FIELD_TEXT, N_("Full name") },
  { "department_id", CT_FIELD_REF,  N_("Department") },
  { "site_id",       CT_FIELD_REF,  N_("Site") },
  { "post",          CT_FIELD_TEXT, N_("Post") },
  { "phone",         CT_FIELD_TEXT, N_("Phone") },
  { "hired_on",      CT_FIELD_DATE, N_("Hired on") },
  { "status",        CT_FIELD_TEXT, N_("Status") },
};

static const CtTableInfo table = {
  "staff", "staff", "employee_no, id", fields, G_N_ELEMENTS (fields)
};

static const struct
{
  const char *key;
  const char *label;
  const char *aliases;   /* '|'-separated, not translated */
} statuses[] = {
  { "onboarding", N_("Onboarding"), "onboarding|试用|试用期|入职培训|新入职|見習|试岗" },
  { "active",     N_("Active"),     "active|在职|在岗|正式|在職" },
  { "left",       N_("Left"),       "left|离职|已离职|離職|已離職" },
};

static gboolean
ct_staff_validate (CtRecord  *record,
                   GError   **error)
{
  const char *status = ct_record_get_string (record, "status");

  if (!ct_record_require_text (record, "employee_no", error)
      || !ct_record_require_text (record, "name", error)
      || !ct_record_require_ref (record, "department_id", error)
      || !ct_record_check_phone (record, "phone", error)
      || !ct_record_check_date (record, "hired_on", error))
    return FALSE;
  if (*status == '\0')
    ct_record_set_string (record, "status", "active");
  else if (ct_staff_status_label (status) == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Status “%s” is not one of onboarding, active or left."), status);
      return FALSE;
    }
  return TRUE;
}

static char *
ct_staff_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "name"));
}

static void
ct_staff_class_init (CtStaffClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_staff_validate;
  record_class->dup_label = ct_staff_dup_label;
}

static void
ct_staff_init (CtStaff *self)
{
}

CtStaff *
ct_staff_new (const char *employee_no,
              const char *name,
              gint64      department_id)
{
  return g_object_new (CT_TYPE_STAFF, "employee_no", employee_no, "name", name,
                       "department_id", department_id, "status", "active", NULL);
}

const char *
ct_staff_status_label (const char *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (statuses[i].key, status) == 0)
      return _(statuses[i].label);
  return NULL;
}

const char *
ct_staff_status_from_text (const char *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (trimmed, -1);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_auto(GStrv) aliases = g_strsplit (statuses[i].aliases, "|", -1);
      g_autofree char *label = g_utf8_casefold (_(statuses[i].label), -1);

      if (g_strv_contains ((const char * const *) aliases, folded)
          || g_str_equal (label, folded))
        return statuses[i].key;
    }
  return NULL;
}
