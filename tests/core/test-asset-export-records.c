/* test-asset-export-records.c — maintenance plans and meter readings to CSV
 * and XLSX: the Chinese headers, what is left out, the site filter, and the
 * round trip through a fresh ledger (export → import → the same rows)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-test-asset-io.h"

typedef CtTestAssetIo Fixture;

#define BOM "\xEF\xBB\xBF"

static const char assets_csv[] =
  "code,name,category,site,building,location\n"
  "EL-01,1号楼1号客梯,elevator,阳光花园,1,B1 电梯机房\n"
  "PD-01,低压配电柜,power,阳光花园,2,配电室\n"
  "PUMP-B,生活水泵B,water,翠湖花园,1,水泵房\n";

/* In words, as a property manager writes them; one with a comma and a
 * formula-looking instruction. */
static const char plans_csv[] =
  "设备编号,保养项目,周期,依据,开始日期,部门,维保单位,保养内容\n"
  "EL-01,电梯月度保养,每月,,2025/12/1,engineering,迅达维保,\"检查曳引机, 门机\"\n"
  "EL-01,电梯年检,每年,按完成日,2026年5月20日,,,\n"
  "PD-01,配电季度保养,FREQ=MONTHLY;INTERVAL=3,,2025-12-15,,,=清扫\n"
  "PUMP-B,水泵半年保养,每半年,,2026-01-10,,,\n";

#define PLANS_HEADER BOM "设备编号,计划名称,周期,依据,开始日期,部门,维保单位,内容"

/* Out of order on purpose; one on a whole minute, one with seconds. */
static const char readings_csv[] =
  "表号,抄表时间,读数,抄表人\n"
  "E-01,2025-10-01 08:00,1200.5,王师傅\n"
  "E-01,2025-09-01 08:00,1000,王师傅\n"
  "W-01,2025-09-01 08:00:30,\"12,345.25\",李师傅\n"
  "E-01,2025-11-01 08:00,1000.25,\n";

#define READINGS_HEADER BOM "表号,抄表时间,读数,抄表人"

static char *
export_records (Fixture           *f,
                CtAssetImportKind  kind,
                gint64             site_id,
                const char        *name,
                guint              n_rows)
{
  g_autofree char *path = g_build_filename (f->base.dir, name, NULL);
  g_autoptr(GError) error = NULL;
  guint n = G_MAXUINT;

  g_assert_true (ct_asset_export_records (f->store, kind, site_id, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_rows);
  return g_steal_pointer (&path);
}

static char *
export_text (Fixture           *f,
             CtAssetImportKind  kind,
             gint64             site_id,
             guint              n_rows)
{
  g_autofree char *path = export_records (f, kind, site_id, "out.csv", n_rows);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Every plan's fields as one line, in the order of the ledger (by asset,
 * then title). */
static char *
dup_plans (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = ct_maintenance_list_plans (f->store, 0, &error);
  GString *out = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CtRecord) plan = g_list_model_get_item (plans, i);
      g_autoptr(CtRecord) asset = CT_RECORD (ct_asset_store_load (f->store,
                                                                  ct_record_get_int (plan,
                                                                                     "asset_id"),
                                                                  NULL));

      g_ptr_array_add (lines, g_strdup_printf ("%s|%s|%s|%s|%s|%s|%s|%s|%s",
                                               ct_record_get_string (asset, "code"),
                                               ct_record_get_string (plan, "title"),
                                               ct_record_get_string (plan, "rrule"),
                                               ct_record_get_string (plan, "basis"),
                                               ct_record_get_string (plan, "starts_on"),
                                               ct_record_get_int (plan, "department_id") != 0
                                               ? "dept" : "",
                                               ct_record_get_string (plan, "contractor"),
                                               ct_record_get_string (plan, "instructions"),
                                               ct_record_get_int (plan, "active") ? "on"
                                                                                  : "off"));
    }
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));
  return g_string_free (out, FALSE);
}

static void
set_up_plans (Fixture *f)
{
  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS, assets_csv, FALSE, 3, NULL);
  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_PLANS, plans_csv, FALSE, 4, NULL);
}

static void
test_plans_csv (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_autofree char *site = NULL;
  g_auto(GStrv) lines = NULL;

  set_up_plans (f);
  text = export_text (f, CT_ASSET_IMPORT_PLANS, 0, 4);
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==, PLANS_HEADER);
  /* By asset code, then title; rules as RRULEs, words as keys, departments
   * by code, formulas neutralised. */
  g_assert_cmpstr (lines[1], ==, "EL-01,电梯年检,FREQ=YEARLY,completion,2026-05-20,,,");
  g_assert_cmpstr (lines[2], ==, "EL-01,电梯月度保养,FREQ=MONTHLY,schedule,2025-12-01,engineering,"
                                 "迅达维保,\"检查曳引机, 门机\"");
  g_assert_cmpstr (lines[3], ==, "PD-01,配电季度保养,FREQ=MONTHLY;INTERVAL=3,schedule,2025-12-15,,,"
                                 "'=清扫");
  g_assert_cmpstr (lines[4], ==, "PUMP-B,水泵半年保养,FREQ=MONTHLY;INTERVAL=6,schedule,2026-01-10,,,");

  /* One site only. */
  site = export_text (f, CT_ASSET_IMPORT_PLANS, f->sites[1], 1);
  g_assert_nonnull (strstr (site, "\r\nPUMP-B,水泵半年保养,"));
  g_assert_null (strstr (site, "EL-01"));
}

/* An inactive plan, and the plans of a retired asset, would come back
 * active or be refused: they are not exported. */
static void
test_plans_left_out (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(CtRecord) plan = NULL;
  g_autoptr(CtRecord) pump = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  set_up_plans (f);
  plans = ct_maintenance_list_plans (f->store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; plan == NULL && i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(CtRecord) item = g_list_model_get_item (plans, i);

      if (g_str_equal (ct_record_get_string (item, "title"), "电梯年检"))
        plan = g_steal_pointer (&item);
    }
  g_assert_nonnull (plan);
  ct_record_set_int (plan, "active", 0);
  g_assert_true (ct_maintenance_update_plan (f->store, CT_MAINTENANCE_PLAN (plan), "test",
                                             &error));
  g_assert_no_error (error);
  pump = ct_test_asset_io_asset (f, "PUMP-B");
  g_assert_true (ct_asset_store_set_status (f->store, CT_ASSET (pump), "retired", "报废", 0,
                                            CT_TEST_NOW, "test", &error));
  g_assert_no_error (error);

  text = export_text (f, CT_ASSET_IMPORT_PLANS, 0, 2);
  g_assert_null (strstr (text, "电梯年检"));
  g_assert_null (strstr (text, "PUMP-B"));
}

/* Assets and plans exported from one ledger and imported into a fresh one:
 * the same plans, and the same file when exported again. */
static void
test_plans_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *assets = NULL, *first = NULL, *second = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *assets_path = NULL;
  Fixture other = { { 0 } };

  set_up_plans (f);
  assets_path = export_records (f, CT_ASSET_IMPORT_ASSETS, 0, "assets.csv", 3);
  g_assert_true (g_file_get_contents (assets_path, &assets, NULL, NULL));
  first = export_text (f, CT_ASSET_IMPORT_PLANS, 0, 4);
  before = dup_plans (f);

  ct_test_asset_io_set_up (&other, NULL);
  ct_test_asset_io_import_ok (&other, CT_ASSET_IMPORT_ASSETS, assets, FALSE, 3, NULL);
  ct_test_asset_io_import_ok (&other, CT_ASSET_IMPORT_PLANS, first, FALSE, 4, NULL);
  second = export_text (&other, CT_ASSET_IMPORT_PLANS, 0, 4);
  after = dup_plans (&other);
  g_assert_cmpstr (second, ==, first);
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (after, "检查曳引机, 门机"));
  g_assert_nonnull (strstr (after, "|=清扫|"));
  ct_test_asset_io_tear_down (&other, NULL);
}

/* Every reading: meter, time, value, reader, consumption, anomaly. */
static char *
dup_readings (Fixture *f)
{
  GString *out = g_string_new (NULL);

  for (guint m = 0; m < G_N_ELEMENTS (f->meters); m++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) readings = ct_meter_list_readings (f->store, f->meters[m], 0, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < readings->len; i++)
        {
          CtMeterReading *r = g_ptr_array_index (readings, i);

          g_string_append_printf (out, "%u|%" G_GINT64_FORMAT "|%.17g|%s|%d|%.17g|%d\n", m,
                                  r->read_at, r->value, r->reader, r->has_consumption,
                                  r->consumption, r->anomaly);
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_readings_round_trip (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *first = NULL, *second = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *none = NULL;
  g_auto(GStrv) lines = NULL;
  Fixture other = { { 0 } };

  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_READINGS, readings_csv, FALSE, 4, NULL);
  first = export_text (f, CT_ASSET_IMPORT_READINGS, 0, 4);
  lines = g_strsplit (first, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==, READINGS_HEADER);
  /* By meter and time; seconds only where there are some; the value as
   * typed, without thousands separators. */
  g_assert_cmpstr (lines[1], ==, "E-01,2025-09-01 08:00,1000,王师傅");
  g_assert_cmpstr (lines[2], ==, "E-01,2025-10-01 08:00,1200.5,王师傅");
  g_assert_cmpstr (lines[3], ==, "E-01,2025-11-01 08:00,1000.25,");
  g_assert_cmpstr (lines[4], ==, "W-01,2025-09-01 08:00:30,12345.25,李师傅");
  before = dup_readings (f);

  ct_test_asset_io_set_up (&other, NULL);
  ct_test_asset_io_import_ok (&other, CT_ASSET_IMPORT_READINGS, first, FALSE, 4, NULL);
  second = export_text (&other, CT_ASSET_IMPORT_READINGS, 0, 4);
  after = dup_readings (&other);
  g_assert_cmpstr (second, ==, first);
  /* Consumption and the flag of the reading lower than before come out the
   * same. */
  g_assert_cmpstr (after, ==, before);
  g_assert_nonnull (strstr (after, "|1\n"));
  ct_test_asset_io_tear_down (&other, NULL);

  /* The other site has no meter. */
  none = export_text (f, CT_ASSET_IMPORT_READINGS, f->sites[1], 0);
  g_assert_cmpstr (none, ==, READINGS_HEADER "\r\n");
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
  return out;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *unzip_path = g_find_program_in_path ("unzip");
  g_autofree char *plans = NULL, *readings = NULL;
  g_autofree char *plans_sheet = NULL, *readings_sheet = NULL, *book = NULL, *styles = NULL;

  if (unzip_path == NULL)
    {
      g_test_skip ("unzip is not installed");
      return;
    }
  set_up_plans (f);
  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_READINGS, readings_csv, FALSE, 4, NULL);
  plans = export_records (f, CT_ASSET_IMPORT_PLANS, 0, "plans.xlsx", 4);
  plans_sheet = read_member (plans, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (plans_sheet, "Counted from"));    /* headers in English here */
  g_assert_nonnull (strstr (plans_sheet, "Quarterly"));       /* rules in words */
  g_assert_null (strstr (plans_sheet, "FREQ="));
  g_assert_nonnull (strstr (plans_sheet, "'=清扫"));
  g_assert_null (strstr (plans_sheet, "<f>"));
  book = read_member (plans, "xl/workbook.xml");
  g_assert_nonnull (strstr (book, "Maintenance Plans"));

  readings = export_records (f, CT_ASSET_IMPORT_READINGS, 0, "readings.xlsx", 4);
  readings_sheet = read_member (readings, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (readings_sheet, "Read at"));
  g_assert_nonnull (strstr (readings_sheet, "<v>12345.25</v>"));   /* a number */
  /* 2025-09-01 08:00:30 as an Excel time: 45901 days and a third and a bit. */
  g_assert_nonnull (strstr (readings_sheet, "<v>45901.33368"));
  g_assert_null (strstr (readings_sheet, "2025-09-01"));
  styles = read_member (readings, "xl/styles.xml");
  g_assert_nonnull (strstr (styles, "yyyy-mm-dd hh:mm"));
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *txt = g_build_filename (f->base.dir, "plans.txt", NULL);
  g_autofree char *missing = g_build_filename (f->base.dir, "no-such-folder", "r.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_asset_export_records (f->store, CT_ASSET_IMPORT_PLANS, 0, txt, NULL,
                                           &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  g_clear_error (&error);
  g_assert_false (ct_asset_export_records (f->store, CT_ASSET_IMPORT_READINGS, 0, missing, NULL,
                                           &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "r.csv"));
  g_assert_cmpuint (ct_test_asset_io_count_files (f, "plans.txt"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_asset_io_set_up, func, ct_test_asset_io_tear_down)
  ADD ("/asset-io/export-records/plans-csv", test_plans_csv);
  ADD ("/asset-io/export-records/plans-left-out", test_plans_left_out);
  ADD ("/asset-io/export-records/plans-round-trip", test_plans_round_trip);
  ADD ("/asset-io/export-records/readings-round-trip", test_readings_round_trip);
  ADD ("/asset-io/export-records/xlsx", test_xlsx);
  ADD ("/asset-io/export-records/failures", test_failures);
#undef ADD
  return g_test_run ();
}
