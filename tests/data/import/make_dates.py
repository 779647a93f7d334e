#!/usr/bin/env python3
"""Builds dates.xlsx (#15 item 2) and date-times.xlsx (#15 item 3, below) from the standard template example: 表1 only, its 时效
indicator given a deadline target `2023年11月底前` (text) and an actual typed as a date
(2023-11-20, stored by Excel as the serial number 45250 with a date format); the number
cells stay plain numbers (E6 = 120, not a date format: must stay 120).

Run from this folder: python3 make_dates.py  (needs openpyxl)
"""
import datetime

import openpyxl

book = openpyxl.load_workbook("standard-template-example.xlsx")
del book["表2"]
ws = book["表1"]
ws["E15"] = "2023年11月底前"
ws["F15"] = datetime.datetime(2023, 11, 20)
ws["F15"].number_format = 'yyyy"年"m"月"d"日"'
book.save("dates.xlsx")

# date-times.xlsx (#15 item 3): the same 时效 indicator with a day deadline `2023年11月30日前`
# and the actual typed as a date with a time of day (2023-11-30 12:00, a serial number with a
# fraction and a date-time format).
book = openpyxl.load_workbook("standard-template-example.xlsx")
del book["表2"]
ws = book["表1"]
ws["E15"] = "2023年11月30日前"
ws["F15"] = datetime.datetime(2023, 11, 30, 12, 0)
ws["F15"].number_format = "yyyy-mm-dd hh:mm"
book.save("date-times.xlsx")
