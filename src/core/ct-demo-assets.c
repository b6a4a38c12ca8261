/* ct-demo-assets.c — demo data: the equipment ledger of the demo company
 *
 * Reads what the company has (sites, buildings with their entrances, floors
 * and units, the engineering staff), then writes the ledger in one
 * transaction: locations and assets (ct-demo-assets-ledger.c), plans through
 * the maintenance module and a year of tasks and records
 * (ct-demo-assets-plans.c), downtime (ct-demo-assets-faults.c), meters and
 * readings (ct-demo-assets-meters.c). Bulk history goes straight into SQL
 * through cached statements, with one audit_log row for the lot, as the demo
 * tickets do. The draws come from the demo's splitmix64 generator.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-demo-assets-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

/* Draws of the ledger differ from the tickets' of the same seed. */
#define SEED_SALT G_GUINT64_CONSTANT (0xA55E7D1E5EED0001)

typedef struct
{
  CtDemoLedger    ledger;
  guint32         seed;
  CtDemoProgress  progress;
  gpointer        user_data;
  GCancellable   *cancellable;
} Run;

/* Dates */

void
ct_demo_ledger_day (CtDemoLedger *ledger,
                    gint64        at,
                    char         *out)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, ledger->tz);

  g_snprintf (out, 16, "%04d-%02d-%02d", g_date_time_get_year (local),
              g_date_time_get_month (local), g_date_time_get_day_of_month (local));
}

gint64
ct_demo_ledger_midnight (CtDemoLedger *ledger,
                         const char   *day,
                         int           days)
{
  int y = 0, m = 0, d = 0;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) shifted = NULL;

  if (sscanf (day, "%d-%d-%d", &y, &m, &d) != 3)
    g_return_val_if_reached (0);
  midnight = g_date_time_new (ledger->tz, y, m, d, 0, 0, 0);
  shifted = g_date_time_add_days (midnight, days);
  return g_date_time_to_unix (shifted);
}

gint64
ct_demo_ledger_work_time (CtDemoLedger *ledger,
                          const char   *day,
                          int           days)
{
  return ct_demo_ledger_midnight (ledger, day, days)
         + ct_demo_ledger_uniform (ledger, 8 * CT_DEMO_HOUR + 1800, 17 * CT_DEMO_HOUR + 1800);
}

gint64
ct_demo_ledger_uniform (CtDemoLedger *ledger,
                        gint64        lo,
                        gint64        hi)
{
  g_assert (hi >= lo);
  return lo + (gint64) (ct_demo_rng_next (&ledger->rng) % (guint64) (hi - lo + 1));
}

const char *
ct_demo_ledger_intern (CtDemoLedger *ledger,
                       const char   *text)
{
  return g_string_chunk_insert_const (ledger->strings, text);
}

/* Records */

const CtDemoWorker *
ct_demo_ledger_worker (CtDemoLedger            *ledger,
                       const CtDemoLedgerAsset *asset)
{
  CtDemoLedgerSite *site = &g_array_index (ledger->sites, CtDemoLedgerSite, asset->site);
  GPtrArray *people = g_str_equal (asset->kind->group, "lift") && site->lift_keepers->len > 0
                      ? site->lift_keepers : site->electricians;

  if (people->len == 0)
    return NULL;
  return g_ptr_array_index (people, ct_demo_rng_below (&ledger->rng, people->len));
}

GArray *
ct_demo_ledger_group (CtDemoLedger *ledger,
                      gint64        building_id,
                      const char   *group)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", building_id, group);

  return g_hash_table_lookup (ledger->by_group, key);
}

CtDemoLedgerAsset *
ct_demo_ledger_find (CtDemoLedger *ledger,
                     gint64        id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (ledger->asset_index, &id));

  return index == 0 ? NULL : &g_array_index (ledger->assets, CtDemoLedgerAsset, index - 1);
}

/* Loading the company */

static void
site_clear (gpointer data)
{
  CtDemoLedgerSite *site = data;

  g_clear_pointer (&site->lift_keepers, g_ptr_array_unref);
  g_clear_pointer (&site->electricians, g_ptr_array_unref);
}

static gboolean
finish_query (CtDemoLedger  *ledger,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (ledger->db, rc, error);
  return FALSE;
}

static gboolean
load_sites (CtDemoLedger  *ledger,
            GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT id, code FROM sites ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtDemoLedgerSite site = { sqlite3_column_int64 (stmt, 0) };

      site.code = ct_demo_ledger_intern (ledger, (const char *) sqlite3_column_text (stmt, 1));
      /* Handed over four to eleven years ago. */
      site.handed_over = ct_demo_ledger_midnight (ledger, ledger->today,
                                                  -(int) ct_demo_rng_range (&ledger->rng,
                                                                            1460, 4000));
      site.lift_keepers = g_ptr_array_new_with_free_func (g_free);
      site.electricians = g_ptr_array_new_with_free_func (g_free);
      g_array_append_val (ledger->sites, site);
    }
  return finish_query (ledger, stmt, rc, error);
}

static int
site_index (CtDemoLedger *ledger,
            gint64        site_id)
{
  for (guint i = 0; i < ledger->sites->len; i++)
    if (g_array_index (ledger->sites, CtDemoLedgerSite, i).id == site_id)
      return (int) i;
  return -1;
}

/* Elevators: none below seven floors; one per entrance, two from 18 floors,
 * between two and four a building. */
static guint
count_lifts (guint entrances,
             guint floors)
{
  if (entrances == 0 || floors < 7)
    return 0;
  return CLAMP (entrances * (floors >= 18 ? 2 : 1), 2, 4);
}

static gboolean
load_buildings (CtDemoLedger  *ledger,
                GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT b.id, b.site_id, b.name, b.entrances, b.floors, "
    "(SELECT count(*) FROM units u WHERE u.building_id = b.id) "
    "FROM buildings b ORDER BY b.site_id, b.id", error);
  guint number = 0;
  int rc, last_site = -1;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int site = site_index (ledger, sqlite3_column_int64 (stmt, 1));
      CtDemoLedgerBuilding building = { sqlite3_column_int64 (stmt, 0), (guint) site };

      number = site == last_site ? number + 1 : 1;
      last_site = site;
      building.number = number;
      building.name = ct_demo_ledger_intern (ledger, (const char *) sqlite3_column_text (stmt, 2));
      building.entrances = sqlite3_column_int (stmt, 3);
      building.floors = sqlite3_column_int (stmt, 4);
      building.units = sqlite3_column_int (stmt, 5);
      building.lifts = count_lifts (building.entrances, building.floors);
      if (site >= 0)
        g_array_append_val (ledger->buildings, building);
    }
  return finish_query (ledger, stmt, rc, error);
}

static gboolean
load_department (CtDemoLedger  *ledger,
                 GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT id FROM departments WHERE code = 'engineering'", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ledger->department_id = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_DONE;
    }
  return finish_query (ledger, stmt, rc, error);
}

/* The engineering staff of each site: elevator keepers and electricians. */
static gboolean
load_workers (CtDemoLedger  *ledger,
              GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT id, name, post, site_id FROM staff WHERE department_id = ? "
    "AND status <> 'left' AND site_id IS NOT NULL ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, ledger->department_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int site = site_index (ledger, sqlite3_column_int64 (stmt, 3));
      CtDemoWorker *worker = g_new0 (CtDemoWorker, 1);
      CtDemoLedgerSite *s;

      if (site < 0)
        {
          g_free (worker);
          continue;
        }
      s = &g_array_index (ledger->sites, CtDemoLedgerSite, site);
      worker->id = sqlite3_column_int64 (stmt, 0);
      worker->name = ct_demo_ledger_intern (ledger, (const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (g_str_equal ((const char *) sqlite3_column_text (stmt, 2), "电梯管理员")
                       ? s->lift_keepers : s->electricians, worker);
    }
  return finish_query (ledger, stmt, rc, error);
}

static gboolean
load_company (CtDemoLedger  *ledger,
              GError       **error)
{
  if (!load_sites (ledger, error) || !load_buildings (ledger, error)
      || !load_department (ledger, error) || !load_workers (ledger, error))
    return FALSE;
  if (ledger->sites->len > 0)
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” has no sites: the demo equipment ledger needs the demo company first"),
               ct_database_get_path (ledger->db));
  return FALSE;
}

/* The run */

static void
ledger_clear (CtDemoLedger *ledger)
{
  g_clear_pointer (&ledger->tz, g_time_zone_unref);
  g_clear_pointer (&ledger->strings, g_string_chunk_free);
  g_clear_pointer (&ledger->sites, g_array_unref);
  g_clear_pointer (&ledger->buildings, g_array_unref);
  g_clear_pointer (&ledger->assets, g_array_unref);
  g_clear_pointer (&ledger->asset_index, g_hash_table_unref);
  g_clear_pointer (&ledger->by_group, g_hash_table_unref);
  g_clear_object (&ledger->store);
}

static gboolean
ledger_init (Run      *run,
             GError  **error)
{
  CtDemoLedger *ledger = &run->ledger;
  guint n_target = ledger->n_target;
  gint64 now = ledger->now;
  CtDatabase *db = ledger->db;

  ledger_clear (ledger);
  *ledger = (CtDemoLedger) { db, run->seed ^ SEED_SALT, now };
  ledger->n_target = n_target;
  ledger->strings = g_string_chunk_new (4096);
  ledger->sites = g_array_new (FALSE, TRUE, sizeof (CtDemoLedgerSite));
  g_array_set_clear_func (ledger->sites, site_clear);
  ledger->buildings = g_array_new (FALSE, TRUE, sizeof (CtDemoLedgerBuilding));
  ledger->assets = g_array_new (FALSE, TRUE, sizeof (CtDemoLedgerAsset));
  ledger->asset_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ledger->by_group = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            (GDestroyNotify) g_array_unref);
  if (!(ledger->tz = ct_work_calendar_load_time_zone (db, error)))
    return FALSE;
  ct_demo_ledger_day (ledger, now, ledger->today);
  return load_company (ledger, error);
}

static gboolean
step (Run         *run,
      double       fraction,
      const char  *message,
      GError     **error)
{
  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;
  if (run->progress != NULL)
    run->progress (fraction, message, run->user_data);
  return TRUE;
}

static gboolean
open_store (CtDemoLedger  *ledger,
            GError       **error)
{
  g_autoptr(CtOrganisation) org = ct_organisation_new (ledger->db, error);

  return org != NULL && (ledger->store = ct_asset_store_new (org, error)) != NULL;
}

static gboolean
audit (CtDemoLedger  *ledger,
       GError       **error)
{
  g_autofree char *json = g_strdup_printf (
    "{\"assets\": %u, \"plans\": %u, \"tasks\": %u, \"records\": %u, \"downtime\": %u, "
    "\"meters\": %u, \"readings\": %u}", ledger->assets->len, ledger->n_plans, ledger->n_tasks,
    ledger->n_records, ledger->n_downtime, ledger->n_meters, ledger->n_readings);

  return ct_database_audit (ledger->db, CT_DEMO_ACTOR, "assets", 0, "insert", NULL, json, error);
}

/* Runs inside the transaction; starts from scratch so that a retry gives the
 * same rows. */
static gboolean
write_all (CtDatabase *db,
           gpointer    user_data,
           GError    **error)
{
  Run *run = user_data;
  CtDemoLedger *ledger = &run->ledger;

  return step (run, 0.0, _("Reading the organisation"), error)
         && ledger_init (run, error) && open_store (ledger, error)
         && step (run, 0.05, _("Creating the equipment ledger"), error)
         && ct_demo_ledger_write_assets (ledger, error)
         && step (run, 0.25, _("Creating maintenance plans"), error)
         && ct_demo_ledger_write_plans (ledger, error)
         && step (run, 0.70, _("Creating equipment faults"), error)
         && ct_demo_ledger_write_faults (ledger, error)
         && step (run, 0.85, _("Creating meter readings"), error)
         && ct_demo_ledger_write_meters (ledger, error)
         && audit (ledger, error)
         && step (run, 1.0, _("Saving"), error);
}

gboolean
ct_demo_assets_count (CtDatabase         *db,
                      CtDemoAssetCounts  *counts,
                      GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  stmt = ct_database_prepare (db,
    "SELECT (SELECT count(*) FROM assets), (SELECT count(*) FROM maintenance_plans), "
    "(SELECT count(*) FROM maintenance_tasks), (SELECT count(*) FROM asset_downtime), "
    "(SELECT count(*) FROM meters), (SELECT count(*) FROM meter_readings)", error);
  if (stmt == NULL)
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    *counts = (CtDemoAssetCounts) {
      sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
      sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5),
    };
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  ct_database_set_error (db, rc, error);
  return FALSE;
}

gboolean
ct_demo_generate_assets (CtDatabase     *db,
                         guint32         seed,
                         guint           n_assets,
                         gint64          now,
                         CtDemoProgress  progress,
                         gpointer        user_data,
                         GCancellable   *cancellable,
                         GError        **error)
{
  Run run = { { db }, seed, progress, user_data, cancellable };
  gboolean ok;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (n_assets == 0)
    return TRUE;
  run.ledger.now = now;
  run.ledger.n_target = MIN (n_assets, CT_DEMO_MAX_ASSETS);
  if (n_assets == CT_DEMO_ASSETS_LEDGER)
    run.ledger.n_target = CT_DEMO_ASSETS_LEDGER;
  ok = ct_database_write (db, write_all, &run, error);
  ledger_clear (&run.ledger);
  return ok;
}
