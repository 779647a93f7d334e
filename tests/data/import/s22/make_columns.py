#!/usr/bin/env python3
"""Writes yueyanglou-columns.html and yueyanglou-columns-pipe.txt: a 项目支出绩效自评表 written
for the purpose after the pattern of the 岳阳楼区 (湖南) form 05 a user-tester met (session 22,
B1): the indicators header `指标值类型 | *指标值 | 计量单位` (定量/定性 before the target, the unit
apart), level-1 labels merged down (rowspan) in the HTML. Two 时效 rows after the 裕安 form 01b
(D1): a date target met on the date (`完成时间为2023年12月30日` both sides) and a deadline missed.
Run from this folder: python3 make_columns.py
"""

HEAD = [
    ("项目名称", "价格认定业务工作经费"),
    ("主管部门", "岳阳楼区发展和改革局"),
    ("实施单位", "岳阳楼区价格认证鉴定中心"),
]
FUNDS_HEADER = ["项目资金(万元)", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"]
FUNDS = [["年度资金总额", "28.8", "28.8", "28.8", "10", "100%", "10"]]
HEADER = ["一级指标", "二级指标", "三级指标", "指标值类型", "*指标值", "计量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
# (level 1, level 2, level 3, kind, target, unit, actual, points, score, reason)
ROWS = [
    ("产出指标", "数量指标", "价格认定案件办理数量", "定量", "≥120", "件", "135", "15", "15", ""),
    ("产出指标", "质量指标", "价格认定结论采纳率", "定量", "≥95", "%", "98", "10", "10", ""),
    ("产出指标", "时效指标", "案件办结时间", "定量", "完成时间为2023年12月30日", "", "完成时间为2023年12月30日", "10", "10", ""),
    ("产出指标", "时效指标", "年度报告报送", "定量", "完成时限：2023年10月底前", "", "2023年11月", "5", "5", "报送推迟一月"),
    ("产出指标", "成本指标", "业务经费支出", "定量", "≤28.8", "万元", "28.8", "10", "10", ""),
    ("效益指标", "社会效益指标", "保证单位正常运转", "定性", "应保尽保", "", "应保尽保", "15", "15", ""),
    ("效益指标", "可持续影响指标", "价格认定工作机制", "定性", "长期有效", "", "长期有效", "15", "15", ""),
    ("满意度指标", "服务对象满意度指标", "办案机关满意度", "定量", "≥90", "%", "96", "10", "10", ""),
]
TOTAL = ["总分", "100", "100"]
WIDTH = 11


def pipe(cells):
    cells = list(cells) + [""] * (WIDTH - len(cells))
    return "| " + " | ".join(cells) + " |"


def text():
    out = [pipe(["说明：written for the purpose after the pattern of 岳阳楼区 (湖南) form 05 (tester s22 B1, D1): the header 指标值类型, 指标值, 计量单位"])]
    out.append(pipe(["项目支出绩效自评表"]))
    out.append(pipe(["(2023年度)"]))
    for label, value in HEAD:
        out.append(pipe([label, value]))
    out.append(pipe(FUNDS_HEADER))
    for row in FUNDS:
        out.append(pipe(row))
    out.append(pipe(["绩效指标"] + HEADER))
    for row in ROWS:
        out.append(pipe([""] + list(row)))
    out.append(pipe([TOTAL[0], "", "", "", "", "", "", "", TOTAL[1], TOTAL[2]]))
    return "\n".join(out) + "\n"


def html():
    td = lambda t, extra="": f"<td{extra}>{t}</td>"
    rows = [f"<tr>{td('项目支出绩效自评表', ' colspan=10')}</tr>", f"<tr>{td('(2023年度)', ' colspan=10')}</tr>"]
    for label, value in HEAD:
        rows.append(f"<tr>{td(label)}{td(value, ' colspan=9')}</tr>")
    rows.append("<tr>" + "".join(td(c) for c in FUNDS_HEADER) + td("", " colspan=3") + "</tr>")
    for row in FUNDS:
        rows.append("<tr>" + "".join(td(c) for c in row) + td("", " colspan=3") + "</tr>")
    rows.append(f"<tr>{td('绩效指标', ' colspan=10')}</tr>")
    rows.append("<tr>" + "".join(td(c) for c in HEADER) + "</tr>")
    spans = {}
    for row in ROWS:
        spans[row[0]] = spans.get(row[0], 0) + 1
    seen = set()
    for row in ROWS:
        cells = ""
        if row[0] not in seen:
            seen.add(row[0])
            cells += td(row[0], f" rowspan={spans[row[0]]}")
        cells += "".join(td(c) for c in row[1:])
        rows.append(f"<tr>{cells}</tr>")
    rows.append(f"<tr>{td(TOTAL[0], ' colspan=7')}{td(TOTAL[1])}{td(TOTAL[2])}{td('')}</tr>")
    body = "\n".join(rows)
    return (
        "<!-- written for the purpose after the pattern of 岳阳楼区 (湖南) form 05 (tester s22 B1, D1); "
        "made by make_columns.py -->\n"
        "<html><head><meta charset=\"utf-8\"><title>项目支出绩效自评表</title></head><body>\n"
        f"<table border=1>\n{body}\n</table>\n</body></html>\n"
    )


if __name__ == "__main__":
    with open("yueyanglou-columns-pipe.txt", "w", encoding="utf-8") as f:
        f.write(text())
    with open("yueyanglou-columns.html", "w", encoding="utf-8") as f:
        f.write(html())
