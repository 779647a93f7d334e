# make_habits.py's form with NO title cell: the sheet starts at `项目名称`; the title `项目支出绩效自评表 (2024年度)` is only in the sheet's printed page header
# (页眉, Excel's 页面设置 → 页眉/页脚), as many departments do. Sheet name `2024年度项目支出绩效自评表`. python3 make_notitle.py -> notitle.xlsx (expected 96.37 / 优)
import openpyxl
exec(open('tpl_layout.py').read())
g = {}; exec(open('make_habits.py').read().split('wb = openpyxl')[0].replace('import openpyxl', ''), g)
f = g['form']('农村公路提质改造（页眉标题）')
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '2024年度项目支出绩效自评表'
cells, merges, pct, nxt = layout(f, -1)
for (r, c), v in cells.items():
    if r >= 1: ws.cell(r, c, v)
for m in merges:
    if m[0] >= 1: ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
for r, c in pct: ws.cell(r, c).number_format = '0.00%'
ws.oddHeader.center.text = '项目支出绩效自评表 (2024年度)'
wb.save('notitle.xlsx')
