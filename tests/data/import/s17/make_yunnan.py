"""Builds yunnan-nature-value-unit.xlsx from yunnan-nature-value-unit-pipes.txt: the same form as a
workbook, one row a line, the indicator header's two rows merged as the Yunnan template merges them
(绩效指标 over 一级/二级/三级, 年度指标值 over 指标性质/指标值/度量单位, 实际完成值/分值/得分/偏差原因
over both rows). Run from this folder: python3 make_yunnan.py"""
import openpyxl

rows = []
for line in open("yunnan-nature-value-unit-pipes.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("|"):
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    else:
        rows.append([line.strip()])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "表1"
header = None
for r, cells in enumerate(rows, start=1):
    for c, text in enumerate(cells, start=1):
        if text == "":
            continue
        try:
            value = float(text) if "." in text else int(text)
        except ValueError:
            value = text
        ws.cell(row=r, column=c, value=value)
    if cells[0] == "绩效指标":
        header = r
ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=10)
ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=10)
ws.merge_cells(start_row=header, start_column=1, end_row=header, end_column=3)
ws.merge_cells(start_row=header, start_column=4, end_row=header, end_column=6)
for c in range(7, 11):
    ws.merge_cells(start_row=header, start_column=c, end_row=header + 1, end_column=c)
wb.save("yunnan-nature-value-unit.xlsx")
