/* cli-test-util.h — what the caretaker-cli tests share: running the built
 * command ($CARETAKER_CLI) and reading its output, a temporary folder per
 * test, and a look into the database file it wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One run of caretaker-cli: its exit status and everything it printed. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void        run_clear                  (Run         *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs caretaker-cli with the NULL-terminated arguments; @run's previous
 * output is freed first. The command must exit, not die of a signal. */
void        run_cli                    (Run         *run,
                                        const char  *first,
                                        ...);
/* A failure is exactly one line on stderr, "caretaker-cli: <reason>",
 * holding @needle unless that is NULL. */
void        assert_one_line_error      (Run         *run,
                                        const char  *needle);
/* The JSON object @text holds (transfer full). */
JsonObject *parse_json                 (const char  *text);

/* @sql run on the SQLite file @path. */
void        exec_sql                   (const char  *path,
                                        const char  *sql);
/* The first column of the first row of @sql, read from @path (read-only). */
gint64      query_int                  (const char  *path,
                                        const char  *sql);

/* A new temporary folder named after @tmpl ("caretaker-cli-XXXXXX"). */
char       *cli_test_make_dir          (const char  *tmpl);
/* Removes the files in @dir, then @dir. */
void        cli_test_remove_dir        (const char  *dir);
/* Writes @contents to the file @name in @dir; returns its path. */
char       *cli_test_write_file        (const char  *dir,
                                        const char  *name,
                                        const char  *contents);
/* The fixture of the tests over one database file: a fresh temporary
 * folder and the path of the file in it, not created. */
typedef struct
{
  char *dir;
  char *db;
} CliTestFixture;

typedef void (*CliTestFunc) (CliTestFixture *fixture,
                             gconstpointer   data);

/* Makes the folder from @tmpl ("ct-cli-x-XXXXXX") and sets @db to @name in it. */
void        cli_test_fixture_set_up    (CliTestFixture *fixture,
                                        const char     *tmpl,
                                        const char     *name);
/* Removes the folder with everything in it. */
void        cli_test_fixture_tear_down (CliTestFixture *fixture,
                                        gconstpointer   data);
/* g_test_add() of @func over a CliTestFixture set up by @set_up and torn
 * down by cli_test_fixture_tear_down(). */
void        cli_test_add               (const char     *path,
                                        CliTestFunc     set_up,
                                        CliTestFunc     func);

/* caretaker-cli init of @path, which must succeed. */
void        cli_test_init_database     (const char  *path);
/* caretaker-cli demo of @path from @seed, which must succeed silently. */
void        cli_test_make_demo         (const char  *path,
                                        const char  *seed);

G_END_DECLS
