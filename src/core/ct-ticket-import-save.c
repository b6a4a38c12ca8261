/* ct-ticket-import-save.c — the second pass of a ticket import: every row
 * again, saved inside one transaction
 *
 * The tickets go to the bulk writer (ct-ticket-import-bulk.c); with
 * CT_TICKET_IMPORT_ONE_BY_ONE (tests) to ct_ticket_store_create ().
 *
 * The page cache keeps its size. A cache as large as the transaction saved
 * about a tenth of the system time of a 100,000-row import, but it moves the
 * writes of the file to the COMMIT, where SQLite reports a full disk as an I/O
 * error whose reason is lost, and writing the cache out before the COMMIT
 * (sqlite3_db_cacheflush) left the connection reporting the next full disk as
 * an I/O error too (tests/robust/test-disk-full). "The disk is full" matters
 * more than that tenth.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

/* The share of the work that the search index is, at the end. */
#define INDEX_SHARE 0.1

typedef struct
{
  CtTicketImportRun *run;
  CtTicketBulk      *bulk;       /* NULL one by one */
} Save;

/* Whether the database refused a value of the row (its line is named), rather
 * than failing to save at all (full, busy, damaged, refused permission), which
 * concerns the whole import. */
static gboolean
is_row_error (const GError *error)
{
  return error->domain == CT_STORE_ERROR
         && (error->code == CT_STORE_ERROR_INVALID || error->code == CT_STORE_ERROR_DUPLICATE
             || error->code == CT_STORE_ERROR_IN_USE);
}

static gboolean
row_failed (CtTicketImport  *imp,
            GError         **error)
{
  if (error != NULL && *error != NULL && is_row_error (*error))
    g_prefix_error (error, _("Line %u: "), imp->table.line);
  return FALSE;
}

static gboolean
save_row (Save     *save,
          guint     n_saved,
          GError  **error)
{
  CtTicketImportRun *run = save->run;
  CtTicketImport *imp = run->imp;
  g_autoptr(CtTicket) ticket = ct_ticket_import_row (imp, error);
  g_autofree char *message = NULL;
  double share = CT_TICKET_IMPORT_CHECK_SHARE
                 + (1.0 - CT_TICKET_IMPORT_CHECK_SHARE - INDEX_SHARE) * n_saved
                   / imp->counts.n_tickets;

  if (ticket == NULL)
    return FALSE;
  if (save->bulk == NULL)
    {
      if (!ct_ticket_store_create (imp->store, ticket, imp->actor, error))
        return row_failed (imp, error);
    }
  else if (!ct_ticket_bulk_add (save->bulk, ticket, error))
    return row_failed (imp, error);
  else if (!ct_ticket_bulk_write (save->bulk, error))
    return FALSE;
  if (n_saved % CT_TICKET_IMPORT_PROGRESS_ROWS == 0)
    message = g_strdup_printf (_("Saving ticket %u of %u…"), n_saved, imp->counts.n_tickets);
  return ct_ticket_import_report (run, n_saved, share, message, error);
}

/* The store numbers its tickets T-year-N with a counter per year: it must
 * count on from the numbers the file gives. */
static gboolean
raise_counters (CtTicketImport  *imp,
                GError         **error)
{
  GHashTableIter iter;
  gpointer year, number;

  g_hash_table_iter_init (&iter, imp->numbered);
  while (g_hash_table_iter_next (&iter, &year, &number))
    {
      sqlite3_stmt *stmt = ct_database_prepare (imp->db,
        "INSERT INTO ticket_counters (year, last) VALUES (?, ?) "
        "ON CONFLICT (year) DO UPDATE SET last = max (last, excluded.last)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, GPOINTER_TO_UINT (year));
      sqlite3_bind_int64 (stmt, 2, GPOINTER_TO_UINT (number));
      if (!ct_database_step_done (imp->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_rows (Save     *save,
           GError  **error)
{
  CtTicketImport *imp = save->run->imp;
  g_autoptr(CtCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  guint n_saved = 0;

  if (!(reader = ct_csv_reader_new_from_bytes (save->run->csv, error))
      || !ct_csv_table_next_row (&imp->table, reader, error))  /* the header */
    return FALSE;
  while (ct_csv_table_next_row (&imp->table, reader, &local_error))
    {
      if (!save_row (save, ++n_saved, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Inside the transaction. */
static gboolean
save_cb (CtDatabase  *db,
         gpointer     user_data,
         GError     **error)
{
  Save *save = user_data;
  CtTicketImportRun *run = save->run;
  CtTicketImport *imp = run->imp;
  g_autoptr(CtTicketBulk) bulk = NULL;

  imp->saving = TRUE;
  if (!raise_counters (imp, error) || !ct_ticket_import_save_parents (imp, error))
    return FALSE;
  if (imp->flags & CT_TICKET_IMPORT_ONE_BY_ONE)
    return save_rows (save, error);
  if (!(bulk = save->bulk = ct_ticket_bulk_new (imp->store, imp->actor, error))
      || !save_rows (save, error))
    return FALSE;
  if (run->progress_cb != NULL)
    run->progress_cb (1.0 - INDEX_SHARE, _("Indexing the tickets for search…"), run->user_data);
  return ct_ticket_bulk_finish (bulk, error);
}

gboolean
ct_ticket_import_save (CtTicketImportRun  *run,
                       GError            **error)
{
  CtTicketImport *imp = run->imp;
  g_autoptr(GError) reload_error = NULL;
  Save save = { run, NULL };

  if (ct_database_write (imp->db, save_cb, &save, error))
    return TRUE;
  /* The organisation's models saw inserts that were rolled back. */
  if (imp->planned->len > 0 && !ct_organisation_reload (imp->org, &reload_error))
    g_warning ("Could not reload the organisation after a failed import: %s",
               reload_error->message);
  return FALSE;
}
