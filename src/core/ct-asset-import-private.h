/* ct-asset-import-private.h — the parts of the asset, plan and reading
 * imports and of the asset export
 *
 * An import reads the header and every row of the file first, then turns the
 * rows into records and saves them inside one ct_database_write (): a row
 * that fails rolls back every row before it. A dry run (and the check before
 * a real import) runs the same code and rolls back at the end, so what was
 * checked is exactly what is saved.
 *
 * ct-asset-export.c reads the assets of a query into rows of text and writes
 * them as CSV, ct-asset-export-xlsx.c as a workbook.
 *
 * ct-asset-import.c runs an import, ct-asset-import-columns.c knows the
 * columns of the three files, ct-asset-import-values.c reads cells (dates,
 * words, sites, buildings, departments), ct-asset-import-assets.c,
 * ct-asset-import-plans.c and ct-asset-import-readings.c save the rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-io.h"
#include "ct-csv-table.h"
#include "ct-database-private.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ASSET_CELL_TEXT,     /* copied to the record field named by the key */
  CT_ASSET_CELL_DATE,     /* a date into the record field named by the key */
  CT_ASSET_CELL_TERM,     /* a vocabulary key into the record field */
  CT_ASSET_CELL_OTHER,    /* read by the code of the kind */
} CtAssetCellType;

typedef const char *(*CtAssetTermFunc) (const char *text);
typedef const char *const *(*CtAssetKeysFunc) (void);

typedef struct
{
  const char      *key;        /* the English header, and the field it fills */
  const char      *label;      /* with context "asset column": the XLSX header */
  const char      *aliases;    /* other accepted headers, normalised, '|'-separated */
  CtAssetCellType  type;
  CtAssetTermFunc  from_text;  /* TERM: the key of a word, NULL when unknown */
  CtAssetTermFunc  to_label;   /* TERM: the translated label of a key */
  CtAssetKeysFunc  keys;       /* TERM: the keys, for messages */
  int              width;      /* of the XLSX column, in characters */
} CtAssetColumnInfo;

typedef struct
{
  const CtAssetColumnInfo *columns;
  guint                    n_columns;
  const int               *required;   /* column numbers, ending with -1 */
} CtAssetColumnSet;

/* The columns of the asset file, in the order of the export. */
typedef enum
{
  CT_ASSET_COL_CODE,
  CT_ASSET_COL_NAME,
  CT_ASSET_COL_CATEGORY,
  CT_ASSET_COL_SITE,
  CT_ASSET_COL_BUILDING,
  CT_ASSET_COL_LOCATION,
  CT_ASSET_COL_PARENT,
  CT_ASSET_COL_MANUFACTURER,
  CT_ASSET_COL_MODEL,
  CT_ASSET_COL_SERIAL,
  CT_ASSET_COL_INSTALLED_ON,
  CT_ASSET_COL_WARRANTY_UNTIL,
  CT_ASSET_COL_CONTRACTOR,
  CT_ASSET_COL_CONTRACT_UNTIL,
  CT_ASSET_COL_REGISTRATION_NO,
  CT_ASSET_COL_STATUTORY_DUE,
  CT_ASSET_COL_CRITICALITY,
  CT_ASSET_COL_STATUS,
  CT_ASSET_COL_NOTE,
  CT_ASSET_N_COLUMNS
} CtAssetColumn;

typedef enum
{
  CT_PLAN_COL_ASSET,
  CT_PLAN_COL_TITLE,
  CT_PLAN_COL_RULE,
  CT_PLAN_COL_BASIS,
  CT_PLAN_COL_STARTS_ON,
  CT_PLAN_COL_DEPARTMENT,
  CT_PLAN_COL_CONTRACTOR,
  CT_PLAN_COL_INSTRUCTIONS,
  CT_PLAN_N_COLUMNS
} CtPlanColumn;

typedef enum
{
  CT_READING_COL_METER,
  CT_READING_COL_READ_AT,
  CT_READING_COL_VALUE,
  CT_READING_COL_READER,
  CT_READING_N_COLUMNS
} CtReadingColumn;

#define CT_ASSET_IMPORT_MAX_COLUMNS CT_ASSET_N_COLUMNS

const CtAssetColumnSet *ct_asset_import_columns (CtAssetImportKind kind);
/* The XLSX header of @info in the user's language. */
const char *ct_asset_column_label (const CtAssetColumnInfo *info);

typedef struct
{
  guint      line;
  GPtrArray *cells;   /* char *, trimmed */
} CtAssetImportRow;

typedef struct
{
  CtAssetStore            *store;
  CtOrganisation          *org;
  CtDatabase              *db;
  CtAssetImportKind        kind;
  const CtAssetColumnSet  *set;
  const char              *actor;
  GTimeZone               *tz;
  gint64                   now;

  CtCsvTable               table;     /* header, current row and its line */
  int                      cell_of[CT_ASSET_IMPORT_MAX_COLUMNS];
  GPtrArray               *rows;      /* CtAssetImportRow, as read */
  GHashTable              *lines;     /* assets: code → GUINT line of the file */
  gboolean                 made_locations;  /* the location store needs a reload
                                               after a rollback */
  CtAssetImportResult      result;
} CtAssetImport;

/* Makes row @index of imp->rows the current row of imp->table. */
void        ct_asset_import_select_row (CtAssetImport  *imp,
                                        guint           index);
/* The trimmed cell of @column in the current row ("" when absent), without
 * the ' an export put before text that looks like a formula. */
const char *ct_asset_import_cell      (CtAssetImport  *imp,
                                       int             column);
/* Sets "Line N, column "header" (C): problem" and returns FALSE. */
gboolean    ct_asset_import_error     (CtAssetImport  *imp,
                                       int             column,
                                       GError        **error,
                                       const char     *format,
                                       ...) G_GNUC_PRINTF (4, 5);
/* Prefixes @error (from a store) with the line of the current row. */
gboolean    ct_asset_import_line_error (CtAssetImport *imp,
                                        GError       **error);
/* Fails naming the column when @column's cell is empty. */
gboolean    ct_asset_import_require   (CtAssetImport  *imp,
                                       int             column,
                                       GError        **error);

/* Values (ct-asset-import-values.c) */

/* "2026-03-01", "2026/3/1" or "2026年3月1日" as "2026-03-01"; NULL when not a
 * date. */
char       *ct_asset_import_parse_date (const char    *text);
/* A date, or a date and a time "H:MM[:SS]", or ISO 8601 with an offset: UTC
 * seconds in @out. A date alone is midnight in @tz. */
gboolean    ct_asset_import_parse_time (const char    *text,
                                        GTimeZone     *tz,
                                        gint64        *out);
/* Fills the TEXT, DATE and TERM columns of the current row into @record
 * (empty cells keep the record's value). */
gboolean    ct_asset_import_fill      (CtAssetImport  *imp,
                                       CtRecord       *record,
                                       GError        **error);
/* The id of the site (name or code) in @column; fails when unknown. */
gboolean    ct_asset_import_site      (CtAssetImport  *imp,
                                       int             column,
                                       gint64         *site_id,
                                       GError        **error);
/* The id of the building (code or name) of @site_id in @column, 0 when
 * empty; fails when unknown. */
gboolean    ct_asset_import_building  (CtAssetImport  *imp,
                                       int             column,
                                       gint64          site_id,
                                       gint64         *building_id,
                                       GError        **error);
/* The id of the department (code or name) in @column, 0 when empty. */
gboolean    ct_asset_import_department (CtAssetImport *imp,
                                        int            column,
                                        gint64        *department_id,
                                        GError       **error);
/* The asset with @code in @asset, NULL when none; fails only when the
 * database does. */
gboolean    ct_asset_import_find_code (CtAssetImport  *imp,
                                       const char     *code,
                                       CtAsset       **asset,
                                       GError        **error);
/* The id of the asset whose code is in @column; fails when unknown. */
gboolean    ct_asset_import_asset     (CtAssetImport  *imp,
                                       int             column,
                                       gint64         *asset_id,
                                       GError        **error);

/* Saving, inside the write: the asset or plan of the current row; all the
 * readings. */
gboolean    ct_asset_import_save_asset    (CtAssetImport *imp,
                                           GError       **error);
gboolean    ct_asset_import_save_plan     (CtAssetImport *imp,
                                           GError       **error);
gboolean    ct_asset_import_save_readings (CtAssetImport *imp,
                                           GError       **error);

/* Export: @rows are the assets, each a GStrv of CT_ASSET_N_COLUMNS cells as
 * the CSV has them (keys of words, dates "YYYY-MM-DD", "" when empty). */
gboolean    ct_asset_export_write_xlsx    (const char    *path,
                                           GPtrArray     *rows,
                                           GError       **error);

G_END_DECLS
