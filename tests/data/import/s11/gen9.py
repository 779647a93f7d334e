import openpyxl, zipfile, re, shutil
from mk import form
FUNDS = [('年度资金总额:', 500, 480, 456, 10, None, None),
         ('其中:本年财政拨款', 500, 480, 456, '-', None, '-')]
INDS = [('产出指标', '数量指标', '指标1：危桥改造数量', '≥12座', 11, 20, None, '部分桥梁因汛期推迟开工'),
        (None, '质量指标', '指标1：工程验收合格率', '100%', '100%', 10, 10, None),
        (None, '时效指标', '指标1：完工时间', '2023年11月底前', '2023年11月', 10, 10, None),
        (None, '成本指标', '指标1：每座桥改造成本(万元)', 40, 41.5, 10, None, '钢材价格上涨'),
        ('效益指标', '社会效益指标', '指标1：通行安全', '有效提升', '达成预期指标', 20, 20, None),
        (None, '可持续影响指标', '指标1：桥梁设计使用年限', '≥30年', '30年', 10, 10, None),
        ('满意度指标', '服务对象满意度指标', '指标1：沿线群众满意度', '≥90%', '93%', 10, 10, None)]
wb = openpyxl.Workbook(); ws = wb.active; ws.title = '表1'
form(ws, 1, '项目支出绩效自评表', '(2023年度)', '农村公路危桥改造项目', '某县交通运输局', '某县农村公路管理所', FUNDS, ('完成12座危桥改造', '基本完成'), INDS, (100, None))
cached = {}
ws['H6'] = '=F6/E6'; ws['H6'].number_format = '0.00%'; cached['H6'] = 456/480
ws['I6'] = '=G6*H6'; ws['I6'].number_format = '0'; cached['I6'] = 456/480*10
ws['H11'] = '=F11/12*G11'; ws['H11'].number_format = '0.00'; cached['H11'] = 11/12*20
ws['H14'] = '=E14/F14*G14'; ws['H14'].number_format = '0.00'; cached['H14'] = 40/41.5*10
ws['H18'] = '=SUM(H11:H17)+I6'; ws['H18'].number_format = '0.00'
cached['H18'] = cached['H11'] + 10 + 10 + cached['H14'] + 20 + 10 + 10 + cached['I6']
wb.save('tmp.xlsx')
z = zipfile.ZipFile('tmp.xlsx'); out = zipfile.ZipFile('j1-formula-cached.xlsx', 'w', zipfile.ZIP_DEFLATED)
for item in z.infolist():
    data = z.read(item.filename)
    if item.filename == 'xl/worksheets/sheet1.xml':
        s = data.decode()
        for ref, v in cached.items():
            s, n = re.subn(r'(<c r="%s"[^>]*>)(<f>.*?</f>)(<v\s*/>|<v></v>)?' % ref, lambda m: m.group(1) + m.group(2) + '<v>%r</v>' % v, s)
            assert n == 1, ref
        data = s.encode()
    out.writestr(item, data)
out.close()
print(cached)
