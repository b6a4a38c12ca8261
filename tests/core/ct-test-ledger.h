/* ct-test-ledger.h — helpers of the asset query, maintenance and meter
 * tests: a fresh asset store over the temporary database, records saved that
 * must save, its "changed" signals counted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-store.h"
#include "ct-test-util.h"

G_BEGIN_DECLS

/* Sets up @base (a folder from @tmpl, the organisation opened) and returns a
 * new asset store over it. */
CtAssetStore *ct_test_ledger_open          (CtTestFixture *base,
                                            const char    *tmpl);
/* Releases *@store, then tears @base down. */
void          ct_test_ledger_close         (CtTestFixture *base,
                                            CtAssetStore **store);
/* Inserts @record (transfer full) through @store, which must succeed; its id. */
gint64        ct_test_ledger_insert        (CtRecordStore *store,
                                            gpointer       record);
/* Creates @asset (transfer none) through @store, which must succeed; its id. */
gint64        ct_test_ledger_create        (CtAssetStore  *store,
                                            CtAsset       *asset);
/* Counts the "changed" signals of @store in *@n_changed from now on. */
void          ct_test_ledger_count_changes (CtAssetStore  *store,
                                            guint         *n_changed);

G_END_DECLS
