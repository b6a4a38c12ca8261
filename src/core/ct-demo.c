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
#include "ct-demo.h"
#include "ct-error.h"
#include "ct-organisation.h"

#define DEMO_ACTOR "demo"

/* Hire dates lie in the eight years before this day: not the clock's today, so
 * that a seed gives the same data whenever it runs. */
#define DEMO_TODAY_DAY   1
#define DEMO_TODAY_MONTH G_DATE_NOVEMBER
#define DEMO_TODAY_YEAR  2026
#define DEMO_HIRE_DAYS   (8 * 365)

#define N_SITES_SMALL 3
#define N_SITES       10

typedef enum
{
  KIND_HIGH_RISE,
  KIND_LOW_RISE,
  KIND_VILLA,
  N_KINDS
} BuildingKind;

typedef struct
{
  const char *code;
  const char *name;
  const char *address;
  const char *phone;
  guint8      small[N_KINDS];   /* buildings of each kind; all 0 = not in small */
  guint8      large[N_KINDS];
} SiteInfo;

typedef struct
{
  const char *department;       /* code of a default department */
  const char *post;
  gboolean    per_site;         /* FALSE: company-wide (site_id 0) */
  gboolean    leader;           /* always active */
  guint       fixed;
  guint       per_10k_units;    /* more staff for every 10,000 units served */
} PostInfo;

typedef struct
{
  guint        site;            /* index into demo->site_ids */
  BuildingKind kind;
  guint        number;
  guint        floors;
  guint        entrances;       /* 0 for a villa row */
  guint        per_floor;       /* units per floor and entrance; houses of a villa row */
  gint64       id;
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
  gint64               site_ids[N_SITES];
  guint                site_units[N_SITES];
  GArray              *buildings;       /* BuildingPlan */
  guint                total_units;
  guint                units_done;
  guint                staff_no;
} Demo;

static const SiteInfo sites[] = {
  { "CHHY", "翠湖花园", "浙江省杭州市西湖区文三路388号", "0571-88231001", { 12, 2, 0 }, { 34, 4, 2 } },
  { "JXHT", "锦绣华庭", "浙江省杭州市拱墅区莫干山路1088号", "0571-88562002", { 10, 1, 2 }, { 30, 6, 4 } },
  { "BJYH", "滨江壹号", "浙江省杭州市滨江区江南大道3777号", "0571-86653003", { 8, 2, 3 }, { 26, 4, 10 } },
  { "JYLW", "金域蓝湾", "浙江省杭州市上城区钱江路639号", "0571-86901004", { 0 }, { 32, 5, 3 } },
  { "YGCS", "阳光城市花园", "浙江省杭州市余杭区文一西路1500号", "0571-89012005", { 0 }, { 36, 4, 0 } },
  { "ZWY", "紫薇苑", "浙江省杭州市西湖区古墩路702号", "0571-88903006", { 0 }, { 24, 10, 6 } },
  { "WXXT", "万象新天", "浙江省杭州市萧山区市心北路857号", "0571-82716007", { 0 }, { 30, 5, 5 } },
  { "YJW", "御景湾", "浙江省杭州市临平区迎宾路365号", "0571-86218008", { 0 }, { 22, 6, 12 } },
  { "SXMD", "书香名邸", "浙江省杭州市拱墅区上塘路458号", "0571-88327009", { 0 }, { 32, 6, 2 } },
  { "XHW", "星河湾", "浙江省杭州市钱塘区文泽路299号", "0571-86910010", { 0 }, { 34, 4, 2 } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (sites) == N_SITES);

static const PostInfo posts[] = {
  { "admin", "总经理", FALSE, TRUE, 1, 0 },
  { "admin", "行政专员", FALSE, FALSE, 1, 2 },
  { "admin", "人事专员", FALSE, FALSE, 1, 1 },
  { "admin", "财务专员", FALSE, FALSE, 1, 2 },
  { "admin", "品质督导", FALSE, FALSE, 1, 2 },
  { "admin", "培训专员", FALSE, FALSE, 1, 1 },
  { "admin", "项目经理", TRUE, TRUE, 1, 0 },
  { "admin", "项目副经理", TRUE, FALSE, 0, 2 },
  { "service", "客服主管", TRUE, TRUE, 1, 0 },
  { "service", "客服专员", TRUE, FALSE, 0, 22 },
  { "security", "安保队长", TRUE, TRUE, 1, 0 },
  { "security", "秩序维护员", TRUE, FALSE, 0, 50 },
  { "security", "监控员", TRUE, FALSE, 0, 10 },
  { "cleaning", "保洁主管", TRUE, TRUE, 1, 0 },
  { "cleaning", "保洁员", TRUE, FALSE, 0, 35 },
  { "engineering", "工程主管", TRUE, TRUE, 1, 0 },
  { "engineering", "水电工", TRUE, FALSE, 0, 16 },
  { "engineering", "电梯管理员", TRUE, FALSE, 1, 4 },
  { "landscaping", "绿化工", TRUE, FALSE, 1, 15 },
};

/* The default departments, in Chinese whatever the locale. */
static const struct
{
  const char *code;
  const char *name;
  const char *phone;
} departments[] = {
  { "service", "客服部", "400-826-5588" },
  { "security", "秩序维护部", "" },
  { "cleaning", "保洁部", "" },
  { "engineering", "工程维修部", "" },
  { "landscaping", "绿化部", "" },
  { "admin", "综合管理部", "" },
};

/* Most frequent first: picks favour the start of the list. */
static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
  "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "邓",
  "冯", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜",
  "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭",
  "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白",
  "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶",
  "贺", "毛", "郝", "顾", "龚", "邵", "万", "钱", "戴", "严", "孔", "汤", "欧阳",
};

static const char * const given_names[] = {
  "伟", "芳", "娜", "敏", "静", "秀英", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰",
  "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "建国", "志强",
  "志明", "国强", "海燕", "海涛", "晓东", "晓明", "晓燕", "丽娟", "丽华", "玉兰",
  "玉梅", "红梅", "春梅", "文", "华", "辉", "鹏", "斌", "宇", "浩", "凯", "健", "俊",
  "帆", "博", "欣怡", "子涵", "梓涵", "雨涵", "浩然", "宇轩", "子轩", "一诺", "思远",
  "嘉怡", "佳琪", "诗涵", "梦瑶", "雅婷", "婷婷", "倩", "颖", "琳", "慧", "蕾", "晨",
  "阳", "亮", "峰", "鑫", "波", "宁", "飞", "昊", "德明", "福生", "永强", "建平",
  "学文", "淑珍", "秀珍", "凤英", "桂芳", "美华", "丽萍", "慧敏", "文静", "家豪",
  "俊杰", "伟东", "志刚", "振华", "立新", "卫东", "红霞", "小燕", "雪梅", "晓丽",
  "金凤", "秀梅", "爱华", "悦", "琦", "瑶", "昕", "哲",
};

static const char * const mobile_prefixes[] = {
  "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
  "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180",
  "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
};

static guint64
rng_next (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* 0 … n-1 (the modulo bias is far below anything visible in demo data) */
static guint
rng_below (guint64 *state,
           guint    n)
{
  g_assert (n > 0);
  return (guint) (rng_next (state) % n);
}

static guint
rng_range (guint64 *state,
           guint    lo,
           guint    hi)
{
  return lo + rng_below (state, hi - lo + 1);
}

static char *
make_name (Demo *demo)
{
  guint n = G_N_ELEMENTS (surnames);
  guint surname = MIN (rng_below (&demo->rng, n), rng_below (&demo->rng, n));
  guint given = rng_below (&demo->rng, G_N_ELEMENTS (given_names));

  return g_strconcat (surnames[surname], given_names[given], NULL);
}

static char *
make_mobile (Demo *demo)
{
  guint prefix = rng_below (&demo->rng, G_N_ELEMENTS (mobile_prefixes));

  return g_strdup_printf ("%s%08u", mobile_prefixes[prefix],
                          rng_below (&demo->rng, 100000000));
}

static char *
format_date_before (guint days)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, DEMO_TODAY_DAY, DEMO_TODAY_MONTH, DEMO_TODAY_YEAR);
  g_date_subtract_days (&date, days);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                          (guint) g_date_get_month (&date), g_date_get_day (&date));
}

static const guint8 *
site_plan (Demo *demo,
           guint site)
{
  return demo->options->scale == CT_DEMO_SCALE_LARGE ? sites[site].large : sites[site].small;
}

static guint
building_units (const BuildingPlan *plan)
{
  if (plan->kind == KIND_VILLA)
    return plan->per_floor;
  return plan->floors * plan->entrances * plan->per_floor;
}

static void
plan_building (Demo         *demo,
               BuildingPlan *plan)
{
  switch (plan->kind)
    {
    case KIND_HIGH_RISE:
      plan->floors = rng_range (&demo->rng, 18, 33);
      plan->entrances = rng_range (&demo->rng, 2, 3);
      plan->per_floor = rng_range (&demo->rng, 2, 4);
      break;
    case KIND_LOW_RISE:
      plan->floors = rng_range (&demo->rng, 6, 11);
      plan->entrances = rng_range (&demo->rng, 1, 2);
      plan->per_floor = 2;
      break;
    case KIND_VILLA:
      plan->floors = 3;
      plan->entrances = 0;
      plan->per_floor = rng_range (&demo->rng, 4, 8);
      break;
    case N_KINDS:
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

      for (BuildingKind kind = 0; kind < N_KINDS; kind++)
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

static CtRecord *
make_department (const CtDepartmentDefault *info)
{
  CtRecord *department = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (departments) && department == NULL; i++)
    if (g_str_equal (departments[i].code, info->code))
      {
        department = CT_RECORD (ct_department_new (info->code, departments[i].name));
        ct_record_set_string (department, "phone", departments[i].phone);
      }
  /* A default added to core later than this table. */
  if (department == NULL)
    department = CT_RECORD (ct_department_new (info->code, _(info->name)));
  return department;
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
    g_ptr_array_add (records, make_department (&defaults[i]));
  return ct_record_store_insert_all (store, records, DEMO_ACTOR, error);
}

static gboolean
insert_sites (Demo    *demo,
              GError **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < demo->n_sites; i++)
    {
      CtRecord *site = CT_RECORD (ct_site_new (sites[i].code, sites[i].name));

      ct_record_set_string (site, "address", sites[i].address);
      ct_record_set_string (site, "phone", sites[i].phone);
      g_ptr_array_add (records, site);
    }
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
  g_autofree char *name = plan->kind == KIND_VILLA ? g_strdup_printf ("%u幢", plan->number)
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
  guint roll = rng_below (&demo->rng, 100);
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;

  if (roll < 3)
    {
      ct_record_set_string (unit, "note", "空置");
      return;
    }
  name = make_name (demo);
  phone = make_mobile (demo);
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
  if (plan->kind == KIND_VILLA && ct_record_get_string (unit, "note")[0] == '\0')
    ct_record_set_string (unit, "note", "联排别墅");
  return unit;
}

static GPtrArray *
make_units (Demo               *demo,
            const BuildingPlan *plan)
{
  GPtrArray *records = g_ptr_array_new_full (building_units (plan), g_object_unref);

  if (plan->kind == KIND_VILLA)
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
                                 sites[plan->site].name, plan->number);
      report (demo, 0.05 + 0.85 * demo->units_done / demo->total_units, message);
      records = make_units (demo, plan);
      if (!ct_record_store_insert_all (store, records, DEMO_ACTOR, error))
        return FALSE;
      demo->units_done += records->len;
    }
  return TRUE;
}

static guint
post_count (const PostInfo *post,
            guint           units)
{
  return post->fixed + (units * post->per_10k_units + 5000) / 10000;
}

static CtRecord *
make_staff (Demo           *demo,
            const PostInfo *post,
            gint64          department_id,
            gint64          site_id)
{
  g_autofree char *number = g_strdup_printf ("CT%04u", ++demo->staff_no);
  g_autofree char *name = make_name (demo);
  g_autofree char *phone = make_mobile (demo);
  guint roll = post->leader ? 99 : rng_below (&demo->rng, 100);
  const char *status = roll < 4 ? "left" : roll < 9 ? "onboarding" : "active";
  guint days = roll >= 4 && roll < 9 ? rng_range (&demo->rng, 1, 30)
                                     : rng_range (&demo->rng, 31, DEMO_HIRE_DAYS);
  g_autofree char *hired_on = format_date_before (days);
  CtRecord *staff = CT_RECORD (ct_staff_new (number, name, department_id));

  ct_record_set_int (staff, "site_id", site_id);
  ct_record_set_string (staff, "post", post->post);
  ct_record_set_string (staff, "phone", phone);
  ct_record_set_string (staff, "hired_on", hired_on);
  ct_record_set_string (staff, "status", status);
  return staff;
}

static gboolean
add_post (Demo           *demo,
          const PostInfo *post,
          guint           site,
          GPtrArray      *records,
          GError        **error)
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
    g_ptr_array_add (records, make_staff (demo, post, ct_record_get_id (CT_RECORD (department)),
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
  for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
    if (!posts[i].per_site && !add_post (demo, &posts[i], 0, records, error))
      return FALSE;
  for (guint site = 0; site < demo->n_sites; site++)
    for (guint i = 0; i < G_N_ELEMENTS (posts); i++)
      if (posts[i].per_site && !add_post (demo, &posts[i], site, records, error))
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
  demo->n_sites = demo->options->scale == CT_DEMO_SCALE_LARGE ? N_SITES : N_SITES_SMALL;
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

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  ok = ct_database_write (db, write_demo, &demo, error);
  g_clear_object (&demo.org);
  g_clear_pointer (&demo.buildings, g_array_unref);
  return ok;
}
