/* ct-asset-export-xlsx.c — assets, maintenance plans or meter readings to an
 * Excel workbook: headers and words in the user's language, a bold frozen
 * header row, dates and times as Excel dates, readings as numbers, repeat
 * rules in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ct-asset-export-private.h"
#include "ct-export-util.h"
#include "ct-maintenance.h"

typedef struct
{
  const char              *path;
  CtAssetImportKind        kind;
  const CtAssetColumnSet  *set;
  lxw_workbook            *workbook;
  lxw_worksheet           *sheet;
  lxw_format              *bold;
  lxw_format              *date;
  lxw_format              *time;
  lxw_format              *number;
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

/* A time of a reading, "2026-03-01 08:30[:15]", as an Excel time. */
static lxw_error
write_time (Sheet      *sheet,
            lxw_row_t   r,
            guint       c,
            const char *text)
{
  lxw_datetime when = { 0 };
  int n = sscanf (text, "%4d-%2d-%2d %2d:%2d:%lf", &when.year, &when.month, &when.day,
                  &when.hour, &when.min, &when.sec);

  if (n < 5)
    return worksheet_write_string (sheet->sheet, r, c, text, NULL);
  return worksheet_write_datetime (sheet->sheet, r, c, &when, sheet->time);
}

/* The cells that are neither text nor words: plans' rules, readings' times
 * and values. */
static lxw_error
write_special (Sheet      *sheet,
               lxw_row_t   r,
               guint       c,
               const char *text,
               gboolean   *written)
{
  g_autofree char *words = NULL;
  char *end = NULL;
  double value;

  *written = TRUE;
  if (sheet->kind == CT_ASSET_IMPORT_PLANS && c == CT_PLAN_COL_RULE)
    {
      words = ct_maintenance_describe_rule (text);
      return worksheet_write_string (sheet->sheet, r, c, words, NULL);
    }
  if (sheet->kind == CT_ASSET_IMPORT_READINGS && c == CT_READING_COL_READ_AT)
    return write_time (sheet, r, c, text);
  if (sheet->kind == CT_ASSET_IMPORT_READINGS && c == CT_READING_COL_VALUE)
    {
      value = g_ascii_strtod (text, &end);
      if (end != text && *end == '\0')
        return worksheet_write_number (sheet->sheet, r, c, value, sheet->number);
    }
  *written = FALSE;
  return LXW_NO_ERROR;
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
  gboolean written = FALSE;
  lxw_error rc;

  if (*text == '\0')
    return LXW_NO_ERROR;
  rc = write_special (sheet, r, c, text, &written);
  if (written)
    return rc;
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
  if (rows->len >= LXW_ROW_MAX && sheet->kind == CT_ASSET_IMPORT_ASSETS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("An Excel sheet holds at most %u assets: narrow the filter or export "
                     "to CSV."), LXW_ROW_MAX - 1);
      return FALSE;
    }
  if (rows->len >= LXW_ROW_MAX)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("An Excel sheet holds at most %u rows: choose one site or export to "
                     "CSV."), LXW_ROW_MAX - 1);
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

static const char *
sheet_name (CtAssetImportKind kind)
{
  switch (kind)
    {
    case CT_ASSET_IMPORT_PLANS:
      return _("Maintenance Plans");
    case CT_ASSET_IMPORT_READINGS:
      return _("Meter Readings");
    case CT_ASSET_IMPORT_ASSETS:
    default:
      return _("Assets");
    }
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
  sheet->sheet = workbook_add_worksheet (sheet->workbook, sheet_name (sheet->kind));
  sheet->bold = workbook_add_format (sheet->workbook);
  format_set_bold (sheet->bold);
  sheet->date = workbook_add_format (sheet->workbook);
  format_set_num_format (sheet->date, "yyyy-mm-dd");
  sheet->time = workbook_add_format (sheet->workbook);
  format_set_num_format (sheet->time, "yyyy-mm-dd hh:mm");
  sheet->number = workbook_add_format (sheet->workbook);
  format_set_num_format (sheet->number, "#,##0.##");
  ok = write_rows (sheet, rows, error);
  /* Always closed: that frees the workbook. */
  if (!ct_export_xlsx_check (workbook_close (sheet->workbook), sheet->path, ok ? error : NULL))
    ok = FALSE;
  return ok;
}

gboolean
ct_asset_export_write_kind_xlsx (const char         *path,
                                 CtAssetImportKind   kind,
                                 GPtrArray          *rows,
                                 GError            **error)
{
  Sheet sheet = { path, kind, ct_asset_import_columns (kind) };
  g_autofree char *tmp = ct_export_create_beside (path, error);

  if (tmp == NULL)
    return FALSE;
  if (write_book (&sheet, tmp, rows, error))
    return ct_export_move_into_place (tmp, path, error);
  g_remove (tmp);
  return FALSE;
}

gboolean
ct_asset_export_write_xlsx (const char  *path,
                            GPtrArray   *rows,
                            GError     **error)
{
  return ct_asset_export_write_kind_xlsx (path, CT_ASSET_IMPORT_ASSETS, rows, error);
}
