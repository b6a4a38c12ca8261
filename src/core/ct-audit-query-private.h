/* ct-audit-query-private.h — shared by the ct-audit-* files of
 * libcaretaker-core, and the chain check without the permission check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-audit-query.h"
#include "ct-record.h"

G_BEGIN_DECLS

/* ct_audit_verify_chain () for core's own checks (the file check of
 * `caretaker-cli check` may run without anyone signed in): no permission is
 * asked. */
gboolean ct_audit_verify_chain_unchecked (CtDatabase     *db,
                                          CtAuditVerify  *result,
                                          GError        **error);

/* ct-audit-labels.c: the record class of @entity (G_TYPE_INVALID for rows
 * that are not records, such as "setting") and its table description. */
GType              ct_audit_entity_type  (const char *entity);
const CtTableInfo *ct_audit_entity_table (const char *entity);
/* The object @json holds, parsed by @parser (which owns it), or NULL. */
JsonObject        *ct_audit_parse_object (const char *json,
                                          JsonParser *parser);

G_END_DECLS
