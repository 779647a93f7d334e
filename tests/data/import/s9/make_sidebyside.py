# Two standard-template forms SIDE BY SIDE on one sheet (A–J and L–U, column K empty), as a department lays them out to print on A3,
# plus a hidden sheet. python3 make_sidebyside.py -> sidebyside.xlsx
# Left = make_habits.py's form (96.37 / 优); right = the same with project 乡村道路安保工程 and 数量 actual 10公里 (15/15) -> 97.87 / 优.
import openpyxl
exec(open('tpl_layout.py').read())
g = {}; exec(open('make_habits.py').read().split('wb = openpyxl')[0].replace('import openpyxl', ''), g)
L = g['form']('农村公路提质改造（左）')
R = g['form']('乡村道路安保工程（右）')
R['ind'][0] = ('产出指标', '数量指标', '指标1:提质改造里程', '≥10公里', '10公里', 15, 15, None)
R['total'] = (100, 97.87)
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '自评表'
for f, dc in ((L, 0), (R, 11)):
    cells, merges, pct, nxt = layout(f, 1)
    for (r, c), v in cells.items(): ws.cell(r, c + dc, v)
    for m in merges: ws.merge_cells(start_row=m[0], start_column=m[1] + dc, end_row=m[2], end_column=m[3] + dc)
    for r, c in pct: ws.cell(r, c + dc).number_format = '0.00%'
h = wb.create_sheet('模板'); h['A1'] = '项目支出绩效自评表'; h.sheet_state = 'hidden'
wb.save('sidebyside.xlsx')
