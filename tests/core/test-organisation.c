/* test-organisation.c — write → reopen → compare for every organisation record,
 * versions and conflicts, delete and undo, validation, lookups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-organisation.h"
#include "ct-test-util.h"

#define NOW CT_TEST_NOW

typedef CtTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-org-XXXXXX", "org.db");
  ct_test_fixture_open_organisation (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

static gint64
audit_rows (Fixture    *f,
            const char *entity,
            const char *action)
{
  sqlite3_stmt *stmt = ct_database_prepare (f->db,
    "SELECT count(*) FROM audit_log WHERE entity = ? AND action = ?", NULL);
  gint64 n;

  sqlite3_bind_text (stmt, 1, entity, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (store, record, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_id (record), >, 0);
  g_assert_cmpint (ct_record_get_version (record), ==, 1);
}

/* Every record written comes back equal after reopening the file. */
static void
assert_round_trip (Fixture       *f,
                   CtRecordStore *(*get_store) (CtOrganisation *),
                   CtRecord      *record)
{
  g_autoptr(CtOrganisation) org = ct_test_reopen (f->path, f->clock);
  CtRecord *back = ct_record_store_lookup (get_store (org), ct_record_get_id (record));

  g_assert_nonnull (back);
  g_assert_true (ct_record_equal_values (record, back));
  g_assert_cmpint (ct_record_get_version (back), ==, ct_record_get_version (record));
  g_assert_cmpint (ct_record_get_created_at (back), ==, NOW);
}

typedef struct
{
  CtSite       *site;
  CtBuilding   *building;
  CtUnit       *unit;
  CtDepartment *dept;
  CtStaff      *staff;
} World;

static void
build_world (Fixture *f,
             World   *w)
{
  w->site = ct_site_new ("CH", "翠湖花园");
  g_object_set (w->site, "address", "深圳市南山区翠湖路88号", "phone", "0755-86001234", NULL);
  insert (ct_organisation_get_sites (f->org), w->site);

  w->building = ct_building_new (ct_record_get_id (CT_RECORD (w->site)), "3", "3号楼");
  g_object_set (w->building, "floors", (gint64) 26, "entrances", (gint64) 2, NULL);
  insert (ct_organisation_get_buildings (f->org), w->building);

  w->unit = ct_unit_new (ct_record_get_id (CT_RECORD (w->building)), "2", "1201");
  g_object_set (w->unit, "floor", (gint64) 12, "owner_name", "王芳",
                "owner_phone", "13800138000", "note", "养狗，上门前先电话", NULL);
  insert (ct_organisation_get_units (f->org), w->unit);

  w->dept = ct_department_new ("elevator", "电梯班");
  g_object_set (w->dept, "phone", "400-800-1234", NULL);
  insert (ct_organisation_get_departments (f->org), w->dept);

  w->staff = ct_staff_new ("CT0007", "赵磊", ct_record_get_id (CT_RECORD (w->dept)));
  g_object_set (w->staff, "site_id", ct_record_get_id (CT_RECORD (w->site)), "post", "电梯管理员",
                "phone", "13912345678", "hired_on", "2021-03-15", "status", "onboarding", NULL);
  insert (ct_organisation_get_staff (f->org), w->staff);
}

static void
world_clear (World *w)
{
  g_clear_object (&w->site);
  g_clear_object (&w->building);
  g_clear_object (&w->unit);
  g_clear_object (&w->dept);
  g_clear_object (&w->staff);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  World w = { 0 };

  build_world (f, &w);
  assert_round_trip (f, ct_organisation_get_sites, CT_RECORD (w.site));
  assert_round_trip (f, ct_organisation_get_buildings, CT_RECORD (w.building));
  assert_round_trip (f, ct_organisation_get_units, CT_RECORD (w.unit));
  assert_round_trip (f, ct_organisation_get_departments, CT_RECORD (w.dept));
  assert_round_trip (f, ct_organisation_get_staff, CT_RECORD (w.staff));
  g_assert_cmpint (audit_rows (f, "unit", "insert"), ==, 1);
  g_assert_cmpint (audit_rows (f, "department", "insert"), ==, 7);
  world_clear (&w);
}

static void
test_default_departments (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *depts = ct_organisation_get_departments (f->org);

  g_assert_cmpuint (ct_record_store_count (depts), ==, 6);
  /* Only when the table is empty. */
  g_assert_true (ct_organisation_ensure_default_departments (f->org, "admin", &error));
  g_assert_cmpuint (ct_record_store_count (depts), ==, 6);
  g_assert_nonnull (ct_organisation_find_department (f->org, "engineering"));
  g_assert_nonnull (ct_organisation_find_department (f->org, "Engineering"));
  g_assert_null (ct_organisation_find_department (f->org, "nonexistent"));
}

static void
test_update_and_conflict (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) mine = NULL;
  g_autoptr(CtRecord) theirs = NULL;
  CtRecordStore *units = ct_organisation_get_units (f->org);
  World w = { 0 };

  build_world (f, &w);
  mine = ct_record_copy (CT_RECORD (w.unit));
  theirs = ct_record_copy (CT_RECORD (w.unit));

  ct_record_set_string (theirs, "owner_name", "陈静");
  g_assert_true (ct_record_store_update (units, theirs, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_version (theirs), ==, 2);
  g_assert_true (ct_record_store_lookup (units, ct_record_get_id (theirs)) == theirs);

  /* A stale copy is refused and nothing is written. */
  ct_record_set_string (mine, "owner_phone", "13700000000");
  g_assert_false (ct_record_store_update (units, mine, "王芳", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "2-1201"));
  {
    g_autoptr(CtOrganisation) org = ct_test_reopen (f->path, f->clock);
    CtRecord *back = ct_record_store_lookup (ct_organisation_get_units (org),
                                             ct_record_get_id (mine));

    g_assert_cmpstr (ct_record_get_string (back, "owner_name"), ==, "陈静");
    g_assert_cmpstr (ct_record_get_string (back, "owner_phone"), ==, "13800138000");
    g_assert_cmpint (ct_record_get_version (back), ==, 2);
  }
  g_assert_cmpint (audit_rows (f, "unit", "update"), ==, 1);
  world_clear (&w);
}

static void
test_delete_in_use_and_undo (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtRecordStore *buildings = ct_organisation_get_buildings (f->org);
  CtRecordStore *units = ct_organisation_get_units (f->org);
  g_autoptr(CtRecord) deleted = NULL;
  World w = { 0 };

  build_world (f, &w);
  g_assert_false (ct_record_store_delete (buildings, CT_RECORD (w.building), "李强", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "3号楼"));
  g_clear_error (&error);
  g_assert_cmpuint (ct_record_store_count (buildings), ==, 1);

  deleted = g_object_ref (CT_RECORD (w.unit));
  g_assert_true (ct_record_store_delete (units, deleted, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_record_store_count (units), ==, 0);
  g_assert_cmpint (audit_rows (f, "unit", "delete"), ==, 1);

  g_assert_true (ct_record_store_restore (units, deleted, "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_record_store_count (units), ==, 1);
  assert_round_trip (f, ct_organisation_get_units, deleted);
  g_assert_cmpint (audit_rows (f, "unit", "restore"), ==, 1);
  world_clear (&w);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUnit) unit = NULL;
  g_autoptr(CtSite) dup = ct_site_new ("CH2", "翠湖花园");
  g_autoptr(CtStaff) staff = NULL;
  CtRecordStore *units = ct_organisation_get_units (f->org);
  World w = { 0 };

  build_world (f, &w);
  unit = ct_unit_new (ct_record_get_id (CT_RECORD (w.building)), "1", "301");
  ct_record_set_string (CT_RECORD (unit), "owner_phone", "12345");
  g_assert_false (ct_record_store_insert (units, CT_RECORD (unit), "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "12345"));
  g_clear_error (&error);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (unit)), ==, 0);

  ct_record_set_string (CT_RECORD (unit), "owner_phone", "0755-86001234");
  ct_record_set_string (CT_RECORD (unit), "room", "");
  g_assert_false (ct_record_store_insert (units, CT_RECORD (unit), "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (ct_record_store_insert (ct_organisation_get_sites (f->org), CT_RECORD (dup),
                                          "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "翠湖花园"));
  g_clear_error (&error);

  staff = ct_staff_new ("CT0100", "周敏", ct_record_get_id (CT_RECORD (w.dept)));
  ct_record_set_string (CT_RECORD (staff), "hired_on", "2024-02-30");
  g_assert_false (ct_record_store_insert (ct_organisation_get_staff (f->org), CT_RECORD (staff),
                                          "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ct_record_set_string (CT_RECORD (staff), "hired_on", "2024-02-29");
  ct_record_set_string (CT_RECORD (staff), "status", "retired");
  g_assert_false (ct_record_store_insert (ct_organisation_get_staff (f->org), CT_RECORD (staff),
                                          "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpuint (ct_record_store_count (units), ==, 1);
  world_clear (&w);
}

static void
test_insert_all_is_atomic (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  CtRecordStore *units = ct_organisation_get_units (f->org);
  World w = { 0 };
  gint64 building;

  build_world (f, &w);
  building = ct_record_get_id (CT_RECORD (w.building));
  g_ptr_array_add (records, ct_unit_new (building, "1", "101"));
  g_ptr_array_add (records, ct_unit_new (building, "1", "102"));
  g_ptr_array_add (records, ct_unit_new (building, "2", "1201")); /* exists */
  g_assert_false (ct_record_store_insert_all (units, records, "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_DUPLICATE);
  /* The records that were written before the failure are as they were handed in. */
  for (guint i = 0; i < records->len; i++)
    {
      g_assert_cmpint (ct_record_get_id (g_ptr_array_index (records, i)), ==, 0);
      g_assert_cmpint (ct_record_get_version (g_ptr_array_index (records, i)), ==, 0);
    }
  g_assert_cmpuint (ct_record_store_count (units), ==, 1);
  {
    g_autoptr(CtOrganisation) org = ct_test_reopen (f->path, f->clock);
    g_assert_cmpuint (ct_record_store_count (ct_organisation_get_units (org)), ==, 1);
  }
  world_clear (&w);
}

static void
test_unit_addresses (Fixture       *f,
                     gconstpointer  data)
{
  const struct { const char *text, *building, *entrance, *room; } cases[] = {
    { "3-2-1201", "3", "2", "1201" },
    { "3-1201", "3", "", "1201" },
    { "3栋2单元1201", "3", "2", "1201" },
    { "3号楼2单元1201室", "3", "2", "1201" },
    { " A-1-502 ", "A", "1", "502" },
    { "3棟2單元1201室", "3", "2", "1201" },
    { "12號樓1201", "12", "", "1201" },
  };
  World w = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *b = NULL, *e = NULL, *r = NULL;

      g_assert_true (ct_unit_parse_address (cases[i].text, &b, &e, &r));
      g_assert_cmpstr (b, ==, cases[i].building);
      g_assert_cmpstr (e, ==, cases[i].entrance);
      g_assert_cmpstr (r, ==, cases[i].room);
    }
  g_assert_false (ct_unit_parse_address ("王芳", NULL, NULL, NULL));
  g_assert_false (ct_unit_parse_address ("", NULL, NULL, NULL));

  build_world (f, &w);
  g_assert_true (ct_organisation_find_unit (f->org, 0, "3-2-1201") == w.unit);
  g_assert_true (ct_organisation_find_unit (f->org, ct_record_get_id (CT_RECORD (w.site)),
                                            "3栋2单元1201") == w.unit);
  g_assert_null (ct_organisation_find_unit (f->org, 0, "3-1-1201"));
  g_assert_null (ct_organisation_find_unit (f->org, 999, "3-2-1201"));
  {
    g_autofree char *address = ct_organisation_dup_unit_address (f->org, w.unit);
    g_assert_cmpstr (address, ==, "3-2-1201");
  }
  world_clear (&w);
}

static void
test_staff_status_text (void)
{
  g_assert_cmpstr (ct_staff_status_from_text ("在职"), ==, "active");
  g_assert_cmpstr (ct_staff_status_from_text (" 离职 "), ==, "left");
  g_assert_cmpstr (ct_staff_status_from_text ("试用"), ==, "onboarding");
  g_assert_cmpstr (ct_staff_status_from_text ("Active"), ==, "active");
  g_assert_null (ct_staff_status_from_text ("retired"));
  g_assert_cmpstr (ct_staff_status_label ("left"), ==, "Left");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/organisation/round-trip", test_round_trip);
  ADD ("/organisation/default-departments", test_default_departments);
  ADD ("/organisation/update-and-conflict", test_update_and_conflict);
  ADD ("/organisation/delete-in-use-and-undo", test_delete_in_use_and_undo);
  ADD ("/organisation/validation", test_validation);
  ADD ("/organisation/insert-all-is-atomic", test_insert_all_is_atomic);
  ADD ("/organisation/unit-addresses", test_unit_addresses);
#undef ADD
  g_test_add_func ("/organisation/staff-status-text", test_staff_status_text);

  return g_test_run ();
}
