/* ct-backups-window-private.h — shared by the parts of CtBackupsWindow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-backup-access.h"
#include "ct-backups-window.h"

G_BEGIN_DECLS

struct _CtBackupsWindow
{
  AdwWindow        parent_instance;

  CtWindow        *main_window;   /* weak */
  CtContext       *context;
  GCancellable    *cancellable;   /* "Back Up Now" */

  /* Template children */
  GtkButton       *backup_button;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *folder_label;
  GtkListBox      *list_box;
  AdwStatusPage   *status_page;
};

/* Lists the backups again. */
void ct_backups_window_reload             (CtBackupsWindow *self);
/* ct-backups-restore.c: the "backups.restore" action (target: the path). */
void ct_backups_window_class_init_restore (GtkWidgetClass  *widget_class);

G_END_DECLS
