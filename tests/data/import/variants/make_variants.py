#!/usr/bin/env python3
"""Builds the #15 item 3 variants of the real forms (real/): each as another department of the
same year would publish it — another project, other numbers, other page junk, another cut-off
point, the 满意度 block complete. Hand-worked scores in tests/main/import.rs
(real_form_variants_score_as_hand_worked). sichuan-*.txt are made by ../make_glued.py and by
hand.

Run from this folder: python3 make_variants.py
"""

# Anhui, flattened onto one line after document metadata (like
# real/chizhou-guichi-tangxi-2022-weituo.txt), complete to its 总分.
ANHUI = (
    "# CONSTRUCTED for #15 item 3: an Anhui 项目支出绩效自评表 (2022年度) of another department "
    "flattened onto one line after other document metadata, complete to its 总分; "
    "hand-worked 96.47 under anhui-2022\n"
    "李明 wps001 1 2020-03-11T02:15:00Z 2021-08-02T09:00:00Z 2022-06-01T03:20:11Z 14.00 "
    "2052-11.1.0.11830 A1B2C3D4E5F60718293A4B5C6D7E8F90 8800 21000 0 0 False False False "
    "附件: 项目支出绩效自评表 (2022年度) 项目名称 农村饮水安全维修养护 "
    "主管部门 220-池州市贵池区水利局 实施单位 220003-池州市贵池区农村饮水管理站 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额: 60 60 54 10 90% 9 其中:本年财政拨款 60 60 54 上年结转资金 其他资金 "
    "年度总体目标 预期目标 实际完成情况 完成全区30处农村供水工程维修养护。 "
    "完成30处供水工程维修养护,年度资金支出54万元。 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 维修养护工程数量 ≥30处 30处 15 15 "
    "质量指标 工程验收合格率 100% 100% 10 10 "
    "时效指标 维修完成及时率 ≥95% 90% 10 9.47 两处工程因汛期延后完工 "
    "成本指标 项目总成本 ≤60万元 54 15 15 "
    "效益指标(30分) 社会效益指标 农村供水保障率 ≥98% 99% 15 15 "
    "可持续影响指标 工程长效运行机制 效果明显 达成预期指标 15 13 "
    "满意度指标(10分) 满意度指标 受益群众满意度 ≥90% 95% 10 10 "
    "总分 100 96.47\n"
)

# Hebei, one cell per paragraph with cells broken over two paragraphs and placeholder rows (like
# real/langfang-shipin-2019-nuantong.txt), the 满意度 block and 总分 complete.
H = [
    "2019年度部门项目支出绩效自评结果公开", "附件1", "项目支出绩效自评表", "(2019年度)",
    "项目名称", "校园安防监控系统升级改造", "主管部门", "廊坊市教育局", "实施单位", "廊坊市第十中学",
    "项目资金\n(万元)", " ", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
    "年度资金总额", "50", "50", "48", "10", "96%", "10",
    "其中:当年财政拨款", "50", "50", "48", " ",
    "      上年结转资金", " ", " ", " ", " ",
    "  其他资金", " ", " ", " ", " ",
    "年度总体目标", "预期目标", "实际完成情况",
    "新增监控点位120个,实现校园重点区域全覆盖。", "新增监控点位108个,重点区域全覆盖。",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
    "偏差原因分析及改进措施",
    "产出指标", "数量指标", "指标1新增监控点位", "120", "108", "15", "13.5", "部分点位合并安装。",
    "指标2", " ", " ", " ", " ", " ",
    "……", " ", " ", " ", " ", " ",
    "质量指标", "指标1设备验收合格率", "100", "100", "15", "15", " ",
    "……", " ", " ", " ", " ", " ",
    "时效指标", "指标1项目完成及时率", "100", "100", "10", "10", " ",
    "成本指标", "指标1成本控制率", "100", "100", "10", "10", " ",
    "效益指标", "社会效益", "指标", "指标1校园安全事件下降率", "10", "12", "15", "15", "0",
    "指标2", " ", " ", " ", " ", " ",
    "可持续影响", "指标", "指标1系统使用年限", "5", "5", "15", "15", " ",
    "满意度", "指标", "服务对象满意度指标", "指标1师生满意度", "90", "92", "10", "10", "0",
    "指标2", " ", " ", " ", " ", " ",
    "总分", "100", "98.5",
    "注:1.年度资金总额为当年财政拨款、上年结转资金与其他资金之和。",
    "发布日期:2020-04-28 点击:356",
]
HEBEI = (
    "# CONSTRUCTED for #15 item 3: a Hebei central-style 附件1 项目支出绩效自评表 (2019年度) of "
    "another school as its page publishes it: one cell per paragraph, cells broken over two "
    "paragraphs, placeholder rows, the 满意度 block and 总分 complete; hand-worked 98.5 under "
    "central-2016\n" + "\n\n".join(H) + "\n"
)

# Hunan, glued with no separators and no points (like
# real/hunan-hengshan-liangshi-2020-chubeiliang.txt), page chunks cut elsewhere, complete to
# its 说明.
HUNAN_FORM = (
    "2020年度县级专项资金绩效目标自评表专项资金名称农村公路养护负责人及电话李华、王强"
    "县级主管部门衡山县交通运输局实施单位县公路建设养护中心项目资金(万元)全年预算数(A)"
    "全年执行数(B)执行率(B/A)年度资金总额12010890%其中:中央、省、市补助县级资金12010890%"
    "其他资金年度 总体 目标年初设定目标全年实际完成情况完成农村公路养护300公里完成养护280公里"
    "绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施"
    "产 出 指 标数量 指标农村公路养护里程300公里280公里部分路段因雨季推迟"
    "质量 指标养护路段合格率95%97%时效 指标养护任务按期完成率100%100%"
    "成本 指标养护资金使用合规率100%100%效益 指标社会 效益 指标群众出行条件改善程度高高"
    "可持 续影 响指标道路使用寿命延长年限≥3年3年"
    "满意 度指 标服务 对象 满意 度指 标沿线群众满意度≥90%93%"
    "说明无注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自有资金。"
)
cut1 = HUNAN_FORM.index("养护里程300") + 4
cut2 = HUNAN_FORM.index("可持 续") + 2
HUNAN = (
    "# CONSTRUCTED for #15 item 3: a Hunan 县级专项资金绩效目标自评表 (2020) of another county "
    "department glued as a document-sharing preview shows it (no 分值/得分 columns), page "
    "chunks cut elsewhere, complete to its 说明; judged per indicator in tests/main/import.rs\n"
    "2020年度县级专项资金绩效目标自评表(农村公路养护).docx\n"
    "《2020年度县级专项资金绩效目标自评表(农村公路养护).docx》由会员分享,可在线阅读,更多相关"
    "《2020年度县级专项资金绩效目标自评表(农村公路养护).docx(2页珍藏版)》请在文库网上搜索。\n"
    f"1、{HUNAN_FORM[:cut1]}\n2、{HUNAN_FORM[cut1:cut2]}\n3、{HUNAN_FORM[cut2:]}\n"
)

# Sichuan, another county's water bureau, 2024: cells as "|" lines (like
# real/sichuan-qingshen-fgj-2023-gongzi.txt) after another site's page junk, two and three
# indicators under one 二级指标, every 未完成原因 written without its closing 。 (the glued copy
# made by ../make_glued.py runs each into the next row's name), self-scored to 96.94.
SICHUAN_CELLS = [
    "丹棱县人民政府门户网站", "首页 > 政务公开 > 法定主动公开内容 > 财政信息", "【字体:大 中 小】 浏览次数:128",
    "", "报表编号:510000_0013zp", "部门预算项目支出绩效自评表(2024年度)",
    "项目名称", "51142124R000000031202-农村饮水工程维修养护", "主管部门", "丹棱县水务局",
    "实施单位 (盖章)", "丹棱县农村供水服务站",
    "项目基本情况", "1.项目年度目标完成情况", "项目年度目标", "年度目标完成情况",
    "维修养护农村供水工程40处,更换管网12公里,水质达标率不低于95%。",
    "维修养护36处,更换管网12公里,水质达标率90%,部分工程因汛期停工。",
    "2.项目实施内容及过程概述", "",
    "预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
    "权重", "得分", "原因",
    "总额", "60.00", "60.00", "57.00", "95.00%", "10", "9.5", "",
    "其中:财政资金", "60.00", "60.00", "57.00", "95.00%", "/", "/",
    "财政专户管理资金", "0.00", "0.00", "0.00", "0.00%", "/", "/",
    "单位资金", "0.00", "0.00", "0.00", "0.00%", "/", "/",
    "其他资金", "", "", "", "", "/", "/",
    "绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
    "权重", "得分", "未完成原因分析",
    "产出指标", "数量指标",
    "维修养护供水工程", "≥", "40", "处", "36", "15", "13.5", "部分工程因汛期停工",
    "更换供水管网长度", "≥", "12", "公里", "12", "10", "10", "",
    "质量指标",
    "水质检测达标率", "≥", "95", "%", "90", "10", "9.47", "受上游来水影响",
    "工程验收合格率", "=", "100", "%", "100", "10", "10", "",
    "时效指标", "维修及时率", "≥", "95", "%", "95", "10", "10", "",
    "成本指标", "单处维修成本", "≤", "1.5", "万元", "1.6", "5", "4.69", "材料价格上涨",
    "效益指标", "社会效益指标", "受益人口", "≥", "2", "万人", "2.1", "15", "15", "",
    "可持续影响指标", "工程运行年限", "≥", "10", "年", "10", "5", "5", "",
    "满意度指标", "服务对象满意度指标",
    "受益群众满意度", "≥", "90", "%", "88", "10", "9.78", "个别村组停水时间较长",
    "合计", "100", "96.94",
    "评价结论", "项目总体完成较好,自评96.94分。", "存在问题", "汛期停工导致维修数量未达标。",
    "改进措施", "提前安排汛前维修。", "项目负责人:", "财务负责人:",
    "", "【打印本页】【关闭窗口】",
]
SICHUAN = (
    "# CONSTRUCTED for #15 item 1 and 3: a Sichuan 部门预算项目支出绩效自评表(2024年度) of "
    "another county's water bureau as its site publishes it — cells as \"|\" lines like "
    "real/sichuan-qingshen-fgj-2023-gongzi.txt, other page junk, two indicators under one "
    "二级指标, 未完成原因 written without a closing 。; hand-worked 96.94 in tests/main/import.rs\n"
    + "".join(f"{c} |\n" if c else "|\n" for c in SICHUAN_CELLS)
)

# Anhui 2023 of another district, flattened onto one line after Word's document properties
# (another author, template, counts and fonts than the 2022 form's), full-width parentheses and
# colons as Word writes them (`（50分）`, `（万元）`, `年度资金总额：`), a budget cut mid-year
# (40 → 36), targets worded `不低于98%` and `≤48小时`, a qualitative benefit; self-scored 97.17.
ANHUI_2023 = (
    "# CONSTRUCTED for #15 item 3: an Anhui 项目支出绩效自评表 (2023年度) of another district "
    "flattened onto one line after Word document properties, full-width parentheses, a budget "
    "cut mid-year; hand-worked 97.17 under anhui-2023\n"
    "Administrator Normal.dotm 3 2023-02-10T01:02:00Z 2024-03-05T07:41:00Z 2 1 356 2032 "
    "Microsoft Office Word 0 16 4 false 宋体 仿宋_GB2312 "
    "项目支出绩效自评表 （2023年度） 项目名称 乡村道路路灯维护 "
    "主管部门 湾沚区住房和城乡建设局 实施单位 湾沚区市政设施管理所 "
    "项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额： 40 36 34.2 10 95% 10 其中：本年财政拨款 40 36 34.2 上年结转资金 其他资金 "
    "年度总体目标 预期目标 实际完成情况 完成全区路灯维护1200盏,亮灯率不低于98%。 "
    "完成路灯维护1150盏,亮灯率99%。 "
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标（50分） 数量指标 维护路灯数量 ≥1200盏 1150盏 20 19.17 部分路段改造暂停维护 "
    "质量指标 亮灯率 不低于98% 99% 10 10 "
    "时效指标 故障修复时限 ≤48小时 36小时 10 10 "
    "成本指标 单盏维护成本 ≤300元 285元 10 10 "
    "效益指标（30分） 社会效益指标 夜间出行安全 明显提升 达成预期指标 20 18 "
    "可持续影响指标 设施使用年限 ≥5年 5年 10 10 "
    "满意度指标（10分） 服务对象满意度指标 沿线居民满意度 ≥90% 94% 10 10 "
    "总分 100 97.17\n"
)

# Hebei 2020, another department, one cell per paragraph (like
# real/langfang-shipin-2019-nuantong.txt) as copied from a document preview: the preview's page
# footer and header (`第 1 页 共 2 页`, `— 1 —`) stand between two indicator rows, the indicators
# header's last cell is broken elsewhere (`偏差原因分析` / `及改进措施`), 数量 target with its
# unit in brackets; the 满意度 block and 总分 complete, self-scored 98.25.
H2 = [
    "廊坊市广阳区卫生健康局2020年度项目支出绩效自评表", "附件1", "项目支出绩效自评表", "(2020年度)",
    "项目名称", "基层医疗机构设备购置", "主管部门", "廊坊市广阳区卫生健康局",
    "实施单位", "广阳区社区卫生服务中心",
    "项目资金\n(万元)", " ", "年初", "预算数", "全年", "预算数", "全年", "执行数", "分值", "执行率", "得分",
    "年度资金总额", "80", "80", "72", "10", "90%", "9",
    "其中:当年财政拨款", "80", "80", "72", " ",
    "      上年结转资金", " ", " ", " ", " ",
    "  其他资金", " ", " ", " ", " ",
    "年度总体目标", "预期目标", "实际完成情况",
    "为辖区基层医疗机构购置诊疗设备40台(套),提升基层诊疗能力。", "购置设备38台(套),2台延期到货。",
    "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分",
    "偏差原因分析", "及改进措施",
    "产出指标", "数量指标", "指标1购置设备数量", "40台(套)", "38台(套)", "15", "14.25", "部分设备延期到货",
    "质量指标", "指标1设备验收合格率", "100%", "100%", "15", "15", " ",
    "第 1 页 共 2 页", "— 1 —",
    "时效指标", "指标1设备到位及时率", "95%", "95%", "10", "10", " ",
    "成本指标", "指标1采购成本节约率", "≥5%", "6%", "10", "10", " ",
    "效益指标", "社会效益", "指标", "指标1基层诊疗能力", "明显提升", "明显提升", "15", "15", " ",
    "可持续影响", "指标", "指标1设备使用年限", "8年", "8年", "15", "15", " ",
    "满意度", "指标", "服务对象满意度指标", "指标1患者满意度", "90%", "93%", "10", "10", " ",
    "总分", "100", "98.25",
    "第 2 页 共 2 页",
]
HEBEI_2020 = (
    "# CONSTRUCTED for #15 item 3: a Hebei central-style 附件1 项目支出绩效自评表 (2020年度) of "
    "another department copied from a document preview: one cell per paragraph, the preview's "
    "page footer and header between two indicator rows, the last header cell broken elsewhere; "
    "hand-worked 98.25 under central-2016\n" + "\n\n".join(H2) + "\n"
)

for name, text in [
    ("anhui-flat-shuili.txt", ANHUI),
    ("hebei-paragraphs-anfang.txt", HEBEI),
    ("hunan-glued-gonglu.txt", HUNAN),
    ("sichuan-lines-shuiwu.txt", SICHUAN),
    ("anhui-flat-wanzhi-2023.txt", ANHUI_2023),
    ("hebei-paragraphs-guangyang-2020.txt", HEBEI_2020),
]:
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)
