/* ct-ticket-query-private.h — a CtTicketQuery turned into SQL, for the stores
 * and models of libcaretaker-core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "ct-database.h"
#include "ct-ticket-list-model.h"
#include "ct-ticket-query.h"

G_BEGIN_DECLS

/* The WHERE conditions of a query's filters and search over "tickets", with
 * the values to bind to their parameters, in order. With @walk, rows are to be
 * read along the index of the sort order (many match): the filters offer the
 * planner no index of their own. Without, the filters' indexes (or a search's
 * rowids) find the rows, for counting or when few match. */
typedef struct _CtTicketFilter CtTicketFilter;

CtTicketFilter *ct_ticket_filter_new      (const CtTicketQuery *query,
                                           gboolean             walk);
/* With @search_table, the filter reads the ids the search found from that
 * table (see ct_ticket_search_fill ()) instead of searching for every page. */
CtTicketFilter *ct_ticket_filter_new_full (const CtTicketQuery *query,
                                           gboolean             walk,
                                           const char          *search_table);
/* As ct_ticket_filter_new_full (), limited to the tickets the user @db acts
 * for may see (a technician: those assigned to them). Lists and exports use
 * this one. */
CtTicketFilter *ct_ticket_filter_new_for  (CtDatabase          *db,
                                           const CtTicketQuery *query,
                                           gboolean             walk,
                                           const char          *search_table);
void            ct_ticket_filter_free     (CtTicketFilter      *filter);
/* "cond AND cond …", or "1 = 1" when nothing is filtered. */
const char     *ct_ticket_filter_get_sql  (CtTicketFilter      *filter);
/* TRUE when nothing is filtered (the SQL is "1 = 1"). */
gboolean        ct_ticket_filter_is_empty (CtTicketFilter      *filter);
/* The search's temporary table when the search is the only condition (its
 * rows are then the tickets: the store keeps tickets_fts in step with them),
 * else NULL. */
const char     *ct_ticket_filter_get_search_only (CtTicketFilter *filter);
/* TRUE when the filter keeps only open tickets and the sort order's first key
 * has a partial index of the open tickets (tickets_open_created,
 * tickets_open_due, tickets_open_status): reading pages along it costs the same few rows whatever
 * the number of matches. */
gboolean        ct_ticket_filter_has_open_index (CtTicketFilter *filter);
/* With walk, that index (for "FROM tickets INDEXED BY …"), else NULL: the
 * planner, without statistics, weighs it the same as the sort key's full
 * index (narrower), which steps over every closed ticket. */
const char     *ct_ticket_filter_get_walk_index (CtTicketFilter *filter);
/* The index to count the filter's rows along: a partial index of the open
 * tickets when it keeps only those (it holds their status, kind, site,
 * department and assignee), whatever the sort; else NULL. Left to itself
 * the planner counts "open repairs" along tickets_kind, reading every repair
 * ticket: a quarter of a second at a million tickets instead of a
 * millisecond. */
const char     *ct_ticket_filter_get_count_index (CtTicketFilter *filter);
/* Binds the values to parameters @first, @first + 1, …; returns the next free
 * parameter number. */
int             ct_ticket_filter_bind     (CtTicketFilter      *filter,
                                           sqlite3_stmt        *stmt,
                                           int                  first);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketFilter, ct_ticket_filter_free)

/* The ORDER BY of a sort: its key expressions (then id as the tie-breaker,
 * always in the same direction). When @nullable, keys[0] may be NULL and those
 * rows come last in both directions, ordered by the other keys. Each sort
 * walks an index, but title and address, which have none. */
typedef struct
{
  const char *keys[3];
  guint       n_keys;
  gboolean    nullable;
} CtTicketSortSpec;

const CtTicketSortSpec *ct_ticket_sort_get_spec (CtTicketSort sort);

/* Search (ct-ticket-search.c): three characters or more through the trigram
 * index tickets_fts; one or two with LIKE in the newest
 * CT_TICKET_SHORT_SEARCH_ROWS tickets' title, address and reporter. */
gboolean        ct_ticket_search_is_blank (const char          *search);
/* "SELECT <ticket ids> …" for @search, its text values appended to @values
 * (of char *) in parameter order; NULL when @search is blank. */
char           *ct_ticket_search_dup_sql  (const char          *search,
                                           GPtrArray           *values);
/* Empties the temporary table @table (id INTEGER PRIMARY KEY), created when
 * missing, and fills it with the ids matching @search. */
gboolean        ct_ticket_search_fill     (CtDatabase          *db,
                                           const char          *search,
                                           const char          *table,
                                           GError             **error);
/* A temporary table name for ct_ticket_search_fill (), free for this @db;
 * give it back (emptied) with ct_ticket_search_release_table (). Names are
 * reused, and with them the statements cached for them. */
char           *ct_ticket_search_acquire_table (CtDatabase     *db);
void            ct_ticket_search_release_table (CtDatabase     *db,
                                                char           *table);

/* A condition on "tickets" true for open tickets, not paused, past a deadline
 * they have not met at the instant bound, CT_TICKET_OVERDUE_N_PARAMS times, to
 * its parameters (as ct_ticket_store_count_overdue () counts them). */
#define CT_TICKET_OVERDUE_N_PARAMS 3
const char     *ct_ticket_overdue_sql     (void);

G_END_DECLS
