/* ct-org-import.h — import units (with owners) and staff from CSV files
 *
 * Both imports are all or nothing: every row is checked before anything is
 * written, and then everything is written in one transaction. Errors are
 * CT_IMPORT_ERROR (naming line and column) or the database's errors.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ORG_IMPORT_DEFAULT        = 0,
  /* Create the sites, buildings and departments the file names but the
   * database lacks, instead of failing. */
  CT_ORG_IMPORT_CREATE_MISSING = 1 << 0,
} CtOrgImportFlags;

typedef struct
{
  guint n_imported;         /* data rows saved: new and updated records */
  guint n_created_parents;  /* sites, buildings, departments created */
  guint n_updated;          /* of n_imported, records that already existed */
} CtOrgImportResult;

/* Columns (headers are case-insensitive; Chinese aliases in brackets):
 * site (项目, 小区, 项目名称), building (楼栋, 楼号, 栋), entrance (单元, optional),
 * room (房号, 房间号, 室), or instead of those three unit (address, 房屋: "3-2-1201"),
 * floor (楼层, optional, else from the room number), owner_name (业主, 业主姓名),
 * owner_phone (电话, 联系电话, 手机, 业主电话), note (备注).
 * A unit that already exists gets the file's non-empty values. */
gboolean ct_org_import_units (CtOrganisation     *org,
                              GBytes             *csv,
                              const char         *actor,
                              CtOrgImportFlags    flags,
                              CtOrgImportResult  *result,
                              GError            **error);

/* Columns: employee_no (工号, 员工编号), name (姓名), department (部门, code or
 * name), site (项目, optional), post (岗位, 职务), phone (电话, 手机),
 * hired_on (入职日期: 2024-03-05, 2024/3/5, 2024年3月5日), status (状态:
 * onboarding, active, left or 试用, 在职, 离职; default active).
 * A member of staff whose employee_no exists gets the file's non-empty values. */
gboolean ct_org_import_staff (CtOrganisation     *org,
                              GBytes             *csv,
                              const char         *actor,
                              CtOrgImportFlags    flags,
                              CtOrgImportResult  *result,
                              GError            **error);

G_END_DECLS
