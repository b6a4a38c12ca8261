/* ct-demo-assets-texts.c — what the demo's maintenance records say: the
 * problem found, the action taken and the recheck, for preventive visits and
 * for faults, in Chinese as the engineers write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include "ct-demo-assets-private.h"

/* Preventive visits: "*" fits every group; most visits find nothing. */
const CtDemoWork ct_demo_upkeep[] = {
  { "*", "无异常", "按保养规程逐项检查、清洁、紧固", "复查运行正常", 80 },
  { "lift", "曳引钢丝绳有轻微油污", "清洁钢丝绳，检查张力及磨损", "试运行10次，运行平稳、平层准确", 8 },
  { "lift", "层门门锁触点磨损", "更换层门门锁触点，调整啮合深度", "门锁回路测试正常，开关门顺畅", 5 },
  { "lift", "制动器间隙偏大", "调整制动器间隙至0.2 mm", "制动试验合格", 4 },
  { "lift", "轿厢照明一支灯管损坏", "更换轿厢照明灯管", "照明正常", 4 },
  { "pump", "机械密封轻微渗水", "更换机械密封", "运行2小时无渗漏", 6 },
  { "pump", "轴承运行声音偏大", "加注润滑脂，检查联轴器对中", "振动、噪声在正常范围", 5 },
  { "pump_panel", "变频器散热风扇积尘", "清洁风扇及滤网", "温升正常", 6 },
  { "sump", "浮球开关挂有杂物", "清理集水井杂物，调整浮球", "手动、自动启停正常", 8 },
  { "tank", "水箱内壁有少量沉积物", "排空清洗、消毒，送检水样", "水质检测合格", 10 },
  { "fan", "风机皮带松弛", "调整皮带张紧度", "联动启动正常，风量达标", 6 },
  { "hydrant", "个别消火栓箱水带老化", "更换水带", "末端试水压力正常", 8 },
  { "sprinkler", "末端试水装置压力偏低", "检查报警阀组，补压", "末端试水，水流指示器动作正常", 6 },
  { "fire_panel", "两只烟感探测器故障", "更换烟感探测器", "报警、联动测试正常", 8 },
  { "emergency", "应急灯电池续航不足", "更换应急灯蓄电池", "应急放电90分钟正常", 8 },
  { "lv_panel", "出线端子有发热痕迹", "紧固端子，更换烧蚀垫片", "红外测温正常", 5 },
  { "ats", "切换时间偏长", "调整延时参数", "切换试验正常", 5 },
  { "hv_panel", "柜内积尘较多", "停电清扫，检查绝缘", "绝缘电阻测试合格", 6 },
  { "transformer", "温控器显示偏差", "校验温控器", "温度显示正常", 5 },
  { "dc_panel", "一节蓄电池电压偏低", "更换蓄电池", "浮充电压正常", 6 },
  { "generator", "启动蓄电池电压偏低", "更换启动蓄电池，检查充电机", "空载试运行30分钟正常", 6 },
  { "fire_pump", "压力表指示失准", "更换压力表", "手动、自动启泵正常", 6 },
  { "nvr", "一块硬盘有坏道告警", "更换硬盘，重建阵列", "录像回放正常", 8 },
  { "barrier", "道闸起落杆有异响", "润滑传动机构，调整平衡弹簧", "起落杆平稳", 8 },
  { "turnstile", "闸机识别偶有延迟", "清洁读卡模块，升级固件", "通行测试正常", 6 },
  { "light_panel", "一路时控开关时间漂移", "校准时控开关", "开关灯时间正常", 6 },
  { "chiller", "冷凝器趋近温度偏高", "清洗冷凝器铜管", "趋近温度恢复正常", 8 },
  { "tower", "填料有水垢", "清洗填料及集水盘，投加药剂", "出水温度正常", 8 },
  { "ahu", "初效过滤网堵塞", "更换初效过滤网", "风量正常", 10 },
  { "vrf", "室外机换热器积尘", "清洗换热器", "运行参数正常", 8 },
};

const guint ct_demo_n_upkeep = G_N_ELEMENTS (ct_demo_upkeep);

/* Faults: the reason the asset stopped, the repair and the recheck. */
const CtDemoWork ct_demo_faults[] = {
  { "*", "设备故障停机", "检查故障原因，更换损坏部件", "试运行正常，恢复使用", 1 },
  { "lift", "电梯困人，门机故障", "解救乘客，更换门机变频器", "试运行20次正常，恢复运行", 3 },
  { "lift", "安全回路断开，电梯停梯", "更换层门门锁开关", "安全回路正常，恢复运行", 3 },
  { "lift", "曳引机运行异响", "更换曳引机轴承", "运行平稳，噪声正常", 1 },
  { "lift", "平层不准，轿厢高差明显", "调整平层感应器，更换编码器", "平层误差在±5 mm内", 2 },
  { "pump", "变频器报过流故障，水泵停机", "更换变频器功率模块", "恒压供水正常", 2 },
  { "pump", "水泵机械密封漏水严重", "更换机械密封及轴套", "运行无渗漏", 2 },
  { "pump_panel", "控制柜 PLC 故障，无法自动运行", "更换 PLC 模块，重写程序", "自动、手动运行正常", 1 },
  { "sump", "潜污泵烧毁", "更换潜污泵", "排水正常", 1 },
  { "sump", "浮球开关失灵，集水井满溢", "更换浮球开关", "自动启停正常", 2 },
  { "fan", "排烟风机皮带断裂", "更换皮带", "联动启动正常", 2 },
  { "fire_panel", "报警主机回路故障，多点报故障", "更换回路板", "报警、联动正常", 2 },
  { "lv_panel", "出线断路器跳闸", "更换塑壳断路器", "送电正常，负荷平稳", 1 },
  { "generator", "发电机组启动失败", "更换启动马达", "启动、带载试验正常", 1 },
  { "fire_pump", "消防泵无法自动启动", "更换压力开关", "自动启泵正常", 1 },
  { "camera", "摄像机无图像", "更换摄像机", "图像清晰，录像正常", 2 },
  { "camera", "摄像机图像模糊", "更换镜头护罩，重新对焦", "图像清晰", 1 },
  { "nvr", "录像机无法录像", "更换电源模块", "录像正常", 1 },
  { "door", "门口机无法开门", "更换电控锁", "刷卡、对讲开门正常", 2 },
  { "door", "门口机黑屏，无法呼叫", "更换门口机主板", "呼叫、开门正常", 2 },
  { "barrier", "道闸落杆不到位", "调整平衡弹簧，更换限位开关", "起落正常", 2 },
  { "barrier", "车牌识别失败，道闸不抬杆", "更换识别相机", "识别、抬杆正常", 1 },
  { "turnstile", "闸机摆臂卡死", "更换电机", "通行正常", 1 },
  { "corridor", "楼道灯整层不亮", "更换感应开关及灯具", "照明恢复", 2 },
  { "street_light", "路灯回路短路跳闸", "查找并修复电缆破损", "回路绝缘正常，灯具全亮", 1 },
  { "chiller", "冷水机组高压报警停机", "清洗冷凝器，检查冷却水系统", "运行参数正常", 1 },
  { "ahu", "新风机组电机烧毁", "更换电机", "运行正常", 1 },
  { "vrf", "多联机室外机通讯故障", "更换通讯板", "运行正常", 1 },
};

const guint ct_demo_n_faults = G_N_ELEMENTS (ct_demo_faults);

const char *const ct_demo_skip_reasons[] = {
  "设备停用，本期保养取消",
  "台风预警，暂停室外作业",
  "业主装修封闭，无法进入",
  "与年度检测合并进行",
  NULL,
};

const char *const ct_demo_late_notes[] = {
  "备件未到，延后完成",
  "维保单位人员不足，延期",
  "配合停电计划调整",
  NULL,
};

/* A weighted draw among the entries of @group and the "*" ones. */
static const CtDemoWork *
draw (guint64          *rng,
      const CtDemoWork *works,
      guint             n,
      const char       *group)
{
  guint total = 0, pick;

  for (guint i = 0; i < n; i++)
    if (g_str_equal (works[i].group, group) || g_str_equal (works[i].group, "*"))
      total += works[i].weight;
  if (total == 0)
    return NULL;
  pick = ct_demo_rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (!g_str_equal (works[i].group, group) && !g_str_equal (works[i].group, "*"))
        continue;
      if (pick < works[i].weight)
        return &works[i];
      pick -= works[i].weight;
    }
  g_assert_not_reached ();
}

const CtDemoWork *
ct_demo_draw_upkeep (guint64    *rng,
                     const char *group)
{
  return draw (rng, ct_demo_upkeep, ct_demo_n_upkeep, group);
}

/* The group's own faults when it has some, else the generic one. */
const CtDemoWork *
ct_demo_draw_fault (guint64    *rng,
                    const char *group)
{
  for (guint i = 1; i < ct_demo_n_faults; i++)
    if (g_str_equal (ct_demo_faults[i].group, group))
      return draw (rng, ct_demo_faults + 1, ct_demo_n_faults - 1, group);
  return &ct_demo_faults[0];
}
