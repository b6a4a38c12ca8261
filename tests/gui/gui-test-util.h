/* gui-test-util.h — fixtures and helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-page.h"
#include "ct-window.h"

G_BEGIN_DECLS

/* The fixture of the window and session tests. */
typedef struct
{
  char      *dir;       /* a fresh temporary folder, emptied afterwards */
  GSettings *settings;  /* memory backend; recent list reset, user "测试员" */
} GuiTestFixture;

typedef void (*GuiTestFunc) (GuiTestFixture *fixture,
                             gconstpointer   data);

/* Points XDG_DATA_HOME to a private folder, then gtk_test_init() and adw_init(). */
void        gui_test_init              (int             *argc,
                                        char          ***argv);
/* g_test_run() and removal of that folder. */
int         gui_test_run               (void);

void        gui_test_fixture_set_up    (GuiTestFixture  *fixture,
                                        gconstpointer    data);
void        gui_test_fixture_tear_down (GuiTestFixture  *fixture,
                                        gconstpointer    data);

/* g_test_add() of @func with the fixture above and no data. */
void        gui_test_add               (const char      *path,
                                        GuiTestFunc      func);

/* A fresh Caretaker database @name in the fixture's folder, with the default
 * departments, closed again. */
char       *gui_test_create_database   (GuiTestFixture  *fixture,
                                        const char      *name);
/* A new CtWindow without application, over the fixture's settings, drawn. */
CtWindow   *gui_test_show_window       (GuiTestFixture  *fixture);
void        gui_test_close_window      (CtWindow        *window);

/* The part of the page, editor and settings tests' fixtures that holds the
 * file: "物业.db" in a fresh temporary folder, opened with a fixed clock, and
 * a context over it. */
typedef struct
{
  char       *dir;
  char       *path;
  CtClock    *clock;
  CtDatabase *db;
  CtContext  *context;
} GuiTestFile;

/* Creates the folder (g_dir_make_tmp (@tmpl)) and the file at @now, and the
 * context of @user. */
void        gui_test_file_open         (GuiTestFile     *file,
                                        const char      *tmpl,
                                        gint64           now,
                                        const char      *user);
/* Adds the default departments to the file's organisation. */
void        gui_test_file_add_departments (GuiTestFile  *file);
/* Releases the context, the database and the clock, then empties and
 * removes the folder. Destroy the windows over the context before. */
void        gui_test_file_close        (GuiTestFile     *file);

/* A window of @width × @height showing @page in a toast overlay; the page
 * gets @context once inside it, then the window is presented and drawn. */
GtkWindow  *gui_test_show_page         (CtPage          *page,
                                        CtContext       *context,
                                        int              width,
                                        int              height);
/* Destroys every toplevel window, then gui_test_iterate(). */
void        gui_test_destroy_toplevels (void);
/* The newest visible toplevel window of @type, or NULL. */
gpointer    gui_test_find_toplevel     (GType            type);

/* Inserts @record as "test" into @store, which must succeed; returns @record. */
gpointer    gui_test_insert            (CtRecordStore   *store,
                                        gpointer         record);
/* The position of @kind in the kind filter of the Tickets page. */
guint       gui_test_kind_index        (const char      *kind);
/* Removes the files in @dir, then @dir; each removal must succeed. */
void        gui_test_remove_dir        (const char      *dir);
/* Runs the default main context until nothing is pending. */
void        gui_test_iterate           (void);
/* The first visible widget of @type under @widget, depth first. */
GtkWidget  *gui_test_find_descendant   (GtkWidget       *widget,
                                        GType            type);
/* Whether $CARETAKER_TEST_SHOTS names a folder for screenshots; then
 * gui_test_init() also binds the translations of the environment's locale. */
gboolean    gui_test_shots_wanted      (void);
/* When $CARETAKER_TEST_SHOTS names a folder, renders @widget's window (or
 * popover) to "@name.png" there (for looking at the UI a test has built);
 * else nothing. */
void        gui_test_snapshot          (GtkWidget       *widget,
                                        const char      *name);
/* The same for @widget alone, at its full size, over the window's background
 * colour (e.g. the whole content of a scrolled window). */
void        gui_test_snapshot_widget   (GtkWidget       *widget,
                                        const char      *name);

G_END_DECLS
