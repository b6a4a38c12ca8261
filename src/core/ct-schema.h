/* ct-schema.h — numbered migrations and the schema audit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* The highest migration number compiled in. */
int        ct_schema_latest_version     (void);
/* Runs migrations @from_version + 1 … latest on @db (inside the caller's
 * transaction). */
gboolean   ct_schema_apply_migrations   (sqlite3     *db,
                                         int          from_version,
                                         GError     **error);
/* Compares sqlite_schema of @db with a freshly migrated in-memory database:
 * one line per unexpected, missing or altered object. */
GPtrArray *ct_schema_audit              (sqlite3     *db);
/* The same against the schema of @version (an older file before its upgrade;
 * -1: the latest). */
GPtrArray *ct_schema_audit_version      (sqlite3     *db,
                                         int          version);

/* For tests: also run the migrations under @resource_path (after the built-in
 * ones; NULL = none). Not thread-safe against concurrent opens. */
void       ct_schema_set_extra_migrations (const char *resource_path);

G_END_DECLS
