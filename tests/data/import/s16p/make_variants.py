"""Variants of the s16p tester's m-shuizhi.pdf2xlsx.xlsx (engineer pagesplit).

v-own-row.xlsx: the row after the page break (B21:I21, `标 | 指标 | 安全知晓率 | | | | | 覆盖不足…`)
given values of its own (`≥80%`, `82%`, `10`, `10`): a real indicator row, never to be joined to the
row above; its level-1 cell `标` read by its column, said as a guess.
"""
import openpyxl

wb = openpyxl.load_workbook("m-shuizhi.pdf2xlsx.xlsx")
ws = wb.active
assert ws["B21"].value == "标" and ws["G21"].value is None
for cell, value in (("E21", "≥80%"), ("F21", "82%"), ("G21", "10"), ("H21", "10")):
    ws[cell] = value
wb.save("v-own-row.xlsx")
