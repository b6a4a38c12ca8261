/* ct-kpi-sql-private.h — statements over a KPI period, shared by the ticket
 * KPIs and the dashboard's tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-ticket-kpi.h"

G_BEGIN_DECLS

/* Binds @value to the parameter @name (":from") if @stmt has it. */
void          ct_kpi_bind    (sqlite3_stmt       *stmt,
                              const char         *name,
                              gint64              value);
/* The cached statement of @sql with those of :from, :to, :now, :at (the
 * earlier of now and to) and :site it has bound from @period. */
sqlite3_stmt *ct_kpi_prepare (CtDatabase         *db,
                              const char         *sql,
                              const CtKpiPeriod  *period,
                              GError            **error);
/* Resets @stmt after its last step returned @rc: TRUE when that was
 * SQLITE_DONE, else FALSE with @error. */
gboolean      ct_kpi_finish  (CtDatabase         *db,
                              sqlite3_stmt       *stmt,
                              int                 rc,
                              GError            **error);

G_END_DECLS
