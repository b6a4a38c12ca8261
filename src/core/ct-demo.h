/* ct-demo.h — demo data: a realistic Chinese property company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-database.h"

G_BEGIN_DECLS

typedef enum
{
  CT_DEMO_SCALE_SMALL,  /* 3 sites, ~40 buildings, ~6,000 units, ~120 staff */
  CT_DEMO_SCALE_LARGE,  /* 10 sites, ~400 buildings, ~60,000 units, ~1,200 staff */
} CtDemoScale;

typedef struct
{
  guint32     seed;     /* the same seed gives the same data */
  CtDemoScale scale;
  /* Assets of the equipment ledger ct_demo_generate_company() adds
   * (ct-demo-assets.h: CT_DEMO_ASSETS_LEDGER for the ledger the buildings
   * call for), 0 for none. */
  guint       n_assets;
} CtDemoOptions;

/* Called from the thread running ct_demo_generate() with the share of the work
 * done (0.0 … 1.0) and what is being written, in the user's language. */
typedef void (*CtDemoProgress) (double      fraction,
                                const char *message,
                                gpointer    user_data);

/* Seed 1, small scale, no assets. */
void        ct_demo_options_init      (CtDemoOptions       *options);
/* "small" / "large"; FALSE for anything else. */
gboolean    ct_demo_scale_from_string (const char          *text,
                                       CtDemoScale         *scale);
const char *ct_demo_scale_to_string   (CtDemoScale          scale);

/* Fills the organisation of an empty @db (no sites, buildings or staff) with
 * sites, buildings, units and their owners, and staff; when the database has
 * no departments yet, adds the default ones (ct_department_defaults()) with
 * Chinese names, otherwise uses the existing ones by code. The data are in
 * Chinese whatever the locale and depend only on @options:
 * the same seed gives the same rows (only created_at/updated_at come from the
 * database clock; hire dates lie in the eight years before 2026-11-01).
 * Everything is written in one transaction: on failure or cancellation
 * (G_IO_ERROR_CANCELLED) nothing is saved. */
gboolean    ct_demo_generate          (CtDatabase          *db,
                                       const CtDemoOptions *options,
                                       CtDemoProgress       progress_cb,
                                       gpointer             user_data,
                                       GCancellable        *cancellable,
                                       GError             **error);

G_END_DECLS
