/* ct-demo-assets-faults.c — two years of the demo ledger's downtime
 *
 * Failures of the last year: the elevator, door-station and corridor-light
 * repairs among the demo's tickets stopped the equipment of their building
 * (downtime from the report to the resolution, the ticket linked, a corrective
 * record); the other equipment fails at its own rate. The year before had
 * more failures (the company's target is 30 % less downtime year on year) and
 * the same planned stops. Two or three assets are down now, the ones with a
 * repair still open first. Elevators have the record of their last annual
 * inspection.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ct-demo-assets-private.h"

#define YEAR              (365 * CT_DEMO_DAY)
#define YEAR_BEFORE_MORE  1.7    /* failures a year earlier, times this year's */
#define MAX_DOWN_LINKED   2      /* assets down now behind an open ticket */

typedef struct
{
  gint64       id;
  gint64       created_at;
  gint64       resolved_at;   /* 0 = open */
  gint64       building_id;
} Ticket;

typedef struct
{
  CtDemoLedger *ledger;
  gboolean      covered[8];   /* [link]: failures come from tickets */
  guint         linked[8];    /* [link]: tickets linked */
  guint         sizes[8];     /* [link]: assets of its group in service */
  guint         n_down;
} Faults;

static const CtDemoWork inspection = {
  "lift", "", "特种设备检验机构年度定期检验", "检验合格，出具定期检验报告", 1,
};

/* Tickets */

static GArray *
load_tickets (CtDemoLedger            *ledger,
              const CtDemoTicketLink  *link,
              GError                 **error)
{
  g_autoptr(GArray) tickets = g_array_new (FALSE, FALSE, sizeof (Ticket));
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "SELECT t.id, t.created_at, t.resolved_at, u.building_id FROM tickets t "
    "JOIN units u ON u.id = t.unit_id WHERE t.kind = 'repair' AND t.category = ? "
    "AND t.status NOT IN ('cancelled', 'invalid') AND t.asset_id IS NULL "
    "AND t.created_at < ? ORDER BY t.id", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, link->category, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, ledger->now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Ticket ticket = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                        sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3) };

      g_array_append_val (tickets, ticket);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return g_steal_pointer (&tickets);
  ct_database_set_error (ledger->db, rc, error);
  return NULL;
}

static gboolean
set_ticket_asset (CtDemoLedger  *ledger,
                  gint64         ticket_id,
                  gint64         asset_id,
                  GError       **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "UPDATE tickets SET asset_id = ? WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset_id);
  sqlite3_bind_int64 (stmt, 2, ticket_id);
  return ct_database_step_done (ledger->db, stmt, error);
}

/* The asset of @group in the ticket's building that was in service then. */
static CtDemoLedgerAsset *
ticket_asset (CtDemoLedger *ledger,
              const Ticket *ticket,
              const char   *group)
{
  GArray *assets = ct_demo_ledger_group (ledger, ticket->building_id, group);
  CtDemoLedgerAsset *asset;

  if (assets == NULL || assets->len == 0)
    return NULL;
  asset = &g_array_index (ledger->assets, CtDemoLedgerAsset,
                          g_array_index (assets, guint,
                                         ct_demo_rng_below (&ledger->rng, assets->len)));
  return asset->service_from <= ticket->created_at && !asset->down ? asset : NULL;
}

static gboolean
link_ticket (Faults        *f,
             guint          l,
             const Ticket  *ticket,
             GError       **error)
{
  CtDemoLedger *ledger = f->ledger;
  const CtDemoTicketLink *link = &ct_demo_ticket_links[l];
  CtDemoLedgerAsset *asset;
  const CtDemoWork *fault;

  if (ct_demo_rng_below (&ledger->rng, 1000) >= link->link_pm
      || !(asset = ticket_asset (ledger, ticket, link->group))
      || (ticket->resolved_at == 0 && f->n_down >= MAX_DOWN_LINKED))
    return TRUE;
  fault = ct_demo_draw_fault (&ledger->rng, link->group);
  f->linked[l]++;
  if (ticket->resolved_at == 0)
    {
      asset->down = TRUE;
      f->n_down++;
    }
  return set_ticket_asset (ledger, ticket->id, asset->id, error)
         && ct_demo_ledger_add_downtime (ledger, asset, "failure", ticket->created_at,
                                         ticket->resolved_at, ticket->id, fault->problem, error)
         && (ticket->resolved_at == 0
             || ct_demo_ledger_add_record (ledger, asset, "corrective", 0, ticket->id,
                                           ticket->resolved_at, fault, 0, error));
}

static int
link_of (const char *group)
{
  for (guint l = 0; l < ct_demo_n_ticket_links; l++)
    if (g_str_equal (ct_demo_ticket_links[l].group, group))
      return (int) l;
  return -1;
}

/* How many assets of each linked group are in service. */
static void
count_groups (Faults *f)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, f->ledger->by_group);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *group = strchr (key, '/') + 1;
      int l = link_of (group);

      if (l >= 0)
        f->sizes[l] += ((GArray *) value)->len;
    }
}

static gboolean
link_tickets (Faults  *f,
              GError **error)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (((Faults *) NULL)->covered) >= 3);
  g_assert (ct_demo_n_ticket_links <= G_N_ELEMENTS (f->covered));

  for (guint l = 0; l < ct_demo_n_ticket_links; l++)
    {
      g_autoptr(GArray) tickets = load_tickets (f->ledger, &ct_demo_ticket_links[l], error);

      if (tickets == NULL)
        return FALSE;
      f->covered[l] = tickets->len > 0;
      for (guint i = 0; i < tickets->len; i++)
        if (!link_ticket (f, l, &g_array_index (tickets, Ticket, i), error))
          return FALSE;
    }
  count_groups (f);
  return TRUE;
}

/* Failures at a rate */

/* Failures per 1,000 asset-years of @asset's kind in year @y (0: the last
 * twelve months, 1: the twelve before); 0 when tickets give them. */
static double
failure_rate (Faults                  *f,
              const CtDemoLedgerAsset *asset,
              guint                    y)
{
  int l = link_of (asset->kind->group);
  double rate = asset->kind->failures_pm;

  /* This year's rate from the tickets linked. */
  if (l >= 0 && f->covered[l])
    rate = y == 0 || f->sizes[l] == 0 ? 0 : 1000.0 * f->linked[l] / f->sizes[l];
  return y == 0 ? rate : rate * YEAR_BEFORE_MORE;
}

/* Hours down: between the kind's bounds, short ones more often. */
static gint64
repair_time (CtDemoLedger          *ledger,
             const CtDemoAssetKind *kind)
{
  gint64 span = (kind->repair_hi - kind->repair_lo) * CT_DEMO_HOUR;
  gint64 a = ct_demo_ledger_uniform (ledger, 0, span), b = ct_demo_ledger_uniform (ledger, 0, span);

  return kind->repair_lo * CT_DEMO_HOUR + MIN (a, b);
}

static gboolean
add_failure (Faults                  *f,
             const CtDemoLedgerAsset *asset,
             gint64                   from,
             gint64                   to,
             GError                 **error)
{
  CtDemoLedger *ledger = f->ledger;
  const CtDemoWork *fault = ct_demo_draw_fault (&ledger->rng, asset->kind->group);
  gint64 start = ct_demo_ledger_uniform (ledger, from, to - 1);
  gint64 repaired = start + repair_time (ledger, asset->kind);
  /* Over by an hour ago: the ones down now are chosen apart. */
  gint64 end = MIN (repaired, ledger->now - CT_DEMO_HOUR);

  if (end <= start)
    return TRUE;
  return ct_demo_ledger_add_downtime (ledger, asset, "failure", start, end, 0, fault->problem,
                                      error)
         && ct_demo_ledger_add_record (ledger, asset, "corrective", 0, 0, end, fault, 0, error);
}

/* The planned stops of the year before the task history. */
static gboolean
add_planned_stops (CtDemoLedger            *ledger,
                   const CtDemoLedgerAsset *asset,
                   gint64                   from,
                   gint64                   to,
                   GError                 **error)
{
  guint months = g_str_has_suffix (asset->kind->rrule, "INTERVAL=6") ? 6
                 : g_str_has_suffix (asset->kind->rrule, "INTERVAL=3") ? 3 : 1;
  gint64 step = months * 30 * CT_DEMO_DAY + 10 * CT_DEMO_HOUR;

  for (gint64 at = from + ct_demo_ledger_uniform (ledger, 0, step); at < to; at += step)
    {
      guint pm = asset->kind->pm_minutes;
      gint64 minutes = pm + ct_demo_rng_below (&ledger->rng, pm / 2 + 1);

      if (!ct_demo_ledger_add_downtime (ledger, asset, "maintenance", at, at + 60 * minutes, 0,
                                        asset->kind->plan, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
asset_history (Faults                  *f,
               const CtDemoLedgerAsset *asset,
               GError                 **error)
{
  CtDemoLedger *ledger = f->ledger;

  for (guint y = 0; y < 2; y++)
    {
      gint64 from = MAX (ledger->now - (y + 1) * YEAR, asset->service_from);
      gint64 to = MIN (ledger->now - y * YEAR, asset->retired_at ? asset->retired_at : G_MAXINT64);
      double expected, whole;
      guint n;

      if (to <= from)
        continue;
      expected = failure_rate (f, asset, y) / 1000.0 * (to - from) / YEAR;
      whole = floor (expected);
      n = (guint) whole + (ct_demo_rng_below (&ledger->rng, 1000000) < (expected - whole) * 1e6);
      for (guint i = 0; i < n; i++)
        if (!add_failure (f, asset, from, to, error))
          return FALSE;
      if (y == 1 && asset->kind->pm_minutes > 0 && asset->kind->rrule != NULL
          && !add_planned_stops (ledger, asset, from, to, error))
        return FALSE;
    }
  return TRUE;
}

/* Down now */

static gboolean
mark_down (CtDemoLedger       *ledger,
           CtDemoLedgerAsset  *asset,
           GError            **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (ledger->db,
    "UPDATE assets SET status = 'down' WHERE id = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, asset->id);
  return ct_database_step_done (ledger->db, stmt, error);
}

/* Up to two or three assets down, the ones behind open tickets first; the
 * others failed in the last days and wait for a repair. */
static gboolean
down_now (Faults  *f,
          GError **error)
{
  CtDemoLedger *ledger = f->ledger;
  guint wanted = 2 + ct_demo_rng_below (&ledger->rng, 2);

  for (guint tries = 0; f->n_down < wanted && tries < 1000; tries++)
    {
      CtDemoLedgerAsset *asset = &g_array_index (ledger->assets, CtDemoLedgerAsset,
                                                 ct_demo_rng_below (&ledger->rng,
                                                                    ledger->assets->len));
      const CtDemoWork *fault;

      if (asset->down || asset->retired_at || asset->kind->failures_pm < 200)
        continue;
      fault = ct_demo_draw_fault (&ledger->rng, asset->kind->group);
      asset->down = TRUE;
      f->n_down++;
      if (!ct_demo_ledger_add_downtime (ledger, asset, "failure",
                                        ledger->now - ct_demo_ledger_uniform (ledger, 3, 60)
                                                      * CT_DEMO_HOUR,
                                        0, 0, fault->problem, error))
        return FALSE;
    }
  for (guint i = 0; i < ledger->assets->len; i++)
    if (g_array_index (ledger->assets, CtDemoLedgerAsset, i).down
        && !mark_down (ledger, &g_array_index (ledger->assets, CtDemoLedgerAsset, i), error))
      return FALSE;
  return TRUE;
}

/* The annual inspection a year before the next one, when it has happened. */
static gboolean
add_inspection (CtDemoLedger             *ledger,
                const CtDemoLedgerAsset  *asset,
                GError                  **error)
{
  gint64 at;

  if (asset->statutory_due == NULL || asset->retired_at)
    return TRUE;
  at = ct_demo_ledger_work_time (ledger, asset->statutory_due, -365);
  if (at >= ledger->now || at < asset->service_from)
    return TRUE;
  return ct_demo_ledger_add_record (ledger, asset, "inspection", 0, 0, at, &inspection, 0, error);
}

gboolean
ct_demo_ledger_write_faults (CtDemoLedger  *ledger,
                             GError       **error)
{
  Faults f = { ledger };

  if (!link_tickets (&f, error))
    return FALSE;
  for (guint i = 0; i < ledger->assets->len; i++)
    {
      const CtDemoLedgerAsset *asset = &g_array_index (ledger->assets, CtDemoLedgerAsset, i);

      if (!asset_history (&f, asset, error) || !add_inspection (ledger, asset, error))
        return FALSE;
    }
  return down_now (&f, error);
}
