/* ct-ticket-list-model-fetch.c — the SQL of the ticket list: count, keyset
 * pages and positions
 *
 * A page is "the next N rows after this row's sort keys": WHERE (keys, id) >
 * (?, ?) ORDER BY keys, id LIMIT N, which walks an index instead of counting
 * through OFFSET rows. A nullable sort key (deadline, assignee) splits the
 * list in two segments — rows with the key, then rows without it, by id — each
 * read the same way (the second by the other keys), so that NULLs come last in
 * both directions. Counting and skipping to a far page are in
 * ct-ticket-list-model-count.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-list-model"

#include "config.h"

#include "ct-ticket-list-model-private.h"

#define MAX_KEYS 4

guint
ct_ticket_list_model_n_segments (CtTicketListModel *self)
{
  return self->spec->nullable ? 2 : 1;
}

/* The key expressions of @segment, id last; returns their number. The
 * segment of NULL keys does without the first key. */
guint
ct_ticket_list_model_segment_keys (CtTicketListModel  *self,
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

/* "FROM tickets WHERE <filter> AND <segment> [AND (keys) <op> (?, …)]"; no
 * WHERE when there is no condition at all, so that count(*) counts the cells
 * of the smallest index page by page instead of stepping through its rows. */
void
ct_ticket_list_model_append_where (CtTicketListModel *self,
                                   GString           *sql,
                                   int                segment,
                                   const char        *keyset_op,
                                   const char        *index)
{
  const char *keys[MAX_KEYS];
  guint n;

  if (ct_ticket_filter_is_empty (self->filter) && keyset_op == NULL
      && !(self->spec->nullable && segment >= 0))
    {
      g_string_append (sql, " FROM tickets");
      return;
    }
  g_string_append (sql, " FROM tickets");
  if (index != NULL)
    g_string_append_printf (sql, " INDEXED BY %s", index);
  g_string_append_printf (sql, " WHERE (%s)", ct_ticket_filter_get_sql (self->filter));
  if (self->spec->nullable && segment >= 0)
    g_string_append_printf (sql, " AND %s IS %s", self->spec->keys[0],
                            segment == 0 ? "NOT NULL" : "NULL");
  if (keyset_op == NULL)
    return;
  n = ct_ticket_list_model_segment_keys (self, (guint) segment, keys);
  g_string_append (sql, " AND (");
  append_list (sql, keys, n, "");
  g_string_append_printf (sql, ") %s (", keyset_op);
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");
}

char *
ct_ticket_list_model_select_sql (CtTicketListModel *self,
            guint              segment,
            gboolean           keys_only,
            gboolean           descending,
            gboolean           after)
{
  const char *keys[MAX_KEYS];
  guint n = ct_ticket_list_model_segment_keys (self, segment, keys);
  GString *sql = g_string_new ("SELECT ");

  if (!keys_only)
    g_string_append_printf (sql, "%s, ", self->columns);
  append_list (sql, keys, n, "");
  ct_ticket_list_model_append_where (self, sql, (int) segment, after ? (descending ? "<" : ">") : NULL,
                                     ct_ticket_filter_get_walk_index (self->filter));
  g_string_append (sql, " ORDER BY ");
  append_list (sql, keys, n, descending ? " DESC" : "");
  g_string_append (sql, " LIMIT ? OFFSET ?");
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

int
ct_ticket_list_model_bind_where (CtTicketListModel  *self,
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
  g_autofree char *sql = ct_ticket_list_model_select_sql (self, segment, keys_only, descending, after != NULL);
  const char *keys[MAX_KEYS];
  CtListRow row = { NULL, segment, 0, ct_ticket_list_model_segment_keys (self, segment, keys) };
  guint n = 0;
  int rc, p;

  row.key_column = keys_only ? 0 : META_COLUMNS + (int) self->records->table->n_fields;
  if (!(row.stmt = ct_database_prepare (self->db, sql, error)))
    return -1;
  p = ct_ticket_list_model_bind_where (self, row.stmt, after);
  sqlite3_bind_int64 (row.stmt, p, limit);
  sqlite3_bind_int64 (row.stmt, p + 1, 0);
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
      if (reverse ? segment == 0 : segment + 1 >= ct_ticket_list_model_n_segments (self))
        break;
      segment = reverse ? segment - 1 : segment + 1;
      after = NULL;
    }
  if (last != NULL)
    *last = total == limit ? g_steal_pointer (&end) : NULL;
  return (int) total;
}

CtListCursor *
ct_list_cursor_new_start (CtTicketListModel *self,
                          gboolean           reverse)
{
  CtListCursor *cursor = g_new0 (CtListCursor, 1);

  cursor->segment = reverse ? ct_ticket_list_model_n_segments (self) - 1 : 0;
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
