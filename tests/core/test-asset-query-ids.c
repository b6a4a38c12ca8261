/* test-asset-query-ids.c — a query limited to a list of asset ids (the
 * dashboard's drill-down): exactly those, with the other filters and the
 * sort still applied, an empty list showing none, many ids bound at once,
 * and the list model keeping its own copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-asset-query.h"
#include "ct-site.h"
#include "ct-test-ledger.h"

#define N_ASSETS 6
#define N_BULK 1200

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         site;
  gint64         assets[N_ASSETS];
} Fixture;

static const char *const specs[N_ASSETS][3] = {
  { "A01", "1号客梯", "elevator" },
  { "A02", "2号客梯", "elevator" },
  { "A03", "生活水泵", "water" },
  { "A04", "低压配电柜", "power" },
  { "A05", "消防泵", "fire" },
  { "A06", "监控主机", "cctv" },     /* retired */
};

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = ct_test_ledger_open (&f->base, "ct-asset-ids-XXXXXX");
  f->site = ct_test_ledger_insert (ct_organisation_get_sites (f->base.org),
                                   ct_site_new ("SH01", "阳光花园"));
  for (guint i = 0; i < N_ASSETS; i++)
    {
      g_autoptr(CtAsset) asset = ct_asset_new (specs[i][0], specs[i][1], specs[i][2], f->site);

      f->assets[i] = ct_test_ledger_create (f->store, asset);
      if (i == 5)
        {
          g_assert_true (ct_asset_store_set_status (f->store, asset, "retired", "报废", 0,
                                                    CT_TEST_NOW, "test", &error));
          g_assert_no_error (error);
        }
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_ledger_close (&f->base, &f->store);
}

/* The codes of @query's assets, joined by spaces. */
static char *
dup_codes (Fixture            *f,
           const CtAssetQuery *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ct_asset_query_ids (f->store, query, &error);
  GString *codes = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (ct_asset_query_count (f->store, query, &error), ==, ids->len);
  g_assert_no_error (error);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CtAsset) asset = ct_asset_store_load (f->store, g_array_index (ids, gint64, i),
                                                      &error);

      g_assert_no_error (error);
      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", ct_asset_get_code (asset));
    }
  return g_string_free (codes, FALSE);
}

static void
test_ids (Fixture       *f,
          gconstpointer  data)
{
  const gint64 some[] = { f->assets[3], f->assets[0], f->assets[5], 999999 };
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  g_autofree char *all = NULL, *listed = NULL, *retired = NULL, *sorted = NULL;
  g_autofree char *elevators = NULL, *none = NULL;

  all = dup_codes (f, &q);
  g_assert_cmpstr (all, ==, "A01 A02 A03 A04 A05");

  /* Exactly those (an id not in the ledger is no asset), in the sort order. */
  q.ids = some;
  q.n_ids = G_N_ELEMENTS (some);
  q.include_retired = TRUE;
  listed = dup_codes (f, &q);
  g_assert_cmpstr (listed, ==, "A01 A04 A06");
  /* The other conditions still hold. */
  q.include_retired = FALSE;
  retired = dup_codes (f, &q);
  g_assert_cmpstr (retired, ==, "A01 A04");
  q.category = "elevator";
  elevators = dup_codes (f, &q);
  g_assert_cmpstr (elevators, ==, "A01");
  q.category = NULL;
  q.sort = CT_ASSET_SORT_NAME;
  q.descending = TRUE;
  sorted = dup_codes (f, &q);
  g_assert_cmpstr (sorted, ==, "A04 A01");

  /* An empty list is a filter too: no asset, never every asset. */
  q.n_ids = 0;
  none = dup_codes (f, &q);
  g_assert_cmpstr (none, ==, "");
}

/* More ids than SQLite has parameters: they are bound as one value. */
static void
test_many_ids (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  g_autofree char *codes = NULL;

  for (gint64 i = 0; i < 40000; i++)
    {
      gint64 id = 100000 + i;

      g_array_append_val (ids, id);
    }
  g_array_append_val (ids, f->assets[2]);
  q.ids = (const gint64 *) (gpointer) ids->data;
  q.n_ids = ids->len;
  codes = dup_codes (f, &q);
  g_assert_cmpstr (codes, ==, "A03");
}

/* The model copies the ids: the caller's array may go. */
static void
test_model_copy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CtAssetListModel) model = ct_asset_list_model_new (f->store);
  g_autoptr(GError) error = NULL;
  gint64 *ids = g_new (gint64, 2);
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  const CtAssetQuery *kept;

  ids[0] = f->assets[4];
  ids[1] = f->assets[1];
  q.ids = ids;
  q.n_ids = 2;
  g_assert_true (ct_asset_list_model_set_query (model, &q, &error));
  g_assert_no_error (error);
  g_free (ids);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  kept = ct_asset_list_model_get_query (model);
  g_assert_cmpuint (kept->n_ids, ==, 2);
  g_assert_cmpint (kept->ids[0], ==, f->assets[4]);
  g_assert_true (ct_asset_list_model_refresh (model, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_cmpuint (ct_asset_list_model_find (model, f->assets[1]), ==, 0);

  /* An empty list stays empty through the copy. */
  q.ids = f->assets;
  q.n_ids = 0;
  g_assert_true (ct_asset_list_model_set_query (model, &q, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ct_asset_list_model_get_query (model)->ids);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/asset-query/ids", test_ids);
  ADD ("/asset-query/many-ids", test_many_ids);
  ADD ("/asset-query/model-copy", test_model_copy);
#undef ADD
  return g_test_run ();
}
