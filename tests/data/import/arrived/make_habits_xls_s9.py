# habits.xlsx's sheets as an old .xls (xlwt), plus a hidden first sheet `填报说明` and a sheet `两表` holding two forms one below the other
# (the 合计 form, then 3 blank rows, then the 序号-free 右移 form). python3 make_habits_xls.py -> habits.xls
# Expected: every sheet as in habits.xlsx (96.37 / 优, except 序号 (F1) and 百分号分值 (F3)); 两表: 96.37 and 96.37.
import openpyxl, xlwt
src = openpyxl.load_workbook('habits.xlsx')
wb = xlwt.Workbook(encoding='utf-8'); pst = xlwt.easyxf(num_format_str='0.00%')
hid = wb.add_sheet('填报说明'); hid.write(0, 0, '本工作簿为某县交通运输局2024年度项目支出绩效自评表，共9张。'); hid.visibility = 1
def copy(ws, sh, r0=0, c0=0):
    covered = {}
    for m in ws.merged_cells.ranges:
        v = ws.cell(m.min_row, m.min_col).value
        sh.write_merge(r0 + m.min_row - 1, r0 + m.max_row - 1, c0 + m.min_col - 1, c0 + m.max_col - 1, '' if v is None else v,
                       pst if ws.cell(m.min_row, m.min_col).number_format == '0.00%' else xlwt.Style.default_style)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1): covered[(r, c)] = 1
    for row in ws.iter_rows():
        for cell in row:
            if (cell.row, cell.column) in covered or cell.value is None: continue
            st = pst if cell.number_format == '0.00%' else xlwt.Style.default_style
            sh.write(r0 + cell.row - 1, c0 + cell.column - 1, cell.value, st)
    return ws.max_row
for ws in src.worksheets:
    copy(ws, wb.add_sheet(ws.title))
two = wb.add_sheet('两表')
n = copy(src['合计'], two)
copy(src['右移'], two, r0=n + 3, c0=-1)
wb.save('habits.xls')
