/* ct-asset-query.c — which assets a list shows: the SQL of the filters, the
 * search and the sort orders; the counts of the location tree
 *
 * Only SQL text written here goes into statements; every value of a query is
 * bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-query"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ct-asset-query.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

/* "Due soon": within this many days of today. */
#define SOON_DAYS 30

typedef struct
{
  GString   *where;    /* "cond AND cond …" over "assets a" */
  GPtrArray *values;   /* GVariant (int64 or bytestring) per parameter, in order */
} Filter;

/* A date column compared with a bound day, for the due filters. */
#define SOON(column) "(" column " >= ? AND " column " <= ?)"

/* The columns searched, each with LIKE … ESCAPE '\'. */
static const char *const search_columns[] = {
  "a.code", "a.name", "a.manufacturer", "a.model", "a.serial", "a.registration_no",
  "a.contractor",
};

/* The earliest of the statutory inspection and the end of warranty (either
 * may be NULL), written without SQLite's two-argument min (). */
#define STATUTORY_KEY \
  "CASE WHEN a.statutory_due IS NULL OR a.warranty_until < a.statutory_due " \
  "THEN a.warranty_until ELSE a.statutory_due END"

typedef struct
{
  const char *keys[3];    /* then a.id */
  gboolean    nullable;   /* keys[0] may be NULL: those rows last */
  gboolean    locations;  /* needs the site, building and location names */
} SortSpec;

static const SortSpec sort_specs[] = {
  [CT_ASSET_SORT_CODE]          = { { "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_NAME]          = { { "a.name", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_CATEGORY]      = { { "a.category", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_LOCATION]      = { { "s.name", "b.name", "l.name" }, FALSE, TRUE },
  [CT_ASSET_SORT_STATUS]        = { { "a.status", "a.code" }, FALSE, FALSE },
  [CT_ASSET_SORT_NEXT_DUE]      = { { "a.next_due" }, TRUE, FALSE },
  [CT_ASSET_SORT_STATUTORY_DUE] = { { STATUTORY_KEY }, TRUE, FALSE },
};

static void
filter_free (Filter *filter)
{
  g_string_free (filter->where, TRUE);
  g_ptr_array_unref (filter->values);
  g_free (filter);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Filter, filter_free)

static void
add_cond (Filter     *filter,
          const char *cond)
{
  if (filter->where->len > 0)
    g_string_append (filter->where, " AND ");
  g_string_append (filter->where, cond);
}

static void
add_number (Filter *filter,
            gint64  number)
{
  g_ptr_array_add (filter->values, g_variant_ref_sink (g_variant_new_int64 (number)));
}

static void
add_text (Filter     *filter,
          const char *text)
{
  g_ptr_array_add (filter->values, g_variant_ref_sink (g_variant_new_bytestring (text)));
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "%text%" for LIKE … ESCAPE '\': the user's %, _ and \ match themselves. */
static char *
dup_like_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("%_\\", *p) != NULL)
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

static void
add_search (Filter     *filter,
            const char *search)
{
  g_autofree char *text = g_strstrip (g_utf8_make_valid (search, -1));
  g_autofree char *pattern = NULL;
  g_autoptr(GString) cond = g_string_new ("(");

  if (*text == '\0')
    return;
  pattern = dup_like_pattern (text);
  for (guint i = 0; i < G_N_ELEMENTS (search_columns); i++)
    {
      g_string_append_printf (cond, "%s%s LIKE ? ESCAPE '\\'", i > 0 ? " OR " : "",
                              search_columns[i]);
      add_text (filter, pattern);
    }
  g_string_append (cond, ")");
  add_cond (filter, cond->str);
}

/* "YYYY-MM-DD" of @date. */
static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* @today of the query, or the database clock's today in the database's zone. */
static gboolean
resolve_today (CtDatabase  *db,
               const char  *today,
               GDate       *date,
               GError     **error)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;
  unsigned y, m, d;
  char tail;

  if (today != NULL)
    {
      if (sscanf (today, "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3
          && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
        {
          g_date_set_dmy (date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
          return TRUE;
        }
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a date (YYYY-MM-DD)."), today);
      return FALSE;
    }
  if (!(tz = ct_work_calendar_load_time_zone (db, error)))
    return FALSE;
  now = ct_clock_now_utc (ct_database_get_clock (db));
  local = g_date_time_to_timezone (now, tz);
  g_date_set_dmy (date, (GDateDay) g_date_time_get_day_of_month (local),
                  (GDateMonth) g_date_time_get_month (local),
                  (GDateYear) g_date_time_get_year (local));
  return TRUE;
}

static gboolean
add_due (Filter              *filter,
         CtDatabase          *db,
         const CtAssetQuery  *query,
         GError             **error)
{
  GDate date;
  g_autofree char *today = NULL;
  g_autofree char *soon = NULL;

  if (query->due == CT_ASSET_DUE_ANY)
    return TRUE;
  if (!resolve_today (db, query->today, &date, error))
    return FALSE;
  today = format_date (&date);
  if (query->due == CT_ASSET_DUE_OVERDUE)
    {
      add_cond (filter, "(a.next_due < ? OR a.statutory_due < ?)");
      add_text (filter, today);
      add_text (filter, today);
      return TRUE;
    }
  g_date_add_days (&date, SOON_DAYS);
  soon = format_date (&date);
  add_cond (filter, "(" SOON ("a.next_due") " OR " SOON ("a.statutory_due")
                    " OR " SOON ("a.warranty_until") ")");
  for (guint i = 0; i < 3; i++)
    {
      add_text (filter, today);
      add_text (filter, soon);
    }
  return TRUE;
}

static void
add_equal_text (Filter     *filter,
                const char *cond,
                const char *value)
{
  if (!is_set (value))
    return;
  add_cond (filter, cond);
  add_text (filter, value);
}

static void
add_equal_number (Filter     *filter,
                  const char *cond,
                  gint64      value)
{
  if (value == 0)
    return;
  add_cond (filter, cond);
  add_number (filter, value);
}

static Filter *
filter_new (CtDatabase          *db,
            const CtAssetQuery  *query,
            GError             **error)
{
  g_autoptr(Filter) filter = g_new0 (Filter, 1);

  filter->where = g_string_new (NULL);
  filter->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (!query->include_retired && g_strcmp0 (query->status, "retired") != 0)
    add_cond (filter, "a.status <> 'retired'");
  add_equal_text (filter, "a.category = ?", query->category);
  add_equal_text (filter, "a.status = ?", query->status);
  add_equal_number (filter, "a.site_id = ?", query->site_id);
  add_equal_number (filter, "a.building_id = ?", query->building_id);
  add_equal_number (filter, "a.location_id IN (WITH RECURSIVE sub (id) AS (SELECT ? "
                    "UNION SELECT l.id FROM asset_locations l JOIN sub ON l.parent_id = sub.id) "
                    "SELECT id FROM sub)", query->location_id);
  if (query->search != NULL)
    add_search (filter, query->search);
  if (!add_due (filter, db, query, error))
    return NULL;
  if (filter->where->len == 0)
    add_cond (filter, "1 = 1");
  return g_steal_pointer (&filter);
}

static void
filter_bind (Filter       *filter,
             sqlite3_stmt *stmt)
{
  for (guint i = 0; i < filter->values->len; i++)
    {
      GVariant *value = g_ptr_array_index (filter->values, i);

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
        sqlite3_bind_text (stmt, (int) i + 1, g_variant_get_bytestring (value), -1,
                           SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, g_variant_get_int64 (value));
    }
}

static const SortSpec *
get_sort_spec (CtAssetSort sort)
{
  if ((guint) sort >= G_N_ELEMENTS (sort_specs))
    return &sort_specs[CT_ASSET_SORT_CODE];
  return &sort_specs[sort];
}

/* "SELECT a.id FROM … WHERE … ORDER BY …": NULL keys last in both directions,
 * the id last as the tie-breaker in the same direction. */
static char *
ids_sql (const CtAssetQuery *query,
         Filter             *filter)
{
  const SortSpec *spec = get_sort_spec (query->sort);
  const char *dir = query->descending ? " DESC" : "";
  GString *sql = g_string_new ("SELECT a.id FROM assets a");

  if (spec->locations)
    g_string_append (sql, " JOIN sites s ON s.id = a.site_id"
                          " LEFT JOIN buildings b ON b.id = a.building_id"
                          " LEFT JOIN asset_locations l ON l.id = a.location_id");
  g_string_append_printf (sql, " WHERE %s ORDER BY ", filter->where->str);
  if (spec->nullable)
    g_string_append_printf (sql, "(%s) IS NULL, ", spec->keys[0]);
  for (guint i = 0; i < G_N_ELEMENTS (spec->keys) && spec->keys[i] != NULL; i++)
    g_string_append_printf (sql, "%s%s, ", spec->keys[i], dir);
  g_string_append_printf (sql, "a.id%s", dir);
  return g_string_free (sql, FALSE);
}

/* The statement of @query's ids (or with @count, their number), prepared
 * and bound; NULL with @error set. */
static sqlite3_stmt *
prepare_query (CtDatabase          *db,
               const CtAssetQuery  *query,
               gboolean             count,
               GError             **error)
{
  g_autoptr(Filter) filter = filter_new (db, query, error);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (filter == NULL)
    return NULL;
  if (count)
    sql = g_strdup_printf ("SELECT count(*) FROM assets a WHERE %s", filter->where->str);
  else
    sql = ids_sql (query, filter);
  if ((stmt = ct_database_prepare (db, sql, error)) != NULL)
    filter_bind (filter, stmt);
  return stmt;
}

GArray *
ct_asset_query_ids (CtAssetStore        *store,
                    const CtAssetQuery  *query,
                    GError             **error)
{
  CtDatabase *db;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  db = ct_asset_store_get_database (store);
  if (!(stmt = prepare_query (db, query, FALSE, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

guint
ct_asset_query_count (CtAssetStore        *store,
                      const CtAssetQuery  *query,
                      GError             **error)
{
  CtDatabase *db;
  sqlite3_stmt *stmt;
  gint64 count;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), 0);
  g_return_val_if_fail (query != NULL, 0);

  db = ct_asset_store_get_database (store);
  if (!(stmt = prepare_query (db, query, TRUE, error)))
    return 0;
  rc = sqlite3_step (stmt);
  count = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  if (rc != SQLITE_ROW)
    ct_database_set_error (db, rc, error);
  sqlite3_reset (stmt);
  return (guint) CLAMP (count, 0, G_MAXUINT);
}

/* Rows of (id, count) from @sql into @counts as "PREFIX:ID". */
static gboolean
collect_counts (CtDatabase  *db,
                const char  *sql,
                const char  *prefix,
                GHashTable  *counts,
                GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (counts,
                         g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix,
                                          (gint64) sqlite3_column_int64 (stmt, 0)),
                         GUINT_TO_POINTER ((guint) sqlite3_column_int64 (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

GHashTable *
ct_asset_query_location_counts (CtAssetStore  *store,
                                GError       **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CtDatabase *db;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  db = ct_asset_store_get_database (store);
  if (!collect_counts (db, "SELECT site_id, count(*) FROM assets WHERE status <> 'retired' "
                           "GROUP BY site_id", "site", counts, error)
      || !collect_counts (db, "SELECT building_id, count(*) FROM assets "
                              "WHERE status <> 'retired' AND building_id IS NOT NULL "
                              "GROUP BY building_id", "building", counts, error)
      /* Every location with each location under it (itself included); UNION
       * rather than UNION ALL so that a cycle cannot run forever. */
      || !collect_counts (db, "WITH RECURSIVE tree (top, id) AS ("
                              "SELECT id, id FROM asset_locations UNION "
                              "SELECT tree.top, l.id FROM asset_locations l "
                              "JOIN tree ON l.parent_id = tree.id) "
                              "SELECT tree.top, count(*) FROM tree "
                              "JOIN assets a ON a.location_id = tree.id "
                              "WHERE a.status <> 'retired' GROUP BY tree.top",
                          "location", counts, error))
    return NULL;
  return g_steal_pointer (&counts);
}
