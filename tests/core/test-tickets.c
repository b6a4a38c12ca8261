/* test-tickets.c — the ticket lifecycle, deadlines, repeats, links, merges,
 * conflicts, overdue sweeps and assignee suggestions
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (04:40 UTC).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"
#include "ct-ticket-store.h"

#define MINUTE 60
#define HOUR 3600
#define DAY 86400

typedef struct
{
  CtTestFixture  base;
  CtTicketStore *store;
  CtUnit        *unit;
  CtSite        *site;
  gint64         engineering;
  gint64         service;
  CtStaff       *wang;
  CtStaff       *li;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBuilding) building = NULL;
  CtOrganisation *org;

  ct_test_fixture_set_up (&f->base, "ct-tickets-XXXXXX", "tickets.db");
  ct_test_fixture_open_organisation (&f->base);
  org = f->base.org;
  f->site = ct_test_add_site (org, NULL);
  building = ct_test_add_building (org, f->site);
  f->unit = ct_test_add_unit (org, building, "王芳", "13800138000");
  f->engineering = ct_test_department_id (org, "engineering");
  f->service = ct_test_department_id (org, "service");
  f->wang = ct_test_add_staff (org, "CT0001", "王师傅", f->engineering);
  f->li = ct_test_add_staff (org, "CT0002", "李师傅", f->engineering);
  f->store = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_object (&f->unit);
  g_clear_object (&f->site);
  g_clear_object (&f->wang);
  g_clear_object (&f->li);
  ct_test_fixture_tear_down (&f->base);
}

static CtTicket *
new_ticket (Fixture    *f,
            const char *kind,
            const char *repair_class,
            const char *category)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new (kind, "卫生间漏水");

  g_object_set (ticket, "repair_class", repair_class, "category", category,
                "unit_id", ct_record_get_id (CT_RECORD (f->unit)),
                "site_id", ct_record_get_id (CT_RECORD (f->site)),
                "reporter", "王芳", "phone", "13800138000",
                "description", "楼下天花板渗水，请尽快上门", NULL);
  g_assert_true (ct_ticket_store_create (f->store, ticket, "客服小张", &error));
  g_assert_no_error (error);
  return ticket;
}

static void
advance (Fixture *f,
         gint64   seconds)
{
  ct_clock_advance (f->base.clock, seconds);
}

static guint
count_events (Fixture    *f,
              CtTicket   *ticket,
              const char *type)
{
  g_autoptr(GPtrArray) events = ct_ticket_store_list_events (f->store,
                                                             ct_record_get_id (CT_RECORD (ticket)),
                                                             NULL);
  guint n = 0;

  for (guint i = 0; i < events->len; i++)
    n += type == NULL || g_str_equal (((CtTicketEvent *) events->pdata[i])->type, type);
  return n;
}

static gint64
search_count (Fixture    *f,
              const char *text)
{
  sqlite3_stmt *stmt = ct_database_prepare (f->base.db,
    "SELECT count(*) FROM tickets_fts WHERE tickets_fts MATCH ?", NULL);
  g_autofree char *phrase = g_strdup_printf ("\"%s\"", text);
  gint64 n;

  sqlite3_bind_text (stmt, 1, phrase, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtTicket) first = new_ticket (f, "repair", "emergency", "水电");
  g_autoptr(CtTicket) second = new_ticket (f, "repair", "routine", "水电");
  g_autoptr(CtTicket) back = NULL;
  CtRecord *r = CT_RECORD (first);

  g_assert_cmpstr (ct_ticket_get_code (first), ==, "T-2025-00001");
  g_assert_cmpstr (ct_ticket_get_code (second), ==, "T-2025-00002");
  g_assert_cmpstr (ct_ticket_get_status (first), ==, "new");
  g_assert_cmpstr (ct_record_get_string (r, "owner_user"), ==, "客服小张");
  g_assert_cmpstr (ct_record_get_string (r, "address"), ==, "3-2-1201");
  g_assert_cmpint (ct_record_get_int (r, "building_id"), >, 0);
  g_assert_cmpint (ct_record_get_created_at (r), ==, CT_TEST_NOW);
  /* Emergency repair: respond in 15 min, on site in 30 min, resolve in 12 h, 24×7. */
  g_assert_cmpint (ct_record_get_int (r, "due_response_at"), ==, CT_TEST_NOW + 15 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r, "due_arrival_at"), ==, CT_TEST_NOW + 30 * MINUTE);
  g_assert_cmpint (ct_record_get_int (r, "due_resolution_at"), ==, CT_TEST_NOW + 12 * HOUR);
  /* Routine: no arrival target, resolution in 24 h. */
  g_assert_cmpint (ct_record_get_int (CT_RECORD (second), "due_arrival_at"), ==, 0);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (second), "due_resolution_at"), ==,
                   CT_TEST_NOW + DAY);
  g_assert_cmpuint (count_events (f, first, "created"), ==, 1);
  g_assert_cmpint (search_count (f, "天花板"), ==, 2);

  back = ct_ticket_store_find_code (f->store, "T-2025-00001", NULL);
  g_assert_true (ct_record_equal_values (CT_RECORD (back), r));
}

static void
test_complaint_business_deadline (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CtTicket) t = new_ticket (f, "complaint", "", "噪音");
  CtRecord *r = CT_RECORD (t);

  /* Friday 12:40 (lunch): response 2 h wall clock → 14:40. Resolution 3 working
   * days of 480 business minutes = 1440 business minutes from the next opening
   * (13:30 Friday): Fri 13:30–18:00 = 270, Mon 480 (750), Tue 480 (1230), Wed
   * 08:30–12:00 = 210 → 1440 at Wednesday 12:00 = 2025-11-26 04:00 UTC. */
  g_assert_cmpint (ct_record_get_int (r, "due_response_at"), ==, CT_TEST_NOW + 2 * HOUR);
  g_assert_cmpint (ct_record_get_int (r, "due_resolution_at"), ==, 1764129600);
}

static void
test_full_lifecycle (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = new_ticket (f, "repair", "emergency", "水电");
  g_autoptr(GPtrArray) events = NULL;
  const char *expected[] = { "created", "accepted", "dispatched", "arrived", "paused", "resumed",
                             "resolved", "visited", "archived" };
  CtRecord *r = CT_RECORD (t);
  gint64 due = ct_record_get_int (r, "due_resolution_at");

  advance (f, 5 * MINUTE);
  g_assert_true (ct_ticket_store_accept (f->store, t, "客服小张", &error));
  g_assert_cmpint (ct_record_get_int (r, "accepted_at"), ==, CT_TEST_NOW + 5 * MINUTE);
  g_assert_true (ct_ticket_store_dispatch (f->store, t, f->engineering,
                                           ct_record_get_id (CT_RECORD (f->wang)), "客服小张",
                                           &error));
  g_assert_cmpstr (ct_ticket_get_status (t), ==, "dispatched");
  advance (f, 20 * MINUTE);
  g_assert_true (ct_ticket_store_arrive (f->store, t, "王师傅", &error));
  g_assert_cmpstr (ct_ticket_get_status (t), ==, "in_progress");
  g_assert_true (ct_ticket_store_pause (f->store, t, "等配件", "王师傅", &error));
  g_assert_cmpstr (ct_ticket_get_status (t), ==, "paused");
  g_assert_no_error (error);
  /* Paused across the night: 18 hours do not count on a 24×7 clock. */
  advance (f, 18 * HOUR);
  g_assert_true (ct_ticket_store_resume (f->store, t, "王师傅", &error));
  g_assert_cmpint (ct_record_get_int (r, "due_resolution_at"), ==, due + 18 * HOUR);
  g_assert_cmpint (ct_record_get_int (r, "paused_at"), ==, 0);
  g_assert_true (ct_ticket_store_resolve (f->store, t, "更换角阀", "王师傅", &error));
  g_assert_cmpstr (ct_record_get_string (r, "resolution_note"), ==, "更换角阀");
  g_assert_true (ct_ticket_store_visit (f->store, t, 5, "师傅很专业", "回访员", &error));
  g_assert_cmpint (ct_record_get_int (r, "satisfaction"), ==, 5);
  g_assert_true (ct_ticket_store_archive (f->store, t, "客服小张", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_ticket_get_status (t), ==, "archived");

  events = ct_ticket_store_list_events (f->store, ct_record_get_id (r), &error);
  g_assert_cmpuint (events->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < events->len; i++)
    g_assert_cmpstr (((CtTicketEvent *) events->pdata[i])->type, ==, expected[i]);
  {
    g_autofree char *summary = ct_ticket_event_dup_summary (events->pdata[4]);
    g_assert_nonnull (strstr (summary, "等配件"));
  }
  /* Reopened from disk, the ticket is what the store says. */
  {
    g_autoptr(CtTicket) back = ct_ticket_store_load (f->store, ct_record_get_id (r), &error);
    g_assert_true (ct_record_equal_values (CT_RECORD (back), r));
    g_assert_cmpint (ct_record_get_version (CT_RECORD (back)), ==, ct_record_get_version (r));
  }
}

static void
test_refused_transitions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = new_ticket (f, "repair", "routine", "门窗");
  g_autoptr(CtRecord) before = ct_record_copy (CT_RECORD (t));

  g_assert_false (ct_ticket_store_visit (f->store, t, 5, "", "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "T-2025-00001"));
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_archive (f->store, t, "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_resume (f->store, t, "x", &error));
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_pause (f->store, t, "等业主", "x", &error));
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_close (f->store, t, "cancelled", "  ", "x", &error));
  g_assert_nonnull (strstr (error->message, "reason"));
  g_clear_error (&error);
  /* Nothing of the refusals reached the ticket, the file or the timeline. */
  g_assert_true (ct_record_equal_values (CT_RECORD (t), before));
  g_assert_cmpint (ct_record_get_version (CT_RECORD (t)), ==, 1);
  {
    g_autoptr(CtTicket) back = ct_ticket_store_load (f->store, ct_record_get_id (before), NULL);
    g_assert_cmpint (ct_record_get_version (CT_RECORD (back)), ==, 1);
  }
  g_assert_cmpuint (count_events (f, t, NULL), ==, 1);
}

static void
test_reopen_and_cancel (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = new_ticket (f, "repair", "routine", "管道疏通");
  g_autoptr(CtTicket) other = new_ticket (f, "consultation", "", "物业费");

  g_assert_true (ct_ticket_store_resolve (f->store, t, "已疏通", "王师傅", &error));
  /* Resolving straight from new records the response too. */
  g_assert_cmpint (ct_record_get_int (CT_RECORD (t), "accepted_at"), ==, CT_TEST_NOW);
  g_assert_true (ct_ticket_store_reopen (f->store, t, "又堵了", "客服小张", &error));
  g_assert_cmpstr (ct_ticket_get_status (t), ==, "in_progress");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (t), "reopened_count"), ==, 1);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (t), "resolved_at"), ==, 0);
  g_assert_true (ct_ticket_store_close (f->store, other, "invalid", "重复来电", "客服小张", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_ticket_get_status (other), ==, "invalid");
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (other), "close_reason"), ==, "重复来电");
  g_assert_false (ct_ticket_store_reopen (f->store, other, "x", "x", &error));
}

static void
test_repeat_complaints (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CtTicket) first = new_ticket (f, "complaint", "", "噪音");
  g_autoptr(CtTicket) other_category = NULL;
  g_autoptr(CtTicket) repeat = NULL;
  g_autoptr(CtTicket) later = NULL;
  g_autoptr(GPtrArray) links = NULL;

  advance (f, 10 * DAY);
  other_category = new_ticket (f, "complaint", "", "停车");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (other_category), "repeat_of_id"), ==, 0);
  repeat = new_ticket (f, "complaint", "", "噪音");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (repeat), "repeat_of_id"), ==,
                   ct_record_get_id (CT_RECORD (first)));
  links = ct_ticket_store_list_links (f->store, ct_record_get_id (CT_RECORD (repeat)), NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpstr (((CtTicketLink *) links->pdata[0])->type, ==, "repeat");
  g_assert_cmpstr (((CtTicketLink *) links->pdata[0])->other_code, ==,
                   ct_ticket_get_code (first));
  /* 31 days after the last one: not a repeat any more. */
  advance (f, 31 * DAY);
  later = new_ticket (f, "complaint", "", "噪音");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (later), "repeat_of_id"), ==, 0);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = new_ticket (f, "repair", "routine", "门窗");
  g_autoptr(CtTicket) mine = ct_ticket_store_load (f->store, ct_record_get_id (CT_RECORD (t)), NULL);
  g_autoptr(CtTicket) theirs = ct_ticket_store_load (f->store, ct_record_get_id (CT_RECORD (t)), NULL);
  g_autoptr(CtTicket) back = NULL;

  ct_record_set_string (CT_RECORD (theirs), "description", "窗户关不上");
  g_assert_true (ct_ticket_store_edit (f->store, theirs, "李强", &error));
  g_assert_no_error (error);
  ct_record_set_string (CT_RECORD (mine), "description", "窗户漏风");
  g_assert_false (ct_ticket_store_edit (f->store, mine, "王芳", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_accept (f->store, mine, "王芳", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT);
  g_assert_cmpstr (ct_ticket_get_status (mine), ==, "new");

  back = ct_ticket_store_load (f->store, ct_record_get_id (CT_RECORD (t)), NULL);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (back), "description"), ==, "窗户关不上");
  g_assert_cmpstr (ct_ticket_get_status (back), ==, "new");
  /* The search index follows the edit that won. */
  g_assert_cmpint (search_count (f, "关不上"), ==, 1);
  g_assert_cmpint (search_count (f, "天花板"), ==, 0);
  g_assert_cmpint (search_count (f, "漏风"), ==, 0);
}

static void
test_link_and_merge (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) a = new_ticket (f, "repair", "routine", "电梯");
  g_autoptr(CtTicket) b = new_ticket (f, "repair", "routine", "电梯");
  g_autoptr(CtTicket) c = new_ticket (f, "repair", "routine", "电梯");
  g_autoptr(GPtrArray) links = NULL;

  g_assert_true (ct_ticket_store_link (f->store, a, c, "related", "x", &error));
  g_assert_false (ct_ticket_store_link (f->store, a, a, "related", "x", &error));
  g_clear_error (&error);
  g_assert_true (ct_ticket_store_merge (f->store, b, a, "客服小张", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_ticket_get_status (b), ==, "invalid");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (b), "merged_into_id"), ==,
                   ct_record_get_id (CT_RECORD (a)));
  g_assert_nonnull (strstr (ct_record_get_string (CT_RECORD (b), "close_reason"),
                            ct_ticket_get_code (a)));
  links = ct_ticket_store_list_links (f->store, ct_record_get_id (CT_RECORD (a)), NULL);
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpuint (count_events (f, a, "note"), ==, 1);
  /* A closed ticket cannot be merged again, and the refusal changes nothing. */
  g_assert_false (ct_ticket_store_merge (f->store, b, c, "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (b), "merged_into_id"), ==,
                   ct_record_get_id (CT_RECORD (a)));
}

static gboolean
not_li (CtStaff    *staff,
        const char *kind,
        gpointer    user_data)
{
  return !g_str_equal (ct_record_get_string (CT_RECORD (staff), "name"), user_data);
}

static void
test_suggest_assignee (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = new_ticket (f, "repair", "routine", "水电");
  gint64 site = ct_record_get_id (CT_RECORD (f->site));
  g_autoptr(CtRecord) left = NULL;

  /* Both idle: the first by id. */
  g_assert_true (ct_ticket_store_suggest_assignee (f->store, f->engineering, site, "repair")
                 == f->wang);
  g_assert_true (ct_ticket_store_dispatch (f->store, t, f->engineering,
                                           ct_record_get_id (CT_RECORD (f->wang)), "x", &error));
  /* 王师傅 has one open ticket now: 李师傅 has the least load. */
  g_assert_true (ct_ticket_store_suggest_assignee (f->store, f->engineering, site, "repair")
                 == f->li);
  /* The eligibility hook (training) can rule someone out. */
  ct_ticket_store_set_eligibility_func (f->store, not_li, (gpointer) "李师傅", NULL);
  g_assert_true (ct_ticket_store_suggest_assignee (f->store, f->engineering, site, "repair")
                 == f->wang);
  ct_ticket_store_set_eligibility_func (f->store, NULL, NULL, NULL);
  /* Staff who left are never suggested nor dispatched. */
  left = ct_record_copy (CT_RECORD (f->li));
  ct_record_set_string (left, "status", "left");
  g_assert_true (ct_record_store_update (ct_organisation_get_staff (f->base.org), left, "x",
                                         &error));
  g_assert_true (ct_ticket_store_suggest_assignee (f->store, f->engineering, site, "repair")
                 == f->wang);
  g_assert_false (ct_ticket_store_dispatch (f->store, t, f->engineering,
                                            ct_record_get_id (left), "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_null (ct_ticket_store_suggest_assignee (f->store, f->service, site, "repair"));
}

static void
test_overdue_sweep (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) late = new_ticket (f, "repair", "emergency", "水电");
  g_autoptr(CtTicket) paused = new_ticket (f, "repair", "routine", "门窗");
  g_autoptr(GPtrArray) swept = NULL;
  gint64 deadline;

  g_assert_true (ct_ticket_store_accept (f->store, paused, "x", &error));
  g_assert_true (ct_ticket_store_dispatch (f->store, paused, f->engineering, 0, "x", &error));
  g_assert_true (ct_ticket_store_pause (f->store, paused, "等业主", "x", &error));
  g_assert_cmpuint (ct_ticket_store_count_overdue (f->store, ct_clock_now (f->base.clock)), ==, 0);
  g_assert_cmpint (ct_ticket_sla_state (late, ct_clock_now (f->base.clock), &deadline), ==,
                   CT_SLA_STATE_ON_TIME);
  g_assert_cmpint (deadline, ==, CT_TEST_NOW + 15 * MINUTE);
  /* 3 of 15 minutes left: less than a quarter. */
  advance (f, 12 * MINUTE);
  g_assert_cmpint (ct_ticket_sla_state (late, ct_clock_now (f->base.clock), NULL), ==,
                   CT_SLA_STATE_DUE_SOON);
  g_assert_cmpint (ct_ticket_sla_state (paused, ct_clock_now (f->base.clock), NULL), ==,
                   CT_SLA_STATE_PAUSED);

  /* 16 minutes after creation the emergency repair missed its response; the
   * paused one does not count. */
  advance (f, 4 * MINUTE);
  g_assert_cmpuint (ct_ticket_store_count_overdue (f->store, ct_clock_now (f->base.clock)), ==, 1);
  swept = ct_ticket_store_sweep_overdue (f->store, "sla-sweep", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (swept->len, ==, 1);
  g_assert_cmpstr (ct_ticket_get_code (swept->pdata[0]), ==, ct_ticket_get_code (late));
  g_assert_cmpint (ct_ticket_sla_state (swept->pdata[0], ct_clock_now (f->base.clock), NULL), ==,
                   CT_SLA_STATE_OVERDUE);
  g_clear_pointer (&swept, g_ptr_array_unref);
  /* Marked once: the next sweep finds nothing new. */
  swept = ct_ticket_store_sweep_overdue (f->store, "sla-sweep", &error);
  g_assert_cmpuint (swept->len, ==, 0);
  g_assert_cmpuint (count_events (f, late, "overdue"), ==, 1);
  /* The sweep does not bump the version: the user's copy is still current, and
   * saving it keeps the mark (no second notification). */
  g_assert_true (ct_ticket_store_accept (f->store, late, "x", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (late), "overdue_at"), ==,
                   ct_clock_now (f->base.clock));
  /* Accepted late and arrival still due: it stays overdue (arrival 30 min
   * passed at 31 min) … */
  advance (f, 15 * MINUTE);
  g_assert_cmpint (ct_ticket_sla_state (late, ct_clock_now (f->base.clock), NULL), ==,
                   CT_SLA_STATE_OVERDUE);
  /* … until the missed arrival is recorded: then only resolution is ahead, and
   * a late response alone does not make an open ticket overdue. */
  g_assert_true (ct_ticket_store_dispatch (f->store, late, f->engineering, 0, "x", &error));
  g_assert_true (ct_ticket_store_arrive (f->store, late, "x", &error));
  g_assert_cmpint (ct_ticket_sla_state (late, ct_clock_now (f->base.clock), &deadline), ==,
                   CT_SLA_STATE_ON_TIME);
  g_assert_cmpint (deadline, ==, CT_TEST_NOW + 12 * HOUR);
  g_assert_cmpuint (ct_ticket_store_count_overdue (f->store, ct_clock_now (f->base.clock)), ==, 0);
  g_assert_true (ct_ticket_store_resolve (f->store, late, "", "x", &error));
  g_assert_cmpint (ct_ticket_sla_state (late, ct_clock_now (f->base.clock), NULL), ==,
                   CT_SLA_STATE_MISSED);
  g_clear_pointer (&swept, g_ptr_array_unref);
  swept = ct_ticket_store_sweep_overdue (f->store, "sla-sweep", &error);
  g_assert_cmpuint (swept->len, ==, 0);
}

static void
test_policy_change (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) open = new_ticket (f, "repair", "routine", "水电");
  g_autoptr(CtTicket) done = new_ticket (f, "repair", "routine", "水电");
  g_autoptr(CtTicket) back = NULL;
  g_autoptr(CtRecord) policy = NULL;
  CtRecordStore *policies = ct_ticket_store_get_policies (f->store);

  g_assert_true (ct_ticket_store_resolve (f->store, done, "", "x", &error));
  policy = ct_record_copy (CT_RECORD (ct_sla_find_policy (policies, "repair", "routine")));
  ct_record_set_int (policy, "resolution_target", 12 * 60);
  g_assert_true (ct_record_store_update (policies, policy, "admin", &error));
  g_assert_cmpuint (ct_ticket_store_apply_policy (f->store, CT_SLA_POLICY (policy), "admin",
                                                  &error), ==, 1);
  g_assert_no_error (error);
  back = ct_ticket_store_load (f->store, ct_record_get_id (CT_RECORD (open)), NULL);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (back), "due_resolution_at"), ==,
                   CT_TEST_NOW + 12 * HOUR);
  g_assert_cmpuint (count_events (f, back, "deadlines"), ==, 1);
}

static void
test_appointment_needs_time (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = ct_ticket_new ("repair", "安装晾衣架");
  g_autoptr(CtTicket) ok = NULL;

  g_object_set (t, "repair_class", "appointment", "site_id", ct_record_get_id (CT_RECORD (f->site)),
                NULL);
  g_assert_false (ct_ticket_store_create (f->store, t, "x", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (t)), ==, 0);
  g_assert_cmpstr (ct_ticket_get_code (t), ==, "");
  g_clear_error (&error);

  /* Appointment tomorrow 10:00 local (02:00 UTC): on site by then, resolved 24 h later. */
  ok = ct_ticket_new ("repair", "安装晾衣架");
  g_object_set (ok, "repair_class", "appointment", "site_id", ct_record_get_id (CT_RECORD (f->site)),
                "appointment_at", (gint64) 1763776800, NULL);
  g_assert_true (ct_ticket_store_create (f->store, ok, "x", &error));
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ok), "due_arrival_at"), ==, 1763776800);
  g_assert_cmpint (ct_record_get_int (CT_RECORD (ok), "due_resolution_at"), ==, 1763776800 + DAY);
  /* The failed attempt used no ticket number. */
  g_assert_cmpstr (ct_ticket_get_code (ok), ==, "T-2025-00001");
}

static void
test_imported_history (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) t = ct_ticket_new ("repair", "电梯异响");
  g_autoptr(GPtrArray) events = NULL;
  gint64 created = CT_TEST_NOW - 10 * DAY;

  g_object_set (t, "repair_class", "routine", "site_id", ct_record_get_id (CT_RECORD (f->site)),
                "status", "visited", "accepted_at", created + 5 * MINUTE,
                "resolved_at", created + 3 * HOUR, "visited_at", created + DAY,
                "satisfaction", (gint64) 4, NULL);
  ct_record_set_meta (CT_RECORD (t), 0, 0, created, 0);
  g_assert_true (ct_ticket_store_create (f->store, t, "import", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_record_get_created_at (CT_RECORD (t)), ==, created);
  /* Deadlines count from the historical creation time. */
  g_assert_cmpint (ct_record_get_int (CT_RECORD (t), "due_resolution_at"), ==, created + DAY);

  /* The timeline is rebuilt from the timestamps, at their times. */
  events = ct_ticket_store_list_events (f->store, ct_record_get_id (CT_RECORD (t)), &error);
  g_assert_cmpuint (events->len, ==, 4);
  g_assert_cmpstr (((CtTicketEvent *) events->pdata[0])->type, ==, "created");
  g_assert_cmpint (((CtTicketEvent *) events->pdata[0])->at, ==, created);
  g_assert_cmpstr (((CtTicketEvent *) events->pdata[2])->type, ==, "resolved");
  g_assert_cmpint (((CtTicketEvent *) events->pdata[2])->at, ==, created + 3 * HOUR);
  g_assert_cmpstr (((CtTicketEvent *) events->pdata[3])->reason, ==, "4");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/tickets/create", test_create);
  ADD ("/tickets/complaint-business-deadline", test_complaint_business_deadline);
  ADD ("/tickets/full-lifecycle", test_full_lifecycle);
  ADD ("/tickets/refused-transitions", test_refused_transitions);
  ADD ("/tickets/reopen-and-cancel", test_reopen_and_cancel);
  ADD ("/tickets/repeat-complaints", test_repeat_complaints);
  ADD ("/tickets/conflict", test_conflict);
  ADD ("/tickets/link-and-merge", test_link_and_merge);
  ADD ("/tickets/suggest-assignee", test_suggest_assignee);
  ADD ("/tickets/overdue-sweep", test_overdue_sweep);
  ADD ("/tickets/policy-change", test_policy_change);
  ADD ("/tickets/appointment-needs-time", test_appointment_needs_time);
  ADD ("/tickets/imported-history", test_imported_history);
#undef ADD

  return g_test_run ();
}
