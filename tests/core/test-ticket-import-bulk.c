/* test-ticket-import-bulk.c — the bulk writer of ticket imports: the same
 * tickets, timelines, links, numbers, deadlines and search results as saving
 * one ticket at a time; one audit row; all or nothing; database errors name
 * no line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-audit-query.h"
#include "ct-change-watch.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-ticket-io.h"
#include "ct-ticket-import-private.h"

typedef CtTestIoFixture Fixture;

#define N_ROWS 360

static const char *const titles[] = {
  "水龙头漏水", "电梯停在三楼", "楼道灯不亮", "邻居装修噪音", "垃圾没有清运", "门禁卡失灵",
  "地下车库积水", "窗户玻璃破裂", "暖气片不热", "小区绿化修剪",
};
static const char *const units[] = { "3-2-1201", "3-2-1202", "5-801", "" };
static const char *const categories[] = { "噪音", "卫生" };
static const char *const statuses[] = {
  "new", "accepted", "dispatched", "in_progress", "resolved", "visited", "archived",
};

static char *
shanghai_text (gint64 t)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, "%Y-%m-%d %H:%M:%S");
}

/* A file of @n rows of every kind, with histories, repeats of complaints
 * (cancelled ones too), appointments, numbered and coded tickets. */
static char *
make_csv (guint n)
{
  static const char *const kinds[] = {
    "repair", "complaint", "complaint", "consultation", "suggestion", "praise", "complaint",
    "repair",
  };
  static const char *const classes[] = { "emergency", "routine", "appointment" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  GString *csv = g_string_new (CT_TEST_IO_HEADER);
  gint64 created = ct_test_io_shanghai (2025, 8, 29, 8, 0);

  for (guint i = 0; i < n; i++)
    {
      const char *kind = kinds[i % G_N_ELEMENTS (kinds)];
      gboolean repair = g_str_equal (kind, "repair");
      const char *klass = repair ? classes[i % 3] : "";
      int stage = g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses));
      gboolean cancelled = g_rand_int_range (rand, 0, 9) == 0;
      g_autofree char *code = i % 37 == 5 ? g_strdup_printf ("T-2025-%05u", 7000 + i) : g_strdup ("");
      const char *unit = units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))];
      char *times[7] = { NULL };
      g_autofree char *appointment = NULL;
      char score[4] = "";

      created += g_rand_int_range (rand, 600, 3 * 3600);
      for (int s = 0; s <= stage; s++)
        times[s] = shanghai_text (created + s * 1800 + (s ? g_rand_int_range (rand, 0, 900) : 0));
      if (g_str_equal (klass, "appointment"))
        appointment = shanghai_text (created + 26 * 3600);
      if (stage >= 5)
        g_snprintf (score, sizeof score, "%u", 1 + i % 5);
      g_string_append_printf (csv, "%s,%s,%s,%s,%s,翠湖花园,,%s,业主%u,1380013%04u,%s %u,"
                              "%s，请尽快处理。,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%u,%s\n",
                              code, kind, klass,
                              g_str_equal (kind, "complaint") ? categories[i % 2] : "",
                              i % 4 == 0 ? "wechat" : "", unit, i % 23, i, titles[i % 10], i,
                              titles[(i * 3) % 10], stage >= 2 ? "engineering" : "",
                              stage >= 2 ? "CT0001" : "", times[0],
                              times[1] ? times[1] : "", times[2] ? times[2] : "",
                              times[3] ? times[3] : "", times[4] ? times[4] : "",
                              times[5] ? times[5] : "", times[6] ? times[6] : "",
                              appointment ? appointment : "",
                              score,
                              i % 11 == 0 ? 1u : 0u, cancelled ? "cancelled" : statuses[stage]);
      for (int s = 0; s < 7; s++)
        g_free (times[s]);
    }
  return g_string_free (csv, FALSE);
}

/* Every row of @sql, one line each, on a connection of its own. */
static char *
dump (const char *path,
      const char *sql)
{
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          g_string_append_printf (out, "%s|", text ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* Everything an import may change, as text. */
static char *
dump_all (const char *path)
{
  static const char *const queries[] = {
    "SELECT * FROM tickets ORDER BY id",
    "SELECT * FROM ticket_events ORDER BY id",
    "SELECT * FROM ticket_links ORDER BY ticket_id, other_id",
    "SELECT * FROM ticket_counters ORDER BY year",
    "SELECT * FROM sites ORDER BY id",
    "SELECT id, entity, entity_id, action FROM audit_log ORDER BY id",
    "SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH '\"请尽快\"' ORDER BY rowid",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autofree char *part = dump (path, queries[i]);

      g_string_append_printf (out, "%s\n%s", queries[i], part);
    }
  return g_string_free (out, FALSE);
}

static void
import (Fixture             *f,
        const char          *csv,
        CtTicketImportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  CtTicketImportResult result;

  g_assert_true (ct_test_io_import (f, csv, flags, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.n_tickets, ==, N_ROWS);
}

static void
test_same_as_one_by_one (Fixture       *f,
                         gconstpointer  data)
{
  static const char *const tables[] = {
    "SELECT * FROM tickets ORDER BY id",
    "SELECT * FROM ticket_events ORDER BY id",
    "SELECT * FROM ticket_links ORDER BY ticket_id, other_id",
    "SELECT * FROM ticket_counters ORDER BY year",
  };
  static const char *const searches[] = {
    "龙头漏", "电梯停", "1201", "801", "业主1", "装修噪音", "请尽快处理",
  };
  g_autofree char *csv = make_csv (N_ROWS);
  Fixture one = { { 0 } };
  g_autofree char *repeats = NULL;
  g_autofree char *due = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *check = NULL;

  ct_test_io_set_up (&one, NULL);
  import (f, csv, CT_TICKET_IMPORT_DEFAULT);
  import (&one, csv, CT_TICKET_IMPORT_ONE_BY_ONE);

  /* Same rows, ids, numbers, deadlines, repeats, timelines and links. */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      const char *sql = tables[i];
      g_autofree char *bulk = dump (f->base.path, sql);
      g_autofree char *single = dump (one.base.path, sql);

      g_assert_cmpstr (bulk, ==, single);
    }
  /* The file exercised what it should. */
  repeats = dump (f->base.path, "SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL");
  g_assert_cmpint (atoi (repeats), >, 10);
  due = dump (f->base.path, "SELECT count(DISTINCT due_resolution_at - created_at) FROM tickets");
  g_assert_cmpint (atoi (due), >, 10);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets WHERE code LIKE 'T-2025-07%'"),
                   >, 5);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets WHERE code LIKE 'T-2025-073%'"),
                   >, 5);

  /* Same search results, and an index in good order. */
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT rowid FROM tickets_fts WHERE tickets_fts "
                                              "MATCH '\"%s\"' ORDER BY rowid", searches[i]);
      g_autofree char *bulk = dump (f->base.path, sql);
      g_autofree char *single = dump (one.base.path, sql);

      g_assert_cmpstr (bulk, !=, "");
      g_assert_cmpstr (bulk, ==, single);
    }
  check = dump (f->base.path, "SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH '\"请尽快\"'");
  g_assert_cmpint (atoi (check), ==, N_ROWS);

  /* One audit row for the lot instead of one per ticket. */
  g_assert_cmpint (ct_test_io_count_rows (one.base.path, "audit_log WHERE entity = 'ticket'"),
                   ==, N_ROWS);
  audit = dump (f->base.path, "SELECT actor, at, entity_id, action, json_extract (new_json, "
                "'$.import'), json_extract (new_json, '$.first_id'), json_extract (new_json, "
                "'$.last_id') FROM audit_log WHERE entity = 'ticket'");
  g_assert_cmpstr (audit, ==, "importer|" G_STRINGIFY (CT_TEST_NOW) "|0|insert|360|1|360|\n");
  ct_test_io_tear_down (&one, NULL);
}

static void
changed_cb (CtChangeWatch *watch,
            GPtrArray     *changes,
            GPtrArray     *seen)
{
  for (guint i = 0; i < changes->len; i++)
    {
      CtChange *change = g_ptr_array_index (changes, i);

      g_ptr_array_add (seen, g_strdup_printf ("%s %" G_GINT64_FORMAT " %s %s", change->entity,
                                              change->entity_id, change->action, change->actor));
    }
}

/* Another app sees the import; the file checks clean; each ticket's history
 * finds the import that made it. */
static void
test_audit_row (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *csv = make_csv (N_ROWS);
  g_autoptr(CtDatabase) other = ct_test_open (f->base.path, CT_DATABASE_OPEN_DEFAULT,
                                              f->base.clock);
  g_autoptr(CtChangeWatch) watch = ct_change_watch_new (other);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *audit_id = NULL;

  g_signal_connect (watch, "changed", G_CALLBACK (changed_cb), seen);
  ct_change_watch_poll (watch);
  import (f, csv, CT_TICKET_IMPORT_DEFAULT);
  g_assert_cmpuint (ct_change_watch_poll (watch), ==, 1);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "ticket 0 insert importer");

  g_assert_true (ct_database_check (f->base.db, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "audit_log WHERE entity = 'ticket'"),
                   ==, 1);
  audit_id = dump (f->base.path, "SELECT id FROM audit_log WHERE entity = 'ticket'");
  for (gint64 id = 1; id <= N_ROWS; id += 59)
    {
      g_assert_cmpint (ct_ticket_import_find_audit (f->base.db, id, &error), ==, atoi (audit_id));
      g_assert_no_error (error);
    }
  g_assert_cmpint (ct_ticket_import_find_audit (f->base.db, N_ROWS + 1, &error), ==, 0);
  g_assert_no_error (error);

  /* The History of an imported ticket starts with the import: who, when. */
  {
    g_autoptr(GPtrArray) history = ct_audit_query_history (f->base.db, "ticket", 60, &error);
    const CtAuditEntry *first;

    g_assert_no_error (error);
    g_assert_nonnull (history);
    g_assert_cmpuint (history->len, >=, 1);
    first = g_ptr_array_index (history, history->len - 1);
    g_assert_cmpint (first->id, ==, atoi (audit_id));
    g_assert_cmpstr (first->actor, ==, "importer");
    g_assert_cmpstr (first->action, ==, "insert");
  }
}

/* A failure when the last row is saved leaves the file as it was: new site,
 * numbers, tickets, timelines, index and audit rows all rolled back. */
static void
test_fail_last_row (Fixture       *f,
                    gconstpointer  data)
{
  CtTicketImportFlags flags = GPOINTER_TO_UINT (data) | CT_TICKET_IMPORT_CREATE_MISSING;
  CtRecordStore *sites = ct_organisation_get_sites (f->base.org);
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *rows = make_csv (N_ROWS - 2);
  sqlite3 *handle = ct_database_get_handle (f->base.db);
  guint n_sites = ct_record_store_count (sites);

  g_string_append (csv, rows);
  g_string_append (csv, ",consultation,,,,新城小区,,,,,新的项目,,,,2025-11-01 08:00,,,,,,,,,,\n");
  g_string_append (csv, "T-2025-99999,consultation,,,,翠湖花园,,,,,最后一行,,,,2025-11-02 08:00,"
                   ",,,,,,,,,\n");
  before = dump_all (f->base.path);
  g_assert_cmpint (sqlite3_exec (handle, "CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON "
                                 "main.tickets WHEN NEW.code = 'T-2025-99999' BEGIN "
                                 "SELECT RAISE (ABORT, 'refused by the test'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (ct_test_io_import (f, csv->str, flags, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  ct_test_io_assert_message (error, "refused by the test");
  g_assert_cmpint (sqlite3_exec (handle, "DROP TRIGGER temp.refuse_last", NULL, NULL, NULL),
                   ==, SQLITE_OK);

  after = dump_all (f->base.path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (ct_record_store_count (sites), ==, n_sites);

  /* And the same file saves when nothing refuses it. */
  g_clear_error (&error);
  g_assert_true (ct_test_io_import (f, csv->str, flags, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_test_io_count_rows (f->base.path, "tickets"), ==, N_ROWS);
}

/* A database that cannot save (here: full) fails the whole import; the error
 * names no line, as no row is to blame. */
static void
test_database_error_names_no_line (Fixture       *f,
                                   gconstpointer  data)
{
  CtTicketImportFlags flags = GPOINTER_TO_UINT (data);
  g_autofree char *csv = make_csv (N_ROWS);
  g_autofree char *before = dump_all (f->base.path);
  g_autofree char *after = NULL;
  g_autofree char *pages = dump (f->base.path, "PRAGMA page_count");
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %d", atoi (pages) + 3);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (f->base.db), limit, NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_false (ct_test_io_import (f, csv, flags, NULL, &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FULL);
  g_assert_null (strstr (error->message, "Line"));
  after = dump_all (f->base.path);
  g_assert_cmpstr (after, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (data), ct_test_io_set_up, func, \
              ct_test_io_tear_down)
  ADD ("/ticket-import-bulk/same-as-one-by-one", 0, test_same_as_one_by_one);
  ADD ("/ticket-import-bulk/audit-row", 0, test_audit_row);
  ADD ("/ticket-import-bulk/fail-last-row/bulk", 0, test_fail_last_row);
  ADD ("/ticket-import-bulk/fail-last-row/one-by-one", CT_TICKET_IMPORT_ONE_BY_ONE,
       test_fail_last_row);
  ADD ("/ticket-import-bulk/database-error/bulk", 0, test_database_error_names_no_line);
  ADD ("/ticket-import-bulk/database-error/one-by-one", CT_TICKET_IMPORT_ONE_BY_ONE,
       test_database_error_names_no_line);
#undef ADD
  return g_test_run ();
}
