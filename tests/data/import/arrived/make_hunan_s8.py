# fix1 (s8) for #15, tester s8 F2: the s8 tester's Hunan 绩效目标自评表 copied out of a PDF (hunan-pdf-renju.txt, written by
# make_hunan_pdf_s8.py) with its `县级安排资金` row retyped `本级安排资金`, and the same form flattened onto one line (the
# lines joined with spaces, as a page's text copies it; the PDF's page markers left out).
# python3 make_hunan_s8.py -> hunan-pdf-renju-benji.txt, hunan-flat-renju.txt
# Judged (hunan-2020-target) as the original: 达成, 未达成 (93% < 95%), 未达成 (2023年12月 after 11月底前), 达成, 不适用, 达成, 达成,
# 达成; funds 280/300/285 (95%), 其中 200/220/209, the county's own 80/80/76 (95%); no total, no grade.
text = open('hunan-pdf-renju.txt', encoding='utf-8').read()
open('hunan-pdf-renju-benji.txt', 'w', encoding='utf-8').write(text.replace('\n县级安排资金\n', '\n本级安排资金\n'))
open('hunan-flat-renju.txt', 'w', encoding='utf-8').write(' '.join(l for l in text.split('\n') if l and not l.startswith('第 ')) + '\n')
