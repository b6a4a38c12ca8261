/* ct-demo-assets-ledger.c — the demo ledger's locations and assets
 *
 * First the slots: every asset the buildings and sites call for (kinds of
 * ct-demo-assets-data.c times their counts), then, when another number is
 * asked for, slots spread evenly over them or more cameras, door stations and
 * lights; then one row per slot, with its plant room, maker, model, serial,
 * dates and contractor. A few assets were replaced in the last year: the old
 * one is kept, retired, beside the new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <stdlib.h>

#include "ct-demo-assets-private.h"

#define REPLACED_PM 8           /* assets replaced in the last year, per 1,000 */
#define LATE_CONTRACT_PM 30     /* contracts already ended, per 1,000 */
#define NO_BUILDING G_MAXUINT

typedef struct
{
  const CtDemoAssetKind *kind;
  guint                  site;
  guint                  building;   /* NO_BUILDING: the site's plant */
  guint                  entrance;   /* 1 … for the entrance scope, else 0 */
  guint                  number;     /* 1 … count */
  guint                  count;
} Slot;

typedef struct
{
  CtDemoLedger  *ledger;
  GHashTable    *locations;          /* "site/building/name" → id */
  GHashTable    *counters;           /* "CHHY-DT" → last number */
  sqlite3_stmt  *insert;
} Writer;

/* Slots */

static void
add_slots (GArray                *slots,
           const CtDemoAssetKind *kind,
           guint                  site,
           guint                  building,
           guint                  entrance,
           guint                  count)
{
  for (guint n = 1; n <= count; n++)
    g_array_append_val (slots, ((Slot) { kind, site, building, entrance, n, count }));
}

static void
plan_building (CtDemoLedger *ledger,
               GArray       *slots,
               guint         b)
{
  const CtDemoLedgerBuilding *building = &g_array_index (ledger->buildings,
                                                         CtDemoLedgerBuilding, b);
  gboolean villa = building->entrances == 0;

  for (guint k = 0; k < ct_demo_n_asset_kinds; k++)
    {
      const CtDemoAssetKind *kind = &ct_demo_asset_kinds[k];

      if ((kind->scope == CT_DEMO_AT_VILLA) != villa || kind->scope == CT_DEMO_AT_SITE)
        continue;
      if (kind->scope == CT_DEMO_AT_LIFT)
        add_slots (slots, kind, building->site, b, 0, building->lifts);
      else if (kind->scope == CT_DEMO_AT_ENTRANCE)
        for (guint e = 1; e <= building->entrances; e++)
          add_slots (slots, kind, building->site, b, e,
                     ct_demo_rng_range (&ledger->rng, kind->lo, kind->hi));
      else
        add_slots (slots, kind, building->site, b, 0,
                   ct_demo_rng_range (&ledger->rng, kind->lo, kind->hi));
    }
}

static GArray *
plan_ledger (CtDemoLedger *ledger)
{
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (Slot));
  guint b = 0;

  for (guint s = 0; s < ledger->sites->len; s++)
    {
      for (guint k = 0; k < ct_demo_n_asset_kinds; k++)
        if (ct_demo_asset_kinds[k].scope == CT_DEMO_AT_SITE)
          add_slots (slots, &ct_demo_asset_kinds[k], s, NO_BUILDING, 0,
                     ct_demo_rng_range (&ledger->rng, ct_demo_asset_kinds[k].lo,
                                        ct_demo_asset_kinds[k].hi));
      for (; b < ledger->buildings->len
             && g_array_index (ledger->buildings, CtDemoLedgerBuilding, b).site == s; b++)
        plan_building (ledger, slots, b);
    }
  return slots;
}

/* @n slots: spread evenly over the ledger, or the ledger and more of the
 * kinds that come in numbers, numbered on. */
static GArray *
fit_slots (GArray *ledger,
           guint   n)
{
  GArray *slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), n);
  guint round = 1;

  if (n <= ledger->len)
    {
      for (guint k = 0; k < n; k++)
        g_array_append_val (slots, g_array_index (ledger, Slot, (guint64) k * ledger->len / n));
      return slots;
    }
  g_array_append_vals (slots, ledger->data, ledger->len);
  while (slots->len < n)
    {
      guint before = slots->len;

      for (guint i = 0; i < ledger->len && slots->len < n; i++)
        {
          Slot slot = g_array_index (ledger, Slot, i);

          if (!slot.kind->more)
            continue;
          slot.number += slot.count * round;
          slot.count = 2;   /* numbered */
          g_array_append_val (slots, slot);
        }
      if (slots->len == before)
        break;
      round++;
    }
  return slots;
}

/* Names */

static char *
slot_name (CtDemoLedger *ledger,
           const Slot   *slot)
{
  const CtDemoAssetKind *kind = slot->kind;
  g_autofree char *base = slot->count > 1 || kind->scope == CT_DEMO_AT_LIFT
                          ? g_strdup_printf ("%u号%s", slot->number, kind->name)
                          : g_strdup (kind->name);
  const CtDemoLedgerBuilding *building;

  if (slot->building == NO_BUILDING)
    return g_steal_pointer (&base);
  building = &g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building);
  if (slot->entrance > 0)
    return g_strdup_printf ("%s %u单元%s", building->name, slot->entrance, base);
  return g_strdup_printf ("%s %s", building->name, base);
}

/* "CHHY-DT-0012": the site, the kind, the next number of the two. */
static void
next_code (Writer     *w,
           const Slot *slot,
           char       *out)
{
  const CtDemoLedgerSite *site = &g_array_index (w->ledger->sites, CtDemoLedgerSite, slot->site);
  char *prefix = g_strdup_printf ("%s-%s", site->code, slot->kind->code);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (w->counters, prefix)) + 1;

  g_snprintf (out, 32, "%s-%04u", prefix, n);
  g_hash_table_replace (w->counters, prefix, GUINT_TO_POINTER (n));
}

/* Locations */

static gboolean
ensure_location (Writer      *w,
                 const Slot  *slot,
                 gint64      *id,
                 GError     **error)
{
  CtDemoLedger *ledger = w->ledger;
  gint64 site_id = g_array_index (ledger->sites, CtDemoLedgerSite, slot->site).id;
  gint64 building_id = slot->building == NO_BUILDING ? 0
    : g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building).id;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gpointer known;

  *id = 0;
  if (slot->kind->location == NULL)
    return TRUE;
  key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%s", site_id, building_id,
                         slot->kind->location);
  if ((known = g_hash_table_lookup (w->locations, key)) != NULL)
    {
      *id = *(gint64 *) known;
      return TRUE;
    }
  if (!(stmt = ct_database_prepare (ledger->db,
        "INSERT INTO asset_locations (site_id, building_id, kind, name, created_at, updated_at) "
        "VALUES (?1, nullif (?2, 0), ?3, ?4, ?5, ?5)", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, site_id);
  sqlite3_bind_int64 (stmt, 2, building_id);
  sqlite3_bind_text (stmt, 3, slot->kind->location_kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, slot->kind->location, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, ledger->now);
  if (!ct_database_step_done (ledger->db, stmt, error))
    return FALSE;
  *id = sqlite3_last_insert_rowid (ct_database_get_handle (ledger->db));
  g_hash_table_insert (w->locations, g_steal_pointer (&key), g_memdup2 (id, sizeof *id));
  return TRUE;
}

/* Makers: one per site and group, another from the seventh building on
 * (the second phase of the estate). */
static const CtDemoBrand *
pick_brand (CtDemoLedger *ledger,
            const Slot   *slot)
{
  const CtDemoBrand *found[16];
  guint n = 0, phase = 0;

  for (guint i = 0; i < ct_demo_n_brands && n < G_N_ELEMENTS (found); i++)
    if (g_str_equal (ct_demo_brands[i].group, slot->kind->group))
      found[n++] = &ct_demo_brands[i];
  g_assert (n > 0);
  if (slot->building != NO_BUILDING)
    phase = g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building).number / 7;
  return found[(slot->site * 3 + phase) % n];
}

static const char *
pick_model (const CtDemoBrand *brand,
            guint              salt)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (brand->models) && brand->models[n] != NULL)
    n++;
  return brand->models[salt % n];
}

/* The row */

typedef struct
{
  char   code[32];
  char   installed_on[16];
  char   warranty_until[16];
  char   contract_until[16];
  char   statutory_due[16];
  char   registration_no[32];
  char   serial[32];
  gint64 service_from;
  gint64 retired_at;
  const char *note;
} Dates;

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           column,
                   const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
}

/* When the slot's equipment went in: with the site's plant, or later for the
 * cameras and door stations (upgraded since), never in the last 400 days. */
static gint64
installed_at (CtDemoLedger *ledger,
              const Slot   *slot)
{
  const CtDemoLedgerSite *site = &g_array_index (ledger->sites, CtDemoLedgerSite, slot->site);
  gboolean upgraded = g_str_equal (slot->kind->category, "cctv")
                      || g_str_equal (slot->kind->category, "access");
  gint64 at = site->handed_over + CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 0, 90)
              + (upgraded ? CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 700, 2000) : 0);

  return MIN (at, ledger->now - 400 * CT_DEMO_DAY);
}

static void
fill_dates (CtDemoLedger *ledger,
            const Slot   *slot,
            const char   *contractor,
            gint64        installed,
            Dates        *d)
{
  int year;

  ct_demo_ledger_day (ledger, installed, d->installed_on);
  d->service_from = ct_demo_ledger_midnight (ledger, d->installed_on, 0);
  year = atoi (d->installed_on);
  g_snprintf (d->serial, sizeof d->serial, "%s%.2s%06u", slot->kind->code, d->installed_on + 2,
              ct_demo_rng_range (&ledger->rng, 1, 999999));
  g_snprintf (d->warranty_until, sizeof d->warranty_until, "%04d%s", year + 2,
              d->installed_on + 4);
  if (g_str_has_suffix (d->warranty_until, "02-29"))
    d->warranty_until[9] = '8';
  d->contract_until[0] = '\0';
  if (*contractor)
    ct_demo_ledger_day (ledger, ct_demo_rng_below (&ledger->rng, 1000) < LATE_CONTRACT_PM
                        ? ledger->now - CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 1, 40)
                        : ledger->now + CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 20, 400),
                        d->contract_until);
  d->statutory_due[0] = d->registration_no[0] = '\0';
  if (!g_str_equal (slot->kind->category, "elevator"))
    return;
  /* 设备注册代码: type 3110 (traction passenger lift), district, year, number. */
  g_snprintf (d->registration_no, sizeof d->registration_no, "3110%s%04d%06u",
              ct_demo_region_codes[slot->site % ct_demo_n_region_codes], year,
              ct_demo_rng_range (&ledger->rng, 1, 999999));
  /* The annual inspection: a few are overdue. */
  ct_demo_ledger_day (ledger, ledger->now + CT_DEMO_DAY *
                      ((gint64) ct_demo_rng_range (&ledger->rng, 0, 364) - 12),
                      d->statutory_due);
}

static gboolean
insert_asset (Writer      *w,
              const Slot  *slot,
              const Dates *d,
              GError     **error)
{
  CtDemoLedger *ledger = w->ledger;
  const CtDemoLedgerSite *site = &g_array_index (ledger->sites, CtDemoLedgerSite, slot->site);
  const CtDemoBrand *brand = pick_brand (ledger, slot);
  g_autofree char *name = slot_name (ledger, slot);
  guint salt = slot->building == NO_BUILDING ? slot->number
    : g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building).number;
  sqlite3_stmt *stmt = w->insert;
  gint64 location_id, building_id = slot->building == NO_BUILDING ? 0
    : g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building).id;

  if (!ensure_location (w, slot, &location_id, error))
    return FALSE;
  sqlite3_bind_text (stmt, 1, d->code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, slot->kind->category, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, site->id);
  sqlite3_bind_int64 (stmt, 5, building_id);
  sqlite3_bind_int64 (stmt, 6, location_id);
  sqlite3_bind_text (stmt, 7, brand->manufacturer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, pick_model (brand, salt), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, d->serial, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, d->installed_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, d->warranty_until, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, brand->contractor, -1, SQLITE_STATIC);
  bind_text_or_null (stmt, 13, d->contract_until);
  sqlite3_bind_text (stmt, 14, d->registration_no, -1, SQLITE_TRANSIENT);
  bind_text_or_null (stmt, 15, d->statutory_due);
  sqlite3_bind_text (stmt, 16, slot->kind->criticality, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, d->retired_at ? "retired" : "in_service", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 18, d->service_from);
  if (d->retired_at)
    sqlite3_bind_int64 (stmt, 19, d->retired_at);
  else
    sqlite3_bind_null (stmt, 19);
  sqlite3_bind_text (stmt, 20, d->note ? d->note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 21, ledger->now);
  return ct_database_step_done (ledger->db, stmt, error);
}

/* Keeps what the history needs of the asset just inserted. */
static void
remember (CtDemoLedger *ledger,
          const Slot   *slot,
          const Dates  *d)
{
  CtDemoLedgerAsset asset = { sqlite3_last_insert_rowid (ct_database_get_handle (ledger->db)),
                              slot->kind, slot->site, slot->building, d->service_from,
                              d->retired_at };
  gint64 building_id = slot->building == NO_BUILDING ? 0
    : g_array_index (ledger->buildings, CtDemoLedgerBuilding, slot->building).id;
  char *key = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", building_id, slot->kind->group);
  GArray *group = g_hash_table_lookup (ledger->by_group, key);
  guint index = ledger->assets->len;

  asset.contractor = pick_brand (ledger, slot)->contractor;
  asset.statutory_due = *d->statutory_due ? ct_demo_ledger_intern (ledger, d->statutory_due)
                                          : NULL;
  g_array_append_val (ledger->assets, asset);
  g_hash_table_insert (ledger->asset_index, g_memdup2 (&asset.id, sizeof asset.id),
                       GUINT_TO_POINTER (index + 1));
  if (asset.retired_at == 0 && group == NULL)
    {
      group = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (ledger->by_group, g_steal_pointer (&key), group);
    }
  g_free (key);
  if (asset.retired_at == 0)
    g_array_append_val (group, index);
}

static gboolean
write_asset (Writer      *w,
             const Slot  *slot,
             const Dates *d,
             GError     **error)
{
  if (!insert_asset (w, slot, d, error))
    return FALSE;
  remember (w->ledger, slot, d);
  return TRUE;
}

/* An asset replaced in the last year: the old one, retired the day the new
 * one went in, each naming the other. */
static gboolean
write_replaced (Writer      *w,
                const Slot  *slot,
                Dates       *old,
                Dates       *d,
                GError     **error)
{
  g_autofree char *old_note = g_strdup_printf ("已报废，由 %s 替换", d->code);
  g_autofree char *note = g_strdup_printf ("替换已报废设备 %s", old->code);

  old->retired_at = d->service_from;
  old->note = old_note;
  d->note = ct_demo_ledger_intern (w->ledger, note);
  return write_asset (w, slot, old, error);
}

static gboolean
write_slot (Writer      *w,
            const Slot  *slot,
            GError     **error)
{
  CtDemoLedger *ledger = w->ledger;
  const char *contractor = pick_brand (ledger, slot)->contractor;
  gint64 installed = installed_at (ledger, slot);
  gboolean replaced = slot->kind->scope != CT_DEMO_AT_LIFT
                      && ct_demo_rng_below (&ledger->rng, 1000) < REPLACED_PM;
  Dates d = { 0 };
  Dates old = { 0 };

  if (replaced)
    {
      fill_dates (ledger, slot, contractor, installed, &old);
      next_code (w, slot, old.code);
      installed = ledger->now - CT_DEMO_DAY * ct_demo_rng_range (&ledger->rng, 30, 330);
    }
  fill_dates (ledger, slot, contractor, installed, &d);
  next_code (w, slot, d.code);
  if (replaced && !write_replaced (w, slot, &old, &d, error))
    return FALSE;
  return write_asset (w, slot, &d, error);
}

gboolean
ct_demo_ledger_write_assets (CtDemoLedger  *ledger,
                             GError       **error)
{
  g_autoptr(GArray) planned = plan_ledger (ledger);
  g_autoptr(GArray) slots = ledger->n_target == CT_DEMO_ASSETS_LEDGER
                            ? g_array_ref (planned) : fit_slots (planned, ledger->n_target);
  g_autoptr(GHashTable) locations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) counters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Writer w = { ledger, locations, counters, NULL };

  w.insert = ct_database_prepare (ledger->db,
    "INSERT INTO assets (code, name, category, site_id, building_id, location_id, manufacturer, "
    "model, serial, installed_on, warranty_until, contractor, contract_until, registration_no, "
    "statutory_due, criticality, status, service_from, retired_at, note, created_at, "
    "updated_at) VALUES (?1, ?2, ?3, ?4, nullif (?5, 0), nullif (?6, 0), ?7, ?8, ?9, ?10, ?11, "
    "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?21)", error);
  if (w.insert == NULL)
    return FALSE;
  for (guint i = 0; i < slots->len; i++)
    if (!write_slot (&w, &g_array_index (slots, Slot, i), error))
      return FALSE;
  return TRUE;
}
