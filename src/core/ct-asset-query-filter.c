/* ct-asset-query-filter.c — the WHERE clause of an asset query: category,
 * status, place, due dates, search and the drill-down's ids
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

#include "ct-asset-query-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

/* "Due soon": within this many days of today. */
#define SOON_DAYS 30

/* A date column compared with a bound day, for the due filters. */
#define SOON(column) "(" column " >= ? AND " column " <= ?)"

/* The columns searched, each with LIKE … ESCAPE '\'. */
static const char *const search_columns[] = {
  "a.code", "a.name", "a.manufacturer", "a.model", "a.serial", "a.registration_no",
  "a.contractor",
};

void
ct_asset_filter_free (CtAssetFilter *filter)
{
  g_string_free (filter->where, TRUE);
  g_ptr_array_unref (filter->values);
  g_free (filter);
}


static void
add_cond (CtAssetFilter *filter,
          const char    *cond)
{
  if (filter->where->len > 0)
    g_string_append (filter->where, " AND ");
  g_string_append (filter->where, cond);
}

static void
add_number (CtAssetFilter *filter,
            gint64         number)
{
  g_ptr_array_add (filter->values, g_variant_ref_sink (g_variant_new_int64 (number)));
}

static void
add_text (CtAssetFilter *filter,
          const char    *text)
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
add_search (CtAssetFilter *filter,
            const char    *search)
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
add_due (CtAssetFilter       *filter,
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
add_equal_text (CtAssetFilter *filter,
                const char    *cond,
                const char    *value)
{
  if (!is_set (value))
    return;
  add_cond (filter, cond);
  add_text (filter, value);
}

static void
add_equal_number (CtAssetFilter *filter,
                  const char    *cond,
                  gint64         value)
{
  if (value == 0)
    return;
  add_cond (filter, cond);
  add_number (filter, value);
}

/* The ids as one JSON array bound once, however many there are. */
static void
add_ids (CtAssetFilter *filter,
         const gint64  *ids,
         guint          n_ids)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  add_cond (filter, "a.id IN (SELECT value FROM json_each (?))");
  add_text (filter, json->str);
}

CtAssetFilter *
ct_asset_filter_new (CtDatabase          *db,
                     const CtAssetQuery  *query,
                     GError             **error)
{
  g_autoptr(CtAssetFilter) filter = g_new0 (CtAssetFilter, 1);

  filter->where = g_string_new (NULL);
  filter->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  if (query->ids != NULL)
    add_ids (filter, query->ids, query->n_ids);
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

void
ct_asset_filter_bind (CtAssetFilter *filter,
                      sqlite3_stmt  *stmt)
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
