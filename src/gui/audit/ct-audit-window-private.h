/* ct-audit-window-private.h — shared by ct-audit-window.c and
 * ct-audit-window-verify.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-audit-query.h"
#include "ct-audit-window.h"

G_BEGIN_DECLS

/* Entries fetched per page ("Show Older Entries" fetches the next). */
#define CT_AUDIT_WINDOW_PAGE 200

struct _CtAuditWindow
{
  AdwWindow      parent_instance;

  CtContext     *context;
  GPtrArray     *entries;       /* CtAuditEntry, in list order */
  gboolean       more;          /* the last page was full */
  char         **actor_keys;    /* "" = anyone, then the actors of the dropdown */
  char         **entity_keys;   /* "" = all, then the entities */
  char         **action_keys;   /* "" = all, then the actions */
  GCancellable  *cancellable;   /* the chain check */

  /* Template children */
  GtkButton     *verify_button;
  GtkSearchEntry *search_entry;
  GtkDropDown   *actor_dropdown;
  GtkDropDown   *entity_dropdown;
  GtkDropDown   *action_dropdown;
  GtkDropDown   *period_dropdown;
  GtkStack      *list_stack;
  GtkListBox    *list_box;
  AdwStatusPage *list_status;
  GtkStack      *detail_stack;
  AdwBin        *detail_bin;
};

/* ct-audit-window-verify.c: the "audit.verify" action. */
void ct_audit_window_class_init_verify (GtkWidgetClass *widget_class);

G_END_DECLS
