# Qualitative target/actual pairs as counties write them (one-line anhui-a1 frame), each 5 points, self-score 5 (all met in plain Chinese).
# python3 make_anhui_words3.py -> anhui-words3.txt. Hand-worked (anhui-2023): every row 达成 -> 5; total 10 + 18*5 = 100.
P = [('全覆盖', '全覆盖'), ('全覆盖', '已全覆盖'), ('健全', '已健全'), ('效果明显', '效果明显'), ('明显提升', '明显提升'),
     ('有效提升', '有效提升'), ('明显改善', '明显改善'), ('良好', '良好'), ('较好', '较好'), ('稳步提升', '稳步提升'),
     ('合格', '合格'), ('正常运行', '正常运行'), ('长期', '长期'), ('持续发挥效益', '持续发挥效益'), ('逐步提升', '明显提升'),
     ('提高', '显著提高'), ('规范', '已规范'), ('达到国家标准', '达到国家标准')]
exec(open('make_anhui.py').read().split("open('anhui-a1.txt'")[0])
R = []
for i, (t, a) in enumerate(P):
    l1 = '产出指标(50分)' if i == 0 else '效益指标(30分)' if i == 10 else '满意度指标(10分)' if i == 16 else None
    l2 = '质量指标' if i == 0 else '社会效益指标' if i == 10 else '服务对象满意度指标' if i == 16 else None
    R.append((l1, l2, f'指标{i+1}:{t}情况', t, a, 5, 5))
open('anhui-words3.txt', 'w').write(form('用语测试项目（定性）', R, F1, '总分 100 100') + '\n')
