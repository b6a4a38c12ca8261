/* ct-asset-export-xlsx.c — assets to an Excel workbook: headers and words in
 * the user's language, a bold frozen header row, dates as Excel dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ct-asset-import-private.h"
#include "ct-export-util.h"

typedef struct
{
  const char              *path;
  const CtAssetColumnSet  *set;
  lxw_workbook            *workbook;
  lxw_worksheet           *sheet;
  lxw_format              *bold;
  lxw_format              *date;
} Sheet;

static lxw_error
write_header (Sheet *sheet)
{
  lxw_error rc = LXW_NO_ERROR;

  for (guint c = 0; c < sheet->set->n_columns && rc == LXW_NO_ERROR; c++)
    {
      const CtAssetColumnInfo *info = &sheet->set->columns[c];

      worksheet_set_column (sheet->sheet, c, c, info->width, NULL);
      rc = worksheet_write_string (sheet->sheet, 0, c, ct_asset_column_label (info), sheet->bold);
    }
  worksheet_freeze_panes (sheet->sheet, 1, 0);
  return rc;
}

static lxw_error
write_cell (Sheet      *sheet,
            lxw_row_t   r,
            guint       c,
            const char *text)
{
  const CtAssetColumnInfo *info = &sheet->set->columns[c];
  g_autofree char *safe = NULL;
  lxw_datetime day = { 0 };

  if (*text == '\0')
    return LXW_NO_ERROR;
  if (info->type == CT_ASSET_CELL_DATE
      && sscanf (text, "%4d-%2d-%2d", &day.year, &day.month, &day.day) == 3)
    return worksheet_write_datetime (sheet->sheet, r, c, &day, sheet->date);
  if (info->type == CT_ASSET_CELL_TERM && info->to_label (text) != NULL)
    text = info->to_label (text);
  safe = ct_export_xlsx_text (text);
  return worksheet_write_string (sheet->sheet, r, c, safe, NULL);
}

static gboolean
write_rows (Sheet      *sheet,
            GPtrArray  *rows,
            GError    **error)
{
  if (rows->len >= LXW_ROW_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("An Excel sheet holds at most %u assets: narrow the filter or export "
                     "to CSV."), LXW_ROW_MAX - 1);
      return FALSE;
    }
  if (!ct_export_xlsx_check (write_header (sheet), sheet->path, error))
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = g_ptr_array_index (rows, i);

      for (guint c = 0; c < sheet->set->n_columns; c++)
        if (!ct_export_xlsx_check (write_cell (sheet, i + 1, c, cells[c]), sheet->path, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
write_book (Sheet       *sheet,
            const char  *tmp,
            GPtrArray   *rows,
            GError     **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  gboolean ok;

  sheet->workbook = workbook_new_opt (tmp, &options);
  if (sheet->workbook == NULL)
    return ct_export_xlsx_check (LXW_ERROR_CREATING_XLSX_FILE, sheet->path, error);
  sheet->sheet = workbook_add_worksheet (sheet->workbook, _("Assets"));
  sheet->bold = workbook_add_format (sheet->workbook);
  format_set_bold (sheet->bold);
  sheet->date = workbook_add_format (sheet->workbook);
  format_set_num_format (sheet->date, "yyyy-mm-dd");
  ok = write_rows (sheet, rows, error);
  /* Always closed: that frees the workbook. */
  if (!ct_export_xlsx_check (workbook_close (sheet->workbook), sheet->path, ok ? error : NULL))
    ok = FALSE;
  return ok;
}

gboolean
ct_asset_export_write_xlsx (const char  *path,
                            GPtrArray   *rows,
                            GError     **error)
{
  Sheet sheet = { path, ct_asset_import_columns (CT_ASSET_IMPORT_ASSETS) };
  g_autofree char *tmp = ct_export_create_beside (path, error);

  if (tmp == NULL)
    return FALSE;
  if (write_book (&sheet, tmp, rows, error))
    return ct_export_move_into_place (tmp, path, error);
  g_remove (tmp);
  return FALSE;
}
