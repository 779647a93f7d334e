# 表1 split over two Word tables by a page break (expected 95.8 / 优), then 表2 as one table (94.76)
import openpyxl, docx, sys
from docx.enum.text import WD_BREAK
src = openpyxl.load_workbook('/work/shared/templates/standard-template-example.xlsx')
def txt(v):
    if v is None: return ''
    if isinstance(v, float) and v.is_integer(): return str(int(v))
    return str(v)

def table(d, ws, r0, r1, extra_header=None):
    rows = list(range(r0, r1 + 1))
    if extra_header: rows = [extra_header] + rows
    t = d.add_table(rows=len(rows), cols=10); t.style = 'Table Grid'
    idx = {r: i for i, r in enumerate(rows)}
    for r in rows:
        for c in range(1, 11):
            v = ws.cell(r, c).value
            if v is not None: t.cell(idx[r], c - 1).text = txt(v)
    for m in ws.merged_cells.ranges:
        a, b = max(m.min_row, r0), min(m.max_row, r1)
        if a > b or m.min_row < 3: continue
        if (a, m.min_col) == (b, m.max_col): continue
        keep = txt(ws.cell(m.min_row, m.min_col).value) if a == m.min_row else ''
        mc = t.cell(idx[a], m.min_col - 1).merge(t.cell(idx[b], m.max_col - 1))
        for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
        mc.paragraphs[0].text = keep
    if extra_header:
        for m in ws.merged_cells.ranges:
            if m.min_row == extra_header and m.max_col > m.min_col:
                mc = t.cell(0, m.min_col - 1).merge(t.cell(0, m.max_col - 1))
                for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
                mc.paragraphs[0].text = txt(ws.cell(m.min_row, m.min_col).value)
    return t

def build(path, repeat_header):
    d = docx.Document()
    d.add_paragraph('附件3')
    ws = src['表1']
    d.add_paragraph('项目支出绩效自评表'); d.add_paragraph('(2023年度)')
    table(d, ws, 3, 16)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    table(d, ws, 17, 20, extra_header=12 if repeat_header else None)
    d.add_paragraph('注:1.一级指标包含产出指标、效益指标和满意度指标。')
    d.add_page_break()
    ws = src['表2']
    d.add_paragraph('项目支出绩效自评表'); d.add_paragraph('(2023年度)')
    table(d, ws, 3, 21)
    d.save(path)
build('docx-split.docx', False)
build('docx-split-hdr.docx', True)
