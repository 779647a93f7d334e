#!/usr/bin/env python3
"""Builds sichuan-real-glued.txt (#15 item 1): the real Sichuan form of
real/sichuan-qingshen-fgj-2023-gongzi.txt (cells as `|` lines) as a document-sharing site's
preview shows such a form (compare real/hunan-hengshan-liangshi-2020-chubeiliang.txt): the
cells run together with no separator, empty cells gone, the site's title and blurb lines
before it, the text cut into page chunks numbered `1、`, `2、`, `3、` at line starts (cuts
inside a funds figure and inside an indicator name), and stray spaces inside a few cells where
the preview broke their lines (`绩 效 指 标`, `一级 指标`). It must import and score as the
tabular original (tests/main/import.rs, real_sichuan_glued_scores_as_the_tabular_form). Also
builds variants/sichuan-glued-jiaotong.txt from variants/sichuan-lines-jiaotong.txt (#15 item 3).

Run from this folder: python3 make_glued.py
"""

SPACED = {
    "绩效指标(90分)": "绩 效 指 标(90分)",
    "一级指标": "一级 指标",
    "度量单位": "度量 单位",
    "预算执行率": "预算 执行率",
    "未完成原因分析": "未完成原 因分析",
}


def glue(source_file, out_file, cuts, title, skip=0):
    """The `|` cells of `source_file` (after its first `skip` lines of page junk) glued, cut
    into page chunks after each text in `cuts` (the cut falls 3 characters into it)."""
    with open(source_file, encoding="utf-8") as f:
        source, rest = f.read().split("\n", 1)
    lines = rest.split("\n")[skip:]
    cells = [line.rstrip().removesuffix("|").strip() for line in lines]
    glued = "".join(SPACED.get(c, c) for c in cells if c)
    at = []
    for c in cuts:
        at.append(glued.index(c, at[-1] if at else 0) + 3)
    chunks = [glued[a:b] for a, b in zip([0] + at, at + [len(glued)])]
    name = title + ".docx"
    head = [
        name,
        f"《{name}》由会员分享,可在线阅读,更多相关《{name}(2页珍藏版)》请在文档分享网站上搜索。",
    ]
    body = [f"{i}、{chunk}" for i, chunk in enumerate(chunks, 1)]
    note = (
        f" — GLUED COPY of {source_file} made by make_glued.py: the cells run together as a"
        " document-sharing site's preview shows them, page-chunk markers and stray spaces added"
    )
    with open(out_file, "w", encoding="utf-8") as f:
        f.write(source + note + "\n" + "\n".join(head + body) + "\n")


# Page chunks: cut inside the 总额 row's figures and inside the second indicator's name.
glue(
    "real/sichuan-qingshen-fgj-2023-gongzi.txt",
    "sichuan-real-glued.txt",
    ["251.89100.00%", "足额保障率"],
    "部门预算项目支出绩效自评表(2023年度)",
)
# #15 item 3: another department's form, self-scored, its page junk left out of the preview.
glue(
    "variants/sichuan-lines-jiaotong.txt",
    "variants/sichuan-glued-jiaotong.txt",
    ["72.0064.80", "质量指标路面", "群众满意度"],
    "2023年度部门预算项目支出绩效自评表(农村公路日常养护)",
    skip=5,
)
# #15 items 1 and 3: a 2024 form whose 未完成原因 cells carry no closing 。: glued, each runs
# into the next row's 三级指标 (`…因汛期停工更换供水管网长度≥12…`).
glue(
    "variants/sichuan-lines-shuiwu.txt",
    "variants/sichuan-glued-shuiwu.txt",
    ["60.0057.00", "水质检测达标率", "受益群众"],
    "2024年度部门预算项目支出绩效自评表(农村饮水工程维修养护)",
    skip=3,
)
