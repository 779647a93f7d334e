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

# The two on one sheet, the 申报表 above the 自评表 with a blank row between, the 申报表 long
# enough (its indicator rows written out three times, 46 rows) that the 自评表's title stands
# below the rows a sheet is first looked at for a 申报表 (s23, lead: such a sheet was skipped
# whole as a 申报表 and the 自评表 under it lost).
long_declaration = declaration[:9] + declaration[9:] * 6
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
row = 1
for rows in (long_declaration, form):
    for cells in rows:
        for c, text in enumerate(cells, start=1):
            if text:
                ws.cell(row=row, column=c, value=number(text))
        row += 1
    row += 1
wb.save("declaration-above-form.xlsx")
