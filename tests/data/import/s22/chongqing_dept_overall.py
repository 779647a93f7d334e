# Builds chongqing-dept-overall.xlsx and chongqing-dept-overall.txt: a 重庆 部门整体绩效自评表
# (2021 layout) written for the purpose after the pattern of 重庆 form 07 (tester s21, from the
# public 部门整体绩效自评表.docx preview): a header row 主管部门 … 财政处室 … 自评总分(分), a funds
# block 部门预算执行情况(万元) with 执行率权重 / 执行率得分, goals in three columns, and ONE flat
# indicator list 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 |
# 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标 (no 一级/二级 columns). The department,
# its figures and its texts are invented. 自评总分 98 = 执行率 80% x 10 = 8 + 90 indicator points.
# Run: python3 chongqing_dept_overall.py (openpyxl), from this folder.
import openpyxl

TITLE = "部门整体绩效自评表"
HEADER = ["主管部门", "某区文化传媒中心", None, None, "财政处室", None, "自评总分(分)", 98, None, None]
CONTACT = ["部门联系人", "张某", None, None, "联系电话", "023-60000000", None, None, None, None]
FUNDS_HEAD = ["部门预算执行情况(万元)", "年初预算数", "全年(调整)预算数", "全年执行数", "执行率(%)",
              "执行率权重", "执行率得分(分)", None, None, None]
FUNDS = [None, 500, 500, 400, 0.8, 10, 8, None, None, None]
GOALS_HEAD = ["当年绩效目标", "年初绩效目标", None, "全年(调整)绩效目标", None, "全年目标实际完成情况",
              None, None, None, None]
GOALS = [None, "做好区内新闻宣传和公共文化服务，保障中心正常运转。", None, "无", None,
         "中心2021年较好地完成了全年宣传和服务任务。", None, None, None, None]
IND_HEAD = ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)",
            "指标权重(分)", "指标得分(分)", "是否核心指标"]
# name, unit, nature, initial, adjusted, actual, coefficient, weight, score, core
INDICATORS = [
    ["财政供养人员控制率", "%", "定量指标", "100%", None, "96%", 1, 2, 2, "否"],
    ["预算完成率", "%", "定量指标", "70%", None, "80%", 1, 2, 2, "是"],
    ["结转结余率", "%", "定量指标", "2%", None, "0", 1, 2, 2, "是"],
    ["政府采购执行率", "%", "定量指标", "100%", None, "72.74%", 1, 2, 2, "是"],
    ["管理制度健全性", None, "定性指标", "健全", None, "健全", 1, 3, 3, "否"],
    ["资金使用合规性", None, "定性指标", "合规", None, "合规", 1, 5, 5, "否"],
    ["组织宣传活动次数", "次", "定量指标", "40", "50", "52", 1, 10, 10, "是"],
    ["播发稿件数量", "篇", "定量指标", "2000篇", None, "2600篇", 1, 10, 10, "是"],
    ["制作宣传品数量", "份", "定量指标", "10", None, "20", 1, 5, 5, "否"],
    ["业务保障能力提升", "%", "定量指标", "90%", None, "95%", 1, 10, 10, "否"],
    ["公共服务满意度", "%", "定量指标", "90%", None, "95%", 1, 39, 39, "是"],
]


def xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = TITLE
    for row in [[TITLE] + [None] * 9, HEADER, CONTACT, FUNDS_HEAD, FUNDS, GOALS_HEAD, GOALS, IND_HEAD]:
        ws.append(row)
    for row in INDICATORS:
        ws.append(row)
    ws["E5"].number_format = "0%"
    for r in range(9, 9 + len(INDICATORS)):
        ws.cell(row=r, column=7).number_format = "0%"
    for m in ["A1:J1", "B2:D2", "E2:F2", "H2:J2", "B3:D3", "F3:J3", "A4:A5", "A6:A7", "B6:C6",
              "D6:E6", "F6:J6", "B7:C7", "D7:E7", "F7:J7"]:
        ws.merge_cells(m)
    wb.save("chongqing-dept-overall.xlsx")


def text():
    """The same form as a page shows it copied one row a line, `|` between cells: a merged
    cell once, the funds and goals labels merged down only on their first row."""
    def cells(row, keep):
        return " | ".join("" if row[i] is None else fmt(row[i]) for i in keep)

    def fmt(v):
        if isinstance(v, float) and v < 1:
            return f"{v:.0%}"
        return str(v)

    lines = [
        TITLE,
        cells(HEADER, [0, 1, 4, 5, 6, 7]),
        cells(CONTACT, [0, 1, 4, 5]),
        cells(FUNDS_HEAD, range(7)),
        cells(FUNDS, range(1, 7)),
        cells(GOALS_HEAD, [0, 1, 3, 5]),
        cells(GOALS, [1, 3, 5]),
        cells(IND_HEAD, range(10)),
    ]
    for row in INDICATORS:
        shown = list(row)
        shown[6] = f"{row[6]:.0%}"
        lines.append(cells(shown, range(10)))
    head = ("# 重庆 部门整体绩效自评表, written for the purpose after the pattern of 重庆 form 07 "
            "(tester s21); the same form as chongqing-dept-overall.xlsx, one row a line "
            "(chongqing_dept_overall.py)\n")
    with open("chongqing-dept-overall.txt", "w", encoding="utf-8") as f:
        f.write(head + "\n".join(lines) + "\n")


xlsx()
text()
