/* ct-history-dialog.h — the History of one record: who changed what, when,
 * old → new, read from the hash-chained audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-context.h"

G_BEGIN_DECLS

/* Presents a dialog, transient for @parent's root, listing the audit_log rows
 * of @entity ("ticket", "asset", "unit", "staff", ...) @entity_id, newest
 * first, each change field by field (old → new). @title names the record
 * ("T-2026-00123", "DT-0001 1号电梯"). */
void ct_history_dialog_present (GtkWidget  *parent,
                                CtContext  *context,
                                const char *entity,
                                gint64      entity_id,
                                const char *title);

G_END_DECLS
