/* ct-asset-import-values.c — the cells of an asset, plan or reading import:
 * dates, times, words, and the sites, buildings, departments and assets they
 * name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-asset-import-private.h"
#include "ct-ticket-io-private.h"

/* Rows and cells */

void
ct_asset_import_select_row (CtAssetImport *imp,
                            guint          index)
{
  CtAssetImportRow *row = g_ptr_array_index (imp->rows, index);

  g_clear_pointer (&imp->table.row, g_ptr_array_unref);
  imp->table.row = g_ptr_array_ref (row->cells);
  imp->table.line = row->line;
}

const char *
ct_asset_import_cell (CtAssetImport *imp,
                      int            column)
{
  return ct_ticket_io_unneutralise (ct_csv_table_cell (&imp->table, imp->cell_of[column]));
}

gboolean
ct_asset_import_error (CtAssetImport  *imp,
                       int             column,
                       GError        **error,
                       const char     *format,
                       ...)
{
  va_list args;

  va_start (args, format);
  ct_csv_table_cell_error_valist (&imp->table, imp->cell_of[column], error, format, args);
  va_end (args);
  return FALSE;
}

gboolean
ct_asset_import_line_error (CtAssetImport  *imp,
                            GError        **error)
{
  g_prefix_error (error, _("Line %u: "), imp->table.line);
  return FALSE;
}

gboolean
ct_asset_import_require (CtAssetImport  *imp,
                         int             column,
                         GError        **error)
{
  if (*ct_asset_import_cell (imp, column) != '\0')
    return TRUE;
  return ct_asset_import_error (imp, column, error, _("this cell must not be empty"));
}

/* Dates and times */

/* Reads up to @max digits; the number of digits read. */
static guint
scan_number (const char **p,
             guint        max,
             int         *out)
{
  guint n = 0;

  *out = 0;
  while (n < max && g_ascii_isdigit ((*p)[n]))
    *out = *out * 10 + ((*p)[n++] - '0');
  *p += n;
  return n;
}

static gboolean
skip (const char **p,
      const char  *word)
{
  gsize len = strlen (word);

  if (len == 0 || strncmp (*p, word, len) != 0)
    return FALSE;
  *p += len;
  return TRUE;
}

/* 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日 */
static gboolean
scan_date (const char **p,
           GDate       *date)
{
  char separator[2] = { '\0', '\0' };
  gboolean chinese;
  int year, month, day;

  if (scan_number (p, 4, &year) != 4)
    return FALSE;
  separator[0] = **p;
  chinese = skip (p, "年");
  if (!chinese && (strchr ("-/.", separator[0]) == NULL || !skip (p, separator)))
    return FALSE;
  if (scan_number (p, 2, &month) == 0 || !skip (p, chinese ? "月" : separator)
      || scan_number (p, 2, &day) == 0)
    return FALSE;
  if (chinese && !skip (p, "日"))
    skip (p, "号");
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* " 8:30" or " 08:30:15" */
static gboolean
scan_clock (const char **p,
            int         *hour,
            int         *minute,
            int         *second)
{
  *second = 0;
  if (!skip (p, " ") && !skip (p, "T"))
    return FALSE;
  while (**p == ' ')
    (*p)++;
  if (scan_number (p, 2, hour) == 0 || !skip (p, ":") || scan_number (p, 2, minute) != 2)
    return FALSE;
  if (skip (p, ":") && scan_number (p, 2, second) != 2)
    return FALSE;
  return *hour < 24 && *minute < 60 && *second < 60;
}

char *
ct_asset_import_parse_date (const char *text)
{
  GDate date;
  const char *p = text;
  int hour, minute, second;

  g_return_val_if_fail (text != NULL, NULL);

  g_date_clear (&date, 1);
  if (!scan_date (&p, &date))
    return NULL;
  /* Spreadsheets write dates as date-times at midnight. */
  if (*p != '\0' && (!scan_clock (&p, &hour, &minute, &second) || *p != '\0'
                     || hour + minute + second != 0))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

gboolean
ct_asset_import_parse_time (const char *text,
                            GTimeZone  *tz,
                            gint64     *out)
{
  g_autoptr(GDateTime) dt = NULL;
  GDate date;
  const char *p = text;
  int hour = 0, minute = 0, second = 0;

  g_return_val_if_fail (text != NULL && tz != NULL && out != NULL, FALSE);

  if (ct_ticket_io_parse_time (text, tz, out))
    return TRUE;
  g_date_clear (&date, 1);
  if (!scan_date (&p, &date)
      || (*p != '\0' && !scan_clock (&p, &hour, &minute, &second)) || *p != '\0')
    return FALSE;
  dt = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date),
                        g_date_get_day (&date), hour, minute, second);
  if (dt == NULL)
    return FALSE;
  *out = g_date_time_to_unix (dt);
  return TRUE;
}

/* The simple columns */

static gboolean
fill_term (CtAssetImport            *imp,
           guint                     column,
           const CtAssetColumnInfo  *info,
           const char               *text,
           CtRecord                 *record,
           GError                  **error)
{
  const char *key = info->from_text (text);
  g_autofree char *keys = NULL;

  if (key != NULL)
    {
      ct_record_set_string (record, info->key, key);
      return TRUE;
    }
  keys = g_strjoinv (", ", (char **) info->keys ());
  return ct_asset_import_error (imp, column, error, _("“%s” is not known here; use one of: %s"),
                                text, keys);
}

gboolean
ct_asset_import_fill (CtAssetImport  *imp,
                      CtRecord       *record,
                      GError        **error)
{
  for (guint c = 0; c < imp->set->n_columns; c++)
    {
      const CtAssetColumnInfo *info = &imp->set->columns[c];
      const char *text = ct_asset_import_cell (imp, c);
      g_autofree char *date = NULL;

      if (*text == '\0')
        continue;
      switch (info->type)
        {
        case CT_ASSET_CELL_TEXT:
          ct_record_set_string (record, info->key, text);
          break;
        case CT_ASSET_CELL_DATE:
          if (!(date = ct_asset_import_parse_date (text)))
            return ct_asset_import_error (imp, c, error,
                                          _("“%s” is not a date like 2026-03-01"), text);
          ct_record_set_string (record, info->key, date);
          break;
        case CT_ASSET_CELL_TERM:
          if (!fill_term (imp, c, info, text, record, error))
            return FALSE;
          break;
        case CT_ASSET_CELL_OTHER:
        default:
          break;
        }
    }
  return TRUE;
}

/* Organisation and assets */

gboolean
ct_asset_import_site (CtAssetImport  *imp,
                      int             column,
                      gint64         *site_id,
                      GError        **error)
{
  CtRecordStore *sites = ct_organisation_get_sites (imp->org);
  const char *text = ct_asset_import_cell (imp, column);
  CtRecord *site = ct_record_store_find (sites, "name", text);

  if (site == NULL)
    site = ct_record_store_find (sites, "code", text);
  if (site == NULL)
    return ct_asset_import_error (imp, column, error,
                                  _("there is no site “%s”; add it under Organisation "
                                    "first or correct the name"), text);
  *site_id = ct_record_get_id (site);
  return TRUE;
}

/* The building of @site_id whose @field is @text, or NULL. */
static CtRecord *
find_building (CtAssetImport *imp,
               gint64         site_id,
               const char    *field,
               const char    *text)
{
  GListModel *model = ct_record_store_get_model (ct_organisation_get_buildings (imp->org));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) building = g_list_model_get_item (model, i);

      if (ct_record_get_int (building, "site_id") == site_id
          && g_strcmp0 (ct_record_get_string (building, field), text) == 0)
        return building;  /* the store's model keeps it */
    }
  return NULL;
}

gboolean
ct_asset_import_building (CtAssetImport  *imp,
                          int             column,
                          gint64          site_id,
                          gint64         *building_id,
                          GError        **error)
{
  const char *text = ct_asset_import_cell (imp, column);
  CtRecord *building;

  *building_id = 0;
  if (*text == '\0')
    return TRUE;
  building = find_building (imp, site_id, "code", text);
  if (building == NULL)
    building = find_building (imp, site_id, "name", text);
  if (building == NULL)
    return ct_asset_import_error (imp, column, error,
                                  _("the site has no building “%s”"), text);
  *building_id = ct_record_get_id (building);
  return TRUE;
}

gboolean
ct_asset_import_department (CtAssetImport  *imp,
                            int             column,
                            gint64         *department_id,
                            GError        **error)
{
  const char *text = ct_asset_import_cell (imp, column);
  CtDepartment *department;

  *department_id = 0;
  if (*text == '\0')
    return TRUE;
  department = ct_organisation_find_department (imp->org, text);
  if (department == NULL)
    return ct_asset_import_error (imp, column, error,
                                  _("there is no department “%s”"), text);
  *department_id = ct_record_get_id (CT_RECORD (department));
  return TRUE;
}

gboolean
ct_asset_import_find_code (CtAssetImport  *imp,
                           const char     *code,
                           CtAsset       **asset,
                           GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  *asset = ct_asset_store_find_code (imp->store, code, &local_error);
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return ct_asset_import_line_error (imp, error);
}

gboolean
ct_asset_import_asset (CtAssetImport  *imp,
                       int             column,
                       gint64         *asset_id,
                       GError        **error)
{
  const char *code = ct_asset_import_cell (imp, column);
  g_autoptr(CtAsset) asset = NULL;

  if (!ct_asset_import_find_code (imp, code, &asset, error))
    return FALSE;
  if (asset == NULL)
    return ct_asset_import_error (imp, column, error,
                                  _("there is no asset with the code “%s”"), code);
  *asset_id = ct_record_get_id (CT_RECORD (asset));
  return TRUE;
}
