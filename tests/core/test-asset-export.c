/* test-asset-export.c — assets to CSV and XLSX: the format, neutralised
 * formulas, filters, parents before their parts, the round trip through a
 * fresh database, and failures that leave no file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-test-asset-io.h"

typedef CtTestAssetIo Fixture;

#define BOM "\xEF\xBB\xBF"
#define HEADER "code,name,category,site,building,location,parent,manufacturer,model," \
  "serial,installed_on,warranty_until,contractor,contract_until,registration_no," \
  "statutory_due,criticality,status,note"

/* A-CTRL is part of PUMP-B, whose code sorts after it; X-1 looks like formulas. */
static const char ledger[] = HEADER "\n"
  "EL-01,1号楼1号客梯,elevator,阳光花园,1,B1 电梯机房,,奥的斯,GeN2,SN-1001,2019-06-01,"
  "2026/3/1,迅达维保,2026年12月31日,31103101002019060001,2026-05-20,high,in_service,"
  "\"载重 1000kg, 速度 1.75m/s\"\n"
  "EL-01-D,1号客梯门机,elevator,SH01,1,B1 电梯机房,EL-01,,,,,,,,,,low,,\n"
  "PUMP-B,生活水泵B,water,翠湖花园,1,水泵房,,,,,,,,,,,,maintenance,\n"
  "A-CTRL,水泵控制柜,power,翠湖花园,1,水泵房,PUMP-B,,,,,,,,,,,,\n"
  "X-1,=SUM(A1),other,阳光花园,,,,@evil,,,,,,,,,,retired,-3\n";

static char *
export_to (Fixture             *f,
           const CtAssetQuery  *query,
           const char          *name,
           guint                n_rows)
{
  g_autofree char *path = g_build_filename (f->base.dir, name, NULL);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (ct_asset_export (f->store, query, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_rows);
  return g_steal_pointer (&path);
}

static char *
export_csv (Fixture            *f,
            const CtAssetQuery *query,
            guint               n_rows)
{
  g_autofree char *path = export_to (f, query, "out.csv", n_rows);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS, ledger, FALSE, 5, NULL);
  query.include_retired = TRUE;
  text = export_csv (f, &query, 5);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);   /* header, 5 rows, "" after the last */
  g_assert_cmpstr (lines[0], ==, BOM HEADER);
  /* By code, but PUMP-B before its part A-CTRL; dates and words as keys. */
  g_assert_cmpstr (lines[1], ==, "PUMP-B,生活水泵B,water,翠湖花园,1,水泵房,,,,,,,,,,,medium,"
                   "maintenance,");
  g_assert_cmpstr (lines[2], ==, "A-CTRL,水泵控制柜,power,翠湖花园,1,水泵房,PUMP-B,,,,,,,,,,"
                   "medium,in_service,");
  g_assert_cmpstr (lines[3], ==, "EL-01,1号楼1号客梯,elevator,阳光花园,1,B1 电梯机房,,奥的斯,GeN2,"
                   "SN-1001,2019-06-01,2026-03-01,迅达维保,2026-12-31,31103101002019060001,"
                   "2026-05-20,high,in_service,\"载重 1000kg, 速度 1.75m/s\"");
  g_assert_cmpstr (lines[4], ==, "EL-01-D,1号客梯门机,elevator,阳光花园,1,B1 电梯机房,EL-01,,,,,,"
                   ",,,,low,in_service,");
  g_assert_cmpstr (lines[5], ==, "X-1,'=SUM(A1),other,阳光花园,,,,'@evil,,,,,,,,,medium,retired,'-3");
  g_assert_cmpstr (lines[6], ==, "");
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autofree char *all = NULL, *power = NULL, *site = NULL, *down = NULL;

  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS, ledger, FALSE, 5, NULL);
  all = export_csv (f, &query, 4);                 /* the retired X-1 left out */
  g_assert_null (strstr (all, "\r\nX-1,"));
  query.category = "power";
  power = export_csv (f, &query, 1);
  g_assert_nonnull (strstr (power, "\r\nA-CTRL,"));
  /* The parent is named, though not exported. */
  g_assert_nonnull (strstr (power, ",PUMP-B,"));
  query.category = NULL;
  query.site_id = f->sites[0];
  site = export_csv (f, &query, 2);
  g_assert_nonnull (strstr (site, "\r\nEL-01,"));
  g_assert_nonnull (strstr (site, "\r\nEL-01-D,"));
  query.site_id = 0;
  query.status = "retired";
  down = export_csv (f, &query, 1);
  g_assert_nonnull (strstr (down, "\r\nX-1,"));
}

/* Exported from one database, imported into a fresh one, exported again:
 * the same file. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CtRecord) formula = NULL;
  Fixture other = { { 0 } };

  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS, ledger, FALSE, 5, NULL);
  query.include_retired = TRUE;
  path = export_to (f, &query, "ledger.csv", 5);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  ct_test_asset_io_set_up (&other, NULL);
  ct_test_asset_io_import_ok (&other, CT_ASSET_IMPORT_ASSETS, first, FALSE, 5, NULL);
  second = export_csv (&other, &query, 5);
  g_assert_cmpstr (second, ==, first);
  formula = ct_test_asset_io_asset (&other, "X-1");
  g_assert_cmpstr (ct_record_get_string (formula, "name"), ==, "=SUM(A1)");
  g_assert_cmpstr (ct_record_get_string (formula, "note"), ==, "-3");
  ct_test_asset_io_tear_down (&other, NULL);
}

/* @member of the zip file @path, read with unzip(1). */
static char *
read_member (const char *path,
             const char *member)
{
  g_autofree char *quoted_path = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("unzip -p %s %s", quoted_path, member);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpuint (strlen (out), >, 0);
  return out;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autofree char *unzip_path = g_find_program_in_path ("unzip");
  g_autofree char *path = NULL, *sheet = NULL, *styles = NULL;

  if (unzip_path == NULL)
    {
      g_test_skip ("unzip is not installed");
      return;
    }
  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS, ledger, FALSE, 5, NULL);
  query.include_retired = TRUE;
  path = export_to (f, &query, "assets.xlsx", 5);
  /* A zip file with the sheet in it. */
  sheet = read_member (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "ySplit=\"1\""));          /* frozen header row */
  g_assert_nonnull (strstr (sheet, "Asset code"));            /* labels, not keys */
  g_assert_nonnull (strstr (sheet, "Next statutory inspection"));
  g_assert_null (strstr (sheet, "statutory_due"));
  g_assert_nonnull (strstr (sheet, "Elevator"));              /* words in the user's language */
  g_assert_nonnull (strstr (sheet, "Under maintenance"));
  g_assert_nonnull (strstr (sheet, "1号楼1号客梯"));
  g_assert_nonnull (strstr (sheet, "'=SUM(A1)"));
  g_assert_null (strstr (sheet, "<f>"));                      /* no formula at all */
  /* 2026-03-01 as an Excel date: 46082 days after 1899-12-30. */
  g_assert_nonnull (strstr (sheet, "<v>46082</v>"));
  g_assert_null (strstr (sheet, "2026-03-01"));
  styles = read_member (path, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "<b/>"));                 /* a bold header */
  g_assert_nonnull (strstr (styles, "yyyy-mm-dd"));
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  CtAssetQuery query = CT_ASSET_QUERY_INIT;
  g_autofree char *txt = g_build_filename (f->base.dir, "assets.txt", NULL);
  g_autofree char *missing = g_build_filename (f->base.dir, "no-such-folder", "a.xlsx", NULL);
  g_autofree char *missing_csv = g_build_filename (f->base.dir, "no-such-folder", "a.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_asset_export (f->store, &query, txt, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);
  g_assert_false (ct_asset_export (f->store, &query, missing, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "a.xlsx"));
  g_clear_error (&error);
  g_assert_false (ct_asset_export (f->store, &query, missing_csv, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "a.csv"));
  /* Only the database and its companions are left: no partial file. */
  g_assert_cmpuint (ct_test_asset_io_count_files (f, "assets.txt"), ==, 0);
  g_assert_cmpuint (ct_test_asset_io_count_files (f, ".xlsx"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_asset_io_set_up, func, ct_test_asset_io_tear_down)
  ADD ("/asset-io/export/csv", test_csv);
  ADD ("/asset-io/export/filters", test_filters);
  ADD ("/asset-io/export/round-trip", test_round_trip);
  ADD ("/asset-io/export/xlsx", test_xlsx);
  ADD ("/asset-io/export/failures", test_failures);
#undef ADD
  return g_test_run ();
}
