"""Helpers: write a standard 项目支出绩效自评表 into an openpyxl sheet at a row offset."""
import openpyxl
from openpyxl.styles import Alignment

def form(ws, r0, title, year, project, dept, unit, funds, goal, inds, total, col0=1, merge=True):
    """funds: list of (label, init, full, spent, points, rate, score)
       inds: list of (l1, l2, l3, target, actual, points, score, dev)  ; l1/l2 None => merged with above
       total: (points, score)"""
    C = lambda c: col0 + c - 1
    def put(r, c, v):
        ws.cell(row=r, column=C(c), value=v)
    r = r0
    put(r, 1, title); merge and ws.merge_cells(start_row=r, start_column=C(1), end_row=r, end_column=C(10)); r += 1
    put(r, 1, year); merge and ws.merge_cells(start_row=r, start_column=C(1), end_row=r, end_column=C(10)); r += 1
    put(r, 1, '项目名称'); put(r, 3, project)
    if merge: ws.merge_cells(start_row=r, start_column=C(1), end_row=r, end_column=C(2)); ws.merge_cells(start_row=r, start_column=C(3), end_row=r, end_column=C(10))
    r += 1
    put(r, 1, '主管部门'); put(r, 3, dept); put(r, 6, '实施单位'); put(r, 8, unit)
    if merge:
        ws.merge_cells(start_row=r, start_column=C(1), end_row=r, end_column=C(2)); ws.merge_cells(start_row=r, start_column=C(3), end_row=r, end_column=C(5))
        ws.merge_cells(start_row=r, start_column=C(6), end_row=r, end_column=C(7)); ws.merge_cells(start_row=r, start_column=C(8), end_row=r, end_column=C(10))
    r += 1
    fr = r
    put(r, 1, '项目资金(万元)')
    for c, h in zip(range(4, 10), ['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分']):
        put(r, c, h)
    r += 1
    for f in funds:
        put(r, 3, f[0])
        for c, v in zip(range(4, 10), f[1:]):
            if v is not None: put(r, c, v)
        r += 1
    if merge: ws.merge_cells(start_row=fr, start_column=C(1), end_row=r - 1, end_column=C(2))
    put(r, 1, '年度总体目标'); put(r, 2, '预期目标'); put(r, 7, '实际完成情况')
    if merge:
        ws.merge_cells(start_row=r, start_column=C(1), end_row=r + 1, end_column=C(1))
        ws.merge_cells(start_row=r, start_column=C(2), end_row=r, end_column=C(6)); ws.merge_cells(start_row=r, start_column=C(7), end_row=r, end_column=C(10))
    r += 1
    put(r, 2, goal[0]); put(r, 7, goal[1])
    if merge: ws.merge_cells(start_row=r, start_column=C(2), end_row=r, end_column=C(6)); ws.merge_cells(start_row=r, start_column=C(7), end_row=r, end_column=C(10))
    r += 1
    ir = r
    put(r, 1, '绩效指标')
    for c, h in zip(range(2, 10), ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']):
        put(r, c, h)
    if merge: ws.merge_cells(start_row=r, start_column=C(9), end_row=r, end_column=C(10))
    r += 1
    l1start = None; l2start = None
    for i, ind in enumerate(inds):
        l1, l2, l3, t, a, p, s, d = ind
        if l1 is not None:
            if merge and l1start is not None and r - 1 > l1start: ws.merge_cells(start_row=l1start, start_column=C(2), end_row=r - 1, end_column=C(2))
            put(r, 2, l1); l1start = r
        if l2 is not None:
            if merge and l2start is not None and r - 1 > l2start: ws.merge_cells(start_row=l2start, start_column=C(3), end_row=r - 1, end_column=C(3))
            put(r, 3, l2); l2start = r
        put(r, 4, l3)
        if t is not None: put(r, 5, t)
        if a is not None: put(r, 6, a)
        if p is not None: put(r, 7, p)
        if s is not None: put(r, 8, s)
        if d is not None: put(r, 9, d)
        if merge: ws.merge_cells(start_row=r, start_column=C(9), end_row=r, end_column=C(10))
        r += 1
    if merge and l1start is not None and r - 1 > l1start: ws.merge_cells(start_row=l1start, start_column=C(2), end_row=r - 1, end_column=C(2))
    if merge and l2start is not None and r - 1 > l2start: ws.merge_cells(start_row=l2start, start_column=C(3), end_row=r - 1, end_column=C(3))
    if merge: ws.merge_cells(start_row=ir, start_column=C(1), end_row=r - 1, end_column=C(1))
    put(r, 1, '总分'); put(r, 7, total[0]); put(r, 8, total[1])
    if merge: ws.merge_cells(start_row=r, start_column=C(1), end_row=r, end_column=C(6))
    return r + 1
