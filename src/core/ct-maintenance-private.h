/* ct-maintenance-private.h — shared by the parts of the maintenance module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-maintenance.h"

G_BEGIN_DECLS

/* The record stores of the three tables for one asset store, made on first
 * use and kept on it. They do not keep models: lists are snapshots. */
typedef struct
{
  CtRecordStore *plans;
  CtRecordStore *tasks;
  CtRecordStore *records;
} CtMaintenanceStores;

CtMaintenanceStores *ct_maintenance_stores      (CtAssetStore *store);

/* Dates "YYYY-MM-DD". */
gboolean    ct_maintenance_parse_date           (const char   *text,
                                                 GDate        *date);
char       *ct_maintenance_format_date          (const GDate  *date);
char       *ct_maintenance_add_days             (const char   *day,
                                                 guint         days);
/* Adds @date to @out when it is on or after @from; FALSE (nothing added)
 * once it is past @to (NULL: no end). */
gboolean    ct_maintenance_collect              (const GDate  *date,
                                                 const GDate  *from,
                                                 const GDate  *to,
                                                 GPtrArray    *out);

typedef enum
{
  CT_REPEAT_DAY,
  CT_REPEAT_WEEK,
  CT_REPEAT_MONTH,
  CT_REPEAT_YEAR,
} CtRepeatUnit;

/* Appends to @out (at most @max) the dates @start + k × @interval units in
 * [@from, @to], a day a month lacks becoming the month's last day. */
void        ct_maintenance_expand_plain         (CtRepeatUnit  unit,
                                                 guint         interval,
                                                 const GDate  *start,
                                                 const GDate  *from,
                                                 const GDate  *to,
                                                 guint         max,
                                                 GPtrArray    *out);
/* The first occurrence of @rrule counted from @dtstart on or after @from;
 * NULL when there is none (the rule ended) or an argument is wrong. */
char       *ct_maintenance_first_from           (const char   *rrule,
                                                 const char   *dtstart,
                                                 const char   *from);
/* ct_maintenance_occurrences () always through libical, for the test that
 * the arithmetic of plain rules gives the same dates. */
GPtrArray  *ct_maintenance_expand_with_libical  (const char   *rrule,
                                                 const char   *dtstart,
                                                 const char   *from,
                                                 const char   *to);
/* The day of @at (UTC seconds) in the database's time zone. */
char       *ct_maintenance_day_of               (CtDatabase   *db,
                                                 gint64        at,
                                                 GError      **error);
/* @today when it is a date (an error naming it when it is not), else the
 * clock's today in the database's time zone. */
char       *ct_maintenance_resolve_today        (CtDatabase   *db,
                                                 const char   *today,
                                                 GError      **error);

/* Snapshot of the records of @store read with @sql_tail ("FROM … WHERE …
 * ORDER BY …") after its column list; @n_params int64 parameters. */
GListModel *ct_maintenance_select               (CtRecordStore *store,
                                                 const char    *sql_tail,
                                                 const gint64  *params,
                                                 guint          n_params,
                                                 GError       **error);

/* Inside ct_database_write (): */

/* Sets assets.next_due of @asset_id to the earliest open task's due date. */
gboolean    ct_maintenance_update_next_due      (CtDatabase   *db,
                                                 gint64        asset_id,
                                                 GError      **error);
/* What ct_maintenance_generate_in_write () generates. */
typedef struct
{
  gint64      plan_id;      /* 0 = every active plan of an asset not retired */
  const char *until;        /* last due date; NULL = no limit (a completion-based
                             * plan's next task only) */
  const char *floor;        /* NULL, or no schedule task before this day: after
                             * a plan changed, its past is not filled in */
  gboolean    at_least_one; /* a schedule plan without an open task from @floor
                             * on gets its next occurrence even past @until */
  const char *actor;
} CtMaintenanceGeneration;

/* Generates the tasks @gen describes; keeps next_due of the assets that got
 * tasks and writes one audit row per plan that got tasks. */
gboolean    ct_maintenance_generate_in_write    (CtDatabase   *db,
                                                 const CtMaintenanceGeneration *gen,
                                                 guint        *n_created,
                                                 GError      **error);
/* Deletes the open tasks of @plan_id due on or after @today. */
gboolean    ct_maintenance_drop_open_tasks      (CtDatabase   *db,
                                                 gint64        plan_id,
                                                 const char   *today,
                                                 const char   *actor,
                                                 GError      **error);

G_END_DECLS
