/* test-ticket-export.c — tickets to CSV and XLSX: format, order, filters,
 * neutralised formulas, the round trip through a fresh database, and files
 * left as they were when an export fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-error.h"
#include "ct-test-ticket-io.h"
#include "ct-ticket-export.h"

#define BOM "\xEF\xBB\xBF"

typedef CtTestIoFixture Fixture;

/* Newest first; R-2's title and reporter look like formulas. */
static const char sample[] = CT_TEST_IO_HEADER
  "R-1,repair,emergency,水电,phone,翠湖花园,3,3-2-1201,王芳,13800138000,厨房水管漏水,"
  "\"关闭总阀后仍漏水, 需更换\",engineering,王师傅,2025-11-03 08:30,2025-11-03 08:35,"
  "2025-11-03 08:40,2025-11-03 09:00,2025-11-03 11:00,2025-11-04 10:00,,,5,0,visited\n"
  "R-2,complaint,,噪音,wechat,CH,,,@李娜,,=HYPERLINK(\"http://x\"),\"第一行\n第二行\",service,"
  "李明 (CT0002),2025-11-20 21:05:30,,,,,,,,,,\n"
  "R-3,repair,appointment,门窗,app,翠湖花园,5,801,张伟,0755-12345678,-窗户,,,CT0003,"
  "2025-11-21 09:00,2025-11-21 09:05,,,,,,2025-11-22 14:00,,1,accepted\n";

static char *
export_path (Fixture    *f,
             const char *name)
{
  return g_build_filename (f->base.dir, name, NULL);
}

static char *
export_csv (Fixture             *f,
            const CtTicketQuery *query)
{
  g_autofree char *path = export_path (f, "out.csv");
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (ct_ticket_export_csv (f->store, query, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  ct_test_io_import_ok (f, sample, 3);
  text = export_csv (f, query);
  g_assert_true (g_str_has_prefix (text, BOM "code,kind,repair_class,category,"));
  lines = g_strsplit (text, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);  /* header, 3 rows, "" after the last */
  g_assert_cmpstr (lines[4], ==, "");
  /* Newest first; names, addresses and local times; formulas neutralised. */
  g_assert_cmpstr (lines[1], ==, "R-3,repair,appointment,门窗,app,翠湖花园,5,5-801,张伟,"
                   "0755-12345678,'-窗户,,Engineering and Repairs,李明 (CT0003),"
                   "2025-11-21 09:00:00,2025-11-21 09:05:00,,,,,,2025-11-22 14:00:00,,1,accepted");
  g_assert_cmpstr (lines[2], ==, "R-2,complaint,,噪音,wechat,翠湖花园,,,'@李娜,,"
                   "\"'=HYPERLINK(\"\"http://x\"\")\",\"第一行\n第二行\",Customer Service,"
                   "李明 (CT0002),2025-11-20 21:05:30,,,,,,,,,0,new");
  g_assert_true (g_str_has_prefix (lines[3], "R-1,repair,emergency,水电,phone,翠湖花园,3,3-2-1201,"));
  g_assert_true (g_str_has_suffix (lines[3], ",王师傅,2025-11-03 08:30:00,2025-11-03 08:35:00,"
                                   "2025-11-03 08:40:00,2025-11-03 09:00:00,2025-11-03 11:00:00,"
                                   "2025-11-04 10:00:00,,,5,0,visited"));
}

static guint
count_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

  return g_strv_length (lines) - 2;  /* the header and the empty end */
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autofree char *text = NULL;
  const char *repairs[] = { "repair", NULL };
  const char *open[] = { "open", NULL };

  ct_test_io_import_ok (f, sample, 3);
  query->kinds = g_strdupv ((char **) repairs);
  query->descending = FALSE;
  text = export_csv (f, query);
  g_assert_cmpuint (count_lines (text), ==, 2);
  g_assert_nonnull (strstr (text, "\r\nR-1,"));
  g_assert_true (strstr (text, "\r\nR-1,") < strstr (text, "\r\nR-3,"));

  g_clear_pointer (&query->kinds, g_strfreev);
  query->statuses = g_strdupv ((char **) open);
  query->created_from = ct_test_io_shanghai (2025, 11, 21, 0, 0);
  g_free (text);
  text = export_csv (f, query);
  g_assert_cmpuint (count_lines (text), ==, 1);
  g_assert_nonnull (strstr (text, "\r\nR-3,"));

  g_clear_pointer (&query->statuses, g_strfreev);
  query->created_from = 0;
  query->search = g_strdup ("水管漏水");
  g_free (text);
  text = export_csv (f, query);
  g_assert_cmpuint (count_lines (text), ==, 1);
  g_assert_nonnull (strstr (text, "\r\nR-1,"));
}

static void
assert_same_ticket (CtRecord *a,
                    CtRecord *b)
{
  static const char *const fields[] = {
    "code", "kind", "repair_class", "category", "channel", "address", "reporter", "phone",
    "title", "description", "status", "accepted_at", "dispatched_at", "arrived_at",
    "resolved_at", "visited_at", "archived_at", "appointment_at", "due_response_at",
    "due_arrival_at", "due_resolution_at", "satisfaction", "reopened_count",
  };

  g_assert_cmpint (ct_record_get_created_at (a), ==, ct_record_get_created_at (b));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
      g_autofree char *sa = NULL, *sb = NULL;

      g_object_get_property (G_OBJECT (a), fields[i], &va);
      g_object_get_property (G_OBJECT (b), fields[i], &vb);
      sa = g_strdup_value_contents (&va);
      sb = g_strdup_value_contents (&vb);
      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s of %s: %s ≠ %s", fields[i], ct_record_get_string (a, "code"), sa, sb);
      g_value_unset (&va);
      g_value_unset (&vb);
    }
}

/* Export, import into a fresh database with the same organisation, compare. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  const char *const codes[] = { "R-1", "R-2", "R-3" };
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(CtRecord) formula = NULL;
  g_autofree char *text = NULL;
  Fixture other;

  ct_test_io_import_ok (f, sample, 3);
  text = export_csv (f, query);
  ct_test_io_set_up (&other, NULL);
  ct_test_io_import_ok (&other, text, 3);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(CtRecord) a = ct_test_io_ticket (f, codes[i]);
      g_autoptr(CtRecord) b = ct_test_io_ticket (&other, codes[i]);

      assert_same_ticket (a, b);
    }
  formula = ct_test_io_ticket (&other, "R-2");
  g_assert_cmpstr (ct_record_get_string (formula, "title"), ==, "=HYPERLINK(\"http://x\")");
  ct_test_io_tear_down (&other, NULL);
}

static char *
unzip (const char *path,
       const char *member)
{
  const char *list_argv[] = { "unzip", "-l", path, NULL };
  const char *print_argv[] = { "unzip", "-p", path, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) (member != NULL ? print_argv : list_argv), NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autofree char *path = export_path (f, "tickets.xlsx");
  g_autofree char *list = NULL, *sheet = NULL;
  g_autofree char *unzip_path = g_find_program_in_path ("unzip");
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  if (unzip_path == NULL)
    {
      g_test_skip ("unzip is not installed");
      return;
    }
  ct_test_io_import_ok (f, sample, 3);
  g_assert_true (ct_ticket_export (f->store, query, path, CT_TICKET_EXPORT_XLSX, NULL, NULL,
                                   NULL, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 3);
  list = unzip (path, NULL);
  g_assert_nonnull (strstr (list, "xl/worksheets/sheet1.xml"));
  sheet = unzip (path, "xl/worksheets/sheet1.xml");
  g_assert_nonnull (strstr (sheet, "厨房水管漏水"));
  g_assert_nonnull (strstr (sheet, "'=HYPERLINK"));
  g_assert_null (strstr (sheet, "<f>"));                      /* no formula at all */
  g_assert_nonnull (strstr (sheet, "ySplit=\"1\""));          /* frozen header row */
  g_assert_nonnull (strstr (sheet, "Ticket number"));         /* labels, not keys */
  g_assert_nonnull (strstr (sheet, "Appointment"));
  /* 2025-11-03 08:30 Shanghai as an Excel date: day 45964 + 8.5 h. */
  g_assert_nonnull (strstr (sheet, "<v>45964.35416666"));
}

static void
test_failure_keeps_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  const char *const names[] = { "old.csv", "old.xlsx" };
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = export_path (f, "no/such/dir/x.csv");

  ct_test_io_import_ok (f, sample, 3);
  g_cancellable_cancel (cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = export_path (f, names[i]);
      g_autofree char *text = NULL;
      CtTicketExportFormat format;

      g_assert_true (ct_ticket_export_format_from_path (path, &format));
      g_assert_true (g_file_set_contents (path, "old", -1, NULL));
      g_assert_false (ct_ticket_export (f->store, query, path, format, NULL, NULL, cancellable,
                                        NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, "old");
    }
  g_assert_false (ct_ticket_export_csv (f->store, query, missing, &error));
  ct_test_io_assert_message (error, missing);
  g_clear_error (&error);
  g_assert_false (ct_ticket_export_xlsx (f->store, query, missing, &error));
  ct_test_io_assert_message (error, missing);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtTicketQuery) query = ct_ticket_query_new ();
  g_autofree char *text = export_csv (f, query);
  CtTicketExportFormat format;

  g_assert_cmpuint (count_lines (text), ==, 0);
  g_assert_true (g_str_has_suffix (text, ",status\r\n"));
  g_assert_false (ct_ticket_export_format_from_path ("tickets.txt", &format));
  g_assert_true (ct_ticket_export_format_from_path ("TICKETS.XLSX", &format));
  g_assert_cmpint (format, ==, CT_TICKET_EXPORT_XLSX);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_io_set_up, func, ct_test_io_tear_down)
  ADD ("/ticket-io/export/csv", test_csv);
  ADD ("/ticket-io/export/filters", test_filters);
  ADD ("/ticket-io/export/round-trip", test_round_trip);
  ADD ("/ticket-io/export/xlsx", test_xlsx);
  ADD ("/ticket-io/export/failure-keeps-file", test_failure_keeps_file);
  ADD ("/ticket-io/export/empty", test_empty);
#undef ADD
  return g_test_run ();
}
