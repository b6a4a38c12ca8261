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
  int index = imp->cell_of[column];

  if (index < 0 || (guint) index >= imp->row->len)
    return "";
  return g_ptr_array_index (imp->row, index);
}

gboolean
ct_org_import_cell_error (CtOrgImport  *imp,
                          guint         column,
                          GError      **error,
                          const char   *format,
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
               _("Line %u: %s"), imp->line, local_error->message);
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

static char *
normalise_header (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strdelimit (g_strstrip (folded), " -", '_');
  return g_steal_pointer (&folded);
}

static int
find_column (const CtOrgImportKind *kind,
             const char            *header)
{
  g_autofree char *name = normalise_header (header);

  for (guint i = 0; i < kind->n_columns; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (kind->columns[i].aliases, "|", -1);

      if (g_str_equal (name, kind->columns[i].key)
          || g_strv_contains ((const char *const *) aliases, name))
        return i;
    }
  return -1;
}

static char *
dup_known_columns (const CtOrgImportKind *kind)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < kind->n_columns; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", kind->columns[i].key);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

gboolean
ct_org_import_header_error (CtOrgImport  *imp,
                            guint         cell_index,
                            const char   *problem,
                            GError      **error)
{
  g_autofree char *letter = ct_csv_column_name (cell_index);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("Line %u, column \"%s\" (%s): %s"),
               imp->line, (const char *) g_ptr_array_index (imp->header, cell_index), letter,
               problem);
  return FALSE;
}

static gboolean
map_cell (CtOrgImport  *imp,
          guint         cell_index,
          GError      **error)
{
  const char *text = g_ptr_array_index (imp->header, cell_index);
  g_autofree char *problem = NULL;
  int column;

  if (*text == '\0')
    return TRUE;  /* its cells must stay empty: check_unnamed_cells () */

  column = find_column (imp->kind, text);
  if (column >= 0 && imp->cell_of[column] < 0)
    {
      imp->cell_of[column] = cell_index;
      return TRUE;
    }

  if (column < 0)
    {
      g_autofree char *known = dup_known_columns (imp->kind);

      problem = g_strdup_printf (_("this is not a known column. The columns are: %s."), known);
    }
  else
    {
      g_autofree char *other = ct_csv_column_name (imp->cell_of[column]);

      problem = g_strdup_printf (_("column %s is the column \"%s\" already; remove one of them."),
                                 other, imp->kind->columns[column].key);
    }
  return ct_org_import_header_error (imp, cell_index, problem, error);
}

gboolean
ct_org_import_missing_column_error (CtOrgImport  *imp,
                                    guint         column,
                                    GError      **error)
{
  const CtOrgImportColumn *spec = &imp->kind->columns[column];
  g_auto(GStrv) aliases = g_strsplit (spec->aliases, "|", -1);
  g_autofree char *others = g_strjoinv (", ", aliases);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("The column \"%s\" (%s) is missing from the header on line %u."),
               spec->key, others, imp->line);
  return FALSE;
}

static gboolean
map_header (CtOrgImport  *imp,
            GError      **error)
{
  for (guint i = 0; i < imp->header->len; i++)
    {
      if (!map_cell (imp, i, error))
        return FALSE;
    }

  for (guint i = 0; i < imp->kind->n_columns; i++)
    {
      if (imp->kind->columns[i].required && imp->cell_of[i] < 0)
        return ct_org_import_missing_column_error (imp, i, error);
    }

  return imp->kind->check_header == NULL || imp->kind->check_header (imp, error);
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

/* The next row that is not blank; NULL at the end or on error. */
static GPtrArray *
next_row (CtOrgImport  *imp,
          CtCsvReader  *reader,
          GError      **error)
{
  GPtrArray *row = NULL;

  while (ct_csv_reader_next_row (reader, &row, error))
    {
      imp->line = ct_csv_reader_get_line (reader);
      if (trim_row (row))
        return row;
      g_clear_pointer (&row, g_ptr_array_unref);
    }
  return NULL;
}

gboolean
ct_org_import_read_header (CtOrgImport  *imp,
                           CtCsvReader  *reader,
                           GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  imp->header = next_row (imp, reader, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (imp->header == NULL)
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY, _("The file is empty."));
      return FALSE;
    }
  return map_header (imp, error);
}

static gboolean
check_unnamed_cells (CtOrgImport  *imp,
                     GError      **error)
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

static gboolean
import_row (CtOrgImport  *imp,
            GPtrArray    *row,
            GError      **error)
{
  gboolean ok;

  imp->row = row;
  ok = check_unnamed_cells (imp, error) && imp->kind->import_row (imp, error);
  imp->row = NULL;
  return ok;
}

gboolean
ct_org_import_read_rows (CtOrgImport  *imp,
                         CtCsvReader  *reader,
                         GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  guint n_rows = 0;

  for (;;)
    {
      g_autoptr(GPtrArray) row = next_row (imp, reader, &local_error);

      if (row == NULL)
        break;
      if (!import_row (imp, row, error))
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
    g_hash_table_insert (imp->seen, key, GUINT_TO_POINTER (imp->line));
  return first;
}
