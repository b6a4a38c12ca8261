/* test-change-watch.c — live refresh: two connections on one shared file;
 * what one commits, the other's watch reports (entity, id, action, actor,
 * label), never its own writes, coalesced and in batches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-change-watch.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"
#include "ct-ticket-store.h"

typedef struct
{
  CtTestFixture   base;     /* base.db, base.org: "our" app, watched */
  CtDatabase     *other_db; /* another app on the same file */
  CtOrganisation *other;
  CtChangeWatch  *watch;
  GPtrArray      *seen;     /* copies of the CtChanges of every "changed" */
  guint           n_signals;
} Fixture;

static CtChange *
copy_change (const CtChange *c)
{
  CtChange *copy = g_new0 (CtChange, 1);

  copy->entity = g_strdup (c->entity);
  copy->entity_id = c->entity_id;
  copy->action = g_strdup (c->action);
  copy->actor = g_strdup (c->actor);
  copy->at = c->at;
  copy->label = g_strdup (c->label);
  copy->n_rows = c->n_rows;
  return copy;
}

static void
changed_cb (CtChangeWatch *watch,
            GPtrArray     *changes,
            Fixture       *f)
{
  g_assert_cmpuint (changes->len, >, 0);
  f->n_signals++;
  for (guint i = 0; i < changes->len; i++)
    g_ptr_array_add (f->seen, copy_change (g_ptr_array_index (changes, i)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_fixture_set_up (&f->base, "ct-change-watch-XXXXXX", "shared.caretaker");
  f->base.db = ct_test_open (f->base.path, CT_DATABASE_OPEN_CREATE | CT_DATABASE_OPEN_SHARED,
                             f->base.clock);
  f->base.org = ct_organisation_new (f->base.db, &error);
  g_assert_no_error (error);
  ct_organisation_ensure_default_departments (f->base.org, "admin", &error);
  g_assert_no_error (error);
  f->other_db = ct_test_open (f->base.path, CT_DATABASE_OPEN_SHARED, f->base.clock);
  f->other = ct_organisation_new (f->other_db, &error);
  g_assert_no_error (error);
  f->watch = ct_change_watch_new (f->base.db);
  f->seen = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_change_free);
  g_signal_connect (f->watch, "changed", G_CALLBACK (changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->watch);
  g_clear_object (&f->other);
  g_clear_object (&f->other_db);
  g_clear_pointer (&f->seen, g_ptr_array_unref);
  ct_test_fixture_tear_down (&f->base);
}

static CtChange *
seen (Fixture *f,
      guint    i)
{
  g_assert_cmpuint (i, <, f->seen->len);
  return g_ptr_array_index (f->seen, i);
}

static CtSite *
add_site (CtOrganisation *org,
          const char     *code,
          const char     *name,
          const char     *actor)
{
  g_autoptr(GError) error = NULL;
  CtSite *site = ct_site_new (code, name);

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (org), CT_RECORD (site),
                                         actor, &error));
  g_assert_no_error (error);
  return site;
}

static void
rename_site (CtOrganisation *org,
             CtSite         *site,
             const char     *name,
             const char     *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (site));

  ct_record_set_string (copy, "name", name);
  g_assert_true (ct_record_store_update (ct_organisation_get_sites (org), copy, actor, &error));
  g_assert_no_error (error);
  ct_record_assign (CT_RECORD (site), copy);
}

static void
test_other_connection (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CtSite) site = NULL;

  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  site = add_site (f->other, "CH", "翠湖花园", "李强");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpuint (f->n_signals, ==, 1);
  g_assert_cmpstr (seen (f, 0)->entity, ==, "site");
  g_assert_cmpint (seen (f, 0)->entity_id, ==, ct_record_get_id (CT_RECORD (site)));
  g_assert_cmpstr (seen (f, 0)->action, ==, "insert");
  g_assert_cmpstr (seen (f, 0)->actor, ==, "李强");
  g_assert_cmpstr (seen (f, 0)->label, ==, "CH");
  g_assert_cmpint (seen (f, 0)->at, ==, CT_TEST_NOW);
  g_assert_cmpuint (seen (f, 0)->n_rows, ==, 1);
  /* Reported once. */
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  g_assert_cmpuint (f->n_signals, ==, 1);
}

static void
test_own_writes_not_reported (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CtSite) x = NULL;
  g_autoptr(CtSite) y = NULL;
  g_autoptr(CtSite) z = NULL;
  g_autoptr(CtSite) w = NULL;

  x = add_site (f->base.org, "X", "西区", "王芳");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  /* Ours, theirs and ours again between two polls: only theirs. */
  w = add_site (f->base.org, "W", "文华苑", "王芳");
  y = add_site (f->other, "Y", "阳光城", "李强");
  z = add_site (f->base.org, "Z", "紫荆苑", "王芳");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 0)->label, ==, "Y");
  g_assert_cmpstr (seen (f, 0)->actor, ==, "李强");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  g_assert_cmpuint (f->seen->len, ==, 1);
}

static gboolean
fail_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  if (!ct_database_audit (db, "王芳", "site", 99, "update", NULL, "{}", error))
    return FALSE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "rolled back on purpose");
  return FALSE;
}

/* Our rolled-back row's id is taken by the other app's commit, then we
 * commit: theirs is reported, ours is not. */
static void
test_own_rollback_forgotten (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CtSite) y = NULL;
  g_autoptr(CtSite) z = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_database_write (f->base.db, fail_func, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  y = add_site (f->other, "Y", "阳光城", "李强");
  z = add_site (f->base.org, "Z", "紫荆苑", "王芳");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 0)->label, ==, "Y");
}

static void
test_coalesce (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtSite) site = add_site (f->other, "CH", "翠湖花园", "李强");
  g_autoptr(CtSite) other = NULL;
  g_autoptr(GError) error = NULL;

  rename_site (f->other, site, "翠湖花园一期", "李强");
  rename_site (f->other, site, "翠湖花园二期", "张伟");
  other = add_site (f->other, "YG", "阳光城", "李强");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 2);
  /* Created then edited: still new, by the last editor. */
  g_assert_cmpstr (seen (f, 0)->label, ==, "CH");
  g_assert_cmpstr (seen (f, 0)->action, ==, "insert");
  g_assert_cmpstr (seen (f, 0)->actor, ==, "张伟");
  g_assert_cmpuint (seen (f, 0)->n_rows, ==, 3);
  g_assert_cmpstr (seen (f, 1)->label, ==, "YG");

  rename_site (f->other, site, "翠湖", "李强");
  rename_site (f->other, site, "翠湖花园", "李强");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 2)->action, ==, "update");
  g_assert_cmpuint (seen (f, 2)->n_rows, ==, 2);

  rename_site (f->other, other, "阳光城二期", "李强");
  g_assert_true (ct_record_store_delete (ct_organisation_get_sites (f->other), CT_RECORD (other),
                                         "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 3)->action, ==, "delete");
  g_assert_cmpstr (seen (f, 3)->label, ==, "YG");
}

static void
test_batches (Fixture       *f,
              gconstpointer  data)
{
  const char *codes[] = { "A1", "A2", "A3", "A4", "A5" };

  ct_change_watch_set_max_rows (f->watch, 2);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_object_unref (add_site (f->other, codes[i], codes[i], "李强"));
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 2);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 2);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  g_assert_cmpuint (f->seen->len, ==, 5);
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert_cmpstr (seen (f, i)->label, ==, codes[i]);
}

static void
test_ticket_label (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtSite) site = add_site (f->other, "CH", "翠湖花园", "admin");
  g_autoptr(CtTicketStore) store = ct_ticket_store_new (f->other, &error);
  g_autoptr(CtTicket) ticket = ct_ticket_new ("consultation", "停车费怎么交");
  const char *code;

  g_assert_no_error (error);
  g_object_set (ticket, "site_id", ct_record_get_id (CT_RECORD (site)), "reporter", "王芳",
                "phone", "13800138000", NULL);
  g_assert_true (ct_ticket_store_create (store, ticket, "客服小张", &error));
  g_assert_no_error (error);
  code = ct_ticket_get_code (ticket);
  g_assert_true (g_str_has_prefix (code, "T-"));
  ct_change_watch_poll (f->watch);
  g_ptr_array_set_size (f->seen, 0);

  /* A note's audit row carries no JSON: the code comes from the ticket. */
  g_assert_true (ct_ticket_store_add_note (store, ticket, "业主已来电确认", "李强", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 0)->entity, ==, "ticket");
  g_assert_cmpstr (seen (f, 0)->label, ==, code);
  g_assert_cmpstr (seen (f, 0)->actor, ==, "李强");

  g_assert_true (ct_ticket_store_accept (store, ticket, "张伟", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 1)->label, ==, code);
  g_assert_cmpstr (seen (f, 1)->action, ==, "update");
}

/* An idle statement left on a row holds a read lock that blocks every other
 * app's commit on a shared file: a poll releases it. */
static void
test_poll_releases_reads (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  CtSite *site;

  stmt = ct_database_prepare (f->base.db, "SELECT id FROM departments ORDER BY id", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  ct_database_set_write_retry_ms (f->other_db, 100);
  site = ct_site_new ("CH", "翠湖花园");
  g_assert_false (ct_record_store_insert (ct_organisation_get_sites (f->other), CT_RECORD (site),
                                          "李强", &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY);
  g_clear_error (&error);

  ct_change_watch_poll (f->watch);
  g_assert_false (sqlite3_stmt_busy (stmt));
  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (f->other), CT_RECORD (site),
                                         "李强", &error));
  g_assert_no_error (error);
  g_object_unref (site);
}

static gboolean
audit_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  return ct_database_audit (db, "李强", "site", 7, "update", NULL, "{\"code\":\"CH\"}", error);
}

/* While another app commits (holding the file exclusively), a poll gives up
 * quickly instead of freezing the window; the next poll catches up. */
static void
test_poll_does_not_wait (Fixture       *f,
                         gconstpointer  data)
{
  sqlite3 *other = ct_database_get_handle (f->other_db);
  g_autoptr(GError) error = NULL;
  gint64 start;

  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (ct_database_write (f->other_db, audit_func, NULL, &error));
  start = g_get_monotonic_time ();
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_assert_cmpint (sqlite3_exec (other, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 0)->label, ==, "CH");
  g_assert_cmpint (seen (f, 0)->entity_id, ==, 7);
}

/* A backup restored under the running app: one "reload everything". */
static void
test_restored_file (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (f->base.dir, "copy.caretaker", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(CtSite) a = NULL;
  g_autoptr(CtSite) b = NULL;

  g_assert_true (ct_database_backup (f->base.db, backup, &error));
  g_assert_no_error (error);
  a = add_site (f->other, "A", "安居苑", "李强");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_clear_object (&f->other);
  g_clear_object (&f->other_db);
  g_assert_true (ct_database_restore (backup, f->base.path, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 1);
  g_assert_cmpstr (seen (f, 1)->entity, ==, CT_CHANGE_ENTITY_DATABASE);
  g_assert_cmpstr (seen (f, 1)->action, ==, "restore");
  g_assert_cmpuint (ct_change_watch_poll (f->watch), ==, 0);
  g_assert_true (g_file_test (saved, G_FILE_TEST_EXISTS));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/change-watch/other-connection", test_other_connection);
  ADD ("/change-watch/own-writes-not-reported", test_own_writes_not_reported);
  ADD ("/change-watch/own-rollback-forgotten", test_own_rollback_forgotten);
  ADD ("/change-watch/coalesce", test_coalesce);
  ADD ("/change-watch/batches", test_batches);
  ADD ("/change-watch/ticket-label", test_ticket_label);
  ADD ("/change-watch/poll-releases-reads", test_poll_releases_reads);
  ADD ("/change-watch/poll-does-not-wait", test_poll_does_not_wait);
  ADD ("/change-watch/restored-file", test_restored_file);
#undef ADD

  return g_test_run ();
}
