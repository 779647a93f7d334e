#!/usr/bin/env python3
"""Builds the s24t fixtures (engineer `textdoubts`): one standard 项目支出绩效自评表, written for
the purpose (names and figures made up), in the three shapes a finance officer pastes — one cell
a line (a PDF preview or a Word preview copied), one line (a web page or a PDF viewer's text
flattened), `|` rows (a converter's or a chat tool's table) — each with one of the doubts of
session 24 put in: a cell wrapped mid-word, a page mark standing between rows, a page footer
inside the indicators' header, the funds header without its 项目资金 label, nested numbering
(`1.1`) in the indicators' names.

By hand under anhui-2023 (the base form): execution 500 / 500 = 100% → 10; 20 + 10 × 93 / 95
= 9.79 + 10 × 90 / 95 = 9.47 + 10 (≤500万元, 500万元) + 30 (明显改善, in band) + 10 = 99.26,
the form's own total, 优.

A cell's `\n` is where the copy wrapped it: one cell a line puts the pieces on two lines, one
line puts a space between them, `|` rows put the tails on a row of their own under the row
(the continuation row a table extractor writes). A row `[MARK, text]` is a page's mark: its own
line in the one-cell-a-line and `|` copies, a cell among the others on one line.

Run from this folder: python3 make_textdoubts.py
"""

MARK = "@mark"

TITLE = [["项目支出绩效自评表"], ["（2023年度）"]]
HEAD = [
    ["项目名称", "乡村道路硬化工程", "", "", "", "", "", "", ""],
    ["主管部门", "某县交通运输局", "", "", "实施单位", "", "某县公路事业发展中心", "", ""],
]
FUNDS_HEADER = ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]
FUNDS = [
    ["", "年度资金总额", "500", "500", "500", "10", "100%", "10", ""],
    ["", "其中：本年财政拨款", "500", "500", "500", "—", "", "—", ""],
    ["", "上年结转资金", "", "", "", "—", "", "—", ""],
    ["", "其他资金", "", "", "", "—", "", "—", ""],
]
GOALS = [
    ["年度总体目标", "预期目标", "", "", "", "", "实际完成情况", "", ""],
    ["", "硬化乡村道路10公里，改善群众出行条件。", "", "", "", "", "已完成10公里道路硬化，群众出行条件明显改善。", "", ""],
]
IND_HEADER = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
INDICATORS = [
    ["", "产出指标", "数量指标", "指标1：硬化道路长度", "≥10公里", "10公里", "20", "20", ""],
    ["", "", "质量指标", "指标1：工程验收合格率", "≥95%", "93%", "10", "9.79", "个别路段返工"],
    ["", "", "时效指标", "指标1：项目按期完成率", "≥95%", "90%", "10", "9.47", "雨季影响工期"],
    ["", "", "成本指标", "指标1：工程总成本", "≤500万元", "500万元", "10", "10", ""],
    ["", "效益指标", "社会效益指标", "指标1：群众出行条件", "明显改善", "明显改善", "30", "30", ""],
    ["", "满意度指标", "服务对象满意度指标", "指标1：沿线群众满意度", "≥90%", "95%", "10", "10", ""],
]
TOTAL = [["总分", "", "", "", "", "", "100", "99.26", ""]]


def form(funds_header=FUNDS_HEADER, ind_header=(IND_HEADER,), indicators=INDICATORS, marks=()):
    """The form's rows; `marks` are (index into the rows, mark text) put before that row."""
    rows = TITLE + HEAD + [funds_header] + FUNDS + GOALS + list(ind_header) + list(indicators) + TOTAL
    for at, text in sorted(marks, reverse=True):
        rows.insert(at, [MARK, text])
    return rows


def lines(rows, blank=False):
    out = []
    for r in rows:
        if r[0] == MARK:
            out.append(r[1])
            continue
        out.extend(piece.removeprefix(MARK) for c in r if c for piece in c.split("\n"))
    return ("\n\n" if blank else "\n").join(out) + "\n"


def flat(rows):
    cells = [r[1] if r[0] == MARK else c.removeprefix(MARK).replace("\n", " ") for r in rows for c in (r[:1] if r[0] == MARK else r) if c]
    return " ".join(cells) + "\n"


def pipe(rows):
    out = []
    for r in rows:
        if r[0] == MARK:
            out.append(r[1])
            continue
        heads = [c.split("\n")[0] for c in r]
        out.append("| " + " | ".join(heads) + " |")
        tails = [c.split("\n", 1)[1] if "\n" in c else "" for c in r]
        if any(tails):
            out.append("| " + " | ".join(tails) + " |")
    return "\n".join(out) + "\n"


def with_cell_before(rows, i, j, text):
    """`rows` with a cell `text` put before row `i`'s cell `j`: a page's mark inside a row
    (one cell a line, one line), written as it stands."""
    rows = [list(r) for r in rows]
    rows[i].insert(j, MARK + text)
    return rows


def indicators_with(changes):
    """The indicator rows with cells replaced: {(row, column): text}."""
    rows = [list(r) for r in INDICATORS]
    for (i, j), text in changes.items():
        rows[i][j] = text
    return rows


def header_cut(mark):
    """The indicators' header with a page's footer after its first three cells."""
    return [IND_HEADER[:3] + [MARK + mark] + IND_HEADER[3:]]


WRAPPED = indicators_with({(2, 3): "指标1：项目按期完成\n率", (2, 4): "≥9\n5%"})
MARKS = [(11, "— 1 —"), (15, "- 2 -"), (18, "第2页")]
BARE_FUNDS = ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]
NUMBERED = indicators_with({
    (0, 3): "1.1公里道路硬化", (0, 4): "≥1.1公里", (0, 5): "1.1公里",
    (1, 3): "1.2工程验收合格率", (2, 3): "1.3项目按期完成率", (3, 3): "1.4工程总成本",
    (4, 3): "2.1群众出行条件", (5, 3): "3.1沿线群众满意度",
})
# Where the rows stand in `form()`: 0–1 title, 2–3 header, 4 funds header, 5–8 funds,
# 9–10 goals, 11 indicators' header, 12–17 indicators, 18 total.
FILES = {
    "base-lines.txt": lines(form()),
    "base-flat.txt": flat(form()),
    "base-pipe.txt": pipe(form()),
    # 1. a cell wrapped mid-word at the column's width
    "wrapped-name-lines.txt": lines(form(indicators=indicators_with({(2, 3): "指标1：项目按期完成\n率"}))),
    "wrapped-target-lines.txt": lines(form(indicators=indicators_with({(2, 4): "≥9\n5%"}))),
    "wrapped-actual-lines.txt": lines(form(indicators=indicators_with({(2, 5): "9\n0%"}))),
    "wrapped-unit-lines.txt": lines(form(indicators=indicators_with({(0, 4): "≥10公\n里"}))),
    "wrapped-lines.txt": lines(form(indicators=WRAPPED)),
    "wrapped-flat.txt": flat(form(indicators=WRAPPED)),
    "wrapped-pipe.txt": pipe(form(indicators=WRAPPED)),
    # 2. a page's footer inside the indicators' header
    "header-cut-lines.txt": lines(form(ind_header=header_cut("第 1 页 共 2 页"))),
    "header-cut-two-lines.txt": lines(form(ind_header=header_cut("第1页\n共2页"))),
    "header-cut-flat.txt": flat(form(ind_header=header_cut("— 1 —"))),
    "header-cut-paragraphs.txt": lines(form(ind_header=header_cut("— 1 —")), blank=True),
    # 3. a lone page mark between rows, or inside one
    "marks-lines.txt": lines(form(marks=MARKS)),
    "marks-paragraphs.txt": lines(form(marks=MARKS), blank=True),
    "marks-pipe.txt": pipe(form(marks=MARKS)),
    "marks-flat.txt": flat(form(marks=MARKS)),
    "marks-in-row-lines.txt": lines(form(indicators=with_cell_before(INDICATORS, 2, 5, "— 2 —"))),
    "marks-in-row-flat.txt": flat(form(indicators=with_cell_before(INDICATORS, 2, 5, "第 2 页 共 3 页"))),
    "marks-pipe-cells.txt": pipe(form(marks=[(11, "| — 1 — |"), (15, "|  | 第 2 页 共 3 页 |  |  |  |  |  |  |  |"), (18, "| -3- |")])),
    "marks-two-lines.txt": lines(form(indicators=with_cell_before(INDICATORS, 2, 5, "第 1 页\n共 2 页"))),
    "marks-two-lines-pipe.txt": pipe(form(marks=[(15, "第 1 页\n共 2 页")])),
    # 4. the funds header without its 项目资金 label
    "bare-funds-lines.txt": lines(form(funds_header=BARE_FUNDS)),
    "bare-funds-paragraphs.txt": lines(form(funds_header=BARE_FUNDS), blank=True),
    "bare-funds-flat.txt": flat(form(funds_header=BARE_FUNDS)),
    "bare-funds-pipe.txt": pipe(form(funds_header=BARE_FUNDS)),
    # 5. nested numbering in the indicators' names
    "numbered-lines.txt": lines(form(indicators=NUMBERED)),
    "numbered-flat.txt": flat(form(indicators=NUMBERED)),
    "numbered-pipe.txt": pipe(form(indicators=NUMBERED)),
}

if __name__ == "__main__":
    for name, text in FILES.items():
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)
