/* test-asset-io-rows.c — importing maintenance plans (rules in words and as
 * RRULEs) and meter readings (sorted per meter, all or nothing)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-test-asset-io.h"

typedef CtTestAssetIo Fixture;

#define PLANS CT_ASSET_IMPORT_PLANS
#define READINGS CT_ASSET_IMPORT_READINGS

/* 2025-11-01 00:00 in Asia/Shanghai. */
#define NOV_1 1761926400
#define HOUR 3600
#define DAY 86400

static void
add_assets (Fixture *f)
{
  ct_test_asset_io_import_ok (f, CT_ASSET_IMPORT_ASSETS,
                              "code,name,category,site\n"
                              "EL-01,1号客梯,elevator,阳光花园\n"
                              "PD-01,配电柜,power,阳光花园\n", FALSE, 2, NULL);
}

static CtRecord *
nth_plan (GListModel *plans,
          guint       n)
{
  g_autoptr(CtRecord) plan = g_list_model_get_item (plans, n);

  return plan;  /* the model keeps it */
}

static gint64
department_id (Fixture    *f,
               const char *code)
{
  CtDepartment *department = ct_organisation_find_department (f->base.org, code);

  g_assert_nonnull (department);
  return ct_record_get_id (CT_RECORD (department));
}

static void
test_plans (Fixture       *f,
            gconstpointer  data)
{
  static const char csv[] =
    "asset,title,rule,basis,starts_on,department,contractor,instructions\n"
    "EL-01,电梯月度保养,每月,,2025-12-01,engineering,迅达维保,\"检查曳引机, 制动器\"\n"
    "EL-01,电梯年检,rrule:freq=yearly,schedule,2026/5/1,Engineering and Repairs,,\n"
    "PD-01,配电季度保养,季度,按完成日,2025年12月15日,,,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = NULL;
  CtRecord *plan;

  add_assets (f);
  ct_test_asset_io_import_ok (f, PLANS, csv, FALSE, 3, NULL);
  plans = ct_maintenance_list_plans (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 3);

  /* By asset, then title: 电梯年检 < 电梯月度保养 in code points (年 U+5E74, 月 U+6708). */
  plan = nth_plan (plans, 0);
  g_assert_cmpstr (ct_record_get_string (plan, "title"), ==, "电梯年检");
  g_assert_cmpstr (ct_record_get_string (plan, "rrule"), ==, "FREQ=YEARLY");
  g_assert_cmpstr (ct_record_get_string (plan, "starts_on"), ==, "2026-05-01");
  g_assert_cmpint (ct_record_get_int (plan, "department_id"), ==, department_id (f, "engineering"));

  plan = nth_plan (plans, 1);
  g_assert_cmpstr (ct_record_get_string (plan, "title"), ==, "电梯月度保养");
  g_assert_cmpstr (ct_record_get_string (plan, "rrule"), ==, "FREQ=MONTHLY");
  g_assert_cmpstr (ct_record_get_string (plan, "basis"), ==, "schedule");
  g_assert_cmpstr (ct_record_get_string (plan, "contractor"), ==, "迅达维保");
  g_assert_cmpstr (ct_record_get_string (plan, "instructions"), ==, "检查曳引机, 制动器");
  g_assert_cmpint (ct_record_get_int (plan, "department_id"), ==, department_id (f, "engineering"));

  plan = nth_plan (plans, 2);
  g_assert_cmpstr (ct_record_get_string (plan, "rrule"), ==, "FREQ=MONTHLY;INTERVAL=3");
  g_assert_cmpstr (ct_record_get_string (plan, "basis"), ==, "completion");
  g_assert_cmpstr (ct_record_get_string (plan, "starts_on"), ==, "2025-12-15");
  g_assert_cmpint (ct_record_get_int (plan, "department_id"), ==, 0);
}

/* Chinese headers; no start date = today in the database's zone (the test
 * clock is 2025-11-21 12:40 in Shanghai). */
static void
test_plans_chinese (Fixture       *f,
                    gconstpointer  data)
{
  static const char csv[] = "设备编号,保养项目,周期,依据\r\n"
                            "PD-01,配电柜半年保养,每半年,按计划\r\n"
                            "PD-01,配电房巡检,每两周,\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = NULL;

  add_assets (f);
  ct_test_asset_io_import_ok (f, PLANS, csv, FALSE, 2, NULL);
  plans = ct_maintenance_list_plans (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 2);
  /* 房 U+623F < 柜 U+67DC */
  g_assert_cmpstr (ct_record_get_string (nth_plan (plans, 0), "rrule"), ==,
                   "FREQ=WEEKLY;INTERVAL=2");
  g_assert_cmpstr (ct_record_get_string (nth_plan (plans, 1), "rrule"), ==,
                   "FREQ=MONTHLY;INTERVAL=6");
  g_assert_cmpstr (ct_record_get_string (nth_plan (plans, 1), "starts_on"), ==, "2025-11-21");
}

static void
test_plans_errors (Fixture       *f,
                   gconstpointer  data)
{
  add_assets (f);
  ct_test_asset_io_import_fails (f, PLANS,
                                 "asset,title,rule\nEL-01,月保,每月\nX-9,月保,每月\n",
                                 "Line 3, column \"asset\" (A): there is no asset with the "
                                 "code “X-9”");
  ct_test_asset_io_import_fails (f, PLANS, "asset,title,周期\nEL-01,保养,每天两次\n",
                                 "Line 2, column \"周期\" (C): “每天两次” is not a repeat "
                                 "rule; write 每月, 每季度, 每年 … or an iCalendar rule such as "
                                 "FREQ=MONTHLY");
  ct_test_asset_io_import_fails (f, PLANS, "asset,title,rule,department\nEL-01,保养,每月,物业\n",
                                 "Line 2, column \"department\" (D): there is no department "
                                 "“物业”");
  ct_test_asset_io_import_fails (f, PLANS, "asset,title,rule,basis\nEL-01,保养,每月,随便\n",
                                 "Line 2, column \"basis\" (D): “随便” is not known here; use "
                                 "one of: schedule, completion");
  ct_test_asset_io_import_fails (f, PLANS, "asset,rule\nEL-01,每月\n",
                                 "The column \"title\" (计划名称, 保养项目, 名称) is missing "
                                 "from the header on line 1.");
  g_assert_cmpint (ct_test_asset_io_count (f, "maintenance_plans"), ==, 0);
  g_assert_cmpint (ct_test_asset_io_count (f, "maintenance_tasks"), ==, 0);
}

/* The rule check of ct-maintenance.h, with the line and column in front. */
static void
test_plans_bad_rrule (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = ct_test_asset_io_write (f, "plans.csv",
                                                  "asset,title,rule\nEL-01,保养,FREQ=HOURLY\n");
  g_autoptr(GError) error = NULL;

  add_assets (f);
  g_assert_false (ct_asset_import (f->store, PLANS, path, FALSE, "test", NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Line 2, column \"rule\" (C): "));
  g_assert_cmpint (ct_test_asset_io_count (f, "maintenance_plans"), ==, 0);
}

static CtMeterReading *
reading (GPtrArray *readings,
         guint      n)
{
  return g_ptr_array_index (readings, n);
}

/* Out of order and two meters mixed: saved in time order per meter. */
static void
test_readings (Fixture       *f,
               gconstpointer  data)
{
  static const char csv[] = "meter,read_at,value,reader\n"
                            "E-01,2025-11-03 08:00,1200,王师傅\n"
                            "W-01,2025-11-01,50.5,\n"
                            "E-01,2025-11-01 08:00,1000,王师傅\n"
                            "E-01,2025/11/2 8:00,\"1,100\",李师傅\n";
  g_auto(CtAssetImportResult) result = { 0 };
  g_autoptr(GPtrArray) electricity = NULL, water = NULL;
  g_autoptr(GError) error = NULL;

  ct_test_asset_io_import_ok (f, READINGS, csv, FALSE, 4, &result);
  g_assert_cmpuint (result.n_anomalies, ==, 0);
  g_assert_nonnull (result.backup);
  electricity = ct_meter_list_readings (f->store, f->meters[0], 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (electricity->len, ==, 3);
  /* Newest first: 1200 − 1100 = 100 and 1100 − 1000 = 100; the first has none. */
  g_assert_cmpint (reading (electricity, 0)->read_at, ==, NOV_1 + 2 * DAY + 8 * HOUR);
  g_assert_cmpfloat (reading (electricity, 0)->value, ==, 1200);
  g_assert_true (reading (electricity, 0)->has_consumption);
  g_assert_cmpfloat (reading (electricity, 0)->consumption, ==, 100);
  g_assert_cmpfloat (reading (electricity, 1)->value, ==, 1100);
  g_assert_cmpstr (reading (electricity, 1)->reader, ==, "李师傅");
  g_assert_cmpfloat (reading (electricity, 1)->consumption, ==, 100);
  g_assert_false (reading (electricity, 2)->has_consumption);
  water = ct_meter_list_readings (f->store, f->meters[1], 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (water->len, ==, 1);
  g_assert_cmpint (reading (water, 0)->read_at, ==, NOV_1);   /* a date is midnight */
  g_assert_cmpfloat (reading (water, 0)->value, ==, 50.5);
}

/* Chinese headers; a daily use of 100, 100, 100, then 500: flagged (more
 * than twice the median of 100). */
static void
test_readings_chinese (Fixture       *f,
                       gconstpointer  data)
{
  static const char csv[] = "表号,抄表时间,读数,抄表人\r\n"
                            "E-01,2025年11月1日,0,王\r\n"
                            "E-01,2025年11月2日,100,王\r\n"
                            "E-01,2025年11月3日,200,王\r\n"
                            "E-01,2025年11月4日,300,王\r\n"
                            "E-01,2025年11月5日 0:00,800,王\r\n";
  g_auto(CtAssetImportResult) result = { 0 };

  ct_test_asset_io_import_ok (f, READINGS, csv, FALSE, 5, &result);
  g_assert_cmpuint (result.n_anomalies, ==, 1);
}

static const struct
{
  const char *csv;
  const char *message;
} bad_readings[] = {
  { "meter,read_at,value\nG-01,2025-11-01,1\n",
    "Line 2, column \"meter\" (A): there is no meter “G-01”; add the meter to the ledger first" },
  { "meter,read_at,value\nE-01,2025-11-01,12a\n",
    "Line 2, column \"value\" (C): “12a” is not a number" },
  { "meter,read_at,value\nE-01,昨天,1\n",
    "Line 2, column \"read_at\" (B): “昨天” is not a time like 2026-03-01 08:30 or a date like "
    "2026-03-01" },
  { "meter,read_at,value\nE-01,2025-12-01,1\n",
    "Line 2, column \"read_at\" (B): 2025-12-01 is in the future" },
  { "meter,read_at,value\nE-01,2025-11-01 08:00,1\nW-01,2025-11-01 08:00,1\n"
    "E-01,2025-11-01 8:00,2\n",
    "Line 4, column \"read_at\" (B): line 2 has a reading of this meter at the same time" },
  { "meter,read_at,value\nE-01,2025-11-01,-5\n",
    "Line 2, column \"value\" (C): a meter reading cannot be negative" },
  { "meter,read_at\nE-01,2025-11-01\n",
    "The column \"value\" (读数, 本次读数, 讀數) is missing from the header on line 1." },
};

static void
test_readings_errors (Fixture       *f,
                      gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_readings); i++)
    {
      ct_test_asset_io_import_fails (f, READINGS, bad_readings[i].csv, bad_readings[i].message);
      g_assert_cmpint (ct_test_asset_io_count (f, "meter_readings"), ==, 0);
    }
}

/* A reading before the meter's last one in the ledger is refused, naming the
 * line and column, and the good row before it is not saved either. */
static void
test_readings_all_or_nothing (Fixture       *f,
                              gconstpointer  data)
{
  ct_test_asset_io_import_ok (f, READINGS, "meter,read_at,value\nE-01,2025-11-10 08:00,500\n",
                              FALSE, 1, NULL);
  ct_test_asset_io_import_fails (f, READINGS, "meter,read_at,value\n"
                                 "W-01,2025-11-01,10\n"
                                 "E-01,2025-11-12,600\n"
                                 "E-01,2025-11-05,400\n",
                                 "Line 4, column \"read_at\" (B): the meter was last read at "
                                 "2025-11-10 08:00; the readings of a file must come after those "
                                 "in the ledger");
  g_assert_cmpint (ct_test_asset_io_count (f, "meter_readings"), ==, 1);
}

static void
test_readings_dry_run (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(CtAssetImportResult) result = { 0 };

  ct_test_asset_io_import_ok (f, READINGS, "meter,read_at,value\nE-01,2025-11-01,1\n"
                              "E-01,2025-11-02,2\n", TRUE, 2, &result);
  g_assert_null (result.backup);
  g_assert_cmpint (ct_test_asset_io_count (f, "meter_readings"), ==, 0);
}

void
test_asset_io_add_row_tests (void)
{
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_asset_io_set_up, func, ct_test_asset_io_tear_down)
  ADD ("/asset-io/import/plans/english", test_plans);
  ADD ("/asset-io/import/plans/chinese", test_plans_chinese);
  ADD ("/asset-io/import/plans/errors", test_plans_errors);
  ADD ("/asset-io/import/plans/bad-rrule", test_plans_bad_rrule);
  ADD ("/asset-io/import/readings/english", test_readings);
  ADD ("/asset-io/import/readings/chinese", test_readings_chinese);
  ADD ("/asset-io/import/readings/errors", test_readings_errors);
  ADD ("/asset-io/import/readings/all-or-nothing", test_readings_all_or_nothing);
  ADD ("/asset-io/import/readings/dry-run", test_readings_dry_run);
#undef ADD
}
