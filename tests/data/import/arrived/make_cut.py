"""Writes the cut-row variants of #15 F1 (s5 user test): the same cut — a form whose text ends
inside an indicator row under labels merged from the row above — in every text shape.

- `flat-cut-row.txt`: `para-cut-row.txt` (the tester's Hebei-style paragraph form, copied
  unchanged from /tmp/tester/made/s5/hebei-para-xiaoshe.txt) flattened onto one line: its
  paragraphs joined with spaces, empty cells dropped;
- `tab-cut-row.txt`: `browser-copy.txt` up to its first indicator row (points 10, score 9.5)
  and a second 数量指标 row cut after its target, as a browser copies it (merged labels left
  out);
- `seed-cut-row.txt`: the same rows as the seed's `|` text (a cell a line, rows between
  padding runs);
- `html-cut-row.html`: `../template-page.html` cut the same way (数量指标 merged over two rows,
  the second row's `<tr>` holding level 3 and target only, then the page ends).

Run from this folder: `python3 make_cut.py`.
"""

import re

src = open("para-cut-row.txt", encoding="utf-8").read()
cells = [p.replace("\n", "").strip() for p in re.split(r"\n\s*\n", src)]
open("flat-cut-row.txt", "w", encoding="utf-8").write(" ".join(c for c in cells if c) + "\n")

rows = []
for line in open("browser-copy.txt", encoding="utf-8").read().split("\n"):
    if line.startswith("产出指标\t数量指标"):
        rows.append(line.replace("\t20\t19\t", "\t10\t9.5\t"))
        break
    rows.append(line)
rows.append("指标2:资助新增人数\t≥100人")
open("tab-cut-row.txt", "w", encoding="utf-8").write("\n".join(rows) + "\n")

out = []
for row in rows:
    cells = row.split("\t")
    while cells and cells[-1] == "":
        cells.pop()
    out.extend(c + " |" if c else "|" for c in cells)
    out.append("|||||")
open("seed-cut-row.txt", "w", encoding="utf-8").write("\n".join(out[:-1]) + "\n")

page = open("../template-page.html", encoding="utf-8").read()
head = page[: page.rfind("<tr>", 0, page.find("<td>质量指标</td>"))]
head = head.replace("<td>数量指标</td>", '<td rowspan="2">数量指标</td>')
head = head.replace("<td>20</td>\n    <td>19</td>", "<td>10</td>\n    <td>9.5</td>")
tail = "<tr>\n    <td>指标2:资助新增人数</td>\n    <td>≥100人</td>\n  </tr>\n</table></body></html>\n"
open("html-cut-row.html", "w", encoding="utf-8").write(head + tail)
