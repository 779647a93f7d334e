"""Builds declaration-beside-form.xlsx and .docx (s22, lead): a 绩效目标申报表 and a
项目支出绩效自评表 sent in one file, as a department sends both — a workbook with the 申报表 on
its first sheet and the 自评表 on the second, and a Word document with the two tables one after
the other. Written for the purpose from ../s21/declaration-rows.txt and
../s21/project-unit-name-for-unit.txt. Run from this folder: python3 make_mixed.py"""
import docx
import openpyxl


def rows_of(path):
    return [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in open(path, encoding="utf-8")
        if line.startswith("|")
    ]


declaration = rows_of("../s21/declaration-rows.txt")
form = rows_of("../s21/project-unit-name-for-unit.txt")


def number(text):
    try:
        return int(text)
    except ValueError:
        return text


wb = openpyxl.Workbook()
for title, rows in (("申报表", declaration), ("自评表", form)):
    ws = wb.active if title == "申报表" else wb.create_sheet(title)
    ws.title = title
    for r, cells in enumerate(rows, start=1):
        for c, text in enumerate(cells, start=1):
            if text:
                ws.cell(row=r, column=c, value=number(text))
wb.save("declaration-beside-form.xlsx")

doc = docx.Document()
for rows in (declaration, form):
    doc.add_paragraph(rows[0][0])
    width = max(len(r) for r in rows[1:])
    table = doc.add_table(rows=len(rows) - 1, cols=width)
    for r, cells in enumerate(rows[1:]):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.add_page_break()
doc.save("declaration-beside-form.docx")
