/* ct-csv-table.h — the header, the rows and the cells of a CSV file read for
 * an import: what the organisation and ticket imports share
 *
 * A table reads one row at a time (blank rows skipped, every cell trimmed),
 * maps the cells of the header to the import's columns, and words the errors
 * that point at a line and a column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdarg.h>

#include "ct-csv.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray *header;   /* char *, trimmed */
  GPtrArray *row;      /* the current row, trimmed */
  guint      line;     /* where the current row starts */
} CtCsvTable;

/* The columns an import knows, numbered 0 … n_columns - 1: the column a
 * header names (or -1), and the English header of a column. */
typedef struct
{
  guint          n_columns;
  int          (*find) (const char    *header,
                        gconstpointer  data);
  const char  *(*key)  (guint          column,
                        gconstpointer  data);
  gconstpointer  data;
} CtCsvColumns;

void        ct_csv_table_clear                (CtCsvTable          *table);
/* @text casefolded and trimmed, spaces and dashes made underscores. */
char       *ct_csv_table_normalise_header     (const char          *text);
/* Whether @name is one of the '|'-separated (normalised) @aliases. */
gboolean    ct_csv_table_is_alias             (const char          *aliases,
                                               const char          *name);
/* The next row that is not blank, trimmed, as table->row; FALSE at the end
 * (@error unset) or on malformed text. */
gboolean    ct_csv_table_next_row             (CtCsvTable          *table,
                                               CtCsvReader         *reader,
                                               GError             **error);
/* Reads the first row that is not blank as the header and fills @cell_of
 * (column → cell index, all -1 before) from it. Fails on an empty file, and
 * naming the cell when a header is no known column or a column again. */
gboolean    ct_csv_table_read_header          (CtCsvTable          *table,
                                               CtCsvReader         *reader,
                                               const CtCsvColumns  *columns,
                                               int                 *cell_of,
                                               GError             **error);
/* The cell @index of the current row; "" when @index is -1 or past its end. */
const char *ct_csv_table_cell                 (CtCsvTable          *table,
                                               int                  index);
/* Sets "Line N, column "header" (C): problem" (CT_IMPORT_ERROR_VALUE), or
 * "Line N: problem" when @index is -1, and returns FALSE. */
gboolean    ct_csv_table_cell_error_valist    (CtCsvTable          *table,
                                               int                  index,
                                               GError             **error,
                                               const char          *format,
                                               va_list              args) G_GNUC_PRINTF (4, 0);
/* The same about header cell @index (CT_IMPORT_ERROR_HEADER). */
gboolean    ct_csv_table_header_error         (CtCsvTable          *table,
                                               guint                index,
                                               const char          *problem,
                                               GError             **error);
/* Sets "The column "key" (aliases) is missing from the header on line N."
 * with the first @max_aliases of the '|'-separated @aliases (0: all of them)
 * and returns FALSE. */
gboolean    ct_csv_table_missing_column_error (CtCsvTable          *table,
                                               const char          *key,
                                               const char          *aliases,
                                               guint                max_aliases,
                                               GError             **error);
/* Fails when the current row has a value under an empty header. */
gboolean    ct_csv_table_check_unnamed_cells  (CtCsvTable          *table,
                                               GError             **error);

G_END_DECLS
