# One department workbook, each sheet a form laid out by a different office's habit (anhui-2023).
# python3 make_habits.py -> habits.xlsx. Every sheet is the same form (different project name), hand-worked (anhui-2023):
#   funds 100 -> 120 (追加), 108 spent = 90% -> 9; 数量 9/10*15 = 13.5; 质量 15; 时效 10; 成本 50/55*10 = 9.09; 经济 不适用 0/0;
#   社会 15; 可持续 15 (达成预期指标); 满意度 88/90*10 = 9.78  -> 87.37 + 9 = 96.37 / 优.   (元 sheet: same, budgets x10000)
# Sheets: 1封面 (cover rows first), 2右移 (everything one column right), 3备注 (extra 备注 column at the end),
#   4文本 (分值 `15分`, numbers as text with spaces), 5合计 (total row says 合计), 6元 (单位：元, budgets in yuan), 7序号 (a 序号 column first)
import openpyxl
exec(open('tpl_layout.py').read())
def form(name, k=1):
    return dict(title='(2024年度)', name=name, dept='某县交通运输局', unit='某县公路事业发展中心',
      funds=[('年度资金总额:', 100*k, 120*k, 108*k, 10, 0.9, 9), ('其中:本年财政拨款', 100*k, 120*k, 108*k, '-', None, '-'),
             ('上年结转资金', None, None, None, '-', None, '-'), ('其他资金', None, None, None, '-', None, '-')],
      goal=('完成农村公路提质改造10公里。', '完成9公里，年中追加20万元。'),
      ind=[('产出指标', '数量指标', '指标1:提质改造里程', '≥10公里', '9公里', 15, 13.5, '1公里因征地推迟'),
           (None, '质量指标', '指标1:验收合格率', '≥95%', '100%', 15, 15, None),
           (None, '时效指标', '指标1:按时完工率', '100%', '100%', 10, 10, None),
           (None, '成本指标', '指标1:每公里改造成本', '≤50万元', '55万元', 10, 9.09, '材料涨价'),
           ('效益指标', '经济效益指标', '指标1:带动增收', '不适用', '不适用', 0, 0, None),
           (None, '社会效益指标', '指标1:受益群众人数', '≥1000人', '1200人', 15, 15, None),
           (None, '可持续影响指标', '指标1:长效管护机制', '健全', '达成预期指标', 15, 15, None),
           ('满意度指标', '服务对象满意度指标', '指标1:群众满意度', '≥90%', '88%', 10, 9.78, '部分群众对施工期间出行不便有意见')],
      total=(100, 96.37))
wb = openpyxl.Workbook(); wb.remove(wb.active)
def put(title, f, r0=1, dc=0, post=None, pre=None, pdc=0):
    ws = wb.create_sheet(title)
    cells, merges, pct, nxt = layout(f, r0)
    if post: cells, merges = post(cells, merges, nxt)
    for (r, c), v in cells.items(): ws.cell(r, c + dc, v)
    for m in merges: ws.merge_cells(start_row=m[0], start_column=m[1] + dc, end_row=m[2], end_column=m[3] + dc)
    for r, c in pct: ws.cell(r, c + dc + pdc).number_format = '0.00%'
    if pre: pre(ws)
    return ws
def cover(ws):
    for r, v in [(1, '2024年度项目支出绩效自评报告'), (2, '（封面）'), (4, '填报单位：某县交通运输局（盖章）'), (5, '填报日期：2025年3月15日'), (6, '联系人：张三  电话：0551-1234567')]:
        ws.cell(r, 1, v); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
put('封面', form('农村公路提质改造（封面）'), r0=9, pre=cover)
put('右移', form('农村公路提质改造（右移）'), dc=1)
def remark(cells, merges, nxt):
    for (r, c), v in list(cells.items()):
        if v in ('年初预算数', '绩效指标'): pass
    for (r, c), v in list(cells.items()):
        if v == '得分' and c == 9: cells[(r, 11)] = '备注'          # funds header
        if v == '偏差原因分析及改进措施': cells[(r, 11)] = '备注'
        if v == '指标1:每公里改造成本': cells[(r, 11)] = '已报财政局备案'
        if v == '年度资金总额:': cells[(r, 11)] = '含追加20万元'
    merges = [(a, b, c, 11 if d == 10 and a == c and b <= 3 else d) for (a, b, c, d) in merges]
    return cells, merges
put('备注', form('农村公路提质改造（备注）'), post=remark)
def text(cells, merges, nxt):
    out = {}
    for (r, c), v in cells.items():
        if isinstance(v, (int, float)) and not (c == 8 and isinstance(v, float) and v < 1.5):
            v = f' {v} '
            if c == 7: v = f'{v.strip()}分'
        out[(r, c)] = v
    return out, merges
put('文本', form('农村公路提质改造（文本）'), post=text)
def heji(cells, merges, nxt):
    for k, v in cells.items():
        if v == '总分': cells[k] = '合计'
    return cells, merges
put('合计', form('农村公路提质改造（合计）'), post=heji)
def yuan(cells, merges, nxt):
    for k, v in cells.items():
        if v == '项目资金(万元)': cells[k] = '项目资金(元)'
    return cells, merges
ws = put('元', form('农村公路提质改造（元）', 10000), r0=2, post=yuan)
ws.cell(1, 1, '单位：元')
def seq(cells, merges, nxt):
    out = {(r, c + 1): v for (r, c), v in cells.items()}
    n = 0
    for (r, c), v in sorted(cells.items()):
        if v == '一级指标': out[(r, 1)] = '序号'
        if c == 4 and isinstance(v, str) and v.startswith('指标1'): n += 1; out[(r, 1)] = n
    merges = [(a, b + 1, c, d + 1) for (a, b, c, d) in merges]
    return out, merges
ws = put('序号', form('农村公路提质改造（序号）'), post=seq, pdc=1)
# 8百分号分值: standard layout, but the percent format sits on the 分值 cell G6 (10 shown as 1000.00%), the rate 0.9 left as a bare number
put('百分号分值', form('农村公路提质改造（百分号分值）'), pdc=-1)
wb.save('habits.xlsx')
