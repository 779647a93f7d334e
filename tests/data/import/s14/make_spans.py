#!/usr/bin/env python3
"""Builds spans.docx, spans.xlsx and spans.html: one 2021 Hunan 县级专项资金绩效目标自评表
(送戏下乡, as the s13 tester's h3x form 2) in which one value cell is merged across two
columns (tester s13 T7) — the 年度指标值 `100%` of 演出节目合格率 across 实际完成值, and the
全年预算数 `40` of the 中央、省、市补助 funds row across 全年执行数 — as a Word `gridSpan`, a
workbook's merged range and an HTML `colspan`. The 实际完成值 `2021年12月20日` of 演出完成时间
is merged down over the 演出资料归档时间 row below (`2021年12月31日前` too): the control, a real
vertical merge, read as that row's actual with a note.

Run from this folder: python3 make_spans.py  (needs openpyxl, python-docx)

A correct reading: 演出节目合格率 100% / 100% met; 中央 funds 40 / 40; 其他资金 20 / 5;
total 60 / 45 = 75%; 演出资料归档时间 2021年12月20日 (merged down) met; 96 < 120场 and
基本完成 / 明显丰富 not met; the rest met (4688 ≤ 5000元, 92 ≥ 85%).
"""
import html
import openpyxl
from docx import Document

TITLE = "2021年度县级专项资金绩效目标自评表"
# Each row: cells as (text, colspan, rowspan); a None stands where a rowspan from above covers.
ROWS = [
    [("专项资金名称", 1, 1), ("送戏下乡文化惠民演出", 2, 1), ("负责人及电话", 1, 1), ("周敏、0734-5822345", 2, 1)],
    [("县级主管部门", 1, 1), ("衡山县文化旅游广电体育局", 2, 1), ("实施单位", 1, 1), ("衡山县花鼓戏剧团", 2, 1)],
    [("项目资金(万元)", 1, 4), ("", 1, 1), ("全年预算数(A)", 1, 1), ("全年执行数(B)", 1, 1), ("执行率(B/A)", 1, 1), ("", 1, 1)],
    [None, ("年度资金总额", 1, 1), ("60", 1, 1), ("45", 1, 1), ("75%", 1, 1), ("", 1, 1)],
    [None, ("其中:中央、省、市补助县级资金", 1, 1), ("40", 2, 1), ("100%", 1, 1), ("", 1, 1)],
    [None, ("其他资金", 1, 1), ("20", 1, 1), ("5", 1, 1), ("25%", 1, 1), ("", 1, 1)],
    [("年度总体目标", 1, 2), ("年初设定目标", 2, 1), ("全年实际完成情况", 3, 1)],
    [None, ("全年送戏下乡演出120场。", 2, 1), ("全年送戏下乡演出96场。", 3, 1)],
    [("一级指标", 1, 1), ("二级指标", 1, 1), ("三级指标", 1, 1), ("年度指标值", 1, 1), ("全年完成值", 1, 1), ("未完成原因和改进措施", 1, 1)],
    [("产出指标", 1, 5), ("数量指标", 1, 1), ("送戏下乡演出场次", 1, 1), ("≥120场", 1, 1), ("96场", 1, 1), ("受疫情影响停演24场", 1, 1)],
    [None, ("质量指标", 1, 1), ("演出节目合格率", 1, 1), ("100%", 2, 1), ("", 1, 1)],
    [None, ("时效指标", 1, 1), ("演出完成时间", 1, 1), ("2021年12月31日前", 1, 1), ("2021年12月20日", 1, 2), ("", 1, 1)],
    [None, ("时效指标", 1, 1), ("演出资料归档时间", 1, 1), ("2021年12月31日前", 1, 1), None, ("", 1, 1)],
    [None, ("成本指标", 1, 1), ("每场演出补助标准", 1, 1), ("≤5000元", 1, 1), ("4688元", 1, 1), ("", 1, 1)],
    [("效益指标", 1, 1), ("社会效益指标", 1, 1), ("群众文化生活", 1, 1), ("明显丰富", 1, 1), ("基本完成", 1, 1), ("演出场次减少", 1, 1)],
    [("满意度指标", 1, 1), ("服务对象满意度指标", 1, 1), ("观众满意度", 1, 1), ("≥85%", 1, 1), ("92%", 1, 1), ("", 1, 1)],
    [("说明", 1, 1), ("无", 5, 1)],
]
COLS = 6


def placed():
    """(row, column, text, colspan, rowspan) of every cell, 0-based, rowspans skipped over."""
    covered = set()
    out = []
    for r, row in enumerate(ROWS):
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            if cell is None:
                continue
            text, cs, rs = cell
            out.append((r, c, text, cs, rs))
            for dr in range(rs):
                for dc in range(cs):
                    covered.add((r + dr, c + dc))
            c += cs
    return out


def workbook():
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "表1"
    ws.cell(1, 1, TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=COLS)
    for r, c, text, cs, rs in placed():
        ws.cell(r + 2, c + 1, text)
        if cs > 1 or rs > 1:
            ws.merge_cells(start_row=r + 2, start_column=c + 1,
                           end_row=r + 1 + rs, end_column=c + cs)
    book.save("spans.xlsx")


def page():
    lines = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>' + TITLE + "</title></head><body>",
             "<h2>" + TITLE + "</h2>", '<table border="1">']
    cells = placed()
    for r in range(len(ROWS)):
        tds = []
        for (rr, c, text, cs, rs) in cells:
            if rr != r:
                continue
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            tds.append(f"<td{attrs}>{html.escape(text)}</td>")
        lines.append("<tr>" + "".join(tds) + "</tr>")
    lines += ["</table>", "</body></html>", ""]
    with open("spans.html", "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def document():
    doc = Document()
    doc.add_paragraph(TITLE)
    t = doc.add_table(rows=len(ROWS), cols=COLS)
    t.style = "Table Grid"
    for r, c, text, cs, rs in placed():
        cell = t.cell(r, c)
        if cs > 1 or rs > 1:
            cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
        cell.text = text
    doc.save("spans.docx")


workbook()
page()
document()
