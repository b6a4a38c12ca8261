/* test-cli-report.c — caretaker-cli report: the PDF's headings, page numbers
 * and KPI values (the same as `caretaker-cli kpi --json`), in English and
 * Chinese, the Excel workbook, and the error exits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cli-test-util.h"

/* November 2025 in Asia/Shanghai (UTC+8) as UTC seconds. */
#define NOV(d, h, m) (1761926400 + ((((gint64) (d) - 1) * 24 + (h)) * 60 + (m)) * 60)

#define NOW "2025-11-21 12:40"

typedef struct
{
  char *dir;
  char *db;
  char *pdf;
  char *xlsx;
} Fixture;

/* Site 1 阳光花园; three tickets of November (as test-cli-kpi.c):
 * 1 routine repair, accepted and resolved on time, visited (5);
 * 2 emergency repair, accepted and on site late;
 * 3 complaint, accepted on time, still open past its deadline. */
static void
fill_database (const char *path)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO sites (id, code, name, created_at, updated_at) "
    "  VALUES (1, 'S1', '阳光花园', 0, 0);"
    "INSERT INTO tickets (id, code, kind, repair_class, site_id, title, status, created_at, "
    "  updated_at, accepted_at, arrived_at, resolved_at, visited_at, satisfaction, "
    "  due_response_at, due_arrival_at, due_resolution_at) VALUES "
    "(1, 'T1', 'repair', 'routine', 1, 't', 'visited', %" G_GINT64_FORMAT ", 0, %"
    G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", 5, %"
    G_GINT64_FORMAT ", NULL, %" G_GINT64_FORMAT "),"
    "(2, 'T2', 'repair', 'emergency', 1, 't', 'resolved', %" G_GINT64_FORMAT ", 0, %"
    G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", NULL, NULL, %"
    G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT "),"
    "(3, 'T3', 'complaint', '', 1, 't', 'dispatched', %" G_GINT64_FORMAT ", 0, %"
    G_GINT64_FORMAT ", NULL, NULL, NULL, NULL, %" G_GINT64_FORMAT ", NULL, %"
    G_GINT64_FORMAT ");"
    "INSERT INTO settings (key, value) VALUES ('company_name', '安居物业服务有限公司') "
    "  ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
    NOV (3, 9, 0), NOV (3, 9, 10), NOV (3, 19, 0), NOV (4, 10, 0), NOV (3, 9, 15), NOV (4, 9, 0),
    NOV (5, 10, 0), NOV (5, 10, 30), NOV (5, 10, 50), NOV (5, 12, 0),
    NOV (5, 10, 15), NOV (5, 10, 30), NOV (5, 22, 0),
    NOV (6, 9, 0), NOV (6, 10, 0), NOV (6, 11, 0), NOV (11, 18, 0));

  exec_sql (path, sql);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = cli_test_make_dir ("caretaker-cli-report-XXXXXX");
  f->db = g_build_filename (f->dir, "report.db", NULL);
  f->pdf = g_build_filename (f->dir, "report.pdf", NULL);
  f->xlsx = g_build_filename (f->dir, "report.xlsx", NULL);
  cli_test_init_database (f->db);
  fill_database (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cli_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->pdf);
  g_free (f->xlsx);
}

/* The text of @pdf, pages joined; NULL (and the test skipped) without
 * pdftotext. */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (tool == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static JsonObject *
kpi_json (Fixture *f)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "kpi", "--db", f->db, "--from", "2025-11-01", "--to", "2025-12-01",
           "--now", NOW, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  return parse_json (run.out);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in the report:\n%s", needle, text);
}

/* A fraction of kpi --json as the report writes it in English: "66.7 %". */
static char *
percent (JsonObject *root,
         const char *key)
{
  return g_strdup_printf ("%.1f %%", json_object_get_double_member (root, key) * 100);
}

static void
write_report (Fixture    *f,
              const char *lang)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "report", "--db", f->db, "--period", "2025-11", "--pdf", f->pdf,
           "--xlsx", f->xlsx, "--lang", lang, "--now", NOW, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(JsonObject) root = kpi_json (f);
  g_autofree char *text = NULL;
  g_autofree char *count = NULL;
  const char *const fractions[] = {
    "response_on_time_rate", "repair_on_time_rate", "satisfaction_rate",
  };

  write_report (f, "en");
  if (!(text = pdf_text (f->pdf)))
    return;
  assert_contains (text, "Operations report November 2025");
  assert_contains (text, "安居物业服务有限公司");
  assert_contains (text, "2025-11-01 – 2025-11-30");
  assert_contains (text, "Page 1 of 5");
  assert_contains (text, "Page 5 of 5");
  assert_contains (text, "Printed 2025-11-21 12:40");
  assert_contains (text, "Tickets per day by kind");
  assert_contains (text, "Response on time");
  count = g_strdup_printf ("%" G_GINT64_FORMAT,
                           json_object_get_int_member (root, "tickets_created"));
  g_assert_cmpstr (count, ==, "3");
  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      g_autofree char *value = percent (root, fractions[i]);

      assert_contains (text, value);
    }
  /* 2 of 3 accepted on time; satisfaction 1 of 1 (✓ ≥ 90 %), complaints closed 0 of 1
   * (✗ against 100 %). */
  assert_contains (text, "66.7 %");
  assert_contains (text, "✓");
  assert_contains (text, "✗");
}

static void
test_chinese (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *text = NULL;

  write_report (f, "zh_CN");
  if (!(text = pdf_text (f->pdf)))
    return;
  if (strstr (text, "响应及时率") == NULL)
    {
      g_test_skip ("no compiled zh_CN catalogue (CARETAKER_LOCALEDIR)");
      return;
    }
  assert_contains (text, "报修及时率");
  assert_contains (text, "满意率");
  assert_contains (text, "所有项目");
  /* pdftotext drops the spaces between Chinese characters. */
  g_assert_true (strstr (text, "第 1 页") || strstr (text, "第1页"));
  g_assert_null (strstr (text, "Response on time"));
}

/* @needle within @length bytes that may hold NULs. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  write_report (f, "en");
  g_assert_true (g_file_get_contents (f->xlsx, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpint (memcmp (contents, "PK\003\004", 4), ==, 0);
  /* File names are stored in the clear in a zip's headers. */
  g_assert_true (bytes_contain (contents, length, "xl/worksheets/sheet1.xml"));
  g_assert_true (bytes_contain (contents, length, "xl/worksheets/sheet4.xml"));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Run) run = { 0 };

  run_cli (&run, "report", "--db", f->db, "--period", "2025-13", "--pdf", f->pdf, NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "2025-13");
  run_cli (&run, "report", "--db", f->db, "--period", "2025-11", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_one_line_error (&run, "--pdf");
  run_cli (&run, "report", "--db", f->db, "--period", "2025-11", "--pdf", f->pdf,
           "--site", "没有这个项目", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_one_line_error (&run, "没有这个项目");
  run_cli (&run, "report", "--db", f->db, "--period", "2025-11", "--pdf", f->pdf,
           "--lang", "fr", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (f->pdf, G_FILE_TEST_EXISTS));
}

static void
test_site (Fixture       *f,
           gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_autofree char *text = NULL;

  run_cli (&run, "report", "--db", f->db, "--period", "2025-Q4", "--pdf", f->pdf,
           "--site", "S1", "--lang", "en", "--now", NOW, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "Operations report Q4 2025");
  if (!(text = pdf_text (f->pdf)))
    return;
  assert_contains (text, "阳光花园");
  assert_contains (text, "Tickets per week by kind");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/report/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("english", test_english);
  ADD ("chinese", test_chinese);
  ADD ("xlsx", test_xlsx);
  ADD ("errors", test_errors);
  ADD ("site", test_site);
#undef ADD

  return g_test_run ();
}
