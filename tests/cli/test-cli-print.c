/* test-cli-print.c — caretaker-cli print work-order|visit-form: the PDF it
 * writes, and its answers to bad arguments
 *
 * The database is made with the core API; the command is the built
 * caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"
#include "ct-ticket-store.h"

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
  char *codes[2];
} Fixture;

static gpointer
insert (CtRecordStore *store,
        gpointer       record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_record_store_insert (store, record, "admin", &error));
  g_assert_no_error (error);
  return record;
}

static char *
create_ticket (CtTicketStore *store,
               CtUnit        *unit,
               gint64         site_id,
               const char    *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) ticket = ct_ticket_new ("repair", title);

  g_object_set (ticket, "repair_class", "emergency", "site_id", site_id,
                "unit_id", ct_record_get_id (CT_RECORD (unit)), "reporter", "李娜", NULL);
  g_assert_true (ct_ticket_store_create (store, ticket, "客服小张", &error));
  g_assert_no_error (error);
  return g_strdup (ct_ticket_get_code (ticket));
}

/* A database with a site, a unit of 王芳 and two tickets. */
static void
create_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtClock) clock = ct_clock_new_fixed (1763700000);
  g_autoptr(CtDatabase) db = ct_database_open (f->db, CT_DATABASE_OPEN_CREATE, clock, &error);
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(CtSite) site = NULL;
  g_autoptr(CtBuilding) building = NULL;
  g_autoptr(CtUnit) unit = NULL;
  gint64 site_id;

  g_assert_no_error (error);
  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  site = insert (ct_organisation_get_sites (org), ct_site_new ("CH", "翠湖花园"));
  site_id = ct_record_get_id (CT_RECORD (site));
  building = insert (ct_organisation_get_buildings (org), ct_building_new (site_id, "5", "5号楼"));
  unit = ct_unit_new (ct_record_get_id (CT_RECORD (building)), "1", "602");
  g_object_set (unit, "owner_name", "王芳", NULL);
  insert (ct_organisation_get_units (org), unit);
  store = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);
  f->codes[0] = create_ticket (store, unit, site_id, "电梯困人");
  f->codes[1] = create_ticket (store, unit, site_id, "楼道灯不亮");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = cli_test_make_dir ("caretaker-cli-print-XXXXXX");
  f->db = g_build_filename (f->dir, "print.db", NULL);
  f->pdf = g_build_filename (f->dir, "forms.pdf", NULL);
  create_database (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->pdf);
  g_free (f->codes[0]);
  g_free (f->codes[1]);
}

/* The text of @path by pdftotext, or NULL when it is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { NULL, "-enc", "UTF-8", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (tool == NULL)
    return NULL;
  argv[0] = tool;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  return out;
}

static void
check_pdf (Fixture    *f,
           const char *title,
           guint       pages)
{
  g_autofree char *text = pdf_text (f->pdf);
  guint n = 0;

  g_assert_true (g_file_test (f->pdf, G_FILE_TEST_IS_REGULAR));
  if (text == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  for (const char *p = text; *p; p++)
    n += *p == '\f';
  g_assert_cmpuint (n, ==, pages);
  g_assert_nonnull (strstr (text, title));
  g_assert_nonnull (strstr (text, f->codes[0]));
  g_assert_nonnull (strstr (text, "5-1-602"));
  g_assert_nonnull (strstr (text, "王芳"));
}

static void
test_work_order (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *codes = g_strjoin (",", f->codes[0], f->codes[1], NULL);

  run_cli (&run, "print", "work-order", "--db", f->db, "--ticket", codes, "--pdf", f->pdf, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2"));
  check_pdf (f, "Work Order", 2);
}

static void
test_visit_form_json (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "print", "visit-form", "--db", f->db, "--ticket", f->codes[0],
           "--pdf", f->pdf, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\"pages\" : 1"));
  g_assert_nonnull (strstr (run.out, f->codes[0]));
  check_pdf (f, "Return Visit Record", 1);
}

/* An unknown ticket: one line naming it, exit 1, and no file. */
static void
test_unknown_ticket (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *codes = g_strjoin (",", f->codes[0], "T-1999-00001", NULL);

  run_cli (&run, "print", "work-order", "--db", f->db, "--ticket", codes, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "T-1999-00001");
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "print", "invoice", "--db", f->db, "--ticket", f->codes[0], "--pdf", f->pdf,
           NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "work-order"));
  run_cli (&run, "print", "work-order", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--ticket"));
  run_cli (&run, "print", "work-order", "--db", f->db, "--ticket", f->codes[0], NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--pdf"));
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

/* A database that does not exist is not created by printing. */
static void
test_missing_database (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);

  run_cli (&run, "print", "work-order", "--db", missing, "--ticket", f->codes[0],
           "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  add ("/cli/print/work-order", test_work_order);
  add ("/cli/print/visit-form-json", test_visit_form_json);
  add ("/cli/print/unknown-ticket", test_unknown_ticket);
  add ("/cli/print/usage-errors", test_usage_errors);
  add ("/cli/print/missing-database", test_missing_database);
  return g_test_run ();
}
