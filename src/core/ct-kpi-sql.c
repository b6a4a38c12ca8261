/* ct-kpi-sql.c — statements over a KPI period, shared by the ticket KPIs
 * and the dashboard's tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-kpi"

#include "config.h"

#include "ct-kpi-sql-private.h"

void
ct_kpi_bind (sqlite3_stmt *stmt,
             const char   *name,
             gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

sqlite3_stmt *
ct_kpi_prepare (CtDatabase         *db,
                const char         *sql,
                const CtKpiPeriod  *period,
                GError            **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  ct_kpi_bind (stmt, ":from", period->from);
  ct_kpi_bind (stmt, ":to", period->to);
  ct_kpi_bind (stmt, ":now", period->now);
  ct_kpi_bind (stmt, ":at", MIN (period->now, period->to));
  ct_kpi_bind (stmt, ":site", period->site_id);
  return stmt;
}

gboolean
ct_kpi_finish (CtDatabase    *db,
               sqlite3_stmt  *stmt,
               int            rc,
               GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}
