/* ct-ticket-import.c — running a ticket import: check every row, then save all
 * (ct-ticket-import-save.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

static void
import_free (CtTicketImport *imp)
{
  g_clear_pointer (&imp->tz, g_time_zone_unref);
  ct_csv_table_clear (&imp->table);
  g_clear_pointer (&imp->codes, g_hash_table_unref);
  g_clear_pointer (&imp->numbered, g_hash_table_unref);
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    g_clear_pointer (&imp->terms[i], g_hash_table_unref);
  g_clear_pointer (&imp->sites, g_hash_table_unref);
  g_clear_pointer (&imp->buildings, g_hash_table_unref);
  g_clear_pointer (&imp->units, g_hash_table_unref);
  g_clear_pointer (&imp->departments, g_hash_table_unref);
  g_clear_pointer (&imp->staff_by_no, g_hash_table_unref);
  g_clear_pointer (&imp->staff_by_name, g_hash_table_unref);
  g_clear_pointer (&imp->planned, g_ptr_array_unref);
  g_free (imp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketImport, import_free)

static CtTicketImport *
import_new (CtTicketStore        *store,
            const char           *actor,
            CtTicketImportFlags   flags,
            GError              **error)
{
  g_autoptr(CtTicketImport) imp = g_new0 (CtTicketImport, 1);

  imp->store = store;
  imp->org = ct_ticket_store_get_organisation (store);
  imp->db = ct_ticket_store_get_database (store);
  imp->actor = actor;
  imp->flags = flags;
  imp->now = ct_clock_now (ct_database_get_clock (imp->db));
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    imp->cell_of[i] = -1;
  imp->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->numbered = g_hash_table_new (NULL, NULL);
  imp->planned = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_import_parent_free);
  imp->tz = ct_ticket_io_dup_timezone (imp->db, error);
  if (imp->tz == NULL)
    return NULL;
  ct_ticket_import_index_org (imp);
  return g_steal_pointer (&imp);
}

static guint
count_lines (GBytes *bytes)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  const char *end;
  guint n = 1;

  /* An empty file has no data pointer at all. */
  if (len == 0)
    return 1;
  end = data + len;

  for (const char *p = data; p != NULL && p < end; p++)
    {
      p = memchr (p, '\n', end - p);
      if (p == NULL)
        break;
      n++;
    }
  return n;
}

gboolean
ct_ticket_import_report (CtTicketImportRun  *run,
                         guint               n_rows,
                         double              fraction,
                         const char         *message,
                         GError            **error)
{
  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;
  if (run->progress_cb != NULL && n_rows % CT_TICKET_IMPORT_PROGRESS_ROWS == 0)
    run->progress_cb (CLAMP (fraction, 0.0, 1.0), message, run->user_data);
  return TRUE;
}

/* The first pass: every row is turned into a ticket and checked. */
static gboolean
check_rows (CtTicketImportRun *run,
            CtCsvReader  *reader,
            GError      **error)
{
  CtTicketImport *imp = run->imp;
  gboolean dry_run = (imp->flags & CT_TICKET_IMPORT_DRY_RUN) != 0;
  g_autoptr(GError) local_error = NULL;

  while (ct_csv_table_next_row (&imp->table, reader, &local_error))
    {
      g_autoptr(CtTicket) ticket = ct_ticket_import_row (imp, error);
      double share = (double) imp->table.line / run->n_lines
                     * (dry_run ? 1.0 : CT_TICKET_IMPORT_CHECK_SHARE);

      if (ticket == NULL
          || !ct_ticket_import_report (run, ++imp->counts.n_tickets, share,
                                       _("Checking the rows…"), error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (imp->counts.n_tickets == 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                           _("The file has a header but no rows to import."));
      return FALSE;
    }
  return TRUE;
}

gboolean
ct_ticket_import_csv (CtTicketStore           *store,
                      GBytes                  *csv,
                      const char              *actor,
                      CtTicketImportFlags      flags,
                      CtTicketImportProgress   progress_cb,
                      gpointer                 user_data,
                      GCancellable            *cancellable,
                      CtTicketImportResult    *result,
                      GError                 **error)
{
  g_autoptr(CtTicketImport) imp = NULL;
  g_autoptr(CtCsvReader) reader = NULL;
  CtTicketImportRun run = { NULL, csv, progress_cb, user_data, cancellable, 0 };

  g_return_val_if_fail (CT_IS_TICKET_STORE (store), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (result != NULL)
    memset (result, 0, sizeof *result);
  run.n_lines = count_lines (csv);
  if (!(reader = ct_csv_reader_new_from_bytes (csv, error))
      || !(imp = run.imp = import_new (store, actor, flags, error))
      || !ct_ticket_import_read_header (imp, reader, error)
      || !check_rows (&run, reader, error)
      || !ct_ticket_import_check_codes (imp, error))
    return FALSE;
  if (!(flags & CT_TICKET_IMPORT_DRY_RUN))
    {
      /* Listed in the Backups window as "Before an import". */
      g_autofree char *backup = ct_database_backup_before_import (ct_ticket_store_get_database (store),
                                                                  error);

      if (backup == NULL || !ct_ticket_import_save (&run, error))
        return FALSE;
    }
  if (progress_cb != NULL)
    progress_cb (1.0, _("Done"), user_data);
  if (result != NULL)
    *result = imp->counts;
  return TRUE;
}

gint64
ct_ticket_import_find_audit (CtDatabase  *db,
                             gint64       ticket_id,
                             GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), -1);

  /* The index on (entity, entity_id) finds the few rows of bulk writes. */
  stmt = ct_database_prepare (db,
    "SELECT id FROM audit_log WHERE entity = 'ticket' AND entity_id = 0 AND action = 'insert' "
    "AND json_valid (new_json) AND json_extract (new_json, '$.first_id') <= ?1 "
    "AND json_extract (new_json, '$.last_id') >= ?1 ORDER BY id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return -1;
    }
  return id;
}
