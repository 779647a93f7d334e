# sichuan-gonglu.xlsx's sheet as one Word table (merges kept). python3 make_sichuan_docx.py -> sichuan-gonglu.docx (expected 96.65 / 优)
import openpyxl, docx
ws = openpyxl.load_workbook('sichuan-gonglu.xlsx').active
d = docx.Document(); t = d.add_table(rows=ws.max_row, cols=10); t.style = 'Table Grid'
for row in ws.iter_rows():
    for c in row:
        if c.value is not None:
            v = c.value
            if c.number_format == '0.00%': v = f'{v*100:.2f}%'
            t.cell(c.row - 1, c.column - 1).text = str(v)
for m in ws.merged_cells.ranges:
    keep = t.cell(m.min_row - 1, m.min_col - 1).text
    mc = t.cell(m.min_row - 1, m.min_col - 1).merge(t.cell(m.max_row - 1, m.max_col - 1))
    for p in mc.paragraphs[1:]: p._element.getparent().remove(p._element)
    mc.paragraphs[0].text = keep
d.save('sichuan-gonglu.docx')
