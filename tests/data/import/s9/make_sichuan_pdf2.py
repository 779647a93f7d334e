# Sichuan 部门预算项目支出绩效自评表 (2024年度) copied from a PDF (one cell a line), built from s8/make_sichuan_pdf.py's form with other shapes:
#  budget cut 1,200 -> 1,000 (调减), 850 spent = 85% (below 90%: the 原因 cell explains), page 2 starts with the report's title, year and 报表编号 repeated
#  (as some PDF exports print them on every page) and NO repeated indicator header; page footer `- 1 -`.
# python3 make_sichuan_pdf2.py -> sichuan-pdf-tiaojian.txt (scored), sichuan-pdf-tiaojian-unscored.txt (every 得分 missing)
# Hand-worked (sichuan-2023): 850/1000 = 85% -> 8.5; indicators as s8 = 87.15 -> 95.65 / 优; unscored: 95.65, no grade.
src = open('../s8/make_sichuan_pdf.py').read().split("open('sichuan-pdf-gonglu.txt'")[0]
src = src.replace("['总额', '1,500.00', '1,680.00', '1,596.00', '95.00%', '10'] + s('9.5') + ['年中追加180万元用于水毁路段抢修。']",
                  "['总额', '1,200.00', '1,000.00', '850.00', '85.00%', '10'] + s('8.5') + ['年中调减200万元；部分桥梁因汛期推迟施工，执行率未达90%。']")
src = src.replace("['其中:财政资金', '1,500.00', '1,680.00', '1,596.00', '95.00%', '/', '/']", "['其中:财政资金', '1,200.00', '1,000.00', '850.00', '85.00%', '/', '/']")
src = src.replace("['第 1 页,共 2 页'] + hdr,", "['- 1 -', '报表编号:510000_0013zp', '部门预算项目支出绩效自评表', '(2024年度)'],")
src = src.replace("['第 2 页,共 2 页']", "['- 2 -']")
src = src.replace("['合计', '100'] + s('96.65')", "['合计', '100'] + s('95.65')")
g = {}; exec(src, g)
open('sichuan-pdf-tiaojian.txt', 'w').write(g['rows'](True))
open('sichuan-pdf-tiaojian-unscored.txt', 'w').write(g['rows'](False))
