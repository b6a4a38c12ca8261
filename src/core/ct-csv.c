/* ct-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-csv.h"
#include "ct-error.h"

struct _CtCsvReader
{
  GBytes     *bytes;
  const char *data;
  gsize       len;
  gsize       pos;
  gsize       line_start;  /* offset of the physical line holding pos */
  guint       line;        /* 1-based physical line holding pos */
  guint       row_line;    /* line where the last row returned started */
};

/* A place in the text, to point at in an error message. */
typedef struct
{
  gsize pos;
  gsize line_start;
  guint line;
  guint field;
} Mark;

#define UTF8_BOM_LEN 3

static guint
count_lines (const char *data,
             gsize       len)
{
  guint line = 1;

  for (gsize i = 0; i < len; i++)
    {
      if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= len || data[i + 1] != '\n')))
        line++;
    }

  return line;
}

/* Spreadsheets in Chinese Windows save "CSV" as GBK/GB18030 unless told to
 * use "CSV UTF-8"; such a file converts cleanly from GB18030. */
static gboolean
looks_like_gb18030 (const char *data,
                    gsize       len)
{
  g_autofree char *converted = g_convert (data, len, "UTF-8", "GB18030", NULL, NULL, NULL);

  return converted != NULL;
}

static gboolean
check_utf8 (const char  *data,
            gsize        len,
            GError     **error)
{
  const char *end = NULL;
  guint line;

  if (g_utf8_validate_len (data, len, &end))
    return TRUE;

  line = count_lines (data, end - data);
  if (looks_like_gb18030 (data, len))
    g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                 _("The file is not UTF-8 (line %u); it looks like GBK/GB18030 text. "
                   "Save it as \"CSV UTF-8\" in Excel and try again."), line);
  else
    g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_ENCODING,
                 _("The file is not UTF-8 (line %u). "
                   "Save it as \"CSV UTF-8\" in Excel and try again."), line);
  return FALSE;
}

static gsize
newline_length (CtCsvReader *self,
                gsize        pos)
{
  if (pos >= self->len)
    return 0;
  if (self->data[pos] == '\n')
    return 1;
  if (self->data[pos] == '\r')
    return (pos + 1 < self->len && self->data[pos + 1] == '\n') ? 2 : 1;
  return 0;
}

static void
advance_line (CtCsvReader *self,
              gsize        newline_len)
{
  self->pos += newline_len;
  self->line++;
  self->line_start = self->pos;
}

static gboolean
at_field_end (CtCsvReader *self)
{
  return self->pos >= self->len
         || self->data[self->pos] == ','
         || newline_length (self, self->pos) > 0;
}

static Mark
mark_here (CtCsvReader *self,
           guint        field)
{
  Mark mark = { self->pos, self->line_start, self->line, field };

  return mark;
}

static void
set_syntax_error (CtCsvReader  *self,
                  const Mark   *mark,
                  const char   *problem,
                  GError      **error)
{
  g_autofree char *column = ct_csv_column_name (mark->field);
  glong character = g_utf8_strlen (self->data + mark->line_start,
                                   mark->pos - mark->line_start) + 1;

  /* Translators: "Line 3, column B (character 5): <problem>" */
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_SYNTAX,
               _("Line %u, column %s (character %ld): %s"),
               mark->line, column, character, problem);
}

static char *
read_plain (CtCsvReader *self)
{
  gsize start = self->pos;

  while (!at_field_end (self))
    self->pos++;

  return g_strndup (self->data + start, self->pos - start);
}

/* Appends the text after an opening quote up to the closing one to @value;
 * FALSE when the file ends first. */
static gboolean
scan_quoted (CtCsvReader *self,
             GString     *value)
{
  for (self->pos++; self->pos < self->len;)
    {
      const char c = self->data[self->pos];
      gsize newline_len = newline_length (self, self->pos);

      if (c == '"' && self->pos + 1 < self->len && self->data[self->pos + 1] == '"')
        {
          g_string_append_c (value, '"');
          self->pos += 2;
        }
      else if (c == '"')
        {
          self->pos++;
          return TRUE;
        }
      else if (newline_len > 0)
        {
          g_string_append_len (value, self->data + self->pos, newline_len);
          advance_line (self, newline_len);
        }
      else
        {
          g_string_append_c (value, c);
          self->pos++;
        }
    }

  return FALSE;
}

static char *
read_quoted (CtCsvReader  *self,
             guint         field,
             GError      **error)
{
  g_autoptr(GString) value = g_string_new (NULL);
  Mark open = mark_here (self, field);
  Mark close;

  if (!scan_quoted (self, value))
    {
      set_syntax_error (self, &open,
                        _("this quoted cell is never closed. "
                          "Check that each \" inside a cell is doubled (\"\")."),
                        error);
      return NULL;
    }

  if (!at_field_end (self))
    {
      close = mark_here (self, field);
      set_syntax_error (self, &close,
                        _("unexpected text after a closing quote. "
                          "Put the whole cell in quotes and double each \" inside it (\"\")."),
                        error);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&value), FALSE);
}

static char *
read_field (CtCsvReader  *self,
            guint         field,
            GError      **error)
{
  if (self->pos < self->len && self->data[self->pos] == '"')
    return read_quoted (self, field, error);

  return read_plain (self);
}

static void
skip_blank_lines (CtCsvReader *self)
{
  gsize newline_len;

  while ((newline_len = newline_length (self, self->pos)) > 0)
    advance_line (self, newline_len);
}

CtCsvReader *
ct_csv_reader_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  CtCsvReader *self;
  gsize len = 0;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len >= UTF8_BOM_LEN && memcmp (data, CT_CSV_UTF8_BOM, UTF8_BOM_LEN) == 0)
    {
      data += UTF8_BOM_LEN;
      len -= UTF8_BOM_LEN;
    }

  if (!check_utf8 (data, len, error))
    return NULL;

  self = g_new0 (CtCsvReader, 1);
  self->bytes = g_bytes_ref (bytes);
  self->data = data;
  self->len = len;
  self->line = 1;
  return self;
}

void
ct_csv_reader_free (CtCsvReader *self)
{
  if (self == NULL)
    return;

  g_bytes_unref (self->bytes);
  g_free (self);
}

gboolean
ct_csv_reader_next_row (CtCsvReader  *self,
                        GPtrArray   **cells,
                        GError      **error)
{
  g_autoptr(GPtrArray) row = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cells != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *cells = NULL;
  skip_blank_lines (self);
  if (self->pos >= self->len)
    return FALSE;

  self->row_line = self->line;
  row = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      char *cell = read_field (self, row->len, error);

      if (cell == NULL)
        return FALSE;
      g_ptr_array_add (row, cell);
      if (self->pos >= self->len || self->data[self->pos] != ',')
        break;
      self->pos++;
    }

  if (newline_length (self, self->pos) > 0)
    advance_line (self, newline_length (self, self->pos));

  *cells = g_steal_pointer (&row);
  return TRUE;
}

guint
ct_csv_reader_get_line (CtCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->row_line;
}

char *
ct_csv_column_name (guint index)
{
  char name[16];
  gsize i = sizeof name - 1;
  guint64 n = (guint64) index + 1;

  name[i] = '\0';
  while (n > 0)
    {
      n--;
      name[--i] = 'A' + n % 26;
      n /= 26;
    }

  return g_strdup (name + i);
}

static gboolean
needs_quotes (const char *field)
{
  gsize len = strlen (field);

  return strpbrk (field, ",\"\r\n") != NULL
         || (len > 0 && (g_ascii_isspace (field[0]) || g_ascii_isspace (field[len - 1])));
}

char *
ct_csv_escape_field (const char *field)
{
  GString *quoted;

  if (field == NULL)
    return g_strdup ("");
  if (!needs_quotes (field))
    return g_strdup (field);

  quoted = g_string_new ("\"");
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (quoted, '"');
      g_string_append_c (quoted, *p);
    }
  g_string_append_c (quoted, '"');

  return g_string_free (quoted, FALSE);
}

void
ct_csv_append_row (GString            *out,
                   const char *const  *cells)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (cells != NULL);

  for (guint i = 0; cells[i] != NULL; i++)
    {
      g_autofree char *escaped = ct_csv_escape_field (cells[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, escaped);
    }
  g_string_append (out, "\r\n");
}
