/* ct-print-util.h — what the print operations of the pages share: A4 by
 * default, drawn on the whole sheet in points, and the printer settings
 * remembered on the parent window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkPrintOperation *ct_print_operation_new      (GtkWindow         *parent,
                                                const char        *settings_key,
                                                const char        *job_name,
                                                int                n_pages);
void               ct_print_operation_remember (GtkWindow         *parent,
                                                const char        *settings_key,
                                                GtkPrintOperation *operation);

G_END_DECLS
