/* robust-dump.c — what a database file holds, as one hash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "robust-dump.h"

static void
append_value (GString      *out,
              sqlite3_stmt *stmt,
              int           column)
{
  switch (sqlite3_column_type (stmt, column))
    {
    case SQLITE_INTEGER:
      g_string_append_printf (out, "i%" G_GINT64_FORMAT,
                              (gint64) sqlite3_column_int64 (stmt, column));
      break;
    case SQLITE_FLOAT:
      g_string_append_printf (out, "f%.17g", sqlite3_column_double (stmt, column));
      break;
    case SQLITE_TEXT:
      g_string_append_printf (out, "t%d:", sqlite3_column_bytes (stmt, column));
      g_string_append_len (out, (const char *) sqlite3_column_text (stmt, column),
                           sqlite3_column_bytes (stmt, column));
      break;
    case SQLITE_BLOB:
      {
        const guchar *blob = sqlite3_column_blob (stmt, column);

        g_string_append_printf (out, "b%d:", sqlite3_column_bytes (stmt, column));
        for (int i = 0; i < sqlite3_column_bytes (stmt, column); i++)
          g_string_append_printf (out, "%02x", blob[i]);
      }
      break;
    case SQLITE_NULL:
    default:
      g_string_append (out, "n");
      break;
    }
  g_string_append_c (out, '|');
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The rows of @table, sorted (WITHOUT ROWID tables have no rowid to order by). */
static void
append_table (GChecksum  *sum,
              sqlite3    *db,
              const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", table);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        append_value (row, stmt, i);
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  g_ptr_array_sort (rows, compare_strings);
  g_checksum_update (sum, (const guchar *) table, -1);
  g_checksum_update (sum, (const guchar *) "\n", 1);
  for (guint i = 0; i < rows->len; i++)
    {
      g_checksum_update (sum, g_ptr_array_index (rows, i), -1);
      g_checksum_update (sum, (const guchar *) "\n", 1);
    }
}

static char *
query_text (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

char *
robust_dump_hash (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *integrity = NULL;
  g_autofree char *header = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, "unix"), ==, SQLITE_OK);
  integrity = query_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  header = query_text (db, "SELECT (SELECT application_id FROM pragma_application_id) || ' ' || "
                           "(SELECT user_version FROM pragma_user_version)");
  g_checksum_update (sum, (const guchar *) header, -1);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_schema WHERE type = 'table' "
                                       "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    append_table (sum, db, g_ptr_array_index (tables, i));
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return g_strdup (g_checksum_get_string (sum));
}

void
robust_copy_file (const char *from,
                  const char *to)
{
  static const char *const sidecars[] = { "-journal", "-wal", "-shm" };
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  for (guint i = 0; i < G_N_ELEMENTS (sidecars); i++)
    {
      g_autofree char *side = g_strconcat (to, sidecars[i], NULL);

      g_remove (side);
    }
  g_file_get_contents (from, &contents, &length, &error);
  g_assert_no_error (error);
  /* No fsync: a thousand copies must stay fast. */
  g_file_set_contents_full (to, contents, (gssize) length, G_FILE_SET_CONTENTS_NONE, 0644, &error);
  g_assert_no_error (error);
}
