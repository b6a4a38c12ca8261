/* ct-asset-store-timeline.c — the history of one asset, newest first
 *
 * Merged from the ledger itself (creation), audit_log (status changes),
 * asset_downtime, maintenance_records, skipped maintenance_tasks, tickets
 * about the asset and the anomalous readings of its meters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"
#include "ct-ticket.h"

typedef struct
{
  CtAssetStore *self;
  GPtrArray    *events;
  gint64        now;
} Timeline;

typedef void (*RowFunc) (Timeline     *t,
                         sqlite3_stmt *stmt);

static const char *
text (sqlite3_stmt *stmt,
      int           col)
{
  const char *s = (const char *) sqlite3_column_text (stmt, col);

  return s ? s : "";
}

/* Takes @title and @detail. */
static void
add (Timeline         *t,
     CtAssetEventKind  kind,
     gint64            at,
     char             *title,
     char             *detail,
     const char       *actor,
     gint64            ref_id,
     gboolean          warning)
{
  CtAssetEvent *e = g_new0 (CtAssetEvent, 1);

  e->kind = kind;
  e->at = at;
  e->title = title;
  e->detail = detail ? detail : g_strdup ("");
  e->actor = g_strdup (actor ? actor : "");
  e->ref_id = ref_id;
  e->warning = warning;
  g_ptr_array_add (t->events, e);
}

/* Joins the non-empty lines (NULL-terminated, taken) with newlines. */
static char *
lines (char *first,
       ...)
{
  g_autoptr(GString) out = g_string_new (NULL);
  va_list args;

  va_start (args, first);
  for (char *line = first; line != NULL; line = va_arg (args, char *))
    {
      if (*line != '\0')
        g_string_append_printf (out, "%s%s", out->len ? "\n" : "", line);
      g_free (line);
    }
  va_end (args);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "Label: value", or "" when @value is empty. */
static char *
labelled (const char *format,
          const char *value)
{
  if (value == NULL || *value == '\0')
    return g_strdup ("");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, value);
#pragma GCC diagnostic pop
}

static gboolean
run (Timeline    *t,
     const char  *sql,
     gint64       asset_id,
     RowFunc      func,
     GError     **error)
{
  CtDatabase *db = t->self->db;
  sqlite3_stmt *stmt = ct_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (t, stmt);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}

static void
created_row (Timeline     *t,
             sqlite3_stmt *stmt)
{
  add (t, CT_ASSET_EVENT_CREATED, sqlite3_column_int64 (stmt, 0),
       g_strdup (_("Entered in the ledger")),
       labelled (_("Installed on %s"), text (stmt, 1)), text (stmt, 2), 0, FALSE);
}

static const char *
status_title (const char *status)
{
  if (g_str_equal (status, "down"))
    return _("Marked down");
  if (g_str_equal (status, "maintenance"))
    return _("Taken out for maintenance");
  if (g_str_equal (status, "retired"))
    return _("Retired");
  return _("Back in service");
}

static const char *
member_string (JsonObject *o,
               const char *name)
{
  JsonNode *node = o ? json_object_get_member (o, name) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
         ? json_node_get_string (node) : NULL;
}

static gint64
member_int (JsonObject *o,
            const char *name)
{
  JsonNode *node = o ? json_object_get_member (o, name) : NULL;

  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64
         ? json_node_get_int (node) : 0;
}

static JsonObject *
parse_object (const char *json,
              JsonNode  **node)
{
  *node = json ? json_from_string (json, NULL) : NULL;
  return *node && JSON_NODE_HOLDS_OBJECT (*node) ? json_node_get_object (*node) : NULL;
}

/* An audit row of the asset: a status event when the status changed. */
static void
status_row (Timeline     *t,
            sqlite3_stmt *stmt)
{
  g_autoptr(JsonNode) old_node = NULL;
  g_autoptr(JsonNode) new_node = NULL;
  JsonObject *old = parse_object ((const char *) sqlite3_column_text (stmt, 2), &old_node);
  JsonObject *now = parse_object ((const char *) sqlite3_column_text (stmt, 3), &new_node);
  const char *from = member_string (old, "status");
  const char *to = member_string (now, "status");
  gint64 at = member_int (now, "at");

  if (from == NULL || to == NULL || g_str_equal (from, to) || !ct_asset_status_label (to))
    return;
  add (t, CT_ASSET_EVENT_STATUS, at ? at : sqlite3_column_int64 (stmt, 0),
       g_strdup (status_title (to)),
       lines (g_strdup_printf (_("%s → %s"), ct_asset_status_label (from) ?: from,
                               ct_asset_status_label (to)),
              labelled (_("Reason: %s"), member_string (now, "reason")), NULL),
       text (stmt, 1), member_int (now, "ticket_id"), g_str_equal (to, "down"));
}

static void
downtime_row (Timeline     *t,
              sqlite3_stmt *stmt)
{
  gboolean failure = g_str_equal (text (stmt, 1), "failure");
  gint64 start = sqlite3_column_int64 (stmt, 2);
  gint64 end = sqlite3_column_int64 (stmt, 3);
  g_autofree char *length = ct_asset_format_duration ((end ? end : t->now) - start);
  g_autofree char *from = ct_asset_store_format_time (t->self->db, start);
  g_autofree char *to = end ? ct_asset_store_format_time (t->self->db, end) : NULL;
  char *title;

  if (end)
    title = g_strdup_printf (failure ? _("Failure downtime, %s") : _("Maintenance downtime, %s"),
                             length);
  else
    title = g_strdup_printf (failure ? _("Failure downtime, ongoing for %s")
                                     : _("Maintenance downtime, ongoing for %s"), length);
  add (t, CT_ASSET_EVENT_DOWNTIME, start, title,
       lines (end ? g_strdup_printf (_("From %s to %s"), from, to)
                  : g_strdup_printf (_("Since %s"), from),
              labelled (_("Reason: %s"), text (stmt, 4)),
              labelled (_("Ticket %s"), text (stmt, 5)), NULL),
       "", sqlite3_column_int64 (stmt, 0), failure);
}

static const char *
record_title (const char *kind)
{
  if (g_str_equal (kind, "corrective"))
    return _("Corrective maintenance");
  if (g_str_equal (kind, "inspection"))
    return _("Inspection");
  return _("Preventive maintenance");
}

static char *
record_costs (gint64 minutes,
              gint64 cents)
{
  g_autofree char *length = minutes ? ct_asset_format_duration (minutes * 60) : NULL;
  g_autofree char *yuan = cents ? g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100,
                                                   (int) (cents % 100)) : NULL;

  return lines (labelled (_("Downtime: %s"), length), labelled (_("Cost: ¥%s"), yuan), NULL);
}

static void
record_row (Timeline     *t,
            sqlite3_stmt *stmt)
{
  gboolean failed = sqlite3_column_int (stmt, 7) == 0;
  const char *title = record_title (text (stmt, 1));

  add (t, CT_ASSET_EVENT_MAINTENANCE, sqlite3_column_int64 (stmt, 2),
       failed ? g_strdup_printf (_("%s, recheck failed"), title) : g_strdup (title),
       lines (labelled (_("Problem: %s"), text (stmt, 4)),
              labelled (_("Action: %s"), text (stmt, 5)),
              labelled (_("Recheck: %s"), text (stmt, 6)),
              record_costs (sqlite3_column_int64 (stmt, 8), sqlite3_column_int64 (stmt, 9)),
              NULL),
       text (stmt, 3), sqlite3_column_int64 (stmt, 0), failed);
}

static void
task_row (Timeline     *t,
          sqlite3_stmt *stmt)
{
  add (t, CT_ASSET_EVENT_TASK, sqlite3_column_int64 (stmt, 3),
       g_strdup_printf (_("Maintenance skipped: %s"), text (stmt, 4)),
       lines (labelled (_("Due on %s"), text (stmt, 1)), g_strdup (text (stmt, 2)), NULL),
       "", sqlite3_column_int64 (stmt, 0), TRUE);
}

static void
ticket_row (Timeline     *t,
            sqlite3_stmt *stmt)
{
  const char *status = text (stmt, 3);

  add (t, CT_ASSET_EVENT_TICKET, sqlite3_column_int64 (stmt, 4),
       g_strdup_printf ("%s %s", text (stmt, 1), text (stmt, 2)),
       labelled (_("Status: %s"), ct_ticket_status_label (status) ?: status),
       text (stmt, 6), sqlite3_column_int64 (stmt, 0), g_str_equal (text (stmt, 5), "repair"));
}

static void
reading_row (Timeline     *t,
             sqlite3_stmt *stmt)
{
  char *use = sqlite3_column_type (stmt, 3) == SQLITE_NULL
              ? g_strdup ("")
              : g_strdup_printf (_("Use since the previous reading: %.2f"),
                                 sqlite3_column_double (stmt, 3));

  add (t, CT_ASSET_EVENT_READING, sqlite3_column_int64 (stmt, 1),
       g_strdup_printf (_("Unusual reading on meter %s %s"), text (stmt, 6), text (stmt, 7)),
       lines (g_strdup_printf (_("Reading: %.2f"), sqlite3_column_double (stmt, 2)), use,
              g_strdup (text (stmt, 4)), NULL),
       text (stmt, 5), sqlite3_column_int64 (stmt, 0), TRUE);
}

static const struct
{
  const char *sql;
  RowFunc     func;
} sources[] = {
  /* In the order events of the same second are shown, newest first. */
  { "SELECT at, actor, old_json, new_json FROM audit_log WHERE entity = 'asset' "
    "AND entity_id = ? AND action = 'update' ORDER BY id DESC", status_row },
  { "SELECT d.id, d.kind, d.started_at, COALESCE (d.ended_at, 0), d.reason, t.code "
    "FROM asset_downtime d LEFT JOIN tickets t ON t.id = d.ticket_id WHERE d.asset_id = ? "
    "ORDER BY d.id DESC",
    downtime_row },
  { "SELECT id, kind, performed_at, performer, problem, action, recheck, recheck_ok, "
    "downtime_minutes, cost_cents FROM maintenance_records WHERE asset_id = ? ORDER BY id DESC",
    record_row },
  { "SELECT t.id, t.due_on, t.note, COALESCE (t.completed_at, t.updated_at), p.title "
    "FROM maintenance_tasks t JOIN maintenance_plans p ON p.id = t.plan_id "
    "WHERE t.asset_id = ? AND t.status = 'skipped' ORDER BY t.id DESC", task_row },
  { "SELECT r.id, r.read_at, r.value, r.consumption, r.reason, r.reader, m.code, m.name "
    "FROM meter_readings r JOIN meters m ON m.id = r.meter_id "
    "WHERE m.asset_id = ? AND r.anomaly = 1 ORDER BY r.id DESC", reading_row },
  { "SELECT id, code, title, status, created_at, kind, owner_user FROM tickets "
    "WHERE asset_id = ? ORDER BY id DESC", ticket_row },
  { "SELECT a.created_at, a.installed_on, (SELECT l.actor FROM audit_log l "
    "WHERE l.entity = 'asset' AND l.entity_id = a.id AND l.action = 'insert' "
    "ORDER BY l.id LIMIT 1) FROM assets a WHERE a.id = ?", created_row },
};

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const CtAssetEvent *ea = *(CtAssetEvent * const *) a;
  const CtAssetEvent *eb = *(CtAssetEvent * const *) b;

  return (ea->at < eb->at) - (ea->at > eb->at);
}

void
ct_asset_event_free (CtAssetEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->title);
  g_free (event->detail);
  g_free (event->actor);
  g_free (event);
}

GPtrArray *
ct_asset_store_timeline (CtAssetStore  *self,
                         gint64         asset_id,
                         GError       **error)
{
  g_autoptr(GPtrArray) events =
    g_ptr_array_new_with_free_func ((GDestroyNotify) ct_asset_event_free);
  Timeline t = { self, events, 0 };

  g_return_val_if_fail (CT_IS_ASSET_STORE (self), NULL);

  t.now = ct_asset_store_now (self);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    if (!run (&t, sources[i].sql, asset_id, sources[i].func, error))
      return NULL;
  /* A stable sort: events of the same second keep the order of sources[]. */
  g_ptr_array_sort (events, newest_first);
  return g_steal_pointer (&events);
}

char *
ct_asset_format_duration (gint64 seconds)
{
  gint64 minutes = MAX (seconds, 0) / 60;
  int days = (int) (minutes / (24 * 60));
  int hours = (int) (minutes / 60 % 24);
  int mins = (int) (minutes % 60);

  /* TRANSLATORS: durations: "d" days, "h" hours, "min" minutes. */
  if (days > 0 && hours > 0)
    return g_strdup_printf (_("%d d %d h"), days, hours);
  if (days > 0)
    return g_strdup_printf (_("%d d"), days);
  if (hours > 0 && mins > 0)
    return g_strdup_printf (_("%d h %d min"), hours, mins);
  if (hours > 0)
    return g_strdup_printf (_("%d h"), hours);
  return g_strdup_printf (_("%d min"), mins);
}
