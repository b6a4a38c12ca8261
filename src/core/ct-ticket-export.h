/* ct-ticket-export.h — the tickets of a query to CSV or Excel
 *
 * The rows are the query's tickets in its order. CSV is UTF-8 with a byte
 * order mark and CRLF line ends, headed by the English column keys of the
 * import (ct-ticket-import.h), so an exported file imports again. XLSX has the
 * headers and the kinds, classes, channels and statuses in the user's language,
 * a bold frozen header row and times as Excel dates in the database's zone.
 * Cells beginning with = + - @, a tab or a carriage return get a ' in front so
 * that a spreadsheet never runs them as formulas. The file is replaced only
 * when the export succeeds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-ticket-query.h"
#include "ct-ticket-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_TICKET_EXPORT_CSV,
  CT_TICKET_EXPORT_XLSX,
} CtTicketExportFormat;

/* Called with the share of the rows written (0.0 … 1.0) and what is
 * happening, in the user's language. */
typedef void (*CtTicketExportProgress) (double      fraction,
                                        const char *message,
                                        gpointer    user_data);

/* The format a file name asks for (.csv or .xlsx, any case); FALSE for others. */
gboolean ct_ticket_export_format_from_path (const char            *path,
                                            CtTicketExportFormat  *format);

gboolean ct_ticket_export_csv  (CtTicketStore        *store,
                                const CtTicketQuery  *query,
                                const char           *path,
                                GError              **error);
gboolean ct_ticket_export_xlsx (CtTicketStore        *store,
                                const CtTicketQuery  *query,
                                const char           *path,
                                GError              **error);
/* Either of the above, with progress, cancellation (G_IO_ERROR_CANCELLED, the
 * file left as it was) and the number of tickets written in @n_rows. */
gboolean ct_ticket_export      (CtTicketStore          *store,
                                const CtTicketQuery    *query,
                                const char             *path,
                                CtTicketExportFormat    format,
                                CtTicketExportProgress  progress_cb,
                                gpointer                user_data,
                                GCancellable           *cancellable,
                                guint                  *n_rows,
                                GError                **error);

G_END_DECLS
