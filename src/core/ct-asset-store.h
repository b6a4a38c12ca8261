/* ct-asset-store.h — the asset ledger: assets, locations, status and downtime
 *
 * Like the ticket store, every operation is one short write transaction that
 * checks versions (a stale copy gives CT_STORE_ERROR_CONFLICT), refuses what
 * makes no sense with a clear message (CT_STORE_ERROR_INVALID) and appends to
 * audit_log. On success the record passed in is updated in place.
 *
 * Status and downtime go together: marking an asset down opens a failure
 * downtime, "under maintenance" opens a maintenance downtime, back in service
 * (or retired) closes the open one. A fault reported as a repair ticket with
 * the asset marked down links the downtime to the ticket; resolving that
 * ticket closes it and puts the asset back in service.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset.h"
#include "ct-asset-location.h"
#include "ct-organisation.h"
#include "ct-record-store.h"
#include "ct-ticket-store.h"

G_BEGIN_DECLS

#define CT_TYPE_ASSET_STORE (ct_asset_store_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetStore, ct_asset_store, CT, ASSET_STORE, GObject)

CtAssetStore   *ct_asset_store_new             (CtOrganisation *org,
                                                GError        **error);
CtOrganisation *ct_asset_store_get_organisation (CtAssetStore  *self);
CtDatabase     *ct_asset_store_get_database    (CtAssetStore   *self);
/* Locations (small: kept loaded, edit them through this record store). */
CtRecordStore  *ct_asset_store_get_locations   (CtAssetStore   *self);
/* The store of CtAsset rows. Its model is not kept (the ledger can be large):
 * lists use CtAssetListModel (ct-asset-query.h). Use ct_asset_store_create /
 * _update / _delete rather than this store's writes. */
CtRecordStore  *ct_asset_store_get_assets      (CtAssetStore   *self);

/* Emitted (signal "changed", no arguments) after every successful write of
 * this store or of the maintenance and meter modules through it, so that
 * lists and badges refresh. */
void            ct_asset_store_emit_changed    (CtAssetStore   *self);

CtAsset        *ct_asset_store_load            (CtAssetStore   *self,
                                                gint64          id,
                                                GError        **error);
/* NULL (no error) when no asset has @code. */
CtAsset        *ct_asset_store_find_code       (CtAssetStore   *self,
                                                const char     *code,
                                                GError        **error);

/* Saves a new asset (status in_service unless set; service_from from
 * installed_on at midnight in the database's zone, else now). Validates the
 * code's uniqueness, that building/location belong to the site, the parent is
 * not itself, dates are real dates. */
gboolean ct_asset_store_create        (CtAssetStore *self, CtAsset *asset,
                                       const char *actor, GError **error);
/* Saves the descriptive fields (status, service_from, retired_at and next_due
 * are kept as stored). Refuses a parent cycle. */
gboolean ct_asset_store_update        (CtAssetStore *self, CtAsset *asset,
                                       const char *actor, GError **error);
/* Deletes an asset without history; CT_STORE_ERROR_IN_USE (with what uses it)
 * when it has plans, records, downtime, meters, child assets or tickets —
 * retire it instead. */
gboolean ct_asset_store_delete        (CtAssetStore *self, CtAsset *asset,
                                       const char *actor, GError **error);

/* Changes the status at @at (0 = now): closes an open downtime, opens a new
 * one for down (kind failure) or maintenance (kind maintenance) with @reason
 * and @ticket_id (0 = none); retired sets retired_at and is final. */
gboolean ct_asset_store_set_status    (CtAssetStore *self, CtAsset *asset,
                                       const char *status, const char *reason,
                                       gint64 ticket_id, gint64 at,
                                       const char *actor, GError **error);

/* Creates @ticket (a new CtTicket, kind repair) about @asset through
 * @tickets in the same transaction: sets its asset_id, site and building from
 * the asset; when @mark_down, marks the asset down with a failure downtime
 * linked to the ticket. */
gboolean ct_asset_store_report_fault  (CtAssetStore *self, CtTicketStore *tickets,
                                       CtAsset *asset, CtTicket *ticket,
                                       gboolean mark_down, const char *actor,
                                       GError **error);

/* For the ticket store, inside its transaction when a ticket is resolved:
 * closes the open downtime linked to @ticket_id at @at and puts its asset back
 * in service (unless another downtime is still open). Nothing when none. */
gboolean ct_asset_downtime_close_for_ticket (CtDatabase *db, gint64 ticket_id,
                                       gint64 at, const char *actor,
                                       GError **error);

/* One downtime period. */
typedef struct
{
  gint64  id;
  gint64  asset_id;
  char   *kind;        /* failure, maintenance */
  gint64  started_at;
  gint64  ended_at;    /* 0 = still down */
  gint64  ticket_id;   /* 0 = none */
  char   *ticket_code; /* NULL when no ticket */
  char   *reason;
} CtDowntime;

void        ct_downtime_free           (CtDowntime *downtime);
/* The downtime of @asset_id, newest first (GPtrArray of CtDowntime). */
GPtrArray  *ct_asset_store_list_downtime (CtAssetStore *self, gint64 asset_id,
                                       GError **error);

/* The history timeline of one asset (detail view), newest first. */
typedef enum
{
  CT_ASSET_EVENT_CREATED,
  CT_ASSET_EVENT_STATUS,       /* status changed (from audit_log) */
  CT_ASSET_EVENT_DOWNTIME,     /* a downtime period (title says how long) */
  CT_ASSET_EVENT_MAINTENANCE,  /* a maintenance record */
  CT_ASSET_EVENT_TASK,         /* a task skipped (done tasks show as records) */
  CT_ASSET_EVENT_TICKET,       /* a ticket about the asset */
  CT_ASSET_EVENT_READING,      /* an anomalous meter reading */
} CtAssetEventKind;

typedef struct
{
  CtAssetEventKind  kind;
  gint64            at;
  char             *title;    /* translated one line: "Failure downtime, 3 h 20 min" */
  char             *detail;   /* translated, may be "" */
  char             *actor;    /* may be "" */
  gint64            ref_id;   /* ticket id, record id, downtime id … (0 = none) */
  gboolean          warning;  /* fault, anomaly, failed recheck: show highlighted */
} CtAssetEvent;

void        ct_asset_event_free        (CtAssetEvent *event);
GPtrArray  *ct_asset_store_timeline    (CtAssetStore *self, gint64 asset_id,
                                       GError **error);

/* A length of time in human units, translated: "45 min", "3 h 20 min",
 * "2 d 4 h" (whole minutes, rounded down). */
char       *ct_asset_format_duration   (gint64 seconds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDowntime, ct_downtime_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetEvent, ct_asset_event_free)

G_END_DECLS
