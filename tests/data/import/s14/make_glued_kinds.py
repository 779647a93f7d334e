"""Makes the s14 glued inputs with titles of different kinds from s10/anhui-glued-2024.txt:
glued-project-then-dept.txt (a 部门（单位）整体支出绩效自评表 glued right after the project form's
total, as a document-sharing preview of a department's whole 自评 document shows them) and
glued-two-standard.txt (the project form twice, the second renamed). Run from this folder."""

PROJECT = open("../s10/anhui-glued-2024.txt", encoding="utf-8").read().replace("\n", "")
DEPT = (
    "部门（单位）整体支出绩效自评表（2023年度）部门（单位）名称某县民政局年度预算申请（万元）"
    "年初预算数全年预算数全年执行数分值执行率得分年度资金总额1,2001,2501,1801094.4%9.44"
    "按收入性质分：一般公共预算1,1001,1501,090--按支出性质分：项目支出900950900--"
    "年度总体目标预期目标实际完成情况保障城乡困难群众基本生活，做好养老、儿童福利和社会事务管理。完成"
    "年度绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
    "产出指标数量指标指标1:发放城乡低保金人次≥12万人次12.3万人次2020"
    "质量指标指标1:低保对象认定准确率≥98%99%1515时效指标指标1:救助资金按月发放率100%100%1515"
    "效益指标社会效益指标指标1:困难群众基本生活有效保障有效保障3030"
    "满意度指标服务对象满意度指标指标1:救助对象满意度≥90%93%1010总分10099.44"
)
with open("glued-project-then-dept.txt", "w", encoding="utf-8") as f:
    f.write(PROJECT + DEPT + "\n")
with open("glued-two-standard.txt", "w", encoding="utf-8") as f:
    f.write(PROJECT + PROJECT.replace("乡镇污水处理设施运维", "农村生活垃圾转运") + "\n")
