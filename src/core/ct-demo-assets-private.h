/* ct-demo-assets-private.h — the parts of the demo ledger generator:
 * ct-demo-assets.c (the run: what the company has, dates, progress),
 * ct-demo-assets-data.c (kinds of equipment and their makers),
 * ct-demo-assets-texts.c (maintenance and fault texts),
 * ct-demo-assets-ledger.c (locations and assets), ct-demo-assets-plans.c
 * (plans and a year of tasks and records), ct-demo-assets-faults.c (downtime,
 * linked tickets, assets down now) and ct-demo-assets-meters.c (meters and
 * readings)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-store.h"
#include "ct-database-private.h"
#include "ct-demo-assets.h"
#include "ct-demo-private.h"

G_BEGIN_DECLS

#define CT_DEMO_ACTOR "demo"
#define CT_DEMO_DAY   ((gint64) 86400)
#define CT_DEMO_HOUR  ((gint64) 3600)

/* Where a kind of equipment is found, and so how many there are. */
typedef enum
{
  CT_DEMO_AT_SITE,       /* the site's plant rooms and grounds */
  CT_DEMO_AT_BUILDING,   /* each building with entrances (单元) */
  CT_DEMO_AT_ENTRANCE,   /* each entrance of those */
  CT_DEMO_AT_LIFT,       /* each elevator of those */
  CT_DEMO_AT_VILLA,      /* each building without entrances */
} CtDemoAssetScope;

typedef struct
{
  CtDemoAssetScope  scope;
  const char       *category;      /* as stored: elevator, water … */
  const char       *code;          /* in the asset code: DT, GS … */
  const char       *name;          /* 客梯, 生活给水泵 */
  const char       *location;      /* the plant room or area, NULL = none */
  const char       *location_kind; /* plant_room, area, floor */
  const char       *group;         /* makers and texts: "lift", "pump" … */
  guint8            lo, hi;        /* how many per scope (not for lifts) */
  const char       *criticality;
  const char       *rrule;         /* the maintenance plan, NULL = none */
  const char       *plan;          /* its title */
  guint16           failures_pm;   /* failures per 1,000 asset-years */
  guint8            repair_lo;     /* hours down per failure */
  guint8            repair_hi;
  guint8            pm_minutes;    /* downtime of a preventive visit, 0 = none */
  gboolean          more;          /* repeated when more assets are asked for */
} CtDemoAssetKind;

typedef struct
{
  const char *group;
  const char *manufacturer;
  const char *models[3];          /* NULL after the last */
  const char *contractor;         /* 维保单位, "" = the engineering department */
} CtDemoBrand;

/* A preventive visit (problem found, action, recheck) or a fault. */
typedef struct
{
  const char *group;
  const char *problem;
  const char *action;
  const char *recheck;
  guint       weight;             /* preventive: relative frequency */
} CtDemoWork;

/* A repair ticket category whose failures stop a kind of equipment. */
typedef struct
{
  const char *category;           /* of the ticket: 电梯 */
  const char *group;              /* of the asset */
  guint       link_pm;            /* tickets linked, per 1,000 */
} CtDemoTicketLink;

/* ct-demo-assets-data.c */
extern const CtDemoAssetKind  ct_demo_asset_kinds[];
extern const guint            ct_demo_n_asset_kinds;
extern const CtDemoBrand      ct_demo_brands[];
extern const guint            ct_demo_n_brands;
extern const CtDemoTicketLink ct_demo_ticket_links[];
extern const guint            ct_demo_n_ticket_links;
/* Hangzhou district codes for elevator registration numbers, by site. */
extern const char *const      ct_demo_region_codes[];
extern const guint            ct_demo_n_region_codes;

/* ct-demo-assets-texts.c */
extern const CtDemoWork       ct_demo_upkeep[];
extern const guint            ct_demo_n_upkeep;
extern const CtDemoWork       ct_demo_faults[];
extern const guint            ct_demo_n_faults;
extern const char *const      ct_demo_skip_reasons[];   /* NULL-terminated */
extern const char *const      ct_demo_late_notes[];     /* NULL-terminated */

/* A preventive visit or a fault of @group, drawn (NULL when none). */
const CtDemoWork *ct_demo_draw_upkeep (guint64 *rng, const char *group);
const CtDemoWork *ct_demo_draw_fault  (guint64 *rng, const char *group);

typedef struct
{
  gint64      id;
  const char *code;
  gint64      handed_over;        /* local midnight the plant was installed */
  GPtrArray  *lift_keepers;       /* CtDemoWorker*: 电梯管理员 */
  GPtrArray  *electricians;       /* CtDemoWorker*: 水电工, 工程主管 */
} CtDemoLedgerSite;

typedef struct
{
  gint64      id;
  const char *name;
} CtDemoWorker;

typedef struct
{
  gint64      id;
  guint       site;               /* index into sites */
  guint       number;             /* 1, 2 … within the site */
  const char *name;
  guint       entrances;
  guint       floors;
  guint       units;
  guint       lifts;
} CtDemoLedgerBuilding;

typedef struct
{
  gint64                 id;
  const CtDemoAssetKind *kind;
  guint                  site;
  guint                  building;       /* G_MAXUINT: the site's plant */
  gint64                 service_from;
  gint64                 retired_at;     /* 0 = in service */
  const char            *contractor;
  const char            *statutory_due;  /* elevators, else NULL */
  gboolean               down;           /* down now */
} CtDemoLedgerAsset;

typedef struct
{
  CtDatabase     *db;
  guint64         rng;
  gint64          now;
  GTimeZone      *tz;
  char            today[16];
  guint           n_target;       /* CT_DEMO_ASSETS_LEDGER or a count */
  GStringChunk   *strings;
  GArray         *sites;          /* CtDemoLedgerSite */
  GArray         *buildings;      /* CtDemoLedgerBuilding */
  GArray         *assets;         /* CtDemoLedgerAsset */
  GHashTable     *asset_index;    /* id → index + 1 */
  GHashTable     *by_group;       /* "building id/group" → GArray of asset indexes */
  gint64          department_id;  /* engineering, 0 = none */
  CtAssetStore   *store;
  guint           n_plans;
  guint           n_tasks;
  guint           n_records;
  guint           n_downtime;
  guint           n_meters;
  guint           n_readings;
} CtDemoLedger;

/* ct-demo-assets.c: dates in the database's zone */
/* "YYYY-MM-DD" of @at, in @out (16 bytes). */
void        ct_demo_ledger_day        (CtDemoLedger *ledger,
                                       gint64        at,
                                       char         *out);
/* Local midnight of @day ("YYYY-MM-DD") plus @days. */
gint64      ct_demo_ledger_midnight   (CtDemoLedger *ledger,
                                       const char   *day,
                                       int           days);
/* A time in working hours (08:30–17:30) on @day plus @days. */
gint64      ct_demo_ledger_work_time  (CtDemoLedger *ledger,
                                       const char   *day,
                                       int           days);
/* @lo … @hi inclusive. */
gint64      ct_demo_ledger_uniform    (CtDemoLedger *ledger,
                                       gint64        lo,
                                       gint64        hi);
/* A copy kept for the run. */
const char *ct_demo_ledger_intern     (CtDemoLedger *ledger,
                                       const char   *text);
/* Someone of the site to do @asset's work, NULL when nobody. */
const CtDemoWorker *ct_demo_ledger_worker (CtDemoLedger            *ledger,
                                       const CtDemoLedgerAsset *asset);
/* The assets of @group in @building_id (GArray of guint indexes, or NULL). */
GArray     *ct_demo_ledger_group      (CtDemoLedger *ledger,
                                       gint64        building_id,
                                       const char   *group);
/* The asset with @id, or NULL. */
CtDemoLedgerAsset *ct_demo_ledger_find (CtDemoLedger *ledger,
                                        gint64        id);

/* ct-demo-assets-ledger.c */
gboolean ct_demo_ledger_write_assets (CtDemoLedger  *ledger,
                                      GError       **error);
/* ct-demo-assets-plans.c */
gboolean ct_demo_ledger_write_plans  (CtDemoLedger  *ledger,
                                      GError       **error);
/* Inserts a maintenance record; @task_id, @ticket_id 0 = none. */
gboolean ct_demo_ledger_add_record   (CtDemoLedger            *ledger,
                                      const CtDemoLedgerAsset *asset,
                                      const char              *kind,
                                      gint64                   task_id,
                                      gint64                   ticket_id,
                                      gint64                   performed_at,
                                      const CtDemoWork        *work,
                                      guint                    downtime_minutes,
                                      GError                 **error);
/* Inserts a downtime row; @ended_at 0 = still down. */
gboolean ct_demo_ledger_add_downtime (CtDemoLedger            *ledger,
                                      const CtDemoLedgerAsset *asset,
                                      const char              *kind,
                                      gint64                   started_at,
                                      gint64                   ended_at,
                                      gint64                   ticket_id,
                                      const char              *reason,
                                      GError                 **error);
/* ct-demo-assets-faults.c */
gboolean ct_demo_ledger_write_faults (CtDemoLedger  *ledger,
                                      GError       **error);
/* ct-demo-assets-meters.c */
gboolean ct_demo_ledger_write_meters (CtDemoLedger  *ledger,
                                      GError       **error);

G_END_DECLS
