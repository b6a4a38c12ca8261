/* test-demo-tickets-runs.c — runs of the demo ticket generator: a seed gives
 * the same tickets every time and another seed others; a cancelled run saves
 * nothing; a file without a company is refused; a second run adds to the
 * tickets already there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "ct-database-private.h"
#include "ct-demo-tickets.h"
#include "ct-error.h"
#include "ct-test-util.h"

/* A file with the demo company and no tickets yet. */
static void
make_company (CtTestFixture *f)
{
  g_autoptr(GError) error = NULL;
  CtDemoOptions options;

  ct_test_fixture_set_up (f, "ct-demo-runs-XXXXXX", "demo.db");
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  ct_demo_options_init (&options);
  g_assert_true (ct_demo_generate_company (f->db, &options, 0, CT_TEST_NOW, NULL, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
}

static void
add_tickets (CtTestFixture *f,
             guint32        seed,
             guint          n)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_demo_generate_tickets (f->db, seed, n, CT_TEST_NOW, NULL, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
}

/* Every column of the ticket tables, one line a row. */
static char *
dump_tickets (CtDatabase *db)
{
  static const char * const queries[] = {
    "SELECT * FROM tickets ORDER BY id",
    "SELECT * FROM ticket_events ORDER BY id",
    "SELECT * FROM ticket_links ORDER BY ticket_id",
    "SELECT * FROM ticket_counters ORDER BY year",
  };

  return ct_test_dump_rows (db, queries, G_N_ELEMENTS (queries));
}

static void
test_determinism (void)
{
  CtTestFixture a, b, c;
  g_autofree char *dump_a = NULL;
  g_autofree char *dump_b = NULL;
  g_autofree char *dump_c = NULL;

  make_company (&a);
  make_company (&b);
  make_company (&c);
  add_tickets (&a, 5, 800);
  add_tickets (&b, 5, 800);
  add_tickets (&c, 6, 800);
  dump_a = dump_tickets (a.db);
  dump_b = dump_tickets (b.db);
  dump_c = dump_tickets (c.db);
  g_assert_cmpuint (strlen (dump_a), >, 100000);
  g_assert_true (g_str_equal (dump_a, dump_b));
  g_assert_false (g_str_equal (dump_a, dump_c));
  ct_test_fixture_tear_down (&a);
  ct_test_fixture_tear_down (&b);
  ct_test_fixture_tear_down (&c);
}

static void
cancel_cb (double      fraction,
           const char *message,
           gpointer    user_data)
{
  /* Well into the tickets: the first reports are at 0 and 1,024 tickets. */
  if (fraction > 0.2)
    g_cancellable_cancel (user_data);
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  const char *schema = "SELECT count(*) FROM sqlite_schema WHERE tbl_name LIKE 'ticket%'";
  CtTestFixture f;
  gint64 audit_rows, objects;

  make_company (&f);
  objects = ct_test_query_int (f.db, schema);
  audit_rows = ct_test_query_int (f.db, "SELECT count(*) FROM audit_log");
  g_assert_false (ct_demo_generate_tickets (f.db, 1, 5000, CT_TEST_NOW, cancel_cb, cancellable,
                                            cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM tickets"), ==, 0);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM ticket_events"), ==, 0);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM ticket_counters"), ==, 0);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM audit_log"), ==, audit_rows);
  g_assert_cmpint (ct_test_query_int (f.db, schema), ==, objects);

  /* Cancelled before it starts: nothing at all. */
  g_clear_error (&error);
  g_assert_false (ct_demo_generate_tickets (f.db, 1, 10, CT_TEST_NOW, NULL, NULL, cancellable,
                                            &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  ct_test_fixture_tear_down (&f);
}

static void
test_no_company (void)
{
  g_autoptr(GError) error = NULL;
  CtTestFixture f;

  ct_test_fixture_set_up (&f, "ct-demo-runs-XXXXXX", "empty.db");
  ct_test_fixture_open_organisation (&f);
  g_assert_false (ct_demo_generate_tickets (f.db, 1, 100, CT_TEST_NOW, NULL, NULL, NULL,
                                            &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "empty.db"));
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM tickets"), ==, 0);

  /* Nothing asked, nothing done. */
  g_clear_error (&error);
  g_assert_true (ct_demo_generate_tickets (f.db, 1, 0, CT_TEST_NOW, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM audit_log "
                                            "WHERE entity = 'tickets'"), ==, 0);
  ct_test_fixture_tear_down (&f);
}

/* Into a file that has tickets: the numbering goes on and the search index
 * is kept row by row. */
static void
test_more_tickets (void)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  CtTestFixture f;

  make_company (&f);
  add_tickets (&f, 1, 500);
  add_tickets (&f, 2, 400);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(DISTINCT code) FROM tickets"), ==, 900);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT sum(last) FROM ticket_counters"), ==, 900);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM audit_log "
                                            "WHERE entity = 'tickets'"), ==, 2);
  g_assert_cmpint (ct_test_query_int (f.db, "SELECT count(*) FROM tickets_fts "
                                            "WHERE tickets_fts MATCH '水龙头'"), ==,
                   ct_test_query_int (f.db, "SELECT count(*) FROM tickets "
                                            "WHERE title LIKE '%水龙头%' "
                                            "OR description LIKE '%水龙头%'"));
  stmt = ct_database_prepare (f.db, "INSERT INTO tickets_fts (tickets_fts) "
                                    "VALUES ('integrity-check')", &error);
  g_assert_no_error (error);
  g_assert_true (ct_database_step_done (f.db, stmt, &error));
  g_assert_no_error (error);
  ct_test_fixture_tear_down (&f);
}

int
main (int   argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-tickets/determinism", test_determinism);
  g_test_add_func ("/demo-tickets/cancel", test_cancel);
  g_test_add_func ("/demo-tickets/no-company", test_no_company);
  g_test_add_func ("/demo-tickets/more-tickets", test_more_tickets);
  return g_test_run ();
}
