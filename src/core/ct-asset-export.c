/* ct-asset-export.c — the assets of a query to CSV (which imports again) or
 * to an Excel workbook; the CSV writer of every export of the ledger
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "ct-asset-export-private.h"
#include "ct-csv.h"
#include "ct-ticket-export.h"
#include "ct-ticket-io-private.h"

typedef struct
{
  CtAssetStore  *store;
  CtOrganisation *org;
  GHashTable    *codes;   /* asset id → code, for the parent column */
} Export;

static const char *
record_text (CtRecordStore *store,
             gint64         id,
             const char    *field)
{
  CtRecord *record = id != 0 ? ct_record_store_lookup (store, id) : NULL;

  return record != NULL ? ct_record_get_string (record, field) : "";
}

/* The code of asset @id: parents are mostly in the export, else read. */
static const char *
parent_code (Export  *ex,
             gint64   id,
             GError **error)
{
  g_autoptr(CtAsset) parent = NULL;
  const char *code;

  if (id == 0)
    return "";
  code = g_hash_table_lookup (ex->codes, &id);
  if (code != NULL)
    return code;
  parent = ct_asset_store_load (ex->store, id, error);
  if (parent == NULL)
    return NULL;
  code = g_strdup (ct_asset_get_code (parent));
  g_hash_table_insert (ex->codes, g_memdup2 (&id, sizeof id), (char *) code);
  return code;
}

static const char *
other_cell (Export    *ex,
            CtRecord  *asset,
            guint      column,
            GError   **error)
{
  if (column == CT_ASSET_COL_SITE)
    return record_text (ct_organisation_get_sites (ex->org),
                        ct_record_get_int (asset, "site_id"), "name");
  if (column == CT_ASSET_COL_BUILDING)
    return record_text (ct_organisation_get_buildings (ex->org),
                        ct_record_get_int (asset, "building_id"), "code");
  if (column == CT_ASSET_COL_LOCATION)
    return record_text (ct_asset_store_get_locations (ex->store),
                        ct_record_get_int (asset, "location_id"), "name");
  g_assert (column == CT_ASSET_COL_PARENT);
  return parent_code (ex, ct_record_get_int (asset, "parent_id"), error);
}

/* The cells of one asset, as the import reads them. */
static GStrv
asset_cells (Export    *ex,
             CtRecord  *asset,
             GError   **error)
{
  const CtAssetColumnSet *set = ct_asset_import_columns (CT_ASSET_IMPORT_ASSETS);
  g_auto(GStrv) cells = g_new0 (char *, set->n_columns + 1);

  for (guint c = 0; c < set->n_columns; c++)
    {
      const char *text;

      if (set->columns[c].type == CT_ASSET_CELL_OTHER)
        text = other_cell (ex, asset, c, error);
      else
        text = ct_record_get_string (asset, set->columns[c].key);
      if (text == NULL)
        return NULL;
      cells[c] = g_strdup (text);
    }
  return g_steal_pointer (&cells);
}

/* The assets of @ids, and their codes in @codes. */
static GPtrArray *
load_assets (CtAssetStore  *store,
             GArray        *ids,
             GHashTable    *codes,
             GError       **error)
{
  g_autoptr(GPtrArray) assets = g_ptr_array_new_full (ids->len, g_object_unref);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      CtAsset *asset = ct_asset_store_load (store, id, error);

      if (asset == NULL)
        return NULL;
      g_ptr_array_add (assets, asset);
      g_hash_table_insert (codes, g_memdup2 (&id, sizeof id), g_strdup (ct_asset_get_code (asset)));
    }
  return g_steal_pointer (&assets);
}

typedef struct
{
  GHashTable *by_id;    /* id → CtRecord of the export */
  GHashTable *placed;   /* ids */
  GPtrArray  *ordered;
} Order;

/* Appends @asset after its parent when the parent is exported too: the import
 * wants a parent before the assets that are part of it. */
static void
place (Order    *order,
       CtRecord *asset)
{
  gint64 id = ct_record_get_id (asset);
  gint64 parent_id = ct_record_get_int (asset, "parent_id");
  CtRecord *parent = g_hash_table_lookup (order->by_id, &parent_id);

  if (g_hash_table_contains (order->placed, &id))
    return;
  g_hash_table_add (order->placed, g_memdup2 (&id, sizeof id));
  if (parent != NULL)
    place (order, parent);
  g_ptr_array_add (order->ordered, asset);
}

/* @assets in their order, but every parent before its parts. */
static GPtrArray *
parents_first (GPtrArray *assets)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) placed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);
  Order order = { by_id, placed, g_ptr_array_new_full (assets->len, NULL) };

  for (guint i = 0; i < assets->len; i++)
    {
      CtRecord *asset = g_ptr_array_index (assets, i);
      gint64 id = ct_record_get_id (asset);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), asset);
    }
  for (guint i = 0; i < assets->len; i++)
    place (&order, g_ptr_array_index (assets, i));
  return order.ordered;
}

static GPtrArray *
read_rows (CtAssetStore        *store,
           const CtAssetQuery  *query,
           GError             **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, g_free);
  Export ex = { store, ct_asset_store_get_organisation (store), codes };
  g_autoptr(GArray) ids = ct_asset_query_ids (store, query, error);
  g_autoptr(GPtrArray) assets = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  if (ids == NULL || !(assets = load_assets (store, ids, codes, error)))
    return NULL;
  ordered = parents_first (assets);
  rows = g_ptr_array_new_full (ordered->len, (GDestroyNotify) g_strfreev);
  for (guint i = 0; i < ordered->len; i++)
    {
      GStrv cells = asset_cells (&ex, g_ptr_array_index (ordered, i), error);

      if (cells == NULL)
        return NULL;
      g_ptr_array_add (rows, cells);
    }
  return g_steal_pointer (&rows);
}

const char *
ct_asset_export_csv_header (CtAssetImportKind kind,
                            guint             column)
{
  const CtAssetColumnSet *set = ct_asset_import_columns (kind);
  const CtAssetColumnInfo *info;
  g_autofree char *first = NULL;
  const char *bar;

  g_return_val_if_fail (column < set->n_columns, NULL);

  info = &set->columns[column];
  if (kind == CT_ASSET_IMPORT_ASSETS)
    return info->key;
  bar = strchr (info->aliases, '|');
  first = bar != NULL ? g_strndup (info->aliases, bar - info->aliases) : g_strdup (info->aliases);
  /* Interned: a header lives as long as the program, like the keys. */
  return g_intern_string (first);
}

gboolean
ct_asset_export_write_csv (const char         *path,
                           CtAssetImportKind   kind,
                           GPtrArray          *rows,
                           GError            **error)
{
  const CtAssetColumnSet *set = ct_asset_import_columns (kind);
  g_autoptr(GString) out = g_string_new (CT_CSV_UTF8_BOM);
  const char *header[CT_ASSET_IMPORT_MAX_COLUMNS + 1] = { NULL };

  for (guint c = 0; c < set->n_columns; c++)
    header[c] = ct_asset_export_csv_header (kind, c);
  ct_csv_append_row (out, header);
  for (guint i = 0; i < rows->len; i++)
    {
      char **cells = g_ptr_array_index (rows, i);
      g_auto(GStrv) safe = g_new0 (char *, set->n_columns + 1);

      for (guint c = 0; c < set->n_columns; c++)
        safe[c] = ct_ticket_io_neutralise (cells[c]);
      ct_csv_append_row (out, (const char *const *) safe);
    }
  if (g_file_set_contents_full (path, out->str, out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                0644, error))
    return TRUE;
  g_prefix_error (error, _("Could not write “%s”: "), path);
  return FALSE;
}

gboolean
ct_asset_export_check_path (const char  *path,
                            GError     **error)
{
  CtTicketExportFormat format;

  if (ct_ticket_export_format_from_path (path, &format))
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
               _("Name the file “%s” with .csv or .xlsx at the end."), path);
  return FALSE;
}

gboolean
ct_asset_export_write (const char         *path,
                       CtAssetImportKind   kind,
                       GPtrArray          *rows,
                       GError            **error)
{
  CtTicketExportFormat format;

  if (!ct_asset_export_check_path (path, error))
    return FALSE;
  ct_ticket_export_format_from_path (path, &format);
  if (format == CT_TICKET_EXPORT_CSV)
    return ct_asset_export_write_csv (path, kind, rows, error);
  return ct_asset_export_write_kind_xlsx (path, kind, rows, error);
}

gboolean
ct_asset_export (CtAssetStore       *store,
                 const CtAssetQuery *query,
                 const char         *path,
                 guint              *n_rows,
                 GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ct_asset_export_check_path (path, error)
      || !(rows = read_rows (store, query, error))
      || !ct_asset_export_write (path, CT_ASSET_IMPORT_ASSETS, rows, error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = rows->len;
  return TRUE;
}
