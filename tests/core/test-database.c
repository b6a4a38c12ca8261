/* test-database.c — create, open, refuse, audit, back up and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-organisation.h"
#include "ct-test-util.h"

#define NOW CT_TEST_NOW /* 2025-11-21 04:40 UTC */

typedef CtTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-test-XXXXXX", "test.db");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

/* Runs @sql on @path with a plain connection, outside Caretaker's checks. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *err = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &err) != SQLITE_OK)
    g_error ("%s: %s", sql, err);
  sqlite3_close (db);
}

static gint64
raw_int (CtDatabase *db,
         const char *sql)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, NULL);
  gint64 value;

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return value;
}

static CtDatabase *
create (Fixture *f)
{
  return ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
}

static void
test_create_and_reopen (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CtDatabase) db = create (f);
  g_autoptr(CtDatabase) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ct_database_get_schema_version (db), ==, ct_database_latest_schema_version ());
  g_assert_cmpint (ct_database_latest_schema_version (), >=, 1);
  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, CT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (raw_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (raw_int (db, "PRAGMA trusted_schema"), ==, 0);
  g_assert_false (ct_database_is_shared (db));
  g_assert_cmpstr (ct_database_get_journal_mode (db), ==, "wal");
  g_assert_null (ct_database_get_migration_backup (db));
  g_clear_object (&db);

  again = ct_database_open (f->path, CT_DATABASE_OPEN_DEFAULT, f->clock, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ct_database_get_schema_version (again), ==,
                   ct_database_latest_schema_version ());
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (f->path, 0, f->clock, &error);

  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_shared_mode (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (f->path,
                                               CT_DATABASE_OPEN_CREATE | CT_DATABASE_OPEN_SHARED,
                                               f->clock, &error);

  g_assert_no_error (error);
  g_assert_true (ct_database_is_shared (db));
  g_assert_cmpstr (ct_database_get_journal_mode (db), ==, "delete");
  g_assert_cmpint (raw_int (db, "PRAGMA synchronous"), ==, 2);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize len_before, len_after;

  raw_exec (f->path, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT);"
                     "INSERT INTO accounts (name) VALUES ('x');");
  g_file_get_contents (f->path, &before, &len_before, NULL);
  db = ct_database_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FOREIGN);
  g_assert_nonnull (strstr (error->message, "test.db"));
  /* The other program's file is left exactly as it was. */
  g_file_get_contents (f->path, &after, &len_after, NULL);
  g_assert_cmpmem (before, len_before, after, len_after);
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autofree char *sql = NULL;

  g_clear_object (&db);
  sql = g_strdup_printf ("PRAGMA user_version = %d", ct_database_latest_schema_version () + 1);
  raw_exec (f->path, sql);
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NEWER);
  g_assert_nonnull (strstr (error->message, "newer"));
}

static void
test_refuse_not_a_database (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;

  g_assert_true (g_file_set_contents (f->path, "site,building\n翠湖,3\n", -1, NULL));
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT);
}

static void
test_schema_audit_rejects_trigger (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);

  g_clear_object (&db);
  raw_exec (f->path, "CREATE TRIGGER evil AFTER INSERT ON sites BEGIN "
                     "DELETE FROM units; END;");
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "evil"));
}

static void
test_schema_audit_rejects_altered_table (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);

  g_clear_object (&db);
  raw_exec (f->path, "ALTER TABLE units ADD COLUMN secret TEXT");
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "units"));
}

static void
test_settings_and_audit_chain (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autofree char *tz = NULL;
  g_autofree char *expected = NULL;
  sqlite3_stmt *stmt;
  char *err = NULL;

  g_assert_null (ct_database_dup_setting (db, "company_name"));
  g_assert_true (ct_database_set_setting (db, "王芳", "company_name", "翠湖物业", &error));
  g_assert_no_error (error);
  g_assert_true (ct_database_set_setting (db, "王芳", "company_name", "锦绣物业", &error));
  tz = ct_database_dup_setting (db, "company_name");
  g_assert_cmpstr (tz, ==, "锦绣物业");

  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM audit_log"), ==, 2);
  stmt = ct_database_prepare (db, "SELECT at, actor, entity, entity_id, action, old_json, "
                                  "new_json, prev_hash, hash FROM audit_log ORDER BY id", NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, NOW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "王芳");
  g_assert_null (sqlite3_column_text (stmt, 5));
  expected = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  /* Each row's prev_hash is the hash of the row before it … */
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 7), ==, expected);
  /* … and its hash covers its content. */
  {
    g_autofree char *hash = ct_audit_row_hash (
      (const char *) sqlite3_column_text (stmt, 7), sqlite3_column_int64 (stmt, 0),
      (const char *) sqlite3_column_text (stmt, 1), (const char *) sqlite3_column_text (stmt, 2),
      sqlite3_column_int64 (stmt, 3), (const char *) sqlite3_column_text (stmt, 4),
      (const char *) sqlite3_column_text (stmt, 5), (const char *) sqlite3_column_text (stmt, 6));
    g_assert_cmpstr (hash, ==, (const char *) sqlite3_column_text (stmt, 8));
  }
  sqlite3_reset (stmt);

  /* The audit log is append-only. */
  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (db), "UPDATE audit_log SET actor = 'x'",
                                 NULL, NULL, &err), !=, SQLITE_OK);
  g_assert_nonnull (strstr (err, "append-only"));
  sqlite3_free (err);
}

static gboolean
failing_write (CtDatabase  *db,
               gpointer     user_data,
               GError     **error)
{
  g_assert_true (ct_database_in_write (db));
  g_assert_true (ct_database_set_setting (db, "test", "half", "done", error));
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, "stop");
  return FALSE;
}

static void
test_write_rolls_back (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);

  g_assert_false (ct_database_write (db, failing_write, NULL, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_false (ct_database_in_write (db));
  g_assert_null (ct_database_dup_setting (db, "half"));
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_busy_is_reported (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  sqlite3 *other = NULL;

  /* Another program holds the write lock for longer than the retry window. */
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  ct_database_set_write_retry_ms (db, 300);
  g_assert_false (ct_database_set_setting (db, "test", "k", "v", &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "Nothing was saved"));
  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);
  g_clear_error (&error);
  g_assert_true (ct_database_set_setting (db, "test", "k", "v", &error));
  g_assert_no_error (error);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_object (&db);

  /* A row that refers to a missing building, written behind Caretaker's back. */
  raw_exec (f->path, "PRAGMA foreign_keys = OFF;"
                     "INSERT INTO units (building_id, room, created_at, updated_at) "
                     "VALUES (99, '101', 0, 0);");
  db = create (f);
  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "units"));
}

static gint64
count_sites (const char *path,
             CtClock    *clock)
{
  g_autoptr(CtOrganisation) org = ct_test_reopen (path, clock);

  return ct_record_store_count (ct_organisation_get_sites (org));
}

static void
add_site (CtDatabase *db,
          const char *code,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtOrganisation) org = ct_organisation_new (db, &error);
  g_autoptr(CtSite) site = ct_site_new (code, name);

  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (org), CT_RECORD (site),
                                         "test", &error));
  g_assert_no_error (error);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *saved = NULL;

  add_site (db, "CH", "翠湖花园");
  g_assert_true (ct_database_backup (db, backup, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_IS_DIR));
  add_site (db, "JX", "锦绣华庭");
  g_clear_object (&db);
  g_assert_cmpint (count_sites (backup, f->clock), ==, 1);
  g_assert_cmpint (count_sites (f->path, f->clock), ==, 2);

  g_assert_true (ct_database_restore (backup, f->path, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (count_sites (f->path, f->clock), ==, 1);
  /* The file that was replaced is kept. */
  g_assert_cmpint (count_sites (saved, f->clock), ==, 2);
}

/* A file that is no database any more (overwritten with text): SQLite
 * cannot write into it, so the backup replaces it; the damaged file is kept. */
static void
test_restore_over_garbage (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *saved = NULL;
  g_autofree char *contents = NULL;

  add_site (db, "CH", "翠湖花园");
  g_assert_true (ct_database_backup (db, backup, &error));
  g_assert_no_error (error);
  g_clear_object (&db);
  g_assert_true (g_file_set_contents (f->path, "业主委员会会议纪要，不是数据库。\n", -1, &error));

  g_assert_true (ct_database_restore (backup, f->path, &saved, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_sites (f->path, f->clock), ==, 1);
  g_assert_true (g_file_get_contents (saved, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "业主委员会会议纪要，不是数据库。\n");
}

static void
test_restore_refuses_bad_backup (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = create (f);
  g_autofree char *bogus = g_build_filename (f->dir, "bogus.db", NULL);

  add_site (db, "CH", "翠湖花园");
  g_clear_object (&db);
  raw_exec (bogus, "CREATE TABLE t (x)");
  g_assert_false (ct_database_restore (bogus, f->path, NULL, &error));
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BACKUP);
  g_assert_cmpint (count_sites (f->path, f->clock), ==, 1);
}

/* A lock race SQLite gave up on (SQLITE_PROTOCOL) is "busy" to the user,
 * like BUSY and LOCKED: try again, nothing was saved. */
static void
test_protocol_is_busy (void)
{
  const int codes[] = { SQLITE_BUSY, SQLITE_LOCKED, SQLITE_PROTOCOL };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(GError) error = NULL;

      ct_database_set_error (NULL, codes[i], &error);
      g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_BUSY);
      g_assert_nonnull (strstr (error->message, "Nothing was saved"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/database/create-and-reopen", test_create_and_reopen);
  ADD ("/database/missing-file", test_missing_file);
  ADD ("/database/shared-mode", test_shared_mode);
  ADD ("/database/refuse-foreign", test_refuse_foreign);
  ADD ("/database/refuse-newer", test_refuse_newer);
  ADD ("/database/refuse-not-a-database", test_refuse_not_a_database);
  ADD ("/database/schema-audit/trigger", test_schema_audit_rejects_trigger);
  ADD ("/database/schema-audit/altered-table", test_schema_audit_rejects_altered_table);
  ADD ("/database/settings-and-audit-chain", test_settings_and_audit_chain);
  ADD ("/database/write-rolls-back", test_write_rolls_back);
  ADD ("/database/busy-is-reported", test_busy_is_reported);
  ADD ("/database/check", test_check);
  ADD ("/database/backup-restore", test_backup_restore);
  ADD ("/database/restore-refuses-bad-backup", test_restore_refuses_bad_backup);
  ADD ("/database/restore-over-garbage", test_restore_over_garbage);
  g_test_add_func ("/database/protocol-is-busy", test_protocol_is_busy);
#undef ADD

  return g_test_run ();
}
