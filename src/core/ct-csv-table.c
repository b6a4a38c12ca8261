/* ct-csv-table.c — the header, the rows and the cells of a CSV file read for
 * an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-csv-table.h"
#include "ct-error.h"

/* Rows */

/* Trims every cell; FALSE when all of them are empty. */
static gboolean
trim_row (GPtrArray *row)
{
  gboolean any = FALSE;

  for (guint i = 0; i < row->len; i++)
    {
      const char *cell = g_strstrip (g_ptr_array_index (row, i));

      any |= *cell != '\0';
    }
  return any;
}

void
ct_csv_table_clear (CtCsvTable *table)
{
  g_return_if_fail (table != NULL);

  g_clear_pointer (&table->header, g_ptr_array_unref);
  g_clear_pointer (&table->row, g_ptr_array_unref);
}

gboolean
ct_csv_table_next_row (CtCsvTable   *table,
                       CtCsvReader  *reader,
                       GError      **error)
{
  GPtrArray *row = NULL;

  g_return_val_if_fail (table != NULL, FALSE);

  g_clear_pointer (&table->row, g_ptr_array_unref);
  while (ct_csv_reader_next_row (reader, &row, error))
    {
      table->line = ct_csv_reader_get_line (reader);
      if (trim_row (row))
        {
          table->row = row;
          return TRUE;
        }
      g_clear_pointer (&row, g_ptr_array_unref);
    }
  return FALSE;
}

/* Cells and errors */

const char *
ct_csv_table_cell (CtCsvTable *table,
                   int         index)
{
  g_return_val_if_fail (table != NULL && table->row != NULL, "");

  if (index < 0 || (guint) index >= table->row->len)
    return "";
  return g_ptr_array_index (table->row, index);
}

/* Sets "Line N, column "header" (C): problem" about header cell @index. */
static gboolean
set_cell_error (CtCsvTable     *table,
                guint           index,
                CtImportError   code,
                const char     *problem,
                GError        **error)
{
  g_autofree char *letter = ct_csv_column_name (index);

  /* Translators: Line 14, column "owner_phone" (E): "12345" is not a phone number */
  g_set_error (error, CT_IMPORT_ERROR, code,
               _("Line %u, column \"%s\" (%s): %s"),
               table->line, (const char *) g_ptr_array_index (table->header, index), letter,
               problem);
  return FALSE;
}

gboolean
ct_csv_table_cell_error_valist (CtCsvTable  *table,
                                int          index,
                                GError     **error,
                                const char  *format,
                                va_list      args)
{
  g_autofree char *problem = g_strdup_vprintf (format, args);

  if (index < 0)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                   _("Line %u: %s"), table->line, problem);
      return FALSE;
    }
  return set_cell_error (table, index, CT_IMPORT_ERROR_VALUE, problem, error);
}

gboolean
ct_csv_table_header_error (CtCsvTable  *table,
                           guint        index,
                           const char  *problem,
                           GError     **error)
{
  return set_cell_error (table, index, CT_IMPORT_ERROR_HEADER, problem, error);
}

gboolean
ct_csv_table_check_unnamed_cells (CtCsvTable  *table,
                                  GError     **error)
{
  for (guint i = 0; i < table->row->len; i++)
    {
      const char *value = g_ptr_array_index (table->row, i);
      g_autofree char *letter = NULL;

      if (*value == '\0'
          || (i < table->header->len
              && *(const char *) g_ptr_array_index (table->header, i) != '\0'))
        continue;
      letter = ct_csv_column_name (i);
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                   _("Line %u, column %s: \"%s\" is in a column without a header. "
                     "Give the column a header or remove the value."),
                   table->line, letter, value);
      return FALSE;
    }
  return TRUE;
}

/* Header */

char *
ct_csv_table_normalise_header (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strdelimit (g_strstrip (folded), " -", '_');
  return g_steal_pointer (&folded);
}

gboolean
ct_csv_table_is_alias (const char *aliases,
                       const char *name)
{
  gsize len = strlen (name);

  for (const char *p = aliases; p != NULL; p = strchr (p, '|'))
    {
      if (*p == '|')
        p++;
      if (strncmp (p, name, len) == 0 && (p[len] == '|' || p[len] == '\0'))
        return TRUE;
    }
  return FALSE;
}

static char *
dup_known_columns (const CtCsvColumns *columns)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < columns->n_columns; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", columns->key (i, columns->data));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
map_cell (CtCsvTable          *table,
          const CtCsvColumns  *columns,
          int                 *cell_of,
          guint                cell_index,
          GError             **error)
{
  const char *text = g_ptr_array_index (table->header, cell_index);
  g_autofree char *problem = NULL;
  int column;

  if (*text == '\0')
    return TRUE;  /* its cells must stay empty: ct_csv_table_check_unnamed_cells () */

  column = columns->find (text, columns->data);
  if (column >= 0 && cell_of[column] < 0)
    {
      cell_of[column] = cell_index;
      return TRUE;
    }
  if (column < 0)
    {
      g_autofree char *known = dup_known_columns (columns);

      problem = g_strdup_printf (_("this is not a known column. The columns are: %s."), known);
    }
  else
    {
      g_autofree char *other = ct_csv_column_name (cell_of[column]);

      problem = g_strdup_printf (_("column %s is the column \"%s\" already; remove one of them."),
                                 other, columns->key (column, columns->data));
    }
  return ct_csv_table_header_error (table, cell_index, problem, error);
}

gboolean
ct_csv_table_read_header (CtCsvTable          *table,
                          CtCsvReader         *reader,
                          const CtCsvColumns  *columns,
                          int                 *cell_of,
                          GError             **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (table != NULL && columns != NULL && cell_of != NULL, FALSE);

  if (!ct_csv_table_next_row (table, reader, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                             _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  table->header = g_steal_pointer (&table->row);
  for (guint i = 0; i < table->header->len; i++)
    {
      if (!map_cell (table, columns, cell_of, i, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ct_csv_table_missing_column_error (CtCsvTable  *table,
                                   const char  *key,
                                   const char  *aliases,
                                   guint        max_aliases,
                                   GError     **error)
{
  g_auto(GStrv) names = g_strsplit (aliases, "|", max_aliases > 0 ? (int) max_aliases + 1 : -1);
  g_autofree char *others = NULL;

  if (max_aliases > 0 && g_strv_length (names) > max_aliases)
    g_clear_pointer (&names[max_aliases], g_free);  /* the rest of them */
  others = g_strjoinv (", ", names);
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("The column \"%s\" (%s) is missing from the header on line %u."),
               key, others, table->line);
  return FALSE;
}
