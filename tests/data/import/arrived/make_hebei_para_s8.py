# hebei-gongshui (make_hebei_docx.py, self-scores 未填) copied out of Word as text: one cell per paragraph, blank line between paragraphs, an empty cell = an
# empty paragraph, the 偏差原因 cell's two paragraphs as two paragraphs. python3 make_hebei_para.py -> hebei-para-gongshui.txt (expected 92, as the .docx)
src = open('make_hebei_docx_s8.py').read().split("write(form(False)")[0]
g = {}; exec(src, g)
cells, merges, pct, nxt = g['layout'](g['form'](False), -1)
covered = set()
for (r1, c1, r2, c2) in merges:
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            if (r, c) != (r1, c1): covered.add((r, c))
paras = ['河北省某县水利局2022年度项目支出绩效自评情况公开', '附件1', '项目支出绩效自评表', '（2022年度）']
for r in range(1, nxt):
    for c in range(1, 11):
        if (r, c) in covered: continue
        v = cells.get((r, c))
        paras += str(v).split('\n') if v is not None else ['']
open('hebei-para-gongshui.txt', 'w').write('\n\n'.join(paras) + '\n')
