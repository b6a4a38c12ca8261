/* test-meter-store.c — adding and changing meters: where a meter of an asset
 * is, unique codes, a stale edit, a retired asset, the audit log, the
 * "changed" signal and the permission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ct-building.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-meter.h"
#include "ct-site.h"
#include "ct-test-ledger.h"
#include "ct-user-store.h"

#define PASSWORD "correct horse battery"

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         sites[2];
  gint64         building;
  CtAsset       *pump;     /* of site 1, building 2 */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  CtOrganisation *org;

  f->store = ct_test_ledger_open (&f->base, "ct-meter-store-XXXXXX");
  org = f->base.org;
  f->sites[0] = ct_test_ledger_insert (ct_organisation_get_sites (org),
                                       ct_site_new ("SH01", "阳光花园"));
  f->sites[1] = ct_test_ledger_insert (ct_organisation_get_sites (org),
                                       ct_site_new ("CH02", "翠湖花园"));
  f->building = ct_test_ledger_insert (ct_organisation_get_buildings (org),
                                       ct_building_new (f->sites[0], "2", "2号楼"));
  f->pump = ct_asset_new ("PUMP-1", "生活水泵", "water", f->sites[0]);
  ct_record_set_int (CT_RECORD (f->pump), "building_id", f->building);
  ct_test_ledger_create (f->store, f->pump);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->pump);
  ct_test_ledger_close (&f->base, &f->store);
}

/* A new meter of the pump, with the wrong site given: it is where the pump is. */
static CtMeter *
pump_meter (Fixture    *f,
            const char *code)
{
  CtMeter *meter = ct_meter_new (code, "水泵电表", "electricity", f->sites[1]);

  ct_record_set_int (CT_RECORD (meter), "asset_id", ct_record_get_id (CT_RECORD (f->pump)));
  return meter;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtMeter) meter = pump_meter (f, "E-PUMP");
  g_autoptr(GListModel) meters = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  ct_test_ledger_count_changes (f->store, &n_changed);
  g_assert_true (ct_meter_create (f->store, meter, "王芳", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (meter)), >, 0);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (meter), "site_id"), ==, f->sites[0]);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (meter), "building_id"), ==, f->building);

  meters = ct_meter_list (f->store, ct_record_get_id (CT_RECORD (f->pump)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (meters), ==, 1);
  g_assert_cmpint (ct_test_query_int (f->base.db, "SELECT count(*) FROM audit_log WHERE "
                                      "entity = 'meter' AND action = 'insert' AND actor = '王芳'"),
                   ==, 1);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtMeter) meter = pump_meter (f, "E-PUMP");
  g_autoptr(CtRecord) stale = NULL;
  g_autoptr(CtRecord) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  g_assert_true (ct_meter_create (f->store, meter, "test", &error));
  g_assert_no_error (error);
  stale = ct_record_copy (CT_RECORD (meter));
  ct_test_ledger_count_changes (f->store, &n_changed);
  ct_record_set_string (CT_RECORD (meter), "name", "水泵用水");
  ct_record_set_string (CT_RECORD (meter), "kind", "water");
  ct_record_set_string (CT_RECORD (meter), "note", "在水泵房");
  g_assert_true (ct_meter_update (f->store, meter, "test", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  stored = ct_record_store_load (ct_meter_get_store (f->store),
                                 ct_record_get_id (CT_RECORD (meter)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ct_record_get_string (stored, "name"), ==, "水泵用水");
  g_assert_cmpstr (ct_meter_kind_unit (ct_record_get_string (stored, "kind")), ==, "m³");
  g_assert_cmpstr (ct_record_get_string (stored, "note"), ==, "在水泵房");

  /* Someone else's edit is never overwritten. */
  ct_record_set_string (stale, "name", "旧名");
  g_assert_false (ct_meter_update (f->store, CT_METER (stale), "test", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_assert_cmpuint (n_changed, ==, 1);
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtMeter) first = pump_meter (f, "E-PUMP");
  g_autoptr(CtMeter) same = pump_meter (f, "E-PUMP");
  g_autoptr(CtMeter) nameless = pump_meter (f, "E-2");
  g_autoptr(CtMeter) odd = pump_meter (f, "E-3");
  g_autoptr(CtMeter) late = pump_meter (f, "E-4");
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_meter_create (f->store, first, "test", &error));
  g_assert_no_error (error);
  g_assert_false (ct_meter_create (f->store, same, "test", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "E-PUMP"));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (same)), ==, 0);
  g_clear_error (&error);

  ct_record_set_string (CT_RECORD (nameless), "name", "");
  g_assert_false (ct_meter_create (f->store, nameless, "test", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ct_record_set_string (CT_RECORD (odd), "kind", "steam");
  g_assert_false (ct_meter_create (f->store, odd, "test", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ct_asset_store_set_status (f->store, f->pump, "retired", "报废", 0, CT_TEST_NOW,
                                            "test", &error));
  g_assert_no_error (error);
  g_assert_false (ct_meter_create (f->store, late, "test", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "PUMP-1"));
  g_assert_cmpint (ct_test_query_int (f->base.db, "SELECT count(*) FROM meters"), ==, 1);
}

/* A meter of no asset keeps the site it was given. */
static void
test_site_meter (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtMeter) meter = ct_meter_new ("W-CH", "小区总水表", "water", f->sites[1]);
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_meter_create (f->store, meter, "test", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (meter), "site_id"), ==, f->sites[1]);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (meter), "asset_id"), ==, 0);
}

/* Meters are the managers': a technician may read them, not add or change. */
static void
test_permission (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtUserStore) users = ct_user_store_new (f->base.db);
  g_autoptr(CtUser) admin = ct_user_new ("admin", "系统管理员", "admin");
  g_autoptr(CtUser) viewer = ct_user_new ("viewer", "访客", "viewer");
  g_autoptr(CtUser) signed_in = NULL;
  g_autoptr(CtMeter) meter = pump_meter (f, "E-PUMP");
  g_autoptr(CtMeter) refused = pump_meter (f, "E-2");
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_user_store_create (users, admin, PASSWORD, "admin", &error));
  g_assert_no_error (error);
  signed_in = ct_user_store_sign_in (users, "admin", PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_true (ct_meter_create (f->store, meter, "admin", &error));
  g_assert_no_error (error);
  g_assert_true (ct_user_store_create (users, viewer, PASSWORD, "admin", &error));
  g_assert_no_error (error);
  g_clear_object (&signed_in);
  signed_in = ct_user_store_sign_in (users, "viewer", PASSWORD, &error);
  g_assert_no_error (error);

  g_assert_false (ct_meter_create (f->store, refused, "viewer", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  ct_record_set_string (CT_RECORD (meter), "name", "改名");
  g_assert_false (ct_meter_update (f->store, meter, "viewer", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_cmpint (ct_test_query_int (f->base.db, "SELECT count(*) FROM meters "
                                                  "WHERE name = '改名' OR code = 'E-2'"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/meter-store/create", test_create);
  ADD ("/meter-store/update", test_update);
  ADD ("/meter-store/refused", test_refused);
  ADD ("/meter-store/site-meter", test_site_meter);
  ADD ("/meter-store/permission", test_permission);
#undef ADD
  return g_test_run ();
}
