/* ct-demo-assets-meters.c — the demo's meters: an electricity meter of the
 * public areas and a water meter in every building, read every Monday morning
 * for a year
 *
 * Use follows the building (floors, entrances, elevators, homes) and the
 * season, with a little noise. A few weeks are not ordinary: a leak or a
 * fault that doubles or triples the use, and one meter replaced (it reads
 * lower than before). Each reading's consumption and anomaly flag are those
 * ct_meter_add_reading() would give: the rule of ct_meter_judge() over the
 * daily rates of the meter's previous readings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ct-demo-assets-private.h"
#include "ct-meter.h"

#define N_PAST       7      /* readings the rule looks back on (six rates) */
#define SPIKE_PM     60     /* meters with an unusual week, per 1,000 */
#define REPLACED_PM  15     /* meters replaced during the year, per 1,000 */
#define WEEKS        52

typedef struct
{
  gint64   read_at;
  double   value;
  gboolean has_consumption;
  double   consumption;
} Past;

typedef struct
{
  gint64      id;
  const char *reader;
  double      daily;          /* use on an ordinary day */
  double      season;         /* how much more at the height of summer */
  int         spike_week;     /* -1 = none */
  int         replaced_week;  /* -1 = none */
  Past        past[N_PAST];   /* oldest first */
  guint       n_past;
} Meter;

static gboolean
insert_meter (CtDemoLedger                *ledger,
              const CtDemoLedgerBuilding  *building,
              const char                  *kind,
              Meter                       *meter,
              GError                     **error)
{
  const CtDemoLedgerSite *site = &g_array_index (ledger->sites, CtDemoLedgerSite, building->site);
  gboolean power = g_str_equal (kind, "electricity");
  GArray *assets = ct_demo_ledger_group (ledger, building->id, power ? "lv_panel" : "pump");
  g_autofree char *code = g_strdup_printf ("%s-%s-%02u", power ? "DB" : "SB", site->code,
                                           building->number);
  g_autofree char *name = g_strdup_printf (power ? "%s 公区总电表" : "%s 总水表", building->name);
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "INSERT INTO meters (code, name, kind, site_id, building_id, asset_id, note, created_at, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, nullif (?6, 0), '', ?7, ?7)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, site->id);
  sqlite3_bind_int64 (stmt, 5, building->id);
  sqlite3_bind_int64 (stmt, 6, assets && assets->len > 0
                      ? g_array_index (ledger->assets, CtDemoLedgerAsset,
                                       g_array_index (assets, guint, 0)).id : 0);
  sqlite3_bind_int64 (stmt, 7, ledger->now);
  if (!ct_database_step_done (ledger->db, stmt, error))
    return FALSE;
  meter->id = sqlite3_last_insert_rowid (ct_database_get_handle (ledger->db));
  ledger->n_meters++;
  return TRUE;
}

/* Use a day: public lighting, elevators and pumps; the homes' water. */
static void
plan_use (CtDemoLedger               *ledger,
          const CtDemoLedgerBuilding *building,
          gboolean                    power,
          Meter                      *meter)
{
  const CtDemoLedgerSite *site = &g_array_index (ledger->sites, CtDemoLedgerSite, building->site);

  if (power)
    meter->daily = building->entrances == 0 ? 12.0
                   : 15.0 + 1.5 * building->floors * building->entrances + 30.0 * building->lifts;
  else
    meter->daily = MAX (2.0, building->units * (building->entrances == 0 ? 0.6 : 0.3));
  meter->season = power ? 0.12 : 0.15;
  meter->spike_week = ct_demo_rng_below (&ledger->rng, 1000) < SPIKE_PM
                      ? (int) ct_demo_rng_range (&ledger->rng, 10, WEEKS - 2) : -1;
  meter->replaced_week = ct_demo_rng_below (&ledger->rng, 1000) < REPLACED_PM
                         ? (int) ct_demo_rng_range (&ledger->rng, 10, WEEKS - 2) : -1;
  meter->reader = site->electricians->len == 0 ? ""
    : ((CtDemoWorker *) g_ptr_array_index (site->electricians,
                                            ct_demo_rng_below (&ledger->rng,
                                                               site->electricians->len)))->name;
}

/* The daily rates of the previous readings, oldest first, as
 * ct_meter_add_reading() takes them. */
static guint
history (const Meter *meter,
         double      *rates)
{
  guint n = 0;

  for (guint i = 1; i < meter->n_past; i++)
    {
      const Past *p = &meter->past[i];
      double days = (double) (p->read_at - meter->past[i - 1].read_at) / CT_DEMO_DAY;

      if (p->has_consumption && p->consumption >= 0 && days > 0)
        rates[n++] = p->consumption / days;
    }
  return n;
}

static void
remember (Meter      *meter,
          const Past *reading)
{
  if (meter->n_past == N_PAST)
    {
      memmove (meter->past, meter->past + 1, (N_PAST - 1) * sizeof (Past));
      meter->n_past--;
    }
  meter->past[meter->n_past++] = *reading;
}

static double
draw_use (CtDemoLedger *ledger,
          Meter        *meter,
          int           week,
          gint64        read_at,
          double        days)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (read_at);
  double doy = g_date_time_get_day_of_year (utc);
  double noise = 0.94 + ct_demo_rng_below (&ledger->rng, 1201) / 10000.0;
  double season = 1 + meter->season * cos (2 * G_PI * (doy - 200) / 365);
  double use = meter->daily * days * noise * season;

  if (week == meter->spike_week)
    use *= 2.6 + ct_demo_rng_below (&ledger->rng, 9) / 10.0;
  return use;
}

static gboolean
insert_reading (CtDemoLedger  *ledger,
                Meter         *meter,
                const Past    *r,
                gboolean       anomaly,
                const char    *reason,
                GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "INSERT INTO meter_readings (meter_id, read_at, value, consumption, anomaly, reason, "
    "reader, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meter->id);
  sqlite3_bind_int64 (stmt, 2, r->read_at);
  sqlite3_bind_double (stmt, 3, r->value);
  if (r->has_consumption)
    sqlite3_bind_double (stmt, 4, r->consumption);
  sqlite3_bind_int (stmt, 5, anomaly);
  sqlite3_bind_text (stmt, 6, reason ? reason : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, meter->reader, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, ledger->now);
  ledger->n_readings++;
  return ct_database_step_done (ledger->db, stmt, error);
}

static gboolean
read_week (CtDemoLedger  *ledger,
           Meter         *meter,
           int            week,
           gint64         read_at,
           GError       **error)
{
  const Past *last = meter->n_past ? &meter->past[meter->n_past - 1] : NULL;
  Past r = { read_at };
  double rates[N_PAST];
  g_autofree char *reason = NULL;
  gboolean anomaly = FALSE;
  double days;

  if (last == NULL)
    r.value = ct_demo_rng_range (&ledger->rng, 5000, 400000);
  else
    {
      days = (double) (read_at - last->read_at) / CT_DEMO_DAY;
      r.value = week == meter->replaced_week ? ct_demo_rng_below (&ledger->rng, 50)
                : last->value + draw_use (ledger, meter, week, read_at, days);
      r.value = round (r.value * 10) / 10;
      r.has_consumption = TRUE;
      r.consumption = r.value - last->value;
      anomaly = ct_meter_judge (rates, history (meter, rates), r.consumption, days, &reason);
    }
  remember (meter, &r);
  return insert_reading (ledger, meter, &r, anomaly, reason, error);
}

static gboolean
write_meter (CtDemoLedger                *ledger,
             const CtDemoLedgerBuilding  *building,
             const char                  *kind,
             GError                     **error)
{
  Meter meter = { 0 };
  char first[16];

  plan_use (ledger, building, g_str_equal (kind, "electricity"), &meter);
  if (!insert_meter (ledger, building, kind, &meter, error))
    return FALSE;
  ct_demo_ledger_day (ledger, ledger->now - WEEKS * 7 * CT_DEMO_DAY, first);
  for (int week = 0; week <= WEEKS; week++)
    {
      gint64 at = ct_demo_ledger_midnight (ledger, first, week * 7) + 9 * CT_DEMO_HOUR
                  + ct_demo_ledger_uniform (ledger, 0, 40 * 60);

      if (at >= ledger->now)
        break;
      if (!read_week (ledger, &meter, week, at, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ct_demo_ledger_write_meters (CtDemoLedger  *ledger,
                             GError       **error)
{
  for (guint b = 0; b < ledger->buildings->len; b++)
    {
      const CtDemoLedgerBuilding *building = &g_array_index (ledger->buildings,
                                                             CtDemoLedgerBuilding, b);

      if (!write_meter (ledger, building, "electricity", error)
          || !write_meter (ledger, building, "water", error))
        return FALSE;
    }
  return TRUE;
}
