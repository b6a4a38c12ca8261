/* ct-ticket-list-model-count.c — the ticket list's counts, the position of a
 * ticket, and the jump to a far page
 *
 * A far page is found with OFFSET: SQLite steps over the rows inside one
 * statement, along the sort order's index and without making result rows,
 * several times faster than reading them one by one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-list-model"

#include "config.h"

#include "ct-ticket-list-model-private.h"

#define MAX_KEYS 4

static gint64
step_count (CtTicketListModel *self,
            sqlite3_stmt      *stmt,
            GError           **error)
{
  gint64 count;
  int rc;

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

/* The rows of @segment (-1: every segment) on the @op side of @cursor, or all
 * of them without @cursor; -1 with @error set. */
static gint64
count_where (CtTicketListModel  *self,
             int                 segment,
             const CtListCursor *cursor,
             const char         *op,
             GError            **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT count(*)");
  sqlite3_stmt *stmt;

  /* All of them: along the index that counts them fastest; before a cursor:
   * along the one of the sort order. */
  ct_ticket_list_model_append_where (self, sql, segment, cursor != NULL ? op : NULL,
                                     segment < 0 && cursor == NULL
                                     ? ct_ticket_filter_get_count_index (self->filter)
                                     : ct_ticket_filter_get_walk_index (self->filter));
  if (!(stmt = ct_database_prepare (self->db, sql->str, error)))
    return -1;
  ct_ticket_list_model_bind_where (self, stmt, cursor);
  return step_count (self, stmt, error);
}

/* The rows before @cursor in the list's order. */
static gint64
count_before (CtTicketListModel  *self,
              int                 segment,
              const CtListCursor *cursor,
              GError            **error)
{
  return count_where (self, segment, cursor, self->query->descending ? ">" : "<", error);
}

gint64
ct_ticket_list_model_count (CtTicketListModel  *self,
                            GError            **error)
{
  const char *table = ct_ticket_filter_get_search_only (self->filter);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (table == NULL)
    return count_before (self, -1, NULL, error);
  /* The search alone: the ids it found are the rows, each one need not be
   * looked up in tickets. */
  sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  if (!(stmt = ct_database_prepare (self->db, sql, error)))
    return -1;
  return step_count (self, stmt, error);
}

/* The cursor just after ticket @id (its own keys); NULL when the query does
 * not show it, or with @error set. */
static CtListCursor *
cursor_of (CtTicketListModel  *self,
           gint64              id,
           GError            **error)
{
  const char *keys[MAX_KEYS];
  guint n = ct_ticket_list_model_segment_keys (self, 0, keys);
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  CtListCursor *cursor = NULL;
  sqlite3_stmt *stmt;
  int rc;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", keys[i]);
  /* By its id: SQLite looks the row up, no index needed. */
  ct_ticket_list_model_append_where (self, sql, -1, NULL, NULL);
  g_string_append (sql, ct_ticket_filter_is_empty (self->filter) ? " WHERE id = ?" : " AND id = ?");
  if (!(stmt = ct_database_prepare (self->db, sql->str, error)))
    return NULL;
  sqlite3_bind_int64 (stmt, ct_ticket_list_model_bind_where (self, stmt, NULL), id);
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
  if ((before = count_before (self, (int) cursor->segment, cursor, error)) < 0)
    return -2;
  if (cursor->segment == 1 && (earlier = count_before (self, 0, NULL, error)) < 0)
    return -2;
  return before + earlier;
}

/* The row of @segment @offset rows after @after (or its start) as a cursor;
 * NULL when the segment has fewer rows, or with @error set. */
static CtListCursor *
skip_in_segment (CtTicketListModel   *self,
                 guint                segment,
                 const CtListCursor  *after,
                 guint                offset,
                 gboolean             descending,
                 GError             **error)
{
  g_autofree char *sql = ct_ticket_list_model_select_sql (self, segment, TRUE, descending,
                                                          after != NULL);
  const char *keys[MAX_KEYS];
  CtListRow row = { NULL, segment, 0, ct_ticket_list_model_segment_keys (self, segment, keys) };
  CtListCursor *cursor = NULL;
  int rc, p;

  if (!(row.stmt = ct_database_prepare (self->db, sql, error)))
    return NULL;
  p = ct_ticket_list_model_bind_where (self, row.stmt, after);
  sqlite3_bind_int64 (row.stmt, p, 1);
  sqlite3_bind_int64 (row.stmt, p + 1, offset);
  rc = sqlite3_step (row.stmt);
  if (rc == SQLITE_ROW)
    cursor = ct_list_cursor_new_at (&row);
  else if (rc != SQLITE_DONE)
    ct_database_set_error (self->db, rc, error);
  sqlite3_reset (row.stmt);
  return cursor;
}

CtListCursor *
ct_ticket_list_model_skip (CtTicketListModel   *self,
                           const CtListCursor  *cursor,
                           guint                n_rows,
                           gboolean             reverse,
                           GError             **error)
{
  gboolean descending = !self->query->descending != !reverse;
  const CtListCursor *after = cursor->n_values > 0 ? cursor : NULL;
  guint segment = cursor->segment;

  g_return_val_if_fail (n_rows > 0, NULL);

  while (TRUE)
    {
      g_autoptr(GError) local_error = NULL;
      CtListCursor *end = skip_in_segment (self, segment, after, n_rows - 1, descending,
                                           &local_error);
      gint64 rest;

      if (end != NULL)
        return end;
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (reverse ? segment == 0 : segment + 1 >= ct_ticket_list_model_n_segments (self))
        return NULL;
      /* The segment ends first: skip its rows, go on in the next one. */
      rest = count_where (self, (int) segment, after, descending ? "<" : ">", error);
      if (rest < 0 || rest >= n_rows)   /* an error, or the rows changed meanwhile */
        return NULL;
      n_rows -= (guint) rest;
      segment = reverse ? segment - 1 : segment + 1;
      after = NULL;
    }
}
