/* test-assets.c — the asset store: create and validate, update, status and
 * downtime, fault reports and their tickets, delete, timeline, conflicts
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (04:40 UTC,
 * CT_TEST_NOW = 1763700000); the database's zone is the default Asia/Shanghai.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-asset-store.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"

#define MINUTE 60
#define HOUR 3600

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  CtTicketStore *tickets;
  gint64         site;        /* 翠湖花园 */
  gint64         other_site;  /* 滨江苑 */
  gint64         building;    /* 3号楼 of site */
  gint64         far_building; /* 1号楼 of other_site */
  gint64         room;        /* B1 配电室 of site */
} Fixture;

static gint64
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(CtRecord) owned = record;
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (store, owned, "admin", &error));
  g_assert_no_error (error);
  return ct_record_get_id (owned);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtOrganisation *org;

  ct_test_fixture_set_up (&f->base, "ct-assets-XXXXXX", "assets.db");
  ct_test_fixture_open_organisation (&f->base);
  org = f->base.org;
  f->site = insert (ct_organisation_get_sites (org), ct_site_new ("CH", "翠湖花园"));
  f->other_site = insert (ct_organisation_get_sites (org), ct_site_new ("BJ", "滨江苑"));
  f->building = insert (ct_organisation_get_buildings (org),
                        ct_building_new (f->site, "3", "3号楼"));
  f->far_building = insert (ct_organisation_get_buildings (org),
                            ct_building_new (f->other_site, "1", "1号楼"));
  f->store = ct_asset_store_new (org, &error);
  g_assert_no_error (error);
  f->tickets = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);
  f->room = insert (ct_asset_store_get_locations (f->store),
                    ct_asset_location_new (f->site, f->building, "plant_room", "B1 配电室"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->tickets);
  g_clear_object (&f->store);
  ct_test_fixture_tear_down (&f->base);
}

static CtAsset *
new_asset (Fixture    *f,
           const char *code,
           const char *name)
{
  CtAsset *asset = ct_asset_new (code, name, "elevator", f->site);

  g_object_set (asset, "building_id", f->building, NULL);
  return asset;
}

static CtAsset *
create (Fixture    *f,
        const char *code,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  CtAsset *asset = new_asset (f, code, name);

  g_assert_true (ct_asset_store_create (f->store, asset, "admin", &error));
  g_assert_no_error (error);
  return asset;
}

static void
set_status (Fixture    *f,
            CtAsset    *asset,
            const char *status,
            gint64      at)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_asset_store_set_status (f->store, asset, status, "巡检发现", 0, at, "王工",
                                            &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_asset_get_status (asset), ==, status);
}

static void
advance (Fixture *f,
         gint64   seconds)
{
  ct_clock_advance (f->base.clock, seconds);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  sqlite3_stmt *stmt = ct_database_prepare (f->base.db, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (f->base.db), sql, NULL, NULL, NULL),
                   ==, SQLITE_OK);
}

static GPtrArray *
downtime (Fixture *f,
          CtAsset *asset)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = ct_asset_store_list_downtime (f->store,
                                                  ct_record_get_id (CT_RECORD (asset)), &error);

  g_assert_no_error (error);
  return list;
}

static void
check_downtime (CtDowntime *d,
                const char *kind,
                gint64      started_at,
                gint64      ended_at)
{
  g_assert_cmpstr (d->kind, ==, kind);
  g_assert_cmpint (d->started_at, ==, started_at);
  g_assert_cmpint (d->ended_at, ==, ended_at);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = new_asset (f, "DT-01", "1号客梯");
  g_autoptr(CtAsset) pump = new_asset (f, "SB-01", "生活水泵");
  g_autoptr(CtAsset) old = new_asset (f, "PD-01", "低压配电柜");
  g_autoptr(CtAsset) loaded = NULL;
  g_autoptr(CtAsset) found = NULL;

  g_object_set (lift, "installed_on", "2020-03-01", "location_id", f->room, NULL);
  g_assert_true (ct_asset_store_create (f->store, lift, "admin", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (lift)), >, 0);
  g_assert_cmpint (ct_record_get_version (CT_RECORD (lift)), ==, 1);
  g_assert_cmpstr (ct_asset_get_status (lift), ==, "in_service");
  /* 2020-03-01 00:00 in Shanghai = 2020-02-29 16:00 UTC = 1582992000. */
  g_assert_cmpint (ct_record_get_int (CT_RECORD (lift), "service_from"), ==, 1582992000);

  /* No installation date: in service since it was entered. */
  g_assert_true (ct_asset_store_create (f->store, pump, "admin", &error));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (pump), "service_from"), ==, CT_TEST_NOW);

  /* An import of history keeps its creation time: 2024-01-01 00:00 UTC. */
  ct_record_set_meta (CT_RECORD (old), 0, 0, 1704067200, 0);
  g_assert_true (ct_asset_store_create (f->store, old, "import", &error));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (old), "service_from"), ==, 1704067200);
  g_assert_cmpint (ct_record_get_created_at (CT_RECORD (old)), ==, 1704067200);

  loaded = ct_asset_store_load (f->store, ct_record_get_id (CT_RECORD (lift)), &error);
  g_assert_no_error (error);
  g_assert_true (ct_record_equal_values (CT_RECORD (loaded), CT_RECORD (lift)));
  found = ct_asset_store_find_code (f->store, "SB-01", &error);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (found)), ==, ct_record_get_id (CT_RECORD (pump)));
  g_assert_null (ct_asset_store_find_code (f->store, "NOPE", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM audit_log WHERE entity = 'asset' "
                          "AND action = 'insert'"), ==, 3);
}

/* Imports may enter an asset that is already down or retired. */
static void
test_create_with_status (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) broken = new_asset (f, "FD-01", "备用发电机");
  g_autoptr(CtAsset) scrapped = new_asset (f, "FD-00", "旧发电机");
  g_autoptr(GPtrArray) list = NULL;

  g_object_set (broken, "status", "down", NULL);
  g_assert_true (ct_asset_store_create (f->store, broken, "import", &error));
  g_assert_no_error (error);
  list = downtime (f, broken);
  g_assert_cmpuint (list->len, ==, 1);
  check_downtime (list->pdata[0], "failure", CT_TEST_NOW, 0);

  g_object_set (scrapped, "status", "retired", NULL);
  g_assert_true (ct_asset_store_create (f->store, scrapped, "import", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (scrapped), "retired_at"), ==, CT_TEST_NOW);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM asset_downtime"), ==, 1);
}

/* Creating @asset fails with @code and a message containing @needle; nothing
 * is saved and the asset keeps id 0. */
static void
refuse_create (Fixture    *f,
               CtAsset    *asset,
               int         code,
               const char *needle)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (f, "SELECT COUNT(*) FROM assets");

  g_assert_false (ct_asset_store_create (f->store, asset, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, needle));
  g_assert_cmpint (ct_record_get_id (CT_RECORD (asset)), ==, 0);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM assets"), ==, before);
}

static void
test_validate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtAsset) motor = new_asset (f, "DT-01-M", "曳引机");
  g_autoptr(CtAsset) bad = new_asset (f, "X-1", "坏类别");
  g_autoptr(CtAsset) dup = new_asset (f, "DT-01", "另一部电梯");
  g_autoptr(CtAsset) far = new_asset (f, "X-2", "错楼");
  g_autoptr(CtAsset) room = ct_asset_new ("X-3", "错位置", "power", f->other_site);

  g_object_set (bad, "category", "spaceship", NULL);
  refuse_create (f, bad, CT_STORE_ERROR_INVALID, "spaceship");
  refuse_create (f, dup, CT_STORE_ERROR_DUPLICATE, "“DT-01” is already used by “DT-01 1号客梯”");
  g_object_set (far, "building_id", f->far_building, NULL);
  refuse_create (f, far, CT_STORE_ERROR_INVALID, "Building “1号楼” is not part of site “翠湖花园”");
  g_object_set (room, "location_id", f->room, NULL);
  refuse_create (f, room, CT_STORE_ERROR_INVALID, "Location “B1 配电室” is not part of site “滨江苑”");

  /* The motor is part of the lift; the lift cannot become part of the motor. */
  g_object_set (motor, "parent_id", ct_record_get_id (CT_RECORD (lift)), NULL);
  g_assert_true (ct_asset_store_create (f->store, motor, "admin", &error));
  g_assert_no_error (error);
  g_object_set (lift, "parent_id", ct_record_get_id (CT_RECORD (motor)), NULL);
  g_assert_false (ct_asset_store_update (f->store, lift, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“DT-01” cannot be part of “DT-01-M 曳引机”"));
  g_clear_error (&error);
  g_assert_cmpint (ct_record_get_version (CT_RECORD (lift)), ==, 1);
  g_object_set (lift, "parent_id", ct_record_get_id (CT_RECORD (lift)), NULL);
  g_assert_false (ct_asset_store_update (f->store, lift, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

static void
test_update_keeps_status (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtAsset) stored = NULL;

  set_status (f, lift, "down", 0);
  /* A dialog may hand back anything in the fields the store owns. */
  g_object_set (lift, "name", "1号客梯（东）", "status", "in_service", "next_due", "2030-01-01",
                "retired_at", (gint64) 1, "installed_on", "2021-06-15", NULL);
  g_assert_true (ct_asset_store_update (f->store, lift, "admin", &error));
  g_assert_no_error (error);
  stored = ct_asset_store_load (f->store, ct_record_get_id (CT_RECORD (lift)), &error);
  g_assert_cmpstr (ct_asset_get_name (stored), ==, "1号客梯（东）");
  g_assert_cmpstr (ct_asset_get_status (stored), ==, "down");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "next_due"), ==, "");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "retired_at"), ==, 0);
  /* service_from follows the new installed_on: 2021-06-15 00:00 +08:00 =
   * 2021-06-14 16:00 UTC = 1623686400. */
  g_assert_cmpint (ct_record_get_int (CT_RECORD (stored), "service_from"), ==, 1623686400);
  g_assert_true (ct_record_equal_values (CT_RECORD (stored), CT_RECORD (lift)));
  g_assert_cmpint (ct_record_get_version (CT_RECORD (lift)), ==, 3);
}

static void
test_status_downtime (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(GPtrArray) list = NULL;
  gint64 t1 = CT_TEST_NOW + HOUR, t2 = t1 + 2 * HOUR, t3 = t2 + 30 * MINUTE;

  set_status (f, lift, "down", t1);
  list = downtime (f, lift);
  g_assert_cmpuint (list->len, ==, 1);
  check_downtime (list->pdata[0], "failure", t1, 0);
  g_assert_cmpstr (((CtDowntime *) list->pdata[0])->reason, ==, "巡检发现");
  g_assert_null (((CtDowntime *) list->pdata[0])->ticket_code);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Down → maintenance closes the failure and opens a maintenance period. */
  set_status (f, lift, "maintenance", t2);
  list = downtime (f, lift);
  g_assert_cmpuint (list->len, ==, 2);
  check_downtime (list->pdata[0], "maintenance", t2, 0);
  check_downtime (list->pdata[1], "failure", t1, t2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Not before the open period started, and not to the same status. */
  g_assert_false (ct_asset_store_set_status (f->store, lift, "in_service", "", 0, t2 - 1, "王工",
                                             &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ct_asset_store_set_status (f->store, lift, "maintenance", "", 0, t3, "王工",
                                             &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ct_asset_store_set_status (f->store, lift, "broken", "", 0, t3, "王工",
                                             &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  set_status (f, lift, "in_service", t3);
  list = downtime (f, lift);
  g_assert_cmpuint (list->len, ==, 2);
  check_downtime (list->pdata[0], "maintenance", t2, t3);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM asset_downtime WHERE ended_at IS NULL"), ==, 0);
  /* Version 1, then one per status change. */
  g_assert_cmpint (ct_record_get_version (CT_RECORD (lift)), ==, 4);
}

static void
test_retired_is_final (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtTicket) ticket = ct_ticket_new ("repair", "电梯异响");
  g_autoptr(GPtrArray) list = NULL;
  gint64 t1 = CT_TEST_NOW + HOUR, t2 = t1 + HOUR;

  set_status (f, lift, "down", t1);
  set_status (f, lift, "retired", t2);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (lift), "retired_at"), ==, t2);
  list = downtime (f, lift);
  check_downtime (list->pdata[0], "failure", t1, t2);

  g_assert_false (ct_asset_store_set_status (f->store, lift, "in_service", "", 0, 0, "王工",
                                             &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "retired"));
  g_clear_error (&error);
  g_object_set (ticket, "repair_class", "routine", NULL);
  g_assert_false (ct_asset_store_report_fault (f->store, f->tickets, lift, ticket, TRUE, "客服",
                                               &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ticket)), ==, 0);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM tickets"), ==, 0);
  g_assert_cmpstr (ct_asset_get_status (lift), ==, "retired");
}

static CtTicket *
report (Fixture  *f,
        CtAsset  *asset,
        gboolean  mark_down)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", "电梯困人");

  g_object_set (ticket, "repair_class", "emergency", "reporter", "王芳", NULL);
  g_assert_true (ct_asset_store_report_fault (f->store, f->tickets, asset, ticket, mark_down,
                                              "客服小张", &error));
  g_assert_no_error (error);
  return ticket;
}

static void
resolve (Fixture  *f,
         CtTicket *ticket)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_ticket_store_resolve (f->tickets, ticket, "更换门机板", "王工", &error));
  g_assert_no_error (error);
}

static CtAsset *
reload (Fixture *f,
        CtAsset *asset)
{
  g_autoptr(GError) error = NULL;
  CtAsset *stored = ct_asset_store_load (f->store, ct_record_get_id (CT_RECORD (asset)), &error);

  g_assert_no_error (error);
  return stored;
}

static void
test_report_fault (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtTicket) ticket = report (f, lift, TRUE);
  g_autoptr(CtTicket) praise = ct_ticket_new ("praise", "服务很好");
  g_autoptr(CtAsset) back = NULL;
  g_autoptr(GPtrArray) list = NULL;
  CtDowntime *d;

  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "asset_id"), ==,
                   ct_record_get_id (CT_RECORD (lift)));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "site_id"), ==, f->site);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ticket), "building_id"), ==, f->building);
  g_assert_cmpstr (ct_asset_get_status (lift), ==, "down");
  list = downtime (f, lift);
  g_assert_cmpuint (list->len, ==, 1);
  d = list->pdata[0];
  check_downtime (d, "failure", CT_TEST_NOW, 0);
  g_assert_cmpint (d->ticket_id, ==, ct_record_get_id (CT_RECORD (ticket)));
  g_assert_cmpstr (d->ticket_code, ==, ct_ticket_get_code (ticket));
  g_assert_cmpstr (d->reason, ==, "电梯困人");

  /* Only repairs are fault reports; nothing is written. */
  g_assert_false (ct_asset_store_report_fault (f->store, f->tickets, lift, praise, FALSE, "客服",
                                               &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM tickets"), ==, 1);

  /* Resolved 3 h 20 min later: the downtime ends then, the lift is back. */
  advance (f, 3 * HOUR + 20 * MINUTE);
  resolve (f, ticket);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = downtime (f, lift);
  check_downtime (list->pdata[0], "failure", CT_TEST_NOW, CT_TEST_NOW + 12000);
  back = reload (f, lift);
  g_assert_cmpstr (ct_asset_get_status (back), ==, "in_service");
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM audit_log WHERE entity = 'asset' "
                          "AND action = 'update' AND actor = '王工'"), ==, 1);
}

static void
test_resolve_keeps_other_downtime (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtAsset) pump = create (f, "SB-01", "生活水泵");
  g_autoptr(CtTicket) ticket = report (f, lift, TRUE);
  g_autoptr(CtTicket) note = report (f, pump, FALSE);
  g_autoptr(CtAsset) still = NULL;
  g_autoptr(CtAsset) pump_now = NULL;

  /* A second open period, as an import of history could leave. */
  exec (f, "INSERT INTO asset_downtime (asset_id, kind, started_at, created_at, updated_at) "
           "VALUES (1, 'failure', 1763690000, 1763690000, 1763690000)");
  advance (f, HOUR);
  resolve (f, ticket);
  still = reload (f, lift);
  g_assert_cmpstr (ct_asset_get_status (still), ==, "down");
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM asset_downtime WHERE ended_at IS NULL"), ==, 1);
  g_assert_cmpint (count (f, "SELECT ended_at FROM asset_downtime WHERE ticket_id = 1"), ==,
                   CT_TEST_NOW + HOUR);

  /* A ticket without downtime changes nothing when resolved. */
  resolve (f, note);
  pump_now = reload (f, pump);
  g_assert_cmpstr (ct_asset_get_status (pump_now), ==, "in_service");
  g_assert_cmpint (ct_record_get_version (CT_RECORD (pump_now)), ==, 1);
}

static void
refuse_delete (Fixture    *f,
               CtAsset    *asset,
               const char *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_asset_store_delete (f->store, asset, "admin", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtAsset) motor = new_asset (f, "DT-01-M", "曳引机");
  g_autoptr(CtAsset) pump = create (f, "SB-01", "生活水泵");
  g_autoptr(CtAsset) spare = create (f, "SB-02", "备用水泵");
  g_autoptr(CtTicket) ticket = NULL;

  g_object_set (motor, "parent_id", ct_record_get_id (CT_RECORD (lift)), NULL);
  g_assert_true (ct_asset_store_create (f->store, motor, "admin", &error));
  refuse_delete (f, lift, "“DT-01” cannot be deleted: it has 1 sub-asset.");
  ticket = report (f, pump, TRUE);
  refuse_delete (f, pump, "it has 1 downtime period, 1 ticket.");
  exec (f, "INSERT INTO meters (code, name, kind, site_id, asset_id, created_at, updated_at) "
           "SELECT 'M-1', '水泵电表', 'electricity', 1, id, 0, 0 FROM assets "
           "WHERE code = 'SB-02'");
  refuse_delete (f, spare, "it has 1 meter.");

  g_assert_true (ct_asset_store_delete (f->store, motor, "admin", &error));
  g_assert_no_error (error);
  g_assert_null (ct_asset_store_load (f->store, ct_record_get_id (CT_RECORD (motor)), &error));
  g_assert_no_error (error);
}

static CtAssetEvent *
event (GPtrArray *events,
       guint      i)
{
  g_assert_cmpuint (i, <, events->len);
  return events->pdata[i];
}

static void
check_event (CtAssetEvent     *e,
             CtAssetEventKind  kind,
             gint64            at,
             const char       *title,
             gboolean          warning)
{
  g_assert_cmpint (e->kind, ==, kind);
  g_assert_cmpint (e->at, ==, at);
  g_assert_cmpstr (e->title, ==, title);
  g_assert_cmpint (e->warning, ==, warning);
}

/* History at T = CT_TEST_NOW: created at T; fault reported at T + 1 h, resolved
 * 3 h 20 min later; a failed recheck at T + 1 d; a skipped task at T + 2 d; an
 * anomalous reading at T + 3 d. */
static void
fill_history (Fixture *f,
              CtAsset *lift)
{
  g_autoptr(CtTicket) ticket = NULL;

  advance (f, HOUR);
  ticket = report (f, lift, TRUE);
  advance (f, 3 * HOUR + 20 * MINUTE);
  resolve (f, ticket);
  exec (f, "INSERT INTO maintenance_records (asset_id, kind, performed_at, performer, problem, "
           "action, recheck, recheck_ok, created_at, updated_at) VALUES (1, 'corrective', "
           "1763786400, '王工', '门机皮带磨损', '更换皮带', '仍有异响', 0, 0, 0)");
  exec (f, "INSERT INTO maintenance_plans (asset_id, title, rrule, starts_on, created_at, "
           "updated_at) VALUES (1, '电梯半月保养', 'FREQ=WEEKLY;INTERVAL=2', '2025-11-01', 0, 0)");
  exec (f, "INSERT INTO maintenance_tasks (plan_id, asset_id, due_on, status, note, created_at, "
           "updated_at) VALUES (1, 1, '2025-11-23', 'skipped', '停电', 0, 1763872800)");
  exec (f, "INSERT INTO meters (code, name, kind, site_id, asset_id, created_at, updated_at) "
           "VALUES ('M-1', '电梯电表', 'electricity', 1, 1, 0, 0)");
  exec (f, "INSERT INTO meter_readings (meter_id, read_at, value, consumption, anomaly, reason, "
           "created_at) VALUES (1, 1763959200, 500, 90, 1, '3.2 × the usual daily use', 0), "
           "(1, 1763872900, 410, 10, 0, '', 0)");
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(GPtrArray) events = NULL;
  gint64 t = CT_TEST_NOW, fault = t + HOUR, fixed = fault + 12000;

  fill_history (f, lift);
  events = ct_asset_store_timeline (f->store, ct_record_get_id (CT_RECORD (lift)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 8);
  /* 1763959200 = T + 3 d (2025-11-24 12:40 +08:00). */
  check_event (event (events, 0), CT_ASSET_EVENT_READING, 1763959200,
               "Unusual reading on meter M-1 电梯电表", TRUE);
  g_assert_nonnull (strstr (event (events, 0)->detail, "3.2 × the usual daily use"));
  check_event (event (events, 1), CT_ASSET_EVENT_TASK, 1763872800,
               "Maintenance skipped: 电梯半月保养", TRUE);
  g_assert_cmpstr (event (events, 1)->detail, ==, "Due on 2025-11-23\n停电");
  check_event (event (events, 2), CT_ASSET_EVENT_MAINTENANCE, 1763786400,
               "Corrective maintenance, recheck failed", TRUE);
  g_assert_cmpstr (event (events, 2)->detail, ==,
                   "Problem: 门机皮带磨损\nAction: 更换皮带\nRecheck: 仍有异响");
  check_event (event (events, 3), CT_ASSET_EVENT_STATUS, fixed, "Back in service", FALSE);
  g_assert_cmpstr (event (events, 3)->actor, ==, "王工");
  /* Same second as the status change to down: status, downtime, ticket. */
  check_event (event (events, 4), CT_ASSET_EVENT_STATUS, fault, "Marked down", TRUE);
  g_assert_cmpstr (event (events, 4)->detail, ==, "In service → Down\nReason: 电梯困人");
  check_event (event (events, 5), CT_ASSET_EVENT_DOWNTIME, fault,
               "Failure downtime, 3 h 20 min", TRUE);
  /* 13:40 → 17:00 in Shanghai. */
  g_assert_nonnull (strstr (event (events, 5)->detail,
                            "From 2025-11-21 13:40 to 2025-11-21 17:00"));
  check_event (event (events, 6), CT_ASSET_EVENT_TICKET, fault,
               "T-2025-00001 电梯困人", TRUE);
  g_assert_cmpstr (event (events, 6)->detail, ==, "Status: Resolved");
  check_event (event (events, 7), CT_ASSET_EVENT_CREATED, t, "Entered in the ledger", FALSE);
  g_assert_cmpstr (event (events, 7)->actor, ==, "admin");
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = create (f, "DT-01", "1号客梯");
  g_autoptr(CtRecord) mine = ct_record_copy (CT_RECORD (lift));
  g_autoptr(CtRecord) theirs = ct_record_copy (CT_RECORD (lift));
  g_autoptr(CtAsset) stored = NULL;

  ct_record_set_string (theirs, "model", "GeN2");
  g_assert_true (ct_asset_store_update (f->store, CT_ASSET (theirs), "李工", &error));
  g_assert_no_error (error);
  ct_record_set_string (mine, "model", "3300");
  g_assert_false (ct_asset_store_update (f->store, CT_ASSET (mine), "王工", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (ct_record_get_version (mine), ==, 1);
  g_assert_false (ct_asset_store_set_status (f->store, CT_ASSET (mine), "down", "", 0, 0, "王工",
                                             &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  stored = reload (f, lift);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (stored), "model"), ==, "GeN2");
  g_assert_cmpstr (ct_asset_get_status (stored), ==, "in_service");
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM asset_downtime"), ==, 0);
}

static void
test_duration (void)
{
  const struct { gint64 seconds; const char *text; } cases[] = {
    { 0, "0 min" }, { 59, "0 min" }, { 45 * MINUTE, "45 min" }, { HOUR, "1 h" },
    { 3 * HOUR + 20 * MINUTE, "3 h 20 min" }, { 24 * HOUR, "1 d" },
    { 52 * HOUR + 30 * MINUTE, "2 d 4 h" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ct_asset_format_duration (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
count_changed_cb (CtAssetStore *store,
                  guint        *n)
{
  (*n)++;
}

static gboolean
nested_create_func (CtDatabase  *db,
                    gpointer     user_data,
                    GError     **error)
{
  g_autoptr(CtAsset) pump = create (user_data, "SB-01", "生活水泵");

  return TRUE;
}

static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;
  g_autoptr(CtAsset) lift = NULL;

  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed_cb), &n);
  lift = create (f, "DT-01", "1号客梯");
  set_status (f, lift, "maintenance", 0);
  g_assert_cmpuint (n, ==, 2);
  /* Inside the caller's transaction the caller emits, after its commit. */
  g_assert_true (ct_database_write (f->base.db, nested_create_func, f, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (count (f, "SELECT COUNT(*) FROM assets"), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  /* The machine's zone must not matter: the database's zone does. */
  g_setenv ("TZ", "America/New_York", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/assets/create", test_create);
  ADD ("/assets/create-with-status", test_create_with_status);
  ADD ("/assets/validate", test_validate);
  ADD ("/assets/update-keeps-status", test_update_keeps_status);
  ADD ("/assets/status-downtime", test_status_downtime);
  ADD ("/assets/retired-is-final", test_retired_is_final);
  ADD ("/assets/report-fault", test_report_fault);
  ADD ("/assets/resolve-keeps-other-downtime", test_resolve_keeps_other_downtime);
  ADD ("/assets/delete", test_delete);
  ADD ("/assets/timeline", test_timeline);
  ADD ("/assets/conflict", test_conflict);
  ADD ("/assets/changed-signal", test_changed_signal);
#undef ADD
  g_test_add_func ("/assets/duration", test_duration);
  return g_test_run ();
}
