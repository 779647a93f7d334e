"""Builds the 衔接资金 绩效目标自评表 fixtures in a grid (engineer `xianjie`, tester s17w F3/F4):
constructed after the pattern of public 衔接资金 绩效目标自评表 pages, not a copy.

xianjie-grid.xlsx: 分值 before the target, ★ indicator with 其中 rows whose 分值/得分 are blank.
xianjie-grid.docx: the same form, the ★ row's 分值 and 得分 merged down over its 其中 rows.
By hand (anhui-2023): 45/50 = 90% → 9; 20, 10, 完工及时率 90/100 × 10 = 9, 10; 20, 10; 10
→ 98 (self 98), 优.
"""
import openpyxl
import docx

TITLE = "绩效目标自评表"
ROWS = [
    ["项目名称", "西河村灌溉渠道改造项目", "", "", "项目负责人及电话", "孙丽0550-7654321", "", "", ""],
    ["主管部门", "县水利局", "", "", "实施单位", "西河镇人民政府", "", "", ""],
    ["资金情况(万元)", "", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "", ""],
    ["", "年度资金总额:", "50", "45", "10", "90%", "9", "", ""],
    ["", "其中:本年财政拨款", "50", "45", "10", "90%", "9", "", ""],
    ["", "其他资金", "", "", "", "", "", "", ""],
    ["年度总体目标", "年初设定目标", "", "", "年度总体目标完成情况综述", "", "", "", ""],
    ["", "改造灌溉渠道5公里,改善灌溉面积500亩", "", "", "已改造渠道5公里,改善灌溉面积520亩", "", "", "", ""],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分", "未完成原因及拟采取的改进措施"],
    ["", "产出指标(50分)", "数量指标", "★改造灌溉渠道长度", "20", "5公里", "5公里", "20", ""],
    ["", "", "", "其中主渠", "", "3公里", "3公里", "", ""],
    ["", "", "", "其中支渠", "", "2公里", "2公里", "", ""],
    ["", "", "质量指标", "渠道验收合格率", "10", "100%", "100%", "10", ""],
    ["", "", "时效指标", "完工及时率", "10", "100%", "90%", "9", "汛期停工"],
    ["", "", "成本指标", "每公里改造成本", "10", "≤10万元", "9万元", "10", ""],
    ["", "效益指标(30分)", "社会效益指标", "受益耕地面积", "20", "≥500亩", "520亩", "20", ""],
    ["", "", "可持续影响指标", "工程使用年限", "10", "≥15年", "15年", "10", ""],
    ["", "满意度指标(10分)", "服务对象满意度指标", "受益农户满意度", "10", "≥90%", "96%", "10", ""],
    ["总分", "", "", "", "100", "", "", "98", ""],
]
STAR = 9  # index in ROWS of the ★ row; its 其中 rows follow


def xlsx(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws.append([TITLE] + [""] * 8)
    ws.append(["(2023年度)"] + [""] * 8)
    for row in ROWS:
        ws.append([float(c) if c.replace(".", "").isdigit() else c for c in row])
    ws.merge_cells("A1:I1")
    ws.merge_cells("A2:I2")
    ws.merge_cells("A5:A8")  # 资金情况 down its rows
    ws.merge_cells("A9:A10")  # 年度总体目标
    ws.merge_cells("A11:A20")  # 绩效指标
    ws.merge_cells("B12:B17")  # 产出指标
    ws.merge_cells("B18:B19")  # 效益指标
    ws.merge_cells("C12:C14")  # 数量指标 over the ★ row and its 其中 rows
    wb.save(path)


def document(path):
    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph("(2023年度)")
    t = d.add_table(rows=len(ROWS), cols=9)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    # 分值 and 得分 of the ★ row merged down over its two 其中 rows; labels merged down.
    for col in (4, 7):
        t.cell(STAR, col).merge(t.cell(STAR + 2, col))
    t.cell(STAR, 1).merge(t.cell(STAR + 5, 1))
    t.cell(STAR, 2).merge(t.cell(STAR + 2, 2))
    t.cell(2, 0).merge(t.cell(5, 0))
    t.cell(8, 0).merge(t.cell(17, 0))
    d.save(path)


xlsx("xianjie-grid.xlsx")
document("xianjie-grid.docx")
