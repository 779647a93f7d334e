# s8's Sichuan form (sichuan-gonglu-unscored.xlsx: 权重 column, every 得分 blank) as a Word .docx split over two tables at a page break after the
# 质量指标 row, a paragraph `部门预算项目支出绩效自评表（续）` between; -rephdr: table 2 starts with the indicator header again.
# python3 make_sichuan_docx_split.py -> sichuan-docx-split.docx, sichuan-docx-split-rephdr.docx. Hand-worked (s8): 96.65, no grade (unscored).
import openpyxl, docx
from docx.enum.text import WD_BREAK
ws = openpyxl.load_workbook('../s8/sichuan-gonglu-unscored.xlsx').active
CUT = 25          # first sheet row of table 2 (时效指标)
def val(c):
    v = c.value
    if v is None: return ''
    if c.number_format == '0.00%': return f'{v*100:.2f}%'
    return str(v)
def build(rephdr, path):
    d = docx.Document()
    parts = [(1, CUT - 1, []), (CUT, ws.max_row, [21] if rephdr else [])]
    for k, (a, b, pre) in enumerate(parts):
        if k == 1:
            p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
            d.add_paragraph('部门预算项目支出绩效自评表（续）')
        rows = pre + list(range(a, b + 1))
        idx = {r: i for i, r in enumerate(rows)}
        t = d.add_table(rows=len(rows), cols=10); t.style = 'Table Grid'
        for r in rows:
            for c in range(1, 11):
                s = val(ws.cell(r, c))
                if s: t.cell(idx[r], c - 1).text = s
        for m in ws.merged_cells.ranges:
            r1, r2 = max(m.min_row, a), min(m.max_row, b)
            if r1 > r2 or (r1 == r2 and m.min_col == m.max_col): continue
            keep = t.cell(idx[r1], m.min_col - 1).text
            mc = t.cell(idx[r1], m.min_col - 1).merge(t.cell(idx[r2], m.max_col - 1))
            for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
            mc.paragraphs[0].text = keep if m.min_row >= a else ''
    d.save(path)
build(False, 'sichuan-docx-split.docx'); build(True, 'sichuan-docx-split-rephdr.docx')
