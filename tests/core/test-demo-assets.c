/* test-demo-assets.c — the demo equipment ledger: what it holds for the small
 * company, that its KPIs look like a well-run estate's, that a seed gives the
 * same rows, that another count of assets is honoured, and that a cancelled or
 * refused run saves nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-asset-kpi.h"
#include "ct-database-private.h"
#include "ct-demo-assets.h"
#include "ct-demo-tickets.h"
#include "ct-error.h"
#include "ct-test-util.h"

#define N_TICKETS 1000

/* The demo organisation, made once (test-cli-kpi runs the whole demo through
 * ct_demo_generate_company ()); copies of it get tickets and assets: the
 * company with N_TICKETS tickets and the whole ledger, and those of the runs
 * below. */
static CtTestFixture company;
static CtTestFixture organisation;

static void
make_organisation (CtTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  CtDemoOptions options;

  ct_test_fixture_set_up (f, "ct-demo-assets-XXXXXX", "organisation.db");
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  /* No assets unless asked for. */
  ct_demo_options_init (&options);
  g_assert_cmpuint (options.n_assets, ==, 0);
  g_assert_true (ct_demo_generate_company (f->db, &options, 0, CT_TEST_NOW, NULL, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_test_query_int (f->db, "SELECT count(*) FROM assets"), ==, 0);
}

/* A copy of the organisation with @n_tickets tickets and @n_assets assets
 * drawn from @seed. */
static void
copy_company (CtTestFixture *f,
              guint32        seed,
              guint          n_tickets,
              guint          n_assets)
{
  g_autoptr(GError) error = NULL;
  gint64 start;

  ct_test_fixture_set_up (f, "ct-demo-assets-XXXXXX", "copy.db");
  g_assert_true (ct_database_backup (organisation.db, f->path, &error));
  g_assert_no_error (error);
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_DEFAULT, f->clock);
  g_assert_true (ct_demo_generate_tickets (f->db, seed, n_tickets, CT_TEST_NOW, NULL, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (ct_demo_generate_assets (f->db, seed, n_assets, CT_TEST_NOW, NULL, NULL, NULL,
                                          &error));
  g_assert_no_error (error);
  if (n_assets == CT_DEMO_ASSETS_LEDGER)
    g_test_message ("the whole ledger: %.2f s", (g_get_monotonic_time () - start) / 1e6);
  else
    g_test_message ("%u assets: %.2f s", n_assets, (g_get_monotonic_time () - start) / 1e6);
}

static void
assert_between (CtDatabase *db,
                const char *sql,
                gint64      lo,
                gint64      hi)
{
  gint64 n = ct_test_query_int (db, sql);

  if (n < lo || n > hi)
    g_error ("%s: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT,
             sql, n, lo, hi);
}

static void
test_ledger (void)
{
  CtDatabase *db = company.db;

  /* About 1,500 assets, of every category but escalators and "other". */
  assert_between (db, "SELECT count(*) FROM assets", 1300, 1700);
  assert_between (db, "SELECT count(DISTINCT category) FROM assets", 9, 9);
  assert_between (db, "SELECT count(DISTINCT site_id) FROM assets", 3, 3);
  /* Two to four elevators in every building of seven floors or more. */
  assert_between (db, "SELECT count(*) FROM buildings b WHERE b.floors >= 7 AND b.entrances > 0 "
                      "AND (SELECT count(*) FROM assets a WHERE a.building_id = b.id "
                      "AND a.category = 'elevator') NOT BETWEEN 2 AND 4", 0, 0);
  /* Elevators: a 20-digit registration number and the next inspection. */
  assert_between (db, "SELECT count(*) FROM assets WHERE category = 'elevator' AND "
                      "(length (registration_no) <> 20 OR registration_no GLOB '*[^0-9]*' "
                      "OR statutory_due IS NULL)", 0, 0);
  assert_between (db, "SELECT count(*) FROM assets WHERE category = 'elevator' "
                      "AND manufacturer IN ('三菱电梯', '日立电梯', '奥的斯', '通力', '迅达')",
                  100, 200);
  assert_between (db, "SELECT count(*) FROM assets WHERE manufacturer IN "
                      "('施耐德', 'ABB', '格兰富', '威乐', '海康威视', '大华', '海湾消防')", 200, 1500);
  /* Plant rooms: a distribution room in every high-rise, the site's HV room. */
  assert_between (db, "SELECT count(*) FROM asset_locations WHERE name = 'B1 配电室'", 30, 40);
  assert_between (db, "SELECT count(*) FROM asset_locations WHERE name = '高压配电房' "
                      "AND building_id IS NULL", 3, 3);
  assert_between (db, "SELECT count(*) FROM assets WHERE category = 'generator'", 3, 6);
  /* service_from at installed_on's midnight; a few replaced, and retired. */
  assert_between (db, "SELECT count(*) FROM assets WHERE service_from <> "
                      "unixepoch (installed_on, '-8 hours')", 0, 0);
  assert_between (db, "SELECT count(*) FROM assets WHERE status = 'retired' "
                      "AND retired_at IS NOT NULL", 3, 40);
  assert_between (db, "SELECT count(*) FROM assets WHERE contractor <> '' "
                      "AND contract_until IS NULL", 0, 0);
}

/* Every reference holds: foreign keys, integrity, the schema. */
static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (ct_database_check (company.db, &problems, &error));
  g_assert_no_error (error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("%s", (const char *) g_ptr_array_index (problems, i));
  g_assert_true (problems == NULL || problems->len == 0);
}

static void
test_maintenance (void)
{
  CtDatabase *db = company.db;
  const char *today = "'2025-11-21'";

  /* Plans for the elevators, pumps, fire and power plant … */
  assert_between (db, "SELECT count(*) FROM maintenance_plans", 800, 1100);
  assert_between (db, "SELECT count(*) FROM assets a WHERE category = 'elevator' "
                      "AND status <> 'retired' AND NOT EXISTS (SELECT 1 FROM maintenance_plans p "
                      "WHERE p.asset_id = a.id AND p.rrule = 'FREQ=MONTHLY')", 0, 0);
  assert_between (db, "SELECT count(*) FROM maintenance_plans p JOIN assets a "
                      "ON a.id = p.asset_id WHERE a.category = 'fire' "
                      "AND p.rrule <> 'FREQ=MONTHLY;INTERVAL=3'", 0, 0);
  /* A year of tasks: mostly done, a few skipped, some overdue. */
  assert_between (db, "SELECT count(*) FROM maintenance_tasks WHERE status = 'done'", 5000, 9000);
  assert_between (db, "SELECT count(*) FROM maintenance_tasks WHERE status = 'skipped'", 50, 400);
  {
    g_autofree char *overdue = g_strconcat ("SELECT count(*) FROM maintenance_tasks WHERE "
                                            "status = 'open' AND due_on < ", today, NULL);
    g_autofree char *late = g_strconcat ("SELECT count(*) FROM maintenance_tasks WHERE "
                                         "status = 'done' AND completed_on > due_on", NULL);

    assert_between (db, overdue, 10, 200);
    assert_between (db, late, 200, 1500);
  }
  /* Every task done has its record: problem, action, recheck. */
  assert_between (db, "SELECT count(*) FROM maintenance_tasks t WHERE status = 'done' AND NOT "
                      "EXISTS (SELECT 1 FROM maintenance_records r WHERE r.task_id = t.id "
                      "AND r.action <> '' AND r.recheck <> '' AND r.problem <> '')", 0, 0);
  /* next_due is the earliest open task. */
  assert_between (db, "SELECT count(*) FROM assets a WHERE next_due IS NOT (SELECT min (due_on) "
                      "FROM maintenance_tasks t WHERE t.asset_id = a.id AND t.status = 'open')",
                  0, 0);
}

static void
test_downtime (void)
{
  CtDatabase *db = company.db;

  assert_between (db, "SELECT count(*) FROM asset_downtime WHERE kind = 'failure'", 300, 2000);
  assert_between (db, "SELECT count(*) FROM asset_downtime WHERE kind = 'maintenance'", 500, 6000);
  /* Two or three down now, each with its open failure. */
  assert_between (db, "SELECT count(*) FROM assets WHERE status = 'down'", 2, 3);
  assert_between (db, "SELECT count(*) FROM assets a WHERE status = 'down' AND NOT EXISTS "
                      "(SELECT 1 FROM asset_downtime d WHERE d.asset_id = a.id "
                      "AND d.ended_at IS NULL AND d.started_at <= " G_STRINGIFY (CT_TEST_NOW) ")",
                  0, 0);
  assert_between (db, "SELECT count(*) FROM asset_downtime WHERE ended_at IS NULL", 2, 3);
  assert_between (db, "SELECT count(*) FROM asset_downtime WHERE ended_at > "
                      G_STRINGIFY (CT_TEST_NOW) " OR started_at > " G_STRINGIFY (CT_TEST_NOW),
                  0, 0);
  /* Elevator repairs among the tickets are linked both ways. */
  assert_between (db, "SELECT count(*) FROM tickets WHERE asset_id IS NOT NULL", 20, 400);
  assert_between (db, "SELECT count(*) FROM tickets t WHERE asset_id IS NOT NULL AND NOT EXISTS "
                      "(SELECT 1 FROM asset_downtime d WHERE d.ticket_id = t.id "
                      "AND d.asset_id = t.asset_id)", 0, 0);
  assert_between (db, "SELECT count(*) FROM tickets t JOIN assets a ON a.id = t.asset_id "
                      "WHERE t.category = '电梯' AND a.category <> 'elevator'", 0, 0);
  assert_between (db, "SELECT count(*) FROM maintenance_records WHERE kind = 'corrective' "
                      "AND ticket_id IS NOT NULL", 10, 400);
}

static void
test_meters (void)
{
  CtDatabase *db = company.db;

  /* An electricity and a water meter in each of the 40 buildings. */
  assert_between (db, "SELECT count(*) FROM meters WHERE kind = 'electricity'", 40, 40);
  assert_between (db, "SELECT count(*) FROM meters WHERE kind = 'water'", 40, 40);
  assert_between (db, "SELECT count(DISTINCT building_id) FROM meters", 40, 40);
  /* Weekly for a year. */
  assert_between (db, "SELECT min (n) FROM (SELECT count(*) AS n FROM meter_readings "
                      "GROUP BY meter_id)", 52, 53);
  assert_between (db, "SELECT count(*) FROM meter_readings WHERE consumption IS NULL", 80, 80);
  /* A few anomalies, each with its reason. */
  assert_between (db, "SELECT sum(anomaly) FROM meter_readings", 1, 20);
  assert_between (db, "SELECT count(*) FROM meter_readings WHERE anomaly = 1 AND reason = ''",
                  0, 0);
}

static void
assert_rate (CtAssetKpis *kpis,
             const char  *key,
             double       lo,
             double       hi)
{
  double value = -1;

  g_assert_true (ct_asset_kpis_get_value (kpis, key, &value));
  g_test_message ("%s: %f", key, value);
  g_assert_cmpfloat (value, >=, lo);
  g_assert_cmpfloat (value, <=, hi);
}

/* The last twelve months: the KPIs of a well-run estate. */
static void
test_kpis (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetKpis) kpis = NULL;
  CtKpiPeriod period = { CT_TEST_NOW - 365 * 86400, CT_TEST_NOW + 86400, 0, 0 };

  kpis = ct_asset_kpis_compute (company.db, &period, &error);
  g_assert_no_error (error);
  assert_rate (kpis, "asset_intact_rate", 0.95, 0.9999);
  assert_rate (kpis, "asset_availability", 0.98, 0.9999);
  assert_rate (kpis, "pm_compliance_rate", 0.80, 0.97);
  assert_rate (kpis, "mttr_hours", 2, 72);
  assert_rate (kpis, "mtbf_hours", 5000, 100000);
  /* Fewer failures than the year before. */
  assert_rate (kpis, "downtime_change_yoy", -0.6, -0.1);
}

/* Every row of the ledger, one line each. */
static char *
dump_ledger (CtDatabase *db)
{
  static const char *const queries[] = {
    "SELECT * FROM asset_locations ORDER BY id",
    "SELECT * FROM assets ORDER BY id",
    "SELECT * FROM asset_downtime ORDER BY id",
    "SELECT * FROM maintenance_plans ORDER BY id",
    "SELECT * FROM maintenance_tasks ORDER BY id",
    "SELECT * FROM maintenance_records ORDER BY id",
    "SELECT * FROM meters ORDER BY id",
    "SELECT * FROM meter_readings ORDER BY id",
    "SELECT id, asset_id FROM tickets WHERE asset_id IS NOT NULL ORDER BY id",
  };

  return ct_test_dump_rows (db, queries, G_N_ELEMENTS (queries));
}

/* A run on the organisation that is rolled back once looked at: every run
 * starts from the same file, and nothing is written to disk. */
typedef struct
{
  guint32   seed;
  guint     n_tickets;
  guint     n_assets;
  void    (*check) (CtDatabase *db);
  char     *dump;
} Trial;

static gboolean
trial_func (CtDatabase *db,
            gpointer    user_data,
            GError    **error)
{
  Trial *t = user_data;

  if (!ct_demo_generate_tickets (db, t->seed, t->n_tickets, CT_TEST_NOW, NULL, NULL, NULL, error)
      || !ct_demo_generate_assets (db, t->seed, t->n_assets, CT_TEST_NOW, NULL, NULL, NULL,
                                   error))
    return FALSE;
  if (t->check != NULL)
    t->check (db);
  t->dump = dump_ledger (db);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "rolled back");
  return FALSE;
}

static char *
try_ledger (guint32   seed,
            guint     n_tickets,
            guint     n_assets,
            void    (*check) (CtDatabase *db))
{
  Trial t = { seed, n_tickets, n_assets, check, NULL };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (ct_database_write (organisation.db, trial_func, &t, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpint (ct_test_query_int (organisation.db, "SELECT count(*) FROM assets"), ==, 0);
  g_test_message ("%u tickets and %u assets: %.2f s", n_tickets, n_assets,
                  (g_get_monotonic_time () - start) / 1e6);
  return t.dump;
}

/* About 300: a few replaced assets are kept, retired, beside their successor. */
static void
check_300 (CtDatabase *db)
{
  assert_between (db, "SELECT count(*) FROM assets WHERE status <> 'retired'", 300, 300);
  assert_between (db, "SELECT count(DISTINCT category) FROM assets", 9, 9);
  assert_between (db, "SELECT count(*) FROM tickets WHERE asset_id IS NOT NULL", 1, 100);
}

/* A smaller ledger, spread over the estate, with a few tickets. */
static void
test_determinism (void)
{
  g_autofree char *dump_a = try_ledger (7, 100, 300, check_300);
  g_autofree char *dump_b = try_ledger (7, 100, 300, NULL);
  g_autofree char *dump_c = try_ledger (8, 100, 300, NULL);

  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_true (g_str_equal (dump_a, dump_b));
  g_assert_false (g_str_equal (dump_a, dump_c));
}

static void
check_more (CtDatabase *db)
{
  assert_between (db, "SELECT count(*) FROM assets WHERE status <> 'retired'", 2000, 2000);
  assert_between (db, "SELECT count(*) FROM assets WHERE category IN ('cctv', 'access', "
                      "'lighting')", 1100, 1500);
  assert_between (db, "SELECT count(*) FROM (SELECT code FROM assets GROUP BY code "
                      "HAVING count(*) > 1)", 0, 0);
  /* Without tickets, elevators fail at their own rate. */
  assert_between (db, "SELECT count(*) FROM asset_downtime d JOIN assets a ON "
                      "a.id = d.asset_id WHERE a.category = 'elevator' "
                      "AND d.kind = 'failure'", 50, 600);
}

/* More than the buildings call for: more cameras, door stations and lights. */
static void
test_more (void)
{
  g_autofree char *dump = try_ledger (3, 0, 2000, check_more);
}

static void
cancel_cb (double      fraction,
           const char *message,
           gpointer    user_data)
{
  /* Once the assets are written: the run stops at its next step. */
  if (fraction >= 0.25)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  CtDatabase *db = organisation.db;
  gint64 audit_rows;

  audit_rows = ct_test_query_int (db, "SELECT count(*) FROM audit_log");
  g_assert_false (ct_demo_generate_assets (db, 1, CT_DEMO_ASSETS_LEDGER, CT_TEST_NOW, cancel_cb,
                                           cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (ct_test_query_int (db, "SELECT count(*) FROM assets"), ==, 0);
  g_assert_cmpint (ct_test_query_int (db, "SELECT count(*) FROM asset_locations"), ==, 0);
  g_assert_cmpint (ct_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, audit_rows);

  /* Already cancelled: nothing starts. */
  g_assert_false (ct_demo_generate_assets (db, 1, 100, CT_TEST_NOW, NULL, NULL, cancellable,
                                           &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* None asked for: nothing done. */
  g_assert_true (ct_demo_generate_assets (db, 1, 0, CT_TEST_NOW, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_test_query_int (db, "SELECT count(*) FROM assets"), ==, 0);
}

/* A file without a company is refused. */
static void
test_no_company (void)
{
  g_autoptr(GError) error = NULL;
  CtTestFixture f;

  ct_test_fixture_set_up (&f, "ct-demo-assets-XXXXXX", "empty.db");
  f.db = ct_test_open (f.path, CT_DATABASE_OPEN_CREATE, f.clock);
  g_assert_false (ct_demo_generate_assets (f.db, 1, CT_DEMO_ASSETS_LEDGER, CT_TEST_NOW, NULL,
                                           NULL, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "empty.db"));
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM assets"), ==, 0);
  ct_test_fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  make_organisation (&organisation);
  copy_company (&company, 1, N_TICKETS, CT_DEMO_ASSETS_LEDGER);
  g_test_add_func ("/demo-assets/ledger", test_ledger);
  g_test_add_func ("/demo-assets/check", test_check);
  g_test_add_func ("/demo-assets/maintenance", test_maintenance);
  g_test_add_func ("/demo-assets/downtime", test_downtime);
  g_test_add_func ("/demo-assets/meters", test_meters);
  g_test_add_func ("/demo-assets/kpis", test_kpis);
  g_test_add_func ("/demo-assets/determinism", test_determinism);
  g_test_add_func ("/demo-assets/more", test_more);
  g_test_add_func ("/demo-assets/cancel", test_cancel);
  g_test_add_func ("/demo-assets/no-company", test_no_company);
  status = g_test_run ();
  ct_test_fixture_tear_down (&company);
  ct_test_fixture_tear_down (&organisation);
  return status;
}
