#!/usr/bin/env python3
"""Builds template.docx and the web pages from standard-template-example.xlsx: the two forms
as Word tables, the way the standard template is most often filled, and as a government web
page publishes them (#15).

Run from this folder: python3 make_docx_html.py  (needs openpyxl, python-docx)

  form 1 (表1): the title and year as paragraphs above one table; merged cells as Word merges
                (gridSpan across, vMerge down); a cell whose text is two paragraphs
  form 2 (表2): the title inside the table (merged across), the table split in two by a page
                break before the indicators (a run of tables)

template-page.html: both forms as <table>s with rowspan/colspan inside page text (a site
header, a notice paragraph, a footer); &nbsp; in empty cells, <br> inside 项目资金<br>(万元);
the second table written as tag soup (no </td>, </tr>, unquoted attributes, upper case).
template-page-gbk.html: the same page saved as GB2312 with <meta charset="gb2312">.
"""
import html as htmlmod
import openpyxl
from docx import Document
from docx.enum.text import WD_BREAK

book = openpyxl.load_workbook("standard-template-example.xlsx")


def value(ws, r, c):
    v = ws.cell(r, c).value
    return "" if v is None else str(v)


def table(doc, ws, first, last):
    """Rows first..last of a sheet as a Word table with the sheet's merges."""
    cols = ws.max_column
    t = doc.add_table(rows=last - first + 1, cols=cols)
    t.style = "Table Grid"
    merged = set()
    for m in ws.merged_cells.ranges:
        if m.min_row < first or m.max_row > last:
            continue
        a = t.cell(m.min_row - first, m.min_col - 1)
        b = t.cell(m.max_row - first, m.max_col - 1)
        a.merge(b).text = value(ws, m.min_row, m.min_col)
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                merged.add((r, c))
    for r in range(first, last + 1):
        for c in range(1, cols + 1):
            if (r, c) not in merged:
                t.cell(r - first, c - 1).text = value(ws, r, c)
    return t


doc = Document()
s1 = book["表1"]
doc.add_paragraph(value(s1, 1, 1))
doc.add_paragraph(value(s1, 2, 1))
t1 = table(doc, s1, 3, s1.max_row)
# 项目资金(万元) written as two paragraphs in its cell, as Word users break it.
cell = t1.cell(2, 0)
cell.text = "项目资金"
cell.add_paragraph("(万元)")
doc.add_paragraph("填报说明:以上为示例。").runs[0].add_break(WD_BREAK.PAGE)

s2 = book["表2"]
table(doc, s2, 1, 11)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
table(doc, s2, 12, s2.max_row)
doc.save("template.docx")


def html_table(ws, soup=False):
    covered = {}
    for m in ws.merged_cells.ranges:
        for r in range(m.min_row, m.max_row + 1):
            for c in range(m.min_col, m.max_col + 1):
                covered[(r, c)] = (m.min_row, m.min_col) == (r, c) and m
    out = ["<TABLE border=1>" if soup else '<table border="1" cellspacing="0">']
    for r in range(1, ws.max_row + 1):
        out.append("<TR>" if soup else "  <tr>")
        for c in range(1, ws.max_column + 1):
            m = covered.get((r, c))
            if m is False:
                continue
            text = htmlmod.escape(value(ws, r, c)) or "&nbsp;"
            text = text.replace("项目资金(万元)", "项目资金<br>(万元)")
            attrs = ""
            if m:
                if m.max_row > m.min_row:
                    attrs += f" rowspan={m.max_row - m.min_row + 1}" if soup else f' rowspan="{m.max_row - m.min_row + 1}"'
                if m.max_col > m.min_col:
                    attrs += f" colspan={m.max_col - m.min_col + 1}" if soup else f' colspan="{m.max_col - m.min_col + 1}"'
            out.append(f"<TD{attrs}>{text}" if soup else f"    <td{attrs}>{text}</td>")
        if not soup:
            out.append("  </tr>")
    out.append("</TABLE>" if soup else "</table>")
    return "\n".join(out)


def page(charset):
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>项目支出绩效自评表公开</title>
<script>var x = "<table><tr><td>项目支出绩效自评表</td></tr></table>";</script></head>
<body><div class="nav">首页 &gt; 信息公开 &gt; 绩效信息</div>
<h2>某县2023年度项目支出绩效自评结果公开</h2>
<p>现将我局2023年度项目支出绩效自评情况公开如下:</p>
{html_table(book["表1"])}
<p>&nbsp;</p>
{html_table(book["表2"], soup=True)}
<div class="footer">版权所有 某县人民政府</div>
</body></html>
"""


with open("template-page.html", "w", encoding="utf-8") as f:
    f.write(page("utf-8"))
with open("template-page-gbk.html", "wb") as f:
    f.write(page("gb2312").encode("gb2312"))
