/* ct-dashboard-private.h — what the dashboard's computation files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-kpi-private.h"
#include "ct-dashboard.h"

G_BEGIN_DECLS

/* Periods up to this many days are cut into days, longer ones into weeks. */
#define CT_DASHBOARD_MAX_DAILY_DAYS 62

struct _CtDashboard
{
  CtKpiPeriod       period;           /* now filled in */
  CtKpiPeriod       previous;
  GTimeZone        *tz;
  gboolean          weekly;
  CtTicketKpis     *tickets;
  CtTicketKpis     *previous_tickets;
  CtAssetKpis      *assets;
  CtAssetKpis      *previous_assets;
  CtDashboardTable  tables[CT_DASHBOARD_N_TABLES];
  GArray           *asset_ids[CT_ASSET_N_KPIS];   /* by ct_asset_kpi_index () */
};

/* A table of @n_rows × @n_columns, values NAN, labels unset; @keys borrowed
 * (static strings). */
void      ct_dashboard_table_init   (CtDashboardTable   *table,
                                     guint               n_rows,
                                     guint               n_columns,
                                     const char *const  *keys,
                                     const char *const  *labels);
void      ct_dashboard_table_clear  (CtDashboardTable   *table);
void      ct_dashboard_table_set    (CtDashboardTable   *table,
                                     guint               row,
                                     guint               column,
                                     double              value);

/* @t (UTC seconds) in @tz. */
GDateTime *ct_dashboard_local       (GTimeZone          *tz,
                                     gint64              t);
/* The start of the day or of the Monday of the week containing @t, in @tz. */
gint64    ct_dashboard_bucket_start (GTimeZone          *tz,
                                     gint64              t,
                                     gboolean            weekly);
/* Adds one day or week to a bucket start (DST-safe: local midnight). */
gint64    ct_dashboard_bucket_next  (GTimeZone          *tz,
                                     gint64              start,
                                     gboolean            weekly);

/* ct-dashboard-series.c: the bucket tables (TICKETS_BY_KIND, ON_TIME_RATE,
 * BACKLOG, SATISFACTION, ASSETS), from per-bucket KPIs. */
gboolean  ct_dashboard_fill_series  (CtDashboard        *self,
                                     CtDatabase         *db,
                                     GError            **error);
/* ct-dashboard-grouped.c: the values of those tables (their rows set up),
 * one statement per source grouped by bucket. */
gboolean  ct_dashboard_fill_grouped (CtDashboard        *self,
                                     CtDatabase         *db,
                                     GError            **error);
/* ct-dashboard-assets.c: self->asset_ids over the period. */
gboolean  ct_dashboard_fill_asset_ids (CtDashboard      *self,
                                     CtDatabase         *db,
                                     GError            **error);
/* ct-dashboard-sql.c: RESPONSE_TIME, DEPARTMENTS and HEATMAP. */
gboolean  ct_dashboard_fill_sql     (CtDashboard        *self,
                                     CtDatabase         *db,
                                     GError            **error);

G_END_DECLS
