/* ct-calendar-io.c — importing holidays and make-up workdays from CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-calendar-io"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ct-calendar-io-private.h"
#include "ct-csv.h"
#include "ct-error.h"

enum { COLUMN_DATE, COLUMN_TYPE, COLUMN_NAME, N_COLUMNS };

typedef struct
{
  const char *day;
  const char *type;
  char       *name;
  char       *where;
} Entry;

struct _CtDayList
{
  GArray     *entries;   /* Entry */
  GHashTable *index;     /* day → position in entries */
};

typedef struct
{
  CtCsvReader *reader;
  CtDayList   *days;
  int          cell_of[N_COLUMNS];   /* -1 = absent */
  guint        line;
} CsvImport;

/* Header names, casefolded. */
static const char *const header_names[N_COLUMNS] = {
  "date|day|日期",
  "type|kind|类型|類型|类别|類別",
  "name|note|description|名称|名稱|节日|節日|说明|說明|备注|備註",
};

/* Day types: the words of people and of other programs, casefolded. */
static const char *const holiday_words =
  "holiday|off|休|假|休息|放假|假日|节假日|節假日|法定节假日|法定節假日";
static const char *const workday_words =
  "workday|work|make-up|makeup|班|上班|补班|補班|调休上班|調休上班|工作日";

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->name);
  g_free (entry->where);
}

CtDayList *
ct_day_list_new (void)
{
  CtDayList *self = g_new0 (CtDayList, 1);

  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return self;
}

void
ct_day_list_free (CtDayList *self)
{
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_free (self);
}

static const char *
type_noun (const char *type)
{
  return g_str_equal (type, "holiday") ? _("a holiday") : _("a make-up workday");
}

gboolean
ct_day_list_add (CtDayList   *self,
                 const char  *day,
                 const char  *type,
                 const char  *name,
                 const char  *where,
                 GError     **error)
{
  gpointer position;
  Entry entry = { NULL, g_str_equal (type, "holiday") ? "holiday" : "workday",
                  g_strdup (name ? name : ""), g_strdup (where) };

  if (g_hash_table_lookup_extended (self->index, day, NULL, &position))
    {
      Entry *old = &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (position));

      if (!g_str_equal (old->type, entry.type))
        {
          /* Translators: Line 7: 2026-02-14 is listed as a make-up workday here and as a holiday in Line 3 */
          g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                       _("%s: %s is listed as %s here and as %s in %s"),
                       where, day, type_noun (entry.type), type_noun (old->type), old->where);
          entry_clear (&entry);
          return FALSE;
        }
      entry.day = old->day;
      entry_clear (old);
      *old = entry;
      return TRUE;
    }
  entry.day = g_strdup (day);
  g_hash_table_insert (self->index, (char *) entry.day, GUINT_TO_POINTER (self->entries->len));
  g_array_append_val (self->entries, entry);
  return TRUE;
}

gboolean
ct_day_list_apply (CtDayList               *self,
                   CtWorkCalendar          *calendar,
                   CtCalendarImportCounts  *counts,
                   GError                 **error)
{
  CtCalendarImportCounts n = { 0, 0 };

  if (self->entries->len == 0)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                   _("The file lists no holidays or make-up workdays"));
      return FALSE;
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      ct_work_calendar_set_day (calendar, entry->day, entry->type, entry->name);
      if (g_str_equal (entry->type, "holiday"))
        n.holidays++;
      else
        n.workdays++;
    }
  if (counts != NULL)
    *counts = n;
  return TRUE;
}

static gboolean
word_in (const char *words,
         const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  return g_strv_contains ((const char *const *) list, g_strstrip (folded));
}

/* "2026-02-15", "2026/2/15", "2026.2.15" or "2026年2月15日" → "2026-02-15". */
static char *
parse_date (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);
  unsigned y, m, d;
  char sep1, sep2, tail;

  g_string_replace (s, "年", "-", 1);
  g_string_replace (s, "月", "-", 1);
  g_string_replace (s, "日", "", 1);
  g_strstrip (s->str);
  if (sscanf (s->str, "%4u%c%2u%c%2u%c", &y, &sep1, &m, &sep2, &d, &tail) != 5
      || sep1 != sep2 || strchr ("-/.", sep1) == NULL || y < 1970
      || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", y, m, d);
}

static gboolean
cell_error (CsvImport   *imp,
            guint        cell,
            GError     **error,
            const char  *problem)
{
  g_autofree char *letter = ct_csv_column_name (cell);

  /* Translators: Line 4, column B: “周末” is not … */
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE, _("Line %u, column %s: %s"),
               imp->line, letter, problem);
  return FALSE;
}

static int
header_column (const char *text)
{
  for (int column = 0; column < N_COLUMNS; column++)
    if (word_in (header_names[column], text))
      return column;
  return -1;
}

static gboolean
read_header (CsvImport  *imp,
             GPtrArray  *cells,
             GError    **error)
{
  for (int column = 0; column < N_COLUMNS; column++)
    imp->cell_of[column] = -1;
  for (guint i = 0; i < cells->len; i++)
    {
      const char *text = g_ptr_array_index (cells, i);
      int column = header_column (text);
      g_autofree char *letter = ct_csv_column_name (i);

      if (column < 0 && *g_strstrip ((char *) text) == '\0')
        continue;
      if (column < 0 || imp->cell_of[column] >= 0)
        {
          g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
                       column < 0 ? _("Line %u, column %s: “%s” is not a column of a calendar "
                                      "file; the columns are date, type and name")
                                  : _("Line %u, column %s: “%s” appears twice"),
                       imp->line, letter, text);
          return FALSE;
        }
      imp->cell_of[column] = i;
    }
  if (imp->cell_of[COLUMN_DATE] >= 0 && imp->cell_of[COLUMN_TYPE] >= 0)
    return TRUE;
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER,
               _("Line %u: the header needs a date column and a type column"), imp->line);
  return FALSE;
}

static const char *
cell_text (CsvImport *imp,
           GPtrArray *cells,
           int        column)
{
  int index = imp->cell_of[column];

  if (index < 0 || (guint) index >= cells->len)
    return "";
  return g_strstrip ((char *) g_ptr_array_index (cells, index));
}

static gboolean
read_row (CsvImport  *imp,
          GPtrArray  *cells,
          GError    **error)
{
  const char *date_text = cell_text (imp, cells, COLUMN_DATE);
  const char *type_text = cell_text (imp, cells, COLUMN_TYPE);
  g_autofree char *day = parse_date (date_text);
  g_autofree char *problem = NULL;
  g_autofree char *where = NULL;
  const char *type = NULL;

  if (day == NULL)
    problem = g_strdup_printf (_("“%s” is not a date like 2026-02-15"), date_text);
  else if (word_in (holiday_words, type_text))
    type = "holiday";
  else if (word_in (workday_words, type_text))
    type = "workday";
  else
    problem = g_strdup_printf (_("“%s” is not a day type: write holiday (休) or workday (班)"),
                               type_text);
  if (problem != NULL)
    return cell_error (imp, imp->cell_of[day == NULL ? COLUMN_DATE : COLUMN_TYPE], error,
                       problem);
  where = g_strdup_printf (_("Line %u"), imp->line);
  return ct_day_list_add (imp->days, day, type, cell_text (imp, cells, COLUMN_NAME), where,
                          error);
}

static gboolean
read_csv (CsvImport  *imp,
          GError    **error)
{
  gboolean first = TRUE;

  for (;;)
    {
      g_autoptr(GPtrArray) cells = NULL;

      if (!ct_csv_reader_next_row (imp->reader, &cells, error))
        return error == NULL || *error == NULL;
      imp->line = ct_csv_reader_get_line (imp->reader);
      if (first && header_column (g_ptr_array_index (cells, 0)) >= 0)
        {
          if (!read_header (imp, cells, error))
            return FALSE;
        }
      else if (!read_row (imp, cells, error))
        return FALSE;
      first = FALSE;
    }
}

gboolean
ct_calendar_io_import_csv (CtWorkCalendar          *calendar,
                           GBytes                  *bytes,
                           CtCalendarImportCounts  *counts,
                           GError                 **error)
{
  g_autoptr(CtCsvReader) reader = NULL;
  g_autoptr(CtDayList) days = ct_day_list_new ();
  g_autoptr(GError) local_error = NULL;
  CsvImport imp = { NULL, days, { COLUMN_DATE, COLUMN_TYPE, COLUMN_NAME }, 0 };

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (!(reader = ct_csv_reader_new_from_bytes (bytes, error)))
    return FALSE;
  imp.reader = reader;
  if (!read_csv (&imp, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return ct_day_list_apply (days, calendar, counts, error);
}

static gboolean
looks_like_ics (const char *name,
                GBytes     *bytes)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (g_str_has_suffix (folded, ".ics") || g_str_has_suffix (folded, ".ical")
      || g_str_has_suffix (folded, ".ifb"))
    return TRUE;
  if (g_str_has_suffix (folded, ".csv") || g_str_has_suffix (folded, ".txt"))
    return FALSE;
  if (size >= 3 && memcmp (data, CT_CSV_UTF8_BOM, 3) == 0)
    data += 3, size -= 3;
  return size >= 15 && g_ascii_strncasecmp (data, "BEGIN:VCALENDAR", 15) == 0;
}

gboolean
ct_calendar_io_import_file (CtWorkCalendar          *calendar,
                            GFile                   *file,
                            CtCalendarImportCounts  *counts,
                            GError                 **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!(bytes = g_file_load_bytes (file, NULL, NULL, error)))
    return FALSE;
  name = g_file_get_basename (file);
  if (looks_like_ics (name, bytes))
    return ct_calendar_io_import_ics (calendar, bytes, counts, error);
  return ct_calendar_io_import_csv (calendar, bytes, counts, error);
}
