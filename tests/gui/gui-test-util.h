/* gui-test-util.h — fixture and helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-window.h"

G_BEGIN_DECLS

typedef struct
{
  char      *dir;       /* a fresh temporary folder, emptied afterwards */
  GSettings *settings;  /* memory backend; recent list reset, user "测试员" */
} Fixture;

typedef void (*GuiTestFunc) (Fixture       *fixture,
                             gconstpointer  data);

/* Points XDG_DATA_HOME to a private folder, then gtk_test_init() and adw_init(). */
void        gui_test_init              (int          *argc,
                                        char       ***argv);
/* g_test_run() and removal of that folder. */
int         gui_test_run               (void);

void        fixture_set_up             (Fixture       *fixture,
                                        gconstpointer  data);
void        fixture_tear_down          (Fixture       *fixture,
                                        gconstpointer  data);

/* g_test_add() of @func with the fixture above and no data. */
void        gui_test_add               (const char    *path,
                                        GuiTestFunc    func);

/* A fresh Caretaker database @name in the fixture's folder, with the default
 * departments, closed again. */
char       *gui_test_create_database   (Fixture       *fixture,
                                        const char    *name);
/* A new CtWindow without application, over the fixture's settings, drawn. */
CtWindow   *gui_test_show_window       (Fixture       *fixture);
void        gui_test_close_window      (CtWindow      *window);
/* Runs the default main context until nothing is pending. */
void        gui_test_iterate           (void);
/* The first visible widget of @type under @widget, depth first. */
GtkWidget  *gui_test_find_descendant   (GtkWidget     *widget,
                                        GType          type);

G_END_DECLS
