# A page saved from a county government site: page layout in nested tables (the forms sit in a <td> of an outer layout table),
# header cells as <th>, empty cells `&nbsp;`, numbers padded with `&nbsp;`, the title in <caption>, <thead>/<tbody>, a 附件 list table first,
# then two forms (anhui-2023). python3 make_html_gov.py -> gov-th-nested.html
# Form 1 = habits.xlsx's form (make_habits.py): 96.37 / 优 (90% -> 9). Form 2 = the anhui-flat-2024 form (make_anhui_glued.py), total row written 合计:
#   98.3 / 优 (88% -> 9).
exec(open('tpl_layout.py').read())
g = {}; exec(open('make_habits.py').read().split('wb = openpyxl')[0].replace('import openpyxl', ''), g)
F1 = g['form']('农村公路提质改造')
F2 = dict(title='（2024年度）', name='乡镇污水处理设施运维', dept='某县生态环境分局', unit='某县污水处理运营中心',
  funds=[('年度资金总额:', 80, 95, 83.6, 10, '88%', 9), ('其中:本年财政拨款', 80, 95, 83.6, None, None, None), ('上年结转资金', None, None, None, None, None, None), ('其他资金', None, None, None, None, None, None)],
  goal=('保障12座乡镇污水处理站稳定运行。', '年中追加15万元，12座站点全部正常运行。'),
  ind=[('产出指标(50分)', '数量指标', '运维站点数量', '≥12座', '12座', 15, 15, None),
       (None, '质量指标', '出水水质达标率', '≥95%', '96%', 10, 10, None),
       (None, '时效指标', '问题整改时限', '≤48小时', '24小时', 10, 10, None),
       (None, '成本指标', '单站年运维成本', '≤6万元', '6.2万元', 15, 14.52, '药剂价格上涨，下步加强询价比价'),
       ('效益指标(30分)', '经济效益指标', '带动就业', '不适用', '—', '—', '—', None),
       (None, '社会效益指标', '服务人口', '≥1.2万人', '1.25万人', 15, 15, None),
       (None, '可持续影响指标', '设施正常运行年限', '≥10年', '10年', 15, 15, None),
       ('满意度指标(10分)', '服务对象满意度指标', '周边群众满意度', '≥90%', '88%', 10, 9.78, '部分群众反映异味，下步加强除臭')],
  total=(100, 98.3))
HEAD = {'项目名称', '主管部门', '实施单位', '项目资金(万元)', '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', '年度总体目标',
        '预期目标', '实际完成情况', '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施', '总分', '合计'}
def table(f, heji=False):
    cells, merges, pct, nxt = layout(f, 1)
    covered, spans = set(), {}
    for (r1, c1, r2, c2) in merges:
        spans[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1): covered.add((r, c))
    out = [f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="100%"><caption><b>{cells[(1, 1)]}</b><br>{cells[(2, 1)]}</caption><tbody>']
    for r in range(3, nxt):
        out.append('<tr>')
        for c in range(1, 11):
            if (r, c) in covered: continue
            v = cells.get((r, c))
            rs, cs = spans.get((r, c), (1, 1))
            a = (f' rowspan="{rs}"' if rs > 1 else '') + (f' colspan="{cs}"' if cs > 1 else '')
            if v == '总分' and heji: v = '合计'
            tag = 'th' if v in HEAD else 'td'
            txt = '&nbsp;' if v is None else (f'&nbsp;{v}&nbsp;' if isinstance(v, (int, float)) else str(v))
            out.append(f'<{tag}{a}>{txt}</{tag}>')
        out.append('</tr>')
    out.append('</tbody></table>')
    return ''.join(out)
page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>某县2024年度部门项目支出绩效自评结果公开_某县人民政府</title></head><body>
<table width="100%" class="layout"><tr><td><img src="logo.png"> 某县人民政府 &nbsp;|&nbsp; 首页 &gt; 政务公开 &gt; 财政信息</td></tr>
<tr><td><table width="1000" align="center"><tr><td class="article">
<h1>某县2024年度部门项目支出绩效自评结果公开</h1><p>发布时间：2025-05-08&nbsp;&nbsp;来源：某县财政局&nbsp;&nbsp;浏览：356</p>
<table border="1"><tr><th>序号</th><th>附件名称</th></tr><tr><td>1</td><td>农村公路提质改造项目支出绩效自评表</td></tr><tr><td>2</td><td>乡镇污水处理设施运维项目支出绩效自评表</td></tr></table>
<p>附件1</p>{table(F1)}
<p>&nbsp;</p><p>附件2</p>{table(F2, heji=True)}
<p>注：一级指标分值统一设置为产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。</p>
</td></tr></table></td></tr>
<tr><td>版权所有：某县人民政府 &nbsp; 网站标识码：3412000000 &nbsp; 皖ICP备12345678号</td></tr></table></body></html>"""
open('gov-th-nested.html', 'w').write(page)
