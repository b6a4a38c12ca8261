/* ct-ticket-list-model-private.h — shared by the parts of CtTicketListModel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record-store-private.h"
#include "ct-ticket-list-model.h"
#include "ct-ticket-query-private.h"

G_BEGIN_DECLS

/* Rows are read in segments: the rows whose sort key is set, then (for a
 * nullable key) those whose key is NULL, ordered by the other keys. */
#define CT_LIST_MAX_SEGMENTS 2

/* A place in the list: just after the row whose keys are @values (the sort
 * keys of its segment, then id), or the start of @segment when @n_values is 0. */
typedef struct
{
  guint           segment;
  guint           n_values;
  sqlite3_value **values;
} CtListCursor;

struct _CtTicketListModel
{
  GObject                 parent_instance;
  CtDatabase             *db;
  CtRecordStore          *records;
  char                   *columns;      /* the record SELECT list */
  CtTicketQuery          *query;
  CtTicketFilter         *filter;
  char                   *search_table;   /* ids found by the search, or NULL */
  const CtTicketSortSpec *spec;
  guint                   n_items;
  guint                   walk_threshold;  /* rows from which pages walk the sort index */
  guint                   chunk_pages;  /* a long skip notes every chunk_pages-th page start */
  GPtrArray              *boundaries;   /* CtListCursor* where page i starts, or NULL */
  gboolean                chunks_mapped;  /* every chunk_pages-th page start noted */
  GQueue                  pages;        /* of Page, most recently used first */
  GError                 *error;
};

/* One row of a fetch: the record columns (unless keys only), then the keys
 * of @segment from @key_column on. */
typedef struct
{
  sqlite3_stmt *stmt;
  guint         segment;
  int           key_column;
  guint         n_keys;
} CtListRow;

typedef void (*CtListRowFunc) (CtTicketListModel *self,
                               const CtListRow   *row,
                               gpointer           user_data);

/* Page starts (ct-ticket-list-model-jump.c): @cursor is taken. */
void          ct_ticket_list_model_set_boundary  (CtTicketListModel  *self,
                                                  guint               index,
                                                  CtListCursor       *cursor);
/* The cursor where page @index starts: known, or found by skipping from the
 * nearest known page start before or after it, or from the end of the list,
 * whichever is closest. NULL when the rows changed under the model or with
 * @error set. */
const CtListCursor *ct_ticket_list_model_find_boundary (CtTicketListModel  *self,
                                                  guint               index,
                                                  GError            **error);

CtListCursor *ct_list_cursor_new_start   (CtTicketListModel  *self,
                                          gboolean            reverse);
/* The cursor just after @row. */
CtListCursor *ct_list_cursor_new_at      (const CtListRow    *row);
void          ct_list_cursor_free        (CtListCursor       *cursor);

/* Calls @func for up to @limit rows after @cursor (backwards from the end when
 * @reverse); with @keys_only the rows carry only the keys, else the record
 * columns first. @last receives the cursor after the last row. Returns the
 * number of rows, or -1 with @error set. */
int           ct_ticket_list_model_fetch (CtTicketListModel  *self,
                                          const CtListCursor *cursor,
                                          guint               limit,
                                          gboolean            keys_only,
                                          gboolean            reverse,
                                          CtListRowFunc       func,
                                          gpointer            user_data,
                                          CtListCursor      **last,
                                          GError            **error);
/* The cursor after the @n_rows-th row after @cursor (backwards from the end
 * when @reverse): that row's keys, read with OFFSET. NULL when there are fewer
 * rows, or with @error set. */
CtListCursor *ct_ticket_list_model_skip  (CtTicketListModel  *self,
                                          const CtListCursor *cursor,
                                          guint               n_rows,
                                          gboolean            reverse,
                                          GError            **error);
/* count(*) of the query; -1 with @error set. */
gint64        ct_ticket_list_model_count (CtTicketListModel  *self,
                                          GError            **error);
/* How many rows come before ticket @id: -1 when the query does not show it,
 * -2 with @error set. */
gint64        ct_ticket_list_model_count_before (CtTicketListModel *self,
                                          gint64              id,
                                          GError            **error);

/* The SQL pieces shared by the fetch and the counts
 * (ct-ticket-list-model-fetch.c). */
guint         ct_ticket_list_model_n_segments   (CtTicketListModel *self);
/* The key expressions of @segment, id last, into @keys; returns their number. */
guint         ct_ticket_list_model_segment_keys (CtTicketListModel *self,
                                                 guint              segment,
                                                 const char       **keys);
/* " FROM tickets [INDEXED BY @index] WHERE <filter> AND <segment (unless -1)>
 * [AND (keys) <op> (?, …)]" */
void          ct_ticket_list_model_append_where (CtTicketListModel *self,
                                                 GString           *sql,
                                                 int                segment,
                                                 const char        *keyset_op,
                                                 const char        *index);
/* "SELECT [columns, ] keys … ORDER BY keys LIMIT ? OFFSET ?", rows after a
 * cursor when @after. */
char         *ct_ticket_list_model_select_sql   (CtTicketListModel *self,
                                                 guint              segment,
                                                 gboolean           keys_only,
                                                 gboolean           descending,
                                                 gboolean           after);
/* Binds the filter, then @cursor's values (if any); returns the next parameter. */
int           ct_ticket_list_model_bind_where   (CtTicketListModel  *self,
                                                 sqlite3_stmt       *stmt,
                                                 const CtListCursor *cursor);

/* For tests: read pages along the sort index from @rows matching rows on
 * (0: always; G_MAXUINT: never); counts again. */
void          ct_ticket_list_model_set_walk_threshold (CtTicketListModel *self,
                                          guint               rows);

/* For tests: how far apart the page starts noted by a long skip are. */
void          ct_ticket_list_model_set_chunk_pages (CtTicketListModel *self,
                                          guint               pages);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtListCursor, ct_list_cursor_free)

G_END_DECLS
