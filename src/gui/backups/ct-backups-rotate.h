/* ct-backups-rotate.h — the automatic daily and weekly backups, made when the
 * app opens a database (core's ct_backup_rotation_run () in a thread)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-backup-rotation.h"

G_BEGIN_DECLS

/* Runs the rotation of the database at @path in a thread, on a connection of
 * its own (the file is not migrated). */
void         ct_backups_rotate_async  (const char           *path,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
CtBackupRun *ct_backups_rotate_finish (GAsyncResult         *result,
                                       GError              **error);

/* In the app only (not in tests, which make no CtApplication, nor in the
 * benchmark's first-frame runs): ct_backups_rotate_async () of @path, with
 * what it did or why it failed in the log. */
void         ct_backups_rotate_on_open (const char          *path);
/* ct_backups_rotate_on_open () once @widget's window has painted its next
 * frame (at once when it is not realized; not when the window goes first): a
 * backup due today copies the whole file, which must not compete with the
 * first frame of a large one. */
void         ct_backups_rotate_after_frame (GtkWidget  *widget,
                                            const char *path);

G_END_DECLS
