/* ct-audit-window.h — the administrator's Audit Log: every change by anyone,
 * with filters, the changes of the selected entry and the chain check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_AUDIT_WINDOW (ct_audit_window_get_type ())
G_DECLARE_FINAL_TYPE (CtAuditWindow, ct_audit_window, CT, AUDIT_WINDOW, AdwWindow)

/* A window transient for @parent over @context's database, showing the newest
 * entries. */
CtAuditWindow *ct_audit_window_new (GtkWindow *parent,
                                    CtContext *context);

G_END_DECLS
