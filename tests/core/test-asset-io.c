/* test-asset-io.c — importing assets, maintenance plans and meter readings:
 * English and Chinese headers, GB18030, every kind of error with its line
 * and column, all or nothing, dry runs, the backup, dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ct-asset-import-private.h"
#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-test-asset-io.h"

typedef CtTestAssetIo Fixture;

#define ASSETS CT_ASSET_IMPORT_ASSETS
#define PLANS CT_ASSET_IMPORT_PLANS
#define READINGS CT_ASSET_IMPORT_READINGS

#define ASSET_HEADER "code,name,category,site,building,location,parent,manufacturer,model," \
  "serial,installed_on,warranty_until,contractor,contract_until,registration_no," \
  "statutory_due,criticality,status,note\n"

/* Two locations to create: B1 电梯机房 in building 1 (named twice), 配电室 in 2. */
static const char english[] = ASSET_HEADER
  "EL-01,1号楼1号客梯,elevator,阳光花园,1,B1 电梯机房,,奥的斯,GeN2,SN-1001,2019-06-01,"
  "2026/3/1,迅达维保,2026年12月31日,31103101002019060001,2026-05-20,high,in_service,"
  "\"载重 1000kg, 速度 1.75m/s\"\n"
  "EL-01-D,1号客梯门机,Elevator,SH01,1,B1 电梯机房,EL-01,,,,,,,,,,low,,\n"
  "PD-01,2号楼低压配电柜,power,阳光花园,2,配电室,,施耐德,,,,,,,,,,down,\n";

/* 2025-11-01 00:00 in Asia/Shanghai. */
#define NOV_1 1761926400
#define HOUR 3600

static const char *
location_name (Fixture  *f,
               CtRecord *asset)
{
  CtRecordStore *locations = ct_asset_store_get_locations (f->store);
  CtRecord *location = ct_record_store_lookup (locations,
                                               ct_record_get_int (asset, "location_id"));

  g_assert_nonnull (location);
  g_assert_cmpstr (ct_record_get_string (location, "kind"), ==, "plant_room");
  return ct_record_get_string (location, "name");
}

static gint64
count_assets_in (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM assets", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static void
test_assets_english (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(CtAssetImportResult) result = { 0 };
  g_autoptr(CtRecord) lift = NULL, door = NULL, panel = NULL;

  ct_test_asset_io_import_ok (f, ASSETS, english, FALSE, 3, &result);
  g_assert_cmpuint (result.n_locations, ==, 2);
  lift = ct_test_asset_io_asset (f, "EL-01");
  g_assert_cmpstr (ct_record_get_string (lift, "name"), ==, "1号楼1号客梯");
  g_assert_cmpstr (ct_record_get_string (lift, "category"), ==, "elevator");
  g_assert_cmpint (ct_record_get_int (lift, "site_id"), ==, f->sites[0]);
  g_assert_cmpint (ct_record_get_int (lift, "building_id"), ==, f->buildings[0]);
  g_assert_cmpstr (location_name (f, lift), ==, "B1 电梯机房");
  g_assert_cmpstr (ct_record_get_string (lift, "manufacturer"), ==, "奥的斯");
  g_assert_cmpstr (ct_record_get_string (lift, "serial"), ==, "SN-1001");
  g_assert_cmpstr (ct_record_get_string (lift, "installed_on"), ==, "2019-06-01");
  g_assert_cmpstr (ct_record_get_string (lift, "warranty_until"), ==, "2026-03-01");
  g_assert_cmpstr (ct_record_get_string (lift, "contractor"), ==, "迅达维保");
  g_assert_cmpstr (ct_record_get_string (lift, "contract_until"), ==, "2026-12-31");
  g_assert_cmpstr (ct_record_get_string (lift, "registration_no"), ==, "31103101002019060001");
  g_assert_cmpstr (ct_record_get_string (lift, "statutory_due"), ==, "2026-05-20");
  g_assert_cmpstr (ct_record_get_string (lift, "criticality"), ==, "high");
  g_assert_cmpstr (ct_record_get_string (lift, "note"), ==, "载重 1000kg, 速度 1.75m/s");

  /* The site by its code, the parent from the line before, the same location. */
  door = ct_test_asset_io_asset (f, "EL-01-D");
  g_assert_cmpint (ct_record_get_int (door, "site_id"), ==, f->sites[0]);
  g_assert_cmpint (ct_record_get_int (door, "parent_id"), ==, ct_record_get_id (lift));
  g_assert_cmpint (ct_record_get_int (door, "location_id"), ==,
                   ct_record_get_int (lift, "location_id"));
  g_assert_cmpstr (ct_record_get_string (door, "criticality"), ==, "low");
  g_assert_cmpstr (ct_record_get_string (door, "status"), ==, "in_service");

  panel = ct_test_asset_io_asset (f, "PD-01");
  g_assert_cmpint (ct_record_get_int (panel, "building_id"), ==, f->buildings[1]);
  g_assert_cmpstr (location_name (f, panel), ==, "配电室");
  g_assert_cmpstr (ct_record_get_string (panel, "criticality"), ==, "medium");
  g_assert_cmpstr (ct_record_get_string (panel, "status"), ==, "down");
  g_assert_cmpint (ct_test_asset_io_count (f, "asset_downtime"), ==, 1);
  g_assert_cmpint (ct_test_asset_io_count (f, "asset_locations"), ==, 2);

  /* The backup holds the ledger as it was: empty. */
  g_assert_nonnull (result.backup);
  g_assert_true (g_str_has_prefix (result.backup, f->base.path));
  g_assert_cmpuint (ct_test_asset_io_count_files (f, ".before-import-"), ==, 1);
  g_assert_cmpint (count_assets_in (result.backup), ==, 0);
}

/* Chinese headers and words, a byte order mark and CRLF. */
static const char chinese[] =
  "\xEF\xBB\xBF设备编号,设备名称,设备类别,物业项目,楼栋,安装位置,上级设备,生产厂家,规格型号,"
  "出厂编号,投用日期,质保期至,维保单位,维保合同到期,使用登记证号,下次检验日期,重要程度,状态,"
  "备注\r\n"
  "XF-01,消防主泵,消防,翠湖花园,1,消防泵房,,上海连成,XBD8/40,,2020年5月8日,2023/5/8,,,,,高,"
  "在用,\r\n"
  "XF-02,消防稳压泵,消防,翠湖花园,1,消防泵房,XF-01,,,,,,,,,,中,维修中,\r\n";

static void
test_assets_chinese (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(CtAssetImportResult) result = { 0 };
  g_autoptr(CtRecord) pump = NULL, jockey = NULL;

  ct_test_asset_io_import_ok (f, ASSETS, chinese, FALSE, 2, &result);
  g_assert_cmpuint (result.n_locations, ==, 1);
  pump = ct_test_asset_io_asset (f, "XF-01");
  g_assert_cmpstr (ct_record_get_string (pump, "category"), ==, "fire");
  g_assert_cmpint (ct_record_get_int (pump, "site_id"), ==, f->sites[1]);
  /* Building "1" of 翠湖花园, not the one of 阳光花园. */
  g_assert_cmpint (ct_record_get_int (pump, "building_id"), !=, f->buildings[0]);
  g_assert_cmpint (ct_record_get_int (pump, "building_id"), !=, 0);
  g_assert_cmpstr (ct_record_get_string (pump, "installed_on"), ==, "2020-05-08");
  g_assert_cmpstr (ct_record_get_string (pump, "warranty_until"), ==, "2023-05-08");
  g_assert_cmpstr (ct_record_get_string (pump, "criticality"), ==, "high");
  g_assert_cmpstr (ct_record_get_string (pump, "status"), ==, "in_service");
  jockey = ct_test_asset_io_asset (f, "XF-02");
  g_assert_cmpint (ct_record_get_int (jockey, "parent_id"), ==, ct_record_get_id (pump));
  g_assert_cmpstr (ct_record_get_string (jockey, "status"), ==, "maintenance");
}

static void
test_assets_gb18030 (Fixture       *f,
                     gconstpointer  data)
{
  static const char utf8[] = "编号,名称,类别,小区,位置,备注\r\n"
                             "GS-01,生活水泵1号,给排水,阳光花园,水泵房,二次供水\r\n";
  g_autofree char *gb = g_convert (utf8, -1, "GB18030", "UTF-8", NULL, NULL, NULL);
  g_autoptr(CtRecord) pump = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, -1, NULL));
  ct_test_asset_io_import_ok (f, ASSETS, gb, FALSE, 1, NULL);
  pump = ct_test_asset_io_asset (f, "GS-01");
  g_assert_cmpstr (ct_record_get_string (pump, "name"), ==, "生活水泵1号");
  g_assert_cmpstr (ct_record_get_string (pump, "category"), ==, "water");
  g_assert_cmpstr (ct_record_get_string (pump, "note"), ==, "二次供水");
  g_assert_cmpstr (location_name (f, pump), ==, "水泵房");
}

typedef struct
{
  const char *csv;
  const char *message;
} BadFile;

static const BadFile bad_assets[] = {
  { "code,name,category,site\nA-1,泵,lift,阳光花园\n",
    "Line 2, column \"category\" (C): “lift” is not known here; use one of: elevator, "
    "escalator, power, generator, fire, water, hvac, cctv, access, lighting, other" },
  { "编号,名称,类别,项目,安装日期\nA-1,泵,water,阳光花园,2024-02-30\n",
    "Line 2, column \"安装日期\" (E): “2024-02-30” is not a date like 2026-03-01" },
  { "code,name,category,site\r\nA-1,泵,water,阳光花园\r\nA-2,泵,water,蓝湾\r\n",
    "Line 3, column \"site\" (D): there is no site “蓝湾”; add it under Organisation first "
    "or correct the name" },
  { "code,name,category,site,building\nA-1,泵,water,翠湖花园,2\n",
    "Line 2, column \"building\" (E): the site has no building “2”" },
  { "code,name,category,site,parent\nA-2,门机,elevator,阳光花园,A-1\nA-1,梯,elevator,阳光花园,\n",
    "Line 2, column \"parent\" (E): there is no asset “A-1” in the ledger or on an earlier "
    "line; list a parent before the assets that are part of it" },
  { "code,name,category,site,parent\nA-1,梯,elevator,阳光花园,A-1\n",
    "Line 2, column \"parent\" (E): an asset cannot be part of itself" },
  { "code,name,category,site\nA-1,泵,water,阳光花园\n\nA-1,泵2,water,阳光花园\n",
    "Line 4, column \"code\" (A): the code “A-1” is on line 2 already; every asset needs a "
    "code of its own" },
  { "code,name,site\nA-1,泵,阳光花园\n",
    "The column \"category\" (类别, 设备类别, 设备类型) is missing from the header on line 1." },
  { "code,name,category,site\nA-1,,water,阳光花园\n",
    "Line 2, column \"name\" (B): this cell must not be empty" },
  { "code,name,category,site,criticality\nA-1,泵,water,阳光花园,critical\n",
    "Line 2, column \"criticality\" (E): “critical” is not known here; use one of: high, "
    "medium, low" },
  { "code,name,category,site,状态\nA-1,泵,water,阳光花园,坏了\n",
    "Line 2, column \"状态\" (E): “坏了” is not known here; use one of: in_service, down, "
    "maintenance, retired" },
  { "code,name,category,site,颜色\nA-1,泵,water,阳光花园,红\n",
    "Line 1, column \"颜色\" (E): this is not a known column. The columns are: code, name, "
    "category, site, building, location, parent, manufacturer, model, serial, installed_on, "
    "warranty_until, contractor, contract_until, registration_no, statutory_due, "
    "criticality, status, note." },
  { "code,name,category,site\n", "The file has a header but no rows to import." },
};

static void
test_assets_errors (Fixture       *f,
                    gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_assets); i++)
    {
      ct_test_asset_io_import_fails (f, ASSETS, bad_assets[i].csv, bad_assets[i].message);
      g_assert_cmpint (ct_test_asset_io_count (f, "assets"), ==, 0);
    }
  /* A failed import leaves no backup behind: the check comes first. */
  g_assert_cmpuint (ct_test_asset_io_count_files (f, ".before-import-"), ==, 0);
}

static void
test_assets_existing_code (Fixture       *f,
                           gconstpointer  data)
{
  static const char first[] = "code,name,category,site\nA-1,泵,water,阳光花园\n";
  static const char again[] = "code,name,category,site\nA-2,泵,water,阳光花园\n"
                              "A-1,新泵,water,阳光花园\n";
  g_autoptr(CtRecord) pump = NULL;

  ct_test_asset_io_import_ok (f, ASSETS, first, FALSE, 1, NULL);
  ct_test_asset_io_import_fails (f, ASSETS, again,
                                 "Line 3, column \"code\" (A): an asset with the code “A-1” is "
                                 "in the ledger already; an import only adds new assets");
  g_assert_cmpint (ct_test_asset_io_count (f, "assets"), ==, 1);
  pump = ct_test_asset_io_asset (f, "A-1");
  g_assert_cmpstr (ct_record_get_string (pump, "name"), ==, "泵");
}

/* A bad last row: nothing is saved, not even the locations of the good ones. */
static void
test_assets_all_or_nothing (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *bad = g_strconcat (english, "PD-02,配电柜,power,阳光花园,2,配电室,,,,,"
                                      "2019-13-01,,,,,,,,\n", NULL);
  CtRecordStore *locations = ct_asset_store_get_locations (f->store);

  ct_test_asset_io_import_fails (f, ASSETS, bad,
                                 "Line 5, column \"installed_on\" (K): “2019-13-01” is not a "
                                 "date like 2026-03-01");
  g_assert_cmpint (ct_test_asset_io_count (f, "assets"), ==, 0);
  g_assert_cmpint (ct_test_asset_io_count (f, "asset_locations"), ==, 0);
  g_assert_cmpint (ct_test_asset_io_count (f, "asset_downtime"), ==, 0);
  g_assert_cmpint (ct_test_asset_io_count (f, "audit_log WHERE entity = 'asset'"), ==, 0);
  g_assert_cmpuint (ct_record_store_count (locations), ==, 0);
}

static void
test_assets_dry_run (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(CtAssetImportResult) result = { 0 };
  CtRecordStore *locations = ct_asset_store_get_locations (f->store);

  ct_test_asset_io_import_ok (f, ASSETS, english, TRUE, 3, &result);
  g_assert_cmpuint (result.n_locations, ==, 2);
  g_assert_null (result.backup);
  g_assert_cmpint (ct_test_asset_io_count (f, "assets"), ==, 0);
  g_assert_cmpint (ct_test_asset_io_count (f, "asset_locations"), ==, 0);
  g_assert_cmpuint (ct_record_store_count (locations), ==, 0);
  g_assert_cmpuint (ct_test_asset_io_count_files (f, ".before-import-"), ==, 0);
  /* And the same file imports for real afterwards. */
  ct_test_asset_io_import_ok (f, ASSETS, english, FALSE, 3, NULL);
  g_assert_cmpuint (ct_record_store_count (locations), ==, 2);
}

static void
test_dates (void)
{
  static const char *const good[][2] = {
    { "2026-03-01", "2026-03-01" }, { "2026/3/1", "2026-03-01" },
    { "2026年3月1日", "2026-03-01" }, { "2026.3.1", "2026-03-01" },
    { "2024-02-29", "2024-02-29" }, { "2026/3/1 0:00", "2026-03-01" },
    { "2026-12-31 00:00:00", "2026-12-31" },
  };
  static const char *const bad[] = {
    "", "2026", "26/3/1", "2026-3/1", "2025-02-29", "2026/3/1 8:00", "2026-03-01x", "3/1/2026",
    "2026年3月", "二〇二六年三月一日",
  };
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  gint64 t = 0;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *date = ct_asset_import_parse_date (good[i][0]);

      g_assert_cmpstr (date, ==, good[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *date = ct_asset_import_parse_date (bad[i]);

      g_assert_null (date);
    }
  g_assert_nonnull (tz);
  g_assert_true (ct_asset_import_parse_time ("2025-11-01", tz, &t));
  g_assert_cmpint (t, ==, NOV_1);
  g_assert_true (ct_asset_import_parse_time ("2025年11月1日 8:30", tz, &t));
  g_assert_cmpint (t, ==, NOV_1 + 8 * HOUR + 30 * 60);
  g_assert_true (ct_asset_import_parse_time ("2025/11/1 08:30:15", tz, &t));
  g_assert_cmpint (t, ==, NOV_1 + 8 * HOUR + 30 * 60 + 15);
  /* Midnight UTC is 08:00 in Shanghai. */
  g_assert_true (ct_asset_import_parse_time ("2025-11-01T00:00:00Z", tz, &t));
  g_assert_cmpint (t, ==, NOV_1 + 8 * HOUR);
  g_assert_false (ct_asset_import_parse_time ("2025-11-01 25:00", tz, &t));
  g_assert_false (ct_asset_import_parse_time ("昨天", tz, &t));
}

static void
test_kind_from_text (void)
{
  CtAssetImportKind kind = CT_ASSET_IMPORT_ASSETS;

  g_assert_true (ct_asset_import_kind_from_text ("readings", &kind));
  g_assert_cmpint (kind, ==, CT_ASSET_IMPORT_READINGS);
  g_assert_true (ct_asset_import_kind_from_text ("Plans", &kind));
  g_assert_cmpint (kind, ==, CT_ASSET_IMPORT_PLANS);
  g_assert_true (ct_asset_import_kind_from_text ("assets", &kind));
  g_assert_cmpint (kind, ==, CT_ASSET_IMPORT_ASSETS);
  g_assert_false (ct_asset_import_kind_from_text ("tickets", &kind));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_asset_io_set_up, func, ct_test_asset_io_tear_down)
  ADD ("/asset-io/import/assets/english", test_assets_english);
  ADD ("/asset-io/import/assets/chinese", test_assets_chinese);
  ADD ("/asset-io/import/assets/gb18030", test_assets_gb18030);
  ADD ("/asset-io/import/assets/errors", test_assets_errors);
  ADD ("/asset-io/import/assets/existing-code", test_assets_existing_code);
  ADD ("/asset-io/import/assets/all-or-nothing", test_assets_all_or_nothing);
  ADD ("/asset-io/import/assets/dry-run", test_assets_dry_run);
#undef ADD
  g_test_add_func ("/asset-io/import/dates", test_dates);
  g_test_add_func ("/asset-io/import/kind", test_kind_from_text);
  test_asset_io_add_row_tests ();
  return g_test_run ();
}
