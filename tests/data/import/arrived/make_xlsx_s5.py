# Variants of the standard template's 表1 (expected 95.8 / 优 under anhui-2023 each)
import openpyxl
SRC = '/work/shared/templates/standard-template-example.xlsx'

def load():
    ws = openpyxl.load_workbook(SRC)['表1']
    cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    return cells, merges

def write(path, cells, merges, title='表1'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = title
    for (r, c), v in cells.items():
        ws.cell(r, c, v)
    for (r1, c1, r2, c2) in merges:
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    wb.save(path)

# a. an extra blank column inserted at E (everything from E on moves right; merges across E widen)
cells, merges = load()
mc = lambda c: c + 1 if c >= 5 else c
write('tpl-blankcol.xlsx', {(r, mc(c)): v for (r, c), v in cells.items()},
      [(r1, mc(c1) if c1 >= 5 else c1, r2, mc(c2)) for (r1, c1, r2, c2) in merges])

# b. title and year merged over 11 columns (A1:K1, A2:K2)
cells, merges = load()
merges = [(r1, c1, r2, 11 if r1 in (1, 2) else c2) for (r1, c1, r2, c2) in merges]
write('tpl-title11.xlsx', cells, merges)

# c. 分值 typed as "10分" (funds, indicators, 总分)
cells, merges = load()
for (r, c), v in list(cells.items()):
    if c == 7 and isinstance(v, (int, float)):
        cells[(r, c)] = f'{v}分'
write('tpl-fen.xlsx', cells, merges)

# d. funds rows in another order: 其中, 上年结转, 其他资金, then 年度资金总额 last
cells, merges = load()
order = {7: 6, 8: 7, 9: 8, 6: 9}
cells = {((order.get(r, r)), c): v for (r, c), v in cells.items()}
write('tpl-fundsorder.xlsx', cells, merges)

# e. 4 level-1 blocks: 效益指标 split into two blocks (社会效益 row 17, 可持续影响 row 18 each under its own 效益指标 cell)
cells, merges = load()
merges = [m for m in merges if m != (17, 2, 18, 2)]
cells[(18, 2)] = '效益指标'
write('tpl-split-xiaoyi.xlsx', cells, merges)
