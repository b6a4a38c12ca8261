/* ct-ticket-import-table.c — the header, the rows and the cells of a ticket
 * import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

/* Cells and errors */

const char *
ct_ticket_import_cell (CtTicketImport *imp,
                       CtTicketColumn  column)
{
  int index = imp->cell_of[column];

  if (index < 0 || (guint) index >= imp->row->len)
    return "";
  return g_ptr_array_index (imp->row, index);
}

gboolean
ct_ticket_import_cell_error (CtTicketImport  *imp,
                             CtTicketColumn   column,
                             GError         **error,
                             const char      *format,
                             ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *letter = NULL;
  int index = imp->cell_of[column];
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (index < 0)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                   _("Line %u: %s"), imp->line, problem);
      return FALSE;
    }
  letter = ct_csv_column_name (index);
  /* Translators: Line 14, column "owner_phone" (E): "12345" is not a phone number */
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
               _("Line %u, column \"%s\" (%s): %s"),
               imp->line, (const char *) g_ptr_array_index (imp->header, index), letter, problem);
  return FALSE;
}

/* Header */

static gboolean
header_error (CtTicketImport  *imp,
              guint            cell_index,
              const char      *problem,
              GError         **error)
{
  g_autofree char *letter = ct_csv_column_name (cell_index);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("Line %u, column \"%s\" (%s): %s"),
               imp->line, (const char *) g_ptr_array_index (imp->header, cell_index), letter,
               problem);
  return FALSE;
}

static char *
dup_known_columns (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", ct_ticket_columns[i].key);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
map_cell (CtTicketImport  *imp,
          guint            cell_index,
          GError         **error)
{
  const char *text = g_ptr_array_index (imp->header, cell_index);
  g_autofree char *problem = NULL;
  int column;

  if (*text == '\0')
    return TRUE;  /* its cells must stay empty: check_unnamed_cells () */

  column = ct_ticket_column_find (text);
  if (column >= 0 && imp->cell_of[column] < 0)
    {
      imp->cell_of[column] = cell_index;
      return TRUE;
    }
  if (column < 0)
    {
      g_autofree char *known = dup_known_columns ();

      problem = g_strdup_printf (_("this is not a known column. The columns are: %s."), known);
    }
  else
    {
      g_autofree char *other = ct_csv_column_name (imp->cell_of[column]);

      problem = g_strdup_printf (_("column %s is the column \"%s\" already; remove one of them."),
                                 other, ct_ticket_columns[column].key);
    }
  return header_error (imp, cell_index, problem, error);
}

static gboolean
require_column (CtTicketImport  *imp,
                CtTicketColumn   column,
                GError         **error)
{
  const CtTicketColumnInfo *info = &ct_ticket_columns[column];
  g_auto(GStrv) aliases = NULL;
  g_autofree char *others = NULL;

  if (imp->cell_of[column] >= 0)
    return TRUE;
  aliases = g_strsplit (info->aliases, "|", 4);
  g_clear_pointer (&aliases[3], g_free);  /* the first three are enough */
  others = g_strjoinv (", ", aliases);
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("The column \"%s\" (%s) is missing from the header on line %u."),
               info->key, others, imp->line);
  return FALSE;
}

gboolean
ct_ticket_import_read_header (CtTicketImport  *imp,
                              CtCsvReader     *reader,
                              GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!ct_ticket_import_next_row (imp, reader, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                             _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  imp->header = g_steal_pointer (&imp->row);
  for (guint i = 0; i < imp->header->len; i++)
    {
      if (!map_cell (imp, i, error))
        return FALSE;
    }
  return require_column (imp, CT_TICKET_COL_KIND, error)
         && require_column (imp, CT_TICKET_COL_SITE, error)
         && require_column (imp, CT_TICKET_COL_CREATED_AT, error);
}

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

gboolean
ct_ticket_import_next_row (CtTicketImport  *imp,
                           CtCsvReader     *reader,
                           GError         **error)
{
  GPtrArray *row = NULL;

  g_clear_pointer (&imp->row, g_ptr_array_unref);
  while (ct_csv_reader_next_row (reader, &row, error))
    {
      imp->line = ct_csv_reader_get_line (reader);
      if (trim_row (row))
        {
          imp->row = row;
          return TRUE;
        }
      g_clear_pointer (&row, g_ptr_array_unref);
    }
  return FALSE;
}

gboolean
ct_ticket_import_check_unnamed_cells (CtTicketImport  *imp,
                                      GError         **error)
{
  for (guint i = 0; i < imp->row->len; i++)
    {
      const char *value = g_ptr_array_index (imp->row, i);
      g_autofree char *letter = NULL;

      if (*value == '\0'
          || (i < imp->header->len && *(const char *) g_ptr_array_index (imp->header, i) != '\0'))
        continue;
      letter = ct_csv_column_name (i);
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                   _("Line %u, column %s: \"%s\" is in a column without a header. "
                     "Give the column a header or remove the value."),
                   imp->line, letter, value);
      return FALSE;
    }
  return TRUE;
}

/* Vocabularies */

const char *
ct_ticket_import_term (CtTicketImport   *imp,
                       CtTicketColumn    column,
                       CtTicketTermFunc  from_text,
                       const char       *text)
{
  gpointer key;

  if (imp->terms[column] == NULL)
    imp->terms[column] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (imp->terms[column], text, NULL, &key))
    return key;
  key = (gpointer) from_text (text);
  g_hash_table_insert (imp->terms[column], g_strdup (text), key);
  return key;
}
