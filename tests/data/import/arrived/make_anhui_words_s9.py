# Anhui one-line form (anhui-flat-2024.txt's frame) whose indicators are worded as departments word them (see rows below):
#   安全生产事故 target `无` actual `无` 5/5 (met: none wanted, none happened — NOT "not applicable"); 是否按期完工 `是`/`是` 5/5;
#   群众投诉次数 `≤3次`/`0次` 10/10 (reverse with actual 0: met, full); 设备故障率 `≤2%`/`0` 5/5; 成本 `≤6万元`/`6.2万元` 5/4.84 (6/6.2*5).
# Hand-worked (anhui-2023): 9 + (10+5+5+5+5+5+4.84+10 = 49.84) + (15+15) + 9.78 = 98.62 / 优. python3 make_anhui_words.py -> anhui-flat-2024-words.txt
rows = [('产出指标(50分)', '数量指标', '运维站点数量', '≥12座', '12座', 10, 10),
        (None, '质量指标', '出水水质达标率', '≥95%', '96%', 5, 5),
        (None, None, '设备故障率', '≤2%', '0', 5, 5),
        (None, None, '安全生产事故', '无', '无', 5, 5),
        (None, '时效指标', '是否按期完工', '是', '是', 5, 5),
        (None, None, '问题整改时限', '≤48小时', '24小时', 5, 5),
        (None, '成本指标', '单站年运维成本', '≤6万元', '6.2万元', 5, 4.84),
        (None, None, '群众投诉次数', '≤3次', '0次', 10, 10),
        ('效益指标(30分)', '社会效益指标', '服务人口', '≥1.2万人', '1.25万人', 15, 15),
        (None, '可持续影响指标', '设施正常运行年限', '≥10年', '10年', 15, 15),
        ('满意度指标(10分)', '服务对象满意度指标', '周边群众满意度', '≥90%', '88%', 10, 9.78)]
assert sum(r[5] for r in rows) == 90
tot = round(9 + sum(r[6] for r in rows), 2)
s = open('anhui-flat-2024.txt').read()
head, rest = s.split('偏差原因分析及改进措施 ', 1)
body = ' '.join(' '.join(str(x) for x in r if x is not None) for r in rows)
open('anhui-flat-2024-words.txt', 'w').write(head + '偏差原因分析及改进措施 ' + body + f' 总分 100 {tot} 注:1.一级指标分值统一设置为:产出指标50分。\n')
print(tot)
