/* ct-backups-window.h — the Backups of the open database: list, "Back Up
 * Now", and "Restore…", which reopens the restored file in the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-window.h"

G_BEGIN_DECLS

#define CT_TYPE_BACKUPS_WINDOW (ct_backups_window_get_type ())
G_DECLARE_FINAL_TYPE (CtBackupsWindow, ct_backups_window, CT, BACKUPS_WINDOW, AdwWindow)

/* The backups of @parent's open database, over @parent. */
CtBackupsWindow *ct_backups_window_new (CtWindow *parent);

G_END_DECLS
