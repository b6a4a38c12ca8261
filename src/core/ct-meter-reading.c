/* ct-meter-reading.c — entering meter readings in order, their consumption
 * and anomaly flag; listing readings and anomalies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-meter"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-asset-store-private.h"
#include "ct-error.h"
#include "ct-meter.h"

#define DAY_SECONDS 86400.0
/* The readings read before a new one: the last, and the six before it whose
 * daily rates make the history of the rule. */
#define N_PAST 7

#define READING_COLUMNS \
  "r.id, r.meter_id, r.read_at, r.value, r.consumption, r.anomaly, r.reason, r.reader"

typedef struct
{
  gint64    read_at;
  double    value;
  gboolean  has_consumption;
  double    consumption;
} Past;

typedef struct
{
  CtAssetStore    *store;
  CtRecord        *meter;
  gint64           read_at;
  double           value;
  const char      *reader;
  const char      *actor;
  CtMeterReading  *saved;
} AddReading;

void
ct_meter_reading_free (CtMeterReading *reading)
{
  if (reading == NULL)
    return;
  g_free (reading->reason);
  g_free (reading->reader);
  g_free (reading);
}

/* The meter's last readings, newest first, into @past; their number, or -1
 * with @error set. */
static int
read_past (CtDatabase  *db,
           gint64       meter_id,
           Past        *past,
           GError     **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "SELECT read_at, value, consumption FROM meter_readings WHERE meter_id = ? "
    "ORDER BY read_at DESC LIMIT ?", error);
  int n = 0, rc = SQLITE_DONE;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, meter_id);
  sqlite3_bind_int (stmt, 2, N_PAST);
  while (n < N_PAST && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      past[n].read_at = sqlite3_column_int64 (stmt, 0);
      past[n].value = sqlite3_column_double (stmt, 1);
      past[n].has_consumption = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      past[n].consumption = sqlite3_column_double (stmt, 2);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      ct_database_set_error (db, rc, error);
      return -1;
    }
  return n;
}

/* The daily rates of the readings in @past that have one, oldest first.
 * Readings lower than before (a meter replaced or misread) are left out. */
static guint
history_rates (const Past *past,
               int         n,
               double     *rates)
{
  guint n_rates = 0;

  for (int i = n - 2; i >= 0; i--)
    {
      double days = (double) (past[i].read_at - past[i + 1].read_at) / DAY_SECONDS;

      if (past[i].has_consumption && past[i].consumption >= 0 && days > 0)
        rates[n_rates++] = past[i].consumption / days;
    }
  return n_rates;
}

static gboolean
check_value (AddReading  *a,
             GError     **error)
{
  if (isfinite (a->value) && a->value >= 0)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("A reading of meter %s must be a number of zero or more."),
               ct_record_get_string (a->meter, "code"));
  return FALSE;
}

static gboolean
check_order (AddReading  *a,
             const Past  *last,
             GError     **error)
{
  CtDatabase *db = ct_asset_store_get_database (a->store);
  g_autofree char *then = NULL;
  g_autofree char *when = NULL;

  if (a->read_at > last->read_at)
    return TRUE;
  then = ct_asset_store_format_time (db, last->read_at);
  when = ct_asset_store_format_time (db, a->read_at);
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("Meter %s (%s) was last read at %s: a reading at %s must come after it. "
                 "Enter readings in the order they were taken."),
               ct_record_get_string (a->meter, "code"), ct_record_get_string (a->meter, "name"),
               then, when);
  return FALSE;
}

static char *
reading_json (const CtMeterReading *r,
              const char           *meter_code)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "meter");
  json_builder_add_string_value (b, meter_code);
  json_builder_set_member_name (b, "meter_id");
  json_builder_add_int_value (b, r->meter_id);
  json_builder_set_member_name (b, "read_at");
  json_builder_add_int_value (b, r->read_at);
  json_builder_set_member_name (b, "value");
  json_builder_add_double_value (b, r->value);
  json_builder_set_member_name (b, "consumption");
  if (r->has_consumption)
    json_builder_add_double_value (b, r->consumption);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "anomaly");
  json_builder_add_boolean_value (b, r->anomaly);
  json_builder_set_member_name (b, "reason");
  json_builder_add_string_value (b, r->reason);
  json_builder_set_member_name (b, "reader");
  json_builder_add_string_value (b, r->reader);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  return json_to_string (root, FALSE);
}

static gboolean
insert_reading (CtDatabase      *db,
                CtMeterReading  *r,
                GError         **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO meter_readings (meter_id, read_at, value, consumption, anomaly, reason, "
    "reader, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, r->meter_id);
  sqlite3_bind_int64 (stmt, 2, r->read_at);
  sqlite3_bind_double (stmt, 3, r->value);
  if (r->has_consumption)
    sqlite3_bind_double (stmt, 4, r->consumption);
  sqlite3_bind_int (stmt, 5, r->anomaly ? 1 : 0);
  sqlite3_bind_text (stmt, 6, r->reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, r->reader, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 8, ct_clock_now (ct_database_get_clock (db)));
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  r->id = sqlite3_last_insert_rowid (ct_database_get_handle (db));
  return TRUE;
}

/* Consumption and the anomaly flag of the new reading against @past. */
static void
judge_reading (CtMeterReading *r,
               const Past     *past,
               int             n_past)
{
  double rates[N_PAST];
  guint n_rates;

  if (n_past == 0)
    return;
  r->has_consumption = TRUE;
  r->consumption = r->value - past[0].value;
  n_rates = history_rates (past, n_past, rates);
  g_clear_pointer (&r->reason, g_free);
  r->anomaly = ct_meter_judge (rates, n_rates, r->consumption,
                               (double) (r->read_at - past[0].read_at) / DAY_SECONDS,
                               &r->reason);
  if (r->reason == NULL)
    r->reason = g_strdup ("");
}

static gboolean
add_func (CtDatabase  *db,
          gpointer     user_data,
          GError     **error)
{
  AddReading *a = user_data;
  g_autoptr(CtMeterReading) r = g_new0 (CtMeterReading, 1);
  g_autofree char *json = NULL;
  Past past[N_PAST];
  int n_past;

  if (!check_value (a, error)
      || (n_past = read_past (db, ct_record_get_id (a->meter), past, error)) < 0
      || (n_past > 0 && !check_order (a, &past[0], error)))
    return FALSE;
  r->meter_id = ct_record_get_id (a->meter);
  r->read_at = a->read_at;
  r->value = a->value;
  r->reason = g_strdup ("");
  r->reader = g_strdup (a->reader != NULL ? a->reader : "");
  judge_reading (r, past, n_past);
  if (!insert_reading (db, r, error))
    return FALSE;
  json = reading_json (r, ct_record_get_string (a->meter, "code"));
  if (!ct_database_audit (db, a->actor, "meter_reading", r->id, "insert", NULL, json, error))
    return FALSE;
  a->saved = g_steal_pointer (&r);
  return TRUE;
}

gboolean
ct_meter_add_reading (CtAssetStore    *store,
                      gint64           meter_id,
                      gint64           read_at,
                      double           value,
                      const char      *reader,
                      const char      *actor,
                      CtMeterReading **out,
                      GError         **error)
{
  CtRecordStore *meters;
  CtDatabase *db;
  g_autoptr(CtRecord) meter = NULL;
  g_autoptr(GError) local_error = NULL;
  AddReading a = { store, NULL, read_at, value, reader, actor, NULL };
  gboolean saved, nested;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);

  meters = ct_meter_get_store (store);
  db = ct_asset_store_get_database (store);
  if (!ct_permission_check (db, "meter_reading", "create", 0, error))
    return FALSE;
  nested = ct_database_in_write (db);
  if (!(meter = ct_record_store_load (meters, meter_id, &local_error)))
    {
      if (local_error == NULL)
        g_set_error (&local_error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("The meter was deleted by someone else: the reading was not saved."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  a.meter = meter;
  saved = ct_database_write (db, add_func, &a, error);
  if (saved && out != NULL)
    *out = g_steal_pointer (&a.saved);
  g_clear_pointer (&a.saved, ct_meter_reading_free);
  if (saved && !nested)   /* else the outer write's caller says so, once */
    ct_asset_store_emit_changed (store);
  return saved;
}

static CtMeterReading *
reading_from_row (sqlite3_stmt *stmt)
{
  CtMeterReading *r = g_new0 (CtMeterReading, 1);

  r->id = sqlite3_column_int64 (stmt, 0);
  r->meter_id = sqlite3_column_int64 (stmt, 1);
  r->read_at = sqlite3_column_int64 (stmt, 2);
  r->value = sqlite3_column_double (stmt, 3);
  r->has_consumption = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
  r->consumption = sqlite3_column_double (stmt, 4);
  r->anomaly = sqlite3_column_int (stmt, 5) != 0;
  r->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  r->reader = g_strdup ((const char *) sqlite3_column_text (stmt, 7));
  return r;
}

/* The readings of "SELECT … FROM meter_readings r JOIN meters m … @rest",
 * with the @n @values bound in order; NULL with @error set. */
static GPtrArray *
select_readings (CtAssetStore  *store,
                 const char    *rest,
                 const gint64  *values,
                 guint          n,
                 GError       **error)
{
  CtDatabase *db = ct_asset_store_get_database (store);
  g_autofree char *sql = g_strconcat ("SELECT " READING_COLUMNS " FROM meter_readings r "
                                      "JOIN meters m ON m.id = r.meter_id ", rest, NULL);
  g_autoptr(GPtrArray) readings =
    g_ptr_array_new_with_free_func ((GDestroyNotify) ct_meter_reading_free);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = ct_database_prepare (db, sql, error)))
    return NULL;
  for (guint i = 0; i < n; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, values[i]);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (readings, reading_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&readings);
}

GPtrArray *
ct_meter_list_readings (CtAssetStore  *store,
                        gint64         meter_id,
                        guint          limit,
                        GError       **error)
{
  gint64 values[] = { meter_id, limit > 0 ? (gint64) limit : G_MAXINT64 };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  return select_readings (store, "WHERE r.meter_id = ? ORDER BY r.read_at DESC LIMIT ?",
                          values, G_N_ELEMENTS (values), error);
}

GPtrArray *
ct_meter_list_anomalies (CtAssetStore  *store,
                         gint64         asset_id,
                         gint64         since,
                         GError       **error)
{
  gint64 values[] = { since, asset_id, asset_id };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  return select_readings (store, "WHERE r.anomaly = 1 AND r.read_at >= ? "
                          "AND (? = 0 OR m.asset_id = ?) ORDER BY r.read_at DESC, r.id DESC",
                          values, G_N_ELEMENTS (values), error);
}
