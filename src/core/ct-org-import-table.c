/* ct-org-import-table.c — header, rows and cells of an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-org-import-private.h"

/* Cells and errors */

const char *
ct_org_import_cell (CtOrgImport *imp,
                    guint        column)
{
  return ct_csv_table_cell (&imp->table, imp->cell_of[column]);
}

gboolean
ct_org_import_cell_error (CtOrgImport  *imp,
                          guint         column,
                          GError      **error,
                          const char   *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  ct_csv_table_cell_error_valist (&imp->table, imp->cell_of[column], error, format, args);
  va_end (args);
  return FALSE;
}

static const char *
field_nick (CtRecord   *record,
            const char *field)
{
  const CtTableInfo *table = ct_record_get_table (record);

  for (guint i = 0; field != NULL && i < table->n_fields; i++)
    {
      if (g_str_equal (table->fields[i].name, field))
        return _(table->fields[i].nick);
    }
  return NULL;
}

/* The present column whose field the validation @message names, or -1. */
static int
column_named_in (CtOrgImport *imp,
                 CtRecord    *record,
                 const char  *message)
{
  g_autofree char *folded = g_utf8_casefold (message, -1);
  gsize best_len = 0;
  int best = -1;

  for (guint i = 0; i < imp->kind->n_columns; i++)
    {
      const char *nick = field_nick (record, imp->kind->columns[i].field);
      g_autofree char *folded_nick = nick != NULL ? g_utf8_casefold (nick, -1) : NULL;

      if (imp->cell_of[i] < 0 || folded_nick == NULL || strlen (folded_nick) <= best_len)
        continue;
      if (strstr (folded, folded_nick) != NULL)
        {
          best = i;
          best_len = strlen (folded_nick);
        }
    }
  return best;
}

gboolean
ct_org_import_validate_row (CtOrgImport  *imp,
                            CtRecord     *record,
                            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  int column;

  if (ct_record_validate (record, &local_error))
    return TRUE;

  column = column_named_in (imp, record, local_error->message);
  if (column >= 0)
    return ct_org_import_cell_error (imp, column, error, "%s", local_error->message);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
               _("Line %u: %s"), imp->table.line, local_error->message);
  return FALSE;
}

/* Cell values */

char *
ct_org_import_strip_suffix (const char        *text,
                            const char *const *suffixes)
{
  gsize len = strlen (text);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (text, suffixes[i]))
        return g_strstrip (g_strndup (text, len - strlen (suffixes[i])));
    }
  return g_strdup (text);
}

void
ct_org_import_set_text (CtOrgImport *imp,
                        CtRecord    *record,
                        guint        column)
{
  const char *value = ct_org_import_cell (imp, column);

  if (*value != '\0')
    ct_record_set_string (record, imp->kind->columns[column].field, value);
}

gboolean
ct_org_import_set_phone (CtOrgImport  *imp,
                         CtRecord     *record,
                         guint         column,
                         GError      **error)
{
  const char *field = imp->kind->columns[column].field;
  const char *text = ct_org_import_cell (imp, column);
  g_autoptr(GString) phone = g_string_new (NULL);

  for (const char *p = g_str_has_prefix (text, "+86") ? text + 3 : text; *p != '\0'; p++)
    {
      if (*p != ' ')
        g_string_append_c (phone, *p);
    }
  if (phone->len == 0)
    return TRUE;

  ct_record_set_string (record, field, phone->str);
  if (ct_record_check_phone (record, field, NULL))
    return TRUE;
  return ct_org_import_cell_error (imp, column, error, _("\"%s\" is not a phone number"), text);
}

/* Header */

static int
find_column (const char    *header,
             gconstpointer  data)
{
  const CtOrgImportKind *kind = data;
  g_autofree char *name = ct_csv_table_normalise_header (header);

  for (guint i = 0; i < kind->n_columns; i++)
    {
      if (g_str_equal (name, kind->columns[i].key)
          || ct_csv_table_is_alias (kind->columns[i].aliases, name))
        return i;
    }
  return -1;
}

static const char *
column_key (guint         column,
            gconstpointer data)
{
  const CtOrgImportKind *kind = data;

  return kind->columns[column].key;
}

gboolean
ct_org_import_header_error (CtOrgImport  *imp,
                            guint         cell_index,
                            const char   *problem,
                            GError      **error)
{
  return ct_csv_table_header_error (&imp->table, cell_index, problem, error);
}

gboolean
ct_org_import_missing_column_error (CtOrgImport  *imp,
                                    guint         column,
                                    GError      **error)
{
  const CtOrgImportColumn *spec = &imp->kind->columns[column];

  return ct_csv_table_missing_column_error (&imp->table, spec->key, spec->aliases, 0, error);
}

gboolean
ct_org_import_read_header (CtOrgImport  *imp,
                           CtCsvReader  *reader,
                           GError      **error)
{
  const CtCsvColumns columns = { imp->kind->n_columns, find_column, column_key, imp->kind };

  if (!ct_csv_table_read_header (&imp->table, reader, &columns, imp->cell_of, error))
    return FALSE;

  for (guint i = 0; i < imp->kind->n_columns; i++)
    {
      if (imp->kind->columns[i].required && imp->cell_of[i] < 0)
        return ct_org_import_missing_column_error (imp, i, error);
    }

  return imp->kind->check_header == NULL || imp->kind->check_header (imp, error);
}

/* Rows */

gboolean
ct_org_import_read_rows (CtOrgImport  *imp,
                         CtCsvReader  *reader,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_rows = 0;

  while (ct_csv_table_next_row (&imp->table, reader, &local_error))
    {
      if (!ct_csv_table_check_unnamed_cells (&imp->table, error)
          || !imp->kind->import_row (imp, error))
        return FALSE;
      n_rows++;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (n_rows == 0)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                           _("The file has a header but no rows to import."));
      return FALSE;
    }
  return TRUE;
}

guint
ct_org_import_seen_before (CtOrgImport *imp,
                           char        *key)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (imp->seen, key));

  if (first != 0)
    g_free (key);
  else
    g_hash_table_insert (imp->seen, key, GUINT_TO_POINTER (imp->table.line));
  return first;
}
