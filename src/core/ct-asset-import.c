/* ct-asset-import.c — running an asset, plan or reading import: read the
 * file, check every row in a transaction that is rolled back, back up, then
 * save every row in one transaction
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-asset-import-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

/* Ends the transaction of a dry run: everything was checked, nothing stays. */
#define DRY_RUN_ERROR (g_quark_from_static_string ("ct-asset-import-dry-run"))

typedef struct
{
  CtAssetImport *imp;
  gboolean       dry_run;
} Pass;

static void
row_free (CtAssetImportRow *row)
{
  g_ptr_array_unref (row->cells);
  g_free (row);
}

static void
import_free (CtAssetImport *imp)
{
  g_clear_pointer (&imp->tz, g_time_zone_unref);
  ct_csv_table_clear (&imp->table);
  g_clear_pointer (&imp->rows, g_ptr_array_unref);
  g_clear_pointer (&imp->lines, g_hash_table_unref);
  g_free (imp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetImport, import_free)

static CtAssetImport *
import_new (CtAssetStore       *store,
            CtAssetImportKind   kind,
            const char         *actor,
            GError            **error)
{
  g_autoptr(CtAssetImport) imp = g_new0 (CtAssetImport, 1);

  imp->store = store;
  imp->org = ct_asset_store_get_organisation (store);
  imp->db = ct_asset_store_get_database (store);
  imp->kind = kind;
  imp->set = ct_asset_import_columns (kind);
  imp->actor = actor;
  imp->now = ct_clock_now (ct_database_get_clock (imp->db));
  for (guint i = 0; i < G_N_ELEMENTS (imp->cell_of); i++)
    imp->cell_of[i] = -1;
  imp->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  imp->lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->tz = ct_work_calendar_load_time_zone (imp->db, error);
  if (imp->tz == NULL)
    return NULL;
  return g_steal_pointer (&imp);
}

/* Reading the file */

/* Spreadsheets of Chinese Windows save "CSV" as GBK/GB18030 unless told
 * otherwise: such a file is read as GB18030. */
static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autofree char *data = NULL;
  char *converted;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  if (!g_utf8_validate_len (data, len, NULL)
      && (converted = g_convert (data, len, "UTF-8", "GB18030", NULL, &len, NULL)) != NULL)
    {
      g_free (data);
      data = converted;
    }
  return g_bytes_new_take (g_steal_pointer (&data), len);
}

static int
find_column (const char    *header,
             gconstpointer  data)
{
  const CtAssetColumnSet *set = data;
  g_autofree char *name = ct_csv_table_normalise_header (header);

  for (guint i = 0; i < set->n_columns; i++)
    {
      const CtAssetColumnInfo *info = &set->columns[i];
      g_autofree char *english = ct_csv_table_normalise_header (info->label);
      g_autofree char *local = ct_csv_table_normalise_header (ct_asset_column_label (info));

      if (g_str_equal (name, info->key) || g_str_equal (name, english)
          || g_str_equal (name, local) || ct_csv_table_is_alias (info->aliases, name))
        return (int) i;
    }
  return -1;
}

static const char *
column_key (guint         column,
            gconstpointer data)
{
  const CtAssetColumnSet *set = data;

  return set->columns[column].key;
}

static gboolean
read_header (CtAssetImport  *imp,
             CtCsvReader    *reader,
             GError        **error)
{
  const CtCsvColumns columns = { imp->set->n_columns, find_column, column_key, imp->set };

  if (!ct_csv_table_read_header (&imp->table, reader, &columns, imp->cell_of, error))
    return FALSE;
  for (const int *c = imp->set->required; *c >= 0; c++)
    {
      const CtAssetColumnInfo *info = &imp->set->columns[*c];

      if (imp->cell_of[*c] < 0)
        /* The first three aliases are enough. */
        return ct_csv_table_missing_column_error (&imp->table, info->key, info->aliases, 3,
                                                  error);
    }
  return TRUE;
}

static gboolean
read_rows (CtAssetImport  *imp,
           CtCsvReader    *reader,
           GError        **error)
{
  g_autoptr(GError) local_error = NULL;

  while (ct_csv_table_next_row (&imp->table, reader, &local_error))
    {
      CtAssetImportRow *row = g_new0 (CtAssetImportRow, 1);

      row->line = imp->table.line;
      row->cells = g_steal_pointer (&imp->table.row);
      g_ptr_array_add (imp->rows, row);
      imp->table.row = g_ptr_array_ref (row->cells);
      if (!ct_csv_table_check_unnamed_cells (&imp->table, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (imp->rows->len > 0)
    return TRUE;
  g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_EMPTY,
                       _("The file has a header but no rows to import."));
  return FALSE;
}

static gboolean
read_csv (CtAssetImport  *imp,
          const char     *path,
          GError        **error)
{
  g_autoptr(GBytes) bytes = read_file (path, error);
  g_autoptr(CtCsvReader) reader = NULL;

  return bytes != NULL
         && (reader = ct_csv_reader_new_from_bytes (bytes, error)) != NULL
         && read_header (imp, reader, error)
         && read_rows (imp, reader, error);
}

/* Saving */

typedef gboolean (*SaveFunc) (CtAssetImport *imp,
                              GError       **error);

static gboolean
save_each_row (CtAssetImport  *imp,
               SaveFunc        func,
               GError        **error)
{
  for (guint i = 0; i < imp->rows->len; i++)
    {
      ct_asset_import_select_row (imp, i);
      if (!func (imp, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_rows (CtAssetImport  *imp,
           GError        **error)
{
  switch (imp->kind)
    {
    case CT_ASSET_IMPORT_ASSETS:
      return save_each_row (imp, ct_asset_import_save_asset, error);
    case CT_ASSET_IMPORT_PLANS:
      return save_each_row (imp, ct_asset_import_save_plan, error);
    case CT_ASSET_IMPORT_READINGS:
      return ct_asset_import_save_readings (imp, error);
    default:
      g_assert_not_reached ();
    }
}

static gboolean
save_cb (CtDatabase  *db,
         gpointer     user_data,
         GError     **error)
{
  Pass *pass = user_data;
  CtAssetImport *imp = pass->imp;

  memset (&imp->result, 0, sizeof imp->result);
  g_hash_table_remove_all (imp->lines);
  if (!save_rows (imp, error))
    return FALSE;
  if (!pass->dry_run)
    return TRUE;
  g_set_error_literal (error, DRY_RUN_ERROR, 0, "dry run");
  return FALSE;
}

/* One pass over the rows in a transaction, rolled back in a dry run. */
static gboolean
run_pass (CtAssetImport  *imp,
          gboolean        dry_run,
          GError        **error)
{
  Pass pass = { imp, dry_run };
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) reload_error = NULL;

  if (ct_database_write (imp->db, save_cb, &pass, &local_error))
    {
      ct_asset_store_emit_changed (imp->store);
      return TRUE;
    }
  /* The store of locations saw inserts that were rolled back. */
  if (imp->made_locations
      && !ct_record_store_reload (ct_asset_store_get_locations (imp->store), &reload_error))
    g_warning ("Could not reload the locations after an import: %s", reload_error->message);
  ct_asset_store_emit_changed (imp->store);
  if (g_error_matches (local_error, DRY_RUN_ERROR, 0))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gboolean
back_up (CtAssetImport  *imp,
         GError        **error)
{
  imp->result.backup = ct_database_backup_before_import (imp->db, error);
  return imp->result.backup != NULL;
}

/* Public API */

void
ct_asset_import_result_clear (CtAssetImportResult *result)
{
  g_return_if_fail (result != NULL);

  g_clear_pointer (&result->backup, g_free);
  memset (result, 0, sizeof *result);
}

gboolean
ct_asset_import_full (CtAssetStore        *store,
                      CtAssetImportKind    kind,
                      const char          *path,
                      gboolean             dry_run,
                      const char          *actor,
                      CtAssetImportResult *result,
                      GError             **error)
{
  g_autoptr(CtAssetImport) imp = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (kind <= CT_ASSET_IMPORT_READINGS, FALSE);
  g_return_val_if_fail (path != NULL && actor != NULL, FALSE);
  g_return_val_if_fail (!ct_database_in_write (ct_asset_store_get_database (store)), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (result != NULL)
    ct_asset_import_result_clear (result);
  if (!(imp = import_new (store, kind, actor, error))
      || !read_csv (imp, path, error)
      || !run_pass (imp, TRUE, error))
    return FALSE;
  if (!dry_run)
    {
      if (!back_up (imp, error))
        return FALSE;
      backup = g_steal_pointer (&imp->result.backup);
      if (!run_pass (imp, FALSE, error))
        return FALSE;
      imp->result.backup = g_steal_pointer (&backup);
    }
  if (result != NULL)
    *result = imp->result;
  else
    g_free (imp->result.backup);
  return TRUE;
}

gboolean
ct_asset_import (CtAssetStore       *store,
                 CtAssetImportKind   kind,
                 const char         *path,
                 gboolean            dry_run,
                 const char         *actor,
                 guint              *n_rows,
                 GError            **error)
{
  g_auto(CtAssetImportResult) result = { 0 };

  if (!ct_asset_import_full (store, kind, path, dry_run, actor, &result, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = result.n_rows;
  return TRUE;
}
