#!/usr/bin/env python3
"""Builds the s18 Word-text fixtures (session 18, engineer wordtext) from ../template.docx (the
two forms of standard-template-example.xlsx as Word tables).

word-plain-*.txt: what Word writes when a document is saved as 纯文本 (Plain Text, .txt):
each table row one line, its cells parted by tabs; a cell merged down leaves an empty cell in
each row under it, a cell merged across is one cell; a paragraph mark inside a cell ends the
line, so a cell of two paragraphs breaks its row over two lines (the text after the mark opens
the second line and the row's remaining cells follow it). Lines end CR LF.

  word-plain.txt        both forms, no cell of two paragraphs (95.8 / 优, 94.76 / 优)
  word-plain-broken.txt form 1 with a two-paragraph 项目名称 (`城乡居民医保` / `参保补助项目`),
                        a two-paragraph 三级指标 (`指标1:资助参保人数` / `(含特困人员)`) and a
                        two-paragraph 偏差原因 on 困难群众参保率; form 2 with a two-paragraph
                        偏差原因 on 年接待读者人次. Scores as word-plain.txt.

Run from this folder: python3 make_word_text.py  (needs python-docx)
"""
from docx import Document
from docx.oxml.ns import qn

BREAKS = {
    1: {
        "城乡居民医保参保补助项目": ["城乡居民医保", "参保补助项目"],
        "指标1:资助参保人数": ["指标1:资助参保人数", "(含特困人员)"],
    },
    2: {},
}
# 偏差原因 cells filled in two paragraphs, by the 三级指标 of their row.
REASONS = {
    1: {"指标1:困难群众参保率": ["部分外出务工人员未及时参保;", "下一步加强宣传动员。"]},
    2: {"指标1:年接待读者人次": ["馆舍维修闭馆两个月;", "下一步延长开放时间。"]},
}


def cell_paragraphs(tc):
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]


def is_continued(tc):
    pr = tc.find(qn("w:tcPr"))
    if pr is None:
        return False
    vm = pr.find(qn("w:vMerge"))
    return vm is not None and vm.get(qn("w:val")) in (None, "continue")


def table_lines(tbl, form, broken):
    out = []
    for tr in tbl.iter(qn("w:tr")):
        cells = []
        for tc in tr.findall(qn("w:tc")):
            paras = [] if is_continued(tc) else cell_paragraphs(tc)
            text = "\n".join(paras) if paras else ""
            cells.append(text)
        if broken:
            name = next((c for c in cells if c.startswith("指标1:")), None)
            if name in REASONS[form]:
                cells[-1] = "\n".join(REASONS[form][name])
            cells = ["\n".join(BREAKS[form].get(c, [c])) for c in cells]
        out.append("\t".join(cells))
    return out


def write(name, broken):
    doc = Document("../template.docx")
    lines, form = [], 0
    body = doc.element.body
    for el in body:
        if el.tag == qn("w:p"):
            text = "".join(t.text or "" for t in el.iter(qn("w:t")))
            if "自评表" in text:
                form += 1
            lines.append(text)
        elif el.tag == qn("w:tbl"):
            if form == 0:
                form = 1
            first = "".join(t.text or "" for t in el.iter(qn("w:t")))
            if first.startswith("项目支出绩效自评表") and lines and "自评表" not in lines[-1]:
                form += 1
            lines.extend(table_lines(el, max(form, 1), broken))
    text = "\r\n".join(l.replace("\n", "\r\n") for l in lines) + "\r\n"
    with open(name, "w", encoding="utf-8", newline="") as f:
        f.write(text)


write("word-plain.txt", False)
write("word-plain-broken.txt", True)
