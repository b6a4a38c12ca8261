/* test-migrate.c — numbered migrations: backup first, all in one transaction
 *
 * Uses test migrations (tests/core/migrations) compiled into their own
 * resource: /test/good adds schema 2, /test/broken fails half-way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "ct-error.h"
#include "ct-organisation.h"
#include "ct-schema.h"
#include "ct-test-util.h"

typedef CtTestFixture Fixture;

/* The schema version of the built-in migrations. */
static int builtin;
static char *builtin_text;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtSite) site = ct_site_new ("CH", "翠湖花园");

  ct_test_fixture_set_up (f, "ct-migrate-XXXXXX", "old.db");

  /* A file of this build's schema with one site, made by the built-in migrations. */
  ct_schema_set_extra_migrations (NULL);
  builtin = ct_database_latest_schema_version ();
  builtin_text = g_strdup_printf ("%d", builtin);
  db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  g_assert_cmpint (ct_database_get_schema_version (db), ==, builtin);
  org = ct_organisation_new (db, &error);
  g_assert_true (ct_record_store_insert (ct_organisation_get_sites (org), CT_RECORD (site),
                                         "test", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_schema_set_extra_migrations (NULL);
  g_clear_pointer (&builtin_text, g_free);
  ct_test_fixture_tear_down (f);
}

static char *
raw_text (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static void
test_migrate_with_backup (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *note = NULL;
  g_autofree char *old_version = NULL;

  ct_schema_set_extra_migrations ("/test/good");
  g_assert_cmpint (ct_database_latest_schema_version (), ==, 9001);
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ct_database_get_schema_version (db), ==, 9001);

  /* The file was backed up before the migration, as it was. */
  backup = g_strdup (ct_database_get_migration_backup (db));
  g_assert_nonnull (backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  old_version = raw_text (backup, "PRAGMA user_version");
  g_assert_cmpstr (old_version, ==, builtin_text);

  /* The migration kept the data and the schema audit accepts the result. */
  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&db);
  note = raw_text (f->path, "SELECT note FROM site_notes");
  g_assert_cmpstr (note, ==, "migrated 翠湖花园");

  /* Without the test migration the migrated file is newer than this build. */
  ct_schema_set_extra_migrations (NULL);
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_NEWER);
}

static void
test_failed_migration_changes_nothing (Fixture       *f,
                                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autofree char *version = NULL;
  g_autofree char *half = NULL;
  g_autofree char *sites = NULL;

  ct_schema_set_extra_migrations ("/test/broken");
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA);
  g_assert_nonnull (strstr (error->message, "9001-broken.sql"));
  g_clear_error (&error);

  version = raw_text (f->path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, builtin_text);
  half = raw_text (f->path, "SELECT name FROM sqlite_schema WHERE name = 'half_done'");
  g_assert_null (half);
  sites = raw_text (f->path, "SELECT count(*) FROM sites");
  g_assert_cmpstr (sites, ==, "1");

  /* The built-in schema still opens it. */
  ct_schema_set_extra_migrations (NULL);
  db = ct_database_open (f->path, 0, f->clock, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ct_database_get_schema_version (db), ==, builtin);
}

static void
test_no_migrate_flag (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autofree char *version = NULL;

  ct_schema_set_extra_migrations ("/test/good");
  db = ct_database_open (f->path, CT_DATABASE_OPEN_NO_MIGRATE, f->clock, &error);
  g_assert_null (db);
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA);
  version = raw_text (f->path, "PRAGMA user_version");
  g_assert_cmpstr (version, ==, builtin_text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/migrate/with-backup", Fixture, NULL, fixture_set_up,
              test_migrate_with_backup, fixture_tear_down);
  g_test_add ("/migrate/failure-changes-nothing", Fixture, NULL, fixture_set_up,
              test_failed_migration_changes_nothing, fixture_tear_down);
  g_test_add ("/migrate/no-migrate-flag", Fixture, NULL, fixture_set_up,
              test_no_migrate_flag, fixture_tear_down);

  return g_test_run ();
}
