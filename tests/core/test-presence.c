/* test-presence.c — db_sessions: two connections to one file see each other,
 * stale rows expire, leave removes, the busy message's hint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-presence.h"
#include "ct-test-util.h"

typedef struct
{
  CtTestFixture  base;
  CtClock       *clock_b;   /* the other computer's clock */
  CtDatabase    *a;
  CtDatabase    *b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (&f->base, "ct-presence-XXXXXX", "shared.caretaker");
  f->clock_b = ct_clock_new_fixed (CT_TEST_NOW);
  f->a = ct_test_open (f->base.path, CT_DATABASE_OPEN_CREATE | CT_DATABASE_OPEN_SHARED,
                       f->base.clock);
  f->b = ct_test_open (f->base.path, CT_DATABASE_OPEN_SHARED, f->clock_b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->clock_b);
  ct_test_fixture_tear_down (&f->base);
}

static void
join (CtDatabase *db,
      const char *user,
      const char *login)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_presence_join (db, user, login, &error));
  g_assert_no_error (error);
  g_assert_true (ct_presence_is_joined (db));
}

static void
heartbeat (CtDatabase *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ct_presence_heartbeat (db, &error));
  g_assert_no_error (error);
}

static GPtrArray *
others (CtDatabase *db)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = ct_presence_list_others (db, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static gint64
count_rows (CtDatabase *db)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, "SELECT count(*) FROM db_sessions", NULL);
  gint64 n;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static void
advance_both (Fixture *f,
              gint64   seconds)
{
  ct_clock_advance (f->base.clock, seconds);
  ct_clock_advance (f->clock_b, seconds);
}

static void
test_each_sees_the_other (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) seen_by_a = NULL;
  g_autoptr(GPtrArray) seen_by_b = NULL;
  CtPresence *p;

  join (f->a, "王芳", "wangfang");
  seen_by_a = others (f->a);
  g_assert_cmpuint (seen_by_a->len, ==, 0);
  join (f->b, "李强", "liqiang");
  g_clear_pointer (&seen_by_a, g_ptr_array_unref);
  seen_by_a = others (f->a);
  seen_by_b = others (f->b);
  g_assert_cmpuint (seen_by_a->len, ==, 1);
  g_assert_cmpuint (seen_by_b->len, ==, 1);
  p = g_ptr_array_index (seen_by_a, 0);
  g_assert_cmpstr (p->user, ==, "李强");
  g_assert_cmpstr (p->login, ==, "liqiang");
  g_assert_cmpstr (p->host, ==, g_get_host_name ());
  g_assert_cmpint (p->pid, ==, getpid ());
  g_assert_cmpint (p->since, ==, CT_TEST_NOW);
  p = g_ptr_array_index (seen_by_b, 0);
  g_assert_cmpstr (p->user, ==, "王芳");
  g_assert_cmpint (count_rows (f->a), ==, 2);
}

static void
test_rejoin_replaces (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = NULL;

  join (f->a, "王芳", "wangfang");
  join (f->a, "张伟", "zhangwei");
  g_assert_cmpint (count_rows (f->a), ==, 1);
  join (f->b, "李强", "liqiang");
  seen = others (f->b);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (((CtPresence *) g_ptr_array_index (seen, 0))->user, ==, "张伟");
}

static void
test_stale_rows_expire (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = NULL;

  join (f->a, "王芳", "wangfang");
  join (f->b, "李强", "liqiang");

  /* B's heartbeat is 90 s old: still present. */
  advance_both (f, 90);
  heartbeat (f->a);
  seen = others (f->a);
  g_assert_cmpuint (seen->len, ==, 1);
  g_clear_pointer (&seen, g_ptr_array_unref);

  /* 150 s without a heartbeat (B crashed): not listed, then deleted. */
  advance_both (f, 60);
  seen = others (f->a);
  g_assert_cmpuint (seen->len, ==, 0);
  g_clear_pointer (&seen, g_ptr_array_unref);
  g_assert_cmpint (count_rows (f->a), ==, 2);
  heartbeat (f->a);
  g_assert_cmpint (count_rows (f->a), ==, 1);

  /* B was only asleep: its next heartbeat brings it back. */
  heartbeat (f->b);
  g_assert_cmpint (count_rows (f->a), ==, 2);
  seen = others (f->a);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (((CtPresence *) g_ptr_array_index (seen, 0))->user, ==, "李强");
  g_assert_cmpint (((CtPresence *) g_ptr_array_index (seen, 0))->since, ==, CT_TEST_NOW);
}

static void
test_leave_removes (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  join (f->a, "王芳", "wangfang");
  join (f->b, "李强", "liqiang");
  g_assert_true (ct_presence_leave (f->b, &error));
  g_assert_no_error (error);
  g_assert_false (ct_presence_is_joined (f->b));
  seen = others (f->a);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_cmpint (count_rows (f->a), ==, 1);
  /* Leaving twice, or a heartbeat after leaving, does nothing. */
  g_assert_true (ct_presence_leave (f->b, &error));
  heartbeat (f->b);
  g_assert_cmpint (count_rows (f->a), ==, 1);
}

static void
test_sessions_are_not_audited (Fixture       *f,
                               gconstpointer  data)
{
  sqlite3_stmt *stmt;

  join (f->a, "王芳", "wangfang");
  heartbeat (f->a);
  g_assert_true (ct_presence_leave (f->a, NULL));
  stmt = ct_database_prepare (f->a, "SELECT count(*) FROM audit_log", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 0);
  sqlite3_reset (stmt);
}

static gboolean
audit_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  return ct_database_audit (db, user_data, "setting", 0, "set", NULL, "{}", error);
}

static void
test_describe_writer (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CtDatabase) c = ct_test_open (f->base.path, CT_DATABASE_OPEN_SHARED, f->base.clock);
  g_autofree char *nobody = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *writer = NULL;
  g_autofree char *expected = NULL;

  join (f->a, "王芳", "wangfang");
  nobody = ct_presence_describe_writer (f->a);
  g_assert_null (nobody);

  join (f->b, "李强", "liqiang");
  advance_both (f, 10);
  join (c, "张伟", "zhangwei");
  /* Nobody wrote yet: the newest heartbeat. */
  newest = ct_presence_describe_writer (f->a);
  expected = g_strdup_printf ("张伟 on %s", g_get_host_name ());
  g_assert_cmpstr (newest, ==, expected);

  /* 李强 (by login) wrote last: he is the likelier writer. */
  g_assert_true (ct_database_write (f->b, audit_func, (gpointer) "liqiang", NULL));
  writer = ct_presence_describe_writer (f->a);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("李强 on %s", g_get_host_name ());
  g_assert_cmpstr (writer, ==, expected);
}

/* A write refused as busy names the other app that most likely holds the
 * lock; with nobody else present it says "another user". */
static void
test_busy_names_writer (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  sqlite3 *b = ct_database_get_handle (f->b);
  sqlite3 *tool = NULL;

  join (f->a, "王芳", "wangfang");
  join (f->b, "李强", "liqiang");
  ct_database_set_write_retry_ms (f->a, 200);

  /* 李强's app is in the middle of a long save. */
  g_assert_cmpint (sqlite3_exec (b, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (ct_database_set_setting (f->a, "王芳", "company", "物业", &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY);
  expected = g_strdup_printf ("The database is busy (李强 on %s is saving). Nothing was saved; "
                              "try again in a moment.", g_get_host_name ());
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_cmpint (sqlite3_exec (b, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_clear_error (&error);

  /* He left; a tool without presence holds the lock: nobody to name. */
  g_assert_true (ct_presence_leave (f->b, NULL));
  g_assert_cmpint (sqlite3_open (f->base.path, &tool), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (tool, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (ct_database_set_setting (f->a, "王芳", "company", "物业", &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY);
  g_assert_cmpstr (error->message, ==, "The database is busy: another user is saving. "
                   "Nothing was saved; try again in a moment.");
  sqlite3_exec (tool, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (tool);
  g_clear_error (&error);

  /* Nothing was saved, and saving again works. */
  g_assert_null (ct_database_dup_setting (f->a, "company"));
  g_assert_true (ct_database_set_setting (f->a, "王芳", "company", "物业", &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/presence/each-sees-the-other", test_each_sees_the_other);
  ADD ("/presence/rejoin-replaces", test_rejoin_replaces);
  ADD ("/presence/stale-rows-expire", test_stale_rows_expire);
  ADD ("/presence/leave-removes", test_leave_removes);
  ADD ("/presence/not-audited", test_sessions_are_not_audited);
  ADD ("/presence/describe-writer", test_describe_writer);
  ADD ("/presence/busy-names-writer", test_busy_names_writer);
#undef ADD

  return g_test_run ();
}
