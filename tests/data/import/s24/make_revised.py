"""Writes revised-first.xlsx and revised-second.xlsx: the first form (表1) of
../standard-template-example.xlsx as a department sends it, and the same form corrected and
sent again (s24 item 1): the same 项目名称, 主管部门, 实施单位 and year, other figures — the
全年执行数 114 → 120 (执行率 100%), 资助参保人数 7600人 → 8000人 with its 自评得分 19 → 20, and
the 自评总分 95.8 → 96.8. Run from this folder: python3 make_revised.py (needs openpyxl)."""
import openpyxl


def first_sheet_only():
    book = openpyxl.load_workbook("../standard-template-example.xlsx")
    for name in book.sheetnames[1:]:
        del book[name]
    return book


first_sheet_only().save("revised-first.xlsx")
book = first_sheet_only()
ws = book["表1"]
ws["F6"] = 120
ws["H6"] = "100%"
ws["F13"] = "8000人"
ws["H13"] = 20
ws["H20"] = 96.8
book.save("revised-second.xlsx")
