# Sichuan 部门预算 form copied out of a PDF viewer (one cell a line, empty cells gone), with a page break in the MIDDLE of the indicator table:
#  sichuan-pdf-zizhu.txt      page footer + the indicator header repeated on page 2, between two rows
#  sichuan-pdf-zizhu-row.txt  the page break falls inside a row (between 完成值 and 权重), no repeated header
def rows(brk):
    r = [
 ['报表编号:510000_0013zp'], ['部门预算项目支出绩效自评表'], ['(2023年度)'],
 ['项目名称', '51000023R000000045003-学生资助补助经费'], ['主管部门', '某县教育局'], ['实施单位', '(盖章)', '某县学生资助管理中心'],
 ['项目基本情况'], ['1.项目年度目标完成情况'], ['项目年度目标', '年度目标完成情况'],
 ['资助家庭经济困难学生1200人次,防止因贫辍学。', '资助1260人次,无因贫辍学。'],
 ['2.项目实施内容及过程概述'],
 ['预算执行情况(10分)'], ['年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '原因'],
 ['总额', '400.00', '360.00', '342.00', '95.00%', '10', '9.5', '年中调减40万元,因受助学生人数减少。'],
 ['1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.'],
 ['其中:财政资金', '400.00', '360.00', '342.00', '95.00%', '/', '/'],
 ['财政专户管理资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
 ['单位资金', '0.00', '0.00', '0.00', '0.00%', '/', '/'],
 ['其他资金', '/', '/'],
 ['绩效指标(90分)'], ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'],
 ['产出指标', '数量指标', '资助学生人数', '≥', '1200', '人次', '1260', '20', '20'],
 ['质量指标', '资助资金发放准确率', '=', '100', '%', '100', '15', '15'],
 ['时效指标', '资金发放及时率', '≥', '95', '%', '90', 'BRK', '10', '9.47', '秋季学期部分资金发放延迟。'],
 ['成本指标', '生均资助标准', '≤', '3000', '元', '2850', '10', '10'],
 ['效益指标', '社会效益指标', '家庭经济困难学生辍学率', '≤', '1', '%', '0.5', '15', '15'],
 ['可持续影响指标', '资助政策知晓率', '≥', '90', '%', '96', '10', '10'],
 ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥', '90', '%', '88', '10', '9.78', '部分学生对资助标准有意见。'],
 ['合计', '100', '98.75'],
 ['评价结论', '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)'],
 ['项目负责人:', '财务负责人:'], ['第 2 页,共 2 页']]
    out = []
    for row in r:
        for c in row:
            if c == 'BRK':
                if brk == 'row': out += ['第 1 页,共 2 页']
                continue
            out.append(c)
        if brk == 'hdr' and row[0] == '时效指标':
            out += ['第 1 页,共 2 页', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析']
    return '\n'.join(out) + '\n'
open('sichuan-pdf-zizhu.txt', 'w').write(rows('hdr'))
open('sichuan-pdf-zizhu-row.txt', 'w').write(rows('row'))
open('/tmp/tester/sc-nobreak.txt', 'w').write(rows('none'))
# never self-scored: every 得分 cell empty (so gone in the PDF copy), 合计 得分 empty too; same page break + repeated header
def unscored(text):
    out, skip = [], set()
    lines = text.split('\n')
    for i, l in enumerate(lines):
        out.append(l)
    return '\n'.join(out)
t = rows('hdr')
for a, b in [('\n10\n9.5\n', '\n10\n'), ('\n20\n20\n', '\n20\n'), ('\n100\n15\n15\n', '\n100\n15\n'), ('\n10\n9.47\n', '\n10\n'),
             ('2850\n10\n10\n', '2850\n10\n'), ('0.5\n15\n15\n', '0.5\n15\n'), ('96\n10\n10\n', '96\n10\n'), ('88\n10\n9.78\n', '88\n10\n'), ('合计\n100\n98.75', '合计\n100')]:
    assert a in t, a
    t = t.replace(a, b, 1)
open('sichuan-pdf-zizhu-unscored.txt', 'w').write(t)
# the PDF's page header (report number) printed again at the top of page 2, and a reason cell cut by the page break
open('sichuan-pdf-zizhu-pagehdr.txt', 'w').write(rows('hdr').replace('第 1 页,共 2 页\n', '第 1 页,共 2 页\n报表编号:510000_0013zp\n', 1))
open('sichuan-pdf-zizhu-reasoncut.txt', 'w').write(rows('row').replace('第 1 页,共 2 页\n10\n9.47\n秋季学期部分资金发放延迟。', '10\n9.47\n秋季学期部分资金\n第 1 页,共 2 页\n发放延迟。'))
