/* ct-report-xlsx.c — the report's KPI tables as an Excel workbook
 *
 * Sheets: the KPIs (key, name, value, previous period, target, met, numeric
 * value, definition), tickets by kind per day or week, and the department
 * ranking. Written into a file beside the target, moved over it when
 * complete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>

#include "ct-export-util.h"
#include "ct-report-private.h"

typedef struct
{
  lxw_workbook *book;
  lxw_format   *bold;
  lxw_error     rc;
} Book;

static void
text (Book          *b,
      lxw_worksheet *sheet,
      lxw_row_t      r,
      lxw_col_t      c,
      const char    *value,
      lxw_format    *format)
{
  g_autofree char *safe = ct_export_xlsx_text (value ? value : "");

  if (b->rc == LXW_NO_ERROR)
    b->rc = worksheet_write_string (sheet, r, c, safe, format);
}

static void
number (Book          *b,
        lxw_worksheet *sheet,
        lxw_row_t      r,
        lxw_col_t      c,
        double         value)
{
  if (b->rc == LXW_NO_ERROR && !isnan (value))
    b->rc = worksheet_write_number (sheet, r, c, value, NULL);
}

static void
write_kpis (CtReport *self,
            Book     *b)
{
  lxw_worksheet *sheet = workbook_add_worksheet (b->book, _("KPIs"));
  const char *const titles[] = {
    N_("Key"), N_("KPI"), N_("Value"), N_("Previous period"), N_("Target"), N_("Met"),
    N_("Value (number)"), N_("Definition"),
  };

  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    text (b, sheet, 0, c, _(titles[c]), b->bold);
  worksheet_set_column (sheet, 1, 1, 24, NULL);
  worksheet_set_column (sheet, 7, 7, 80, NULL);
  for (guint i = 0; i < self->keys->len; i++)
    {
      const char *key = g_ptr_array_index (self->keys, i);
      g_autofree char *value = NULL, *previous = NULL, *target = NULL;
      const char *mark;
      CtDashboardTile tile;
      lxw_row_t r = i + 1;

      ct_dashboard_get_tile (self->dash, key, &tile);
      ct_report_format_kpi (self, key, &value, &previous, &target, &mark);
      text (b, sheet, r, 0, key, NULL);
      text (b, sheet, r, 1, tile.name, NULL);
      text (b, sheet, r, 2, value, NULL);
      text (b, sheet, r, 3, previous, NULL);
      text (b, sheet, r, 4, target, NULL);
      text (b, sheet, r, 5, mark, NULL);
      number (b, sheet, r, 6, tile.has_value ? tile.value : NAN);
      text (b, sheet, r, 7, tile.definition, NULL);
    }
}

static void
write_table (Book                   *b,
             const char             *name,
             const char             *first_title,
             const CtDashboardTable *table)
{
  lxw_worksheet *sheet = workbook_add_worksheet (b->book, name);

  text (b, sheet, 0, 0, first_title, b->bold);
  worksheet_set_column (sheet, 0, 0, 16, NULL);
  for (guint c = 0; c < table->n_columns; c++)
    text (b, sheet, 0, c + 1, table->column_labels[c], b->bold);
  for (guint r = 0; r < table->n_rows; r++)
    {
      text (b, sheet, r + 1, 0, table->row_labels[r], NULL);
      for (guint c = 0; c < table->n_columns; c++)
        number (b, sheet, r + 1, c + 1, ct_dashboard_table_get (table, r, c));
    }
}

static gboolean
write_book (CtReport    *self,
            const char  *tmp,
            const char  *path,
            GError     **error)
{
  Book b = { NULL, NULL, LXW_NO_ERROR };
  lxw_error closed;

  if (!(b.book = workbook_new (tmp)))
    return ct_export_xlsx_check (LXW_ERROR_CREATING_XLSX_FILE, path, error);
  b.bold = workbook_add_format (b.book);
  format_set_bold (b.bold);
  write_kpis (self, &b);
  write_table (&b, _("Tickets by kind"), _("Date"),
               ct_dashboard_get_table (self->dash, CT_DASHBOARD_TICKETS_BY_KIND));
  write_table (&b, _("Departments"), _("Department"),
               ct_dashboard_get_table (self->dash, CT_DASHBOARD_DEPARTMENTS));
  write_table (&b, _("Time to accept"), _("Time to accept"),
               ct_dashboard_get_table (self->dash, CT_DASHBOARD_RESPONSE_TIME));
  /* Always closed: it frees the workbook. */
  closed = workbook_close (b.book);
  return ct_export_xlsx_check (b.rc != LXW_NO_ERROR ? b.rc : closed, path, error);
}

gboolean
ct_report_save_xlsx (CtReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *tmp = NULL;
  CtReportLang saved;
  gboolean ok;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  if (!(tmp = ct_export_create_beside (path, error)))
    return FALSE;
  ct_report_lang_push (&saved, self->lang);
  ok = write_book (self, tmp, path, error);
  ct_report_lang_pop (&saved);
  if (ok)
    return ct_export_move_into_place (tmp, path, error);
  g_unlink (tmp);
  return FALSE;
}
