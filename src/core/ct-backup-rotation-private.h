/* ct-backup-rotation-private.h — the names of backup files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-backup-rotation.h"

G_BEGIN_DECLS

/* NAME of the rotated backups: the database file's name without its
 * extension ("物业.caretaker" → "物业"). */
char     *ct_backup_stem               (const char    *db_path);
/* "NAME-2026-03-02.caretaker", "NAME-week-2026-W10.caretaker" or
 * "NAME-manual-20260302-083000.caretaker" for @when in its own zone. */
char     *ct_backup_rotated_name       (const char    *stem,
                                        CtBackupKind   kind,
                                        GDateTime     *when);
/* TRUE when @name is exactly one of the names above for @stem (a valid date,
 * a valid week); sets @kind. */
gboolean  ct_backup_parse_rotated_name (const char    *stem,
                                        const char    *name,
                                        CtBackupKind  *kind);

G_END_DECLS
