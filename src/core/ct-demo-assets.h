/* ct-demo-assets.h — demo data: the equipment ledger of the demo company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-demo.h"

G_BEGIN_DECLS

/* As many assets as the buildings call for: about 37 in a building with
 * entrances (elevators, pumps, fire and power plant, cameras, door stations,
 * lighting), a few in a villa and about 60 in each site's plant rooms and
 * clubhouse; about 1,500 for the small company. */
#define CT_DEMO_ASSETS_LEDGER G_MAXUINT
/* The most one call makes. */
#define CT_DEMO_MAX_ASSETS    1000000

/* Adds the equipment ledger of the organisation already in @db (sites,
 * buildings with their entrances and floors, units, the engineering
 * department and its staff): locations (配电室, 水泵房, 电梯机房 …), assets
 * with manufacturers, models, contractors, registration numbers and statutory
 * inspection dates of the elevators; maintenance plans (elevators, water and
 * power monthly, fire systems quarterly …) made through
 * ct_maintenance_create_plan() with a year of tasks behind them (mostly done
 * on time, some late, a few skipped, some still open and overdue) and their
 * maintenance records; two years of failures and planned stops as downtime,
 * the elevator, door-station and lighting failures of the last year linked to
 * the demo's repair tickets of those categories when there are some; two or
 * three assets down now; an electricity and a water meter in every building
 * with a year of weekly readings and a few anomalies.
 *
 * @n_assets: CT_DEMO_ASSETS_LEDGER, or how many to make (fewer are spread
 * evenly over the ledger, more add cameras, door stations and lights), 0 for
 * none. The rows depend only on @seed, @now and what is in @db: the
 * database's clock is read only for created_at and for the plans' task
 * generation, which takes its "today" from it, so pass the clock's now.
 * Everything is written in one transaction (joining the caller's): on failure
 * or cancellation (G_IO_ERROR_CANCELLED) nothing is saved. @progress is called
 * from the calling thread with the share of this work done. */
gboolean ct_demo_generate_assets (CtDatabase     *db,
                                  guint32         seed,
                                  guint           n_assets,
                                  gint64          now,
                                  CtDemoProgress  progress,
                                  gpointer        user_data,
                                  GCancellable   *cancellable,
                                  GError        **error);

/* What a ledger has: for reports. */
typedef struct
{
  guint assets;
  guint plans;
  guint tasks;
  guint downtime;
  guint meters;
  guint readings;
} CtDemoAssetCounts;

gboolean ct_demo_assets_count    (CtDatabase        *db,
                                  CtDemoAssetCounts *counts,
                                  GError           **error);

G_END_DECLS
