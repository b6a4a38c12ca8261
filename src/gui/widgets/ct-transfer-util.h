/* ct-transfer-util.h — what the import and export of a page share: the
 * worker's own connection to the open file, the task and the progress area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-context.h"

G_BEGIN_DECLS

/* The open file, for a worker thread to open again: a CtDatabase caches its
 * prepared statements and must stay on one thread. */
typedef struct
{
  char                *db_path;
  CtDatabaseOpenFlags  open_flags;
  CtClock             *clock;
} CtTransferSource;

void            ct_transfer_source_init  (CtTransferSource        *source,
                                          CtContext               *context);
void            ct_transfer_source_clear (CtTransferSource        *source);
CtDatabase     *ct_transfer_source_open_database (const CtTransferSource *source,
                                          GError                 **error);
CtOrganisation *ct_transfer_source_open  (const CtTransferSource  *source,
                                          GError                 **error);

GTask          *ct_transfer_task_new     (GCancellable            *cancellable,
                                          gpointer                 page,
                                          gpointer                 job,
                                          GDestroyNotify           job_free,
                                          GAsyncReadyCallback      done_cb,
                                          gpointer                 source_tag);
void            ct_transfer_task_return  (GTask                   *task,
                                          gboolean                 ok,
                                          GError                  *error);
gboolean        ct_transfer_task_finish  (GAsyncResult            *result,
                                          GCancellable            *current,
                                          GError                 **error);

void            ct_transfer_progress_show (GtkRevealer            *revealer,
                                           GtkLabel               *label,
                                           GtkProgressBar         *progress,
                                           const char             *text);
void            ct_transfer_progress_hide (GCancellable          **transfer,
                                           GtkRevealer            *revealer);

G_END_DECLS
