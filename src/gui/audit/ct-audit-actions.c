/* ct-audit-actions.c — the main window's "Audit Log" and "Backups" menu items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit"

#include "config.h"

#include "backups/ct-backups-window.h"
#include "ct-audit-actions.h"
#include "ct-audit-query.h"
#include "ct-audit-window.h"
#include "ct-backup-access.h"

static void
audit_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtContext *context = ct_window_get_context (CT_WINDOW (widget));

  if (context != NULL)
    gtk_window_present (GTK_WINDOW (ct_audit_window_new (GTK_WINDOW (widget), context)));
}

static void
backups_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  if (ct_window_get_context (CT_WINDOW (widget)) != NULL)
    gtk_window_present (GTK_WINDOW (ct_backups_window_new (CT_WINDOW (widget))));
}

void
ct_audit_actions_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.audit-log", NULL, audit_log_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
}

void
ct_audit_actions_update (CtWindow *window)
{
  CtContext *context = ct_window_get_context (window);
  CtDatabase *db = context != NULL ? ct_context_get_database (context) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.audit-log",
                                 db != NULL && ct_audit_may_read_log (db, NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.backups",
                                 db != NULL && ct_backup_access_check (db, CT_BACKUP_ACCESS_MAKE,
                                                                       NULL));
}
