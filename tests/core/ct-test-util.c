/* ct-test-util.c — fixture and helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-database-private.h"
#include "ct-test-util.h"

static CtOrganisation *
organisation_new (CtDatabase *db)
{
  g_autoptr(GError) error = NULL;
  CtOrganisation *org = ct_organisation_new (db, &error);

  g_assert_no_error (error);
  return org;
}

void
ct_test_fixture_set_up (CtTestFixture *f,
                        const char    *tmpl,
                        const char    *name)
{
  f->dir = g_dir_make_tmp (tmpl, NULL);
  f->path = g_build_filename (f->dir, name, NULL);
  f->clock = ct_clock_new_fixed (CT_TEST_NOW);
  f->db = NULL;
  f->org = NULL;
}

void
ct_test_fixture_open_organisation (CtTestFixture *f)
{
  g_autoptr(GError) error = NULL;

  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  f->org = organisation_new (f->db);
  ct_organisation_ensure_default_departments (f->org, "admin", &error);
  g_assert_no_error (error);
}

void
ct_test_fixture_tear_down (CtTestFixture *f)
{
  g_clear_object (&f->org);
  g_clear_object (&f->db);
  ct_test_remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
  g_clear_object (&f->clock);
}

void
ct_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

CtDatabase *
ct_test_open (const char          *path,
              CtDatabaseOpenFlags  flags,
              CtClock             *clock)
{
  g_autoptr(GError) error = NULL;
  CtDatabase *db = ct_database_open (path, flags, clock, &error);

  g_assert_no_error (error);
  return db;
}

CtOrganisation *
ct_test_reopen (const char *path,
                CtClock    *clock)
{
  g_autoptr(CtDatabase) db = ct_test_open (path, CT_DATABASE_OPEN_DEFAULT, clock);

  return organisation_new (db);
}

gpointer
ct_test_insert (CtRecordStore *store,
                gpointer       record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (store, record, "admin", &error));
  g_assert_no_error (error);
  return record;
}

CtSite *
ct_test_add_site (CtOrganisation *org,
                  const char     *phone)
{
  CtSite *site = ct_site_new ("CH", "翠湖花园");

  if (phone != NULL)
    g_object_set (site, "phone", phone, NULL);
  return ct_test_insert (ct_organisation_get_sites (org), site);
}

CtBuilding *
ct_test_add_building (CtOrganisation *org,
                      CtSite         *site)
{
  return ct_test_insert (ct_organisation_get_buildings (org),
                         ct_building_new (ct_record_get_id (CT_RECORD (site)), "3", "3号楼"));
}

CtUnit *
ct_test_add_unit (CtOrganisation *org,
                  CtBuilding     *building,
                  const char     *owner_name,
                  const char     *owner_phone)
{
  CtUnit *unit = ct_unit_new (ct_record_get_id (CT_RECORD (building)), "2", "1201");

  if (owner_name != NULL)
    g_object_set (unit, "owner_name", owner_name, NULL);
  if (owner_phone != NULL)
    g_object_set (unit, "owner_phone", owner_phone, NULL);
  return ct_test_insert (ct_organisation_get_units (org), unit);
}

CtStaff *
ct_test_add_staff (CtOrganisation *org,
                   const char     *no,
                   const char     *name,
                   gint64          department)
{
  return ct_test_insert (ct_organisation_get_staff (org), ct_staff_new (no, name, department));
}

gint64
ct_test_department_id (CtOrganisation *org,
                       const char     *code)
{
  return ct_record_get_id (CT_RECORD (ct_organisation_find_department (org, code)));
}

gint64
ct_test_query_int (CtDatabase *db,
                   const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, &error);
  gint64 value;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

char *
ct_test_dump_rows (CtDatabase        *db,
                   const char *const *queries,
                   guint              n_queries)
{
  GString *dump = g_string_new (NULL);

  for (guint q = 0; q < n_queries; q++)
    {
      g_autoptr(GError) error = NULL;
      sqlite3_stmt *stmt = ct_database_prepare (db, queries[q], &error);

      g_assert_no_error (error);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      sqlite3_reset (stmt);
    }
  return g_string_free (dump, FALSE);
}

gint64
ct_test_at (GTimeZone  *tz,
            const char *text)
{
  g_autofree char *iso = g_strdelimit (g_strdup_printf ("%s:00", text), " ", 'T');
  g_autoptr(GDateTime) dt = g_date_time_new_from_iso8601 (iso, tz);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

char *
ct_test_show (GTimeZone *tz,
              gint64     instant)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (instant);
  g_autoptr(GDateTime) dt = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (dt, "%Y-%m-%d %H:%M");
}

void
ct_test_add_spring_festival (CtWorkCalendar *cal)
{
  for (int d = 15; d <= 23; d++)
    {
      g_autofree char *day = g_strdup_printf ("2026-02-%02d", d);

      ct_work_calendar_set_day (cal, day, "holiday", "春节");
    }
  ct_work_calendar_set_day (cal, "2026-02-14", "workday", "春节调休");
  ct_work_calendar_set_day (cal, "2026-02-28", "workday", "春节调休");
}
