# A variant of the s15f tester's forms (engineer formsread), as a web page: the indicators part opens
# with a section row `绩效指标（90分）` merged across the table above a two-row header whose
# `偏差原因分析及改进措施` spans `原因分析 | 改进措施`; the funds block has no 年度资金总额 row
# (`其中：本年财政拨款 100 100 80`, `其他资金 0 100 100`); a report table with a `合计` row follows the form.
# Run: python3 make_variant.py  (writes v-label-twoheader-nototal-report.html)
B = ' style="border:1px solid #000"'
def td(text, colspan=1, rowspan=1):
    a = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f"<td{a}{B}>{text}</td>"
def tr(*cells): return "<tr>" + "".join(cells) + "</tr>"
rows = [
    tr(td("项目支出绩效自评表", 9)),
    tr(td("（2023年度）", 9)),
    tr(td("项目名称", 2), td("职业技能培训补助", 7)),
    tr(td("主管部门", 2), td("某县人力资源和社会保障局", 3), td("实施单位", 2), td("某县就业服务中心", 2)),
    tr(td("项目资金（万元）", 2, 3), td("&nbsp;"), td("年初预算数"), td("全年预算数"), td("全年执行数"), td("分值"), td("执行率"), td("得分")),
    tr(td("其中：本年财政拨款"), td("100"), td("100"), td("80"), td("10", 1, 2), td("90%", 1, 2), td("9", 1, 2)),
    tr(td("其他资金"), td("0"), td("100"), td("100")),
    tr(td("年度总体目标", 1, 2), td("预期目标", 4), td("实际完成情况", 4)),
    tr(td("培训100人，合格率90%以上。", 4), td("培训95人，合格率92%。", 4)),
    tr(td("绩效指标（90分）", 9)),
    tr(td("一级指标", 1, 2), td("二级指标", 1, 2), td("三级指标", 1, 2), td("年度指标值", 1, 2), td("实际完成值", 1, 2),
       td("分值", 1, 2), td("得分", 1, 2), td("偏差原因分析及改进措施", 2)),
    tr(td("原因分析"), td("改进措施")),
    tr(td("产出指标", 1, 3), td("数量指标"), td("培训人数"), td("≥100人"), td("95人"), td("20"), td("19"), td("部分学员因病缺课"), td("加强考勤管理")),
    tr(td("质量指标"), td("培训合格率"), td("≥90%"), td("92%"), td("20"), td("20"), td("&nbsp;"), td("&nbsp;")),
    tr(td("成本指标"), td("培训总成本"), td("≤50万元"), td("48万元"), td("10"), td("10"), td("&nbsp;"), td("&nbsp;")),
    tr(td("效益指标"), td("社会效益指标"), td("培训后就业率"), td("≥80%"), td("84%"), td("30"), td("30"), td("&nbsp;"), td("&nbsp;")),
    tr(td("满意度指标"), td("服务对象满意度指标"), td("学员满意度"), td("≥90%"), td("95%"), td("10"), td("10"), td("&nbsp;"), td("&nbsp;")),
    tr(td("总分", 5), td("100"), td("98"), td("&nbsp;", 2)),
]
report = [
    tr(td("资金来源"), td("预算数"), td("执行数"), td("执行率")),
    tr(td("财政拨款"), td("100"), td("80"), td("80%")),
    tr(td("合计"), td("200"), td("180"), td("90%")),
]
page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>职业技能培训补助项目绩效自评</title></head>
<body>
<table border="1" cellspacing="0">
{chr(10).join(rows)}
</table>
<p>二、项目支出绩效自评报告</p>
<p>表1  项目资金使用情况（单位：万元）</p>
<table border="1" cellspacing="0">
{chr(10).join(report)}
</table>
<p>（三）自评结论：项目完成较好。</p>
</body></html>
"""
open("v-label-twoheader-nototal-report.html", "w", encoding="utf-8").write(page)
