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
/* caretaker-cli init of @path, which must succeed. */
void        cli_test_init_database     (const char  *path);
/* caretaker-cli demo of @path from @seed, which must succeed silently. */
void        cli_test_make_demo         (const char  *path,
                                        const char  *seed);

G_END_DECLS
