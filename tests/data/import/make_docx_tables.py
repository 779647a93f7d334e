#!/usr/bin/env python3
"""Builds template-after-tables.docx (#15): the two forms of standard-template-example.xlsx as
Word tables (as make_docx_html.py lays them out), each followed by a table that is no part of
a form, as departments add them under the form: a contact and signature table (填报单位(盖章),
填表人, 联系电话, 单位负责人(签字), 填报日期) after form 1, a 填报说明 table after form 2. The two
tables must be left out (said once), not read into the forms; the forms score as the workbook.

Run from this folder: python3 make_docx_tables.py  (needs openpyxl, python-docx)
"""
import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK

book = openpyxl.load_workbook("standard-template-example.xlsx")


def value(ws, r, c):
    v = ws.cell(r, c).value
    return "" if v is None else str(v)


def table(doc, ws, first, last):
    """Rows first..last of a sheet as a Word table with the sheet's merges."""
    cols = ws.max_column
    t = doc.add_table(rows=last - first + 1, cols=cols)
    t.style = "Table Grid"
    merged = set()
    for m in ws.merged_cells.ranges:
        if m.min_row < first or m.max_row > last:
            continue
        a = t.cell(m.min_row - first, m.min_col - 1)
        b = t.cell(m.max_row - first, m.max_col - 1)
        a.merge(b).text = value(ws, m.min_row, m.min_col)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                merged.add((r, c))
    for r in range(first, last + 1):
        for c in range(1, cols + 1):
            if (r, c) not in merged:
                t.cell(r - first, c - 1).text = value(ws, r, c)


def plain(doc, rows):
    """A table of text rows, as typed under a form."""
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text


doc = Document()
s1 = book["表1"]
doc.add_paragraph(value(s1, 1, 1))
doc.add_paragraph(value(s1, 2, 1))
table(doc, s1, 3, s1.max_row)
doc.add_paragraph("")
plain(
    doc,
    [
        ["填报单位(盖章)", "某县医疗保障事务中心", "填表人", "张三", "联系电话", "0554-6661234"],
        ["单位负责人(签字)", "", "财务负责人(签字)", "", "填报日期", "2024年3月15日"],
    ],
)
doc.add_paragraph("").runs or doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

s2 = book["表2"]
table(doc, s2, 1, s2.max_row)
doc.add_paragraph("")
plain(
    doc,
    [
        ["填报说明"],
        ["1.本表金额单位为万元,保留两位小数。"],
        ["2.偏差原因分析及改进措施应写明未完成的原因和下一步措施。"],
        ["3.本表一式两份,报财政局绩效科一份。"],
    ],
)
doc.save("template-after-tables.docx")
