/* ct-ticket-export-private.h — the rows of an export and the two writers
 *
 * ct-ticket-export.c reads the query's tickets with SQL and names their
 * organisation references; ct-ticket-export-csv.c and ct-ticket-export-xlsx.c
 * write them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-export.h"
#include "ct-ticket-io-private.h"

G_BEGIN_DECLS

typedef struct _CtTicketExportRows CtTicketExportRows;

/* One ticket. Valid until the next row is read. */
typedef struct
{
  /* Every column as text, "" when empty; time columns are "" (see @number).
   * Kinds, classes, channels and statuses are the English keys. */
  const char *text[CT_TICKET_N_COLUMNS];
  /* Time columns: UTC seconds, 0 = did not happen. satisfaction (0 = none)
   * and reopened_count: the number. */
  gint64      number[CT_TICKET_N_COLUMNS];
} CtTicketExportRow;

typedef struct
{
  CtTicketExportRows     *rows;
  const char             *path;
  CtTicketExportProgress  progress_cb;
  gpointer                user_data;
  GCancellable           *cancellable;
  guint                   n_written;
} CtTicketExportRun;

/* The next row in @row; FALSE at the end (@error unset) or on failure. */
gboolean    ct_ticket_export_rows_next      (CtTicketExportRows  *rows,
                                             CtTicketExportRow   *row,
                                             GError             **error);
guint       ct_ticket_export_rows_get_total (CtTicketExportRows  *rows);
GTimeZone  *ct_ticket_export_rows_get_timezone (CtTicketExportRows *rows);

/* To be called after each row written: counts it, reports progress now and
 * then, and fails with G_IO_ERROR_CANCELLED once cancelled. */
gboolean    ct_ticket_export_row_done       (CtTicketExportRun   *run,
                                             GError             **error);

/* Write the rows to run->path. */
gboolean    ct_ticket_export_write_csv      (CtTicketExportRun   *run,
                                             GError             **error);
gboolean    ct_ticket_export_write_xlsx     (CtTicketExportRun   *run,
                                             GError             **error);

G_END_DECLS
