/* ct-audit-entry-view.h — one audit log entry as people read it: who, when,
 * what they did, and each changed field "label: old → new"
 *
 * Shared by the History dialog and the Audit Log window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-audit-query.h"

G_BEGIN_DECLS

/* @at in local time, "2026-03-02 14:05". */
char      *ct_audit_format_time        (gint64               at);
/* "王芳 · 2026-03-02 14:05 · Changed" */
char      *ct_audit_entry_dup_heading  (const CtAuditEntry  *entry);
/* "Ticket T-2026-00012" */
char      *ct_audit_entry_dup_record   (const CtAuditEntry  *entry);
/* "Status: New → Dispatched"; a creation shows the new value only, a deletion
 * the old one; an empty value is "—". */
char      *ct_audit_format_change      (const CtAuditEntry  *entry,
                                        const CtAuditChange *change);
/* A vertical box: the heading in bold (after the record when @with_record),
 * then one selectable line per changed field, or a dim line when the entry
 * recorded no values. @db resolves references (may be NULL). */
GtkWidget *ct_audit_entry_view_new     (CtDatabase          *db,
                                        const CtAuditEntry  *entry,
                                        gboolean             with_record);

G_END_DECLS
