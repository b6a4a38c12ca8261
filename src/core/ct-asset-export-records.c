/* ct-asset-export-records.c — the maintenance plans and meter readings of the
 * ledger (of one site, or all) to CSV, which imports again, or to Excel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "ct-asset-export-private.h"
#include "ct-ticket-io-private.h"
#include "ct-work-calendar.h"

/* In the order of CtPlanColumn. Plans of retired assets and inactive plans
 * are left out: the import refuses the first and makes every plan active. */
#define PLANS_SQL \
  "SELECT a.code, p.title, p.rrule, p.basis, p.starts_on, coalesce (d.code, ''), " \
  "p.contractor, p.instructions FROM maintenance_plans p " \
  "JOIN assets a ON a.id = p.asset_id " \
  "LEFT JOIN departments d ON d.id = p.department_id " \
  "WHERE p.active = 1 AND a.status <> 'retired' AND (?1 = 0 OR a.site_id = ?1) " \
  "ORDER BY a.code, p.title, p.id"

/* The meter's code, the time, the value and the reader. */
#define READINGS_SQL \
  "SELECT m.code, r.read_at, r.value, r.reader FROM meter_readings r " \
  "JOIN meters m ON m.id = r.meter_id WHERE (?1 = 0 OR m.site_id = ?1) " \
  "ORDER BY m.code, r.read_at, r.id"

typedef struct
{
  CtDatabase *db;
  GTimeZone  *tz;
  GPtrArray  *rows;
} Rows;

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

/* The shortest text that reads back as @value: 1234.5, not 1234.4999…. */
char *
ct_asset_export_format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return g_strdup ("");
  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  return g_strdup (buffer);
}

static GStrv
plan_cells (sqlite3_stmt *stmt)
{
  GStrv cells = g_new0 (char *, CT_PLAN_N_COLUMNS + 1);

  for (int c = 0; c < CT_PLAN_N_COLUMNS; c++)
    cells[c] = column_text (stmt, c);
  return cells;
}

/* A time with seconds only when it has some, so that it reads back exactly. */
static GStrv
reading_cells (Rows         *rows,
               sqlite3_stmt *stmt)
{
  GStrv cells = g_new0 (char *, CT_READING_N_COLUMNS + 1);
  gint64 read_at = sqlite3_column_int64 (stmt, 1);

  cells[CT_READING_COL_METER] = column_text (stmt, 0);
  cells[CT_READING_COL_READ_AT] = ct_ticket_io_format_time (read_at, rows->tz, read_at % 60 != 0);
  cells[CT_READING_COL_VALUE] = ct_asset_export_format_number (sqlite3_column_double (stmt, 2));
  cells[CT_READING_COL_READER] = column_text (stmt, 3);
  return cells;
}

static gboolean
read_rows (Rows               *rows,
           CtAssetImportKind   kind,
           gint64              site_id,
           GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ct_database_prepare (rows->db, kind == CT_ASSET_IMPORT_PLANS ? PLANS_SQL : READINGS_SQL,
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, site_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows->rows, kind == CT_ASSET_IMPORT_PLANS ? plan_cells (stmt)
                                                               : reading_cells (rows, stmt));
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (rows->db, rc, error);
  return FALSE;
}

gboolean
ct_asset_export_records (CtAssetStore       *store,
                         CtAssetImportKind   kind,
                         gint64              site_id,
                         const char         *path,
                         guint              *n_rows,
                         GError            **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  Rows rows = { NULL };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (kind <= CT_ASSET_IMPORT_READINGS && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (kind == CT_ASSET_IMPORT_ASSETS)
    {
      query.include_retired = TRUE;
      query.site_id = site_id;
      return ct_asset_export (store, &query, path, n_rows, error);
    }
  rows.db = ct_asset_store_get_database (store);
  if (!ct_asset_export_check_path (path, error)
      || !(tz = ct_work_calendar_load_time_zone (rows.db, error)))
    return FALSE;
  rows.tz = tz;
  cells = rows.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  if (!read_rows (&rows, kind, site_id, error)
      || !ct_asset_export_write (path, kind, cells, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = cells->len;
  return TRUE;
}
