"""Builds `隐藏的空白模板.xlsx`: the tester's `两部门-一张隐藏.xlsx` (copied here) with its hidden
文旅局 sheet emptied into a blank template — every cell holding a figure cleared, the labels
kept — as a workbook keeps a hidden 模板 sheet to copy from. That sheet is no department's
form: only the visible form is scored, and the run exits 0.

Run from this folder: python3 make_hidden_template.py
"""
import re
import openpyxl

wb = openpyxl.load_workbook('两部门-一张隐藏.xlsx')
ws = wb['文旅局']
ws.title = '模板'
for row in ws.iter_rows():
    for cell in row:
        v = cell.value
        if isinstance(v, (int, float)) or (isinstance(v, str) and re.search(r'[0-9%]', v)
                                            and not v.startswith('指标')):
            cell.value = None
        elif isinstance(v, str) and cell.column > 3 and cell.row > 3 and not re.search(r'指标|预算|执行|分值|得分|目标|完成|情况|原因', v):
            cell.value = None
assert ws.sheet_state == 'hidden'
wb.save('隐藏的空白模板.xlsx')
print('ok')
