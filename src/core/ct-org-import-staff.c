/* ct-org-import-staff.c — importing staff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-org-import-private.h"

enum { S_EMPLOYEE_NO, S_NAME, S_DEPARTMENT, S_SITE, S_POST, S_PHONE, S_HIRED_ON, S_STATUS };

static const CtOrgImportColumn staff_columns[] = {
  [S_EMPLOYEE_NO] = { "employee_no", "工号|员工编号|工號|員工編號", "employee_no", TRUE },
  [S_NAME]        = { "name", "姓名|员工姓名|員工姓名", "name", TRUE },
  [S_DEPARTMENT]  = { "department", "部门|部門", "department_id", TRUE },
  [S_SITE]        = { "site", "项目|小区|项目名称|項目|社區|小區|項目名稱", "site_id", FALSE },
  [S_POST]        = { "post", "岗位|职务|崗位|職位|職務", "post", FALSE },
  [S_PHONE]       = { "phone", "电话|手机|联系电话|電話|手機|聯絡電話", "phone", FALSE },
  [S_HIRED_ON]    = { "hired_on", "入职日期|入職日期|到職日期", "hired_on", FALSE },
  [S_STATUS]      = { "status", "状态|狀態", "status", FALSE },
};

static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n_digits = 0;

  for (*value = 0; g_ascii_isdigit (**p) && n_digits < max_digits; (*p)++, n_digits++)
    *value = *value * 10 + (**p - '0');
  return n_digits > 0 && !g_ascii_isdigit (**p);
}

static gboolean
skip_date_separator (const char **p,
                     const char  *word)
{
  if (**p == '-' || **p == '/' || **p == '.')
    {
      (*p)++;
      return TRUE;
    }
  if (!g_str_has_prefix (*p, word))
    return FALSE;
  *p += strlen (word);
  return TRUE;
}

/* "2024-03-05", "2024/3/5", "2024.3.5" or "2024年3月5日" → "2024-03-05". */
static char *
parse_date (const char *text)
{
  const char *p = text;
  guint year, month, day;

  if (!read_number (&p, 4, &year) || !skip_date_separator (&p, "年")
      || !read_number (&p, 2, &month) || !skip_date_separator (&p, "月")
      || !read_number (&p, 2, &day))
    return NULL;
  if (g_str_has_prefix (p, "日"))
    p += strlen ("日");
  if (*p != '\0' || year < 1900
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

static gboolean
fill_staff_refs (CtOrgImport       *imp,
                 CtOrgImportWrite  *w,
                 GError           **error)
{
  CtRecord *department = NULL;
  CtRecord *site = NULL;

  if (*ct_org_import_cell (imp, S_DEPARTMENT) != '\0')
    {
      if (!(department = ct_org_import_resolve_department (imp, S_DEPARTMENT, error)))
        return FALSE;
      ct_org_import_write_link (w, "department_id", department);
    }

  if (*ct_org_import_cell (imp, S_SITE) != '\0')
    {
      if (!(site = ct_org_import_resolve_site (imp, S_SITE, error)))
        return FALSE;
      ct_org_import_write_link (w, "site_id", site);
    }
  return TRUE;
}

static gboolean
fill_staff_values (CtOrgImport  *imp,
                   CtRecord     *staff,
                   GError      **error)
{
  const char *hired_on = ct_org_import_cell (imp, S_HIRED_ON);
  const char *status_text = ct_org_import_cell (imp, S_STATUS);
  g_autofree char *date = parse_date (hired_on);
  const char *status = ct_staff_status_from_text (status_text);

  if (*hired_on != '\0' && date == NULL)
    return ct_org_import_cell_error (imp, S_HIRED_ON, error,
                                     _("\"%s\" is not a date; write it as 2024-03-05"),
                                     hired_on);
  if (*status_text != '\0' && status == NULL)
    return ct_org_import_cell_error (imp, S_STATUS, error,
                                     _("\"%s\" is not a status; use onboarding, active or left"),
                                     status_text);

  if (date != NULL)
    ct_record_set_string (staff, "hired_on", date);
  if (status != NULL)
    ct_record_set_string (staff, "status", status);
  ct_org_import_set_text (imp, staff, S_NAME);
  ct_org_import_set_text (imp, staff, S_POST);
  return ct_org_import_set_phone (imp, staff, S_PHONE, error);
}

static gboolean
import_staff_row (CtOrgImport  *imp,
                  GError      **error)
{
  CtRecordStore *store = ct_organisation_get_staff (imp->org);
  const char *number = ct_org_import_cell (imp, S_EMPLOYEE_NO);
  g_autoptr(CtOrgImportWrite) w = NULL;
  CtRecord *existing;
  guint first;

  if (*number == '\0')
    return ct_org_import_cell_error (imp, S_EMPLOYEE_NO, error,
                                     _("the employee number is empty"));
  first = ct_org_import_seen_before (imp, g_strdup (number));
  if (first != 0)
    return ct_org_import_cell_error (imp, S_EMPLOYEE_NO, error,
                                     _("employee number %s is also on line %u"), number, first);

  existing = ct_record_store_find (store, "employee_no", number);
  if (existing != NULL)
    {
      w = ct_org_import_write_new (store, ct_record_copy (existing), imp->table.line, TRUE);
    }
  else
    {
      w = ct_org_import_write_new (store, CT_RECORD (ct_staff_new (number, "", 0)),
                                   imp->table.line, FALSE);
      ct_record_set_string (w->record, "status", "active");
    }

  if (!fill_staff_refs (imp, w, error) || !fill_staff_values (imp, w->record, error))
    return FALSE;
  return ct_org_import_push_write (imp, g_steal_pointer (&w), existing, error);
}

G_STATIC_ASSERT (G_N_ELEMENTS (staff_columns) <= CT_ORG_IMPORT_MAX_COLUMNS);

const CtOrgImportKind ct_org_import_staff_kind = {
  staff_columns, G_N_ELEMENTS (staff_columns), NULL, import_staff_row,
};
