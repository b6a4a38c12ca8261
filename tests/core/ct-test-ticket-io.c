/* ct-test-ticket-io.c — fixture and helpers of the ticket import and export
 * tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-database-private.h"
#include "ct-test-ticket-io.h"

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

gint64
ct_test_io_department_id (CtOrganisation *org,
                          const char     *code)
{
  return ct_record_get_id (CT_RECORD (ct_organisation_find_department (org, code)));
}

static void
add_org (CtOrganisation *org)
{
  gint64 site = insert (ct_organisation_get_sites (org), ct_site_new ("CH", "翠湖花园"));
  gint64 b3 = insert (ct_organisation_get_buildings (org), ct_building_new (site, "3", "3号楼"));
  gint64 b5 = insert (ct_organisation_get_buildings (org), ct_building_new (site, "5", "5号楼"));
  gint64 engineering = ct_test_io_department_id (org, "engineering");

  insert (ct_organisation_get_sites (org), ct_site_new ("JN", "江南名苑"));
  insert (ct_organisation_get_units (org), ct_unit_new (b3, "2", "1201"));
  insert (ct_organisation_get_units (org), ct_unit_new (b3, "2", "1202"));
  insert (ct_organisation_get_units (org), ct_unit_new (b5, "", "801"));
  insert (ct_organisation_get_staff (org), ct_staff_new ("CT0001", "王师傅", engineering));
  insert (ct_organisation_get_staff (org),
          ct_staff_new ("CT0002", "李明", ct_test_io_department_id (org, "service")));
  insert (ct_organisation_get_staff (org), ct_staff_new ("CT0003", "李明", engineering));
}

void
ct_test_io_set_up (CtTestIoFixture *f,
                   gconstpointer    data)
{
  g_autoptr(GError) error = NULL;

  ct_test_fixture_set_up (&f->base, "ct-ticket-io-XXXXXX", "tickets.db");
  ct_test_fixture_open_organisation (&f->base);
  add_org (f->base.org);
  f->store = ct_ticket_store_new (f->base.org, &error);
  g_assert_no_error (error);
}

void
ct_test_io_tear_down (CtTestIoFixture *f,
                      gconstpointer    data)
{
  g_clear_object (&f->store);
  ct_test_fixture_tear_down (&f->base);
}

gboolean
ct_test_io_import (CtTestIoFixture       *f,
                   const char            *text,
                   CtTicketImportFlags    flags,
                   CtTicketImportResult  *result,
                   GError               **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ct_ticket_import_csv (f->store, bytes, "importer", flags, NULL, NULL, NULL, result,
                               error);
}

void
ct_test_io_import_ok (CtTestIoFixture *f,
                      const char      *text,
                      guint            n_expected)
{
  g_autoptr(GError) error = NULL;
  CtTicketImportResult result;

  g_assert_true (ct_test_io_import (f, text, CT_TICKET_IMPORT_DEFAULT, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_tickets, ==, n_expected);
}

CtRecord *
ct_test_io_ticket (CtTestIoFixture *f,
                   const char      *code)
{
  g_autoptr(GError) error = NULL;
  CtTicket *found = ct_ticket_store_find_code (f->store, code, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  return CT_RECORD (found);
}

gint64
ct_test_io_shanghai (int year,
                     int month,
                     int day,
                     int hour,
                     int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) dt = g_date_time_new (tz, year, month, day, hour, minute, 0);

  g_assert_nonnull (dt);
  return g_date_time_to_unix (dt);
}

gint64
ct_test_io_count_rows (const char *path,
                       const char *table)
{
  g_autoptr(CtDatabase) db = ct_test_open (path, CT_DATABASE_OPEN_DEFAULT, NULL);
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, NULL);
  gint64 n;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

void
ct_test_io_assert_message (const GError *error,
                           const char   *part)
{
  g_assert_nonnull (error);
  if (part != NULL && strstr (error->message, part) == NULL)
    g_error ("“%s” is not in the message “%s”", part, error->message);
}

gint64
ct_test_io_unit_id (CtTestIoFixture *f,
                    const char      *address)
{
  CtUnit *unit = ct_organisation_find_unit (f->base.org, 0, address);

  g_assert_nonnull (unit);
  return ct_record_get_id (CT_RECORD (unit));
}

gint64
ct_test_io_staff_id (CtTestIoFixture *f,
                     const char      *employee_no)
{
  CtRecord *staff = ct_record_store_find (ct_organisation_get_staff (f->base.org),
                                          "employee_no", employee_no);

  g_assert_nonnull (staff);
  return ct_record_get_id (staff);
}
