/* test-asset-kpi.c — every asset KPI of KPI.md against values worked out by hand
 *
 * A small ledger with chosen times (Asia/Shanghai, UTC+8, written as local
 * times in the comments). Unless a test says otherwise the period is November
 * 2025 and "now" is Fri 2025-11-21 00:00, so time is summed over
 * [Nov 1 00:00, Nov 21 00:00) = 480 h, and the same window a year earlier is
 * [2024-11-01, 2024-11-21).
 *
 * Sites S1 (1) and S2 (2). Assets:
 *   A1 (S1) in service since 2020, never retired.
 *       d1  failure      Oct 30 12:00 → Nov 2 00:00    24 h in Nov; 60 h long
 *       d2  maintenance  Nov 10 08:00 → Nov 10 12:00   ⎫ merged: 08:00 → 14:00,
 *       d3  failure      Nov 10 10:00 → Nov 10 14:00   ⎭ 6 h (d3 lasts 4 h)
 *       d11 failure      2024-11-19 12:00 → 2024-11-22 12:00  36 h a year earlier
 *       November: service 480 h, down 30 h.
 *   A2 (S1) in service from Nov 5 00:00 (installed mid-period).
 *       d5  maintenance  Nov 3 10:00 → Nov 6 10:00     clipped to Nov 5 → 34 h
 *       d4  failure      Nov 20 18:00 → (still down)   6 h to Nov 21 00:00
 *       November: service 384 h, down 40 h; down at the instant.
 *   A3 (S1) retired Nov 15 00:00.
 *       d6  failure      Nov 14 12:00 → Nov 16 12:00   12 h before retiring; 48 h long
 *       November: service 336 h, down 12 h; not counted at the instant.
 *   A4 (S2) in service since 2020.
 *       d7  failure      Oct 20 00:00 → Oct 25 00:00   before the period (120 h)
 *       d8  failure      2024-11-03 → 2024-11-05       48 h a year earlier
 *       d9  maintenance  Nov 8 00:00 → Nov 8 06:00     6 h
 *       d12 failure      Nov 10 20:00 → Nov 11 04:00   8 h
 *       November: service 480 h, down 14 h.
 *   A5 (S2) in service from Nov 25 (after now): counted nowhere in November.
 *   A6 (S1) retired 2025-06-01.
 *       d10 failure      2024-11-10 00:00 → 2024-11-11 00:00  24 h a year earlier
 *
 * Maintenance tasks (today = 2025-11-21):
 *   t1 A1 due 11-05 done 11-05 (on time)   t2 A1 due 11-10 done 11-12 (late)
 *   t3 A2 due 11-15 skipped                t4 A2 due 11-18 open (overdue)
 *   t5 A4 due 11-21 open (due today: not yet counted)
 *   t6 A4 due 11-25 done 11-20 (early: on time)
 *   t7 A4 due 10-31 done (October)         t8 A1 due 12-01 open (December)
 *   t9 A4 due 11-28 open (not due yet)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-asset-kpi.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"

#define HOUR 3600.0

typedef CtTestFixture Fixture;

/* Local time in Asia/Shanghai (UTC+8, no daylight saving) as UTC seconds. */
static gint64
at (int y,
    int mo,
    int d,
    int h)
{
  g_autoptr(GDateTime) utc = g_date_time_new_utc (y, mo, d, h, 0, 0);

  return g_date_time_to_unix (utc) - 8 * 3600;
}

static void
exec (CtDatabase *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (ct_database_get_handle (db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
add_asset (CtDatabase *db,
           int         id,
           int         site,
           gint64      service_from,
           gint64      retired_at)
{
  g_autofree char *retired = retired_at ? g_strdup_printf ("%" G_GINT64_FORMAT, retired_at)
                                        : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO assets (id, code, name, category, site_id, status, service_from, retired_at, "
    "created_at, updated_at) VALUES (%d, 'A%d', 'Pump %d', 'water', %d, '%s', %" G_GINT64_FORMAT
    ", %s, 0, 0); INSERT INTO maintenance_plans (id, asset_id, title, rrule, starts_on, "
    "created_at, updated_at) VALUES (%d, %d, 'Monthly', 'FREQ=MONTHLY', '2025-01-01', 0, 0)",
    id, id, id, site, retired_at ? "retired" : "in_service", service_from, retired, id, id);

  exec (db, sql);
}

static void
add_downtime (CtDatabase *db,
              int         asset,
              const char *kind,
              gint64      started_at,
              gint64      ended_at)
{
  g_autofree char *end = ended_at ? g_strdup_printf ("%" G_GINT64_FORMAT, ended_at)
                                  : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ended_at, created_at, updated_at) "
    "VALUES (%d, '%s', %" G_GINT64_FORMAT ", %s, 0, 0)", asset, kind, started_at, end);

  exec (db, sql);
}

static void
add_task (CtDatabase *db,
          int         asset,
          const char *due_on,
          const char *status,
          const char *completed_on)
{
  g_autofree char *done = completed_on ? g_strdup_printf ("'%s'", completed_on) : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO maintenance_tasks (plan_id, asset_id, due_on, status, completed_on, "
    "created_at, updated_at) VALUES (%d, %d, '%s', '%s', %s, 0, 0)",
    asset, asset, due_on, status, done);

  exec (db, sql);
}

static void
fill (CtDatabase *db)
{
  exec (db, "INSERT INTO sites (id, code, name, created_at, updated_at) "
            "VALUES (1, 'S1', '阳光花园', 0, 0), (2, 'S2', '翠湖苑', 0, 0)");
  add_asset (db, 1, 1, at (2020, 1, 1, 0), 0);
  add_asset (db, 2, 1, at (2025, 11, 5, 0), 0);
  add_asset (db, 3, 1, at (2020, 1, 1, 0), at (2025, 11, 15, 0));
  add_asset (db, 4, 2, at (2020, 1, 1, 0), 0);
  add_asset (db, 5, 2, at (2025, 11, 25, 0), 0);
  add_asset (db, 6, 1, at (2020, 1, 1, 0), at (2025, 6, 1, 0));
  add_downtime (db, 1, "failure", at (2025, 10, 30, 12), at (2025, 11, 2, 0));      /* d1 */
  add_downtime (db, 1, "maintenance", at (2025, 11, 10, 8), at (2025, 11, 10, 12)); /* d2 */
  add_downtime (db, 1, "failure", at (2025, 11, 10, 10), at (2025, 11, 10, 14));    /* d3 */
  add_downtime (db, 2, "failure", at (2025, 11, 20, 18), 0);                        /* d4 */
  add_downtime (db, 2, "maintenance", at (2025, 11, 3, 10), at (2025, 11, 6, 10));  /* d5 */
  add_downtime (db, 3, "failure", at (2025, 11, 14, 12), at (2025, 11, 16, 12));    /* d6 */
  add_downtime (db, 4, "failure", at (2025, 10, 20, 0), at (2025, 10, 25, 0));      /* d7 */
  add_downtime (db, 4, "failure", at (2024, 11, 3, 0), at (2024, 11, 5, 0));        /* d8 */
  add_downtime (db, 4, "maintenance", at (2025, 11, 8, 0), at (2025, 11, 8, 6));    /* d9 */
  add_downtime (db, 6, "failure", at (2024, 11, 10, 0), at (2024, 11, 11, 0));      /* d10 */
  add_downtime (db, 1, "failure", at (2024, 11, 19, 12), at (2024, 11, 22, 12));    /* d11 */
  add_downtime (db, 4, "failure", at (2025, 11, 10, 20), at (2025, 11, 11, 4));     /* d12 */
  add_task (db, 1, "2025-11-05", "done", "2025-11-05");   /* t1 */
  add_task (db, 1, "2025-11-10", "done", "2025-11-12");   /* t2 */
  add_task (db, 2, "2025-11-15", "skipped", NULL);        /* t3 */
  add_task (db, 2, "2025-11-18", "open", NULL);           /* t4 */
  add_task (db, 4, "2025-11-21", "open", NULL);           /* t5 */
  add_task (db, 4, "2025-11-25", "done", "2025-11-20");   /* t6 */
  add_task (db, 4, "2025-10-31", "done", "2025-10-31");   /* t7 */
  add_task (db, 1, "2025-12-01", "open", NULL);           /* t8 */
  add_task (db, 4, "2025-11-28", "open", NULL);           /* t9 */
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-asset-kpi-XXXXXX", "kpi.db");
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  fill (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

static CtKpiPeriod
period_of (gint64 from,
           gint64 to,
           gint64 site_id)
{
  return (CtKpiPeriod) { from, to, site_id, at (2025, 11, 21, 0) };
}

static CtAssetKpis *
compute (Fixture *f,
         gint64   from,
         gint64   to,
         gint64   site_id)
{
  CtKpiPeriod period = period_of (from, to, site_id);
  g_autoptr(GError) error = NULL;
  CtAssetKpis *kpis = ct_asset_kpis_compute (f->db, &period, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kpis);
  return kpis;
}

static CtAssetKpis *
november (Fixture *f,
          gint64   site_id)
{
  return compute (f, at (2025, 11, 1, 0), at (2025, 12, 1, 0), site_id);
}

/* @key has @value (no value when @den is 0) from @num and @den. */
static void
assert_kpi (CtAssetKpis *kpis,
            const char  *key,
            double       num,
            double       den,
            double       value)
{
  double n = -1, d = -1, v = -1;

  ct_asset_kpis_get_counts (kpis, key, &n, &d);
  g_assert_cmpfloat_with_epsilon (n, num, 1e-6);
  g_assert_cmpfloat_with_epsilon (d, den, 1e-6);
  g_assert_true (ct_asset_kpis_get_value (kpis, key, &v) == (den > 0));
  if (den > 0)
    g_assert_cmpfloat_with_epsilon (v, value, 1e-9);
}

static void
assert_none (CtAssetKpis *kpis,
             const char  *key)
{
  g_autofree char *text = ct_asset_kpis_format_value (kpis, key);

  g_assert_false (ct_asset_kpis_get_value (kpis, key, NULL));
  g_assert_cmpstr (text, ==, "—");
}

static void
test_keys (void)
{
  const char *const *keys = ct_asset_kpi_keys ();
  static const char *const expected[] = {
    "asset_intact_rate", "asset_availability", "mtbf_hours", "mttr_hours",
    "pm_compliance_rate", "downtime_change_yoy", NULL,
  };
  double target = 0;
  gboolean lower = TRUE;

  g_assert_cmpstrv (keys, expected);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_assert_true (ct_asset_kpi_is_key (keys[i]));
      g_assert_cmpuint (strlen (ct_asset_kpi_name (keys[i])), >, 3);
      g_assert_cmpuint (strlen (ct_asset_kpi_definition (keys[i])), >, 40);
    }
  g_assert_false (ct_asset_kpi_is_key ("tickets_created"));
  g_assert_false (ct_asset_kpi_is_key (NULL));
  g_assert_cmpint (ct_asset_kpi_get_unit ("asset_intact_rate"), ==, CT_KPI_UNIT_FRACTION);
  g_assert_cmpint (ct_asset_kpi_get_unit ("downtime_change_yoy"), ==, CT_KPI_UNIT_FRACTION);
  g_assert_cmpint (ct_asset_kpi_get_unit ("mtbf_hours"), ==, CT_KPI_UNIT_COUNT);

  g_assert_true (ct_asset_kpi_target ("asset_intact_rate", &target, &lower));
  g_assert_cmpfloat (target, ==, 0.98);
  g_assert_false (lower);
  g_assert_true (ct_asset_kpi_target ("asset_availability", &target, &lower));
  g_assert_cmpfloat (target, ==, 0.98);
  g_assert_true (ct_asset_kpi_target ("pm_compliance_rate", &target, &lower));
  g_assert_cmpfloat (target, ==, 0.95);
  g_assert_true (ct_asset_kpi_target ("downtime_change_yoy", &target, &lower));
  g_assert_cmpfloat (target, ==, -0.30);
  g_assert_true (lower);
  g_assert_false (ct_asset_kpi_target ("mtbf_hours", NULL, &lower));
  g_assert_false (lower);
  g_assert_false (ct_asset_kpi_target ("mttr_hours", NULL, &lower));
  g_assert_true (lower);
}

/* Every site. */
static void
test_november (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtAssetKpis) kpis = november (f, 0);

  /* In service at Nov 21 00:00: A1, A2, A4 (A3 and A6 retired, A5 not yet);
   * A2 is down. */
  assert_kpi (kpis, "asset_intact_rate", 2, 3, 2.0 / 3);
  /* Service 480 + 384 + 336 + 480 = 1,680 h; down 30 + 40 + 12 + 14 = 96 h. */
  assert_kpi (kpis, "asset_availability", 96 * HOUR, 1680 * HOUR, 1 - 96.0 / 1680);
  /* Failures started in November: d3, d4, d6, d12 → 1,680 h ÷ 4 = 420 h. */
  assert_kpi (kpis, "mtbf_hours", 1680 * HOUR, 4, 420);
  /* Failures ended in November: d1 60 h, d3 4 h, d6 48 h, d12 8 h → 120 h ÷ 4. */
  assert_kpi (kpis, "mttr_hours", 120 * HOUR, 4, 30);
  /* t1, t2, t3, t4, t6 count (t5 due today, t9 not due, t7/t8 outside);
   * t1 and t6 were on time. */
  assert_kpi (kpis, "pm_compliance_rate", 2, 5, 0.4);
  /* A year earlier: d8 48 h + d10 24 h + d11 36 h (to Nov 21) = 108 h. */
  assert_kpi (kpis, "downtime_change_yoy", 96 * HOUR, 108 * HOUR, 96.0 / 108 - 1);
  g_assert_cmpint (ct_asset_kpis_get_instant (kpis), ==, at (2025, 11, 21, 0));
  g_assert_cmpint (ct_asset_kpis_get_period (kpis)->now, ==, at (2025, 11, 21, 0));
}

static void
test_sites (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtAssetKpis) s1 = november (f, 1);
  g_autoptr(CtAssetKpis) s2 = november (f, 2);

  /* S1: A1, A2, A3, A6. In service now: A1, A2 (down). */
  assert_kpi (s1, "asset_intact_rate", 1, 2, 0.5);
  /* Service 480 + 384 + 336 = 1,200 h; down 30 + 40 + 12 = 82 h. */
  assert_kpi (s1, "asset_availability", 82 * HOUR, 1200 * HOUR, 1 - 82.0 / 1200);
  /* d3, d4, d6. */
  assert_kpi (s1, "mtbf_hours", 1200 * HOUR, 3, 400);
  /* d1 60 h, d3 4 h, d6 48 h. */
  assert_kpi (s1, "mttr_hours", 112 * HOUR, 3, 112.0 / 3);
  /* t1 (on time), t2, t3, t4. */
  assert_kpi (s1, "pm_compliance_rate", 1, 4, 0.25);
  /* A year earlier: d10 24 h + d11 36 h = 60 h. */
  assert_kpi (s1, "downtime_change_yoy", 82 * HOUR, 60 * HOUR, 82.0 / 60 - 1);

  /* S2: A4 and A5 (not in service yet). */
  assert_kpi (s2, "asset_intact_rate", 1, 1, 1.0);
  assert_kpi (s2, "asset_availability", 14 * HOUR, 480 * HOUR, 1 - 14.0 / 480);
  assert_kpi (s2, "mtbf_hours", 480 * HOUR, 1, 480);
  assert_kpi (s2, "mttr_hours", 8 * HOUR, 1, 8);
  /* t6 only. */
  assert_kpi (s2, "pm_compliance_rate", 1, 1, 1.0);
  assert_kpi (s2, "downtime_change_yoy", 14 * HOUR, 48 * HOUR, 14.0 / 48 - 1);
}

/* A period ending before now: [Nov 1, Nov 11), taken whole. */
static void
test_edges (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtAssetKpis) kpis = compute (f, at (2025, 11, 1, 0), at (2025, 11, 11, 0), 0);

  /* At Nov 11 00:00: A1, A2, A3 (retires on the 15th), A4; A4 is inside d12. */
  assert_kpi (kpis, "asset_intact_rate", 3, 4, 0.75);
  /* Service: A1 240 h, A2 144 h, A3 240 h, A4 240 h = 864 h. Down: A1 24 + 6,
   * A2 34 (d5 clipped), A4 6 + 4 (d12 up to the end of the period) = 74 h. */
  assert_kpi (kpis, "asset_availability", 74 * HOUR, 864 * HOUR, 1 - 74.0 / 864);
  /* Started: d3, d12 (Nov 10 20:00). */
  assert_kpi (kpis, "mtbf_hours", 864 * HOUR, 2, 432);
  /* Ended: d1 (60 h), d3 (4 h); d12 ends on the 11th, after the period. */
  assert_kpi (kpis, "mttr_hours", 64 * HOUR, 2, 32);
  /* t1 on time, t2 late. */
  assert_kpi (kpis, "pm_compliance_rate", 1, 2, 0.5);
  /* [2024-11-01, 2024-11-11): d8 48 h, d10 24 h (ends at the window's end). */
  assert_kpi (kpis, "downtime_change_yoy", 74 * HOUR, 72 * HOUR, 74.0 / 72 - 1);
}

/* S2 from January to November: a long MTBF. */
static void
test_year (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtAssetKpis) kpis = compute (f, at (2025, 1, 1, 0), at (2025, 12, 1, 0), 2);
  g_autofree char *mtbf = NULL;
  g_autofree char *change = NULL;

  /* A4 in service Jan 1 → Nov 21 = 324 days = 7,776 h; failures d7 and d12. */
  assert_kpi (kpis, "mtbf_hours", 7776 * HOUR, 2, 3888);
  mtbf = ct_asset_kpis_format_value (kpis, "mtbf_hours");
  g_assert_cmpstr (mtbf, ==, "3,888.0 h");
  /* Down: d7 120 h + d9 6 h + d12 8 h = 134 h; a year earlier d8 48 h. */
  assert_kpi (kpis, "asset_availability", 134 * HOUR, 7776 * HOUR, 1 - 134.0 / 7776);
  assert_kpi (kpis, "downtime_change_yoy", 134 * HOUR, 48 * HOUR, 134.0 / 48 - 1);
  change = ct_asset_kpis_format_value (kpis, "downtime_change_yoy");
  g_assert_cmpstr (change, ==, "+179.2 %");
}

/* Nothing to count. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  const char *const *keys = ct_asset_kpi_keys ();
  g_autoptr(CtAssetKpis) old = compute (f, at (2019, 1, 1, 0), at (2019, 2, 1, 0), 0);
  g_autoptr(CtAssetKpis) future = NULL;

  /* Before any asset was in service, in 2018 neither. */
  for (guint i = 0; keys[i] != NULL; i++)
    assert_none (old, keys[i]);

  /* December, seen on Nov 21: no time has passed in it yet, t8 is not due. */
  future = compute (f, at (2025, 12, 1, 0), at (2026, 1, 1, 0), 0);
  assert_kpi (future, "asset_intact_rate", 2, 3, 2.0 / 3);
  assert_kpi (future, "asset_availability", 0, 0, 0);
  assert_kpi (future, "mtbf_hours", 0, 0, 0);
  assert_kpi (future, "mttr_hours", 0, 0, 0);
  assert_kpi (future, "pm_compliance_rate", 0, 0, 0);
  assert_kpi (future, "downtime_change_yoy", 0, 0, 0);
}

/* The detail view: one asset, whatever the period's site. */
static void
test_asset (Fixture       *f,
            gconstpointer  data)
{
  CtKpiPeriod period = period_of (at (2025, 11, 1, 0), at (2025, 12, 1, 0), 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetKpis) a2 = ct_asset_kpis_compute_for_asset (f->db, &period, 2, &error);
  g_autoptr(CtAssetKpis) a3 = NULL;

  g_assert_no_error (error);
  assert_kpi (a2, "asset_intact_rate", 0, 1, 0);
  /* 384 h in service, 40 h down. */
  assert_kpi (a2, "asset_availability", 40 * HOUR, 384 * HOUR, 1 - 40.0 / 384);
  assert_kpi (a2, "mtbf_hours", 384 * HOUR, 1, 384);
  assert_kpi (a2, "mttr_hours", 0, 0, 0);
  /* t3 skipped, t4 overdue. */
  assert_kpi (a2, "pm_compliance_rate", 0, 2, 0);
  assert_kpi (a2, "downtime_change_yoy", 40 * HOUR, 0, 0);

  /* A3, retired: no intact rate, the rest up to its retirement. */
  a3 = ct_asset_kpis_compute_for_asset (f->db, &period, 3, &error);
  g_assert_no_error (error);
  assert_kpi (a3, "asset_intact_rate", 0, 0, 0);
  assert_kpi (a3, "asset_availability", 12 * HOUR, 336 * HOUR, 1 - 12.0 / 336);
  assert_kpi (a3, "mttr_hours", 48 * HOUR, 1, 48);
}

static void
assert_ids (Fixture     *f,
            const char  *key,
            gboolean     numerator,
            gint64       site_id,
            const char  *expected)
{
  CtKpiPeriod period = period_of (at (2025, 11, 1, 0), at (2025, 12, 1, 0), site_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ct_asset_kpi_ids (f->db, &period, key, numerator, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (text, "%sA%" G_GINT64_FORMAT, i ? " " : "",
                            g_array_index (ids, gint64, i));
  g_assert_cmpstr (text->str, ==, expected);
}

static void
test_ids (Fixture       *f,
          gconstpointer  data)
{
  assert_ids (f, "asset_intact_rate", TRUE, 0, "A1 A4");
  assert_ids (f, "asset_intact_rate", FALSE, 0, "A1 A2 A4");
  assert_ids (f, "asset_availability", TRUE, 0, "A1 A2 A3 A4");
  assert_ids (f, "asset_availability", FALSE, 0, "A1 A2 A3 A4");
  assert_ids (f, "mtbf_hours", FALSE, 0, "A1 A2 A3 A4");
  assert_ids (f, "mttr_hours", TRUE, 0, "A1 A3 A4");
  assert_ids (f, "pm_compliance_rate", TRUE, 0, "A1 A4");
  assert_ids (f, "pm_compliance_rate", FALSE, 0, "A1 A2 A4");
  assert_ids (f, "downtime_change_yoy", FALSE, 0, "A1 A4 A6");
  /* By site. */
  assert_ids (f, "asset_intact_rate", FALSE, 1, "A1 A2");
  assert_ids (f, "mttr_hours", TRUE, 2, "A4");
  assert_ids (f, "pm_compliance_rate", FALSE, 1, "A1 A2");
  assert_ids (f, "downtime_change_yoy", FALSE, 1, "A1 A6");
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
assert_json (JsonObject *root)
{
  JsonObject *counts = json_object_get_object_member (root, "asset_counts");
  JsonObject *mtbf = json_object_get_object_member (counts, "mtbf_hours");

  g_assert_cmpfloat (json_object_get_double_member (root, "asset_intact_rate"), ==, 0.6667);
  g_assert_cmpfloat (json_object_get_double_member (root, "asset_availability"), ==, 0.9429);
  g_assert_cmpfloat (json_object_get_double_member (root, "mtbf_hours"), ==, 420.0);
  g_assert_cmpfloat (json_object_get_double_member (root, "mttr_hours"), ==, 30.0);
  g_assert_cmpfloat (json_object_get_double_member (root, "pm_compliance_rate"), ==, 0.4);
  g_assert_cmpfloat (json_object_get_double_member (root, "downtime_change_yoy"), ==, -0.1111);
  g_assert_cmpint (json_object_get_int_member (mtbf, "numerator"), ==, 1680 * 3600);
  g_assert_cmpint (json_object_get_int_member (mtbf, "denominator"), ==, 4);
}

static void
test_format (Fixture       *f,
             gconstpointer  data)
{
  static const char *const expected[][2] = {
    { "asset_intact_rate", "66.7 %" }, { "asset_availability", "94.3 %" },
    { "mtbf_hours", "420.0 h" }, { "mttr_hours", "30.0 h" },
    { "pm_compliance_rate", "40.0 %" }, { "downtime_change_yoy", "−11.1 %" },
  };
  g_autoptr(CtAssetKpis) kpis = november (f, 0);
  g_autoptr(CtAssetKpis) s2 = november (f, 2);
  g_autoptr(GString) json = g_string_new ("{\n");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonObject) spliced = NULL;
  g_autoptr(JsonObject) built = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CtAssetKpis) old = compute (f, at (2019, 1, 1, 0), at (2019, 2, 1, 0), 0);
  g_autoptr(GString) nulls = g_string_new ("{\n");
  g_autoptr(JsonObject) none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = ct_asset_kpis_format_value (kpis, expected[i][0]);

      g_assert_cmpstr (text, ==, expected[i][1]);
    }
  {
    g_autofree char *text = ct_asset_kpis_format_value (s2, "downtime_change_yoy");

    /* 14 ÷ 48 − 1 = −70.8 % */
    g_assert_cmpstr (text, ==, "−70.8 %");
  }

  ct_asset_kpis_append_json (kpis, json);
  g_assert_false (g_str_has_suffix (json->str, ",") || g_str_has_suffix (json->str, "\n"));
  g_string_append (json, "\n}\n");
  g_assert_nonnull (strstr (json->str, "  \"asset_intact_rate\" : 0.6667,\n"));
  spliced = parse_object (json->str);
  assert_json (spliced);

  json_builder_begin_object (builder);
  ct_asset_kpis_add_json (kpis, builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  built = json_object_ref (json_node_get_object (root));
  assert_json (built);

  ct_asset_kpis_append_json (old, nulls);
  g_string_append (nulls, "\n}");
  none = parse_object (nulls->str);
  g_assert_true (json_object_get_null_member (none, "asset_intact_rate"));
  g_assert_true (json_object_get_null_member (none, "downtime_change_yoy"));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  CtKpiPeriod period = period_of (at (2025, 12, 1, 0), at (2025, 11, 1, 0), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  g_assert_null (ct_asset_kpis_compute (f->db, &period, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ids = ct_asset_kpi_ids (f->db, &period, "mttr_hours", TRUE, &error);
  g_assert_null (ids);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

/* now 0: the database clock (CT_TEST_NOW, Nov 21 12:40); A2 has been down
 * 12 h 40 min more. */
static void
test_clock (Fixture       *f,
            gconstpointer  data)
{
  CtKpiPeriod period = { at (2025, 11, 1, 0), at (2025, 12, 1, 0), 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetKpis) kpis = ct_asset_kpis_compute (f->db, &period, &error);
  double extra = 12 * HOUR + 40 * 60;

  g_assert_no_error (error);
  g_assert_cmpint (ct_asset_kpis_get_instant (kpis), ==, CT_TEST_NOW);
  /* Three assets in service for 12 h 40 min more. */
  assert_kpi (kpis, "asset_availability", 96 * HOUR + extra, 1680 * HOUR + 3 * extra,
              1 - (96 * HOUR + extra) / (1680 * HOUR + 3 * extra));
}

/* At the instant exactly: a downtime that starts then counts, one that ends
 * then does not. */
static void
test_instant (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtAssetKpis) kpis = NULL;

  add_downtime (f->db, 1, "maintenance", at (2025, 11, 20, 22), at (2025, 11, 21, 0));
  add_downtime (f->db, 4, "maintenance", at (2025, 11, 21, 0), at (2025, 11, 21, 2));
  kpis = november (f, 0);
  /* A1 up again, A2 and A4 down. */
  assert_kpi (kpis, "asset_intact_rate", 1, 3, 1.0 / 3);
  /* A1 2 h more; A4's starts at the end of the time summed. */
  assert_kpi (kpis, "asset_availability", 98 * HOUR, 1680 * HOUR, 1 - 98.0 / 1680);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/asset-kpi/keys", test_keys);
#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/asset-kpi/november", test_november);
  ADD ("/asset-kpi/sites", test_sites);
  ADD ("/asset-kpi/edges", test_edges);
  ADD ("/asset-kpi/year", test_year);
  ADD ("/asset-kpi/empty", test_empty);
  ADD ("/asset-kpi/asset", test_asset);
  ADD ("/asset-kpi/ids", test_ids);
  ADD ("/asset-kpi/format", test_format);
  ADD ("/asset-kpi/errors", test_errors);
  ADD ("/asset-kpi/clock", test_clock);
  ADD ("/asset-kpi/instant", test_instant);
#undef ADD
  return g_test_run ();
}
