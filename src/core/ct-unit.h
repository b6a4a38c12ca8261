/* ct-unit.h — a unit (房号) of a building, with its owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: building_id, entrance (单元, may be ""), room ("1201"), floor,
 * owner_name, owner_phone, note. */
#define CT_TYPE_UNIT (ct_unit_get_type ())
G_DECLARE_FINAL_TYPE (CtUnit, ct_unit, CT, UNIT, CtRecord)

CtUnit *ct_unit_new              (gint64      building_id,
                                  const char *entrance,
                                  const char *room);
/* "3-2-1201" given the building code "3"; "3-1201" without an entrance. */
char   *ct_unit_format_address   (const char *building_code,
                                  const char *entrance,
                                  const char *room);
/* Splits "3-2-1201", "3栋2单元1201" or "3-1201" into its parts; FALSE when the
 * text is not a unit address. */
gboolean ct_unit_parse_address   (const char  *text,
                                  char       **building_code,
                                  char       **entrance,
                                  char       **room);

G_END_DECLS
