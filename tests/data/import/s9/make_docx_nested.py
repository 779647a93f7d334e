# The Hebei form (s8/make_hebei_docx.py, self-scored: 94) as a Word table NESTED inside the single cell of an outer layout table
# -out: the title paragraphs above the outer table instead of inside its cell.
# (how some offices frame a page, and what Word makes of a form pasted from a web page). python3 make_docx_nested.py -> docx-nested.docx (expected 94)
import docx
for OUT in (False, True):
    g = {}; exec(open('make_hebei_docx.py').read().split("write(form(False)")[0], g)
    cells, merges, pct, nxt = g['layout'](g['form'](True), -1)
    d = docx.Document()
    for p in ['附件1'] + (['项目支出绩效自评表', '（2022年度）'] if OUT else []): d.add_paragraph(p)
    outer = d.add_table(rows=1, cols=1); outer.style = 'Table Grid'
    oc = outer.cell(0, 0)
    if not OUT: oc.paragraphs[0].text = '项目支出绩效自评表'; oc.add_paragraph('（2022年度）')
    t = oc.add_table(rows=nxt - 1, cols=10); t.style = 'Table Grid'
    for (r, c), v in cells.items():
        if r >= 1: t.cell(r - 1, c - 1).text = str(v)
    for (r1, c1, r2, c2) in merges:
        if r1 < 1: continue
        keep = t.cell(r1 - 1, c1 - 1).text
        mc = t.cell(r1 - 1, c1 - 1).merge(t.cell(r2 - 1, c2 - 1))
        for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
        mc.paragraphs[0].text = keep
    d.save('docx-nested-out.docx' if OUT else 'docx-nested.docx')
