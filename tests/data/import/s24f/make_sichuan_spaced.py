"""Writes the Sichuan 部门预算项目支出绩效自评表 copied from a web page as text, one table row a
line, its cells parted by single spaces and its empty cells gone (a crawler's or a browser's
text of the page's table; see README.md here). Run from this folder: python3 make_sichuan_spaced.py.

- sichuan-template-spaced.txt: ../sichuan-template.txt (the `|` copy, one cell a line) as a page
  shows it: the 一级指标 产出指标 merged over its two rows (written on the first only), the
  section titles 预算执行情况(10分) and 绩效指标(90分) beside their headers.
- sichuan-gonglu-spaced.txt: ../arrived/sichuan-gonglu-browser.txt (the browser's tab copy of
  ../arrived/sichuan-gonglu.html) with each tab a space and the empty cells gone.
- sichuan-qingshen-spaced.txt: ../real/sichuan-qingshen-fgj-2023-gongzi.txt (the `|` copy of
  the real page, 完成值 and 得分 left blank) as a page shows it.
"""

TEMPLATE = """\
报表编号:510000_0099zp
部门预算项目支出绩效自评表(2023年度)
项目名称 51000021R000000020001-政务服务培训
主管部门 某县政务服务和公共资源交易服务中心 实施单位 (盖章) 某县政务服务中心
项目基本情况 1.项目年度目标完成情况
项目年度目标 年度目标完成情况
完成500人次政务服务培训,办件平均时长不超过30天。 完成450人次培训,平均办理时长35天。
预算执行情况(10分) 年度预算数(万元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因
总额 100 80 72 90.00% 10 9 年中调减预算20万元
其中:财政资金 100 80 72 90.00% / /
其他资金 / /
绩效指标(90分) 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析
产出指标 数量指标 培训人次 ≥ 500 人次 450 30 27 部分学员缺席
时效指标 平均办理时长 ≤ 30 天 35 30 25.71 系统升级延误
效益指标 社会效益指标 政策知晓率 = 100 % 100 30 30
合计 100 91.71
项目负责人: 财务负责人:
"""

QINGSHEN = """\
报表编号:510000_0013zp
部门预算项目支出绩效自评表(2023年度)
项目名称 51000021R000000019951-工资性支出
主管部门 青神县发展和改革局本级
实施单位 (盖章) 青神县发展和改革局
项目基本情况 1.项目年度目标完成情况
项目年度目标 年度目标完成情况
严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。 对照年度目标,说明相关任务目标的完成情况(100字以内)
2.项目实施内容及过程概述
预算执行情况(10分) 年度预算数(万元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因
总额 238.93 251.89 251.89 100.00% 10 1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.
其中:财政资金 238.93 251.89 251.89 100.00% / /
财政专户管理资金 0.00 0.00 0.00 0.00% / /
单位资金 0.00 0.00 0.00 0.00% / /
其他资金 / /
绩效指标(90分) 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 完成值 权重 得分 未完成原因分析
产出指标 数量指标 发放(缴纳)覆盖率 = 100 % 60
效益指标 社会效益指标 足额保障率(参保率) = 100 % 30
合计 100
评价结论 结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)
存在问题 结合自评情况,分析存在的问题及原因。(200字以内)
改进措施 针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)
项目负责人: 财务负责人:
"""


def spaced(tabbed):
    """A browser's tab copy as a crawler's text: cells parted by one space, empty cells gone."""
    lines = []
    for line in tabbed.splitlines():
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if cells:
            lines.append(" ".join(cells))
    return "\n".join(lines) + "\n"


def write(name, text):
    open(name, "w", encoding="utf-8").write(text)


write("sichuan-template-spaced.txt", TEMPLATE)
write("sichuan-qingshen-spaced.txt", QINGSHEN)
write("sichuan-gonglu-spaced.txt",
      spaced(open("../arrived/sichuan-gonglu-browser.txt", encoding="utf-8").read()))
