# Form A: Guangdong-style 2022 county form (xlsx). 分值 before 年度指标值; funds split 财政拨款/其他资金
# with no 年度资金总额 row; 偏差原因分析 | 改进措施 two columns; 一级指标 "产出" without 指标; numbering 1. (1) ①.
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "自评表"
def put(cell, v): ws[cell] = v
put("A1", "项目支出绩效自评表"); ws.merge_cells("A1:I1")
put("A2", "（2022年度）"); ws.merge_cells("A2:I2")
put("A3", "项目名称"); ws.merge_cells("A3:B3"); put("C3", "农村公路养护补助资金"); ws.merge_cells("C3:I3")
put("A4", "主管部门"); ws.merge_cells("A4:B4"); put("C4", "某县交通运输局"); ws.merge_cells("C4:D4")
put("E4", "实施单位"); put("F4", "某县公路事务中心"); ws.merge_cells("F4:I4")
put("A5", "项目资金（万元）"); ws.merge_cells("A5:B7")
for c, v in zip("CDEFGHI", ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
    if v: put(c+"5", v)
put("C6", "其中：财政拨款"); put("D6", 300); put("E6", 320); put("F6", 304)
put("C7", "其他资金"); put("D7", 0); put("E7", 20); put("F7", 18)
put("G6", 10); ws.merge_cells("G6:G7")
put("H6", "94.71%"); ws.merge_cells("H6:H7")
put("I6", "9分"); ws.merge_cells("I6:I7")
put("A8", "年度总体目标"); ws.merge_cells("A8:A9")
put("B8", "预期目标"); ws.merge_cells("B8:E8"); put("F8", "实际完成情况"); ws.merge_cells("F8:I8")
put("B9", "完成全县1200公里农村公路日常养护，修复水毁路段30处，路况优良率保持在85%-90%。"); ws.merge_cells("B9:E9")
put("F9", "完成日常养护1180公里，修复水毁路段32处，优良率88%。"); ws.merge_cells("F9:I9")
hdr = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析", "改进措施"]
put("A10", "绩效指标完成情况")
for c, v in zip("ABCDEFGHI", hdr): put(c+"11", v)
rows = [
 ("产出", "数量指标", "1.养护农村公路里程", 15, "≥1200公里", "1180公里", "14.75分", "部分路段汛期无法施工", "加强计划管理，汛前完成"),
 (None, None, "2.修复水毁路段", 10, "30处", "32处", "10分", "", ""),
 (None, "质量指标", "(1)养护路段优良率", 5, "85%-90%", "88%", "5", "", ""),
 (None, None, "(2)工程验收合格率", 5, "100%", "1", "5", "", ""),
 (None, "时效指标", "①养护任务完成时间", 5, "2022年12月31日前", "2022.12", "5", "", ""),
 (None, "成本指标", "①项目总成本", 5, "≤340万元", "3220000元", "5", "", ""),
 (None, None, "②每公里养护成本", 5, "≤2700元/公里", "2650元/公里", "5", "", ""),
 ("效益", "社会效益指标", "(1)群众出行条件改善", 10, "明显改善", "较好", "8", "个别路段仍有坑槽", "纳入明年计划"),
 (None, "经济效益指标", "(1)降低群众运输成本", 5, "是", "是", "5", "", ""),
 (None, "可持续影响指标", "(1)建立长效管护机制", 10, "建立", "√", "10", "", ""),
 (None, "生态效益指标", "(1)养护作业扬尘控制达标率", 5, "≥95%", "≥95%", "5", "", ""),
 ("满意度", "服务对象满意度指标", "①沿线群众满意度", 10, "≥90%", "93", "10", "", ""),
]
r = 12
for row in rows:
    for c, v in zip("ABCDEFGHI", row):
        if v is not None and v != "": put(f"{c}{r}", v)
    r += 1
ws.merge_cells("A12:A18"); ws.merge_cells("B12:B13"); ws.merge_cells("B14:B15"); ws.merge_cells("B17:B18")
ws.merge_cells("A19:A22")
put(f"A{r}", "总分"); ws.merge_cells(f"A{r}:C{r}"); put(f"D{r}", 100); put(f"G{r}", "96.75分")
r += 1
put(f"A{r}", "填表人：张某　　联系电话：0750-1234567　　填报日期：2023年3月10日"); ws.merge_cells(f"A{r}:I{r}")
wb.save("va1-label-unmerged.xlsx")
