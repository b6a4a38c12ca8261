/* test-hostile.c — damaged and hostile files: refused clearly, never written
 *
 * Variants of a good Caretaker file: random bytes flipped (200 variants,
 * 2,000 with CARETAKER_ROBUST_LONG=1), truncated at random sizes, a hot
 * journal of another database or garbage as its journal, an extra trigger,
 * an extra view, another program's application_id, a newer user_version, an
 * older one with an extra trigger (audited before its upgrade), a
 * text file, an empty file. Each is opened as the app opens it, in shared
 * and in local mode. It must be either
 *
 * - refused with CT_DATABASE_ERROR CORRUPT, FOREIGN, NEWER or SCHEMA and a
 *   message, and then the folder is exactly as before: the same files with
 *   the same bytes and modification times, journals included; or
 * - opened, and then the organisation loads and ct_database_check () runs
 *   (a damaged page that only a full check finds is reported there, as
 *   `caretaker-cli check` reports it).
 *
 * Never a crash: the sanitizer build runs this under ASan and UBSan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-error.h"
#include "ct-ticket-store.h"
#include "robust-util.h"

#define NOW 1763700000  /* 2025-11-21 04:40 UTC */

typedef enum { REFUSED, OPENED, OPENED_DAMAGED, N_OUTCOMES } Outcome;

static char *dir;
static char *good;    /* a small Caretaker file in DELETE journal mode */
static char *other;   /* another one, for a journal that is not the good file's */

/* name → size, modification time and SHA-256 of every file in the folder. */
static GHashTable *
snapshot (void)
{
  GHashTable *files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *sum = NULL;
      gsize length = 0;
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_file_get_contents (path, &contents, &length, NULL);
      sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
      g_hash_table_insert (files, g_strdup (name),
                           g_strdup_printf ("%" G_GINT64_FORMAT " %ld.%09ld %s",
                                            (gint64) st.st_size, (long) st.st_mtim.tv_sec,
                                            st.st_mtim.tv_nsec, sum));
    }
  return files;
}

static void
assert_same_files (GHashTable *before,
                   GHashTable *after,
                   const char *what,
                   const char *refusal)
{
  GHashTableIter iter;
  gpointer name, state;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &name, &state))
    if (g_strcmp0 (g_hash_table_lookup (after, name), state) != 0)
      g_error ("%s: refused (%s), but %s was changed", what, refusal, (char *) name);
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &name, &state))
    if (!g_hash_table_contains (before, name))
      g_error ("%s: refused (%s), but %s was created", what, refusal, (char *) name);
}

static gboolean
is_refusal (const GError *error)
{
  return error->domain == CT_DATABASE_ERROR
         && (error->code == CT_DATABASE_ERROR_CORRUPT || error->code == CT_DATABASE_ERROR_FOREIGN
             || error->code == CT_DATABASE_ERROR_NEWER || error->code == CT_DATABASE_ERROR_SCHEMA);
}

/* Opens @path as the app does and uses what it can. */
static Outcome
try_open (const char          *path,
          CtDatabaseOpenFlags  flags,
          const char          *what)
{
  g_autoptr(GHashTable) before = snapshot ();
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(CtClock) clock = ct_clock_new_fixed (NOW);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path, flags, clock, &error);
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  if (db == NULL)
    {
      if (!is_refusal (error))
        g_error ("%s: refused with %s %d: %s", what, g_quark_to_string (error->domain),
                 error->code, error->message);
      g_assert_cmpuint (strlen (error->message), >, 20);
      after = snapshot ();
      assert_same_files (before, after, what, error->message);
      return REFUSED;
    }
  /* Opened: what the app reads first must fail cleanly, if at all. */
  org = ct_organisation_new (db, &error);
  if (org == NULL && !g_error_matches (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT))
    g_error ("%s: opened, but loading failed with %s", what, error->message);
  g_clear_error (&error);
  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_no_error (error);
  return problems->len == 0 && org != NULL ? OPENED : OPENED_DAMAGED;
}

static void
write_variant (const char *path,
               const char *contents,
               gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_remove (journal);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
count (guint       *outcomes,
       const char  *path,
       const char  *what,
       guint        variant)
{
  /* Every other variant as on a network share, the rest locally. */
  outcomes[try_open (path, variant % 2 ? CT_DATABASE_OPEN_SHARED : 0, what)]++;
}

static void
report (const char  *what,
        const guint *outcomes)
{
  g_test_message ("%s: %u refused, %u opened intact, %u opened and found damaged by the check",
                  what, outcomes[REFUSED], outcomes[OPENED], outcomes[OPENED_DAMAGED]);
}

static void
test_byte_flips (void)
{
  g_autofree char *path = g_build_filename (dir, "flipped.caretaker", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);
  guint n = robust_iterations (200, 2000);
  guint outcomes[N_OUTCOMES] = { 0, };
  gsize length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autofree char *what = NULL;
      guint flips = (guint) g_rand_int_range (rand, 1, 9);
      g_autoptr(GString) where = g_string_new (NULL);

      for (guint f = 0; f < flips; f++)
        {
          guint offset = (guint) g_rand_int_range (rand, 0, (gint32) length);

          copy[offset] ^= (char) g_rand_int_range (rand, 1, 256);
          g_string_append_printf (where, " %u", offset);
        }
      what = g_strdup_printf ("variant %u (flipped at%s)", i, where->str);
      write_variant (path, copy, length);
      count (outcomes, path, what, i);
    }
  report ("byte flips", outcomes);
}

static void
test_truncated (void)
{
  g_autofree char *path = g_build_filename (dir, "truncated.caretaker", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1122);
  guint fixed[] = { 1, 50, 99, 100, 512, 4095, 4096, 4097, 8192 };
  guint n = robust_iterations (40, 400);
  guint outcomes[N_OUTCOMES] = { 0, };
  gsize length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  for (guint i = 0; i < n; i++)
    {
      gsize size = i < G_N_ELEMENTS (fixed) ? fixed[i]
                   : (gsize) g_rand_int_range (rand, 1, (gint32) length);
      g_autofree char *what = g_strdup_printf ("truncated to %" G_GSIZE_FORMAT " bytes", size);

      write_variant (path, contents, size);
      count (outcomes, path, what, i);
    }
  report ("truncations", outcomes);
}

/* The journal @from's open transaction would leave after a crash (with
 * synchronous=OFF every record counts, so it is played back in full). */
static char *
hot_journal_of (const char *from,
                gsize      *length)
{
  g_autofree char *journal = g_strconcat (from, "-journal", NULL);
  char *contents = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (from, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; "
                                     "PRAGMA cache_size = 2; BEGIN; "
                                     "UPDATE tickets SET description = description || '（已核实）';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (journal, &contents, length, NULL));
  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  return contents;
}

/* The WAL of @from with committed changes not yet copied into it. */
static char *
wal_of (const char *from,
        gsize      *length)
{
  g_autofree char *copy = g_strconcat (from, ".wal-source", NULL);
  g_autofree char *wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *contents = NULL;
  char *wal_contents = NULL;
  gsize size;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (from, &contents, &size, NULL));
  g_assert_true (g_file_set_contents (copy, contents, (gssize) size, NULL));
  g_assert_cmpint (sqlite3_open (copy, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                                     "UPDATE tickets SET description = description || '（已核实）';",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (wal, &wal_contents, length, NULL));
  sqlite3_close (db);
  g_remove (copy);
  return wal_contents;
}

/* A WAL nobody has open is played back on a copy first, like a journal:
 * another database's WAL is refused (and kept), the file's own WAL left by a
 * program that was killed opens with its change. */
static void
test_wal (void)
{
  g_autofree char *path = g_build_filename (dir, "wal.caretaker", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *own_source = g_build_filename (dir, "own-wal.caretaker", NULL);
  g_autofree char *own_source_wal = g_strconcat (own_source, "-wal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *foreign = NULL;
  g_autofree char *own = NULL;
  g_autofree char *own_wal = NULL;
  guint outcomes[N_OUTCOMES] = { 0, };
  gsize length, foreign_length, own_length, own_wal_length;
  sqlite3 *db = NULL;

  foreign = wal_of (other, &foreign_length);
  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  for (guint i = 0; i < 2; i++)
    {
      write_variant (path, contents, length);
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL),
                       ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_true (g_file_set_contents (wal, foreign, (gssize) foreign_length, NULL));
      g_assert_cmpint (try_open (path, i % 2 ? CT_DATABASE_OPEN_SHARED : 0,
                                 "another database's WAL"), ==, REFUSED);
      outcomes[REFUSED]++;
    }

  /* The file's own WAL, copied while the writer still had it open (as if it
   * had been killed): the trial passes and the change is there. */
  write_variant (own_source, contents, length);
  g_assert_cmpint (sqlite3_open (own_source, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                                     "UPDATE tickets SET description = '已派单维修' WHERE id = 1;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (g_file_get_contents (own_source, &own, &own_length, NULL));
  g_assert_true (g_file_get_contents (own_source_wal, &own_wal, &own_wal_length, NULL));
  sqlite3_close (db);
  g_remove (own_source);
  write_variant (path, own, own_length);
  g_assert_true (g_file_set_contents (wal, own_wal, (gssize) own_wal_length, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CtDatabase) opened = ct_database_open (path, 0, NULL, &error);
    sqlite3_stmt *stmt = NULL;

    g_assert_no_error (error);
    g_clear_object (&opened);
    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT description FROM tickets WHERE id = 1",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "已派单维修");
    sqlite3_finalize (stmt);
    sqlite3_close (db);
    outcomes[OPENED]++;
  }
  g_remove (wal);
  report ("WAL", outcomes);
}

static void
test_journals (void)
{
  g_autofree char *path = g_build_filename (dir, "journal.caretaker", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *foreign = NULL;
  g_autofree char *garbage = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint outcomes[N_OUTCOMES] = { 0, };
  gsize length, foreign_length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  foreign = hot_journal_of (other, &foreign_length);
  garbage = g_malloc (8192);
  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) g_rand_int_range (rand, 0, 256);

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GError) error = NULL;
      const char *what = i < 2 ? "another database's hot journal" : "garbage as the journal";

      write_variant (path, contents, length);
      g_file_set_contents (journal, i < 2 ? foreign : garbage,
                           i < 2 ? (gssize) foreign_length : 8192, &error);
      g_assert_no_error (error);
      /* Played back, the other database's pages would damage the file: it
       * is refused (and the journal kept, see try_open). Garbage is no
       * journal at all: the file opens. */
      g_assert_cmpint (try_open (path, i % 2 ? CT_DATABASE_OPEN_SHARED : 0, what),
                       ==, i < 2 ? REFUSED : OPENED);
      outcomes[i < 2 ? REFUSED : OPENED]++;
    }
  report ("journals", outcomes);
}

/* Changes a copy of the good file with a plain SQLite connection. */
static void
make_hostile (const char *path,
              const char *sql)
{
  g_autofree char *contents = NULL;
  char *message = NULL;
  sqlite3 *db = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (good, &contents, &length, NULL));
  write_variant (path, contents, length);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
test_hostile (void)
{
  g_autofree char *path = g_build_filename (dir, "hostile.caretaker", NULL);
  g_autofree char *newer = g_strdup_printf ("PRAGMA user_version = %d",
                                            ct_database_latest_schema_version () + 1);
  g_autofree char *older = g_strdup_printf ("DROP TABLE db_sessions; PRAGMA user_version = 4; "
                                            "CREATE TRIGGER audit_wipe AFTER INSERT ON tickets "
                                            "BEGIN DELETE FROM audit_log; END");
  const struct { const char *what, *sql; CtDatabaseError code; } cases[] = {
    { "an extra trigger", "CREATE TRIGGER audit_wipe AFTER INSERT ON tickets "
                          "BEGIN DELETE FROM audit_log; END", CT_DATABASE_ERROR_SCHEMA },
    { "an extra view", "CREATE VIEW everything AS SELECT * FROM tickets",
      CT_DATABASE_ERROR_SCHEMA },
    { "another program's file", "PRAGMA application_id = 1598903374", CT_DATABASE_ERROR_FOREIGN },
    { "a newer schema", newer, CT_DATABASE_ERROR_NEWER },
    /* Audited against its own version before the upgrade writes a byte. */
    { "an older schema with an extra trigger", older, CT_DATABASE_ERROR_SCHEMA },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases) * 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtDatabase) db = NULL;

      make_hostile (path, cases[i / 2].sql);
      g_assert_cmpint (try_open (path, i % 2 ? CT_DATABASE_OPEN_SHARED : 0, cases[i / 2].what),
                       ==, REFUSED);
      db = ct_database_open (path, i % 2 ? CT_DATABASE_OPEN_SHARED : 0, NULL, &error);
      g_assert_error (error, CT_DATABASE_ERROR, (int) cases[i / 2].code);
    }
}

static void
test_not_a_database (void)
{
  g_autofree char *path = g_build_filename (dir, "minutes.caretaker", NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "业主委员会会议纪要：讨论电梯维修基金的使用。\n");
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtDatabase) db = NULL;
      const char *what = i < 2 ? "a text file" : "an empty file";

      write_variant (path, text->str, i < 2 ? text->len : 0);
      g_assert_cmpint (try_open (path, i % 2 ? CT_DATABASE_OPEN_SHARED : 0, what), ==, REFUSED);
      db = ct_database_open (path, 0, NULL, &error);
      g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_CORRUPT);
    }
}

static char *
make_database (const char *name,
               const char *site_name,
               guint       n_tickets)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(CtClock) clock = ct_clock_new_fixed (NOW);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = ct_database_open (path,
                                               CT_DATABASE_OPEN_CREATE | CT_DATABASE_OPEN_SHARED,
                                               clock, &error);
  g_autoptr(CtOrganisation) org = ct_organisation_new (db, &error);
  g_autoptr(CtTicketStore) store = ct_ticket_store_new (org, &error);
  g_autoptr(CtSite) site = ct_site_new ("S1", site_name);

  g_assert_no_error (error);
  ct_organisation_ensure_default_departments (org, "setup", &error);
  g_assert_no_error (error);
  ct_record_store_insert (ct_organisation_get_sites (org), CT_RECORD (site), "setup", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n_tickets; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s 第%u号报修", site_name, i);
      g_autoptr(CtTicket) ticket = ct_ticket_new (i % 3 ? "consultation" : "complaint", title);

      ct_record_set_int (CT_RECORD (ticket), "site_id", ct_record_get_id (CT_RECORD (site)));
      ct_record_set_string (CT_RECORD (ticket), "description", "业主来电反映，需要尽快处理。");
      ct_ticket_store_create (store, ticket, "setup", &error);
      g_assert_no_error (error);
      if (i % 2)
        ct_ticket_store_accept (store, ticket, "setup", &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = cli_test_make_dir ("ct-hostile-XXXXXX");
  good = make_database ("good.caretaker", "阳光花园", 40);
  other = make_database ("other.caretaker", "翠湖苑", 60);
  g_test_add_func ("/robust/hostile/byte-flips", test_byte_flips);
  g_test_add_func ("/robust/hostile/truncated", test_truncated);
  g_test_add_func ("/robust/hostile/journals", test_journals);
  g_test_add_func ("/robust/hostile/wal", test_wal);
  g_test_add_func ("/robust/hostile/schema", test_hostile);
  g_test_add_func ("/robust/hostile/not-a-database", test_not_a_database);
  status = g_test_run ();
  cli_test_remove_dir (dir);
  g_free (dir);
  g_free (good);
  g_free (other);
  return status;
}
