"""Builds the two forms of tester s24's findings (B2, C6, C7): 交通局 overstating by 9 points
(优 on its form, 良 recomputed; 满意度 78% self-scored 7.8 where the rules' script gives 0)
and 农业农村局 with a not-applicable 生态效益 row of 10 points, every other row at full
marks. The form data are the tester's (/work/tester-made/s24/gen/forms.py, forms A and D).
Run from this folder: python3 make_forms.py"""
import openpyxl
from formlib import write_form

Y = 2024
# A 交通局: new 2024 template, 成本指标 as level 1; exec 92% self-scored 9.2 (proportional); satisfaction 78% self-scored 7.8
A = dict(year=Y, project='农村公路养护补助项目', dept='阜阳市交通运输局', unit='阜阳市公路事业发展中心',
  funds=[('年度资金总额:', 500, 500, 460, 10, '92%', 9.2), ('其中:本年财政拨款', 500, 500, 460, '-', None, '-'),
         ('上年结转资金', None, None, None, '-', None, '-'), ('其他资金', None, None, None, '-', None, '-')],
  inds=[('产出指标', '数量指标', '指标1:养护农村公路里程', '≥1200公里', '1250公里', 20, 20, None),
        ('产出指标', '质量指标', '指标1:养护工程验收合格率', '≥95%', '96%', 10, 10, None),
        ('产出指标', '时效指标', '指标1:养护任务完成时间', '2024年11月底前', '2024年11月', 10, 10, None),
        ('成本指标', '经济成本指标', '指标1:每公里养护成本', '≤0.4万元', '0.37万元', 10, 10, None),
        ('效益指标', '社会效益指标', '指标1:农村公路优良中等路率', '≥80%', '82%', 15, 15, None),
        ('效益指标', '可持续影响指标', '指标1:管护长效机制', '健全', '基本完成', 15, 13, '部分乡镇管护人员不足'),
        ('满意度指标', '服务对象满意度指标', '指标1:沿线群众满意度', '≥85%', '78%', 10, 7.8, '部分路段施工影响出行')],
  total=(100, 95.0))
# D 农业局: NA indicator carrying 10 points (生态效益 本项目不涉及) -> policy: spread its points
D = dict(year=Y, project='高标准农田建设项目', dept='阜阳市农业农村局', unit='阜阳市农田建设服务中心',
  funds=[('年度资金总额:', 2000, 2000, 1700, 10, '85%', 6), ('其中:本年财政拨款', 2000, 2000, 1700, '-', None, '-'),
         ('上年结转资金', None, None, None, '-', None, '-'), ('其他资金', None, None, None, '-', None, '-')],
  inds=[('产出指标', '数量指标', '指标1:新建高标准农田面积', '≥3万亩', '3.2万亩', 20, 20, None),
        ('产出指标', '质量指标', '指标1:工程验收合格率', '100%', '100%', 10, 10, None),
        ('产出指标', '时效指标', '指标1:项目完工时间', '2024年12月底前', '2024年12月', 10, 10, None),
        ('成本指标', '经济成本指标', '指标1:亩均投资', '≤3000元', '2950元', 10, 10, None),
        ('效益指标', '经济效益指标', '指标1:亩均增产', '≥50公斤', '55公斤', 10, 10, None),
        ('效益指标', '社会效益指标', '指标1:受益农户', '≥2万户', '2.1万户', 10, 10, None),
        ('效益指标', '生态效益指标', '指标1:本项目不涉及', '/', '/', 10, '/', None),
        ('满意度指标', '服务对象满意度指标', '指标1:受益农户满意度', '≥90%', '92%', 10, 10, None)],
  total=(100, 96))

for name, f in [('交通局-单表', A), ('农业农村局-不适用', D)]:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = name.split('-')[0]
    write_form(ws, 1, f)
    wb.save(f'{name}.xlsx')
