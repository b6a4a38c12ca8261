/* test-ticket-io.c — importing historical tickets from CSV: headers in English,
 * Simplified and Traditional Chinese, time formats and zones, organisation
 * names, status consistency, bad files that leave the database unchanged
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (04:40 UTC).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-error.h"
#include "ct-test-ticket-io.h"

#define BOM "\xEF\xBB\xBF"
#define MINUTE 60
#define HOUR 3600

typedef CtTestIoFixture Fixture;


/* Good files */

static void
test_english (Fixture       *f,
              gconstpointer  data)
{
  CtOrganisation *org = f->base.org;
  g_autoptr(CtRecord) r1 = NULL, r3 = NULL;
  gint64 created = ct_test_io_shanghai (2025, 11, 3, 8, 30);
  const char *csv = CT_TEST_IO_HEADER
    "R-1,repair,emergency,水电,phone,翠湖花园,3,3-2-1201,王芳,13800138000,厨房水管漏水,"
    "\"关闭总阀后仍漏水, 需更换\",engineering,王师傅,2025-11-03 08:30,2025-11-03 08:35,"
    "2025-11-03 08:40,2025-11-03 09:00,2025-11-03 11:00,2025-11-04 10:00,,,5,0,visited\n"
    ",complaint,,噪音,wechat,CH,,,李娜,,楼上噪音,,service,,2025/11/20 21:05,,,,,,,,,,\n"
    "R-3,consultation,,物业费,app,翠湖花园,5,801,张伟,0755-12345678,物业费怎么交,,,CT0003,"
    "2025-11-10 09:00:00,2025-11-10 09:05:00,,,,,,,,1,accepted\n";

  ct_test_io_import_ok (f, csv, 3);

  r1 = ct_test_io_ticket (f, "R-1");
  g_assert_cmpstr (ct_record_get_string (r1, "repair_class"), ==, "emergency");
  g_assert_cmpstr (ct_record_get_string (r1, "description"), ==, "关闭总阀后仍漏水, 需更换");
  g_assert_cmpint (ct_record_get_created_at (r1), ==, created);
  g_assert_cmpint (ct_record_get_int (r1, "resolved_at"), ==, created + 150 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r1, "visited_at"), ==,
                   ct_test_io_shanghai (2025, 11, 4, 10, 0));
  g_assert_cmpint (ct_record_get_int (r1, "satisfaction"), ==, 5);
  g_assert_cmpstr (ct_record_get_string (r1, "status"), ==, "visited");
  g_assert_cmpint (ct_record_get_int (r1, "unit_id"), ==, ct_test_io_unit_id (f, "3-2-1201"));
  g_assert_cmpstr (ct_record_get_string (r1, "address"), ==, "3-2-1201");
  g_assert_cmpint (ct_record_get_int (r1, "assignee_id"), ==, ct_test_io_staff_id (f, "CT0001"));
  g_assert_cmpint (ct_record_get_int (r1, "department_id"), ==,
                   ct_test_io_department_id (org, "engineering"));
  /* Deadlines from the current policy: emergency repairs, 15 min / 30 min / 12 h. */
  g_assert_cmpint (ct_record_get_int (r1, "due_response_at"), ==, created + 15 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r1, "due_arrival_at"), ==, created + 30 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r1, "due_resolution_at"), ==, created + 12 * HOUR);

  /* By employee number; the department is the assignee's. */
  r3 = ct_test_io_ticket (f, "R-3");
  g_assert_cmpint (ct_record_get_int (r3, "assignee_id"), ==, ct_test_io_staff_id (f, "CT0003"));
  g_assert_cmpint (ct_record_get_int (r3, "department_id"), ==,
                   ct_test_io_department_id (org, "engineering"));
  g_assert_cmpint (ct_record_get_int (r3, "unit_id"), ==, ct_test_io_unit_id (f, "5-801"));
  g_assert_cmpint (ct_record_get_int (r3, "reopened_count"), ==, 1);

  /* No code: numbered by the store; no status: from the latest time. */
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets WHERE code LIKE 'T-2025-%' "
                                             "AND status = 'new' AND kind = 'complaint'"), ==, 1);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 3);
}

static void
test_chinese (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CtRecord) c1 = NULL, c2 = NULL;
  const char *csv = BOM
    "工单号,类型,报修类别,类别,来源,小区,楼栋,房号,联系人,电话,标题,内容,责任部门,维修人员,"
    "报修时间,受理时间,派单时间,到场时间,完成时间,回访时间,归档时间,预约时间,满意度,返修次数,状态\r\n"
    "C-1,报修,一般,门窗,微信,翠湖花园,3号楼,2-1202,陈静,,窗户关不上,,engineering,李明 (CT0003),"
    "2025-11-05 10:00,2025-11-05 10:10,,,2025-11-05 16:00,,,,,,已完成\r\n"
    "C-2,报修,预约,水电,电话,翠湖花园,3,3-2-1201,王芳,13800138000,,\"热水器不热\r\n周末上门\","
    ",,2025-11-06 09:00,,,,,,,2025-11-08 14:00,,,\r\n";
  const char *traditional = BOM
    "工單號,類型,類別,來源,項目,樓棟,房號,聯絡人,標題,報修時間,受理時間,狀態\r\n"
    "Z-1,投訴,噪音,電話,翠湖花园,3,2-1201,林先生,夜間施工,2025-11-07 22:15,2025-11-07 22:20,已受理\r\n";

  ct_test_io_import_ok (f, csv, 2);
  ct_test_io_import_ok (f, traditional, 1);

  c1 = ct_test_io_ticket (f, "C-1");
  g_assert_cmpstr (ct_record_get_string (c1, "kind"), ==, "repair");
  g_assert_cmpstr (ct_record_get_string (c1, "repair_class"), ==, "routine");
  g_assert_cmpstr (ct_record_get_string (c1, "channel"), ==, "wechat");
  g_assert_cmpstr (ct_record_get_string (c1, "status"), ==, "resolved");
  g_assert_cmpint (ct_record_get_int (c1, "unit_id"), ==, ct_test_io_unit_id (f, "3-2-1202"));
  g_assert_cmpint (ct_record_get_int (c1, "assignee_id"), ==, ct_test_io_staff_id (f, "CT0003"));

  /* The title from the description's first line; the appointment counts. */
  c2 = ct_test_io_ticket (f, "C-2");
  g_assert_cmpstr (ct_record_get_string (c2, "title"), ==, "热水器不热");
  g_assert_cmpstr (ct_record_get_string (c2, "description"), ==, "热水器不热\r\n周末上门");
  g_assert_cmpint (ct_record_get_int (c2, "appointment_at"), ==,
                   ct_test_io_shanghai (2025, 11, 8, 14, 0));
  g_assert_cmpstr (ct_record_get_string (c2, "status"), ==, "new");

  g_clear_object (&c1);
  c1 = ct_test_io_ticket (f, "Z-1");
  g_assert_cmpstr (ct_record_get_string (c1, "kind"), ==, "complaint");
  g_assert_cmpstr (ct_record_get_string (c1, "status"), ==, "accepted");
  g_assert_cmpint (ct_record_get_int (c1, "accepted_at"), ==,
                   ct_test_io_shanghai (2025, 11, 7, 22, 20));
}

static void
test_iso_times (Fixture       *f,
                gconstpointer  data)
{
  gint64 expected = ct_test_io_shanghai (2025, 11, 3, 8, 30);
  const char *csv =
    "code,kind,site,title,created_at\n"
    "I-1,consultation,CH,a,2025-11-03T08:30:00+08:00\n"
    "I-2,consultation,CH,b,2025-11-03T00:30:00Z\n"
    "I-3,consultation,CH,c,2025-11-02T19:30-0500\n"
    "I-4,consultation,CH,d,2025/11/3 8:30\n"
    "I-5,consultation,CH,e,2025-11-03 08:30:00\n";
  const char *const codes[] = { "I-1", "I-2", "I-3", "I-4", "I-5" };

  ct_test_io_import_ok (f, csv, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(CtRecord) r = ct_test_io_ticket (f, codes[i]);

      g_assert_cmpint (ct_record_get_created_at (r), ==, expected);
    }
}

/* The database's zone, not the machine's, reads local times. */
static void
test_time_zone (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) r = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_utc (2025, 11, 3, 8, 30, 0);

  g_assert_true (ct_database_set_setting (f->base.db, "admin", "time_zone", "UTC", &error));
  g_assert_no_error (error);
  ct_test_io_import_ok (f, "code,kind,site,title,created_at\n"
                           "U-1,praise,CH,谢谢保安,2025-11-03 08:30\n", 1);
  r = ct_test_io_ticket (f, "U-1");
  g_assert_cmpint (ct_record_get_created_at (r), ==, g_date_time_to_unix (utc));

  g_assert_true (ct_database_set_setting (f->base.db, "admin", "time_zone", "Mars/Olympus",
                                          &error));
  g_assert_false (ct_test_io_import (f, "code,kind,site,title,created_at\n"
                                        "U-2,praise,CH,谢谢,2025-11-03 08:30\n", 0, NULL, &error));
  ct_test_io_assert_message (error, "Mars/Olympus");
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 1);
}

static void
test_staff_names (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) r = NULL;
  const char *header = "code,kind,site,title,assignee,created_at\n";
  g_autofree char *shared = g_strconcat (header, "S-1,consultation,CH,a,李明,2025-11-03 08:30\n",
                                         NULL);
  g_autofree char *wide = g_strconcat (header,
                                       "S-2,consultation,CH,a,李明（CT0002）,2025-11-03 08:30\n",
                                       NULL);

  g_assert_false (ct_test_io_import (f, shared, 0, NULL, &error));
  ct_test_io_assert_message (error, "Line 2, column \"assignee\" (E)");
  ct_test_io_assert_message (error, "employee number");
  ct_test_io_import_ok (f, wide, 1);
  r = ct_test_io_ticket (f, "S-2");
  g_assert_cmpint (ct_record_get_int (r, "assignee_id"), ==, ct_test_io_staff_id (f, "CT0002"));
}

static void
test_create_missing (Fixture       *f,
                     gconstpointer  data)
{
  CtOrganisation *org = f->base.org;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtOrganisation) reopened = NULL;
  g_autoptr(CtRecord) r = NULL;
  CtTicketImportResult result;
  guint n_sites = ct_record_store_count (ct_organisation_get_sites (org));
  const char *csv =
    "code,kind,repair_class,site,unit,department,title,created_at\n"
    "M-1,repair,routine,新城小区,8-1-101,物业客服中心,漏水,2025-11-03 08:30\n"
    "M-2,repair,routine,新城小区,8-1-102,物业客服中心,漏水,2025-11-03 09:30\n"
    "M-3,repair,routine,翠湖花园,3-2-1201,工程部,漏水,2025-11-03 10:30\n";

  g_assert_false (ct_test_io_import (f, csv, 0, NULL, &error));
  ct_test_io_assert_message (error, "Line 2, column \"site\" (D)");
  ct_test_io_assert_message (error, "新城小区");
  g_clear_error (&error);

  /* A dry run counts and writes nothing, not even the models. */
  g_assert_true (ct_test_io_import (f, csv,
                                    CT_TICKET_IMPORT_CREATE_MISSING | CT_TICKET_IMPORT_DRY_RUN,
                                    &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_tickets, ==, 3);
  g_assert_cmpuint (result.n_sites, ==, 1);
  g_assert_cmpuint (result.n_buildings, ==, 1);
  g_assert_cmpuint (result.n_units, ==, 2);
  g_assert_cmpuint (result.n_departments, ==, 2);
  g_assert_cmpuint (ct_record_store_count (ct_organisation_get_sites (org)), ==, n_sites);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 0);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "sites"), ==, n_sites);

  g_assert_true (ct_test_io_import (f, csv, CT_TICKET_IMPORT_CREATE_MISSING, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_units, ==, 2);
  reopened = ct_test_reopen (f->base.path, NULL);
  g_assert_nonnull (ct_organisation_find_unit (reopened, 0, "8-1-102"));
  g_assert_nonnull (ct_organisation_find_department (reopened, "物业客服中心"));
  r = ct_test_io_ticket (f, "M-2");
  g_assert_cmpint (ct_record_get_int (r, "unit_id"), ==, ct_test_io_unit_id (f, "8-1-102"));
  g_assert_cmpstr (ct_record_get_string (r, "address"), ==, "8-1-102");
}

/* Bad files: each one leaves the file as it was. */

typedef struct
{
  const char *name;
  const char *csv;
  int         code;
  const char *needles[3];
} BadFile;

#define BAD_HEADER "code,kind,repair_class,site,unit,title,created_at,resolved_at,status\n"
#define GOOD_ROW "G-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,,new\n"

static const BadFile bad_files[] = {
  { "unknown-site", BAD_HEADER GOOD_ROW
    "B-1,repair,routine,无名小区,3-2-1201,漏水,2025-11-03 08:30,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 3, column \"site\" (D)", "无名小区" } },
  { "unknown-unit", BAD_HEADER "B-1,repair,routine,翠湖花园,3-9-999,漏水,2025-11-03 08:30,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"unit\" (E)", "3-9-999" } },
  { "bad-time", BAD_HEADER "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-13-03 08:30,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"created_at\" (G)", "2025-13-03 08:30" } },
  { "no-created", BAD_HEADER "B-1,repair,routine,翠湖花园,3-2-1201,漏水,,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"created_at\" (G)" } },
  { "bad-status", BAD_HEADER "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,,done\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"status\" (I)", "\"done\"" } },
  { "bad-kind", BAD_HEADER "B-1,fix,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"kind\" (B)", "repair" } },
  { "repair-without-class", BAD_HEADER "B-1,repair,,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"repair_class\" (C)" } },
  { "resolved-without-time", BAD_HEADER
    "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,,resolved\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"status\" (I)", "\"resolved_at\"" } },
  { "time-backwards", BAD_HEADER
    "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,2025-11-03 08:00,resolved\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"resolved_at\" (H)", "backwards" } },
  { "time-in-future", BAD_HEADER
    "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-21 13:00,,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"created_at\" (G)", "future" } },
  { "status-behind-times", BAD_HEADER
    "B-1,repair,routine,翠湖花园,3-2-1201,漏水,2025-11-03 08:30,2025-11-03 10:00,new\n",
    CT_IMPORT_ERROR_VALUE, { "Line 2, column \"resolved_at\" (H)", "New" } },
  { "duplicate-code", BAD_HEADER GOOD_ROW GOOD_ROW,
    CT_IMPORT_ERROR_VALUE, { "Line 3, column \"code\" (A)", "line 2" } },
  { "invalid-utf8", BAD_HEADER "B-1,repair,routine,翠湖花园,3-2-1201,\xff\xfe,2025-11-03 08:30,,new\n",
    CT_IMPORT_ERROR_ENCODING, { "line 2" } },
  { "unknown-column", "code,kind,site,title,created_at,remark\n", CT_IMPORT_ERROR_HEADER,
    { "column \"remark\" (F)" } },
  { "missing-column", "code,kind,title,created_at\nB-1,praise,a,2025-11-03 08:30\n",
    CT_IMPORT_ERROR_HEADER, { "\"site\"" } },
  { "header-only", BAD_HEADER, CT_IMPORT_ERROR_EMPTY, { NULL } },
  { "unterminated-quote", BAD_HEADER GOOD_ROW "B-1,repair,routine,翠湖花园,\"3-2-1201,漏水\n",
    CT_IMPORT_ERROR_SYNTAX, { "Line 3, column E" } },
};

static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  const BadFile *bad = data;
  g_autoptr(GError) error = NULL;
  gint64 n_sites = ct_test_io_count_rows (f->base.path, "sites");

  g_assert_false (ct_test_io_import (f, bad->csv, 0, NULL, &error));
  g_assert_error (error, CT_IMPORT_ERROR, bad->code);
  for (guint i = 0; i < G_N_ELEMENTS (bad->needles) && bad->needles[i] != NULL; i++)
    ct_test_io_assert_message (error, bad->needles[i]);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 0);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "sites"), ==, n_sites);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "ticket_events"), ==, 0);
}

static void
test_code_in_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_io_import_ok (f, BAD_HEADER GOOD_ROW, 1);
  g_assert_false (ct_test_io_import (f, BAD_HEADER GOOD_ROW, 0, NULL, &error));
  ct_test_io_assert_message (error, "Line 2, column \"code\" (A)");
  ct_test_io_assert_message (error, "G-1");
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 1);
}

/* Codes in the store's form move its counter on. */
static void
test_store_codes (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CtRecord) r = NULL;

  ct_test_io_import_ok (f, "code,kind,site,title,created_at\n"
                           ",consultation,CH,a,2025-11-03 08:30\n"
                           "T-2025-00007,consultation,CH,b,2025-11-04 08:30\n", 2);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path,
                                          "tickets WHERE code = 'T-2025-00008'"), ==, 1);
  r = ct_test_io_ticket (f, "T-2025-00007");
  g_assert_cmpstr (ct_record_get_string (r, "title"), ==, "b");
}

static void
cancel_saving_cb (double      fraction,
                  const char *message,
                  gpointer    user_data)
{
  if (fraction > 0.5)
    g_cancellable_cancel (user_data);
}

/* Cancelled while saving, after a new site and hundreds of tickets were
 * written: all of it is rolled back, and the models show it. */
static void
test_cancel_saving (Fixture       *f,
                    gconstpointer  data)
{
  CtRecordStore *sites = ct_organisation_get_sites (f->base.org);
  g_autoptr(GString) csv = g_string_new ("kind,site,title,created_at\n");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  guint n_sites = ct_record_store_count (sites);

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (csv, "consultation,新城小区,问题 %u,2025-11-03 08:30\n", i);
  bytes = g_bytes_new (csv->str, csv->len);
  g_assert_false (ct_ticket_import_csv (f->store, bytes, "importer",
                                        CT_TICKET_IMPORT_CREATE_MISSING, cancel_saving_cb,
                                        cancellable, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 0);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "sites"), ==, n_sites);
  g_assert_cmpuint (ct_record_store_count (sites), ==, n_sites);
}

static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  *last = fraction;
}

static void
test_cancel_and_progress (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (BAD_HEADER GOOD_ROW, strlen (BAD_HEADER GOOD_ROW));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  double last = 0.0;

  g_cancellable_cancel (cancellable);
  g_assert_false (ct_ticket_import_csv (f->store, bytes, "importer", 0, NULL, NULL, cancellable,
                                        NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, 0);

  g_assert_true (ct_ticket_import_csv (f->store, bytes, "importer", 0, progress_cb, &last, NULL,
                                       NULL, NULL));
  g_assert_cmpfloat (last, ==, 1.0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ct_test_io_set_up, func, ct_test_io_tear_down)
  ADD ("/ticket-io/import/english", test_english);
  ADD ("/ticket-io/import/chinese", test_chinese);
  ADD ("/ticket-io/import/iso-times", test_iso_times);
  ADD ("/ticket-io/import/time-zone", test_time_zone);
  ADD ("/ticket-io/import/staff-names", test_staff_names);
  ADD ("/ticket-io/import/create-missing", test_create_missing);
  ADD ("/ticket-io/import/code-in-database", test_code_in_database);
  ADD ("/ticket-io/import/store-codes", test_store_codes);
  ADD ("/ticket-io/import/cancel-and-progress", test_cancel_and_progress);
  ADD ("/ticket-io/import/cancel-saving", test_cancel_saving);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ticket-io/import/bad/%s", bad_files[i].name);

      g_test_add (path, Fixture, &bad_files[i], ct_test_io_set_up, test_bad_file,
                  ct_test_io_tear_down);
    }
  return g_test_run ();
}
