/* ct-work-calendar-db.c — loading and saving work calendars
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-work-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-permission.h"
#include "ct-work-calendar-private.h"

typedef struct
{
  CtWorkCalendar *calendar;
  const char     *actor;
} SaveOp;

static gboolean
load_row (CtWorkCalendar  *self,
          CtDatabase      *db,
          gint64           site_id,
          GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT id, coalesce (site_id, 0), name, version FROM work_calendars "
    "WHERE site_id = ?1 OR (id = 1 AND NOT EXISTS "
    "(SELECT 1 FROM work_calendars WHERE site_id = ?1)) ORDER BY site_id IS NULL LIMIT 1",
    error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, site_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      self->id = sqlite3_column_int64 (stmt, 0);
      self->site_id = sqlite3_column_int64 (stmt, 1);
      g_free (self->name);
      self->name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      self->version = sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    ct_database_set_error (db, rc, error);
  else
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                 _("The company work calendar is missing from this file; "
                   "run “caretaker-cli check” and restore a backup"));
  return FALSE;
}

static gboolean
load_hours (CtWorkCalendar  *self,
            CtDatabase      *db,
            GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT weekday, start_minute, end_minute FROM calendar_hours "
    "WHERE calendar_id = ? ORDER BY weekday, start_minute", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int weekday = sqlite3_column_int (stmt, 0);
      guint n = self->n_spans[weekday];

      if (n == 2)
        continue;
      self->spans[weekday][n].start_minute = sqlite3_column_int (stmt, 1);
      self->spans[weekday][n].end_minute = sqlite3_column_int (stmt, 2);
      self->n_spans[weekday] = n + 1;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    ct_database_set_error (db, rc, error);
  return rc == SQLITE_DONE;
}

static gboolean
load_days (CtWorkCalendar  *self,
           CtDatabase      *db,
           GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT day, type, name FROM calendar_days WHERE calendar_id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *day = (const char *) sqlite3_column_text (stmt, 0);
      gint64 number;

      if (ct_work_calendar_parse_day_number (day, &number))
        ct_work_calendar_set_day (self, day, (const char *) sqlite3_column_text (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2));
      else
        g_warning ("Skipping calendar day “%s”: not a YYYY-MM-DD date", day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    ct_database_set_error (db, rc, error);
  return rc == SQLITE_DONE;
}

CtWorkCalendar *
ct_work_calendar_load (CtDatabase  *db,
                       gint64       site_id,
                       GError     **error)
{
  g_autoptr(CtWorkCalendar) self = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CT_TYPE_WORK_CALENDAR, NULL);
  if (!(self->tz = ct_work_calendar_load_time_zone (db, error)))
    return NULL;
  if (!load_row (self, db, site_id, error) || !load_hours (self, db, error)
      || !load_days (self, db, error))
    return NULL;
  ct_work_calendar_invalidate (self);
  self->saved_json = ct_work_calendar_to_json (self);
  return g_steal_pointer (&self);
}

char *
ct_work_calendar_to_json (CtWorkCalendar *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) days = ct_work_calendar_list_days (self);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "site_id");
  json_builder_add_int_value (b, self->site_id);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, self->name);
  json_builder_set_member_name (b, "hours");
  json_builder_begin_array (b);
  for (int weekday = 1; weekday <= 7; weekday++)
    for (guint i = 0; i < self->n_spans[weekday]; i++)
      {
        json_builder_begin_array (b);
        json_builder_add_int_value (b, weekday);
        json_builder_add_int_value (b, self->spans[weekday][i].start_minute);
        json_builder_add_int_value (b, self->spans[weekday][i].end_minute);
        json_builder_end_array (b);
      }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "days");
  json_builder_begin_array (b);
  for (guint i = 0; i < days->len; i++)
    {
      CtCalendarDay *day = g_ptr_array_index (days, i);

      json_builder_begin_array (b);
      json_builder_add_string_value (b, day->day);
      json_builder_add_string_value (b, day->type);
      json_builder_add_string_value (b, day->name);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static gboolean
insert_row (CtWorkCalendar  *self,
            CtDatabase      *db,
            gint64           now,
            GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO work_calendars (site_id, name, created_at, updated_at) "
    "VALUES (nullif (?, 0), ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->site_id);
  sqlite3_bind_text (stmt, 2, self->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  self->id = sqlite3_last_insert_rowid (ct_database_get_handle (db));
  self->version = 1;
  return TRUE;
}

static gboolean
update_row (CtWorkCalendar  *self,
            CtDatabase      *db,
            gint64           now,
            GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "UPDATE work_calendars SET version = version + 1, updated_at = ? "
    "WHERE id = ? AND (? = 0 OR version = ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, self->id);
  sqlite3_bind_int64 (stmt, 3, self->version);
  sqlite3_bind_int64 (stmt, 4, self->version);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (ct_database_get_handle (db)) == 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                   _("The work calendar was changed by someone else since it was opened; "
                     "reopen it and make the change again"));
      return FALSE;
    }
  self->version = self->version == 0 ? 0 : self->version + 1;
  return TRUE;
}

static gboolean
delete_contents (CtWorkCalendar  *self,
                 CtDatabase      *db,
                 GError         **error)
{
  const char *sql[] = { "DELETE FROM calendar_hours WHERE calendar_id = ?",
                        "DELETE FROM calendar_days WHERE calendar_id = ?" };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      sqlite3_stmt *stmt = ct_database_prepare (db, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      if (!ct_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_hours (CtWorkCalendar  *self,
              CtDatabase      *db,
              GError         **error)
{
  for (int weekday = 1; weekday <= 7; weekday++)
    for (guint i = 0; i < self->n_spans[weekday]; i++)
      {
        sqlite3_stmt *stmt = ct_database_prepare (db,
          "INSERT INTO calendar_hours (calendar_id, weekday, start_minute, end_minute) "
          "VALUES (?, ?, ?, ?)", error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, self->id);
        sqlite3_bind_int (stmt, 2, weekday);
        sqlite3_bind_int (stmt, 3, self->spans[weekday][i].start_minute);
        sqlite3_bind_int (stmt, 4, self->spans[weekday][i].end_minute);
        if (!ct_database_step_done (db, stmt, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
insert_days (CtWorkCalendar  *self,
             CtDatabase      *db,
             GError         **error)
{
  g_autoptr(GPtrArray) days = ct_work_calendar_list_days (self);

  for (guint i = 0; i < days->len; i++)
    {
      CtCalendarDay *day = g_ptr_array_index (days, i);
      sqlite3_stmt *stmt = ct_database_prepare (db,
        "INSERT INTO calendar_days (calendar_id, day, type, name) VALUES (?, ?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      sqlite3_bind_text (stmt, 2, day->day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, day->type, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, day->name, -1, SQLITE_TRANSIENT);
      if (!ct_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  SaveOp *op = user_data;
  CtWorkCalendar *self = op->calendar;
  gint64 now = ct_clock_now (ct_database_get_clock (db));
  gboolean create = self->id == 0 && self->site_id != 0;
  g_autofree char *json = NULL;

  if (self->id == 0 && self->site_id == 0)
    self->id = 1;
  if (!(create ? insert_row (self, db, now, error) : update_row (self, db, now, error))
      || !delete_contents (self, db, error) || !insert_hours (self, db, error)
      || !insert_days (self, db, error))
    return FALSE;
  json = ct_work_calendar_to_json (self);
  return ct_database_audit (db, op->actor, "calendar", self->id, create ? "insert" : "update",
                            create ? NULL : self->saved_json, json, error);
}

gboolean
ct_work_calendar_save (CtWorkCalendar  *self,
                       CtDatabase      *db,
                       const char      *actor,
                       GError         **error)
{
  SaveOp op = { self, actor };
  gint64 id = self->id, version = self->version;

  g_return_val_if_fail (CT_IS_WORK_CALENDAR (self), FALSE);
  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  if (!ct_permission_check (db, "work_calendar", "update", 0, error))
    return FALSE;

  if (ct_work_calendar_workday_minutes (self) == 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Monday has no business hours: give it at least one period, "
                     "since make-up workdays and “working days” use Monday’s hours"));
      return FALSE;
    }
  if (!ct_database_write (db, save_func, &op, error))
    {
      self->id = id;
      self->version = version;
      return FALSE;
    }
  g_free (self->saved_json);
  self->saved_json = ct_work_calendar_to_json (self);
  return TRUE;
}
