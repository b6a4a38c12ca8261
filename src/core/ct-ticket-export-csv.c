/* ct-ticket-export-csv.c — tickets to CSV that Excel opens and the import reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-export"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-csv.h"
#include "ct-ticket-export-private.h"

/* Written to the file whenever this much has been formatted. */
#define BUFFER_SIZE (256 * 1024)

static void
append_header (GString *out)
{
  const char *cells[CT_TICKET_N_COLUMNS + 1] = { NULL };

  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    cells[i] = ct_ticket_columns[i].key;
  g_string_append (out, CT_CSV_UTF8_BOM);
  ct_csv_append_row (out, cells);
}

static void
append_row (GString                 *out,
            const CtTicketExportRow *row,
            GTimeZone               *tz)
{
  char *cells[CT_TICKET_N_COLUMNS + 1] = { NULL };

  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    {
      if (!ct_ticket_columns[i].is_time)
        cells[i] = ct_ticket_io_neutralise (row->text[i]);
      else if (row->number[i] != 0)
        cells[i] = ct_ticket_io_format_time (row->number[i], tz, TRUE);
      else
        cells[i] = g_strdup ("");
    }
  ct_csv_append_row (out, (const char *const *) cells);
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    g_free (cells[i]);
}

static gboolean
flush (CtTicketExportRun  *run,
       GOutputStream      *stream,
       GString            *out,
       GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  g_output_stream_write_all (stream, out->str, out->len, NULL, run->cancellable, &local_error);
  g_string_truncate (out, 0);
  if (local_error == NULL)
    return TRUE;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_prefix_error (&local_error, _("Could not write “%s”: "), run->path);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
write_rows (CtTicketExportRun  *run,
            GOutputStream      *stream,
            GError            **error)
{
  GTimeZone *tz = ct_ticket_export_rows_get_timezone (run->rows);
  g_autoptr(GString) out = g_string_sized_new (BUFFER_SIZE + 4096);
  g_autoptr(GError) local_error = NULL;
  CtTicketExportRow row;

  append_header (out);
  while (ct_ticket_export_rows_next (run->rows, &row, &local_error))
    {
      append_row (out, &row, tz);
      if (!ct_ticket_export_row_done (run, error))
        return FALSE;
      if (out->len >= BUFFER_SIZE && !flush (run, stream, out, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return flush (run, stream, out, error);
}

gboolean
ct_ticket_export_write_csv (CtTicketExportRun  *run,
                            GError            **error)
{
  g_autofree char *tmp_path = g_strdup_printf ("%s.%08x.part", run->path, g_random_int ());
  g_autoptr(GFile) tmp = g_file_new_for_path (tmp_path);
  g_autoptr(GFile) file = g_file_new_for_path (run->path);
  g_autoptr(GFileOutputStream) stream = NULL;

  /* Written beside the file and moved over it only when complete, so that a
   * failure or Cancel leaves the old file, or no file, as it was. */
  stream = g_file_create (tmp, G_FILE_CREATE_PRIVATE, NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, _("Could not write “%s”: "), run->path);
      return FALSE;
    }
  if (write_rows (run, G_OUTPUT_STREAM (stream), error))
    {
      if (g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error)
          && g_file_move (tmp, file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
        return TRUE;
      g_prefix_error (error, _("Could not write “%s”: "), run->path);
    }
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  g_file_delete (tmp, NULL, NULL);
  return FALSE;
}
