# Hunan 县级专项资金绩效目标自评表 (no 分值/得分 columns) as a Word table with merged cells, title as paragraphs above,
# a 填表人 table after.  python3 make_hunan_docx.py -> hunan-nongji.docx
import docx
rows = [
 ['专项资金名称', '农机购置补贴', '', '', '', '', ''],
 ['县级主管部门', '某县农业农村局', '', '', '实施单位', '某县农机事务中心', ''],
 ['项目资金（万元）', '', '年初预算数', '全年预算数（A）', '全年执行数（B）', '执行率（B/A）', ''],
 ['', '年度资金总额', '300', '320', '304', '95%', ''],
 ['', '其中：中央、省、市补助县级资金', '240', '260', '247', '95%', ''],
 ['', '县级安排资金', '60', '60', '57', '95%', ''],
 ['年度总体目标', '年初设定目标', '', '', '全年实际完成情况', '', ''],
 ['', '补贴农机具500台，提高农业机械化水平。', '', '', '补贴520台，全县农机化水平提高2个百分点。', '', ''],
 ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'],
 ['', '产出指标', '数量指标', '补贴机具数量', '≥500台', '520台', ''],
 ['', '', '质量指标', '补贴机具合格率', '100%', '100%', ''],
 ['', '', '时效指标', '补贴资金兑付时间', '2021年12月底前', '2021年12月', ''],
 ['', '', '成本指标', '单台补贴标准', '≤3万元', '2.6万元', ''],
 ['', '效益指标', '经济效益指标', '带动农民增收', '≥1000万元', '980万元', '部分机具年底才投入作业'],
 ['', '', '社会效益指标', '农业机械化水平', '提高', '提高', ''],
 ['', '', '生态效益指标', '秸秆综合利用', '不适用', '无', ''],
 ['', '', '可持续影响指标', '农机社会化服务能力', '持续提升', '持续提升', ''],
 ['', '满意度指标', '服务对象满意度指标', '受益农户满意度', '≥95%', '96%', ''],
]
merges = [((0,1),(0,6)), ((1,1),(1,3)), ((1,5),(1,6)), ((2,0),(5,0)), ((6,0),(7,0)), ((6,1),(6,3)), ((6,4),(6,6)), ((7,1),(7,3)), ((7,4),(7,6)),
          ((8,0),(17,0)), ((9,1),(12,1)), ((13,1),(16,1))]
d = docx.Document()
d.add_paragraph('附件3')
d.add_paragraph('2021年度县级专项资金绩效目标自评表')
d.add_paragraph('填报单位（盖章）：某县农业农村局')
t = d.add_table(rows=len(rows), cols=7); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v: t.cell(i, j).text = v
for (a, b), (c, e) in merges:
    keep = t.cell(a, b).text
    mc = t.cell(a, b).merge(t.cell(c, e))
    for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
    mc.paragraphs[0].text = keep
d.add_paragraph('')
c = d.add_table(rows=2, cols=4); c.style = 'Table Grid'
for i, v in enumerate(['填表人', '联系电话', '填报日期', '单位负责人']): c.cell(0, i).text = v
for i, v in enumerate(['刘明', '0734-5512345', '2022年3月10日', '陈刚']): c.cell(1, i).text = v
d.save('hunan-nongji.docx')
# the same form split over two Word tables by a page break after the 成本指标 row (row 12); merged cells cut in two; a 说明 row at the end
d = docx.Document()
d.add_paragraph('2021年度县级专项资金绩效目标自评表')
S = 13
t1 = d.add_table(rows=S, cols=7); t1.style = 'Table Grid'
rows2 = rows[S:] + [['说明', '无', '', '', '', '', '']]
d.add_paragraph('')
t2 = d.add_table(rows=len(rows2), cols=7); t2.style = 'Table Grid'
for i, r in enumerate(rows[:S]):
    for j, v in enumerate(r):
        if v: t1.cell(i, j).text = v
for i, r in enumerate(rows2):
    for j, v in enumerate(r):
        if v: t2.cell(i, j).text = v
m1 = [((0,1),(0,6)), ((1,1),(1,3)), ((1,5),(1,6)), ((2,0),(5,0)), ((6,0),(7,0)), ((6,1),(6,3)), ((6,4),(6,6)), ((7,1),(7,3)), ((7,4),(7,6)), ((8,0),(12,0)), ((9,1),(12,1))]
m2 = [((0,0),(4,0)), ((0,1),(3,1)), ((5,1),(5,6))]
for t, ms in ((t1, m1), (t2, m2)):
    for (a, b), (c, e) in ms:
        keep = t.cell(a, b).text
        mc = t.cell(a, b).merge(t.cell(c, e))
        for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
        mc.paragraphs[0].text = keep
d.save('hunan-nongji-split.docx')
