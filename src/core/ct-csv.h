/* ct-csv.h — reading and writing CSV files (RFC 4180) as spreadsheets save them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Start an export with this so that Excel reads the file as UTF-8. */
#define CT_CSV_UTF8_BOM "\xEF\xBB\xBF"

typedef struct _CtCsvReader CtCsvReader;

/* Reads the CSV text in @bytes: quoted fields with "" escapes and line breaks,
 * CRLF, LF or CR line ends, an optional UTF-8 byte order mark. Fails with
 * CT_IMPORT_ERROR_ENCODING naming the line when @bytes is not UTF-8. */
CtCsvReader *ct_csv_reader_new_from_bytes (GBytes       *bytes,
                                           GError      **error);
void         ct_csv_reader_free           (CtCsvReader  *self);
/* Sets @cells to the next row (a GPtrArray of char *, transfer full) and returns
 * TRUE. Returns FALSE with @cells NULL at the end of the file, and FALSE with
 * @error set (CT_IMPORT_ERROR_SYNTAX, naming line and column) on malformed text.
 * Blank lines are skipped. */
gboolean     ct_csv_reader_next_row       (CtCsvReader  *self,
                                           GPtrArray   **cells,
                                           GError      **error);
/* The 1-based physical line on which the last row returned started. */
guint        ct_csv_reader_get_line       (CtCsvReader  *self);

/* The spreadsheet name of the 0-based column @index: "A", "B", …, "Z", "AA". */
char        *ct_csv_column_name           (guint         index);

/* @field quoted when it holds a comma, quote or line break. */
char        *ct_csv_escape_field          (const char   *field);
/* Appends the NULL-terminated @cells and a CRLF line end to @out. */
void         ct_csv_append_row            (GString            *out,
                                           const char *const  *cells);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtCsvReader, ct_csv_reader_free)

G_END_DECLS
