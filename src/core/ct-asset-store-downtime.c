/* ct-asset-store-downtime.c — marking assets down, fault reports, downtime lists
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"

typedef struct
{
  CtAssetStore  *self;
  CtTicketStore *tickets;
  CtAsset       *asset;
  CtTicket      *ticket;
  const char    *status;
  const char    *reason;
  gint64         ticket_id;
  gint64         at;
  gboolean       mark_down;
  const char    *actor;
} StatusWrite;

static gboolean
set_status_func (CtDatabase  *db,
                 gpointer     user_data,
                 GError     **error)
{
  StatusWrite *w = user_data;

  return ct_asset_status_apply (db, ct_record_get_id (CT_RECORD (w->asset)),
                                ct_record_get_version (CT_RECORD (w->asset)), w->status,
                                w->reason, w->ticket_id, w->at, w->actor, error);
}

/* After a write: @asset takes the stored values. */
static gboolean
refresh (CtAssetStore  *self,
         CtAsset       *asset,
         GError       **error)
{
  g_autoptr(CtAsset) stored = ct_asset_store_load (self, ct_record_get_id (CT_RECORD (asset)),
                                                   error);

  ct_asset_store_written (self);
  if (stored == NULL)
    return FALSE;
  ct_record_assign (CT_RECORD (asset), CT_RECORD (stored));
  return TRUE;
}

gboolean
ct_asset_store_set_status (CtAssetStore  *self,
                           CtAsset       *asset,
                           const char    *status,
                           const char    *reason,
                           gint64         ticket_id,
                           gint64         at,
                           const char    *actor,
                           GError       **error)
{
  StatusWrite w = { self, NULL, asset, NULL, status, reason, ticket_id, at, FALSE, actor };

  g_return_val_if_fail (CT_IS_ASSET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (status != NULL, FALSE);
  if (!ct_permission_check (self->db, "asset", "update", 0, error))
    return FALSE;

  if (w.at == 0)
    w.at = ct_asset_store_now (self);
  if (!ct_database_write (self->db, set_status_func, &w, error))
    return FALSE;
  return refresh (self, asset, error);
}

/* The asset is already down: the open failure downtime without a ticket gets
 * this one. */
static gboolean
link_open_failure (CtDatabase  *db,
                   gint64       asset_id,
                   gint64       ticket_id,
                   GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE asset_downtime SET ticket_id = ?, version = version + 1 WHERE asset_id = ? "
    "AND ended_at IS NULL AND kind = 'failure' AND ticket_id IS NULL", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  sqlite3_bind_int64 (stmt, 2, asset_id);
  return ct_database_step_done (db, stmt, error);
}

static gboolean
report_fault_func (CtDatabase  *db,
                   gpointer     user_data,
                   GError     **error)
{
  StatusWrite *w = user_data;
  g_autoptr(CtAsset) stored = NULL;
  CtRecord *a, *t = CT_RECORD (w->ticket);
  gint64 id;

  stored = ct_asset_store_load (w->self, ct_record_get_id (CT_RECORD (w->asset)), error);
  if (stored == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("Asset “%s” was deleted by someone else."), ct_asset_get_code (w->asset));
      return FALSE;
    }
  a = CT_RECORD (stored);
  if (g_str_equal (ct_asset_get_status (stored), "retired"))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is retired: report the fault on the asset that replaced it."),
                   ct_asset_get_code (stored));
      return FALSE;
    }
  ct_record_set_int (t, "asset_id", ct_record_get_id (a));
  ct_record_set_int (t, "site_id", ct_record_get_int (a, "site_id"));
  ct_record_set_int (t, "building_id", ct_record_get_int (a, "building_id"));
  if (!ct_ticket_store_create (w->tickets, w->ticket, w->actor, error))
    return FALSE;
  if (!w->mark_down)
    return TRUE;
  id = ct_record_get_id (t);
  if (g_str_equal (ct_asset_get_status (stored), "down"))
    return link_open_failure (db, ct_record_get_id (a), id, error);
  return ct_asset_status_apply (db, ct_record_get_id (a),
                                ct_record_get_version (CT_RECORD (w->asset)), "down",
                                ct_record_get_string (t, "title"), id,
                                ct_record_get_created_at (t), w->actor, error);
}

gboolean
ct_asset_store_report_fault (CtAssetStore   *self,
                             CtTicketStore  *tickets,
                             CtAsset        *asset,
                             CtTicket       *ticket,
                             gboolean        mark_down,
                             const char     *actor,
                             GError        **error)
{
  StatusWrite w = { self, tickets, asset, ticket, "down", NULL, 0, 0, mark_down, actor };
  g_autoptr(CtRecord) saved = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_TICKET_STORE (tickets), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (CT_IS_TICKET (ticket), FALSE);
  g_return_val_if_fail (ct_record_get_id (CT_RECORD (ticket)) == 0, FALSE);
  if (!ct_permission_check (self->db, "ticket", "create", 0, error))
    return FALSE;

  if (g_strcmp0 (ct_ticket_get_kind (ticket), "repair") != 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("A fault is reported as a repair ticket, not as a %s."),
                   ct_ticket_kind_label (ct_ticket_get_kind (ticket)));
      return FALSE;
    }
  saved = ct_record_copy (CT_RECORD (ticket));
  if (!ct_database_write (self->db, report_fault_func, &w, error))
    {
      ct_record_assign (CT_RECORD (ticket), saved);
      return FALSE;
    }
  return refresh (self, asset, error);
}

/* Whether @asset_id still has open downtime, and its status. */
static gboolean
asset_state (CtDatabase  *db,
             gint64       asset_id,
             gboolean    *still_open,
             char       **status,
             GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT status, EXISTS (SELECT 1 FROM asset_downtime d WHERE d.asset_id = a.id "
    "AND d.ended_at IS NULL) FROM assets a WHERE a.id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *status = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *still_open = sqlite3_column_int (stmt, 1) != 0;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

typedef struct
{
  gint64      ticket_id;
  gint64      at;
  const char *actor;
} CloseForTicket;

/* The open downtime of the ticket (GArray of gint64 triples: id, asset_id,
 * started_at). */
static GArray *
ticket_downtime (CtDatabase  *db,
                 gint64       ticket_id,
                 GError     **error)
{
  return ct_asset_store_read_ints (db,
    "SELECT id, asset_id, started_at FROM asset_downtime WHERE ticket_id = ? "
    "AND ended_at IS NULL ORDER BY id", ticket_id, 3, error);
}

static gboolean
back_in_service (CtDatabase      *db,
                 CloseForTicket  *c,
                 gint64           asset_id,
                 gint64           at,
                 GError         **error)
{
  g_autofree char *status = NULL;
  gboolean still_open = FALSE;

  if (!asset_state (db, asset_id, &still_open, &status, error))
    return FALSE;
  if (still_open || status == NULL
      || !(g_str_equal (status, "down") || g_str_equal (status, "maintenance")))
    return TRUE;
  return ct_asset_status_apply (db, asset_id, -1, "in_service", "", c->ticket_id, at,
                                c->actor, error);
}

static gboolean
close_for_ticket_func (CtDatabase  *db,
                       gpointer     user_data,
                       GError     **error)
{
  CloseForTicket *c = user_data;
  g_autoptr(GArray) rows = ticket_downtime (db, c->ticket_id, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i += 3)
    {
      gint64 id = g_array_index (rows, gint64, i);
      gint64 asset_id = g_array_index (rows, gint64, i + 1);
      /* A ticket resolved before the downtime was recorded ends it at its start. */
      gint64 at = MAX (c->at, g_array_index (rows, gint64, i + 2));

      if (!ct_asset_downtime_close (db, id, at, c->actor, error)
          || !back_in_service (db, c, asset_id, at, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ct_asset_downtime_close_for_ticket (CtDatabase  *db,
                                    gint64       ticket_id,
                                    gint64       at,
                                    const char  *actor,
                                    GError     **error)
{
  CloseForTicket c = { ticket_id, at, actor };

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);

  if (ticket_id == 0)
    return TRUE;
  if (c.at == 0)
    c.at = ct_clock_now (ct_database_get_clock (db));
  return ct_database_write (db, close_for_ticket_func, &c, error);
}

void
ct_downtime_free (CtDowntime *downtime)
{
  if (downtime == NULL)
    return;
  g_free (downtime->kind);
  g_free (downtime->ticket_code);
  g_free (downtime->reason);
  g_free (downtime);
}

static CtDowntime *
downtime_from_row (sqlite3_stmt *stmt)
{
  CtDowntime *d = g_new0 (CtDowntime, 1);

  d->id = sqlite3_column_int64 (stmt, 0);
  d->asset_id = sqlite3_column_int64 (stmt, 1);
  d->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  d->started_at = sqlite3_column_int64 (stmt, 3);
  d->ended_at = sqlite3_column_int64 (stmt, 4);
  d->ticket_id = sqlite3_column_int64 (stmt, 5);
  d->ticket_code = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  d->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  return d;
}

GPtrArray *
ct_asset_store_list_downtime (CtAssetStore  *self,
                              gint64         asset_id,
                              GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_downtime_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);

  stmt = ct_database_prepare (self->db,
    "SELECT d.id, d.asset_id, d.kind, d.started_at, COALESCE (d.ended_at, 0), "
    "COALESCE (d.ticket_id, 0), t.code, d.reason FROM asset_downtime d "
    "LEFT JOIN tickets t ON t.id = d.ticket_id WHERE d.asset_id = ? "
    "ORDER BY d.started_at DESC, d.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, downtime_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (self->db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}
