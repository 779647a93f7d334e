"""Writes the repeated-header variants of #15 F3 (s5 user test): 表1 of the standard template
with its indicators header row (`绩效指标 一级指标 二级指标 三级指标 年度指标值 …`) repeated
before its last indicator rows, as a table continued after a page break shows it.

- `xlsx-repeated-header.xlsx`: `../standard-template-example.xlsx` with the header row (row 12)
  copied in before row 17 (openpyxl);
- `excel-copy-repeated-header.tsv`, `browser-copy-repeated-header.txt`: `excel-copy.tsv` /
  `browser-copy.txt` with their header line repeated before the 效益指标 row;
- `page-repeated-header.html`: `../template-page.html` with its header `<tr>` repeated likewise;
- `flat-repeated-header.txt`: the cells of `browser-copy-repeated-header.txt` on one line.

`docx-split-hdr.docx` (the same in a Word document: 表1 split over two tables, the second
starting with the header row) is the tester's, written by `make_docx_s5.py`.
Under anhui-2023 表1 still scores 95.8 / 优 (表2 94.76 / 优). Run from this folder.
"""

import copy

import openpyxl

book = openpyxl.load_workbook("../standard-template-example.xlsx")
ws = book["表1"]
header = [ws.cell(12, c).value for c in range(1, ws.max_column + 1)]
merges = [m for m in ws.merged_cells.ranges]
for m in merges:
    ws.unmerge_cells(str(m))
ws.insert_rows(17)
for c, v in enumerate(header, start=1):
    ws.cell(17, c).value = v
for m in merges:
    m = copy.copy(m)
    if m.min_row >= 17:
        m.shift(0, 1)
    elif m.max_row >= 17:
        # A region crossing the insert (the 绩效指标 label, 效益指标) grows by a row.
        m.expand(down=1)
    ws.merge_cells(str(m))
book.save("xlsx-repeated-header.xlsx")


def repeat_line(src, dst, before):
    lines = open(src, encoding="utf-8", newline="").read().split("\n")
    head = next(l for l in lines if l.startswith("绩效指标\t") or "\t一级指标\t" in l)
    at = next(i for i, l in enumerate(lines) if l.split("\t")[0:2].count(before) or before in l.split("\t")[:2])
    lines.insert(at, head)
    open(dst, "w", encoding="utf-8", newline="").write("\n".join(lines))


repeat_line("excel-copy.tsv", "excel-copy-repeated-header.tsv", "效益指标")
repeat_line("browser-copy.txt", "browser-copy-repeated-header.txt", "效益指标")

page = open("../template-page.html", encoding="utf-8").read()
start = page.rfind("<tr>", 0, page.find("<td>一级指标</td>"))
end = page.find("</tr>", start) + len("</tr>")
# The label 绩效指标 merged down the side now spans the repeated row too.
header_row = page[start:end].replace('<td rowspan="8">绩效指标</td>', "")
at = page.rfind("<tr>", 0, page.find("效益指标"))
page = page[:at] + header_row + "\n  " + page[at:]
page = page.replace('<td rowspan="8">绩效指标</td>', '<td rowspan="9">绩效指标</td>')
open("page-repeated-header.html", "w", encoding="utf-8").write(page)

cells = []
for line in open("browser-copy-repeated-header.txt", encoding="utf-8").read().split("\n"):
    cells += [c for c in line.rstrip("\r").split("\t") if c]
open("flat-repeated-header.txt", "w", encoding="utf-8").write(" ".join(cells) + "\n")
