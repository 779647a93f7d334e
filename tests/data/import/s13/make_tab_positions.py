# Positions of other text around Excel's tab copy (N2 follow-up), derived from the s12b tester's
# h1v-words-excel-tab.txt (gen1.py). Form 1 as the tester's; form 2 the same with another
# project name and 受益人口 actual 3.2万人 (15 points earned, total 86 = self).
src = open('../s12b/h1v-words-excel-tab.txt', encoding='utf-8', newline='').read()
lines = src.split('\r\n')[:-1]
assert len(lines) == 20
f1 = lines
f2 = [l.replace('饮水工程维修养护项目(满分写法)', '饮水工程维修养护项目(第二批)').replace('2.7万人', '3.2万人') for l in lines]
def w(name, ls):
    open(name, 'w', encoding='utf-8', newline='').write('\r\n'.join(ls) + '\r\n')
pad = lambda s: s + '\t' * 9
w('tab-between-table2.txt', f1 + ['表2：'] + f2)
w('tab-between-table2-padded.txt', f1 + [pad('表2：')] + f2)
w('tab-between-dept.txt', ['某县水利局报送（2024年5月20日微信群）'] + f1 + ['', '某县水利局（第二个项目）', ''] + f2)
w('tab-after-signature.txt', f1 + ['填表人：张三\t联系电话：0554-1234567\t填报日期：2024年3月1日'])
w('tab-after-signature-padded.txt', f1 + ['填表人：张三\t\t\t联系电话：0554-1234567\t\t\t填报日期：2024年3月1日\t\t\t'])
w('tab-after-note.txt', f1 + ['', '填表人：张三    联系电话：0554-1234567', '说明：1.本表由项目单位填报，主管部门审核；2.得分按四舍五入保留一位小数。'])
w('tab-between-and-after.txt', ['某县水利局报送'] + f1 + ['表2：'] + f2 + ['填表人：张三\t联系电话：0554-1234567'])
