/* ct-ticket-search.c — which tickets a search text finds: the trigram index
 * for three characters or more, a bounded LIKE for one or two
 *
 * The trigram tokenizer indexes every three-character run of title,
 * description, address and reporter, so a quoted phrase of three or more
 * characters matches any substring (Chinese included) through the index.
 * Shorter texts have no trigram: they are looked for with LIKE in the title,
 * address and reporter of the newest CT_TICKET_SHORT_SEARCH_ROWS tickets, a
 * scan of bounded cost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-search"

#include "config.h"

#include "ct-database-private.h"
#include "ct-ticket-query-private.h"

/* Names of the temporary tables that hold search results, free for reuse
 * (their statements stay cached in the database). */
typedef struct
{
  guint      last;
  GPtrArray *names;
} TablePool;

#define TABLE_POOL_KEY "ct-ticket-search-tables"

static void
table_pool_free (gpointer data)
{
  TablePool *pool = data;

  g_ptr_array_unref (pool->names);
  g_free (pool);
}

/* The search text without surrounding blanks, valid UTF-8. */
static char *
dup_text (const char *search)
{
  return g_strstrip (g_utf8_make_valid (search != NULL ? search : "", -1));
}

/* A phrase for FTS5: the text in double quotes, its own quotes doubled. */
static char *
fts_phrase (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\"", -1);
  g_autofree char *joined = g_strjoinv ("\"\"", parts);

  return g_strconcat ("\"", joined, "\"", NULL);
}

/* "%text%" for LIKE … ESCAPE '\'. */
static char *
like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

gboolean
ct_ticket_search_is_blank (const char *search)
{
  g_autofree char *text = dup_text (search);

  return *text == '\0';
}

char *
ct_ticket_search_dup_sql (const char *search,
                          GPtrArray  *values)
{
  g_autofree char *text = dup_text (search);
  glong length = g_utf8_strlen (text, -1);

  g_return_val_if_fail (values != NULL, NULL);

  if (length == 0)
    return NULL;
  if (length >= 3)
    {
      g_ptr_array_add (values, fts_phrase (text));
      return g_strdup ("SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?");
    }
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (values, like_pattern (text));
  return g_strdup_printf ("SELECT id FROM (SELECT id, title, address, reporter FROM tickets "
                          "ORDER BY created_at DESC, id DESC LIMIT %d) AS recent "
                          "WHERE title LIKE ? ESCAPE '\\' OR address LIKE ? ESCAPE '\\' "
                          "OR reporter LIKE ? ESCAPE '\\'", CT_TICKET_SHORT_SEARCH_ROWS);
}

static gboolean
run (CtDatabase  *db,
     const char  *sql,
     GPtrArray   *values,
     GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; values != NULL && i < values->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, g_ptr_array_index (values, i), -1, SQLITE_TRANSIENT);
  return ct_database_step_done (db, stmt, error);
}

gboolean
ct_ticket_search_fill (CtDatabase  *db,
                       const char  *search,
                       const char  *table,
                       GError     **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *select = ct_ticket_search_dup_sql (search, values);
  g_autofree char *create = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *fill = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (table != NULL, FALSE);

  create = g_strdup_printf ("CREATE TEMP TABLE IF NOT EXISTS %s (id INTEGER PRIMARY KEY)", table);
  empty = g_strdup_printf ("DELETE FROM %s", table);
  if (!run (db, create, NULL, error) || !run (db, empty, NULL, error))
    return FALSE;
  if (select == NULL)
    return TRUE;
  fill = g_strdup_printf ("INSERT OR IGNORE INTO %s (id) %s", table, select);
  return run (db, fill, values, error);
}

char *
ct_ticket_search_acquire_table (CtDatabase *db)
{
  TablePool *pool = g_object_get_data (G_OBJECT (db), TABLE_POOL_KEY);

  if (pool == NULL)
    {
      pool = g_new0 (TablePool, 1);
      pool->names = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (G_OBJECT (db), TABLE_POOL_KEY, pool, table_pool_free);
    }
  if (pool->names->len > 0)
    return g_ptr_array_steal_index (pool->names, pool->names->len - 1);
  return g_strdup_printf ("temp.ct_ticket_search_%u", ++pool->last);
}

void
ct_ticket_search_release_table (CtDatabase *db,
                                char       *table)
{
  TablePool *pool = g_object_get_data (G_OBJECT (db), TABLE_POOL_KEY);
  g_autoptr(GError) error = NULL;

  if (!ct_ticket_search_fill (db, NULL, table, &error))
    g_warning ("Cannot empty the search results: %s", error->message);
  g_ptr_array_add (pool->names, table);
}
