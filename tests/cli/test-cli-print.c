/* test-cli-print.c — caretaker-cli print work-order|visit-form|label|
 * maintenance-form: the PDF it writes, and its answers to bad arguments
 *
 * The database is made with the core API; the command is the built
 * caretaker-cli ($CARETAKER_CLI).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "../core/ct-test-util.h"
#include "cli-test-util.h"
#include "ct-maintenance.h"
#include "ct-ticket-store.h"

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
  char *codes[2];
  gint64 record_id;   /* a maintenance record of the lift DT-01 */
} Fixture;

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

/* A lift with a monthly plan whose first task (2025-12-01) is done. */
static gint64
create_lift_record (CtAssetStore *store,
                    gint64        site_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) lift = ct_asset_new ("DT-01", "1号客梯", "elevator", site_id);
  g_autoptr(CtMaintenancePlan) plan = NULL;
  g_autoptr(CtMaintenanceRecord) record = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(CtMaintenanceTask) task = NULL;
  gint64 asset_id;
  guint n_created = 0;

  g_assert_true (ct_asset_store_create (store, lift, "admin", &error));
  asset_id = ct_record_get_id (CT_RECORD (lift));
  plan = ct_maintenance_plan_new (asset_id, "电梯月度保养", "FREQ=MONTHLY", "schedule",
                                  "2025-12-01");
  g_assert_true (ct_maintenance_create_plan (store, plan, "admin", &error));
  g_assert_true (ct_maintenance_generate (store, "2025-11-21", 15, &n_created, &error));
  tasks = ct_maintenance_list_tasks (store, asset_id, TRUE, &error);
  g_assert_no_error (error);
  /* Tasks by due date: the first is the start. */
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >=, 1);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (task), "due_on"), ==, "2025-12-01");
  record = ct_maintenance_record_new (asset_id, "preventive");
  g_object_set (record, "problem", "门机皮带磨损", "action", "更换门机皮带", NULL);
  g_assert_true (ct_maintenance_complete_task (store, task, record, "王师傅", &error));
  g_assert_no_error (error);
  return ct_record_get_id (CT_RECORD (record));
}

/* The asset ledger: the lift, and pumps SB-01 … SB-11 (12 assets in all). */
static void
create_assets (Fixture        *f,
               CtOrganisation *org,
               gint64          site_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetStore) store = ct_asset_store_new (org, &error);

  g_assert_no_error (error);
  f->record_id = create_lift_record (store, site_id);
  for (guint i = 1; i <= 11; i++)
    {
      g_autofree char *code = g_strdup_printf ("SB-%02u", i);
      g_autoptr(CtAsset) pump = ct_asset_new (code, "生活水泵", "water", site_id);

      g_assert_true (ct_asset_store_create (store, pump, "admin", &error));
      g_assert_no_error (error);
    }
}

/* A database with a site, a unit of 王芳, two tickets and assets. */
static void
create_database (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtClock) clock = ct_clock_new_fixed (CT_TEST_NOW);
  g_autoptr(CtDatabase) db = ct_test_open (f->db, CT_DATABASE_OPEN_CREATE, clock);
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(CtSite) site = NULL;
  g_autoptr(CtBuilding) building = NULL;
  g_autoptr(CtUnit) unit = NULL;
  gint64 site_id;

  org = ct_organisation_new (db, &error);
  g_assert_no_error (error);
  site = ct_test_add_site (org, NULL);
  site_id = ct_record_get_id (CT_RECORD (site));
  building = ct_test_insert (ct_organisation_get_buildings (org),
                             ct_building_new (site_id, "5", "5号楼"));
  unit = ct_unit_new (ct_record_get_id (CT_RECORD (building)), "1", "602");
  g_object_set (unit, "owner_name", "王芳", NULL);
  ct_test_insert (ct_organisation_get_units (org), unit);
  store = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);
  f->codes[0] = create_ticket (store, unit, site_id, "电梯困人");
  f->codes[1] = create_ticket (store, unit, site_id, "楼道灯不亮");
  create_assets (f, org, site_id);
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

/* The PDF has @pages pages and holds each of @needles. */
static void
check_pdf_text (Fixture           *f,
                guint              pages,
                const char *const *needles)
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
  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (text, needles[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", needles[i], text);
}

static void
check_pdf (Fixture    *f,
           const char *title,
           guint       pages)
{
  const char *const needles[] = { title, f->codes[0], "5-1-602", "王芳", NULL };

  check_pdf_text (f, pages, needles);
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
test_label_codes (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  const char *const needles[] = { "DT-01", "1号客梯", "SB-03", "生活水泵", "翠湖花园", NULL };

  run_cli (&run, "print", "label", "DT-01", "SB-03", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2"));
  check_pdf_text (f, 1, needles);
}

/* --site by name: the 12 assets on two pages, counted in the JSON. */
static void
test_label_site_json (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonObject) json = NULL;
  const char *const needles[] = { "DT-01", "SB-01", "SB-11", NULL };

  run_cli (&run, "print", "label", "--site", "翠湖花园", "--db", f->db, "--pdf", f->pdf,
           "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (json, "labels"), ==, 12);
  g_assert_cmpint (json_object_get_int_member (json, "pages"), ==, 2);
  check_pdf_text (f, 2, needles);
  run_cli (&run, "print", "label", "--all", "--db", f->db, "--pdf", f->pdf, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&json, json_object_unref);
  json = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (json, "labels"), ==, 12);
}

/* An unknown asset or site: one line naming it, exit 1, and no file. */
static void
test_label_unknown (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "print", "label", "DT-01", "XX-99", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "XX-99");
  run_cli (&run, "print", "label", "--site", "金色家园", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "金色家园");
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
test_label_usage (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "print", "label", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--all"));
  run_cli (&run, "print", "label", "DT-01", "--all", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "print", "label", "DT-01", "--db", f->db, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--pdf"));
  run_cli (&run, "print", "work-order", "DT-01", "--db", f->db, "--ticket", f->codes[0],
           "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

/* Blank, then filled in from the record (its task's plan comes along). */
static void
test_maintenance_form (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *record = g_strdup_printf ("%" G_GINT64_FORMAT, f->record_id);
  g_autoptr(JsonObject) json = NULL;
  const char *const blank[] = { "Maintenance Record", "DT-01", "1号客梯", "Problem found", NULL };
  const char *const filled[] = { "电梯月度保养", "2025-12-01", "门机皮带磨损", "更换门机皮带", NULL };

  run_cli (&run, "print", "maintenance-form", "DT-01", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "DT-01"));
  check_pdf_text (f, 1, blank);
  run_cli (&run, "print", "maintenance-form", "DT-01", "--record", record, "--db", f->db,
           "--pdf", f->pdf, "--json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  json = parse_json (run.out);
  g_assert_cmpint (json_object_get_int_member (json, "record"), ==, f->record_id);
  check_pdf_text (f, 1, filled);
}

/* A record of another asset, an unknown asset, two assets: refused. */
static void
test_maintenance_form_errors (Fixture       *f,
                              gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *record = g_strdup_printf ("%" G_GINT64_FORMAT, f->record_id);

  run_cli (&run, "print", "maintenance-form", "SB-01", "--record", record, "--db", f->db,
           "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "SB-01");
  run_cli (&run, "print", "maintenance-form", "XX-99", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "XX-99");
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
  run_cli (&run, "print", "maintenance-form", "DT-01", "SB-01", "--db", f->db, "--pdf", f->pdf,
           NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_cli (&run, "print", "maintenance-form", "--db", f->db, "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
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
  add ("/cli/print/label/codes", test_label_codes);
  add ("/cli/print/label/site-json", test_label_site_json);
  add ("/cli/print/label/unknown", test_label_unknown);
  add ("/cli/print/label/usage", test_label_usage);
  add ("/cli/print/maintenance-form", test_maintenance_form);
  add ("/cli/print/maintenance-form-errors", test_maintenance_form_errors);
  return g_test_run ();
}
