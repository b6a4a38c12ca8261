/* fuzz-csv.c — bytes as a CSV file: the reader, the ticket import and the
 * unit and staff imports
 *
 * Every input meets the same small database (an estate, a building, a unit,
 * a member of staff): the imports run inside a write transaction that is then
 * rolled back, and the organisation is read again afterwards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-csv.h"
#include "ct-database-private.h"
#include "ct-org-import.h"
#include "ct-ticket-import.h"
#include "fuzz-util.h"

static const char units_csv[] =
  "小区,楼栋,单元,房号,业主,电话\n阳光花园,3,2,1201,王芳,13800138000\n";
static const char staff_csv[] =
  "工号,姓名,部门,岗位\nCT0001,李强,engineering,维修工\n";

static CtTicketStore *tickets;

static void
set_up (void)
{
  g_autofree char *path = g_build_filename (fuzz_dir (), "import.caretaker", NULL);
  g_autoptr(CtClock) clock = ct_clock_new_fixed (FUZZ_NOW);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(GBytes) units = g_bytes_new_static (units_csv, sizeof units_csv - 1);
  g_autoptr(GBytes) staff = g_bytes_new_static (staff_csv, sizeof staff_csv - 1);
  g_autoptr(GError) error = NULL;

  fuzz_init_logging ();
  db = ct_database_open (path, CT_DATABASE_OPEN_CREATE | CT_DATABASE_OPEN_SHARED, clock, &error);
  if (db != NULL)
    org = ct_organisation_new (db, &error);
  if (org == NULL
      || !ct_organisation_ensure_default_departments (org, "fuzz", &error)
      || !ct_org_import_units (org, units, "fuzz", CT_ORG_IMPORT_CREATE_MISSING, NULL, &error)
      || !ct_org_import_staff (org, staff, "fuzz", CT_ORG_IMPORT_DEFAULT, NULL, &error)
      || !(tickets = ct_ticket_store_new (org, &error)))
    g_error ("fuzz-csv: setting up the database failed: %s", error->message);
}

static void
read_rows (GBytes *csv)
{
  g_autoptr(CtCsvReader) reader = ct_csv_reader_new_from_bytes (csv, NULL);
  GPtrArray *cells = NULL;

  while (reader != NULL && ct_csv_reader_next_row (reader, &cells, NULL))
    {
      for (guint i = 0; i < cells->len; i++)
        g_free (ct_csv_escape_field (g_ptr_array_index (cells, i)));
      g_assert (ct_csv_reader_get_line (reader) > 0);
      g_ptr_array_unref (cells);
    }
}

static gboolean
import_cb (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  GBytes *csv = user_data;
  CtOrganisation *org = ct_ticket_store_get_organisation (tickets);

  ct_ticket_import_csv (tickets, csv, "fuzz", CT_TICKET_IMPORT_CREATE_MISSING, NULL, NULL, NULL,
                        NULL, NULL);
  ct_org_import_units (org, csv, "fuzz", CT_ORG_IMPORT_CREATE_MISSING, NULL, NULL);
  ct_org_import_staff (org, csv, "fuzz", CT_ORG_IMPORT_CREATE_MISSING, NULL, NULL);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "rolled back");
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) csv = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  CtDatabase *db;

  if (tickets == NULL)
    set_up ();
  db = ct_ticket_store_get_database (tickets);
  read_rows (csv);
  ct_ticket_import_csv (tickets, csv, "fuzz", CT_TICKET_IMPORT_DRY_RUN, NULL, NULL, NULL, NULL,
                        NULL);
  g_assert (!ct_database_write (db, import_cb, csv, &error));
  g_assert (!ct_database_in_write (db));
  if (!ct_organisation_reload (ct_ticket_store_get_organisation (tickets), &error))
    g_error ("fuzz-csv: reloading failed: %s", error->message);
  return 0;
}
