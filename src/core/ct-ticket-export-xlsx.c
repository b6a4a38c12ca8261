/* ct-ticket-export-xlsx.c — tickets to an Excel workbook (libxlsxwriter)
 *
 * The workbook is written row by row (constant memory) into a temporary file
 * beside @path, which replaces @path only when everything was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-export"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <xlsxwriter.h>

#include "ct-error.h"
#include "ct-ticket-export-private.h"

/* The longest text an Excel cell holds, in characters. */
#define CELL_MAX_CHARS 32767

typedef struct
{
  CtTicketExportRun *run;
  GTimeZone         *tz;
  lxw_workbook      *workbook;
  lxw_worksheet     *sheet;
  lxw_format        *bold;
  lxw_format        *date;
} Book;

static gboolean
check (Book        *book,
       lxw_error    rc,
       GError     **error)
{
  if (rc == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
               book->run->path, lxw_strerror (rc));
  return FALSE;
}

static void
set_up_sheet (Book *book)
{
  book->bold = workbook_add_format (book->workbook);
  format_set_bold (book->bold);
  book->date = workbook_add_format (book->workbook);
  format_set_num_format (book->date, "yyyy-mm-dd hh:mm");
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    worksheet_set_column (book->sheet, i, i, ct_ticket_columns[i].width, NULL);
  worksheet_freeze_panes (book->sheet, 1, 0);
}

static gboolean
write_header (Book    *book,
              GError **error)
{
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    {
      if (!check (book, worksheet_write_string (book->sheet, 0, i, ct_ticket_column_label (i),
                                                book->bold), error))
        return FALSE;
    }
  return TRUE;
}

static lxw_error
write_time (Book       *book,
            lxw_row_t   r,
            lxw_col_t   c,
            gint64      unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, book->tz);
  lxw_datetime when = {
    g_date_time_get_year (local), g_date_time_get_month (local),
    g_date_time_get_day_of_month (local), g_date_time_get_hour (local),
    g_date_time_get_minute (local), g_date_time_get_second (local),
  };

  return worksheet_write_datetime (book->sheet, r, c, &when, book->date);
}

/* Kinds, classes, channels and statuses in the user's language. */
static const char *
label_of (CtTicketColumn  column,
          const char     *key)
{
  const char *label = NULL;

  if (column == CT_TICKET_COL_KIND)
    label = ct_ticket_kind_label (key);
  else if (column == CT_TICKET_COL_REPAIR_CLASS)
    label = ct_ticket_repair_class_label (key);
  else if (column == CT_TICKET_COL_CHANNEL)
    label = ct_ticket_channel_label (key);
  else if (column == CT_TICKET_COL_STATUS)
    label = ct_ticket_status_label (key);
  return label != NULL ? label : key;
}

static lxw_error
write_text (Book        *book,
            lxw_row_t    r,
            lxw_col_t    c,
            const char  *text)
{
  g_autofree char *safe = ct_ticket_io_neutralise (label_of (c, text));

  if (g_utf8_strlen (safe, -1) > CELL_MAX_CHARS)
    {
      char *end = g_utf8_offset_to_pointer (safe, CELL_MAX_CHARS);

      *end = '\0';
    }
  return worksheet_write_string (book->sheet, r, c, safe, NULL);
}

static lxw_error
write_cell (Book                    *book,
            lxw_row_t                r,
            CtTicketColumn           c,
            const CtTicketExportRow *row)
{
  if (ct_ticket_columns[c].is_time)
    return row->number[c] != 0 ? write_time (book, r, c, row->number[c]) : LXW_NO_ERROR;
  if (*row->text[c] == '\0')
    return LXW_NO_ERROR;
  if (c == CT_TICKET_COL_SATISFACTION || c == CT_TICKET_COL_REOPENED_COUNT)
    return worksheet_write_number (book->sheet, r, c, (double) row->number[c], NULL);
  return write_text (book, r, c, row->text[c]);
}

static gboolean
write_rows (Book    *book,
            GError **error)
{
  g_autoptr(GError) local_error = NULL;
  CtTicketExportRow row;
  lxw_row_t r = 0;

  while (ct_ticket_export_rows_next (book->run->rows, &row, &local_error))
    {
      if (++r >= LXW_ROW_MAX)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("An Excel sheet holds at most %u tickets: narrow the filter or "
                         "export to CSV."), LXW_ROW_MAX - 1);
          return FALSE;
        }
      for (guint c = 0; c < CT_TICKET_N_COLUMNS; c++)
        {
          if (!check (book, write_cell (book, r, c, &row), error))
            return FALSE;
        }
      if (!ct_ticket_export_row_done (book->run, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* A new empty file beside run->path for the workbook to be written to (so
 * that an unwritable folder is reported here, in words, and not by
 * libxlsxwriter on stderr). */
static char *
create_temporary (CtTicketExportRun  *run,
                  GError            **error)
{
  g_autofree char *tmp = g_strdup_printf ("%s.%08x.tmp", run->path, g_random_int ());
  FILE *file = g_fopen (tmp, "wb");
  int saved_errno = errno;

  if (file != NULL)
    {
      fclose (file);
      return g_steal_pointer (&tmp);
    }
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), run->path, g_strerror (saved_errno));
  return NULL;
}

static gboolean
write_book (Book        *book,
            const char  *tmp,
            GError     **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  gboolean ok;

  book->workbook = workbook_new_opt (tmp, &options);
  if (book->workbook == NULL)
    return check (book, LXW_ERROR_CREATING_XLSX_FILE, error);
  book->sheet = workbook_add_worksheet (book->workbook, _("Tickets"));
  set_up_sheet (book);
  ok = write_header (book, error) && write_rows (book, error);
  /* Always closed: it frees the workbook. */
  if (!check (book, workbook_close (book->workbook), ok ? error : NULL))
    ok = FALSE;
  return ok;
}

gboolean
ct_ticket_export_write_xlsx (CtTicketExportRun  *run,
                             GError            **error)
{
  Book book = { run, ct_ticket_export_rows_get_timezone (run->rows) };
  g_autofree char *tmp = create_temporary (run, error);
  int saved_errno;

  if (tmp == NULL)
    return FALSE;
  if (write_book (&book, tmp, error))
    {
      if (g_rename (tmp, run->path) == 0)
        return TRUE;
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), run->path, g_strerror (saved_errno));
    }
  g_unlink (tmp);
  return FALSE;
}
