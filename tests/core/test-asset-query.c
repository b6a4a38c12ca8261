/* test-asset-query.c — which assets a list shows: every filter, every sort in
 * both directions (NULL dates last), the location subtree, search with % and _,
 * the due filters in the database's zone, the lazy list model's pages,
 * refresh and find, and the location tree's counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-asset-query.h"
#include "ct-building.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-site.h"
#include "ct-test-ledger.h"

#define N_ASSETS 8
#define N_BULK 450

/* Locations: L1 "B1 配电室" in building 1, L1A inside it, L1B inside L1A;
 * L2 in building 2; L3 in site 2, empty. */
enum { L1, L1A, L1B, L2, L3, N_LOCATIONS };

typedef struct
{
  const char *code;
  const char *name;
  const char *category;
  int         site;        /* index into Fixture.sites */
  int         building;    /* index, -1 = none */
  int         location;    /* index, -1 = none */
  const char *manufacturer;
  const char *model;
  const char *serial;
  const char *registration_no;
  const char *contractor;
  const char *warranty_until;
  const char *statutory_due;
  const char *next_due;    /* written as the maintenance module would */
  const char *status;      /* NULL = in service */
} AssetSpec;

/* The ledger of every test. Today (CT_TEST_NOW in Asia/Shanghai) is
 * 2025-11-21; "soon" runs to 2025-12-21 included. */
static const AssetSpec specs[N_ASSETS] = {
  { "A01", "1号客梯", "elevator", 0, 0, L1, "OTIS", "GeN2", "SN-001", "T31100", "上海三菱维保",
    NULL, "2025-12-01", "2025-11-25", NULL },
  { "A02", "2号客梯", "elevator", 0, 0, L1A, "OTIS", "GeN2", "SN-002", "T31101", "",
    NULL, "2025-11-10", NULL, NULL },
  { "A03", "生活水泵", "water", 0, 1, L2, "格兰富", "CR32", "FPX02", "", "",
    "2026-06-30", "2026-01-10", "2025-11-20", NULL },
  { "A04", "低压配电柜", "power", 0, 0, L1B, "正泰", "GGD 100%", "", "", "",
    "2025-12-15", "2026-02-01", NULL, NULL },
  { "A05", "消防泵", "fire", 1, 2, -1, "", "XBD", "FP_01", "1001", "",
    NULL, NULL, "2026-03-01", NULL },
  { "A06", "监控主机", "cctv", 1, -1, -1, "海康", "", "", "", "",
    NULL, NULL, NULL, "retired" },
  { "A07", "发电机", "generator", 0, -1, -1, "康明斯", "", "", "", "",
    "2025-11-21", NULL, NULL, "down" },
  { "A08", "照明回路", "lighting", 0, 1, L2, "", "", "", "", "",
    NULL, "2025-12-22", "2025-12-21", NULL },
};

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         sites[2];
  gint64         buildings[3];
  gint64         locations[N_LOCATIONS];
  gint64         assets[N_ASSETS];
} Fixture;

static void
set_next_due (Fixture    *f,
              gint64      id,
              const char *date)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = ct_database_prepare (f->base.db,
                                            "UPDATE assets SET next_due = ? WHERE id = ?", &error);

  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  ct_database_step_done (f->base.db, stmt, &error);
  g_assert_no_error (error);
}

static gint64
create_asset (Fixture         *f,
              const AssetSpec *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) asset = ct_asset_new (s->code, s->name, s->category, f->sites[s->site]);
  gint64 id;

  g_object_set (asset, "building_id", s->building >= 0 ? f->buildings[s->building] : 0,
                "location_id", s->location >= 0 ? f->locations[s->location] : 0,
                "manufacturer", s->manufacturer, "model", s->model, "serial", s->serial,
                "registration_no", s->registration_no, "contractor", s->contractor,
                "warranty_until", s->warranty_until ? s->warranty_until : "",
                "statutory_due", s->statutory_due ? s->statutory_due : "", NULL);
  id = ct_test_ledger_create (f->store, asset);
  if (s->status != NULL)
    {
      ct_asset_store_set_status (f->store, asset, s->status, "测试", 0, 0, "test", &error);
      g_assert_no_error (error);
    }
  if (s->next_due != NULL)
    set_next_due (f, id, s->next_due);
  return id;
}

static gint64
add_location (Fixture    *f,
              int         site,
              int         building,
              gint64      parent_id,
              const char *name)
{
  CtAssetLocation *location = ct_asset_location_new (f->sites[site], f->buildings[building],
                                                     "plant_room", name);

  g_object_set (location, "parent_id", parent_id, NULL);
  return ct_test_ledger_insert (ct_asset_store_get_locations (f->store), location);
}

static void
add_places (Fixture *f)
{
  CtRecordStore *sites = ct_organisation_get_sites (f->base.org);
  CtRecordStore *buildings = ct_organisation_get_buildings (f->base.org);

  f->sites[0] = ct_test_ledger_insert (sites, ct_site_new ("SH01", "阳光花园"));
  f->sites[1] = ct_test_ledger_insert (sites, ct_site_new ("SH02", "翠湖苑"));
  f->buildings[0] = ct_test_ledger_insert (buildings, ct_building_new (f->sites[0], "1", "1号楼"));
  f->buildings[1] = ct_test_ledger_insert (buildings, ct_building_new (f->sites[0], "2", "2号楼"));
  f->buildings[2] = ct_test_ledger_insert (buildings, ct_building_new (f->sites[1], "5", "5号楼"));
  f->locations[L1] = add_location (f, 0, 0, 0, "B1 配电室");
  f->locations[L1A] = add_location (f, 0, 0, f->locations[L1], "B1 配电室东区");
  f->locations[L1B] = add_location (f, 0, 0, f->locations[L1A], "B1 配电室东区柜列");
  f->locations[L2] = add_location (f, 0, 1, 0, "屋顶水箱间");
  f->locations[L3] = add_location (f, 1, 2, 0, "泵房");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = ct_test_ledger_open (&f->base, "ct-asset-query-XXXXXX");
  add_places (f);
  for (guint i = 0; i < N_ASSETS; i++)
    f->assets[i] = create_asset (f, &specs[i]);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_ledger_close (&f->base, &f->store);
}

/* The codes of @ids, space-separated. */
static char *
join_codes (Fixture *f,
            GArray  *ids)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtAsset) asset = ct_asset_store_load (f->store, g_array_index (ids, gint64, i),
                                                      &error);

      g_assert_no_error (error);
      g_string_append_printf (codes, "%s%s", i > 0 ? " " : "", ct_asset_get_code (asset));
    }
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

/* The query finds exactly @expected ("A01 A02 …"), in this order, and counts
 * as many. */
static void
assert_codes (Fixture            *f,
              const CtAssetQuery *query,
              const char         *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ct_asset_query_ids (f->store, query, &error);
  g_autofree char *codes = NULL;
  guint count;

  g_assert_no_error (error);
  codes = join_codes (f, ids);
  g_assert_cmpstr (codes, ==, expected);
  count = ct_asset_query_count (f->store, query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, ids->len);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;

  /* Retired A06 is left out unless asked for. */
  assert_codes (f, &q, "A01 A02 A03 A04 A05 A07 A08");
  q.include_retired = TRUE;
  assert_codes (f, &q, "A01 A02 A03 A04 A05 A06 A07 A08");
  q.include_retired = FALSE;

  q.category = "elevator";
  assert_codes (f, &q, "A01 A02");
  q.category = "cctv";
  assert_codes (f, &q, "");
  q.category = "";
  q.status = "down";
  assert_codes (f, &q, "A07");
  q.status = "retired";   /* shows retired assets by itself */
  assert_codes (f, &q, "A06");
  q.status = NULL;

  q.site_id = f->sites[1];
  assert_codes (f, &q, "A05");
  q.site_id = f->sites[0];
  assert_codes (f, &q, "A01 A02 A03 A04 A07 A08");
  q.building_id = f->buildings[0];
  assert_codes (f, &q, "A01 A02 A04");
  q.category = "power";   /* conditions combine */
  assert_codes (f, &q, "A04");
}

static void
test_location_subtree (Fixture       *f,
                       gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;

  q.location_id = f->locations[L1];    /* A01 in it, A02 in L1A, A04 in L1B under L1A */
  assert_codes (f, &q, "A01 A02 A04");
  q.location_id = f->locations[L1A];
  assert_codes (f, &q, "A02 A04");
  q.location_id = f->locations[L1B];
  assert_codes (f, &q, "A04");
  q.location_id = f->locations[L2];
  assert_codes (f, &q, "A03 A08");
  q.location_id = f->locations[L3];
  assert_codes (f, &q, "");
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  static const char *const cases[][2] = {
    { "A0", "A01 A02 A03 A04 A05 A07 A08" },   /* code */
    { "客梯", "A01 A02" },                      /* name */
    { "otis", "A01 A02" },                      /* manufacturer, any case */
    { "CR3", "A03" },                           /* model */
    { "SN-002", "A02" },                        /* serial */
    { "T31100", "A01" },                        /* registration number */
    { "三菱", "A01" },                          /* contractor */
    { "  康明斯 ", "A07" },                     /* trimmed */
    /* % and _ are themselves: unescaped, "100%" would also find A05's
     * registration "1001" and "FP_0" A03's serial "FPX02". */
    { "100%", "A04" },
    { "FP_0", "A05" },
    { "%", "A04" },
    { "_", "A05" },
    { "\\", "" },
    { "监控", "" },                             /* retired */
    { "", "A01 A02 A03 A04 A05 A07 A08" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      q.search = cases[i][0];
      assert_codes (f, &q, cases[i][1]);
    }
  q.search = "监控";
  q.include_retired = TRUE;
  assert_codes (f, &q, "A06");
}

static void
test_due (Fixture       *f,
          gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  g_autoptr(GError) error = NULL;

  /* Today 2025-11-21, soon to 2025-12-21: A01 next_due 11-25, A04 warranty
   * 12-15, A07 warranty today, A08 next_due 12-21 (its statutory 12-22 is
   * one day out). A03's next_due 11-20 and A02's statutory 11-10 are past,
   * so overdue, not soon. */
  q.due = CT_ASSET_DUE_SOON;
  assert_codes (f, &q, "A01 A04 A07 A08");
  q.due = CT_ASSET_DUE_OVERDUE;
  assert_codes (f, &q, "A02 A03");
  q.category = "elevator";
  assert_codes (f, &q, "A02");
  q.category = NULL;

  /* Today 2025-12-02, soon to 2026-01-01: A04 warranty 12-15; A08 next_due
   * 12-21 and statutory 12-22. A01's next_due 11-25 and statutory 12-01 are
   * now past. */
  q.today = "2025-12-02";
  q.due = CT_ASSET_DUE_SOON;
  assert_codes (f, &q, "A04 A08");
  q.due = CT_ASSET_DUE_OVERDUE;
  assert_codes (f, &q, "A01 A02 A03");

  q.today = "2025-13-01";
  g_assert_null (ct_asset_query_ids (f->store, &q, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (ct_asset_query_count (f->store, &q, &error), ==, 0);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
}

/* Today is the database clock's, in the database's zone, not the machine's. */
static void
test_due_today_zone (Fixture       *f,
                     gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  g_autoptr(GError) error = NULL;

  q.due = CT_ASSET_DUE_SOON;
  /* 2025-11-21 16:30 UTC is 2025-11-22 00:30 in Shanghai: A07's warranty
   * (11-21) is past, the soon window runs to 12-22. */
  ct_clock_set (f->base.clock, 1763742600);
  assert_codes (f, &q, "A01 A04 A08");
  ct_database_set_setting (f->base.db, "test", "time_zone", "UTC", &error);
  g_assert_no_error (error);
  /* Still 2025-11-21 in UTC. */
  assert_codes (f, &q, "A01 A04 A07 A08");
}

static void
test_sort (Fixture       *f,
           gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  /* Written by hand from the specs above. Names and locations in code point
   * order: 翠 (U+7FE0) before 阳 (U+9633); a site's assets without a building
   * before its buildings ascending, after them descending. Dates without a
   * value last in both directions, by id. */
  static const struct { CtAssetSort sort; const char *up; const char *down; } cases[] = {
    { CT_ASSET_SORT_CODE, "A01 A02 A03 A04 A05 A07 A08", "A08 A07 A05 A04 A03 A02 A01" },
    { CT_ASSET_SORT_CATEGORY, "A01 A02 A05 A07 A08 A04 A03", "A03 A04 A08 A07 A05 A02 A01" },
    { CT_ASSET_SORT_STATUS, "A07 A01 A02 A03 A04 A05 A08", "A08 A05 A04 A03 A02 A01 A07" },
    { CT_ASSET_SORT_LOCATION, "A05 A07 A01 A02 A04 A03 A08", "A08 A03 A04 A02 A01 A07 A05" },
    /* next_due: A03 11-20, A01 11-25, A08 12-21, A05 2026-03-01; none: A02 A04 A07 */
    { CT_ASSET_SORT_NEXT_DUE, "A03 A01 A08 A05 A02 A04 A07", "A05 A08 A01 A03 A07 A04 A02" },
    /* earliest of statutory and warranty: A02 11-10, A07 11-21, A01 12-01,
     * A04 12-15 (warranty before statutory), A08 12-22, A03 2026-01-10
     * (statutory before warranty); none: A05 */
    { CT_ASSET_SORT_STATUTORY_DUE, "A02 A07 A01 A04 A08 A03 A05",
      "A03 A08 A04 A01 A07 A02 A05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      q.sort = cases[i].sort;
      q.descending = FALSE;
      assert_codes (f, &q, cases[i].up);
      q.descending = TRUE;
      assert_codes (f, &q, cases[i].down);
    }
}

/* Names: ordered by code point, then code; equal names by code. */
static void
test_sort_name (Fixture       *f,
                gconstpointer  data)
{
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  AssetSpec twin = specs[1];

  twin.code = "A00";   /* same name as A02: sorts before it */
  create_asset (f, &twin);
  q.sort = CT_ASSET_SORT_NAME;
  q.category = "elevator";
  /* "1号客梯" < "2号客梯" */
  assert_codes (f, &q, "A01 A00 A02");
  q.descending = TRUE;
  assert_codes (f, &q, "A02 A00 A01");
  q.category = NULL;
  q.descending = FALSE;
  ids = ct_asset_query_ids (f->store, &q, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < ids->len; i++)
    {
      g_autoptr(CtAsset) a = ct_asset_store_load (f->store, g_array_index (ids, gint64, i - 1),
                                                  NULL);
      g_autoptr(CtAsset) b = ct_asset_store_load (f->store, g_array_index (ids, gint64, i), NULL);

      g_assert_cmpint (strcmp (ct_asset_get_name (a), ct_asset_get_name (b)), <=, 0);
    }
}

static void
test_location_counts (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) counts = ct_asset_query_location_counts (f->store, &error);
  struct { const char *kind; gint64 id; guint count; } expected[] = {
    { "site", f->sites[0], 6 },           /* A01 A02 A03 A04 A07 A08 */
    { "site", f->sites[1], 1 },           /* A05; A06 is retired */
    { "building", f->buildings[0], 3 },   /* A01 A02 A04 */
    { "building", f->buildings[1], 2 },   /* A03 A08 */
    { "building", f->buildings[2], 1 },   /* A05 */
    { "location", f->locations[L1], 3 },  /* A01, A02 below, A04 below that */
    { "location", f->locations[L1A], 2 },
    { "location", f->locations[L1B], 1 },
    { "location", f->locations[L2], 2 },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, expected[i].kind,
                                              expected[i].id);

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)), ==,
                        expected[i].count);
    }
  g_assert_cmpuint (g_hash_table_size (counts), ==, G_N_ELEMENTS (expected));   /* L3: none */
}

/* The first @n assets of the bulk ledger: codes Z-0000 … in one write. */
typedef struct
{
  Fixture *f;
  guint    n;
} Bulk;

static gboolean
bulk_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  Bulk *bulk = user_data;

  for (guint i = 0; i < bulk->n; i++)
    {
      g_autofree char *code = g_strdup_printf ("Z-%04u", i);
      g_autoptr(CtAsset) asset = ct_asset_new (code, "照明配电箱", "lighting",
                                               bulk->f->sites[1]);

      if (!ct_asset_store_create (bulk->f->store, asset, "test", error))
        return FALSE;
    }
  return TRUE;
}

static int
count_page_reads_cb (unsigned  type,
                     void     *data,
                     void     *stmt,
                     void     *sql)
{
  if (strstr (sqlite3_sql (stmt), "WHERE id IN (") != NULL)
    (*(guint *) data)++;
  return 0;
}

static char *
dup_item_code (GListModel *model,
               guint       position)
{
  g_autoptr(CtAsset) asset = g_list_model_get_item (model, position);

  return g_strdup (ct_asset_get_code (asset));
}

static void
assert_item_code (GListModel *model,
                  guint       position,
                  const char *code)
{
  g_autofree char *item_code = dup_item_code (model, position);

  g_assert_cmpstr (item_code, ==, code);
}

/* Pages of 200 are read when first asked for, with one statement each, and
 * kept. */
static void
test_model_pages (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetListModel) list = ct_asset_list_model_new (f->store);
  GListModel *model = G_LIST_MODEL (list);
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  Bulk bulk = { f, N_BULK };
  sqlite3 *handle = ct_database_get_handle (f->base.db);
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) again = NULL;
  guint reads = 0;

  ct_database_write (f->base.db, bulk_func, &bulk, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_true (g_list_model_get_item_type (model) == CT_TYPE_ASSET);
  q.search = "Z-";
  ct_asset_list_model_set_query (list, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N_BULK);

  sqlite3_trace_v2 (handle, SQLITE_TRACE_STMT, count_page_reads_cb, &reads);
  first = g_list_model_get_item (model, 0);
  assert_item_code (model, 0, "Z-0000");
  assert_item_code (model, 199, "Z-0199");
  g_assert_cmpuint (reads, ==, 1);
  assert_item_code (model, 449, "Z-0449");   /* the third page, 50 rows */
  g_assert_cmpuint (reads, ==, 2);
  assert_item_code (model, 200, "Z-0200");
  assert_item_code (model, 399, "Z-0399");
  g_assert_cmpuint (reads, ==, 3);
  g_assert_null (g_list_model_get_item (model, N_BULK));
  again = g_list_model_get_item (model, 0);
  g_assert_true (again == first);   /* kept, not read again */
  g_assert_cmpuint (reads, ==, 3);
  sqlite3_trace_v2 (handle, 0, NULL, NULL);

  q.descending = TRUE;
  ct_asset_list_model_set_query (list, &q, &error);
  g_assert_no_error (error);
  assert_item_code (model, 0, "Z-0449");
  assert_item_code (model, 449, "Z-0000");
  g_assert_cmpuint (ct_asset_list_model_find (list, ct_record_get_id (CT_RECORD (first))), ==, 449);
}

typedef struct
{
  guint n_signals;
  guint position, removed, added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
refresh (CtAssetListModel *list,
         Changes          *changes,
         guint             removed,
         guint             added)
{
  g_autoptr(GError) error = NULL;

  changes->n_signals = 0;
  ct_asset_list_model_refresh (list, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->n_signals, ==, 1);
  g_assert_cmpuint (changes->position, ==, 0);
  g_assert_cmpuint (changes->removed, ==, removed);
  g_assert_cmpuint (changes->added, ==, added);
}

static void
rename_asset (Fixture    *f,
              gint64      id,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAsset) asset = ct_asset_store_load (f->store, id, &error);

  g_object_set (asset, "name", name, NULL);
  ct_asset_store_update (f->store, asset, "test", &error);
  g_assert_no_error (error);
}

/* The model shows writes after a refresh, not before; a row deleted in
 * between is a blank asset. */
static void
test_model_refresh (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetListModel) list = ct_asset_list_model_new (f->store);
  GListModel *model = G_LIST_MODEL (list);
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  AssetSpec spec = specs[0];
  Changes changes = { 0 };
  g_autoptr(CtAsset) a09 = NULL;
  g_autoptr(CtAsset) a02 = NULL;
  g_autoptr(CtAsset) item = NULL;
  gint64 id;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  q.category = "elevator";
  ct_asset_list_model_set_query (list, &q, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  spec.code = "A09";
  id = create_asset (f, &spec);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  refresh (list, &changes, 2, 3);
  assert_item_code (model, 2, "A09");
  g_assert_cmpuint (ct_asset_list_model_find (list, id), ==, 2);

  rename_asset (f, f->assets[0], "1号消防电梯");
  item = g_list_model_get_item (model, 0);
  g_assert_cmpstr (ct_asset_get_name (item), ==, "1号客梯");   /* kept until refreshed */
  g_clear_object (&item);
  refresh (list, &changes, 3, 3);
  item = g_list_model_get_item (model, 0);
  g_assert_cmpstr (ct_asset_get_name (item), ==, "1号消防电梯");
  g_clear_object (&item);

  refresh (list, &changes, 3, 3);
  a09 = ct_asset_store_load (f->store, id, &error);
  ct_asset_store_delete (f->store, a09, "test", &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (model, 2);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (item)), ==, 0);   /* deleted: blank */
  refresh (list, &changes, 3, 2);
  g_assert_cmpuint (ct_asset_list_model_find (list, id), ==, G_MAXUINT);

  a02 = ct_asset_store_load (f->store, f->assets[1], &error);
  ct_asset_store_set_status (f->store, a02, "retired", "报废", 0, 0, "test", &error);
  g_assert_no_error (error);
  refresh (list, &changes, 2, 1);
  assert_item_code (model, 0, "A01");
}

/* The model keeps its own copy of the query's text; a query that fails
 * leaves it as it was. */
static void
test_model_query_copied (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetListModel) list = ct_asset_list_model_new (f->store);
  CtAssetQuery q = CT_ASSET_QUERY_INIT;
  char *search = g_strdup ("客梯");
  char *today = g_strdup ("2025-11-21");

  q.search = search;
  q.today = today;
  q.due = CT_ASSET_DUE_OVERDUE;
  ct_asset_list_model_set_query (list, &q, &error);
  g_assert_no_error (error);
  memset (search, 'x', strlen (search));
  memset (today, 'x', strlen (today));
  g_free (search);
  g_free (today);
  ct_asset_list_model_refresh (list, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);   /* A02 */
  g_assert_cmpstr (ct_asset_list_model_get_query (list)->search, ==, "客梯");
  g_assert_cmpstr (ct_asset_list_model_get_query (list)->today, ==, "2025-11-21");

  q.search = NULL;
  q.today = "someday";
  g_assert_false (ct_asset_list_model_set_query (list, &q, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpstr (ct_asset_list_model_get_query (list)->today, ==, "2025-11-21");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/asset-query/filters", test_filters);
  ADD ("/asset-query/location-subtree", test_location_subtree);
  ADD ("/asset-query/search", test_search);
  ADD ("/asset-query/due", test_due);
  ADD ("/asset-query/due-today-zone", test_due_today_zone);
  ADD ("/asset-query/sort", test_sort);
  ADD ("/asset-query/sort-name", test_sort_name);
  ADD ("/asset-query/location-counts", test_location_counts);
  ADD ("/asset-query/model-pages", test_model_pages);
  ADD ("/asset-query/model-refresh", test_model_refresh);
  ADD ("/asset-query/model-query-copied", test_model_query_copied);
#undef ADD

  return g_test_run ();
}
