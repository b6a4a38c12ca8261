/* ct-dashboard-tile.c — one KPI tile: value, previous period, target and
 * whether it is met, ticket and asset KPIs alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-dashboard-private.h"

/* Seed targets (seed 001) for ticket KPIs that KPI.md gives none. */
static const struct { const char *key; double target; } seed_targets[] = {
  { "satisfaction_rate", 0.90 },
  { "complaint_closure_rate", 1.0 },
};

/* Seed 001's deadlines behind two rates that have no rate target: each
 * request answered within 15 minutes, emergency repairs on site within 30.
 * (The SLA policies hold the deadlines themselves; these are the texts, with
 * no-break spaces inside "≤ 15 min".) */
static const struct { const char *key; const char *deadline; } seed_deadlines[] = {
  /* Translators: the target of "Response on time": every ticket accepted
   * within 15 minutes; keep it short (a table cell) */
  { "response_on_time_rate", N_("each ≤\xc2\xa0" "15\xc2\xa0" "min") },
  /* Translators: the target of "Repairs on time": emergency repairs on site
   * within 30 minutes; keep it short (a table cell) */
  { "repair_on_time_rate", N_("emergency on site ≤\xc2\xa0" "30\xc2\xa0" "min") },
};

static gboolean
ticket_tile (const CtDashboard *self,
             const char        *key,
             CtDashboardTile   *tile)
{
  tile->name = ct_ticket_kpi_name (key);
  tile->definition = ct_ticket_kpi_definition (key);
  tile->has_value = ct_ticket_kpis_get_value (self->tickets, key, &tile->value);
  tile->has_previous = ct_ticket_kpis_get_value (self->previous_tickets, key, &tile->previous);
  tile->has_target = ct_ticket_kpi_target (key, &tile->target);
  for (guint i = 0; !tile->has_target && i < G_N_ELEMENTS (seed_targets); i++)
    if (g_str_equal (seed_targets[i].key, key))
      {
        tile->has_target = TRUE;
        tile->target = seed_targets[i].target;
      }
  for (guint i = 0; !tile->has_target && i < G_N_ELEMENTS (seed_deadlines); i++)
    if (g_str_equal (seed_deadlines[i].key, key))
      tile->deadline = _(seed_deadlines[i].deadline);
  return TRUE;
}

static gboolean
asset_tile (const CtDashboard *self,
            const char        *key,
            CtDashboardTile   *tile)
{
  tile->name = ct_asset_kpi_name (key);
  tile->definition = ct_asset_kpi_definition (key);
  tile->has_value = ct_asset_kpis_get_value (self->assets, key, &tile->value);
  tile->has_previous = ct_asset_kpis_get_value (self->previous_assets, key, &tile->previous);
  tile->has_target = ct_asset_kpi_target (key, &tile->target, &tile->lower_is_better);
  return TRUE;
}

gboolean
ct_dashboard_get_tile (const CtDashboard *self,
                       const char        *key,
                       CtDashboardTile   *tile)
{
  g_return_val_if_fail (self != NULL && tile != NULL, FALSE);

  memset (tile, 0, sizeof *tile);
  tile->key = key;
  if (ct_ticket_kpi_is_key (key))
    ticket_tile (self, key, tile);
  else if (ct_asset_kpi_is_key (key))
    asset_tile (self, key, tile);
  else
    return FALSE;
  /* Compare at the precision shown (0.1 %), so that "100.0 %" is never missed. */
  if (tile->has_value && tile->has_target)
    tile->met = tile->lower_is_better ? tile->value <= tile->target + 5e-4
                                      : tile->value >= tile->target - 5e-4;
  return TRUE;
}

char *
ct_dashboard_format_value (const CtDashboard *self,
                           const char        *key,
                           gboolean           previous)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (ct_ticket_kpi_is_key (key))
    return ct_ticket_kpis_format_value (previous ? self->previous_tickets : self->tickets, key);
  if (ct_asset_kpi_is_key (key))
    return ct_asset_kpis_format_value (previous ? self->previous_assets : self->assets, key);
  g_return_val_if_reached (NULL);
}
