# Anhui one-line form (anhui-flat-2024 frame) with qualitative rows worded as offices word them, each met by hand (full points):
#   `明显改善`/`明显改善`, `良好`/`良好`, `≥95%`/`达标`, `按期完成`/`已按期完成`, `有效提升`/`有效提升`, `提高`/`有所提高`, `规范`/`规范`,
#   `及时`/`及时`, `2024年底前`/`2024年11月完成`, `无`/`0起`.  Hand-worked (anhui-2023): 9 + 90 = 99 / 优. python3 make_anhui_qual.py -> anhui-flat-2024-qual.txt
rows = [('产出指标(50分)', '数量指标', '覆盖村组', '全覆盖', '全覆盖', 10, 10),
        (None, '质量指标', '出水水质', '≥95%', '达标', 10, 10),
        (None, None, '运维管理', '规范', '规范', 5, 5),
        (None, '时效指标', '运维任务', '按期完成', '已按期完成', 5, 5),
        (None, None, '问题处置', '及时', '及时', 5, 5),
        (None, None, '设备更新', '2024年底前', '2024年11月完成', 5, 5),
        (None, '成本指标', '安全生产事故', '无', '0起', 10, 10),
        ('效益指标(30分)', '社会效益指标', '农村人居环境', '明显改善', '明显改善', 10, 10),
        (None, None, '群众环保意识', '提高', '有所提高', 5, 5),
        (None, '可持续影响指标', '运维长效机制', '有效提升', '有效提升', 15, 15),
        ('满意度指标(10分)', '服务对象满意度指标', '群众满意度', '良好', '良好', 10, 10)]
assert sum(r[5] for r in rows) == 90
s = open('anhui-flat-2024.txt').read()
head, rest = s.split('偏差原因分析及改进措施 ', 1)
body = ' '.join(' '.join(str(x) for x in r if x is not None) for r in rows)
open('anhui-flat-2024-qual.txt', 'w').write(head + '偏差原因分析及改进措施 ' + body + ' 总分 100 99\n')
