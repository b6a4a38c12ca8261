/* ct-audit-verify.c — checking the SHA-256 chain of audit_log
 *
 * Each row's hash covers its content and the hash of the row before it
 * (ct_audit_row_hash () in ct-database-write.c), so a row changed, removed or
 * slipped in with an SQLite tool breaks the chain from there on — unless the
 * forger recomputed every later hash (HACKING.md, "What this is not").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-audit-query-private.h"
#include "ct-database-private.h"

void
ct_audit_verify_clear (CtAuditVerify *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->problem, g_free);
  result->rows = 0;
  result->first_broken = 0;
}

static const char *
text (sqlite3_stmt *stmt,
      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* Checks the row @stmt is on against @prev (the previous row's hash); sets
 * @result's problem when it breaks the chain. */
static gboolean
check_row (sqlite3_stmt  *stmt,
           const char    *prev,
           CtAuditVerify *result)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  const char *prev_hash = text (stmt, 7);
  const char *hash = text (stmt, 8);
  g_autofree char *expected = NULL;
  g_autofree char *row = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (g_strcmp0 (prev_hash, prev) != 0)
    {
      result->first_broken = id;
      result->problem = result->rows == 0
        ? g_strdup_printf (_("Row %s is the first row but does not start the chain: rows "
                             "before it were removed."), row)
        : g_strdup_printf (_("Row %s does not follow the row before it: a row was removed or "
                             "inserted there."), row);
      return FALSE;
    }
  expected = ct_audit_row_hash (prev_hash, sqlite3_column_int64 (stmt, 1), text (stmt, 2),
                                text (stmt, 3), sqlite3_column_int64 (stmt, 4), text (stmt, 5),
                                text (stmt, 6), text (stmt, 9));
  if (g_strcmp0 (expected, hash) != 0)
    {
      result->first_broken = id;
      result->problem = g_strdup_printf (_("Row %s was changed after it was written: its "
                                           "content does not match its hash."), row);
      return FALSE;
    }
  return TRUE;
}

gboolean
ct_audit_verify_chain (CtDatabase     *db,
                       CtAuditVerify  *result,
                       GError        **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  ct_audit_verify_clear (result);
  if (!ct_audit_may_read_log (db, error))
    return FALSE;
  return ct_audit_verify_chain_unchecked (db, result, error);
}

gboolean
ct_audit_verify_chain_unchecked (CtDatabase     *db,
                                 CtAuditVerify  *result,
                                 GError        **error)
{
  g_autofree char *prev = g_strnfill (64, '0');
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  ct_audit_verify_clear (result);
  /* new_json last: column 9, after the hashes. */
  stmt = ct_database_prepare (db,
    "SELECT id, at, actor, entity, entity_id, action, old_json, prev_hash, hash, new_json "
    "FROM audit_log ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!check_row (stmt, prev, result))
        {
          rc = SQLITE_DONE;
          break;
        }
      g_free (prev);
      prev = g_strdup (text (stmt, 8));
      result->rows++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_audit_verify_clear (result);
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}
