/* ct-audit-query.h — reading the audit log: the History of one record, the
 * administrator's log with filters, field-by-field changes and the check of
 * the hash chain
 *
 * Every write appends one audit_log row (ct_database_audit ()): who, when,
 * which record (entity, entity_id), the action and the record's JSON before
 * and after. This module reads those rows back for people:
 *
 * - ct_audit_query_history (): the rows of one record, newest first; needs read
 *   permission on that record (a technician sees the history of their own
 *   tickets only).
 * - ct_audit_query (): the whole log with filters, newest first, a page at a
 *   time (keyset on id); needs the "audit" read permission, which only
 *   administrators have once the database has user accounts.
 * - ct_audit_entry_changes (): one row as a list of field changes with
 *   translated labels and readable values (names for references, local times
 *   for timestamps, vocabulary labels for statuses).
 * - ct_audit_verify_chain (): recomputes the SHA-256 chain (ct-audit-verify.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* One audit_log row. */
typedef struct
{
  gint64  id;
  gint64  at;          /* UTC seconds */
  char   *actor;
  char   *entity;      /* "ticket", "asset", "unit", "setting", ... */
  gint64  entity_id;
  char   *action;      /* insert, update, delete, restore, set */
  char   *old_json;    /* NULL when there is none */
  char   *new_json;
} CtAuditEntry;

void ct_audit_entry_free (CtAuditEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAuditEntry, ct_audit_entry_free)

/* What ct_audit_query () returns; every member may be NULL / 0 (= any). */
typedef struct
{
  const char *entity;     /* exact entity */
  gint64      entity_id;  /* with @entity: that record only */
  const char *actor;      /* exact actor */
  const char *action;     /* exact action */
  gint64      from;       /* at >= from (UTC seconds) */
  gint64      to;         /* at < to */
  const char *text;       /* a piece of the actor or of the old or new values */
} CtAuditFilter;

/* One changed field of an entry. Values are display text; NULL = no value. */
typedef struct
{
  char *field;      /* the JSON key, "status" */
  char *label;      /* translated label, "Status", or the key when unknown */
  char *old_value;  /* "Dispatched" */
  char *new_value;  /* "In progress" */
} CtAuditChange;

void ct_audit_change_free (CtAuditChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAuditChange, ct_audit_change_free)

/* May the database's user read the whole audit log? Without accounts yes;
 * with accounts only a signed-in administrator ("audit" read). Refusals are
 * CT_STORE_ERROR_PERMISSION with a sentence for people. */
gboolean      ct_audit_may_read_log   (CtDatabase           *db,
                                       GError              **error);

/* Up to @limit rows matching @filter (NULL = all) with id < @before_id
 * (0 = from the newest), newest first: a GPtrArray of CtAuditEntry. The next
 * page starts before the id of the last row returned. */
GPtrArray    *ct_audit_query          (CtDatabase           *db,
                                       const CtAuditFilter  *filter,
                                       gint64                before_id,
                                       guint                 limit,
                                       GError              **error);

/* Every row of the record @entity @entity_id, newest first. Needs read
 * permission on the record (for entities outside the permission matrix, such
 * as "asset_downtime", the permission to read the whole log). */
GPtrArray    *ct_audit_query_history  (CtDatabase           *db,
                                       const char           *entity,
                                       gint64                entity_id,
                                       GError              **error);

/* The distinct actors and entities in the log, sorted, for filter choices;
 * same permission as ct_audit_query (). */
char        **ct_audit_query_actors   (CtDatabase           *db,
                                       GError              **error);
char        **ct_audit_query_entities (CtDatabase           *db,
                                       GError              **error);

/* The fields @entry changed, a GPtrArray of CtAuditChange in the order of the
 * record's fields: for an update those whose value differs (id and version
 * left out), for an insert or restore the values it got, for a delete the
 * values it had (empty values left out). References are resolved to names in
 * @db (NULL: shown as "#id"). Rows without values (a note) have none. */
GPtrArray    *ct_audit_entry_changes  (CtDatabase           *db,
                                       const CtAuditEntry   *entry);
/* "T-2026-00012", "3号楼", "王芳": the record's code, name, title or login from
 * its values, else "#id"; newly allocated. */
char         *ct_audit_entry_dup_subject (const CtAuditEntry *entry);

/* Translated names: "Ticket", "Asset" … (the entity itself when unknown) and
 * "Created", "Changed", "Deleted", "Restored", "Set". */
const char   *ct_audit_entity_label   (const char           *entity);
const char   *ct_audit_action_label   (const char           *action);
/* The actions, for filter choices: insert, update, delete, restore, set. */
const char *const *ct_audit_actions   (void);

/* The result of checking the hash chain. */
typedef struct
{
  gint64  rows;            /* rows checked */
  gint64  first_broken;    /* id of the first row that breaks the chain, 0 = intact */
  char   *problem;         /* what is wrong with that row, translated; NULL when intact */
} CtAuditVerify;

void ct_audit_verify_clear (CtAuditVerify *result);

/* Walks audit_log in id order: each row's prev_hash must be the hash of the row
 * before (64 zeros for the first) and its hash must be the SHA-256 of its
 * content (ct_audit_row_hash ()). Stops at the first broken row. Reads the
 * whole log: run it off the main thread on a connection of its own for large
 * files. Same permission as ct_audit_query (). */
gboolean      ct_audit_verify_chain   (CtDatabase           *db,
                                       CtAuditVerify        *result,
                                       GError              **error);

G_END_DECLS
