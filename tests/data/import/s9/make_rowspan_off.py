# Written by tables (s10) for #15, tester s9 F26: the s9 user tester's gov-rowspan-off.html,
# made by hand from title-fw-two.html (their make_title_fw.py): both titles half-width
# `(2024年度)`, form 1's `<th rowspan="9">绩效指标</th>` one row too long (10: into the 总分
# row), form 2's `产出指标(50分)` cell `rowspan="4"` one too long (5: into the 效益指标 row), as
# CMS editors leave them. Under anhui-2023 96.37 and 98.3 / 优 (自评 96.37 / 98.3).
#   python3 make_rowspan_off.py -> gov-rowspan-off.html
s = open('title-fw-two.html', encoding='utf-8').read()
s = s.replace('项目支出绩效自评表（2024年度）', '项目支出绩效自评表(2024年度)')
s = s.replace('rowspan="9">绩效指标<', 'rowspan="10">绩效指标<', 1)
s = s.replace('rowspan="4">产出指标(50分)<', 'rowspan="5">产出指标(50分)<', 1)
open('gov-rowspan-off.html', 'w', encoding='utf-8').write(s)
