/* test-demo-tickets.c — the demo company's year of tickets: the mix of kinds and
 * statuses, timelines consistent with the timestamps, deadlines as the SLA
 * clock computes them, repeats, numbering, search, determinism, cancellation
 * and the overdue sweep
 *
 * One demo company with 3,000 tickets is made once (now = CT_TEST_NOW, Friday
 * 2025-11-21 12:40 in Asia/Shanghai) and read by the tests in order; the last
 * tests change it (a new ticket, a sweep).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-database-private.h"
#include "ct-demo-tickets.h"
#include "ct-error.h"
#include "ct-test-util.h"
#include "ct-ticket-store.h"

#define N_TICKETS 3000
#define SEED      7
#define DAY       86400

static CtTestFixture company;

static gint64
count (const char *sql)
{
  return ct_test_query_int (company.db, sql);
}

/* @part ÷ @whole, both counts. */
static double
share (const char *part,
       const char *whole)
{
  gint64 d = count (whole);

  g_assert_cmpint (d, >, 0);
  return (double) count (part) / d;
}

static void
make_company (CtTestFixture *f,
              guint32        seed,
              guint          n_tickets)
{
  g_autoptr(GError) error = NULL;
  CtDemoOptions options;

  ct_test_fixture_set_up (f, "ct-demo-tickets-XXXXXX", "demo.db");
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  ct_demo_options_init (&options);
  options.seed = seed;
  g_assert_true (ct_demo_generate_company (f->db, &options, n_tickets, CT_TEST_NOW, NULL, NULL,
                                           NULL, &error));
  g_assert_no_error (error);
}

static void
test_mix (void)
{
  const char *all = "SELECT count(*) FROM tickets";
  const char *repairs = "SELECT count(*) FROM tickets WHERE kind = 'repair'";

  g_assert_cmpint (count (all), ==, N_TICKETS);
  g_assert_cmpfloat_with_epsilon (share (repairs, all), 0.60, 0.04);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = 'complaint'",
                                         all), 0.20, 0.03);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = "
                                         "'consultation'", all), 0.12, 0.025);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = "
                                         "'suggestion'", all), 0.05, 0.015);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = 'praise'",
                                         all), 0.03, 0.012);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE repair_class = "
                                         "'emergency'", repairs), 0.10, 0.03);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE repair_class = "
                                         "'routine'", repairs), 0.80, 0.04);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE (kind = 'repair') = "
                          "(repair_class = '')"), ==, 0);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE channel = 'phone'",
                                         all), 0.55, 0.04);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE channel = 'wechat'",
                                         all), 0.25, 0.04);
  /* Categories by kind, departments by category, reporters are the owners. */
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE kind = 'complaint' AND category "
                          "IN ('水电', '电梯', '物业费')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t JOIN departments d ON "
                          "d.id = t.department_id WHERE t.kind = 'repair' AND "
                          "d.code <> 'engineering'"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t JOIN units u ON u.id = t.unit_id "
                          "WHERE t.reporter <> u.owner_name OR t.phone <> u.owner_phone"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t JOIN staff s ON s.id = t.assignee_id "
                          "WHERE s.status <> 'active' OR s.department_id <> t.department_id"),
                   ==, 0);
  g_assert_cmpint (count ("SELECT count(DISTINCT category) FROM tickets"), >=, 20);
}

static void
test_rhythm (void)
{
  const char *all = "SELECT count(*) FROM tickets";
  /* Asia/Shanghai has no daylight saving time: local = UTC + 8 h. */
  double night = share ("SELECT count(*) FROM tickets WHERE "
                        "strftime ('%H', created_at + 28800, 'unixepoch') < '07'", all);
  double peaks = share ("SELECT count(*) FROM tickets WHERE "
                        "strftime ('%H', created_at + 28800, 'unixepoch') IN "
                        "('09', '10', '14', '15', '16')", all);

  g_assert_cmpfloat (night, <, 0.04);
  g_assert_cmpfloat (peaks, >, 0.35);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE strftime ('%w', created_at + "
                          "28800, 'unixepoch') = '1'"), >,
                   count ("SELECT count(*) FROM tickets WHERE strftime ('%w', created_at + "
                          "28800, 'unixepoch') = '0'") * 5 / 4);
  g_assert_cmpint (count ("SELECT min(created_at) FROM tickets"), >=, CT_TEST_NOW - 366 * DAY);
  g_assert_cmpint (count ("SELECT max(created_at) FROM tickets"), <, CT_TEST_NOW);
  g_assert_cmpint (count ("SELECT min(created_at) FROM tickets"), <, CT_TEST_NOW - 360 * DAY);
}

static void
test_statuses (void)
{
  g_assert_cmpint (count ("SELECT count(DISTINCT status) FROM tickets"), ==, 10);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE status = 'paused' AND "
                          "pause_reason = '等配件' AND paused_at IS NOT NULL"), >=, 1);
  /* Each status with the timestamps it implies. */
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE "
    "(status = 'new' AND accepted_at IS NOT NULL) OR "
    "(status IN ('resolved', 'visited', 'archived') AND resolved_at IS NULL) OR "
    "(status = 'visited' AND (visited_at IS NULL OR satisfaction IS NULL)) OR "
    "(status = 'archived' AND archived_at IS NULL) OR "
    "(status IN ('cancelled', 'invalid') AND (closed_at IS NULL OR close_reason = '')) OR "
    "(status = 'paused') <> (paused_at IS NOT NULL) OR "
    "(status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused') AND "
    " resolved_at IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE "
    "accepted_at < created_at OR dispatched_at < accepted_at OR arrived_at < dispatched_at OR "
    "resolved_at < coalesce (arrived_at, dispatched_at) OR visited_at < resolved_at OR "
    "archived_at < coalesce (visited_at, resolved_at) OR closed_at < created_at OR "
    "max (created_at, coalesce (archived_at, 0), coalesce (visited_at, 0), "
    "    coalesce (closed_at, 0), updated_at) >= " G_STRINGIFY (CT_TEST_NOW)), ==, 0);
}

/* Every timestamp of a ticket is the time of an event of its timeline. */
static void
test_event_times (void)
{
  static const char * const pairs[][2] = {
    { "created_at", "'created'" }, { "accepted_at", "'accepted'" },
    { "dispatched_at", "'dispatched'" }, { "arrived_at", "'arrived'" },
    { "resolved_at", "'resolved'" }, { "visited_at", "'visited'" },
    { "archived_at", "'archived'" }, { "closed_at", "'cancelled', 'invalidated'" },
    { "paused_at", "'paused'" }, { "overdue_at", "'overdue'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *sql = g_strdup_printf (
        "SELECT count(*) FROM tickets t WHERE t.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "ticket_events e WHERE e.ticket_id = t.id AND e.type IN (%s) AND e.at = t.%s)",
        pairs[i][0], pairs[i][1], pairs[i][0]);

      g_test_message ("%s", pairs[i][0]);
      g_assert_cmpint (count (sql), ==, 0);
    }
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_events WHERE type = 'created'"), ==,
                   N_TICKETS);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t WHERE reopened_count <> (SELECT "
                          "count(*) FROM ticket_events e WHERE e.ticket_id = t.id AND "
                          "e.type = 'reopened')"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_events e JOIN tickets t ON "
                          "t.id = e.ticket_id WHERE e.at < t.created_at OR e.actor = '' OR "
                          "e.at >= " G_STRINGIFY (CT_TEST_NOW)), ==, 0);
}

/* Each transition starts where the one before ended; the last is the status. */
static void
test_event_chain (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (company.db,
    "SELECT e.ticket_id, e.type, e.from_status, e.to_status, t.status FROM ticket_events e "
    "JOIN tickets t ON t.id = e.ticket_id WHERE e.to_status IS NOT NULL "
    "ORDER BY e.ticket_id, e.at, e.id", &error);
  g_autofree char *status = NULL;
  g_autofree char *final = NULL;
  gint64 ticket = 0;
  guint n = 0;

  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *from = (const char *) sqlite3_column_text (stmt, 2);

      if (sqlite3_column_int64 (stmt, 0) != ticket)
        {
          g_assert_cmpstr (status, ==, final);
          ticket = sqlite3_column_int64 (stmt, 0);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "created");
          g_assert_null (from);
          n++;
        }
      else
        g_assert_cmpstr (from, ==, status);
      g_free (status);
      g_free (final);
      status = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      final = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
    }
  sqlite3_reset (stmt);
  g_assert_cmpstr (status, ==, final);
  g_assert_cmpuint (n, ==, N_TICKETS);
}

static GArray *
load_pauses (gint64 ticket_id)
{
  g_autoptr(GError) error = NULL;
  GArray *pauses = g_array_new (FALSE, TRUE, sizeof (CtSlaPause));
  sqlite3_stmt *stmt = ct_database_prepare (company.db,
    "SELECT at, type FROM ticket_events WHERE ticket_id = ? AND type IN ('paused', 'resumed') "
    "ORDER BY at, id", &error);

  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    if (g_str_equal ((const char *) sqlite3_column_text (stmt, 1), "paused"))
      g_array_append_val (pauses, ((CtSlaPause) { sqlite3_column_int64 (stmt, 0), 0 }));
    else
      g_array_index (pauses, CtSlaPause, pauses->len - 1).end = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return pauses;
}

static void
check_deadlines (sqlite3_stmt  *row,
                 CtRecordStore *policies)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtWorkCalendar) calendar = ct_work_calendar_load (company.db,
                                                              sqlite3_column_int64 (row, 1),
                                                              &error);
  g_autoptr(GArray) pauses = load_pauses (sqlite3_column_int64 (row, 0));
  CtSlaPolicy *policy = ct_sla_find_policy (policies, (const char *) sqlite3_column_text (row, 2),
                                            (const char *) sqlite3_column_text (row, 3));
  CtSlaDeadlines due = { 0 };

  g_assert_no_error (error);
  if (policy != NULL)
    ct_sla_compute (calendar, policy, sqlite3_column_int64 (row, 4),
                    sqlite3_column_int64 (row, 5), (CtSlaPause *) pauses->data, pauses->len,
                    &due);
  g_assert_cmpint (due.response, ==, sqlite3_column_int64 (row, 6));
  g_assert_cmpint (due.arrival, ==, sqlite3_column_int64 (row, 7));
  g_assert_cmpint (due.resolution, ==, sqlite3_column_int64 (row, 8));
}

/* A sample of every kind, and every paused ticket. */
static void
test_deadlines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecordStore) policies = ct_record_store_new (company.db, CT_TYPE_SLA_POLICY);
  sqlite3_stmt *stmt;
  guint n = 0;

  g_assert_true (ct_record_store_reload (policies, &error));
  g_assert_no_error (error);
  stmt = ct_database_prepare (company.db,
    "SELECT id, site_id, kind, repair_class, created_at, coalesce (appointment_at, 0), "
    "coalesce (due_response_at, 0), coalesce (due_arrival_at, 0), "
    "coalesce (due_resolution_at, 0) FROM tickets t WHERE id % 23 = 0 OR EXISTS (SELECT 1 "
    "FROM ticket_events e WHERE e.ticket_id = t.id AND e.type = 'resumed') ORDER BY id", &error);
  g_assert_no_error (error);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      check_deadlines (stmt, policies);
      n++;
    }
  sqlite3_reset (stmt);
  g_assert_cmpuint (n, >, 150);
  /* Complaints count working days; pauses push deadlines. */
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE kind = 'complaint' AND "
                          "due_resolution_at - created_at > 3 * 86400"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_events WHERE type = 'resumed'"), >, 20);
}

static void
test_service_levels (void)
{
  const char *routine = "SELECT count(*) FROM tickets WHERE repair_class = 'routine' AND "
                        "resolved_at IS NOT NULL";
  const char *emergency = "SELECT count(*) FROM tickets WHERE repair_class = 'emergency' AND "
                          "arrived_at IS NOT NULL";
  const char *resolved = "SELECT count(*) FROM tickets WHERE kind = 'repair' AND "
                         "resolved_at IS NOT NULL";
  const char *scored = "SELECT count(*) FROM tickets WHERE satisfaction IS NOT NULL";

  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE repair_class = "
                                         "'routine' AND resolved_at <= due_resolution_at",
                                         routine), 0.88, 0.05);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE repair_class = "
                                         "'emergency' AND arrived_at <= due_arrival_at",
                                         emergency), 0.90, 0.06);
  g_assert_cmpint (count ("SELECT max(resolved_at - due_resolution_at) FROM tickets WHERE "
                          "kind = 'repair' AND reopened_count = 0"), <, 8 * 3600);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = 'repair' AND "
                                         "reopened_count = 1 AND resolved_at IS NOT NULL",
                                         resolved), 0.05, 0.025);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE kind = 'repair' AND "
                                         "visited_at IS NOT NULL", resolved), 0.40, 0.06);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE kind = 'complaint' AND "
                          "status IN ('visited', 'archived') AND visited_at IS NULL"), ==, 0);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE satisfaction >= 4",
                                         scored), 0.86, 0.08);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE satisfaction <= 2"), >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE satisfaction IS NOT NULL AND "
                          "visit_note = ''"), ==, 0);
  g_assert_cmpfloat_with_epsilon (share ("SELECT count(*) FROM tickets WHERE status IN "
                                         "('cancelled', 'invalid')",
                                         "SELECT count(*) FROM tickets"), 0.03, 0.015);
}

static void
test_repeats (void)
{
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL"), >=, 5);
  /* Each points to an earlier complaint of the unit and category… */
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t JOIN tickets p ON "
                          "p.id = t.repeat_of_id WHERE t.kind <> 'complaint' OR "
                          "p.kind <> 'complaint' OR p.unit_id <> t.unit_id OR "
                          "p.category <> t.category OR p.created_at >= t.created_at OR "
                          "p.created_at < t.created_at - 30 * 86400"), ==, 0);
  /* …and every complaint with such a predecessor has one, linked. */
  g_assert_cmpint (count ("SELECT count(*) FROM tickets t WHERE t.kind = 'complaint' AND "
                          "t.repeat_of_id IS NULL AND EXISTS (SELECT 1 FROM tickets p WHERE "
                          "p.kind = 'complaint' AND p.unit_id = t.unit_id AND "
                          "p.category = t.category AND p.created_at < t.created_at AND "
                          "p.created_at >= t.created_at - 30 * 86400 AND "
                          "p.status NOT IN ('cancelled', 'invalid'))"), ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_links WHERE type = 'repeat'"), ==,
                   count ("SELECT count(*) FROM tickets WHERE repeat_of_id IS NOT NULL"));
}

static void
test_search_and_audit (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count ("SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH '天花板'"),
                   ==, count ("SELECT count(*) FROM tickets WHERE title LIKE '%天花板%' OR "
                              "description LIKE '%天花板%'"));
  g_assert_cmpint (count ("SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH '天花板'"),
                   >, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH '\"1-101\"'"),
                   ==, count ("SELECT count(*) FROM tickets WHERE address LIKE '%1-101%'"));
  g_assert_cmpint (count ("SELECT count(*) FROM audit_log WHERE entity = 'tickets' AND "
                          "action = 'insert' AND actor = 'demo' AND "
                          "new_json = '{\"count\": 3000}'"), ==, 1);
  g_assert_cmpint (count ("SELECT count(*) FROM audit_log WHERE entity = 'ticket'"), ==, 0);
  /* The indexes dropped for the bulk insert are all back, and the file is sound. */
  g_assert_cmpint (count ("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                          "tbl_name IN ('tickets', 'ticket_events', 'ticket_links')"), >=, 13);
  g_assert_true (ct_database_check (company.db, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_numbering (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(CtTicket) ticket = ct_ticket_new ("consultation", "咨询物业费");
  g_autofree char *expected = NULL;

  g_assert_cmpint (count ("SELECT count(DISTINCT code) FROM tickets WHERE code GLOB "
                          "'T-202[45]-[0-9][0-9][0-9][0-9][0-9]'"), ==, N_TICKETS);
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_counters c WHERE c.last <> (SELECT "
                          "count(*) FROM tickets WHERE substr (code, 3, 4) = "
                          "CAST (c.year AS TEXT))"), ==, 0);
  /* A ticket made now continues this year's numbers. */
  company.org = ct_organisation_new (company.db, &error);
  g_assert_no_error (error);
  store = ct_ticket_store_new (company.org, &error);
  g_assert_no_error (error);
  ct_record_set_int (CT_RECORD (ticket), "site_id", count ("SELECT min(id) FROM sites"));
  g_assert_true (ct_ticket_store_create (store, ticket, "admin", &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("T-2025-%05" G_GINT64_FORMAT,
                              count ("SELECT last FROM ticket_counters WHERE year = 2025"));
  g_assert_cmpstr (ct_ticket_get_code (ticket), ==, expected);
  g_assert_cmpint (count ("SELECT count(*) FROM tickets WHERE code GLOB 'T-2025-*'"), ==,
                   count ("SELECT last FROM ticket_counters WHERE year = 2025"));
}

/* The open tickets left past a deadline are found once by the sweep. */
static void
test_sweep (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketStore) store = ct_ticket_store_new (company.org, &error);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  guint overdue;

  g_assert_no_error (error);
  overdue = ct_ticket_store_count_overdue (store, CT_TEST_NOW);
  g_assert_cmpuint (overdue, >=, 2);
  g_assert_cmpuint (overdue, <=, 30);
  first = ct_ticket_store_sweep_overdue (store, "cron", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, overdue);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpint (ct_ticket_get_time (g_ptr_array_index (first, i), "overdue_at"), ==,
                     CT_TEST_NOW);
  second = ct_ticket_store_sweep_overdue (store, "cron", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->len, ==, 0);
  g_assert_cmpint (count ("SELECT count(*) FROM ticket_events WHERE type = 'overdue' AND "
                          "actor = 'cron'"), ==, overdue);
}

int
main (int   argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_company (&company, SEED, N_TICKETS);
  g_test_add_func ("/demo-tickets/mix", test_mix);
  g_test_add_func ("/demo-tickets/rhythm", test_rhythm);
  g_test_add_func ("/demo-tickets/statuses", test_statuses);
  g_test_add_func ("/demo-tickets/event-times", test_event_times);
  g_test_add_func ("/demo-tickets/event-chain", test_event_chain);
  g_test_add_func ("/demo-tickets/deadlines", test_deadlines);
  g_test_add_func ("/demo-tickets/service-levels", test_service_levels);
  g_test_add_func ("/demo-tickets/repeats", test_repeats);
  g_test_add_func ("/demo-tickets/search-and-audit", test_search_and_audit);
  /* These two change the company. */
  g_test_add_func ("/demo-tickets/numbering", test_numbering);
  g_test_add_func ("/demo-tickets/sweep", test_sweep);
  status = g_test_run ();
  ct_test_fixture_tear_down (&company);
  return status;
}
