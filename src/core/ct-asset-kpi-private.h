/* ct-asset-kpi-private.h — what the asset KPI definitions, the downtime
 * arithmetic, the queries and the formatting share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-kpi.h"

G_BEGIN_DECLS

typedef enum
{
  CT_ASSET_KPI_INTACT,
  CT_ASSET_KPI_AVAILABILITY,
  CT_ASSET_KPI_MTBF,
  CT_ASSET_KPI_MTTR,
  CT_ASSET_KPI_PM,
  CT_ASSET_KPI_YOY,
  CT_ASSET_N_KPIS
} CtAssetKpiIndex;

typedef struct
{
  const char *key;
  gboolean    hours;            /* a duration in hours, else a fraction */
  gboolean    has_target;
  double      target;
  gboolean    lower_is_better;
  const char *name;             /* marked for translation */
  const char *definition;       /* marked for translation */
} CtAssetKpiDef;

extern const CtAssetKpiDef ct_asset_kpi_defs[CT_ASSET_N_KPIS];

/* The index of @key, or -1. */
int ct_asset_kpi_index (const char *key);

struct _CtAssetKpis
{
  CtKpiPeriod period;           /* now filled in */
  gint64      instant;          /* min(now, to) */
  double      num[CT_ASSET_N_KPIS];
  double      den[CT_ASSET_N_KPIS];
  double      value[CT_ASSET_N_KPIS];
  gboolean    has_value[CT_ASSET_N_KPIS];
};

/* ct-asset-kpi-time.c: in-service time and downtime, one asset at a time */

#define CT_ASSET_KPI_NEVER G_MAXINT64   /* not retired, still down */

typedef struct
{
  gint64 id;
  gint64 service_from;
  gint64 retired_at;            /* CT_ASSET_KPI_NEVER = not retired */
} CtAssetKpiAsset;

typedef struct
{
  gint64   asset_id;
  gint64   started_at;
  gint64   ended_at;            /* CT_ASSET_KPI_NEVER = still down */
  gboolean failure;
} CtAssetKpiDowntime;

/* The windows of a period: time is summed over [from, end) with end =
 * min(to, now), and a year earlier over [ly_from, ly_end); events count in
 * [from, to); the intact rate is taken at @instant = min(now, to). */
typedef struct
{
  gint64 from;
  gint64 to;
  gint64 end;
  gint64 ly_from;
  gint64 ly_end;
  gint64 instant;
} CtAssetKpiWindows;

/* What one asset adds to the KPIs. */
typedef struct
{
  gint64   asset_id;
  gboolean in_service_at;       /* in service at the instant */
  gboolean down_at;             /* inside a downtime at the instant */
  gint64   service;             /* seconds in service in [from, end) */
  gint64   down;                /* seconds down in [from, end) while in service */
  gint64   down_last_year;      /* the same in [ly_from, ly_end) */
  guint    failures_started;    /* failure downtimes started in [from, to) */
  guint    failures_ended;      /* failure downtimes ended in [from, to) */
  gint64   repair;              /* their whole durations, seconds */
} CtAssetKpiFigures;

/* @rows: the downtime of @asset sorted by started_at. Overlapping downtimes
 * count once; downtime outside the asset's in-service interval
 * [service_from, retired_at) does not count. */
void ct_asset_kpi_figures_compute (const CtAssetKpiWindows  *windows,
                                   const CtAssetKpiAsset    *asset,
                                   const CtAssetKpiDowntime *rows,
                                   guint                     n_rows,
                                   CtAssetKpiFigures        *out);

/* Whether an asset's figures put it among the assets behind @kpi's numerator
 * or denominator (not for CT_ASSET_KPI_PM, which is counted in SQL). */
gboolean ct_asset_kpi_figures_count (const CtAssetKpiFigures *figures,
                                     CtAssetKpiIndex          kpi,
                                     gboolean                 numerator);

/* Adds @figures to the time-based numerators and denominators of @self. */
void ct_asset_kpis_add_figures (CtAssetKpis             *self,
                                const CtAssetKpiFigures *figures);

/* ct-asset-kpi-read.c: the queries, for one computation */

typedef enum
{
  CT_ASSET_KPI_ALL,             /* every site */
  CT_ASSET_KPI_SITE,            /* period.site_id */
  CT_ASSET_KPI_ONE,             /* asset_id */
  CT_ASSET_KPI_N_SCOPES
} CtAssetKpiScope;

typedef struct
{
  CtDatabase        *db;
  CtKpiPeriod        period;    /* now filled in */
  CtAssetKpiScope    scope;
  gint64             asset_id;
  CtAssetKpiWindows  w;
  char               from_date[16];   /* tasks due on these days: [from, to) */
  char               to_date[16];
  char               today[16];       /* open tasks due before it count */
  GArray            *assets;    /* CtAssetKpiAsset by id */
  GArray            *downtime;  /* CtAssetKpiDowntime by asset, then start */
} CtAssetKpiRun;

typedef void     (*CtAssetKpiFiguresFunc) (const CtAssetKpiFigures *figures,
                                           gpointer                 user_data);
typedef gboolean (*CtAssetKpiReadFunc)    (CtAssetKpiRun           *run,
                                           gpointer                 user_data,
                                           GError                 **error);

/* Runs @func in one read transaction (unless one is open already). */
gboolean ct_asset_kpi_read_in_snapshot (CtAssetKpiRun          *run,
                                        CtAssetKpiReadFunc      func,
                                        gpointer                user_data,
                                        GError                **error);
/* Reads run->assets and run->downtime. */
gboolean ct_asset_kpi_read_time        (CtAssetKpiRun          *run,
                                        GError                **error);
/* Calls @func with the figures of every asset read, in id order. */
void     ct_asset_kpi_foreach_asset    (CtAssetKpiRun          *run,
                                        CtAssetKpiFiguresFunc   func,
                                        gpointer                user_data);
/* Planned maintenance: the numerator and denominator of pm_compliance_rate
 * into @self, or the ids of the assets behind one. */
gboolean ct_asset_kpi_count_pm         (CtAssetKpiRun          *run,
                                        CtAssetKpis            *self,
                                        GError                **error);
gboolean ct_asset_kpi_list_pm          (CtAssetKpiRun          *run,
                                        gboolean                numerator,
                                        GArray                 *ids,
                                        GError                **error);

/* ct-asset-kpi-format.c: the values from the numerators and denominators. */
void ct_asset_kpis_finish (CtAssetKpis *self);

G_END_DECLS
