/* ct-audit-query.c — reading audit_log rows: permissions, filters, pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-audit-query.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-permission.h"
#include "ct-ticket-import.h"
#include "ct-user-store-private.h"

#define COLUMNS "id, at, actor, entity, entity_id, action, old_json, new_json"

void
ct_audit_entry_free (CtAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->actor);
  g_free (entry->entity);
  g_free (entry->action);
  g_free (entry->old_json);
  g_free (entry->new_json);
  g_free (entry);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* An entry from the COLUMNS of the row @stmt is on. */
static CtAuditEntry *
read_entry (sqlite3_stmt *stmt)
{
  CtAuditEntry *entry = g_new0 (CtAuditEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->at = sqlite3_column_int64 (stmt, 1);
  entry->actor = column_text (stmt, 2);
  entry->entity = column_text (stmt, 3);
  entry->entity_id = sqlite3_column_int64 (stmt, 4);
  entry->action = column_text (stmt, 5);
  entry->old_json = column_text (stmt, 6);
  entry->new_json = column_text (stmt, 7);
  return entry;
}

/* Steps @stmt to its end, collecting entries; resets it. */
static GPtrArray *
collect_entries (CtDatabase    *db,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_audit_entry_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, read_entry (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

gboolean
ct_audit_may_read_log (CtDatabase  *db,
                       GError     **error)
{
  const CtDatabaseUser *user;
  gboolean has_users = TRUE;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  user = ct_database_get_user (db);
  if (user->role != NULL)
    return ct_permission_check (db, "audit", "read", 0, error);
  if (!ct_user_store_query_has_users (db, &has_users, error))
    return FALSE;
  if (!has_users)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION,
               _("This database has user accounts: sign in as an administrator to read "
                 "the audit log."));
  return FALSE;
}

static gboolean
in_matrix (const char *entity)
{
  return g_strv_contains (ct_permission_entities (), entity);
}

/* The staff member ticket @id is assigned to (0 = nobody or no such ticket). */
static gboolean
ticket_owner (CtDatabase  *db,
              gint64       id,
              gint64      *owner,
              GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT coalesce (assignee_id, 0) FROM tickets WHERE id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *owner = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
may_read_record (CtDatabase  *db,
                 const char  *entity,
                 gint64       entity_id,
                 GError     **error)
{
  gint64 staff_id = 0, owner = 0;

  if (!in_matrix (entity))
    return ct_audit_may_read_log (db, error);
  if (!ct_permission_reads_own_only (db, entity, &staff_id))
    return ct_permission_check (db, entity, "read", 0, error);
  /* Own-only reads: only tickets have an owner (their assignee). */
  if (g_str_equal (entity, "ticket") && !ticket_owner (db, entity_id, &owner, error))
    return FALSE;
  return ct_permission_check (db, entity, "read", owner, error);
}

GPtrArray *
ct_audit_query_history (CtDatabase  *db,
                        const char  *entity,
                        gint64       entity_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 import_id = 0;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  if (!may_read_record (db, entity, entity_id, error))
    return NULL;
  /* A ticket created by a bulk import has no row of its own: the import's
   * one row (who imported it, when) is its first entry. */
  if (g_str_equal (entity, "ticket")
      && (import_id = ct_ticket_import_find_audit (db, entity_id, error)) < 0)
    return NULL;
  stmt = ct_database_prepare (db, "SELECT " COLUMNS " FROM audit_log "
                                  "WHERE (entity = ? AND entity_id = ?) OR id = ? "
                                  "ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, entity_id);
  sqlite3_bind_int64 (stmt, 3, import_id);
  return collect_entries (db, stmt, error);
}

/* "%piece%" for LIKE … ESCAPE '\'. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

GPtrArray *
ct_audit_query (CtDatabase           *db,
                const CtAuditFilter  *filter,
                gint64                before_id,
                guint                 limit,
                GError              **error)
{
  static const CtAuditFilter none = { 0 };
  g_autoptr(GString) sql = g_string_new ("SELECT " COLUMNS " FROM audit_log WHERE id < ?");
  g_autofree char *pattern = NULL;
  sqlite3_stmt *stmt;
  int n = 1;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  if (!ct_audit_may_read_log (db, error))
    return NULL;
  if (filter == NULL)
    filter = &none;
  /* Only fixed fragments go into the SQL; every value is bound below. */
  if (is_set (filter->entity))
    g_string_append (sql, " AND entity = ?");
  if (is_set (filter->entity) && filter->entity_id != 0)
    g_string_append (sql, " AND entity_id = ?");
  if (is_set (filter->actor))
    g_string_append (sql, " AND actor = ?");
  if (is_set (filter->action))
    g_string_append (sql, " AND action = ?");
  if (filter->from != 0)
    g_string_append (sql, " AND at >= ?");
  if (filter->to != 0)
    g_string_append (sql, " AND at < ?");
  if (is_set (filter->text))
    g_string_append (sql, " AND (actor LIKE ? ESCAPE '\\' OR old_json LIKE ? ESCAPE '\\'"
                          " OR new_json LIKE ? ESCAPE '\\')");
  g_string_append (sql, " ORDER BY id DESC LIMIT ?");

  if (!(stmt = ct_database_prepare (db, sql->str, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, n++, before_id > 0 ? before_id : G_MAXINT64);
  if (is_set (filter->entity))
    sqlite3_bind_text (stmt, n++, filter->entity, -1, SQLITE_TRANSIENT);
  if (is_set (filter->entity) && filter->entity_id != 0)
    sqlite3_bind_int64 (stmt, n++, filter->entity_id);
  if (is_set (filter->actor))
    sqlite3_bind_text (stmt, n++, filter->actor, -1, SQLITE_TRANSIENT);
  if (is_set (filter->action))
    sqlite3_bind_text (stmt, n++, filter->action, -1, SQLITE_TRANSIENT);
  if (filter->from != 0)
    sqlite3_bind_int64 (stmt, n++, filter->from);
  if (filter->to != 0)
    sqlite3_bind_int64 (stmt, n++, filter->to);
  if (is_set (filter->text))
    {
      pattern = like_pattern (filter->text);
      for (int i = 0; i < 3; i++)
        sqlite3_bind_text (stmt, n++, pattern, -1, SQLITE_TRANSIENT);
    }
  sqlite3_bind_int64 (stmt, n, limit > 0 ? (gint64) limit : G_MAXINT64);
  return collect_entries (db, stmt, error);
}

static char **
distinct (CtDatabase  *db,
          const char  *sql,
          GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  if (!ct_audit_may_read_log (db, error))
    return NULL;
  if (!(stmt = ct_database_prepare (db, sql, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

char **
ct_audit_query_actors (CtDatabase  *db,
                       GError     **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  return distinct (db, "SELECT DISTINCT actor FROM audit_log WHERE actor <> '' ORDER BY 1",
                   error);
}

char **
ct_audit_query_entities (CtDatabase  *db,
                         GError     **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  return distinct (db, "SELECT DISTINCT entity FROM audit_log ORDER BY 1", error);
}
