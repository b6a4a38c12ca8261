/* ct-audit-actions.h — the main window's "Audit Log" and "Backups" menu items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-window.h"

G_BEGIN_DECLS

/* Installs win.audit-log and win.backups on the window class. */
void ct_audit_actions_install (GtkWidgetClass *widget_class);
/* Enables them as core allows: the log for administrators, backups for
 * administrators and managers (everyone without accounts). */
void ct_audit_actions_update  (CtWindow       *window);

G_END_DECLS
