# The title cell carries the year in FULL-WIDTH parentheses, as a Chinese keyboard types it: `项目支出绩效自评表（2024年度）` in one cell / line.
# python3 make_title_fw.py -> title-fw.xlsx (one sheet, make_habits.py's form, 96.37 / 优), title-fw.txt (hebei-pdf-ok.txt with the two title lines
# joined: 94), title-fw-two.html (gov-th-nested.html with each caption turned into one <p>: form 1 `项目支出绩效自评表(2024年度)` half-width,
# form 2 `项目支出绩效自评表（2024年度）` full-width; expected 96.37 and 98.3)
import openpyxl, re
exec(open('tpl_layout.py').read())
g = {}; exec(open('make_habits.py').read().split('wb = openpyxl')[0].replace('import openpyxl', ''), g)
f = g['form']('农村公路提质改造（全角标题）')
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '1'
cells, merges, pct, nxt = layout(f, 1)
cells[(1, 1)] = '项目支出绩效自评表（2024年度）'; del cells[(2, 1)]
for (r, c), v in cells.items(): ws.cell(r, c, v)
for m in merges: ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
for r, c in pct: ws.cell(r, c).number_format = '0.00%'
wb.save('title-fw.xlsx')
s = open('hebei-pdf-ok.txt').read().replace('项目支出绩效自评表\n（2022年度）\n', '项目支出绩效自评表（2022年度）\n')
open('title-fw.txt', 'w').write(s)
h = open('gov-th-nested.html').read()
h = re.sub(r'<p>附件(\d)</p>(<table class="MsoTableGrid"[^>]*>)<caption><b>(.*?)</b><br>(.*?)</caption>', r'<p>\3\4</p>\2', h)
open('title-fw-two.html', 'w').write(h)
