# helper: write a 项目支出绩效自评表 (standard layout, A..J) to an openpyxl sheet
from openpyxl.styles import Alignment

def write_form(ws, r0, f):
    """f: dict(title, year, project, dept, unit, funds=[(label, init, A, B, pts, rate, score)],
    goal, goal_done, inds=[(l1,l2,l3,target,actual,pts,score,reason)], total=(pts,score))
    returns next free row"""
    r = r0
    def put(row, col, v):
        ws.cell(row=row, column=col, value=v)
    put(r, 1, f.get('title', '项目支出绩效自评表')); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    put(r, 1, f"({f['year']}年度)"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10); r += 1
    put(r, 1, '项目名称'); put(r, 3, f['project']); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10); r += 1
    put(r, 1, '主管部门'); put(r, 3, f['dept']); put(r, 6, '实施单位'); put(r, 8, f['unit']); r += 1
    hdr = r
    put(r, 1, '项目资金(万元)')
    for c, t in zip(range(4, 10), ['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分']):
        put(r, c, t)
    r += 1
    for (lab, init, A, B, pts, rate, sc) in f['funds']:
        put(r, 3, lab); put(r, 4, init); put(r, 5, A); put(r, 6, B); put(r, 7, pts); put(r, 8, rate); put(r, 9, sc); r += 1
    ws.merge_cells(start_row=hdr, start_column=1, end_row=r-1, end_column=2)
    put(r, 1, '年度总体目标'); put(r, 2, '预期目标'); put(r, 7, '实际完成情况'); r += 1
    put(r, 2, f.get('goal', '完成年度任务')); put(r, 7, f.get('goal_done', '完成')); r += 1
    put(r, 1, '绩效指标')
    for c, t in zip(range(2, 10), ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']):
        put(r, c, t)
    r += 1
    for ind in f['inds']:
        for c, v in zip(range(2, 10), ind):
            put(r, c, v)
        r += 1
    put(r, 1, '总分'); put(r, 7, f['total'][0]); put(r, 8, f['total'][1]); r += 1
    return r + 2
