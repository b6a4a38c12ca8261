/* ct-asset-store-status.c — status changes and the downtime they open and close
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"

/* The stored state of one asset. */
typedef struct
{
  gint64  version;
  char   *status;
  char   *code;
} Stored;

static void
stored_clear (Stored *s)
{
  g_clear_pointer (&s->status, g_free);
  g_clear_pointer (&s->code, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Stored, stored_clear)

static gboolean
read_stored (CtDatabase  *db,
             gint64       asset_id,
             Stored      *s,
             GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT version, status, code FROM assets WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      s->version = sqlite3_column_int64 (stmt, 0);
      s->status = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      s->code = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (s->code != NULL)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
               _("The asset no longer exists: someone else deleted it."));
  return FALSE;
}

static gboolean
check_transition (const Stored  *s,
                  gint64         version,
                  const char    *status,
                  GError       **error)
{
  if (version >= 0 && version != s->version)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                 _("“%s” was changed by someone else since you opened it."), s->code);
  else if (ct_asset_status_label (status) == NULL)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("“%s” is not an asset status."), status);
  else if (g_str_equal (s->status, "retired"))
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("“%s” is retired: the status of a retired asset cannot change."), s->code);
  else if (g_str_equal (s->status, status))
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("“%s” is already “%s”."), s->code, ct_asset_status_label (status));
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_ticket (CtDatabase  *db,
              gint64       ticket_id,
              GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean found;

  if (ticket_id == 0)
    return TRUE;
  if (!(stmt = ct_database_prepare (db, "SELECT 1 FROM tickets WHERE id = ?", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ticket_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  if (!found)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                 _("The ticket of this status change no longer exists."));
  return found;
}

/* The open downtime of @asset_id (GArray of gint64 pairs: id, started_at). */
static GArray *
open_downtime (CtDatabase  *db,
               gint64       asset_id,
               GError     **error)
{
  return ct_asset_store_read_ints (db,
    "SELECT id, started_at FROM asset_downtime WHERE asset_id = ? AND ended_at IS NULL "
    "ORDER BY started_at, id", asset_id, 2, error);
}

/* {"key": value, …}: keys starting with '$' take a string, others a gint64. */
static char *
json_of (const char *first_key,
         ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *key;
  va_list args;

  json_builder_begin_object (builder);
  va_start (args, first_key);
  for (key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      json_builder_set_member_name (builder, key[0] == '$' ? key + 1 : key);
      if (key[0] == '$')
        json_builder_add_string_value (builder, va_arg (args, const char *));
      else
        json_builder_add_int_value (builder, va_arg (args, gint64));
    }
  va_end (args);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

/* Runs @stmt, a write of @table, then audits it: row @id, or with @id 0 the
 * row it inserted. */
static gboolean
step_audited (CtDatabase    *db,
              sqlite3_stmt  *stmt,
              const char    *table,
              gint64         id,
              const char    *actor,
              const char    *old_json,
              const char    *new_json,
              GError       **error)
{
  const char *action = id == 0 ? "insert" : "update";

  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  if (id == 0)
    id = sqlite3_last_insert_rowid (ct_database_get_handle (db));
  return ct_database_audit (db, actor, table, id, action, old_json, new_json, error);
}

gboolean
ct_asset_downtime_close (CtDatabase  *db,
                         gint64       id,
                         gint64       at,
                         const char  *actor,
                         GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE asset_downtime SET ended_at = ?, version = version + 1, updated_at = ? "
    "WHERE id = ?", error);
  g_autofree char *json = json_of ("ended_at", at, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, at);
  sqlite3_bind_int64 (stmt, 2, ct_clock_now (ct_database_get_clock (db)));
  sqlite3_bind_int64 (stmt, 3, id);
  return step_audited (db, stmt, "asset_downtime", id, actor, NULL, json, error);
}

gboolean
ct_asset_downtime_open (CtDatabase  *db,
                        gint64       asset_id,
                        const char  *kind,
                        const char  *reason,
                        gint64       ticket_id,
                        gint64       at,
                        const char  *actor,
                        GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO asset_downtime (asset_id, kind, started_at, ticket_id, reason, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
  gint64 now = ct_clock_now (ct_database_get_clock (db));
  g_autofree char *json = json_of ("asset_id", asset_id, "$kind", kind, "started_at", at,
                                   "ticket_id", ticket_id, "$reason", reason, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, at);
  if (ticket_id != 0)
    sqlite3_bind_int64 (stmt, 4, ticket_id);
  sqlite3_bind_text (stmt, 5, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, now);
  return step_audited (db, stmt, "asset_downtime", 0, actor, NULL, json, error);
}

/* Closes every open downtime of @asset_id at @at, refusing an @at before one
 * started. */
static gboolean
close_open_downtime (CtDatabase  *db,
                     const char  *code,
                     gint64       asset_id,
                     gint64       at,
                     const char  *actor,
                     GError     **error)
{
  g_autoptr(GArray) open = open_downtime (db, asset_id, error);

  if (open == NULL)
    return FALSE;
  for (guint i = 0; i < open->len; i += 2)
    if (at < g_array_index (open, gint64, i + 1))
      {
        g_autofree char *when = ct_asset_store_format_time (db, at);
        g_autofree char *start = ct_asset_store_format_time (db,
                                                             g_array_index (open, gint64, i + 1));

        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                     _("The status of “%s” cannot change at %s: it has been out of service "
                       "since %s. Give a later time."), code, when, start);
        return FALSE;
      }
  for (guint i = 0; i < open->len; i += 2)
    if (!ct_asset_downtime_close (db, g_array_index (open, gint64, i), at, actor, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_status (CtDatabase  *db,
              gint64       asset_id,
              const Stored *s,
              const char  *status,
              const char  *reason,
              gint64       ticket_id,
              gint64       at,
              const char  *actor,
              GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE assets SET status = ?, retired_at = CASE WHEN ? THEN ? ELSE retired_at END, "
    "version = version + 1, updated_at = ? WHERE id = ?", error);
  g_autofree char *old_json = json_of ("version", s->version, "$status", s->status, NULL);
  g_autofree char *new_json = json_of ("version", s->version + 1, "$status", status, "at", at,
                                       "$reason", reason, "ticket_id", ticket_id, NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, status, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, g_str_equal (status, "retired"));
  sqlite3_bind_int64 (stmt, 3, at);
  sqlite3_bind_int64 (stmt, 4, ct_clock_now (ct_database_get_clock (db)));
  sqlite3_bind_int64 (stmt, 5, asset_id);
  return step_audited (db, stmt, "asset", asset_id, actor, old_json, new_json, error);
}

const char *
ct_asset_downtime_kind (const char *status)
{
  if (g_str_equal (status, "down"))
    return "failure";
  if (g_str_equal (status, "maintenance"))
    return "maintenance";
  return NULL;
}

gboolean
ct_asset_status_apply (CtDatabase  *db,
                       gint64       asset_id,
                       gint64       version,
                       const char  *status,
                       const char  *reason,
                       gint64       ticket_id,
                       gint64       at,
                       const char  *actor,
                       GError     **error)
{
  g_auto(Stored) s = { 0 };

  g_assert (ct_database_in_write (db));

  reason = reason ? reason : "";
  if (!read_stored (db, asset_id, &s, error)
      || !check_transition (&s, version, status, error)
      || !check_ticket (db, ticket_id, error)
      || !close_open_downtime (db, s.code, asset_id, at, actor, error))
    return FALSE;
  if (ct_asset_downtime_kind (status) != NULL
      && !ct_asset_downtime_open (db, asset_id, ct_asset_downtime_kind (status), reason,
                                  ticket_id, at, actor, error))
    return FALSE;
  return write_status (db, asset_id, &s, status, reason, ticket_id, at, actor, error);
}
