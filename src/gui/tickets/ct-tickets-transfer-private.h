/* ct-tickets-transfer-private.h — one import or export of the Tickets page,
 * shared by ct-tickets-transfer.c (the worker) and
 * ct-tickets-transfer-dialogs.c (the file choosers and the results)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-export.h"
#include "ct-tickets-page-private.h"
#include "widgets/ct-transfer-dialogs.h"
#include "widgets/ct-transfer-util.h"

G_BEGIN_DECLS

typedef enum
{
  CT_TICKETS_TRANSFER_EXPORT,
  CT_TICKETS_TRANSFER_IMPORT,
} CtTicketsTransferKind;

typedef struct
{
  CtTicketsTransferKind  kind;
  CtTicketsPage         *page;         /* not owned: the task's callback holds it */
  CtTransferSource       source;       /* opened again by the worker */
  char                  *path;         /* the CSV or XLSX file */
  char                  *name;         /* its name, for messages */

  /* Export */
  CtTicketQuery         *query;
  CtTicketExportFormat   format;
  guint                  n_exported;

  /* Import */
  char                  *actor;
  CtTicketImportFlags    flags;
  CtTicketImportResult   imported;

  /* Worker thread only: throttles the progress reports. */
  double                 last_fraction;
  gint64                 last_time;
} CtTicketsTransfer;

/* ct-tickets-transfer-dialogs.c: the actions and what a finished transfer
 * shows (@error NULL: it succeeded). */
void ct_tickets_page_class_init_transfer_dialogs (GtkWidgetClass    *widget_class);
void ct_tickets_page_show_exported               (CtTicketsPage     *self,
                                                  CtTicketsTransfer *job,
                                                  const GError      *error);
void ct_tickets_page_show_imported               (CtTicketsPage     *self,
                                                  CtTicketsTransfer *job,
                                                  const GError      *error);

G_END_DECLS
