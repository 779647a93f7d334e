# Hunan 县级专项资金绩效目标自评表, other column order: 全年完成值 before 年度指标值, funds 执行数 before 预算数; as `|` lines and tab text.
rows = [
 ['2022年度县级专项资金绩效目标自评表'],
 ['专项资金名称', '农村公益性公墓建设', '负责人及电话', '王强 0734-5523456'],
 ['县级主管部门', '某县民政局', '实施单位', '某县殡葬管理所'],
 ['项目资金(万元)', '全年执行数(B)', '全年预算数(A)', '执行率(B/A)'],
 ['年度资金总额', '76', '80', '95%'],
 ['其中:中央、省、市补助县级资金', '57', '60', '95%'],
 ['其他资金', '19', '20', '95%'],
 ['年度总体目标', '年初设定目标', '全年实际完成情况'],
 ['', '建设农村公益性公墓4处,规范殡葬管理。', '建成4处,均已投入使用。'],
 ['绩效指标', '一级指标', '二级指标', '三级指标', '全年完成值', '年度指标值', '未完成原因和改进措施'],
 ['', '产出指标', '数量指标', '新建公墓数量', '4处', '≥4处', ''],
 ['', '', '质量指标', '工程验收合格率', '100%', '100%', ''],
 ['', '', '时效指标', '完工时间', '2022年11月', '2022年10月底前', '雨季停工'],
 ['', '', '成本指标', '单个公墓建设成本', '19万元', '≤20万元', ''],
 ['', '效益指标', '社会效益指标', '乱埋乱葬发生数', '3起', '0起', '加强巡查'],
 ['', '', '生态效益指标', '绿化覆盖率', '45%', '≥40%', ''],
 ['', '', '可持续影响指标', '公墓管护机制', '健全', '健全', ''],
 ['', '满意度指标', '服务对象满意度指标', '群众满意度', '88%', '≥90%', '宣传不到位'],
 ['说明', '无'],
]
# realistic copies: one cell a line (Word/web copy, empty cells dropped) and Excel's tab copy (every row 7 cells)
open('hunan-para-gongmu.txt', 'w').write('\n'.join(c for r in rows for c in r if c) + '\n')
W = 7
open('hunan-excel-gongmu.tsv', 'w').write(''.join('\t'.join((r + [''] * W)[:W]) + '\n' for r in rows))
# the same as a workbook (merged 绩效指标 column A11:A18, level-1 labels merged down)
import openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '自评表'
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r, 1):
        if v: ws.cell(i, j, v)
ws.merge_cells('A1:G1'); ws.merge_cells('A10:A18'); ws.merge_cells('B11:B14'); ws.merge_cells('B15:B17')
ws.cell(10, 1, '绩效指标')
wb.save('hunan-gongmu.xlsx')
