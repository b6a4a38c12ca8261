/* ct-session.h — opening a database file for the window, and the recent list
 *
 * No widgets here: the window and the tests call these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-context.h"

G_BEGIN_DECLS

/* How many files the recent list keeps. */
#define CT_SESSION_MAX_RECENT 10

/* Opens @path (creating it when @create is TRUE, then adding the default
 * departments) and loads a context over it. @clock may be NULL (system clock),
 * @settings may be NULL. Errors are CT_DATABASE_ERROR and CT_STORE_ERROR with
 * messages for the user. */
CtContext  *ct_session_open            (const char          *path,
                                        gboolean             create,
                                        CtClock             *clock,
                                        GSettings           *settings,
                                        GError             **error);

/* A new list: @path first, then @recent without @path, at most @max entries. */
char      **ct_session_recent_add      (const char * const  *recent,
                                        const char          *path,
                                        guint                max);
/* A new list: @recent without @path. */
char      **ct_session_recent_remove   (const char * const  *recent,
                                        const char          *path);

/* Puts @path first in "recent-databases" and into "last-database". */
void        ct_session_remember        (GSettings           *settings,
                                        const char          *path);
/* Removes @path from "recent-databases" (and "last-database"). */
void        ct_session_forget          (GSettings           *settings,
                                        const char          *path);

/* $XDG_DATA_HOME/caretaker/demo.db */
char       *ct_session_dup_demo_path   (void);
/* The folder of @path for a subtitle, with the home folder shown as "~". */
char       *ct_session_dup_folder_label (const char         *path);

G_END_DECLS
