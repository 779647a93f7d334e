#!/usr/bin/env python3
"""Builds merged-pair.xlsx and merged-pair.tsv (#15 item 2): 表1 of the standard template example
(see excel-copy.tsv) with a second 数量指标 row, 指标2:参保资助资金发放率 100% / 100%, whose 分值
and 得分 are one cell merged with the row above's (20 / 19), as departments fill the template.
The .xlsx has the merged cells; the .tsv is that sheet copied out of Excel and pasted as text:
one line a row, a tab between cells, the cells a merged area covers empty. Both must score the
same (tests/main/arrival.rs, excel_copy_shares_merged_points_as_the_workbook).

Run from this folder: python3 make_merged_pair.py
"""
import openpyxl

with open("excel-copy.tsv", encoding="utf-8") as f:
    grid = [line.rstrip("\r\n").split("\t")[:10] for line in f]
at = next(i for i, row in enumerate(grid) if row[3] == "指标1:资助参保人数") + 1
grid.insert(at, ["", "", "", "指标2:参保资助资金发放率", "100%", "100%", "", "", "", ""])
# Merged areas (1-based rows, as Excel names them), the template's own shifted by the new row.
merges = [
    "A1:J1", "A2:J2", "A3:B3", "C3:J3", "A4:B4", "C4:E4", "F4:G4", "H4:J4", "A5:B9",
    "A10:A11", "B10:F10", "G10:J10", "B11:F11", "G11:J11", "I12:J12", "A12:A20", "B13:B17",
    "C13:C14", "G13:G14", "H13:H14", "I13:J13", "I14:J14", "I15:J15", "I16:J16", "I17:J17",
    "B18:B19", "I18:J18", "I19:J19", "I20:J20", "A21:E21",
]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "表1"
for r, row in enumerate(grid, 1):
    for c, text in enumerate(row, 1):
        if text == "":
            continue
        try:
            value = int(text)
        except ValueError:
            try:
                value = float(text)
            except ValueError:
                value = text
        ws.cell(row=r, column=c, value=value)
for m in merges:
    ws.merge_cells(m)
wb.save("merged-pair.xlsx")
with open("merged-pair.tsv", "w", encoding="utf-8", newline="") as f:
    for row in grid:
        f.write("\t".join(row) + "\t\r\n")
