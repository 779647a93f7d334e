"""Builds the xlsx and html forms holding two projects in one table (tester s24 B1), the same
rows as the tester's Word file `城管局-两个项目（合在一张表）.docx` (copied beside this script):
the first project (城区路灯维护项目) has no 总分 row, the second (城区绿化管养项目) starts with
its own 项目名称 row and funds block inside the same table.

Run from this folder: python3 make_two_projects.py
"""
import html
import openpyxl


def head(project, unit, funds):
    rows = [
        ['项目名称', '', project, '', '', '', '', '', '', ''],
        ['主管部门', '', '阜阳市城市管理局', '', '', '实施单位', '', unit, '', ''],
        ['项目资金(万元)', '', '', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', ''],
    ]
    for f in funds:
        rows.append(['', ''] + ['' if v is None else str(v) for v in f] + [''])
    rows.append(['年度总体目标', '预期目标', '', '', '', '', '实际完成情况', '', '', ''])
    rows.append(['', '完成年度任务', '', '', '', '', '完成', '', '', ''])
    rows.append(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分',
                 '偏差原因分析及改进措施', ''])
    return rows


def funds(a, b, rate, score):
    return [('年度资金总额:', a, a, b, 10, rate, score), ('其中:本年财政拨款', a, a, b, '-', None, '-'),
            ('上年结转资金', None, None, None, '-', None, '-'), ('其他资金', None, None, None, '-', None, '-')]


def indicators(rows):
    return [[''] + ['' if v is None else str(v) for v in r] + [''] for r in rows]


ROWS = [['项目支出绩效自评表'] + [''] * 9, ['(2024年度)'] + [''] * 9]
ROWS += head('城区路灯维护项目', '阜阳市路灯管理所', funds(400, 380, '95%', 10))
ROWS += indicators([
    ('产出指标', '数量指标', '指标1:维护路灯盏数', '≥12000盏', '12500盏', 20, 20, None),
    ('产出指标', '质量指标', '指标1:亮灯率', '≥98%', '99%', 20, 20, None),
    ('成本指标', '经济成本指标', '指标1:单灯维护成本', '≤300元', '290元', 10, 10, None),
    ('效益指标', '社会效益指标', '指标1:夜间出行安全', '有所提升', '有所提升', 30, 30, None),
    ('满意度指标', '服务对象满意度指标', '指标1:市民满意度', '≥90%', '93%', 10, 10, None)])
ROWS += head('城区绿化管养项目', '阜阳市园林绿化中心', funds(900, 720, '80%', 8))
ROWS += indicators([
    ('产出指标', '数量指标', '指标1:管养绿地面积', '≥500万平方米', '510万平方米', 20, 20, None),
    ('产出指标', '质量指标', '指标1:苗木成活率', '≥95%', '90%', 20, 18.95, '夏季高温'),
    ('成本指标', '经济成本指标', '指标1:每平方米管养成本', '≤1.8元', '1.7元', 10, 10, None),
    ('效益指标', '生态效益指标', '指标1:城市绿化覆盖率', '≥42%', '42.5%', 30, 30, None),
    ('满意度指标', '服务对象满意度指标', '指标1:市民满意度', '≥90%', '91%', 10, 10, None)])
ROWS.append(['总分', '', '', '', '', '', '100', '96.95', '', ''])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = '城管局'
for row in ROWS:
    ws.append([float(v) if v.replace('.', '', 1).isdigit() else (v or None) for v in row])
wb.save('两个项目（合在一张表）.xlsx')

with open('两个项目（合在一张表）.html', 'w', encoding='utf-8') as f:
    f.write('<html><head><meta charset="utf-8"><title>自评表</title></head><body>\n<table border="1">\n')
    for row in ROWS:
        f.write('<tr>' + ''.join(f'<td>{html.escape(v)}</td>' for v in row) + '</tr>\n')
    f.write('</table></body></html>\n')
print('ok')
