/* ct-window.h — the main window: the welcome page, or the pages of one database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_WINDOW (ct_window_get_type ())
G_DECLARE_FINAL_TYPE (CtWindow, ct_window, CT, WINDOW, AdwApplicationWindow)

/* @application may be NULL (tests); @settings may be NULL (no size saved, no
 * recent list). */
CtWindow   *ct_window_new                 (GtkApplication *application,
                                           GSettings      *settings);
GSettings  *ct_window_get_settings        (CtWindow       *self);
/* NULL while the welcome page is shown. */
CtContext  *ct_window_get_context         (CtWindow       *self);
/* Shows the pages of @context, or the welcome page when @context is NULL. */
void        ct_window_set_context         (CtWindow       *self,
                                           CtContext      *context);

/* Opens (or creates) @path in this window and remembers it in the recent list.
 * On failure the error is returned, and the window is unchanged. */
gboolean    ct_window_open_path           (CtWindow       *self,
                                           const char     *path,
                                           gboolean        create,
                                           GError        **error);
/* Like ct_window_open_path(), but shows a failure in a message dialog. */
void        ct_window_open_file           (CtWindow       *self,
                                           GFile          *file,
                                           gboolean        create);
/* Reopens the "last-database" setting if that file exists. */
gboolean    ct_window_reopen_last         (CtWindow       *self);
/* Opens the demo database, creating it first (with progress) when missing. */
void        ct_window_open_demo           (CtWindow       *self);
/* File choosers of "New Database…" and "Open Database…". */
void        ct_window_choose_new_database (CtWindow       *self);
void        ct_window_choose_database     (CtWindow       *self);

void        ct_window_show_error          (CtWindow       *self,
                                           const char     *heading,
                                           const GError   *error);
/* @toast: (transfer full) */
void        ct_window_add_toast           (CtWindow       *self,
                                           AdwToast       *toast);

G_END_DECLS
