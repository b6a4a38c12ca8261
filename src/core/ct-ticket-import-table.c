/* ct-ticket-import-table.c — the header and the cells of a ticket import, on
 * the CSV table (ct-csv-table.c) the organisation imports read too
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include "ct-ticket-import-private.h"

/* Cells and errors */

const char *
ct_ticket_import_cell (CtTicketImport *imp,
                       CtTicketColumn  column)
{
  return ct_csv_table_cell (&imp->table, imp->cell_of[column]);
}

gboolean
ct_ticket_import_cell_error (CtTicketImport  *imp,
                             CtTicketColumn   column,
                             GError         **error,
                             const char      *format,
                             ...)
{
  va_list args;

  va_start (args, format);
  ct_csv_table_cell_error_valist (&imp->table, imp->cell_of[column], error, format, args);
  va_end (args);
  return FALSE;
}

/* Header */

static int
find_column (const char    *header,
             gconstpointer  data)
{
  return ct_ticket_column_find (header);
}

static const char *
column_key (guint         column,
            gconstpointer data)
{
  return ct_ticket_columns[column].key;
}

static gboolean
require_column (CtTicketImport  *imp,
                CtTicketColumn   column,
                GError         **error)
{
  const CtTicketColumnInfo *info = &ct_ticket_columns[column];

  if (imp->cell_of[column] >= 0)
    return TRUE;
  /* The first three aliases are enough. */
  return ct_csv_table_missing_column_error (&imp->table, info->key, info->aliases, 3, error);
}

gboolean
ct_ticket_import_read_header (CtTicketImport  *imp,
                              CtCsvReader     *reader,
                              GError         **error)
{
  static const CtCsvColumns columns = { CT_TICKET_N_COLUMNS, find_column, column_key, NULL };

  return ct_csv_table_read_header (&imp->table, reader, &columns, imp->cell_of, error)
         && require_column (imp, CT_TICKET_COL_KIND, error)
         && require_column (imp, CT_TICKET_COL_SITE, error)
         && require_column (imp, CT_TICKET_COL_CREATED_AT, error);
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
