# Builds the s23 header fixtures: forms written for the purpose after the standard 项目支出绩效自评表
# template with the column headers tester s23 met (浙江 权重/自评分, 实际得分, 江西 评分标准 with 分值
# before 三级, vertical 一级 labels). Projects and figures are invented. Run: python3 make.py
import openpyxl

STD_IND = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']
STD_FUND = ['年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分']


def grid(f):
    ic = f.get('ind_cols', STD_IND); fc = f.get('fund_cols', STD_FUND)
    W = 1 + len(ic); rows = []; merges = []
    def add(cells, m=()):
        r = len(rows); rows.append(cells + [''] * (W - len(cells)))
        for (c1, c2) in m: merges.append((r, c1, r, c2))
    add([f['title']], [(0, W - 1)])
    add([f['year']], [(0, W - 1)])
    add(['项目名称', f['name']], [(1, W - 1)])
    add(['主管部门', f['dept'], '', '', '实施单位', f['unit']], [(1, 3), (5, W - 1)])
    pad = W - 1 - len(fc); r0 = len(rows)
    add(['项目资金（万元）', ''] + [''] * (pad - 1) + fc, [(1, pad)])
    for lab, vals in f['funds']:
        add(['', lab] + [''] * (pad - 1) + vals, [(1, pad)])
    merges.append((r0, 0, len(rows) - 1, 0))
    g0 = len(rows)
    add(['年度总体目标', '预期目标', '', '', '实际完成情况'], [(1, 3), (4, W - 1)])
    add(['', f['goal'][0], '', '', f['goal'][1]], [(1, 3), (4, W - 1)])
    merges.append((g0, 0, g0 + 1, 0))
    i0 = len(rows)
    add(['绩效指标'] + ic)
    start = len(rows)
    for ind in f['inds']:
        rows.append([''] + [ind.get(h, '') for h in ic])
    for col, key in ((1, ic[0]), (2, ic[1])):
        r = start
        while r < len(rows):
            e = r
            while e + 1 < len(rows) and f['inds'][e + 1 - start].get(key) == f['inds'][r - start].get(key): e += 1
            if e > r:
                merges.append((r, col, e, col))
                for q in range(r + 1, e + 1): rows[q][col] = ''
            r = e + 1
    merges.append((i0, 0, len(rows) - 1, 0))
    tc = ic.index('分值' if '分值' in ic else '权重') + 1
    add(['总分'] + [''] * (tc - 1) + f['total'], [(0, tc - 1)])
    return rows, merges


def xlsx(rows, merges, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Sheet1'
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v != '': ws.cell(r + 1, c + 1, v)
    for (r1, c1, r2, c2) in merges:
        if (r1, c1) != (r2, c2):
            ws.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2 + 1, end_column=c2 + 1)
    wb.save(path)


def tsv(rows, merges, path):
    # Excel's copy pasted where trailing tabs are trimmed (the tester's 02 .tsv.txt)
    open(path, 'w').write('\n'.join('\t'.join(str(v) for v in row).rstrip('\t') for row in rows) + '\n')


def cells(rows, merges, path):
    # a PDF preview copied one non-empty cell a line (the tester's 07 .cells.txt)
    out = [str(v) for row in rows for v in row if str(v).strip() != '']
    open(path, 'w').write('\n'.join(out) + '\n')


ZJI = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '权重', '自评分', '偏差原因']
def Z(l1, l2, n, t, a, p, s, r=''):
    return {'一级指标': l1, '二级指标': l2, '三级指标': n, '指标值': t, '实际完成值': a, '权重': p, '自评分': s, '偏差原因': r}
ZJ = dict(title='项目支出绩效自评表', year='（2023年度）', ind_cols=ZJI,
          fund_cols=['年初预算数', '调整后预算数', '实际支出数', '权重', '预算执行率', '自评分'],
          name='某区社区矫正教育帮扶经费', dept='某区司法局', unit='某区社区矫正管理中心',
          funds=[('年度资金总额', [50, 50, 45, 10, '90%', 9]), ('其中：财政拨款', [50, 50, 45, '', '', '']), ('其他资金', ['', '', '', '', '', ''])],
          goal=('开展社区矫正对象教育帮扶，矫正期内无重新犯罪。', '全年开展集中教育48次，帮扶对象126人。'),
          inds=[Z('产出指标', '数量指标', '集中教育次数', '≥48次', '48次', 20, 20),
                Z('产出指标', '质量指标', '帮扶对象建档率', '100%', '100%', 10, 10),
                Z('产出指标', '时效指标', '入矫报到办结时限', '≤5天', '6天', 10, 8.33, '节假日集中报到'),
                Z('产出指标', '成本指标', '人均帮扶成本', '≤400元', '357元', 10, 10),
                Z('效益指标', '社会效益指标', '矫正期内重新犯罪率', '0', '0', 30, 30),
                Z('满意度指标', '服务对象满意度指标', '矫正对象满意度', '≥90%', '95%', 10, 10)],
          total=[100, 97.33, ''])
# The same form with its score column headed 实际得分 and the funds' 得分 standard.
SJ = dict(ZJ, ind_cols=[h if h != '自评分' else '实际得分' for h in ZJI],
          inds=[{(k if k != '自评分' else '实际得分'): v for k, v in i.items()} for i in ZJ['inds']])

JXI = ['一级指标', '二级指标', '分值', '三级指标', '年度指标值', '评分标准', '实际完成值', '得分']
def J(l1, l2, p, n, t, std, a, s):
    return {'一级指标': l1, '二级指标': l2, '分值': p, '三级指标': n, '年度指标值': t, '评分标准': std, '实际完成值': a, '得分': s}
JX = dict(title='项目支出绩效自评表', year='（2018年度）', ind_cols=JXI,
          name='某县政协委员履职培训经费', dept='某县政协办公室', unit='某县政协办公室',
          funds=[('年度资金总额', [40, 40, 40, '10分', '100%', '10分']), ('其中：本年财政拨款', [40, 40, 40, '', '', '']), ('其他资金', ['', '', '', '', '', ''])],
          goal=('组织委员培训，提升履职能力。', '全年举办委员培训班6期。'),
          inds=[J('产出指标（50分）', '数量指标（20分）', '20分', '培训期数', '≥6期', '完成得20分，每少1期扣3分', '6期', '20分'),
                J('产出指标（50分）', '质量指标（15分）', '15分', '培训出勤率', '100%', '每降1%扣1分', '98%', '13分'),
                J('产出指标（50分）', '时效指标（10分）', '10分', '培训按计划完成', '按时', '按时完成得10分', '按时', '10分'),
                J('产出指标（50分）', '成本指标（5分）', '5分', '培训成本控制率', '≤100%', '不超支得5分', '95%', '5分'),
                J('效益指标（30分）', '社会效益指标（30分）', '30分', '委员履职能力', '提升', '明显提升得30分', '提升', '30分'),
                J('满意度指标（10分）', '服务对象满意度指标（10分）', '10分', '参训委员满意度', '≥90%', '90%以上得10分，每降5%扣1分', '96%', '10分')],
          total=['100分', '98分', '', '', '', ''])

def I(l1, l2, n, t, a, p, s, r=''):
    return {'一级指标': l1, '二级指标': l2, '三级指标': n, '年度指标值': t, '实际完成值': a, '分值': p, '得分': s, '偏差原因分析及改进措施': r}
# Vertical 一级 labels typed one character a line (Alt+Enter); one label no rule knows (业务指标).
VL = dict(title='项目支出绩效自评表', year='（2022年度）',
          name='某镇农村人居环境整治经费', dept='某县农业农村局', unit='某镇人民政府',
          funds=[('年度资金总额', [30, 30, 30, 10, '100%', 10]), ('其中：财政拨款', [30, 30, 30, '', '', '']), ('其他资金', ['', '', '', '', '', ''])],
          goal=('整治村庄环境，改善人居条件。', '完成12个村整治。'),
          inds=[I('产\n出\n指\n标', '数量指标', '整治村庄数', '≥12个', '12个', 20, 20),
                I('产\n出\n指\n标', '质量指标', '验收合格率', '100%', '100%', 15, 15),
                I('产\n出\n指\n标', '时效指标', '完成时间', '2022年11月底前', '2022年11月', 15, 15),
                I('业\n务\n指\n标', '社会效益指标', '村容村貌改善', '明显改善', '明显改善', 15, 15),
                I('业\n务\n指\n标', '可持续影响指标', '长效管护机制', '建立', '建立', 15, 15),
                I('满\n意\n度\n指\n标', '服务对象满意度指标', '村民满意度', '≥90%', '95%', 10, 10)],
          total=[100, 100, ''])

for name, form, makers in [('zj-scorecols', ZJ, [('xlsx', xlsx), ('tsv.txt', tsv)]),
                           ('zj-actual-score', SJ, [('xlsx', xlsx)]),
                           ('jx-scorecol', JX, [('xlsx', xlsx), ('cells.txt', cells)]),
                           ('vertical-l1', VL, [('xlsx', xlsx)])]:
    rows, merges = grid(form)
    for ext, make in makers:
        make(rows, merges, f'{name}.{ext}')
