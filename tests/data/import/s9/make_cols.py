# Column-set variants of the standard template seen in other provinces' versions (make_habits.py's form, anhui-2023, expected 96.37 / 优 each):
#  无分值列  : the funds block has no 分值 column (年初预算数, 全年预算数, 全年执行数, 执行率, 得分) — points from the rule set (10)
#  无执行率  : the funds block has no 执行率 column (年初预算数, 全年预算数, 全年执行数, 分值, 得分)
#  评分标准  : the indicator block has an extra `评分标准` column between 三级指标 and 年度指标值, holding text with numbers (`每少1公里扣1.5分`)
#  无偏差列  : the indicator block has no 偏差原因 column (8 columns)
# python3 make_cols.py -> cols.xlsx
import openpyxl
exec(open('tpl_layout.py').read())
g = {}; exec(open('make_habits.py').read().split('wb = openpyxl')[0].replace('import openpyxl', ''), g)
wb = openpyxl.Workbook(); wb.remove(wb.active)
def put(title, cells, merges, pct):
    ws = wb.create_sheet(title)
    for (r, c), v in cells.items(): ws.cell(r, c, v)
    for m in merges: ws.merge_cells(start_row=m[0], start_column=m[1], end_row=m[2], end_column=m[3])
    for r, c in pct: ws.cell(r, c).number_format = '0.00%'
def drop_funds_col(cells, merges, pct, col):
    rows = [r for (r, c), v in cells.items() if v == '项目资金(万元)']
    r0 = rows[0]; rs = range(r0, r0 + 5)
    out = {}
    for (r, c), v in cells.items():
        if r in rs and c == col: continue
        out[(r, c - 1 if (r in rs and c > col) else c)] = v
    pct = [(r, c - 1 if c > col else c) for r, c in pct if c != col]
    return out, merges, pct
for title, col in (('无分值列', 7), ('无执行率', 8)):
    cells, merges, pct, nxt = layout(g['form'](f'农村公路提质改造（{title}）'), 1)
    put(title, *drop_funds_col(cells, merges, pct, col))
# 评分标准: insert a column after 三级指标 (col 4) in the indicator block only
cells, merges, pct, nxt = layout(g['form']('农村公路提质改造（评分标准）'), 1)
hdr = [r for (r, c), v in cells.items() if v == '绩效指标'][0]
std = {'指标1:提质改造里程': '每少1公里扣1.5分', '指标1:验收合格率': '低于95%不得分', '指标1:每公里改造成本': '超出部分按比例扣分，最多扣10分', '指标1:群众满意度': '每低1个百分点扣0.5分'}
out = {}
for (r, c), v in cells.items():
    if r >= hdr and c >= 5: out[(r, c + 1)] = v
    else: out[(r, c)] = v
out[(hdr, 5)] = '评分标准'
for (r, c), v in cells.items():
    if r > hdr and c == 4 and v in std: out[(r, 5)] = std[v]
merges = [(a, b + 1, c_, d + 1) if a >= hdr and b >= 5 else ((a, b, c_, d + 1) if (a < hdr and d == 10 and b == 1) or (a == nxt - 1 and b == 1) else (a, b, c_, d)) for (a, b, c_, d) in merges]
put('评分标准', out, merges, pct)
# 无偏差列
cells, merges, pct, nxt = layout(g['form']('农村公路提质改造（无偏差列）'), 1)
cells = {k: v for k, v in cells.items() if not (k[0] >= hdr and k[1] >= 9 and k[0] < nxt - 1)}
merges = [m for m in merges if not (m[0] >= hdr and m[1] == 9 and m[0] < nxt - 1)]
put('无偏差列', cells, merges, pct)
wb.save('cols.xlsx')
