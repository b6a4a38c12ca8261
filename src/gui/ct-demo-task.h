/* ct-demo-task.h — writes the demo database in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Called in the main thread. */
typedef void (*CtDemoTaskProgress) (double      fraction,
                                    const char *message,
                                    gpointer    user_data);

/* Creates the demo database at @path (which must not exist): generated in
 * "@path.part", copied to @path when complete, so that a cancelled or failed
 * run leaves no file behind. @progress gets @progress_data until @callback ran,
 * so keep @progress_data alive through @user_data. */
void  ct_demo_task_run    (const char          *path,
                           CtDemoTaskProgress   progress,
                           gpointer             progress_data,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);
/* The path of the new database, or NULL with @error (G_IO_ERROR_CANCELLED when
 * cancelled). */
char *ct_demo_task_finish (GAsyncResult        *result,
                           GError             **error);

G_END_DECLS
