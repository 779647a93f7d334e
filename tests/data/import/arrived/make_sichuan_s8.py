# fix1 (s8) for #15, tester s8 F1: the Sichuan 部门预算项目支出绩效自评表 (2024, 农村公路养护) of the s8 tester's
# sichuan-gonglu.xlsx (make_sichuan_xlsx_s8.py) published as a county site's page — a <table> with rowspan/colspan
# (一级指标 over 5 and 2 rows, 数量指标 over 2, section titles `预算执行情况(10分)` and `绩效指标(90分)` on rows of
# their own, 实施单位 | (盖章) | unit), page text around it — and the sheet copied out of Excel as tab text with the rate
# cells written as bare fractions (`0.95`, as a dump without cell formats gives).
# and the page's table copied out of a browser (a line a row, the cells a merged cell covers left out).
# python3 make_sichuan_s8.py -> sichuan-gonglu.html, sichuan-gonglu-bare-rate.tsv, sichuan-gonglu-browser.txt
# Hand-worked (sichuan-2023): 532/560 = 95% -> 9.5; 20 + 7.5 + 9.65 + 10 + 10 + 10 + 10 + 10 = 87.15; 96.65 / 优.
rows = [
    [('部门预算项目支出绩效自评表', 10, 1)],
    [('(2024年度)', 10, 1)],
    [('项目名称', 1, 1), ('51000024R000000031007-农村公路养护', 9, 1)],
    [('主管部门', 1, 1), ('某县交通运输局', 9, 1)],
    [('实施单位', 1, 1), ('(盖章)', 1, 1), ('某县农村公路管理所', 8, 1)],
    [('项目基本情况', 10, 1)],
    [('1.项目年度目标完成情况', 10, 1)],
    [('项目年度目标', 5, 1), ('年度目标完成情况', 5, 1)],
    [('完成农村公路养护320公里,改造危桥4座。', 5, 1), ('养护330公里,改造危桥3座。', 5, 1)],
    [('2.项目实施内容及过程概述', 10, 1)],
    [('预算执行情况(10分)', 10, 1)],
    [(t, 1, 1) for t in ['年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分']] + [('原因', 3, 1)],
    [(t, 1, 1) for t in ['总额', '500.00', '560.00', '532.00', '95.00%', '10', '9.5']] + [('年中追加60万元用于水毁路段抢修。', 3, 1)],
    [('1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.', 10, 1)],
    [(t, 1, 1) for t in ['其中:财政资金', '500.00', '560.00', '532.00', '95.00%', '/', '/']] + [('', 3, 1)],
    [(t, 1, 1) for t in ['财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/']] + [('', 3, 1)],
    [(t, 1, 1) for t in ['单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/']] + [('', 3, 1)],
    [(t, 1, 1) for t in ['其他资金', '', '', '', '', '/', '/']] + [('', 3, 1)],
    [('绩效指标(90分)', 10, 1)],
    [(t, 1, 1) for t in ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析']],
    [('产出指标', 1, 5), ('数量指标', 1, 2)] + [(t, 1, 1) for t in ['养护公路里程', '≥', '320', '公里', '330', '20', '20', '']],
    [(t, 1, 1) for t in ['危桥改造座数', '=', '4', '座', '3', '10', '7.5', '1座因汛期推迟至次年。']],
    [(t, 1, 1) for t in ['质量指标', '路面技术状况优良率', '≥', '85', '%', '82', '10', '9.65', '部分路段重载车辆多。']],
    [(t, 1, 1) for t in ['时效指标', '养护任务完成及时率', '≥', '95', '%', '100', '10', '10', '']],
    [(t, 1, 1) for t in ['成本指标', '每公里养护成本', '≤', '1.6', '万元', '1.55', '10', '10', '']],
    [('效益指标', 1, 2)] + [(t, 1, 1) for t in ['社会效益指标', '农村公路列养率', '=', '100', '%', '100', '10', '10', '']],
    [(t, 1, 1) for t in ['可持续影响指标', '养护管理制度覆盖率', '≥', '90', '%', '95', '10', '10', '']],
    [(t, 1, 1) for t in ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥', '90', '%', '91', '10', '10', '']],
    [('合计', 7, 1), ('100', 1, 1), ('96.65', 1, 1), ('', 1, 1)],
    [('评价结论', 1, 1), ('项目完成情况较好。', 9, 1)],
    [('项目负责人:', 5, 1), ('财务负责人:', 5, 1)],
]
def cell(t, cs, rs):
    a = (f' colspan="{cs}"' if cs > 1 else '') + (f' rowspan="{rs}"' if rs > 1 else '')
    return f'<td{a}><p><span>{t}</span></p></td>'
body = '\n'.join('<tr>' + ''.join(cell(*c) for c in r) + '</tr>' for r in rows)
page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某县交通运输局2024年度部门预算项目支出绩效自评结果公开</title></head>
<body>
<div class="nav">首页 &gt; 政务公开 &gt; 财政预决算</div>
<h2>某县交通运输局2024年度部门预算项目支出绩效自评结果公开</h2>
<p>发布时间：2025-06-18　来源：某县交通运输局</p>
<p style="text-align:right">报表编号:510000_0013zp</p>
<table border="1" cellspacing="0">
{body}
</table>
<p>主办单位：某县人民政府办公室　网站标识码：5100000000</p>
</body></html>
'''
open('sichuan-gonglu.html', 'w', encoding='utf-8').write(page)
tab = open('sichuan-gonglu-tab.txt', encoding='utf-8').read()
open('sichuan-gonglu-bare-rate.tsv', 'w', encoding='utf-8').write(tab.replace('95.00%', '0.95').replace('\t0.00%\t', '\t0\t'))
open('sichuan-gonglu-browser.txt', 'w', encoding='utf-8').write(''.join('\t'.join(t for t, _, _ in r) + '\n' for r in rows))
