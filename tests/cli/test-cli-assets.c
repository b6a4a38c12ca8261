/* test-cli-assets.c — caretaker-cli import and export of assets, plans and
 * readings: what they save, write, print and refuse
 *
 * The database is made with the core API; the command is the built
 * caretaker-cli ($CARETAKER_CLI), which runs on the real clock: the readings
 * are of 2025.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"
#include "ct-asset-store.h"
#include "ct-meter.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static const char assets_csv[] =
  "code,name,category,site,building,location,parent,installed_on,criticality\n"
  "EL-01,1号客梯,elevator,阳光花园,1,B1 电梯机房,,2019-06-01,high\n"
  "EL-01-D,1号客梯门机,elevator,阳光花园,1,B1 电梯机房,EL-01,,\n"
  "PD-01,低压配电柜,power,SH01,2,配电室,,2018/3/1,\n";

static void
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (store, owned, "admin", &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtAssetStore) store = NULL;
  g_autoptr(GError) error = NULL;
  CtRecordStore *sites;
  CtRecord *site;

  f->dir = cli_test_make_dir ("ct-cli-assets-XXXXXX");
  f->db = g_build_filename (f->dir, "assets.db", NULL);
  db = ct_database_open (f->db, CT_DATABASE_OPEN_CREATE, NULL, &error);
  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  g_assert_true (ct_organisation_ensure_default_departments (org, "admin", &error));
  sites = ct_organisation_get_sites (org);
  insert (sites, ct_site_new ("SH01", "阳光花园"));
  site = ct_record_store_find (sites, "code", "SH01");
  insert (ct_organisation_get_buildings (org), ct_building_new (ct_record_get_id (site), "1",
                                                                "1号楼"));
  insert (ct_organisation_get_buildings (org), ct_building_new (ct_record_get_id (site), "2",
                                                                "2号楼"));
  store = ct_asset_store_new (org, &error);
  g_assert_no_error (error);
  insert (ct_meter_get_store (store), ct_meter_new ("E-01", "1号楼总表", "electricity",
                                                    ct_record_get_id (site)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static guint
count_backups (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    n += strstr (name, ".before-import-") != NULL;
  return n;
}

static void
test_import_assets (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "assets.csv", assets_csv);
  g_autofree char *expected = g_strdup_printf ("Imported 3 assets from %s.\n"
                                               "2 locations the file names were not in the "
                                               "ledger: they were created as plant rooms.\n"
                                               "The database as it was before is saved in %s",
                                               csv, f->db);
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, expected));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets"), ==, 3);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM asset_locations "
                                     "WHERE kind = 'plant_room'"), ==, 2);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets a JOIN assets p "
                                     "ON a.parent_id = p.id WHERE p.code = 'EL-01'"), ==, 1);
  g_assert_cmpuint (count_backups (f), ==, 1);

  /* Again: the codes are taken, nothing changes. */
  run_cli (&run, "import", "assets", "--db", f->db, csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "Line 2, column \"code\" (A): an asset with the code “EL-01” "
                               "is in the ledger already");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets"), ==, 3);
}

static void
test_import_dry_run_json (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "assets.csv", assets_csv);
  g_autofree char *expected = g_strdup_printf ("%s is fine: 3 assets would be imported. Nothing "
                                               "was saved.\n2 locations the file names are not "
                                               "in the ledger: they would be created as plant "
                                               "rooms.\n", csv);
  g_autoptr(JsonObject) json = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, "--dry-run", "--json", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (json, "kind"), ==, "assets");
  g_assert_true (json_object_get_boolean_member (json, "dry_run"));
  g_assert_cmpint (json_object_get_int_member (json, "rows"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json, "created_locations"), ==, 2);
  g_assert_true (json_object_get_null_member (json, "backup"));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets"), ==, 0);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM asset_locations"), ==, 0);
  g_assert_cmpuint (count_backups (f), ==, 0);

  run_cli (&run, "import", "assets", "--db", f->db, "--dry-run", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets"), ==, 0);
}

static void
test_import_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "bad.csv",
                                              "编号,名称,类别,项目\n"
                                              "A-1,泵,给排水,阳光花园\n"
                                              "A-2,泵,给排水,蓝湾花园\n");
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, csv, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "bad.csv: Line 3, column \"项目\" (D): there is no site "
                               "“蓝湾花园”");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets"), ==, 0);
  g_assert_cmpuint (count_backups (f), ==, 0);
}

static void
test_import_readings (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "readings.csv",
                                              "表号,抄表时间,读数,抄表人\r\n"
                                              "E-01,2025-01-03 08:00,300,王师傅\r\n"
                                              "E-01,2025年1月1日 8:00,100,王师傅\r\n"
                                              "E-01,2025/1/2 8:00,200,王师傅\r\n");
  g_autofree char *bad = cli_test_write_file (f->dir, "bad.csv",
                                              "meter,read_at,value\nE-01,2025-02-01,400\n"
                                              "G-01,2025-02-01,1\n");
  g_autoptr(JsonObject) json = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "readings", "--db", f->db, "--json", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpstr (json_object_get_string_member (json, "kind"), ==, "readings");
  g_assert_cmpint (json_object_get_int_member (json, "rows"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json, "anomalies"), ==, 0);
  g_assert_nonnull (json_object_get_string_member (json, "backup"));
  /* Saved in the order of time: the last one read 300, 100 more than the one before. */
  g_assert_cmpint (query_int (f->db, "SELECT consumption FROM meter_readings "
                                     "ORDER BY read_at DESC LIMIT 1"), ==, 100);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM meter_readings "
                                     "WHERE consumption IS NULL"), ==, 1);

  run_cli (&run, "import", "readings", "--db", f->db, bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "Line 3, column \"meter\" (A): there is no meter “G-01”");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM meter_readings"), ==, 3);
}

static void
test_import_plans (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *assets = cli_test_write_file (f->dir, "assets.csv", assets_csv);
  g_autofree char *plans = cli_test_write_file (f->dir, "plans.csv",
                                                "设备编号,保养项目,周期,部门\n"
                                                "EL-01,电梯月度保养,每月,engineering\n"
                                                "PD-01,配电季度保养,每季度,工程维修部\n");
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, assets, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "import", "plans", "--db", f->db, plans, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "Line 3, column \"部门\" (D): there is no department "
                               "“工程维修部”");
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_plans"), ==, 0);

  g_free (plans);
  plans = cli_test_write_file (f->dir, "plans.csv", "设备编号,保养项目,周期,部门\n"
                               "EL-01,电梯月度保养,每月,engineering\n"
                               "PD-01,配电季度保养,每季度,\n");
  run_cli (&run, "import", "plans", "--db", f->db, plans, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Imported 2 maintenance plans from "));
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_plans "
                                     "WHERE rrule = 'FREQ=MONTHLY;INTERVAL=3'"), ==, 1);
}

/* The sample files of tests/data, as a property manager would fill them in:
 * 8 assets in 5 new locations, 6 plans, 6 monthly readings of which the last
 * is anomalous (Jan–May about 101 kWh a day, then 13477.1 kWh in 31 days =
 * 434.7 a day: more than twice the median 101.35). */
static void
test_sample_files (Fixture       *f,
                   gconstpointer  data)
{
  const char *files[][2] = {
    { "assets", "asset-ledger-zh.csv" },
    { "plans", "asset-plans-zh.csv" },
    { "readings", "asset-readings-zh.csv" },
  };
  const gint64 expected[][3] = { { 8, 5, 0 }, { 6, 0, 0 }, { 6, 0, 1 } };
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", files[i][1], NULL);
      g_autoptr(JsonObject) json = NULL;

      run_cli (&run, "import", files[i][0], "--db", f->db, "--json", path, NULL);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      json = parse_json (run.out);
      g_assert_cmpint (json_object_get_int_member (json, "rows"), ==, expected[i][0]);
      g_assert_cmpint (json_object_get_int_member (json, "created_locations"), ==, expected[i][1]);
      g_assert_cmpint (json_object_get_int_member (json, "anomalies"), ==, expected[i][2]);
    }
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM assets WHERE status = 'maintenance'"),
                   ==, 1);
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM maintenance_plans "
                                     "WHERE basis = 'completion'"), ==, 1);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = cli_test_write_file (f->dir, "assets.csv", assets_csv);
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *expected = g_strdup_printf ("Wrote 3 assets to %s.\n", out);
  g_autofree char *text = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_auto(Run) run = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "export", "assets", "--db", f->db, out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF" "code,name,category,site,building,"));
  g_assert_nonnull (strstr (text, "\r\nEL-01-D,1号客梯门机,elevator,阳光花园,1,B1 电梯机房,EL-01,"));

  run_cli (&run, "export", "assets", "--db", f->db, "--category", "配电", "--site", "SH01",
           "--json", xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (json, "assets"), ==, 1);
  g_free (text);
  g_assert_true (g_file_get_contents (xlsx, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "PK\x03\x04"));      /* a zip file */

  run_cli (&run, "export", "assets", "--db", f->db, "--status", "down", out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Wrote 0 assets"));
}

/* Plans and readings exported, imported into a fresh database, exported
 * again: the same files. */
static void
test_export_records (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *assets = cli_test_write_file (f->dir, "assets.csv", assets_csv);
  g_autofree char *plans = cli_test_write_file (f->dir, "plans.csv",
                                                "设备编号,保养项目,周期,依据,部门,保养内容\n"
                                                "EL-01,电梯月度保养,每月,,engineering,\"检查, 润滑\"\n"
                                                "PD-01,配电季度保养,每季度,按完成日,,\n");
  g_autofree char *readings = cli_test_write_file (f->dir, "readings.csv",
                                                   "表号,抄表时间,读数,抄表人\n"
                                                   "E-01,2025-01-01 08:00,100,王师傅\n"
                                                   "E-01,2025-02-01 08:00:15,250.5,王师傅\n");
  g_autofree char *assets_out = g_build_filename (f->dir, "assets-out.csv", NULL);
  g_autofree char *plans_out = g_build_filename (f->dir, "plans-out.csv", NULL);
  g_autofree char *readings_out = g_build_filename (f->dir, "readings-out.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "readings.xlsx", NULL);
  g_autofree char *expected = g_strdup_printf ("Wrote 2 maintenance plans to %s.\n", plans_out);
  g_autofree char *first_plans = NULL, *first_readings = NULL;
  g_autofree char *second_plans = NULL, *second_readings = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonObject) json = NULL;
  g_auto(Run) run = { 0 };
  Fixture other = { 0 };

  run_cli (&run, "import", "assets", "--db", f->db, assets, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "import", "plans", "--db", f->db, plans, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "import", "readings", "--db", f->db, readings, NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, "export", "assets", "--db", f->db, assets_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "export", "plans", "--db", f->db, plans_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  run_cli (&run, "export", "readings", "--db", f->db, "--site", "SH01", "--json", readings_out,
           NULL);
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (json, "readings"), ==, 2);
  g_assert_true (g_file_get_contents (plans_out, &first_plans, NULL, NULL));
  g_assert_true (g_file_get_contents (readings_out, &first_readings, NULL, NULL));
  g_assert_true (g_str_has_prefix (first_plans, "\xEF\xBB\xBF" "设备编号,计划名称,周期,依据,"));
  g_assert_nonnull (strstr (first_plans, "\r\nPD-01,配电季度保养,FREQ=MONTHLY;INTERVAL=3,"
                                         "completion,"));
  g_assert_cmpstr (first_readings, ==, "\xEF\xBB\xBF" "表号,抄表时间,读数,抄表人\r\n"
                                       "E-01,2025-01-01 08:00,100,王师傅\r\n"
                                       "E-01,2025-02-01 08:00:15,250.5,王师傅\r\n");

  /* Into a fresh database with the same sites and meters. */
  fixture_set_up (&other, NULL);
  run_cli (&run, "import", "assets", "--db", other.db, assets_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "import", "plans", "--db", other.db, plans_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "import", "readings", "--db", other.db, readings_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_free (plans_out);
  g_free (readings_out);
  plans_out = g_build_filename (other.dir, "plans-again.csv", NULL);
  readings_out = g_build_filename (other.dir, "readings-again.csv", NULL);
  run_cli (&run, "export", "plans", "--db", other.db, plans_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "export", "readings", "--db", other.db, readings_out, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (plans_out, &second_plans, NULL, NULL));
  g_assert_true (g_file_get_contents (readings_out, &second_readings, NULL, NULL));
  g_assert_cmpstr (second_plans, ==, first_plans);
  g_assert_cmpstr (second_readings, ==, first_readings);
  g_assert_cmpint (query_int (other.db, "SELECT consumption * 10 FROM meter_readings "
                                        "ORDER BY read_at DESC LIMIT 1"), ==, 1505);
  fixture_tear_down (&other, NULL);

  /* And as a workbook. */
  run_cli (&run, "export", "readings", "--db", f->db, xlsx, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (xlsx, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "PK\x03\x04"));
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out.csv", NULL);
  g_auto(Run) run = { 0 };

  run_cli (&run, "export", "assets", "--db", f->db, "--category", "lift", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--category: “lift” is not known (elevator, escalator"));
  run_cli (&run, "export", "assets", "--db", f->db, "--site", "蓝湾", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--site: “蓝湾”"));
  run_cli (&run, "export", "readings", "--db", f->db, "--site", "蓝湾", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--site: “蓝湾”"));
  run_cli (&run, "export", "plans", "--db", f->db, "plans.txt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, ".csv or .xlsx");
  run_cli (&run, "import", "assets", out, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--db"));
  run_cli (&run, "export", "assets", "--db", f->db, "assets.txt", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, ".csv or .xlsx");
  run_cli (&run, "import", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "import assets|plans|readings"));
  run_cli (&run, "export", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "export assets"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/assets/import", test_import_assets);
  ADD ("/cli/assets/import-dry-run-json", test_import_dry_run_json);
  ADD ("/cli/assets/import-error", test_import_error);
  ADD ("/cli/assets/import-readings", test_import_readings);
  ADD ("/cli/assets/import-plans", test_import_plans);
  ADD ("/cli/assets/sample-files", test_sample_files);
  ADD ("/cli/assets/export", test_export);
  ADD ("/cli/assets/export-records", test_export_records);
  ADD ("/cli/assets/usage", test_usage);
#undef ADD
  return g_test_run ();
}
