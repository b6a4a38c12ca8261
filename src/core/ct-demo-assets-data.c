/* ct-demo-assets-data.c — the demo ledger's equipment: what a residential
 * site in Hangzhou has, where, made by whom and looked after by whom
 *
 * A high-rise building (one with entrances, 单元) has its elevators, a pump
 * room, a distribution room, smoke control fans, fire and alarm systems,
 * cameras, door stations and lights; a villa a door station, a camera and a
 * distribution box; each site a high-voltage room, generators, the fire pump
 * room and control room, the CCTV centre, gates, grounds lighting and the
 * clubhouse's air conditioning. Data, not translated: the demo company is
 * Chinese whatever the locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include "ct-demo-assets-private.h"

#define MONTHLY   "FREQ=MONTHLY"
#define QUARTERLY "FREQ=MONTHLY;INTERVAL=3"
#define HALF_YEAR "FREQ=MONTHLY;INTERVAL=6"

/* scope, category, code, name, location, its kind, group, how many,
 * criticality, rule, plan; failures per 1,000 a year, hours down, minutes
 * down per preventive visit, repeated for larger ledgers */
const CtDemoAssetKind ct_demo_asset_kinds[] = {
  /* In each high-rise building */
  { CT_DEMO_AT_LIFT, "elevator", "DT", "客梯", "屋顶电梯机房", "plant_room", "lift", 0, 0,
    "high", MONTHLY, "电梯月度维护保养", 1100, 2, 10, 60, FALSE },
  { CT_DEMO_AT_LIFT, "cctv", "JK", "梯轿厢摄像机", "电梯轿厢", "area", "camera", 1, 1,
    "low", NULL, NULL, 150, 24, 96, 0, TRUE },
  { CT_DEMO_AT_BUILDING, "water", "GS", "生活变频给水泵", "B1 生活水泵房", "plant_room", "pump",
    2, 3, "high", MONTHLY, "生活给水泵月度保养", 300, 4, 30, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "water", "GS", "给水泵控制柜", "B1 生活水泵房", "plant_room",
    "pump_panel", 1, 1, "high", MONTHLY, "给水泵控制柜月度检查", 150, 4, 24, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "water", "PS", "潜污泵", "B1 集水井", "area", "sump", 2, 2,
    "medium", MONTHLY, "潜污泵月度检查", 500, 4, 48, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "water", "SX", "屋顶不锈钢水箱", "屋顶水箱间", "plant_room", "tank", 1, 1,
    "medium", HALF_YEAR, "水箱清洗消毒", 50, 6, 24, 240, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "排烟风机", "屋顶风机房", "plant_room", "fan", 1, 2,
    "high", QUARTERLY, "排烟风机季度检测", 200, 6, 48, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "正压送风机", "屋顶风机房", "plant_room", "fan", 1, 2,
    "high", QUARTERLY, "正压送风机季度检测", 200, 6, 48, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "室内消火栓系统", NULL, NULL, "hydrant", 1, 1,
    "high", QUARTERLY, "消火栓系统季度检测", 100, 4, 24, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "自动喷水灭火系统", "地下车库", "area", "sprinkler", 1, 1,
    "high", QUARTERLY, "喷淋系统季度检测", 80, 4, 24, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "区域火灾报警控制器", "1F 消防值班室", "plant_room",
    "fire_panel", 1, 1, "high", QUARTERLY, "火灾报警系统季度检测", 300, 2, 24, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "fire", "XF", "应急照明及疏散指示系统", NULL, NULL, "emergency", 1, 1,
    "medium", QUARTERLY, "应急照明季度检测", 150, 4, 48, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "power", "PD", "低压配电柜", "B1 配电室", "plant_room", "lv_panel", 2, 4,
    "high", MONTHLY, "低压配电柜月度巡检保养", 50, 2, 12, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "power", "PD", "双电源切换箱", "B1 配电室", "plant_room", "ats", 1, 1,
    "high", MONTHLY, "双电源切换试验", 100, 2, 12, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "cctv", "JK", "车库摄像机", "地下车库", "area", "camera", 2, 4,
    "low", NULL, NULL, 150, 24, 96, 0, TRUE },
  { CT_DEMO_AT_ENTRANCE, "cctv", "JK", "单元大堂摄像机", "1F 大堂", "area", "camera", 2, 2,
    "low", NULL, NULL, 150, 24, 96, 0, TRUE },
  { CT_DEMO_AT_ENTRANCE, "access", "MJ", "可视对讲门口机", "1F 大堂", "area", "door", 1, 1,
    "medium", NULL, NULL, 400, 4, 72, 0, TRUE },
  { CT_DEMO_AT_BUILDING, "access", "MJ", "地库单元门禁", "地下车库", "area", "door", 1, 1,
    "medium", NULL, NULL, 300, 4, 72, 0, TRUE },
  { CT_DEMO_AT_BUILDING, "lighting", "ZM", "公共照明配电箱", "1F 强电间", "plant_room",
    "light_panel", 1, 1, "medium", QUARTERLY, "公共照明季度检查", 100, 2, 12, 0, FALSE },
  { CT_DEMO_AT_BUILDING, "lighting", "ZM", "楼道感应照明", NULL, NULL, "corridor", 1, 1,
    "low", NULL, NULL, 300, 12, 72, 0, TRUE },
  /* In each villa */
  { CT_DEMO_AT_VILLA, "access", "MJ", "可视对讲门口机", NULL, NULL, "door", 1, 1,
    "low", NULL, NULL, 400, 4, 72, 0, TRUE },
  { CT_DEMO_AT_VILLA, "cctv", "JK", "庭院摄像机", NULL, NULL, "camera", 1, 1,
    "low", NULL, NULL, 150, 24, 96, 0, TRUE },
  { CT_DEMO_AT_VILLA, "power", "PD", "总配电箱", NULL, NULL, "lv_panel", 1, 1,
    "medium", QUARTERLY, "配电箱季度巡检", 50, 2, 12, 0, FALSE },
  /* The site's plant */
  { CT_DEMO_AT_SITE, "power", "GY", "高压开关柜", "高压配电房", "plant_room", "hv_panel", 4, 6,
    "high", MONTHLY, "高压配电月度巡检", 30, 2, 12, 0, FALSE },
  { CT_DEMO_AT_SITE, "power", "BY", "干式变压器", "高压配电房", "plant_room", "transformer", 2, 2,
    "high", MONTHLY, "变压器月度巡检", 20, 4, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "power", "PD", "直流屏", "高压配电房", "plant_room", "dc_panel", 1, 1,
    "high", MONTHLY, "直流屏月度巡检", 50, 2, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "generator", "FD", "柴油发电机组", "柴油发电机房", "plant_room", "generator",
    1, 2, "high", MONTHLY, "发电机组月度空载试运行", 200, 4, 48, 30, FALSE },
  { CT_DEMO_AT_SITE, "fire", "XF", "消火栓泵", "消防泵房", "plant_room", "fire_pump", 2, 2,
    "high", QUARTERLY, "消防水泵季度检测", 150, 4, 36, 0, FALSE },
  { CT_DEMO_AT_SITE, "fire", "XF", "喷淋泵", "消防泵房", "plant_room", "fire_pump", 2, 2,
    "high", QUARTERLY, "喷淋泵季度检测", 150, 4, 36, 0, FALSE },
  { CT_DEMO_AT_SITE, "fire", "XF", "稳压泵", "消防泵房", "plant_room", "fire_pump", 2, 2,
    "medium", QUARTERLY, "稳压设备季度检测", 200, 4, 36, 0, FALSE },
  { CT_DEMO_AT_SITE, "fire", "XF", "火灾报警控制器（联动型）", "消防控制室", "plant_room",
    "fire_panel", 1, 1, "high", QUARTERLY, "火灾自动报警系统季度检测", 300, 2, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "fire", "XF", "消防广播主机", "消防控制室", "plant_room", "fire_panel", 1, 1,
    "medium", QUARTERLY, "消防广播季度检测", 100, 2, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "cctv", "JK", "网络硬盘录像机", "监控中心", "plant_room", "nvr", 2, 4,
    "medium", QUARTERLY, "监控系统季度巡检", 200, 4, 48, 0, FALSE },
  { CT_DEMO_AT_SITE, "cctv", "JK", "周界摄像机", "小区周界", "area", "camera", 8, 12,
    "low", NULL, NULL, 150, 24, 96, 0, TRUE },
  { CT_DEMO_AT_SITE, "access", "MJ", "车辆道闸", "小区出入口", "area", "barrier", 2, 4,
    "medium", QUARTERLY, "道闸季度保养", 1000, 2, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "access", "MJ", "人行通道闸机", "小区出入口", "area", "turnstile", 2, 2,
    "medium", QUARTERLY, "闸机季度保养", 500, 2, 24, 0, FALSE },
  { CT_DEMO_AT_SITE, "lighting", "ZM", "景观照明控制箱", "中心景观区", "area", "light_panel", 2, 3,
    "low", QUARTERLY, "景观照明季度检查", 150, 4, 48, 0, FALSE },
  { CT_DEMO_AT_SITE, "lighting", "ZM", "庭院路灯回路", "小区道路", "area", "street_light", 3, 6,
    "low", NULL, NULL, 300, 12, 72, 0, TRUE },
  { CT_DEMO_AT_SITE, "hvac", "KT", "螺杆式冷水机组", "会所空调机房", "plant_room", "chiller", 1, 2,
    "high", MONTHLY, "冷水机组月度保养", 500, 6, 72, 0, FALSE },
  { CT_DEMO_AT_SITE, "hvac", "KT", "冷却塔", "会所屋面", "area", "tower", 1, 2,
    "medium", QUARTERLY, "冷却塔季度清洗", 200, 4, 24, 120, FALSE },
  { CT_DEMO_AT_SITE, "hvac", "KT", "冷冻水泵", "会所空调机房", "plant_room", "pump", 2, 2,
    "medium", MONTHLY, "冷冻水泵月度保养", 300, 4, 30, 0, FALSE },
  { CT_DEMO_AT_SITE, "hvac", "KT", "新风机组", "会所", "floor", "ahu", 2, 2,
    "medium", QUARTERLY, "新风机组季度保养", 200, 4, 48, 0, FALSE },
  { CT_DEMO_AT_SITE, "hvac", "KT", "多联机空调", "会所", "floor", "vrf", 2, 4,
    "medium", QUARTERLY, "多联机季度保养", 250, 4, 48, 0, FALSE },
};

const guint ct_demo_n_asset_kinds = G_N_ELEMENTS (ct_demo_asset_kinds);

#define LIFT_FIRE   "杭州安泰消防工程有限公司"
#define WEAK        "杭州智安弱电工程有限公司"
#define HIGH_VOLT   "杭州华电电力工程有限公司"
#define HVAC        "杭州冷源机电设备安装有限公司"

const CtDemoBrand ct_demo_brands[] = {
  { "lift", "三菱电梯", { "LEHY-III", "NexWay-S", "ELENESSA" }, "上海三菱电梯有限公司杭州分公司" },
  { "lift", "日立电梯", { "HGP", "MCA-II", "UAX" }, "日立电梯（中国）有限公司杭州分公司" },
  { "lift", "奥的斯", { "GeN2-MRL", "SkyWay", "OH-CON" }, "杭州西奥电梯工程有限公司" },
  { "lift", "通力", { "KONE MonoSpace", "KONE MiniSpace", "KONE 3000" },
    "通力电梯有限公司杭州分公司" },
  { "lift", "迅达", { "Schindler 3300", "Schindler 5500" }, "杭州顺达电梯维保有限公司" },
  { "pump", "格兰富", { "CR 32-4", "CR 45-3", "Hydro MPC-E" }, "" },
  { "pump", "威乐", { "MHI 805", "Helix V 1605" }, "" },
  { "pump", "南方泵业", { "CDLF 32-40", "CDLF 20-8" }, "" },
  { "pump", "凯泉", { "KQDP 40-8", "KQL 80/160" }, "" },
  { "pump_panel", "格兰富", { "Control MPC" }, "" },
  { "pump_panel", "威乐", { "SC-Booster" }, "" },
  { "sump", "格兰富", { "SEG.40.12", "AP50B.50.08" }, "" },
  { "sump", "威乐", { "Drain TMW 32/11", "Padus UNI" }, "" },
  { "sump", "凯泉", { "WQ 50-15-1.5", "WQ 65-25-4" }, "" },
  { "tank", "江苏华通", { "SUS304 装配式 18 m³", "SUS444 装配式 24 m³" },
    "杭州洁源二次供水清洗有限公司" },
  { "fan", "浙江上风", { "HTF(B)-I-No.10", "SWF-I-No.8" }, LIFT_FIRE },
  { "fan", "上海奇胜", { "HTF-I-8", "GXF-I-9" }, LIFT_FIRE },
  { "hydrant", "", { "" }, LIFT_FIRE },
  { "sprinkler", "", { "" }, LIFT_FIRE },
  { "fire_panel", "海湾消防", { "JB-QB-GST200", "GST5000", "JB-QG-GST9000" }, LIFT_FIRE },
  { "fire_panel", "北大青鸟", { "JBF-11S", "JBF-62S" }, LIFT_FIRE },
  { "fire_panel", "泛海三江", { "JB-QB-5Ei", "JB-QG-9000" }, LIFT_FIRE },
  { "emergency", "海湾消防", { "GST-ZFJC-1" }, LIFT_FIRE },
  { "emergency", "敏华电器", { "MH-C-0.5kVA" }, LIFT_FIRE },
  { "lv_panel", "施耐德", { "Blokset", "Okken", "Prisma" }, "" },
  { "lv_panel", "ABB", { "MNS 3.0", "MDmax" }, "" },
  { "lv_panel", "西门子", { "SIVACON 8PT" }, "" },
  { "lv_panel", "正泰", { "GGD", "GCS" }, "" },
  { "ats", "施耐德", { "WATSG-100", "TransferPacT" }, "" },
  { "ats", "ABB", { "DPT-CB011", "TruONE" }, "" },
  { "ats", "正泰", { "NZ7-100" }, "" },
  { "hv_panel", "施耐德", { "MVnex", "RM6" }, HIGH_VOLT },
  { "hv_panel", "ABB", { "UniGear ZS1", "SafeRing" }, HIGH_VOLT },
  { "hv_panel", "西门子", { "NXAirS", "8DJH" }, HIGH_VOLT },
  { "transformer", "顺特电气", { "SCB11-1000/10", "SCB11-800/10" }, HIGH_VOLT },
  { "transformer", "金盘科技", { "SCB13-1250/10", "SCB13-800/10" }, HIGH_VOLT },
  { "dc_panel", "许继电气", { "GZDW-100Ah/220V" }, HIGH_VOLT },
  { "generator", "康明斯", { "C550D5", "C700D5" }, "杭州康达发电设备有限公司" },
  { "generator", "玉柴", { "YC6MK420L-D20", "YC6T550L-D22" }, "杭州康达发电设备有限公司" },
  { "generator", "潍柴", { "WP13D385E200" }, "杭州康达发电设备有限公司" },
  { "fire_pump", "上海连成", { "XBD8/30-SLH", "XBD6/20-SLOW" }, LIFT_FIRE },
  { "fire_pump", "凯泉", { "XBD9.0/25G-KQL", "XBD5.0/5G-KQL" }, LIFT_FIRE },
  { "camera", "海康威视", { "DS-2CD3T46WDV3-I3", "DS-2CD2345FWD-I", "DS-2CD3356WD-IS" }, WEAK },
  { "camera", "大华", { "DH-IPC-HFW4433M-I2", "DH-IPC-HDBW2433R-AS" }, WEAK },
  { "camera", "宇视", { "IPC2124LR3-DPF40", "IPC322LR3" }, WEAK },
  { "nvr", "海康威视", { "DS-9632NI-I16", "DS-96128N-H16" }, WEAK },
  { "nvr", "大华", { "DH-NVR5216-16P-I", "DH-EVS5024S" }, WEAK },
  { "door", "海康威视", { "DS-KD8003-IME1", "DS-KD9633-WE" }, WEAK },
  { "door", "大华", { "VTO1220B", "VTO2000A" }, WEAK },
  { "door", "立林", { "LL-D8" }, WEAK },
  { "door", "安居宝", { "AJB-DB5" }, WEAK },
  { "barrier", "捷顺", { "JSDZ0611", "JSDZ0201" }, "捷顺科技杭州服务中心" },
  { "barrier", "富士智能", { "FJC-D528" }, "捷顺科技杭州服务中心" },
  { "turnstile", "捷顺", { "JSKT-A" }, "捷顺科技杭州服务中心" },
  { "turnstile", "中控智慧", { "FBL2000" }, WEAK },
  { "light_panel", "正泰", { "PZ30", "XL-21" }, "" },
  { "light_panel", "施耐德", { "Pragma" }, "" },
  { "corridor", "雷士照明", { "声光控 LED 吸顶灯", "LED 感应灯" }, "" },
  { "corridor", "欧普照明", { "LED 雷达感应吸顶灯" }, "" },
  { "corridor", "飞利浦", { "明欣 LED 吸顶灯" }, "" },
  { "street_light", "飞利浦", { "LED 庭院灯 BGP" }, "" },
  { "street_light", "雷士照明", { "LED 庭院灯 NTY" }, "" },
  { "chiller", "约克", { "YCWS", "YEWS" }, HVAC },
  { "chiller", "开利", { "30XW", "30HXC" }, HVAC },
  { "chiller", "麦克维尔", { "WHS", "WGZ" }, HVAC },
  { "tower", "良机", { "LRC-M-150", "LBC-M-200" }, HVAC },
  { "ahu", "格力", { "ZK 组合式" }, HVAC },
  { "ahu", "开利", { "39G" }, HVAC },
  { "vrf", "大金", { "VRV X", "VRV-N" }, HVAC },
  { "vrf", "格力", { "GMV5" }, HVAC },
  { "vrf", "美的", { "MDV-V6" }, HVAC },
};

const guint ct_demo_n_brands = G_N_ELEMENTS (ct_demo_brands);

const CtDemoTicketLink ct_demo_ticket_links[] = {
  { "电梯", "lift", 700 },
  { "门禁对讲", "door", 500 },
  { "公共照明", "corridor", 300 },
};

const guint ct_demo_n_ticket_links = G_N_ELEMENTS (ct_demo_ticket_links);

/* 西湖, 拱墅, 滨江, 上城, 余杭, 西湖, 萧山, 临平, 拱墅, 钱塘: the sites' districts. */
const char *const ct_demo_region_codes[] = {
  "330106", "330105", "330108", "330102", "330110",
  "330106", "330109", "330113", "330105", "330114",
};

const guint ct_demo_n_region_codes = G_N_ELEMENTS (ct_demo_region_codes);
