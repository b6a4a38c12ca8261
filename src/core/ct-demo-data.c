/* ct-demo-data.c — the demo company: its sites, posts, departments and names,
 * and the seeded generator that draws people from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-demo-private.h"

/* Hire dates lie in the eight years before this day: not the clock's today, so
 * that a seed gives the same data whenever it runs. */
#define DEMO_TODAY_DAY   1
#define DEMO_TODAY_MONTH G_DATE_NOVEMBER
#define DEMO_TODAY_YEAR  2026
#define DEMO_HIRE_DAYS   (8 * 365)

const CtDemoSiteInfo ct_demo_sites[] = {
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

G_STATIC_ASSERT (G_N_ELEMENTS (ct_demo_sites) == CT_DEMO_N_SITES);

const CtDemoPostInfo ct_demo_posts[] = {
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

const guint ct_demo_n_posts = G_N_ELEMENTS (ct_demo_posts);

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

guint64
ct_demo_rng_next (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

guint
ct_demo_rng_below (guint64 *state,
                   guint    n)
{
  g_assert (n > 0);
  return (guint) (ct_demo_rng_next (state) % n);
}

guint
ct_demo_rng_range (guint64 *state,
                   guint    lo,
                   guint    hi)
{
  return lo + ct_demo_rng_below (state, hi - lo + 1);
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

char *
ct_demo_make_name (guint64 *rng)
{
  guint n = G_N_ELEMENTS (surnames);
  guint surname = MIN (ct_demo_rng_below (rng, n), ct_demo_rng_below (rng, n));
  guint given = ct_demo_rng_below (rng, G_N_ELEMENTS (given_names));

  return g_strconcat (surnames[surname], given_names[given], NULL);
}

char *
ct_demo_make_mobile (guint64 *rng)
{
  guint prefix = ct_demo_rng_below (rng, G_N_ELEMENTS (mobile_prefixes));

  return g_strdup_printf ("%s%08u", mobile_prefixes[prefix], ct_demo_rng_below (rng, 100000000));
}

CtRecord *
ct_demo_make_department (const CtDepartmentDefault *info)
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

CtRecord *
ct_demo_make_site (guint site)
{
  const CtDemoSiteInfo *info = &ct_demo_sites[site];
  CtRecord *record = CT_RECORD (ct_site_new (info->code, info->name));

  ct_record_set_string (record, "address", info->address);
  ct_record_set_string (record, "phone", info->phone);
  return record;
}

CtRecord *
ct_demo_make_staff (guint64              *rng,
                    guint                 number,
                    const CtDemoPostInfo *post,
                    gint64                department_id,
                    gint64                site_id)
{
  g_autofree char *employee_no = g_strdup_printf ("CT%04u", number);
  g_autofree char *name = ct_demo_make_name (rng);
  g_autofree char *phone = ct_demo_make_mobile (rng);
  guint roll = post->leader ? 99 : ct_demo_rng_below (rng, 100);
  const char *status = roll < 4 ? "left" : roll < 9 ? "onboarding" : "active";
  guint days = roll >= 4 && roll < 9 ? ct_demo_rng_range (rng, 1, 30)
                                     : ct_demo_rng_range (rng, 31, DEMO_HIRE_DAYS);
  g_autofree char *hired_on = format_date_before (days);
  CtRecord *staff = CT_RECORD (ct_staff_new (employee_no, name, department_id));

  ct_record_set_int (staff, "site_id", site_id);
  ct_record_set_string (staff, "post", post->post);
  ct_record_set_string (staff, "phone", phone);
  ct_record_set_string (staff, "hired_on", hired_on);
  ct_record_set_string (staff, "status", status);
  return staff;
}
