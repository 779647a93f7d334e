# Hebei (central-2016) 附件1 项目支出绩效自评表 as a Word .docx: title as paragraphs above the table, merged cells, self-scores 未填,
# a 偏差原因 cell in two paragraphs. python3 make_hebei_docx.py -> hebei-gongshui.docx (+ hebei-gongshui-scored.docx: self-scores filled)
# Hand-worked (central-2016): 171/180 = 95% -> 9.5 -> 10; 18/20*20 = 18 + 10 + 10 + 10 (171 <= 180) + n/a + 15 (3.2 >= 3) + 9 (基本达成 band [60,80) lower: 9)
#   + 10 = 82; total 92 (no grade: central-2016 has none; unscored form). Scored copy: reported = computed except 可持续 11 (in band, kept) -> 94.
import docx, sys
exec(open('tpl_layout.py').read())
def form(scored):
    s = (lambda v: v) if scored else (lambda v: '未填')
    return dict(title='（2022年度）', name='城乡供水一体化工程', dept='某县水利局', unit='某县供水公司',
      funds=[('年度资金总额', 200, 180, 171, 10, '95%', s(10)), ('其中：当年财政拨款', 200, 180, 171, None, None, None),
             ('上年结转资金', None, None, None, None, None, None), ('其他资金', None, None, None, None, None, None)],
      goal=('新建供水管网20公里，实现城乡供水一体化。', '年中调减预算20万元；建成管网18公里，其余2公里结转下年。'),
      ind=[('产出指标', '数量指标', '指标1：新建供水管网长度', '≥20公里', '18公里', 20, s(18), '受征地影响，2公里管网推迟至2023年施工。\n下一步加快征地协调。'),
           (None, '质量指标', '指标1：出厂水水质合格率', '≥95%', '98%', 10, s(10), None),
           (None, '时效指标', '指标1：工程完工时间', '2022年12月底前', '2022年11月', 10, s(10), None),
           (None, '成本指标', '指标1：工程总成本', '≤180万元', '171万元', 10, s(10), None),
           ('效益指标', '经济效益指标', '指标1：本项目不涉及', None, None, None, None, None),
           (None, '社会效益指标', '指标1：受益人口', '≥3万人', '3.2万人', 15, s(15), None),
           (None, '可持续影响指标', '指标1：长效运行机制', '健全', '基本达成', 15, s(11), '管护经费未落实。'),
           ('满意度指标', '服务对象满意度指标', '指标1：受益群众满意度', '≥90%', '93%', 10, s(10), None)],
      total=(100, s(94)))
def write(f, path):
    cells, merges, pct, nxt = layout(f, -1)   # rows -1, 0 = title rows, dropped (title goes above as paragraphs)
    nrows = nxt - 1
    d = docx.Document()
    for p in ['附件1', '项目支出绩效自评表', f['title']]: d.add_paragraph(p)
    t = d.add_table(rows=nrows, cols=10); t.style = 'Table Grid'
    for (r, c), v in cells.items():
        if r >= 1: t.cell(r - 1, c - 1).text = str(v)
    for (r1, c1, r2, c2) in merges:
        if r1 < 1: continue
        keep = t.cell(r1 - 1, c1 - 1).text
        mc = t.cell(r1 - 1, c1 - 1).merge(t.cell(r2 - 1, c2 - 1))
        for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
        mc.paragraphs[0].text = ''
        for k, line in enumerate(keep.split('\n')):
            (mc.paragraphs[0] if k == 0 else mc.add_paragraph()).text = line
    d.add_paragraph('注：1.一级指标分值统一设置为产出指标50分、效益指标30分、满意度指标10分、预算执行率10分。')
    d.save(path)
write(form(False), 'hebei-gongshui.docx')
write(form(True), 'hebei-gongshui-scored.docx')
