/* ct-schema.c — numbered migrations from the GResource and the schema audit
 *
 * Migrations are src/core/migrations/NNNN-name.sql. The expected schema is what
 * they produce in a fresh in-memory database, so adding a migration needs no
 * other change here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-schema"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ct-error.h"
#include "ct-schema.h"

#define MIGRATIONS_PATH "/org/caretaker/Caretaker/migrations"

static const char *extra_path;

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char **) a, *(char **) b);
}

/* Sorted resource paths of the migrations: the built-in ones, then those of the
 * extra path tests may add. */
static GStrv
list_migrations (void)
{
  const char *dirs[] = { MIGRATIONS_PATH, extra_path };
  g_autoptr(GPtrArray) sql = g_ptr_array_new ();

  for (guint d = 0; d < G_N_ELEMENTS (dirs) && dirs[d]; d++)
    {
      g_auto(GStrv) names = g_resources_enumerate_children (dirs[d], 0, NULL);

      for (guint i = 0; names && names[i]; i++)
        if (g_str_has_suffix (names[i], ".sql"))
          g_ptr_array_add (sql, g_strconcat (dirs[d], "/", names[i], NULL));
    }
  g_ptr_array_sort (sql, compare_names);
  g_ptr_array_add (sql, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&sql), FALSE);
}

/* The number of migration "…/0002-tickets.sql". */
static int
migration_number (const char *path)
{
  const char *base = strrchr (path, '/');

  return atoi (base ? base + 1 : path);
}

int
ct_schema_latest_version (void)
{
  g_auto(GStrv) names = list_migrations ();
  guint n = g_strv_length (names);

  return n == 0 ? 0 : migration_number (names[n - 1]);
}

/* Runs migrations @from_version + 1 … @to_version (-1: the latest). */
static gboolean
apply_range (sqlite3  *db,
             int       from_version,
             int       to_version,
             GError  **error)
{
  g_auto(GStrv) names = list_migrations ();

  for (guint i = 0; names[i]; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *sql = NULL;
      char *errmsg = NULL;
      int number = migration_number (names[i]);

      if (number <= from_version || (to_version >= 0 && number > to_version))
        continue;
      bytes = g_resources_lookup_data (names[i], 0, error);
      if (bytes == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
        {
          g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_SCHEMA,
                       _("Upgrading the database failed in step %s: %s. Nothing was changed."),
                       strrchr (names[i], '/') + 1, errmsg);
          sqlite3_free (errmsg);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
ct_schema_apply_migrations (sqlite3  *db,
                            int       from_version,
                            GError  **error)
{
  return apply_range (db, from_version, -1, error);
}

/* type:name → sql of every object in sqlite_schema. */
static GHashTable *
read_schema (sqlite3 *db)
{
  GHashTable *objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema", -1, &stmt, NULL)
      != SQLITE_OK)
    return objects;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);

      g_hash_table_insert (objects,
                           g_strdup_printf ("%s “%s”", sqlite3_column_text (stmt, 0),
                                            sqlite3_column_text (stmt, 1)),
                           g_strdup (sql ? sql : ""));
    }
  sqlite3_finalize (stmt);
  return objects;
}

/* The schema a fresh database has at @version (-1: the latest). */
static GHashTable *
build_expected (int version)
{
  sqlite3 *mem = NULL;
  GHashTable *expected;

  sqlite3_open_v2 (":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL);
  if (!apply_range (mem, 0, version, NULL))
    g_error ("The compiled-in migrations do not apply to an empty database");
  expected = read_schema (mem);
  sqlite3_close (mem);
  return expected;
}

G_LOCK_DEFINE_STATIC (expected);
/* version → the expected schema (GHashTable), built on first use. */
static GHashTable *expected_schemas;

void
ct_schema_set_extra_migrations (const char *resource_path)
{
  G_LOCK (expected);
  extra_path = resource_path;
  g_clear_pointer (&expected_schemas, g_hash_table_unref);
  G_UNLOCK (expected);
}

GPtrArray *
ct_schema_audit_version (sqlite3 *db,
                         int      version)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GHashTable) actual = read_schema (db);
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer key, value;

  G_LOCK (expected);
  if (expected_schemas == NULL)
    expected_schemas = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                              (GDestroyNotify) g_hash_table_unref);
  expected = g_hash_table_lookup (expected_schemas, GINT_TO_POINTER (version));
  if (expected == NULL)
    {
      expected = build_expected (version);
      g_hash_table_insert (expected_schemas, GINT_TO_POINTER (version), expected);
    }
  g_hash_table_ref (expected);
  G_UNLOCK (expected);

  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *want = g_hash_table_lookup (expected, key);

      if (want == NULL)
        g_ptr_array_add (problems, g_strdup_printf (_("unexpected %s"), (char *) key));
      else if (g_strcmp0 (want, value) != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("altered %s"), (char *) key));
    }
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (actual, key))
      g_ptr_array_add (problems, g_strdup_printf (_("missing %s"), (char *) key));
  return problems;
}

GPtrArray *
ct_schema_audit (sqlite3 *db)
{
  return ct_schema_audit_version (db, -1);
}
