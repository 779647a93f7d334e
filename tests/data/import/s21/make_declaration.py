"""Builds declaration.xlsx, declaration.docx and declaration.html from declaration-rows.txt (s21
doubts, doubt 3): the same 项目支出绩效目标申报表 as a workbook (title merged across), a Word
table and an HTML table, as departments send them. Run from this folder: python3 make_declaration.py"""
import html

import docx
import openpyxl

rows = [
    [c.strip() for c in line.strip().strip("|").split("|")]
    for line in open("declaration-rows.txt", encoding="utf-8")
    if line.startswith("|")
]
width = max(len(r) for r in rows)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "申报表"
for r, cells in enumerate(rows, start=1):
    for c, text in enumerate(cells, start=1):
        if text:
            ws.cell(row=r, column=c, value=int(text) if text.isdigit() else text)
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
wb.save("declaration.xlsx")

doc = docx.Document()
doc.add_paragraph(rows[0][0])
doc.add_paragraph(rows[1][0])
table = doc.add_table(rows=len(rows) - 2, cols=width)
for r, cells in enumerate(rows[2:]):
    for c, text in enumerate(cells):
        table.cell(r, c).text = text
doc.save("declaration.docx")

body = "".join(
    "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in cells) + "</tr>\n" for cells in rows[2:]
)
page = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>项目支出绩效目标申报表</title></head>\n'
    f"<body>\n<h2>{rows[0][0]}</h2>\n<p>{rows[1][0]}</p>\n<table border=\"1\">\n{body}</table>\n</body></html>\n"
)
open("declaration.html", "w", encoding="utf-8").write(page)
