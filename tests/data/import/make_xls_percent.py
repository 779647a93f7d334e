#!/usr/bin/env python3
"""Builds xls-percent.xls (#15): the two forms of the standard template example
(standard-template-example.xlsx, copied from shared/templates) as an Excel 97-2003 workbook in
which the percentages are stored as Excel stores a typed percentage: a fraction under a percent
number format. calamine gives no cell formats for .xls, so these cells test that the importer
reads the workbook's XF/FORMAT records for them.

Run from this folder: python3 make_xls_percent.py  (needs openpyxl, xlwt)

Percent cells (value stored, format):
  表1 H6 (执行率)  0.95  `0.00%`  (a built-in format: no FORMAT record)
  表1 F14          1     `0%`     (built-in)
  表1 F17          0.98  `0%`
  表1 F19          0.93  `0%`
  表2 H6 (执行率)  0.8   `0.0%`   (a custom format: a FORMAT record)
  表2 F20          0.96  `0.0%`
The targets stay text (`≥99%`). Under anhui-2023 the forms score as the example: 表1 95.8
(114/120 = 95% → 10), 表2 94.76 (72/90 = 80% → 8), both 优.
"""
import openpyxl
import xlwt

SRC = "standard-template-example.xlsx"
PERCENT = {
    ("表1", 6, 8): (0.95, "0.00%"),
    ("表1", 14, 6): (1, "0%"),
    ("表1", 17, 6): (0.98, "0%"),
    ("表1", 19, 6): (0.93, "0%"),
    ("表2", 6, 8): (0.8, "0.0%"),
    ("表2", 20, 6): (0.96, "0.0%"),
}

book = openpyxl.load_workbook(SRC)
out = xlwt.Workbook(encoding="utf-8")
for src in book.worksheets:
    ws = out.add_sheet(src.title)
    done = set()
    for m in src.merged_cells.ranges:
        v = src.cell(m.min_row, m.min_col).value
        ws.write_merge(m.min_row - 1, m.max_row - 1, m.min_col - 1, m.max_col - 1, v)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                done.add((r, c))
    for r in range(1, src.max_row + 1):
        for c in range(1, src.max_column + 1):
            key = (src.title, r, c)
            if key in PERCENT:
                value, code = PERCENT[key]
                ws.write(r - 1, c - 1, value, xlwt.easyxf(num_format_str=code))
                continue
            v = src.cell(r, c).value
            if (r, c) not in done and v is not None:
                ws.write(r - 1, c - 1, v)
out.save("xls-percent.xls")
