/* test-meters.c — the anomaly rule on numbers, and readings entered in order:
 * consumption, daily rates over uneven days, flags, refusals, anomalies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-meter.h"
#include "ct-site.h"
#include "ct-test-ledger.h"

#define DAY 86400
#define HOUR 3600
/* 2025-11-01 00:00 in Asia/Shanghai. */
#define T0 1761926400

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         site_id;
  gint64         assets[2];
  gint64         meters[2];   /* electricity on assets[0]; water on no asset */
  guint          n_changed;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CtRecordStore *meters;
  CtMeter *meter;
  g_autoptr(CtAsset) pd1 = NULL;
  g_autoptr(CtAsset) pd2 = NULL;

  f->store = ct_test_ledger_open (&f->base, "ct-meters-XXXXXX");
  f->site_id = ct_test_ledger_insert (ct_organisation_get_sites (f->base.org),
                                      ct_site_new ("SH01", "阳光花园"));
  pd1 = ct_asset_new ("PD-01", "1号楼低压配电柜", "power", f->site_id);
  pd2 = ct_asset_new ("PD-02", "2号楼低压配电柜", "power", f->site_id);
  f->assets[0] = ct_test_ledger_create (f->store, pd1);
  f->assets[1] = ct_test_ledger_create (f->store, pd2);
  meters = ct_meter_get_store (f->store);
  meter = ct_meter_new ("E-01", "1号楼总表", "electricity", f->site_id);
  g_object_set (meter, "asset_id", f->assets[0], NULL);
  f->meters[0] = ct_test_ledger_insert (meters, meter);
  f->meters[1] = ct_test_ledger_insert (meters, ct_meter_new ("W-01", "生活水表", "water",
                                                              f->site_id));
  ct_test_ledger_count_changes (f->store, &f->n_changed);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_ledger_close (&f->base, &f->store);
}

static void
assert_judge (const double *history,
              guint         n_history,
              double        consumption,
              double        days,
              const char   *expected_reason)   /* NULL = not flagged */
{
  g_autofree char *reason = NULL;
  gboolean flagged = ct_meter_judge (history, n_history, consumption, days, &reason);

  g_assert_cmpint (flagged, ==, expected_reason != NULL);
  g_assert_cmpstr (reason, ==, expected_reason);
}

#define LOWER "reads lower than the previous reading"

static void
test_judge (void)
{
  static const double two[] = { 10, 10 };
  static const double three[] = { 10, 12, 8 };          /* median 10 */
  static const double four[] = { 40, 10, 30, 20 };      /* median (20 + 30) / 2 = 25 */
  /* The six most recent (oldest first): 100 100 100 10 10 10, median 55;
   * all eight would give 100. */
  static const double eight[] = { 100, 100, 100, 100, 100, 10, 10, 10 };
  static const double zeros[] = { 0, 0, 0 };

  /* Fewer than three: only a reading lower than before. */
  assert_judge (NULL, 0, 100, 1, NULL);
  assert_judge (two, 2, 100, 1, NULL);
  assert_judge (two, 2, 1, 1, NULL);
  assert_judge (two, 2, -1, 1, LOWER);
  assert_judge (NULL, 0, -0.5, 1, LOWER);

  assert_judge (three, 3, 21, 1, "2.1 × the usual daily use");
  assert_judge (three, 3, 19, 1, NULL);                  /* 1.9 × */
  assert_judge (three, 3, 20, 1, NULL);                  /* twice: not more */
  assert_judge (three, 3, 4, 1, "0.4 × the usual daily use");
  assert_judge (three, 3, 6, 1, NULL);                   /* 0.6 × */
  assert_judge (three, 3, 5, 1, NULL);                   /* half: not less */
  assert_judge (three, 3, -3, 1, LOWER);
  assert_judge (three, 3, 63, 3, "2.1 × the usual daily use");     /* 21 a day */
  assert_judge (three, 3, 57, 3, NULL);                             /* 19 a day */
  assert_judge (three, 3, 42, 1.5, "2.8 × the usual daily use");   /* 28 a day */

  assert_judge (four, 4, 51, 1, "2.0 × the usual daily use");      /* 2.04 × 25 */
  assert_judge (four, 4, 49, 1, NULL);

  assert_judge (eight, 8, 150, 1, "2.7 × the usual daily use");    /* 150 / 55 */
  assert_judge (eight, 8, 25, 1, "0.5 × the usual daily use");     /* 25 / 55 = 0.45 */

  assert_judge (zeros, 3, 5, 1, "use where there usually is none");
  assert_judge (zeros, 3, 0, 1, NULL);

  /* The reason may be left out. */
  g_assert_true (ct_meter_judge (three, 3, 40, 1, NULL));
  g_assert_false (ct_meter_judge (three, 3, 10, 1, NULL));
}

static void
test_kinds (void)
{
  g_assert_cmpstr (ct_meter_kind_from_text ("电表"), ==, "electricity");
  g_assert_cmpstr (ct_meter_kind_from_text ("用电"), ==, "electricity");
  g_assert_cmpstr (ct_meter_kind_from_text ("电"), ==, "electricity");
  g_assert_cmpstr (ct_meter_kind_from_text ("水"), ==, "water");
  g_assert_cmpstr (ct_meter_kind_from_text ("水表"), ==, "water");
  g_assert_cmpstr (ct_meter_kind_from_text ("用水"), ==, "water");
  g_assert_cmpstr (ct_meter_kind_from_text ("燃气"), ==, "gas");
  g_assert_cmpstr (ct_meter_kind_from_text ("煤气"), ==, "gas");
  g_assert_cmpstr (ct_meter_kind_from_text ("Water"), ==, "water");
  g_assert_null (ct_meter_kind_from_text ("蒸汽"));
  g_assert_cmpstr (ct_meter_kind_label ("gas"), ==, "Gas");
  g_assert_cmpstr (ct_meter_kind_unit ("electricity"), ==, "kWh");
  g_assert_cmpstr (ct_meter_kind_unit ("water"), ==, "m³");
  g_assert_cmpuint (g_strv_length ((char **) ct_meter_kinds ()), ==, 3);
  g_assert_nonnull (strstr (ct_meter_anomaly_rule (), "median"));
}

static void
test_meter_store (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) of_asset = ct_meter_list (f->store, f->assets[0], &error);
  g_autoptr(GListModel) all = NULL;
  g_autoptr(CtMeter) first = NULL;
  g_autoptr(CtMeter) steam = ct_meter_new ("S-01", "蒸汽表", "steam", f->site_id);

  g_assert_true (ct_meter_get_store (f->store) == ct_meter_get_store (f->store));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (of_asset), ==, 1);
  all = ct_meter_list (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 2);
  first = g_list_model_get_item (all, 0);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (first), "code"), ==, "E-01");

  ct_record_store_insert (ct_meter_get_store (f->store), CT_RECORD (steam), "test", &error);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

static void
add (Fixture        *f,
     gint64          meter,
     gint64          at,
     double          value,
     CtMeterReading **out)
{
  g_autoptr(GError) error = NULL;

  ct_meter_add_reading (f->store, meter, at, value, "张伟", "test", out, &error);
  g_assert_no_error (error);
}

/* One reading of E-01 and what it must be saved as. */
typedef struct
{
  gint64      at;
  double      value;
  double      consumption;   /* NAN = none */
  const char *reason;        /* NULL = not flagged */
} Step;

/* Daily rates: r2 20 / 2 d = 10; r3 180 / 3 d = 60 (six times, but one rate
 * before it); r4 15 / 1.5 d = 10; r5 20 / 2 d = 10; r6 31.5 / 1.5 d = 21
 * against the median 10 of {10, 60, 10, 10}: 2.1 ×; r7 10; r8 4 against
 * {10, 60, 10, 10, 21, 10}: 0.4 ×; r9 lower; r10 20 / 1 d = 20 against
 * {10, 10, 21, 10, 4} (r3 is out of the six, r9 left out): exactly twice,
 * not flagged. */
static const Step steps[] = {
  { T0, 1000, NAN, NULL },
  { T0 + 2 * DAY, 1020, 20, NULL },
  { T0 + 5 * DAY, 1200, 180, NULL },
  { T0 + 6 * DAY + 12 * HOUR, 1215, 15, NULL },
  { T0 + 8 * DAY + 12 * HOUR, 1235, 20, NULL },
  { T0 + 10 * DAY, 1266.5, 31.5, "2.1 × the usual daily use" },
  { T0 + 11 * DAY, 1276.5, 10, NULL },
  { T0 + 12 * DAY, 1280.5, 4, "0.4 × the usual daily use" },
  { T0 + 13 * DAY, 1270.5, -10, LOWER },
  { T0 + 14 * DAY, 1290.5, 20, NULL },
};

static void
assert_reading (const CtMeterReading *r,
                const Step           *step)
{
  g_assert_cmpint (r->read_at, ==, step->at);
  g_assert_cmpfloat (r->value, ==, step->value);
  g_assert_cmpint (r->has_consumption, ==, !isnan (step->consumption));
  if (r->has_consumption)
    g_assert_cmpfloat (r->consumption, ==, step->consumption);
  g_assert_cmpint (r->anomaly, ==, step->reason != NULL);
  g_assert_cmpstr (r->reason, ==, step->reason != NULL ? step->reason : "");
  g_assert_cmpstr (r->reader, ==, "张伟");
}

static void
add_steps (Fixture *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(CtMeterReading) r = NULL;

      add (f, f->meters[0], steps[i].at, steps[i].value, &r);
      g_assert_cmpint (r->id, >, 0);
      g_assert_cmpint (r->meter_id, ==, f->meters[0]);
      assert_reading (r, &steps[i]);
    }
}

static gint64
count_rows (Fixture    *f,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (f->base.db, sql, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_readings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) newest = NULL;

  add_steps (f);
  g_assert_cmpuint (f->n_changed, ==, G_N_ELEMENTS (steps));

  /* Saved as computed, newest first. */
  all = ct_meter_list_readings (f->store, f->meters[0], 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (steps));
  for (guint i = 0; i < all->len; i++)
    assert_reading (g_ptr_array_index (all, i), &steps[G_N_ELEMENTS (steps) - 1 - i]);
  newest = ct_meter_list_readings (f->store, f->meters[0], 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (newest->len, ==, 3);
  assert_reading (g_ptr_array_index (newest, 2), &steps[7]);

  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM audit_log WHERE entity = "
                                  "'meter_reading' AND action = 'insert'"), ==, G_N_ELEMENTS (steps));
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM audit_log WHERE entity = 'meter_reading' "
                                  "AND new_json LIKE '%\"anomaly\":true%'"), ==, 3);
}

static void
assert_refused (Fixture    *f,
                gint64      meter,
                gint64      at,
                double      value,
                GQuark      domain,
                int         code,
                const char *const *words)
{
  g_autoptr(GError) error = NULL;
  CtMeterReading *out = NULL;

  g_assert_false (ct_meter_add_reading (f->store, meter, at, value, "", "test", &out, &error));
  g_assert_error (error, domain, code);
  g_assert_null (out);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strstr (error->message, words[i]) == NULL)
      g_error ("“%s” is not in “%s”", words[i], error->message);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const char *const same[] = { "E-01", "1号楼总表", "2025-11-15 00:00", NULL };
  static const char *const earlier[] = { "E-01", "2025-11-15 00:00", "2025-11-14 12:00", NULL };
  static const char *const bad_value[] = { "E-01", NULL };

  add_steps (f);
  f->n_changed = 0;
  /* T0 + 14 d is 2025-11-15 00:00 in Shanghai. */
  assert_refused (f, f->meters[0], T0 + 14 * DAY, 1300, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                  same);
  assert_refused (f, f->meters[0], T0 + 13 * DAY + 12 * HOUR, 1300, CT_STORE_ERROR,
                  CT_STORE_ERROR_INVALID, earlier);
  assert_refused (f, f->meters[0], T0 + 15 * DAY, NAN, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                  bad_value);
  assert_refused (f, f->meters[0], T0 + 15 * DAY, INFINITY, CT_STORE_ERROR,
                  CT_STORE_ERROR_INVALID, bad_value);
  assert_refused (f, f->meters[0], T0 + 15 * DAY, -1, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                  bad_value);
  assert_refused (f, 9999, T0 + 15 * DAY, 1300, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND, NULL);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meter_readings"), ==,
                   G_N_ELEMENTS (steps));
  g_assert_cmpuint (f->n_changed, ==, 0);
  /* Zero is a value: a new meter, or one reset. */
  add (f, f->meters[1], T0, 0, NULL);
}

static void
assert_anomalies (Fixture    *f,
                  gint64      asset_id,
                  gint64      since,
                  const char *expected)   /* read_at offsets in days, newest first */
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) anomalies = ct_meter_list_anomalies (f->store, asset_id, since, &error);
  g_autoptr(GString) days = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < anomalies->len; i++)
    {
      CtMeterReading *r = g_ptr_array_index (anomalies, i);

      g_assert_true (r->anomaly);
      g_string_append_printf (days, "%s%s%" G_GINT64_FORMAT, i > 0 ? " " : "",
                              r->meter_id == f->meters[0] ? "E" : "W", (r->read_at - T0) / DAY);
    }
  g_assert_cmpstr (days->str, ==, expected);
}

static void
test_anomalies (Fixture       *f,
                gconstpointer  data)
{
  add_steps (f);
  add (f, f->meters[1], T0, 100, NULL);
  add (f, f->meters[1], T0 + DAY, 90, NULL);   /* lower */

  assert_anomalies (f, 0, 0, "E13 E12 E10 W1");
  assert_anomalies (f, f->assets[0], 0, "E13 E12 E10");
  assert_anomalies (f, f->assets[0], T0 + 12 * DAY, "E13 E12");
  assert_anomalies (f, f->assets[1], 0, "");
}

typedef struct
{
  Fixture  *f;
  gboolean  fail;
} Batch;

/* Two readings of W-01 in a write of the caller's, which may then fail. */
static gboolean
batch_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  Batch *batch = user_data;
  gint64 meter = batch->f->meters[1];

  if (!ct_meter_add_reading (batch->f->store, meter, T0, 10, "", "test", NULL, error)
      || !ct_meter_add_reading (batch->f->store, meter, T0 + DAY, 12, "", "test", NULL, error))
    return FALSE;
  if (batch->fail)
    g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, "line 3 is wrong");
  return !batch->fail;
}

/* Inside another write, readings are part of it (all or nothing) and the
 * caller says "changed". */
static void
test_nested (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Batch batch = { f, TRUE };

  g_assert_false (ct_database_write (f->base.db, batch_func, &batch, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meter_readings"), ==, 0);
  batch.fail = FALSE;
  g_assert_true (ct_database_write (f->base.db, batch_func, &batch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "SELECT count(*) FROM meter_readings"), ==, 2);
  g_assert_cmpuint (f->n_changed, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/meters/judge", test_judge);
  g_test_add_func ("/meters/kinds", test_kinds);
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meters/store", test_meter_store);
  ADD ("/meters/readings", test_readings);
  ADD ("/meters/refused", test_refused);
  ADD ("/meters/anomalies", test_anomalies);
  ADD ("/meters/nested", test_nested);
#undef ADD

  return g_test_run ();
}
