/* ct-test-ledger.c — helpers of the asset query, maintenance and meter tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-test-ledger.h"

static void
changed_cb (CtAssetStore *store,
            guint        *n_changed)
{
  (*n_changed)++;
}

CtAssetStore *
ct_test_ledger_open (CtTestFixture *base,
                     const char    *tmpl)
{
  g_autoptr(GError) error = NULL;
  CtAssetStore *store;

  ct_test_fixture_set_up (base, tmpl, "ledger.db");
  ct_test_fixture_open_organisation (base);
  store = ct_asset_store_new (base->org, &error);
  g_assert_no_error (error);
  return store;
}

void
ct_test_ledger_close (CtTestFixture  *base,
                      CtAssetStore  **store)
{
  g_clear_object (store);
  ct_test_fixture_tear_down (base);
}

gint64
ct_test_ledger_insert (CtRecordStore *store,
                       gpointer       record)
{
  g_autoptr(CtRecord) owned = record;
  g_autoptr(GError) error = NULL;

  ct_record_store_insert (store, owned, "test", &error);
  g_assert_no_error (error);
  return ct_record_get_id (owned);
}

gint64
ct_test_ledger_create (CtAssetStore *store,
                       CtAsset      *asset)
{
  g_autoptr(GError) error = NULL;

  ct_asset_store_create (store, asset, "test", &error);
  g_assert_no_error (error);
  return ct_record_get_id (CT_RECORD (asset));
}

void
ct_test_ledger_count_changes (CtAssetStore *store,
                              guint        *n_changed)
{
  g_signal_connect (store, "changed", G_CALLBACK (changed_cb), n_changed);
}
