/* ct-transfer-dialogs.h — what the Import… and Export… of a page share: the
 * file choosers, the import questions and the messages of a finished transfer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-page.h"

G_BEGIN_DECLS

/* Whether @path ends in an extension the export knows. */
typedef gboolean (*CtTransferHasExtension) (const char *path);

char                 *ct_transfer_dup_export_label   (const char             *name);
char                 *ct_transfer_dup_import_label   (const char             *name,
                                                      gboolean                dry_run);

AdwMessageDialog     *ct_transfer_message_new        (GtkWidget              *page,
                                                      const char             *heading,
                                                      const char             *body);
void                  ct_transfer_show_error         (GtkWidget              *page,
                                                      const char             *heading,
                                                      const char             *body);
void                  ct_transfer_show_import_error  (GtkWidget              *page,
                                                      const GError           *error);

GtkFileFilter        *ct_transfer_chooser_add_filter (GtkFileChooser         *chooser,
                                                      const char             *name,
                                                      const char             *pattern,
                                                      const char             *mime_type);
GtkFileChooserNative *ct_transfer_export_chooser_new (GtkWidget              *page,
                                                      const char             *name);
GtkFileChooserNative *ct_transfer_import_chooser_new (GtkWidget              *page,
                                                      const char             *title);
void                  ct_transfer_chooser_show       (GtkFileChooserNative   *native,
                                                      GCallback               chosen_cb,
                                                      gpointer                page);
char                 *ct_transfer_take_path          (GtkNativeDialog        *native,
                                                      int                     response);
char                 *ct_transfer_take_export_path   (GtkNativeDialog        *native,
                                                      int                     response,
                                                      CtTransferHasExtension  has_extension);

void                  ct_transfer_show_exported      (CtPage                 *page,
                                                      const char             *title,
                                                      const char             *path);
AdwMessageDialog     *ct_transfer_ready_dialog_new   (GtkWidget              *page,
                                                      const char             *body,
                                                      const char             *path);
AdwMessageDialog     *ct_transfer_options_dialog_new (GtkWidget              *page,
                                                      const char             *path,
                                                      const char             *body,
                                                      GtkWidget              *extra_child,
                                                      GtkWidget              *dry_run);

G_END_DECLS
