/* ct-test-asset-io.c — the fixture of the asset import and export tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-database-private.h"
#include "ct-meter.h"
#include "ct-test-asset-io.h"

static gint64
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;
  g_autoptr(GError) error = NULL;

  ct_record_store_insert (store, owned, "test", &error);
  g_assert_no_error (error);
  return ct_record_get_id (owned);
}

void
ct_test_asset_io_set_up (CtTestAssetIo *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *sites, *buildings, *meters;

  ct_test_fixture_set_up (&f->base, "ct-asset-io-XXXXXX", "assets.db");
  ct_test_fixture_open_organisation (&f->base);
  f->store = ct_asset_store_new (f->base.org, &error);
  g_assert_no_error (error);
  sites = ct_organisation_get_sites (f->base.org);
  buildings = ct_organisation_get_buildings (f->base.org);
  f->sites[0] = insert (sites, ct_site_new ("SH01", "阳光花园"));
  f->sites[1] = insert (sites, ct_site_new ("CH02", "翠湖花园"));
  f->buildings[0] = insert (buildings, ct_building_new (f->sites[0], "1", "1号楼"));
  f->buildings[1] = insert (buildings, ct_building_new (f->sites[0], "2", "2号楼"));
  /* The other site has a building "1" too: building codes are per site. */
  insert (buildings, ct_building_new (f->sites[1], "1", "1栋"));
  meters = ct_meter_get_store (f->store);
  f->meters[0] = insert (meters, ct_meter_new ("E-01", "1号楼总表", "electricity", f->sites[0]));
  f->meters[1] = insert (meters, ct_meter_new ("W-01", "生活水表", "water", f->sites[0]));
}

void
ct_test_asset_io_tear_down (CtTestAssetIo *f,
                            gconstpointer  data)
{
  g_clear_object (&f->store);
  ct_test_fixture_tear_down (&f->base);
}

char *
ct_test_asset_io_write (CtTestAssetIo *f,
                        const char    *name,
                        const char    *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->base.dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

void
ct_test_asset_io_import_ok (CtTestAssetIo       *f,
                            CtAssetImportKind    kind,
                            const char          *contents,
                            gboolean             dry_run,
                            guint                n_rows,
                            CtAssetImportResult *result)
{
  g_autofree char *path = ct_test_asset_io_write (f, "in.csv", contents);
  g_auto(CtAssetImportResult) local = { 0 };
  g_autoptr(GError) error = NULL;

  if (result == NULL)
    result = &local;
  ct_asset_import_full (f->store, kind, path, dry_run, "test", result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->n_rows, ==, n_rows);
}

void
ct_test_asset_io_import_fails (CtTestAssetIo     *f,
                               CtAssetImportKind  kind,
                               const char        *contents,
                               const char        *message)
{
  g_autofree char *path = ct_test_asset_io_write (f, "in.csv", contents);
  g_autoptr(GError) error = NULL;
  guint n_rows = 99;

  g_assert_false (ct_asset_import (f->store, kind, path, FALSE, "test", &n_rows, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (n_rows, ==, 99);
}

gint64
ct_test_asset_io_count (CtTestAssetIo *f,
                        const char    *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = ct_database_get_handle (f->base.db);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

CtRecord *
ct_test_asset_io_asset (CtTestAssetIo *f,
                        const char    *code)
{
  g_autoptr(GError) error = NULL;
  CtAsset *asset = ct_asset_store_find_code (f->store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (asset);
  return CT_RECORD (asset);
}

guint
ct_test_asset_io_count_files (CtTestAssetIo *f,
                              const char    *part)
{
  g_autoptr(GDir) dir = g_dir_open (f->base.dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += strstr (name, part) != NULL;
  return n;
}
