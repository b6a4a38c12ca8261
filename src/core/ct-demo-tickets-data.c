/* ct-demo-tickets-data.c — what the demo company's service desk hears: kinds,
 * categories, titles and descriptions, channels, the shape of a day and the
 * words of closing, cancelling and return visits
 *
 * The texts are Chinese whatever the locale, like the rest of the demo company.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include "ct-demo-tickets-private.h"

#define E CT_DEMO_CLASS_BIT (CT_DEMO_CLASS_EMERGENCY)
#define R CT_DEMO_CLASS_BIT (CT_DEMO_CLASS_ROUTINE)
#define A CT_DEMO_CLASS_BIT (CT_DEMO_CLASS_APPOINTMENT)

#define REPAIR       CT_DEMO_TICKET_REPAIR
#define COMPLAINT    CT_DEMO_TICKET_COMPLAINT
#define CONSULTATION CT_DEMO_TICKET_CONSULTATION
#define SUGGESTION   CT_DEMO_TICKET_SUGGESTION
#define PRAISE       CT_DEMO_TICKET_PRAISE

const CtDemoWeighted ct_demo_ticket_kinds[] = {
  { "repair", 60 },
  { "complaint", 20 },
  { "consultation", 12 },
  { "suggestion", 5 },
  { "praise", 3 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (ct_demo_ticket_kinds) == CT_DEMO_TICKET_N_KINDS);

const CtDemoWeighted ct_demo_repair_classes[] = {
  { "", 0 },
  { "emergency", 10 },
  { "routine", 80 },
  { "appointment", 10 },
};

G_STATIC_ASSERT (G_N_ELEMENTS (ct_demo_repair_classes) == CT_DEMO_N_CLASSES);

const CtDemoWeighted ct_demo_channels[] = {
  { "phone", 55 },
  { "wechat", 25 },
  { "app", 10 },
  { "walk-in", 7 },
  { "inspection", 2 },
  { "email", 1 },
};

const guint ct_demo_n_channels = G_N_ELEMENTS (ct_demo_channels);

/* Peaks 9–11 and 14–17, few calls at night. */
const guint ct_demo_hour_weights[24] = {
  4, 2, 1, 1, 1, 2, 4, 12, 30, 60, 64, 50, 26, 34, 56, 60, 56, 40, 26, 24, 20, 14, 9, 6,
};

/* More on Mondays (the weekend's problems), fewer at the weekend. */
const guint ct_demo_weekday_weights[8] = { 0, 135, 108, 100, 100, 96, 78, 72 };

const CtDemoCategory ct_demo_categories[] = {
  { REPAIR, "水电", "engineering", "水电工", 30, 30,
    { "已更换损坏配件，试用正常", "已检修线路并更换插座，通电正常", "已处理渗漏点，观察无渗水" } },
  { REPAIR, "电梯", "engineering", "电梯管理员", 8, 8,
    { "已联系维保单位检修，电梯运行正常", "已调整门机，开关门正常", "已更换按键面板" } },
  { REPAIR, "门窗", "engineering", NULL, 12, 10,
    { "已更换闭门器，门可正常关闭", "已更换锁芯", "已紧固五金件，开关顺畅" } },
  { REPAIR, "管道疏通", "engineering", "水电工", 14, 12,
    { "已疏通管道，排水顺畅", "已清理污水井并冲洗管道", "已疏通立管，试水正常" } },
  { REPAIR, "公共照明", "engineering", "水电工", 10, 8,
    { "已更换灯具，照明恢复", "已更换感应开关", "已修复线路，路灯恢复正常" } },
  { REPAIR, "空调", "engineering", NULL, 4, 30,
    { "已清洗滤网并补充冷媒，制冷正常", "已疏通冷凝水管，不再滴水", "已加装减震垫，噪音降低" } },
  { REPAIR, "燃气", "engineering", NULL, 4, 3,
    { "已协同燃气公司检查，管道无泄漏", "已更换燃气阀门", "已关闭阀门并通知燃气公司维修" } },
  { REPAIR, "门禁对讲", "engineering", NULL, 6, 6,
    { "已更换读卡模块，刷卡正常", "已检修对讲主机，通话开门正常" } },
  { COMPLAINT, "噪音", "security", "秩序维护员", 25, 28,
    { "已上门劝导，噪音已停止", "已约谈当事住户并签订承诺书", "已加强夜间巡查" } },
  { COMPLAINT, "卫生", "cleaning", "保洁员", 20, 22,
    { "已安排保洁清理并增加清运频次", "已清洁消毒，异味消除", "已整改并纳入每日检查" } },
  { COMPLAINT, "停车", "security", "秩序维护员", 20, 18,
    { "已联系车主挪车", "已张贴告知单并加强巡查", "已清理消防通道车辆" } },
  { COMPLAINT, "宠物", "security", "秩序维护员", 10, 10,
    { "已上门提醒文明养犬", "已清理便溺并张贴文明养宠告示" } },
  { COMPLAINT, "装修扰民", "service", NULL, 12, 12,
    { "已通知装修户按规定时间施工", "已督促清运装修垃圾", "已责令恢复原状并报备" } },
  { COMPLAINT, "服务态度", "service", "客服主管", 8, 8,
    { "已向业主致歉并对当事员工进行培训", "已调整排班，保证热线有人接听" } },
  { COMPLAINT, "绿化", "landscaping", "绿化工", 5, 8,
    { "已修剪树木和绿篱", "已清除杂草并补种" } },
  { CONSULTATION, "物业费", "service", "客服专员", 35, 30,
    { "已告知收费标准和缴费方式", "已协助开具电子发票" } },
  { CONSULTATION, "装修手续", "service", "客服专员", 20, 20,
    { "已说明装修申报材料和押金标准", "已告知装修施工时间规定" } },
  { CONSULTATION, "停车办理", "security", NULL, 20, 20,
    { "已说明月卡办理流程", "已告知访客车辆登记方式" } },
  { CONSULTATION, "门禁卡办理", "security", NULL, 10, 10,
    { "已告知补办手续和费用" } },
  { CONSULTATION, "水电缴费", "service", "客服专员", 15, 15,
    { "已告知线上缴费渠道" } },
  { SUGGESTION, "绿化", "landscaping", NULL, 30, 30,
    { "建议已采纳，纳入绿化改造计划", "已回复业主，将在春季补种" } },
  { SUGGESTION, "公共设施", "engineering", NULL, 30, 30,
    { "建议已提交业委会讨论", "已纳入年度改造计划" } },
  { SUGGESTION, "安防", "security", NULL, 20, 20,
    { "已增设监控点位", "建议已采纳，加强巡逻频次" } },
  { SUGGESTION, "社区活动", "service", NULL, 20, 20,
    { "已列入下季度社区活动安排", "已回复业主并表示感谢" } },
  { PRAISE, "服务态度", "service", NULL, 40, 40, { "已转达表扬并通报全体员工" } },
  { PRAISE, "维修服务", "engineering", NULL, 30, 30, { "已转达表扬，计入月度服务之星评选" } },
  { PRAISE, "保洁", "cleaning", NULL, 15, 15, { "已转达表扬" } },
  { PRAISE, "安保", "security", NULL, 15, 15, { "已转达表扬并给予奖励" } },
};

const guint ct_demo_n_categories = G_N_ELEMENTS (ct_demo_categories);

const CtDemoText ct_demo_texts[] = {
  { REPAIR, "水电", R, "卫生间漏水，楼下天花板渗水",
    "业主反映卫生间地面漏水，楼下住户天花板出现水渍，需上门查看防水和管道。" },
  { REPAIR, "水电", R, "厨房水龙头滴水", "厨房水龙头关不紧一直滴水，业主要求更换阀芯。" },
  { REPAIR, "水电", R, "插座没电", "客厅两个插座没电，空开未跳闸，请电工上门检查线路。" },
  { REPAIR, "水电", R, "家中频繁跳闸", "一开热水器就跳闸，业主怀疑线路老化，请安排电工检查。" },
  { REPAIR, "水电", R, "马桶水箱不停流水", "马桶水箱进水阀故障，一直流水，业主要求维修。" },
  { REPAIR, "水电", R, "阳台水管渗水", "阳台洗衣机进水管接口渗水，地面常湿。" },
  { REPAIR, "水电", E, "水管爆裂，家中大量积水",
    "厨房进水管爆裂，水流不止，业主已关总阀但仍有渗水，请立即派人。" },
  { REPAIR, "水电", E, "整户停电", "家中突然整户停电，邻居有电，家里有老人，请尽快处理。" },
  { REPAIR, "水电", A, "预约更换水龙头", "业主购买了新水龙头，预约师傅上门安装。" },
  { REPAIR, "水电", A, "预约检修电路", "业主预约师傅上门检查全屋电路。" },
  { REPAIR, "电梯", R, "电梯异响", "电梯运行时有异响，轿厢晃动，业主担心安全。" },
  { REPAIR, "电梯", R, "电梯按键失灵", "电梯内12楼按键按下无反应。" },
  { REPAIR, "电梯", R, "电梯门关闭缓慢", "电梯门反复开关，关门很慢，高峰期等候时间长。" },
  { REPAIR, "电梯", R, "电梯显示屏不亮", "电梯楼层显示屏不亮，无法确认所在楼层。" },
  { REPAIR, "电梯", E, "电梯困人", "有人被困在电梯内，请立即派电梯管理员到场救援并联系维保单位。" },
  { REPAIR, "电梯", E, "电梯突然停运", "电梯在两层之间停住，无法运行。" },
  { REPAIR, "门窗", R, "单元门闭门器损坏", "单元楼门闭门器漏油，门关不严，夜间有安全隐患。" },
  { REPAIR, "门窗", R, "窗户把手松动", "卧室窗户把手松动，窗户关不严，下雨会进水。" },
  { REPAIR, "门窗", R, "入户门锁芯卡滞", "入户门锁开关困难，钥匙经常拧不动。" },
  { REPAIR, "门窗", R, "楼道窗户玻璃破裂", "楼道窗户玻璃破裂，有掉落风险，请尽快更换。" },
  { REPAIR, "门窗", A, "预约更换纱窗", "业主预约师傅上门更换破损的纱窗。" },
  { REPAIR, "管道疏通", R, "厨房下水道堵塞", "厨房水槽下水很慢，疏通剂无效，请安排疏通。" },
  { REPAIR, "管道疏通", R, "马桶堵塞", "马桶堵塞，冲水后水位上涨，请尽快疏通。" },
  { REPAIR, "管道疏通", R, "阳台地漏返水", "下雨时阳台地漏返水，怀疑立管堵塞。" },
  { REPAIR, "管道疏通", E, "污水管堵塞外溢", "一楼污水井堵塞，污水从地漏外溢到客厅，请立即处理。" },
  { REPAIR, "公共照明", R, "楼道灯不亮", "单元8楼至10楼楼道灯不亮，晚上上下楼很不方便。" },
  { REPAIR, "公共照明", R, "地下车库照明损坏", "地下车库B区一排照明灯不亮，存在安全隐患。" },
  { REPAIR, "公共照明", R, "小区路灯不亮", "东门到中心花园之间的路灯晚上不亮。" },
  { REPAIR, "公共照明", R, "楼道感应灯常亮", "楼道感应灯常亮不灭，浪费电。" },
  { REPAIR, "空调", R, "空调不制冷", "客厅空调开机后不制冷，出风是热风。" },
  { REPAIR, "空调", R, "空调漏水", "空调室内机滴水，墙面已被浸湿。" },
  { REPAIR, "空调", R, "空调外机噪音大", "空调外机运行时噪音很大，影响休息。" },
  { REPAIR, "空调", A, "预约清洗空调", "业主预约师傅上门清洗空调滤网。" },
  { REPAIR, "燃气", R, "燃气灶打不着火", "燃气灶点火困难，业主请求检查燃气管道和阀门。" },
  { REPAIR, "燃气", R, "燃气表不走字", "燃气表数字不动，业主担心计量有问题。" },
  { REPAIR, "燃气", E, "闻到燃气味", "业主在厨房闻到明显燃气味，已开窗，请立即派人检查并联系燃气公司。" },
  { REPAIR, "燃气", E, "楼道有燃气味", "楼道内有燃气味，请立即排查。" },
  { REPAIR, "门禁对讲", R, "门禁刷卡无反应", "单元门门禁刷卡无反应，业主无法进门。" },
  { REPAIR, "门禁对讲", R, "可视对讲不能开门", "室内可视对讲机无法打开单元门。" },
  { COMPLAINT, "噪音", 0, "楼上装修噪音晚上十点后仍在施工",
    "楼上住户晚上十点后仍在用电钻施工，严重影响休息，要求物业制止。" },
  { COMPLAINT, "噪音", 0, "广场舞音乐声音太大", "每天晚上中心广场跳广场舞音响声音太大，影响孩子学习。" },
  { COMPLAINT, "噪音", 0, "楼上夜间噪音", "楼上每晚十二点后有拖动家具和跑跳的声音，多次沟通无果。" },
  { COMPLAINT, "噪音", 0, "商铺音响扰民", "底商门口音响外放，噪音很大。" },
  { COMPLAINT, "卫生", 0, "垃圾桶满溢未及时清运", "楼下垃圾桶已满溢，周围有异味，保洁没有及时清运。" },
  { COMPLAINT, "卫生", 0, "楼道卫生差", "单元楼道多日未打扫，楼梯扶手全是灰尘。" },
  { COMPLAINT, "卫生", 0, "电梯轿厢有异味", "电梯轿厢内有宠物尿渍，异味很重。" },
  { COMPLAINT, "卫生", 0, "地下车库积水有异味", "地下车库入口处积水发臭，多日无人处理。" },
  { COMPLAINT, "停车", 0, "车位被占用", "业主自有车位被外来车辆占用，联系不上车主。" },
  { COMPLAINT, "停车", 0, "消防通道停车", "楼前消防通道长期停放车辆，存在安全隐患。" },
  { COMPLAINT, "停车", 0, "外来车辆随意停放", "访客车辆停在绿化带旁，影响通行。" },
  { COMPLAINT, "宠物", 0, "狗在楼道随地便溺", "有住户遛狗不牵绳，狗在楼道便溺无人清理。" },
  { COMPLAINT, "宠物", 0, "宠物狗夜间吠叫", "隔壁住户的狗整夜吠叫，影响休息。" },
  { COMPLAINT, "宠物", 0, "遛狗不牵绳", "小区内有人遛大型犬不牵绳，孩子被吓到。" },
  { COMPLAINT, "装修扰民", 0, "装修垃圾堆放楼道", "邻居装修垃圾堆在楼道多日未清运，影响通行。" },
  { COMPLAINT, "装修扰民", 0, "周末清早装修施工", "邻居周末早上七点就开始装修，违反装修管理规定。" },
  { COMPLAINT, "装修扰民", 0, "装修私自外墙打孔", "楼下住户装修私自在外墙打孔，要求物业查处。" },
  { COMPLAINT, "服务态度", 0, "客服电话无人接听", "晚上多次拨打客服电话无人接听。" },
  { COMPLAINT, "服务态度", 0, "门岗保安态度生硬", "门岗保安登记访客时态度生硬，业主不满。" },
  { COMPLAINT, "服务态度", 0, "维修师傅未按约定时间上门", "预约上午上门维修，师傅下午才到，也没有提前通知。" },
  { COMPLAINT, "绿化", 0, "绿化带杂草丛生", "楼下绿化带很久没有修剪，杂草丛生，蚊虫多。" },
  { COMPLAINT, "绿化", 0, "树枝遮挡窗户", "楼前大树树枝遮挡低层住户窗户采光，要求修剪。" },
  { CONSULTATION, "物业费", 0, "咨询物业费缴费标准", "业主咨询今年物业费收费标准和缴费方式。" },
  { CONSULTATION, "物业费", 0, "物业费发票开具", "业主询问如何开具物业费电子发票。" },
  { CONSULTATION, "物业费", 0, "咨询物业费优惠政策", "业主询问一次性缴纳全年物业费是否有优惠。" },
  { CONSULTATION, "装修手续", 0, "咨询装修审批流程", "新业主准备装修，咨询需要提交哪些材料、押金多少。" },
  { CONSULTATION, "装修手续", 0, "咨询装修施工时间", "业主询问装修施工允许的时间段。" },
  { CONSULTATION, "停车办理", 0, "咨询停车月卡办理", "业主咨询地下车库月卡办理流程和费用。" },
  { CONSULTATION, "停车办理", 0, "访客车辆如何进入", "业主询问亲友来访车辆如何登记进入小区。" },
  { CONSULTATION, "门禁卡办理", 0, "补办门禁卡", "业主门禁卡丢失，咨询补办手续和费用。" },
  { CONSULTATION, "水电缴费", 0, "咨询水电费缴纳方式", "业主询问水电费是否可以在线缴纳。" },
  { SUGGESTION, "绿化", 0, "建议儿童游乐区多种遮阴树", "建议在儿童游乐区周围多种一些遮阴的树。" },
  { SUGGESTION, "公共设施", 0, "建议增设电动车充电桩", "小区电动车多，建议增设集中充电桩，避免楼道充电。" },
  { SUGGESTION, "公共设施", 0, "建议增加休息座椅", "建议在中心花园增加几张休息座椅，方便老人休息。" },
  { SUGGESTION, "安防", 0, "建议车库出口增设监控", "地下车库东侧出口没有监控，建议增设摄像头。" },
  { SUGGESTION, "社区活动", 0, "建议周末举办亲子活动", "建议物业在周末组织亲子活动，增进邻里交流。" },
  { PRAISE, "服务态度", 0, "表扬客服热情周到", "业主来电表扬客服耐心解答问题，服务热情。" },
  { PRAISE, "维修服务", 0, "表扬维修师傅技术好",
    "业主表扬维修师傅上门及时，修得又快又好，还帮忙清理了现场。" },
  { PRAISE, "保洁", 0, "表扬保洁阿姨认真负责", "业主表扬保洁阿姨每天把楼道打扫得干干净净。" },
  { PRAISE, "安保", 0, "表扬保安拾金不昧", "业主在小区丢失钱包，保安拾到后及时归还，特来表扬。" },
};

const guint ct_demo_n_texts = G_N_ELEMENTS (ct_demo_texts);

/* Added to some descriptions of repairs and complaints. */
const char * const ct_demo_description_notes[] = {
  "业主今天在家，请尽快联系。", "请上门前电话联系业主。", "业主下午五点后在家。",
  "业主已反映多次，请尽快处理。", "家中有老人，请优先安排。", "业主要求处理后回电。",
  NULL
};

const char * const ct_demo_cancel_reasons[] = {
  "业主已自行修复", "业主取消预约", "业主表示暂不需要处理", "多次联系不上业主", NULL
};

const char * const ct_demo_invalid_reasons[] = {
  "重复报修", "非物业服务范围", "误报，现场无异常", "信息有误，无法核实", NULL
};

const char * const ct_demo_reopen_reasons[] = {
  "业主反映问题复发", "维修后仍有渗水", "回访时业主表示未彻底解决", NULL
};

const CtDemoWeighted ct_demo_pause_reasons[] = {
  { "等配件", 60 },
  { "等业主", 30 },
  { "等第三方", 10 },
};

const guint ct_demo_n_pause_reasons = G_N_ELEMENTS (ct_demo_pause_reasons);

static const char * const visit_notes_1[] = {
  "很不满意，问题没有根本解决", "等了好几天才处理，非常不满意", NULL
};
static const char * const visit_notes_2[] = {
  "不太满意，处理拖得太久", "师傅态度一般，问题反复", NULL
};
static const char * const visit_notes_3[] = {
  "一般，希望下次快一点", "问题解决了，但沟通不够及时", NULL
};
static const char * const visit_notes_4[] = {
  "基本满意", "处理还可以，就是等得有点久", "较满意，师傅很耐心", NULL
};
static const char * const visit_notes_5[] = {
  "非常满意，师傅很专业", "处理及时，态度好", "满意，感谢物业", "很满意，现场也收拾干净了",
  NULL
};

const char * const *ct_demo_visit_notes[6] = {
  NULL, visit_notes_1, visit_notes_2, visit_notes_3, visit_notes_4, visit_notes_5,
};
