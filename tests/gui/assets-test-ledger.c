/* assets-test-ledger.c — the ledger of the Assets tab's tests, and helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "assets-test-ledger.h"
#include "ct-building.h"
#include "ct-maintenance.h"
#include "ct-site.h"

typedef struct
{
  const char *code;
  const char *name;
  const char *category;
  int         site;
  int         building;       /* -1: none */
  int         location;       /* -1: none */
  const char *serial;
  const char *contractor;
  const char *warranty_until;
  const char *statutory_due;
  const char *status;         /* NULL: in service */
  const char *rrule;          /* a schedule-based plan from @starts_on, or NULL */
  const char *starts_on;
} AssetSpec;

static const AssetSpec specs[N_ASSETS] = {
  { "A01", "1号客梯", "elevator", S_SUN, B_3, -1, "", "上海三菱维保", NULL, "2025-11-10",
    NULL, "FREQ=MONTHLY", "2025-10-01" },
  { "A02", "2号客梯", "elevator", S_SUN, B_3, -1, "", "", NULL, "2026-06-01",
    NULL, "FREQ=MONTHLY", "2025-12-05" },
  { "A03", "低压配电柜", "power", S_SUN, B_3, L_B1, "", "", NULL, NULL, NULL, NULL, NULL },
  { "A04", "变压器", "power", S_SUN, B_3, L_B1_EAST, "", "", NULL, NULL, "down", NULL, NULL },
  { "A05", "生活水泵", "water", S_SUN, B_5, L_ROOF, "FPX02", "", NULL, NULL,
    NULL, "FREQ=MONTHLY;INTERVAL=3", "2025-08-15" },
  { "A06", "消防泵", "fire", S_LAKE, B_1, L_PUMP, "", "", NULL, NULL,
    NULL, "FREQ=MONTHLY", "2026-01-10" },
  { "A07", "监控主机", "cctv", S_LAKE, -1, -1, "", "", NULL, NULL, "retired", NULL, NULL },
  { "A08", "发电机", "generator", S_SUN, -1, -1, "", "", NULL, NULL, "maintenance", NULL, NULL },
  { "A09", "门禁控制器", "access", S_LAKE, B_1, -1, "", "", NULL, NULL, NULL, NULL, NULL },
  { "A10", "路灯回路", "lighting", S_SUN, B_5, L_ROOF, "", "", "2025-12-01", NULL,
    NULL, NULL, NULL },
  { "A11", "新风机组", "hvac", S_LAKE, B_1, L_PUMP, "", "", NULL, NULL, NULL, NULL, NULL },
  { "A12", "排污泵", "water", S_LAKE, B_1, L_PUMP, "", "", NULL, NULL,
    NULL, "FREQ=MONTHLY", "2025-11-20" },
};


gint64
assets_test_insert (AssetsFixture *f,
                    CtRecordStore *store,
                    gpointer       record)
{
  g_autoptr(CtRecord) owned = record;

  gui_test_insert (store, owned);
  return ct_record_get_id (owned);
}

static gint64
add_location (AssetsFixture *f,
              int            building,
              gint64         parent_id,
              const char    *name)
{
  gint64 site = f->sites[building == B_1 ? S_LAKE : S_SUN];
  CtAssetLocation *location = ct_asset_location_new (site, f->buildings[building],
                                                     "plant_room", name);

  g_object_set (location, "parent_id", parent_id, NULL);
  return assets_test_insert (f, ct_asset_store_get_locations (f->store), location);
}

static void
add_places (AssetsFixture *f)
{
  CtOrganisation *org = ct_context_get_organisation (f->file.context);
  CtRecordStore *buildings = ct_organisation_get_buildings (org);

  f->sites[S_SUN] = assets_test_insert (f, ct_organisation_get_sites (org), ct_site_new ("SH01", "阳光花园"));
  f->sites[S_LAKE] = assets_test_insert (f, ct_organisation_get_sites (org), ct_site_new ("SH02", "翠湖苑"));
  f->buildings[B_3] = assets_test_insert (f, buildings, ct_building_new (f->sites[S_SUN], "3", "3栋"));
  f->buildings[B_5] = assets_test_insert (f, buildings, ct_building_new (f->sites[S_SUN], "5", "5栋"));
  f->buildings[B_1] = assets_test_insert (f, buildings, ct_building_new (f->sites[S_LAKE], "1", "1栋"));
  f->locations[L_B1] = add_location (f, B_3, 0, "B1 配电室");
  f->locations[L_B1_EAST] = add_location (f, B_3, f->locations[L_B1], "B1 配电室东区");
  f->locations[L_ROOF] = add_location (f, B_5, 0, "屋顶水箱间");
  f->locations[L_PUMP] = add_location (f, B_1, 0, "泵房");
}

static void
add_plan (AssetsFixture   *f,
          CtAsset         *asset,
          const AssetSpec *s)
{
  g_autoptr(CtMaintenancePlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  plan = ct_maintenance_plan_new (ct_record_get_id (CT_RECORD (asset)), "月度保养", s->rrule,
                                  "schedule", s->starts_on);
  ct_maintenance_create_plan (f->store, plan, "test", &error);
  g_assert_no_error (error);
}

static void
add_asset (AssetsFixture   *f,
           const AssetSpec *s)
{
  g_autoptr(CtAsset) asset = ct_asset_new (s->code, s->name, s->category, f->sites[s->site]);
  g_autoptr(GError) error = NULL;

  g_object_set (asset, "building_id", s->building >= 0 ? f->buildings[s->building] : 0,
                "location_id", s->location >= 0 ? f->locations[s->location] : 0,
                "serial", s->serial, "contractor", s->contractor,
                "warranty_until", s->warranty_until ? s->warranty_until : "",
                "statutory_due", s->statutory_due ? s->statutory_due : "", NULL);
  ct_asset_store_create (f->store, asset, "test", &error);
  g_assert_no_error (error);
  if (s->rrule != NULL)
    add_plan (f, asset, s);
  if (s->status != NULL)
    {
      ct_asset_store_set_status (f->store, asset, s->status, "测试", 0, 0, "test", &error);
      g_assert_no_error (error);
    }
}

void
assets_test_set_up (AssetsFixture *f,
                    gconstpointer  data)
{
  gui_test_file_open (&f->file, "caretaker-assets-XXXXXX", NOW, "工程部小李");
  gui_test_file_add_departments (&f->file);
  f->store = ct_context_get_assets (f->file.context);
  add_places (f);
  if (data == NULL)   /* not the empty-ledger test */
    for (guint i = 0; i < N_ASSETS; i++)
      add_asset (f, &specs[i]);

  f->page = CT_ASSETS_PAGE (ct_assets_page_new ());
  f->window = gui_test_show_page (CT_PAGE (f->page), f->file.context, 1280, 760);
}

void
assets_test_tear_down (AssetsFixture *f,
                       gconstpointer  data)
{
  gui_test_destroy_toplevels ();
  gui_test_file_close (&f->file);
}

guint
assets_test_n_rows (AssetsFixture *f)
{
  return g_list_model_get_n_items (ct_assets_page_get_model (f->page));
}

char *
assets_test_cell (AssetsFixture       *f,
                  GtkColumnViewColumn *column,
                  guint                position)
{
  return ct_assets_page_dup_cell_text (f->page, column, position);
}

/* The row of asset @code in the list, or G_MAXUINT. */
guint
assets_test_row_of (AssetsFixture *f,
                    const char    *code)
{
  for (guint i = 0; i < assets_test_n_rows (f); i++)
    {
      g_autofree char *text = assets_test_cell (f, f->page->code_column, i);

      if (g_strcmp0 (text, code) == 0)
        return i;
    }
  return G_MAXUINT;
}

char *
assets_test_key (const char *prefix,
                 gint64      id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, prefix, id);
}

void
assets_test_assert_node (AssetsFixture *f,
                         const char    *prefix,
                         gint64         id,
                         const char    *expected)
{
  g_autofree char *node = assets_test_key (prefix, id);
  g_autofree char *text = ct_assets_page_dup_node_text (f->page, node);

  g_assert_cmpstr (text, ==, expected);
}

void
assets_test_select_node (AssetsFixture *f,
                         const char    *prefix,
                         gint64         id)
{
  g_autofree char *node = assets_test_key (prefix, id);

  g_assert_true (ct_assets_page_select_node (f->page, node));
}
