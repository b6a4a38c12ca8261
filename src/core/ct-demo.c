/* ct-demo.c — demo data: a realistic Chinese property company
 *
 * The data come from a splitmix64 generator seeded with the options' seed (not
 * g_random, whose sequence may change between GLib versions), so a seed gives
 * the same rows on every machine. Everything is planned first, then written in
 * one transaction, one ct_record_store_insert_all() per batch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-database-private.h"
#include "ct-demo-private.h"
#include "ct-error.h"
#include "ct-permission.h"

#define DEMO_ACTOR "demo"

typedef struct
{
  guint              site;        /* index into demo->site_ids */
  CtDemoBuildingKind kind;
  guint              number;
  guint              floors;
  guint              entrances;   /* 0 for a villa row */
  guint              per_floor;   /* units per floor and entrance; houses of a villa row */
  gint64             id;
} BuildingPlan;

typedef struct
{
  const CtDemoOptions *options;
  CtDemoProgress       progress_cb;
  gpointer             user_data;
  GCancellable        *cancellable;

  CtOrganisation      *org;
  guint64              rng;
  guint                n_sites;
  gint64               site_ids[CT_DEMO_N_SITES];
  guint                site_units[CT_DEMO_N_SITES];
  GArray              *buildings;       /* BuildingPlan */
  guint                total_units;
  guint                units_done;
  guint                staff_no;
} Demo;

static const guint8 *
site_plan (Demo *demo,
           guint site)
{
  const CtDemoSiteInfo *info = &ct_demo_sites[site];

  return demo->options->scale == CT_DEMO_SCALE_LARGE ? info->large : info->small;
}

static guint
building_units (const BuildingPlan *plan)
{
  if (plan->kind == CT_DEMO_KIND_VILLA)
    return plan->per_floor;
  return plan->floors * plan->entrances * plan->per_floor;
}

static void
plan_building (Demo         *demo,
               BuildingPlan *plan)
{
  switch (plan->kind)
    {
    case CT_DEMO_KIND_HIGH_RISE:
      plan->floors = ct_demo_rng_range (&demo->rng, 18, 33);
      plan->entrances = ct_demo_rng_range (&demo->rng, 2, 3);
      plan->per_floor = ct_demo_rng_range (&demo->rng, 2, 4);
      break;
    case CT_DEMO_KIND_LOW_RISE:
      plan->floors = ct_demo_rng_range (&demo->rng, 6, 11);
      plan->entrances = ct_demo_rng_range (&demo->rng, 1, 2);
      plan->per_floor = 2;
      break;
    case CT_DEMO_KIND_VILLA:
      plan->floors = 3;
      plan->entrances = 0;
      plan->per_floor = ct_demo_rng_range (&demo->rng, 4, 8);
      break;
    case CT_DEMO_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
plan_buildings (Demo *demo)
{
  for (guint site = 0; site < demo->n_sites; site++)
    {
      const guint8 *counts = site_plan (demo, site);
      guint number = 0;

      for (CtDemoBuildingKind kind = 0; kind < CT_DEMO_N_KINDS; kind++)
        for (guint i = 0; i < counts[kind]; i++)
          {
            BuildingPlan plan = { .site = site, .kind = kind, .number = ++number };

            plan_building (demo, &plan);
            demo->site_units[site] += building_units (&plan);
            demo->total_units += building_units (&plan);
            g_array_append_val (demo->buildings, plan);
          }
    }
}

static void
report (Demo       *demo,
        double      fraction,
        const char *message)
{
  if (demo->progress_cb != NULL)
    demo->progress_cb (CLAMP (fraction, 0.0, 1.0), message, demo->user_data);
}

static gboolean
check_empty (Demo       *demo,
             CtDatabase *db,
             GError    **error)
{
  g_autofree char *name = NULL;

  if (ct_record_store_count (ct_organisation_get_sites (demo->org)) == 0 &&
      ct_record_store_count (ct_organisation_get_buildings (demo->org)) == 0 &&
      ct_record_store_count (ct_organisation_get_staff (demo->org)) == 0)
    return TRUE;

  name = ct_database_dup_display_name (db);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_EMPTY,
               _("“%s” already has sites or staff: demo data can only fill an empty database"),
               name);
  return FALSE;
}

/* The default departments with Chinese names, unless the database has its own. */
static gboolean
insert_departments (Demo    *demo,
                    GError **error)
{
  CtRecordStore *store = ct_organisation_get_departments (demo->org);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  const CtDepartmentDefault *defaults;
  guint n;

  if (ct_record_store_count (store) > 0)
    return TRUE;
  defaults = ct_department_defaults (&n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (records, ct_demo_make_department (&defaults[i]));
  return ct_record_store_insert_all (store, records, DEMO_ACTOR, error);
}

static gboolean
insert_sites (Demo    *demo,
              GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < demo->n_sites; i++)
    g_ptr_array_add (records, ct_demo_make_site (i));
  if (!ct_record_store_insert_all (ct_organisation_get_sites (demo->org), records,
                                   DEMO_ACTOR, error))
    return FALSE;
  for (guint i = 0; i < demo->n_sites; i++)
    demo->site_ids[i] = ct_record_get_id (g_ptr_array_index (records, i));
  return TRUE;
}

static CtRecord *
make_building (Demo               *demo,
               const BuildingPlan *plan)
{
  g_autofree char *code = g_strdup_printf ("%u", plan->number);
  g_autofree char *name = plan->kind == CT_DEMO_KIND_VILLA
                          ? g_strdup_printf ("%u幢", plan->number)
                          : g_strdup_printf ("%u号楼", plan->number);
  CtRecord *building = CT_RECORD (ct_building_new (demo->site_ids[plan->site], code, name));

  ct_record_set_int (building, "floors", plan->floors);
  ct_record_set_int (building, "entrances", plan->entrances);
  return building;
}

static gboolean
insert_buildings (Demo    *demo,
                  GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < demo->buildings->len; i++)
    g_ptr_array_add (records, make_building (demo, &g_array_index (demo->buildings,
                                                                  BuildingPlan, i)));
  if (!ct_record_store_insert_all (ct_organisation_get_buildings (demo->org), records,
                                   DEMO_ACTOR, error))
    return FALSE;
  for (guint i = 0; i < demo->buildings->len; i++)
    g_array_index (demo->buildings, BuildingPlan, i).id =
      ct_record_get_id (g_ptr_array_index (records, i));
  return TRUE;
}

static void
fill_owner (Demo     *demo,
            CtRecord *unit)
{
  guint roll = ct_demo_rng_below (&demo->rng, 100);
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;

  if (roll < 3)
    {
      ct_record_set_string (unit, "note", "空置");
      return;
    }
  name = ct_demo_make_name (&demo->rng);
  phone = ct_demo_make_mobile (&demo->rng);
  ct_record_set_string (unit, "owner_name", name);
  ct_record_set_string (unit, "owner_phone", phone);
  if (roll < 12)
    ct_record_set_string (unit, "note", "出租");
}

static CtRecord *
make_unit (Demo               *demo,
           const BuildingPlan *plan,
           guint               entrance,
           guint               floor,
           guint               position)
{
  g_autofree char *entrance_text = entrance > 0 ? g_strdup_printf ("%u", entrance)
                                                : g_strdup ("");
  g_autofree char *room = g_strdup_printf ("%u%02u", floor, position);
  CtRecord *unit = CT_RECORD (ct_unit_new (plan->id, entrance_text, room));

  ct_record_set_int (unit, "floor", floor);
  fill_owner (demo, unit);
  if (plan->kind == CT_DEMO_KIND_VILLA && ct_record_get_string (unit, "note")[0] == '\0')
    ct_record_set_string (unit, "note", "联排别墅");
  return unit;
}

static GPtrArray *
make_units (Demo               *demo,
            const BuildingPlan *plan)
{
  GPtrArray *records = g_ptr_array_new_full (building_units (plan), g_object_unref);

  if (plan->kind == CT_DEMO_KIND_VILLA)
    {
      for (guint house = 1; house <= plan->per_floor; house++)
        g_ptr_array_add (records, make_unit (demo, plan, 0, 1, house));
      return records;
    }
  for (guint entrance = 1; entrance <= plan->entrances; entrance++)
    for (guint floor = 1; floor <= plan->floors; floor++)
      for (guint position = 1; position <= plan->per_floor; position++)
        g_ptr_array_add (records, make_unit (demo, plan, entrance, floor, position));
  return records;
}

static gboolean
insert_units (Demo    *demo,
              GError **error)
{
  CtRecordStore *store = ct_organisation_get_units (demo->org);

  for (guint i = 0; i < demo->buildings->len; i++)
    {
      const BuildingPlan *plan = &g_array_index (demo->buildings, BuildingPlan, i);
      g_autoptr(GPtrArray) records = NULL;
      g_autofree char *message = NULL;

      if (g_cancellable_set_error_if_cancelled (demo->cancellable, error))
        return FALSE;
      message = g_strdup_printf (_("Creating units: %s, building %u"),
                                 ct_demo_sites[plan->site].name, plan->number);
      report (demo, 0.05 + 0.85 * demo->units_done / demo->total_units, message);
      records = make_units (demo, plan);
      if (!ct_record_store_insert_all (store, records, DEMO_ACTOR, error))
        return FALSE;
      demo->units_done += records->len;
    }
  return TRUE;
}

static guint
post_count (const CtDemoPostInfo *post,
            guint                 units)
{
  return post->fixed + (units * post->per_10k_units + 5000) / 10000;
}

static gboolean
add_post (Demo                  *demo,
          const CtDemoPostInfo  *post,
          guint                  site,
          GPtrArray             *records,
          GError               **error)
{
  CtDepartment *department = ct_organisation_find_department (demo->org, post->department);
  guint units = post->per_site ? demo->site_units[site] : demo->total_units;
  gint64 site_id = post->per_site ? demo->site_ids[site] : 0;

  if (department == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("The department “%s” is missing: demo data need the default departments"),
                   post->department);
      return FALSE;
    }
  for (guint i = post_count (post, units); i > 0; i--)
    g_ptr_array_add (records, ct_demo_make_staff (&demo->rng, ++demo->staff_no, post,
                                                  ct_record_get_id (CT_RECORD (department)),
                                                  site_id));
  return TRUE;
}

static gboolean
insert_staff (Demo    *demo,
              GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  if (g_cancellable_set_error_if_cancelled (demo->cancellable, error))
    return FALSE;
  report (demo, 0.92, _("Creating staff"));
  for (guint i = 0; i < ct_demo_n_posts; i++)
    if (!ct_demo_posts[i].per_site && !add_post (demo, &ct_demo_posts[i], 0, records, error))
      return FALSE;
  for (guint site = 0; site < demo->n_sites; site++)
    for (guint i = 0; i < ct_demo_n_posts; i++)
      if (ct_demo_posts[i].per_site && !add_post (demo, &ct_demo_posts[i], site, records, error))
        return FALSE;
  return ct_record_store_insert_all (ct_organisation_get_staff (demo->org), records,
                                     DEMO_ACTOR, error);
}

static void
demo_reset (Demo *demo)
{
  g_clear_object (&demo->org);
  g_clear_pointer (&demo->buildings, g_array_unref);
  demo->rng = demo->options->seed;
  demo->n_sites = demo->options->scale == CT_DEMO_SCALE_LARGE ? CT_DEMO_N_SITES
                                                               : CT_DEMO_N_SITES_SMALL;
  memset (demo->site_ids, 0, sizeof demo->site_ids);
  memset (demo->site_units, 0, sizeof demo->site_units);
  demo->buildings = g_array_new (FALSE, TRUE, sizeof (BuildingPlan));
  demo->total_units = 0;
  demo->units_done = 0;
  demo->staff_no = 0;
}

/* Runs inside the transaction; starts from scratch so that a retry gives the
 * same rows. */
static gboolean
write_demo (CtDatabase *db,
            gpointer    user_data,
            GError    **error)
{
  Demo *demo = user_data;

  demo_reset (demo);
  plan_buildings (demo);
  report (demo, 0.0, _("Creating departments and sites"));
  demo->org = ct_organisation_new (db, error);
  if (demo->org == NULL || !check_empty (demo, db, error))
    return FALSE;
  if (!insert_departments (demo, error) || !insert_sites (demo, error))
    return FALSE;
  report (demo, 0.03, _("Creating buildings"));
  if (!insert_buildings (demo, error) || !insert_units (demo, error) ||
      !insert_staff (demo, error))
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (demo->cancellable, error))
    return FALSE;
  report (demo, 1.0, _("Saving"));
  return TRUE;
}

void
ct_demo_options_init (CtDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->seed = 1;
  options->scale = CT_DEMO_SCALE_SMALL;
  options->n_assets = 0;
}

gboolean
ct_demo_scale_from_string (const char  *text,
                           CtDemoScale *scale)
{
  g_return_val_if_fail (scale != NULL, FALSE);

  if (g_strcmp0 (text, "small") == 0)
    *scale = CT_DEMO_SCALE_SMALL;
  else if (g_strcmp0 (text, "large") == 0)
    *scale = CT_DEMO_SCALE_LARGE;
  else
    return FALSE;
  return TRUE;
}

const char *
ct_demo_scale_to_string (CtDemoScale scale)
{
  switch (scale)
    {
    case CT_DEMO_SCALE_SMALL:
      return "small";
    case CT_DEMO_SCALE_LARGE:
      return "large";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ct_demo_generate (CtDatabase          *db,
                  const CtDemoOptions *options,
                  CtDemoProgress       progress_cb,
                  gpointer             user_data,
                  GCancellable        *cancellable,
                  GError             **error)
{
  Demo demo = { options, progress_cb, user_data, cancellable };
  gboolean ok;

  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->scale == CT_DEMO_SCALE_SMALL ||
                        options->scale == CT_DEMO_SCALE_LARGE, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error)
      || !ct_permission_check (db, "site", "create", 0, error))
    return FALSE;
  ok = ct_database_write (db, write_demo, &demo, error);
  g_clear_object (&demo.org);
  g_clear_pointer (&demo.buildings, g_array_unref);
  return ok;
}
