/* ct-asset-store-private.h — shared by the parts of CtAssetStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-store.h"
#include "ct-database-private.h"
#include "ct-record-store-private.h"

G_BEGIN_DECLS

struct _CtAssetStore
{
  GObject         parent_instance;
  CtOrganisation *org;
  CtDatabase     *db;
  CtRecordStore  *locations;   /* kept loaded */
  CtRecordStore  *assets;      /* not kept loaded: use CtAssetListModel */
};

gint64   ct_asset_store_now          (CtAssetStore  *self);
/* After a successful write: emits "changed" unless the write is nested in a
 * transaction of the caller (who then emits after its commit). */
void     ct_asset_store_written      (CtAssetStore  *self);
/* The checks of create and update that need the file: unique code, building
 * and location of the asset's site, parent exists and makes no cycle. */
gboolean ct_asset_store_check        (CtAssetStore  *self,
                                      CtRecord      *asset,
                                      GError       **error);
/* The integer columns of the rows of @sql (one parameter: @id), row after
 * row, @n_columns values each. */
GArray  *ct_asset_store_read_ints    (CtDatabase    *db,
                                      const char    *sql,
                                      gint64         id,
                                      guint          n_columns,
                                      GError       **error);
/* "2024-03-01 08:30" in the database's time zone, for messages. */
char    *ct_asset_store_format_time  (CtDatabase    *db,
                                      gint64         at);

/* Moves asset @asset_id from its stored status to @status at @at: closes the
 * open downtime, opens one for down/maintenance, sets retired_at for retired,
 * bumps the version (refusing a stored version other than @version, -1 = any)
 * and writes audit_log. Must run inside ct_database_write (). */
gboolean ct_asset_status_apply       (CtDatabase    *db,
                                      gint64         asset_id,
                                      gint64         version,
                                      const char    *status,
                                      const char    *reason,
                                      gint64         ticket_id,
                                      gint64         at,
                                      const char    *actor,
                                      GError       **error);
/* Ends downtime @id at @at and writes audit_log (inside ct_database_write ()). */
gboolean ct_asset_downtime_close     (CtDatabase    *db,
                                      gint64         id,
                                      gint64         at,
                                      const char    *actor,
                                      GError       **error);
/* Opens a downtime period of @kind (failure, maintenance) at @at and writes
 * audit_log (inside ct_database_write ()). */
gboolean ct_asset_downtime_open      (CtDatabase    *db,
                                      gint64         asset_id,
                                      const char    *kind,
                                      const char    *reason,
                                      gint64         ticket_id,
                                      gint64         at,
                                      const char    *actor,
                                      GError       **error);
/* The downtime kind a status opens: failure for down, maintenance for
 * maintenance, NULL for the others. */
const char *ct_asset_downtime_kind   (const char    *status);

G_END_DECLS
