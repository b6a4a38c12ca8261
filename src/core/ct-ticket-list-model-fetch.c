/* ct-ticket-list-model-fetch.c — the SQL of the ticket list: count, keyset
 * pages and positions
 *
 * A page is "the next N rows after this row's sort keys": WHERE (keys, id) >
 * (?, ?) ORDER BY keys, id LIMIT N, which walks an index instead of counting
 * through OFFSET rows. A nullable sort key (deadline, assignee) splits the
 * list in two segments — rows with the key, then rows without it, by id — each
 * read the same way (the second by the other keys), so that NULLs come last in
 * both directions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-list-model"

#include "config.h"

#include "ct-ticket-list-model-private.h"

#define MAX_KEYS 4

static guint
n_segments (CtTicketListModel *self)
{
  return self->spec->nullable ? 2 : 1;
}

/* The key expressions of @segment, id last; returns their number. The
 * segment of NULL keys does without the first key. */
static guint
segment_keys (CtTicketListModel  *self,
              guint               segment,
              const char        **keys)
{
  guint n = 0;

  for (guint i = segment; i < self->spec->n_keys; i++)
    keys[n++] = self->spec->keys[i];
  keys[n++] = "id";
  return n;
}

static void
append_list (GString     *sql,
             const char **keys,
             guint        n,
             const char  *suffix)
{
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s%s", i > 0 ? ", " : "", keys[i], suffix);
}

/* "FROM tickets WHERE <filter> AND <segment> [AND (keys) <op> (?, …)]" */
static void
append_where (CtTicketListModel *self,
              GString           *sql,
              int                segment,
              const char        *keyset_op)
{
  const char *keys[MAX_KEYS];
  guint n;

  g_string_append_printf (sql, " FROM tickets WHERE (%s)", ct_ticket_filter_get_sql (self->filter));
  if (self->spec->nullable && segment >= 0)
    g_string_append_printf (sql, " AND %s IS %s", self->spec->keys[0],
                            segment == 0 ? "NOT NULL" : "NULL");
  if (keyset_op == NULL)
    return;
  n = segment_keys (self, (guint) segment, keys);
  g_string_append (sql, " AND (");
  append_list (sql, keys, n, "");
  g_string_append_printf (sql, ") %s (", keyset_op);
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");
}

static char *
select_sql (CtTicketListModel *self,
            guint              segment,
            gboolean           keys_only,
            gboolean           descending,
            gboolean           after)
{
  const char *keys[MAX_KEYS];
  guint n = segment_keys (self, segment, keys);
  GString *sql = g_string_new ("SELECT ");

  if (!keys_only)
    g_string_append_printf (sql, "%s, ", self->columns);
  append_list (sql, keys, n, "");
  append_where (self, sql, (int) segment, after ? (descending ? "<" : ">") : NULL);
  g_string_append (sql, " ORDER BY ");
  append_list (sql, keys, n, descending ? " DESC" : "");
  g_string_append (sql, " LIMIT ?");
  return g_string_free (sql, FALSE);
}

CtListCursor *
ct_list_cursor_new_at (const CtListRow *row)
{
  CtListCursor *cursor = g_new0 (CtListCursor, 1);

  cursor->segment = row->segment;
  cursor->n_values = row->n_keys;
  cursor->values = g_new0 (sqlite3_value *, row->n_keys);
  for (guint i = 0; i < row->n_keys; i++)
    cursor->values[i] = sqlite3_value_dup (sqlite3_column_value (row->stmt,
                                                                 row->key_column + (int) i));
  return cursor;
}

/* Binds the filter, then @cursor's values; returns the next parameter. */
static int
bind_where (CtTicketListModel  *self,
            sqlite3_stmt       *stmt,
            const CtListCursor *cursor)
{
  int p = ct_ticket_filter_bind (self->filter, stmt, 1);

  for (guint i = 0; cursor != NULL && i < cursor->n_values; i++)
    sqlite3_bind_value (stmt, p++, cursor->values[i]);
  return p;
}

static int
fetch_segment (CtTicketListModel   *self,
               guint                segment,
               const CtListCursor  *after,
               guint                limit,
               gboolean             keys_only,
               gboolean             descending,
               CtListRowFunc        func,
               gpointer             user_data,
               CtListCursor       **end,
               GError             **error)
{
  g_autofree char *sql = select_sql (self, segment, keys_only, descending, after != NULL);
  const char *keys[MAX_KEYS];
  CtListRow row = { NULL, segment, 0, segment_keys (self, segment, keys) };
  guint n = 0;
  int rc;

  row.key_column = keys_only ? 0 : META_COLUMNS + (int) self->records->table->n_fields;
  if (!(row.stmt = ct_database_prepare (self->db, sql, error)))
    return -1;
  sqlite3_bind_int64 (row.stmt, bind_where (self, row.stmt, after), limit);
  while ((rc = sqlite3_step (row.stmt)) == SQLITE_ROW)
    {
      if (func != NULL)
        func (self, &row, user_data);
      if (++n == limit && end != NULL)
        *end = ct_list_cursor_new_at (&row);
    }
  sqlite3_reset (row.stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (self->db, rc, error);
      return -1;
    }
  return (int) n;
}

int
ct_ticket_list_model_fetch (CtTicketListModel   *self,
                            const CtListCursor  *cursor,
                            guint                limit,
                            gboolean             keys_only,
                            gboolean             reverse,
                            CtListRowFunc        func,
                            gpointer             user_data,
                            CtListCursor       **last,
                            GError             **error)
{
  gboolean descending = !self->query->descending != !reverse;
  g_autoptr(CtListCursor) end = NULL;
  const CtListCursor *after = cursor->n_values > 0 ? cursor : NULL;
  guint segment = cursor->segment;
  guint total = 0;

  while (total < limit)
    {
      int n = fetch_segment (self, segment, after, limit - total, keys_only, descending,
                             func, user_data, &end, error);

      if (n < 0)
        return -1;
      total += (guint) n;
      if (reverse ? segment == 0 : segment + 1 >= n_segments (self))
        break;
      segment = reverse ? segment - 1 : segment + 1;
      after = NULL;
    }
  if (last != NULL)
    *last = total == limit ? g_steal_pointer (&end) : NULL;
  return (int) total;
}

static gint64
count_where (CtTicketListModel  *self,
             int                 segment,
             const CtListCursor *before,
             GError            **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*)");
  const char *op = self->query->descending ? ">" : "<";
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  append_where (self, sql, segment, before != NULL ? op : NULL);
  if (!(stmt = ct_database_prepare (self->db, sql->str, error)))
    return -1;
  bind_where (self, stmt, before);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      ct_database_set_error (self->db, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

gint64
ct_ticket_list_model_count (CtTicketListModel  *self,
                            GError            **error)
{
  return count_where (self, -1, NULL, error);
}

/* The cursor just after ticket @id (its own keys); NULL when the query does
 * not show it, or with @error set. */
static CtListCursor *
cursor_of (CtTicketListModel  *self,
           gint64              id,
           GError            **error)
{
  const char *keys[MAX_KEYS];
  guint n = segment_keys (self, 0, keys);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  CtListCursor *cursor = NULL;
  sqlite3_stmt *stmt;
  int rc;

  append_list (sql, keys, n, "");
  append_where (self, sql, -1, NULL);
  g_string_append (sql, " AND id = ?");
  if (!(stmt = ct_database_prepare (self->db, sql->str, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, bind_where (self, stmt, NULL), id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && self->spec->nullable && sqlite3_column_type (stmt, 0) == SQLITE_NULL)
    cursor = ct_list_cursor_new_at (&(CtListRow) { stmt, 1, 1, n - 1 });   /* without key 0 */
  else if (rc == SQLITE_ROW)
    cursor = ct_list_cursor_new_at (&(CtListRow) { stmt, 0, 0, n });
  else if (rc != SQLITE_DONE)
    ct_database_set_error (self->db, rc, error);
  sqlite3_reset (stmt);
  return cursor;
}

gint64
ct_ticket_list_model_count_before (CtTicketListModel  *self,
                                   gint64              id,
                                   GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CtListCursor) cursor = cursor_of (self, id, &local_error);
  gint64 before, earlier = 0;

  if (cursor == NULL)
    {
      if (local_error == NULL)
        return -1;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return -2;
    }
  if ((before = count_where (self, (int) cursor->segment, cursor, error)) < 0)
    return -2;
  if (cursor->segment == 1 && (earlier = count_where (self, 0, NULL, error)) < 0)
    return -2;
  return before + earlier;
}

CtListCursor *
ct_list_cursor_new_start (CtTicketListModel *self,
                          gboolean           reverse)
{
  CtListCursor *cursor = g_new0 (CtListCursor, 1);

  cursor->segment = reverse ? n_segments (self) - 1 : 0;
  return cursor;
}

void
ct_list_cursor_free (CtListCursor *cursor)
{
  if (cursor == NULL)
    return;
  for (guint i = 0; i < cursor->n_values; i++)
    sqlite3_value_free (cursor->values[i]);
  g_free (cursor->values);
  g_free (cursor);
}
