/* ct-dashboard-sql.c — the dashboard's tables that are no time series
 *
 * The response-time distribution (created → accepted), the department ranking
 * (tickets resolved, share resolved by the resolution deadline) and the
 * intake heatmap (weekday × hour of created_at in the database's zone), with
 * their drill-down lists. Cancelled and invalid tickets are left out, as in
 * every KPI.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-dashboard-private.h"
#include "ct-kpi-sql-private.h"

#define WHERE_CREATED \
  " FROM tickets t WHERE t.created_at >= :from AND t.created_at < :to" \
  " AND t.status NOT IN ('cancelled', 'invalid') AND (:site = 0 OR t.site_id = :site)"
#define WHERE_RESOLVED \
  " FROM tickets t WHERE t.resolved_at >= :from AND t.resolved_at < :to" \
  " AND t.status NOT IN ('cancelled', 'invalid') AND (:site = 0 OR +t.site_id = :site)"

/* Upper bounds of the response ranges, in seconds (the last is open). */
static const gint64 response_bounds[] = { 15 * 60, 30 * 60, 60 * 60, 4 * 3600, G_MAXINT64 };
static const char *const response_labels[] = {
  N_("< 15 min"), N_("15–30 min"), N_("30–60 min"), N_("1–4 h"), N_("> 4 h"),
};
static const char *const response_keys[] = { "tickets" };
static const char *const response_columns[] = { N_("Tickets") };
static const char *const department_keys[] = { "resolved", "on_time" };
static const char *const department_columns[] = { N_("Resolved"), N_("Resolved on time") };
static const char *const weekday_labels[] = {
  N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
};
static const char *const hour_keys[] = {
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11",
  "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23",
};

/* Response time */

static gboolean
fill_response (CtDashboard  *self,
               CtDatabase   *db,
               GError      **error)
{
  CtDashboardTable *table = &self->tables[CT_DASHBOARD_RESPONSE_TIME];
  sqlite3_stmt *stmt;
  int rc;

  ct_dashboard_table_init (table, G_N_ELEMENTS (response_bounds), 1,
                           response_keys, response_columns);
  for (guint r = 0; r < table->n_rows; r++)
    {
      table->row_labels[r] = g_strdup (_(response_labels[r]));
      ct_dashboard_table_set (table, r, 0, 0);
    }
  stmt = ct_kpi_prepare (db, "SELECT t.accepted_at - t.created_at" WHERE_CREATED
                  " AND t.accepted_at IS NOT NULL", &self->period, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seconds = sqlite3_column_int64 (stmt, 0);
      guint r = 0;

      while (seconds >= response_bounds[r])
        r++;
      table->values[r] += 1;
    }
  return ct_kpi_finish (db, stmt, rc, error);
}

/* Departments */

static gboolean
fill_departments (CtDashboard  *self,
                  CtDatabase   *db,
                  GError      **error)
{
  CtDashboardTable *table = &self->tables[CT_DASHBOARD_DEPARTMENTS];
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ct_kpi_prepare (db, "SELECT coalesce (t.department_id, 0), d.name, count(*),"
                  " sum(t.due_resolution_at IS NOT NULL AND t.resolved_at <= t.due_resolution_at),"
                  " sum(t.due_resolution_at IS NOT NULL)"
                  " FROM tickets t LEFT JOIN departments d ON d.id = t.department_id"
                  " WHERE t.resolved_at >= :from AND t.resolved_at < :to"
                  " AND t.status NOT IN ('cancelled', 'invalid')"
                  " AND (:site = 0 OR +t.site_id = :site)"
                  " GROUP BY t.department_id ORDER BY 3 DESC, d.name", &self->period, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double v[4] = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 2),
                      sqlite3_column_int64 (stmt, 3), sqlite3_column_int64 (stmt, 4) };
      const char *name = (const char *) sqlite3_column_text (stmt, 1);

      g_array_append_vals (rows, v, 4);
      g_ptr_array_add (names, g_strdup (name ? name : _("No department")));
    }
  if (!ct_kpi_finish (db, stmt, rc, error))
    return FALSE;
  ct_dashboard_table_init (table, names->len, 2, department_keys, department_columns);
  for (guint r = 0; r < names->len; r++)
    {
      double *v = &g_array_index (rows, double, 4 * r);

      table->row_id[r] = (gint64) v[0];
      table->row_labels[r] = g_strdup (g_ptr_array_index (names, r));
      ct_dashboard_table_set (table, r, 0, v[1]);
      ct_dashboard_table_set (table, r, 1, v[3] > 0 ? v[2] / v[3] : NAN);
    }
  return TRUE;
}

/* Heatmap */

/* Monday = 0 … Sunday = 6 and the hour of @t in @tz. */
static void
weekday_hour (GTimeZone *tz,
              gint64     t,
              guint     *weekday,
              guint     *hour)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, t);
  gint64 local = t + (interval >= 0 ? g_time_zone_get_offset (tz, interval) : 0);
  gint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;

  /* 1970-01-01 was a Thursday (3). */
  *weekday = (guint) (((days % 7) + 7 + 3) % 7);
  *hour = (guint) ((local - days * 86400) / 3600);
}

static gboolean
fill_heatmap (CtDashboard  *self,
              CtDatabase   *db,
              GError      **error)
{
  CtDashboardTable *table = &self->tables[CT_DASHBOARD_HEATMAP];
  sqlite3_stmt *stmt;
  int rc;

  ct_dashboard_table_init (table, 7, 24, hour_keys, hour_keys);
  for (guint r = 0; r < 7; r++)
    table->row_labels[r] = g_strdup (_(weekday_labels[r]));
  for (guint i = 0; i < 7 * 24; i++)
    table->values[i] = 0;
  stmt = ct_kpi_prepare (db, "SELECT t.created_at" WHERE_CREATED, &self->period, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint weekday, hour;

      weekday_hour (self->tz, sqlite3_column_int64 (stmt, 0), &weekday, &hour);
      table->values[weekday * 24 + hour] += 1;
    }
  return ct_kpi_finish (db, stmt, rc, error);
}

gboolean
ct_dashboard_fill_sql (CtDashboard  *self,
                       CtDatabase   *db,
                       GError      **error)
{
  return fill_response (self, db, error)
         && fill_departments (self, db, error)
         && fill_heatmap (self, db, error);
}

/* Drill-down */

static gboolean
row_matches (const CtDashboard  *self,
             CtDashboardTableId  id,
             sqlite3_stmt       *stmt,
             guint               row,
             int                 column)
{
  gint64 v = sqlite3_column_int64 (stmt, 1);
  guint weekday, hour;

  switch (id)
    {
    case CT_DASHBOARD_RESPONSE_TIME:
      return v < response_bounds[row] && (row == 0 || v >= response_bounds[row - 1]);
    case CT_DASHBOARD_DEPARTMENTS:
      return v == self->tables[id].row_id[row];
    case CT_DASHBOARD_HEATMAP:
      weekday_hour (self->tz, v, &weekday, &hour);
      return weekday == row && (column < 0 || (guint) column == hour);
    case CT_DASHBOARD_TICKETS_BY_KIND:
    case CT_DASHBOARD_ON_TIME_RATE:
    case CT_DASHBOARD_BACKLOG:
    case CT_DASHBOARD_SATISFACTION:
    case CT_DASHBOARD_ASSETS:
    case CT_DASHBOARD_N_TABLES:
    default:
      g_assert_not_reached ();
    }
}

static const char *
ids_sql (CtDashboardTableId id)
{
  if (id == CT_DASHBOARD_RESPONSE_TIME)
    return "SELECT t.id, t.accepted_at - t.created_at" WHERE_CREATED
           " AND t.accepted_at IS NOT NULL ORDER BY t.id";
  if (id == CT_DASHBOARD_DEPARTMENTS)
    return "SELECT t.id, coalesce (t.department_id, 0)" WHERE_RESOLVED " ORDER BY t.id";
  return "SELECT t.id, t.created_at" WHERE_CREATED " ORDER BY t.id";
}

GArray *
ct_dashboard_table_get_ids (CtDatabase         *db,
                            const CtDashboard  *self,
                            CtDashboardTableId  id,
                            guint               row,
                            int                 column,
                            GError            **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id == CT_DASHBOARD_RESPONSE_TIME || id == CT_DASHBOARD_DEPARTMENTS
                        || id == CT_DASHBOARD_HEATMAP, NULL);
  g_return_val_if_fail (row < self->tables[id].n_rows, NULL);

  if (!(stmt = ct_kpi_prepare (db, ids_sql (id), &self->period, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (row_matches (self, id, stmt, row, column))
      g_array_append_val (ids, (gint64) { sqlite3_column_int64 (stmt, 0) });
  if (!ct_kpi_finish (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}
