/* ct-backups-offer.h — a database the window could not open: the error, and
 * for a damaged or altered file that has backups, "Restore a Backup…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

/* TRUE when @error says the file is damaged or altered (CT_DATABASE_ERROR
 * CORRUPT or SCHEMA): a backup of it may help. Another program's file has no
 * Caretaker backups, and a newer file needs a newer Caretaker instead. */
gboolean ct_backups_offer_applies        (const GError *error);

/* Shows @error under @heading on @window. When it applies (above) and
 * ct_backup_rotation_list () finds backups of @path, the dialog also offers
 * "Restore a Backup…": a chooser of those backups, newest first and selected;
 * Restore replaces @path with the chosen one (the damaged file is copied
 * beside it first), opens it in @window and says so in a toast. @path may be
 * NULL (no offer). */
void     ct_backups_offer_after_failure  (CtWindow     *window,
                                          const char   *path,
                                          const GError *error,
                                          const char   *heading);

G_END_DECLS
