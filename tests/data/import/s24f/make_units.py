"""Writes the s24f units fixtures (README.md here): the standard 项目支出绩效自评表 with its
amounts' unit said in the title's own cell, or said twice and contradicting itself. Written for
the purpose after tests/data/import/s23/units/yuan/ (the tester's 03b/03d/03e); the names and
figures are made up. Run from this folder: python3 make_units.py (needs openpyxl)."""
import openpyxl

# The form, one list a row, None for an empty cell; `{label}` and `{…}` filled in per file.
FORM = [
    ["{title}", None, None, None, None, None, None, None, None],
    ["项目名称", "某县农村公路养护补助", None, None, None, None, None, None, None],
    ["主管部门", "某县交通运输局", None, None, "实施单位", "某县农村公路管理所", None, None, None],
    ["{label}", None, None, "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"],
    [None, "年度资金总额", None, "{budget}", "{budget}", "{spent}", 10, "{rate}", "{exec}"],
    [None, "其中：本年财政拨款", None, "{budget}", "{budget}", "{spent}", None, None, None],
    [None, "上年结转资金", None, None, None, None, None, None, None],
    [None, "其他资金", None, None, None, None, None, None, None],
    ["年度总体目标", "预期目标", None, None, "实际完成情况", None, None, None, None],
    [None, "完成农村公路日常养护。", None, None, "完成养护里程212公里。", None, None, None, None],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    [None, "产出指标", "数量指标", "养护里程", "≥200公里", "212公里", 20, 20, None],
    [None, None, "质量指标", "路况优良率", "≥85%", "88%", 10, 10, None],
    [None, None, "时效指标", "养护完成时间", "11月底前", "11月25日", 10, 10, None],
    [None, None, "成本指标", "养护成本", "≤{cost}", "{cost_spent}", 10, 10, None],
    [None, "效益指标", "社会效益指标", "公路通畅率", "≥95%", "97%", 30, 30, None],
    [None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", 10, 10, None],
    ["总分", None, None, None, None, None, 100, "{total}", None],
]
MERGED = ["A1:I1", "B2:I2", "B3:D3", "F3:I3", "A4:C4", "A5:A8", "B5:C5", "B6:C6", "B7:C7",
          "B8:C8", "A9:A10", "B9:D9", "E9:I9", "B10:D10", "E10:I10", "A11:A17", "B12:B15",
          "A18:F18"]

# In 元: 1,500,000 and 1,350,000 are 150 and 135 万元 (90% → 9); the cost target ≤150万元.
YUAN = dict(budget="1,500,000.00", spent="1,350,000.00", rate="90%", exec=9,
            cost="150万元", cost_spent="135万元", total=99)
# In 万元, the same figures.
WAN = dict(YUAN, budget="150", spent="135")


def fill(cell, values):
    """A cell's value: a template filled in; a plain number (`150`, `9.2`) as a number."""
    if not (isinstance(cell, str) and "{" in cell):
        return cell
    text = str(cell.format(**values))
    try:
        return float(text)
    except ValueError:
        return text


def workbook(name, values, extra=None):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Sheet1"
    for row in FORM:
        ws.append([fill(c, values) for c in row])
    for place, text in (extra or {}).items():
        ws[place] = text
    for area in MERGED:
        # A remark beside the title: the title's merged cell ends before it.
        ws.merge_cells("A1:H1" if area == "A1:I1" and extra else area)
    book.save(name)


def text(name, values, sep="\t"):
    lines = []
    for row in FORM:
        cells = ["" if c is None else str(fill(c, values)) for c in row]
        while cells and cells[-1] == "":
            cells.pop()
        lines.append(sep.join(cells))
    open(name, "w", encoding="utf-8").write("\n".join(lines) + "\n")


# 1. `单位：元` inside the title's merged cell, under the unedited `项目资金（万元）`: the form's
# figures (1,500,000 against the cost target ≤150万元) say 元.
title_yuan = dict(YUAN, title="2023年度项目支出绩效自评表 单位：元", label="项目资金（万元）")
workbook("yuan-in-title-cell.xlsx", title_yuan)
# The same copied as tab text (an Excel copy), the label without its unit: read as 元.
text("yuan-in-title-line.tsv.txt", dict(title_yuan, label="项目资金"))

# 2. `单位：万元` beside the title against a `项目资金（元）` label. The figures in 万元 (150
# against ≤150万元): the remark is right, the label left from another template.
beside = {"I1": "单位：万元"}
wan_label_yuan = dict(WAN, title="2023年度项目支出绩效自评表", label="项目资金（元）")
workbook("wan-beside-title-yuan-label.xlsx", wan_label_yuan, beside)
# The figures in 元 (1,500,000 against ≤150万元): the label is right.
workbook("wan-beside-title-yuan-label-yuan-figures.xlsx", dict(wan_label_yuan, **{k: YUAN[k] for k in ("budget", "spent")}), beside)

# 4. A web page's table copied as text, cells parted by spaces (the spaced-rows reader), the
# funds label's unit broken onto the first funds line (`项目资金` / `(元) 年度资金总额 …`): the
# unit is the label's, so the amounts in 元 are read as 元.
lines = []
for row in FORM:
    cells = [str(fill(c, dict(YUAN, title="2023年度项目支出绩效自评表", label="项目资金")))
             for c in row if c is not None]
    lines.append(" ".join(cells))
at = next(i for i, l in enumerate(lines) if l.startswith("年度资金总额"))
lines[at] = "(元) " + lines[at]
open("yuan-below-label-spaced.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
