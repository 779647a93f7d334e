# 读写文件，以及命令写了什么、做不到什么：LoadError 和命令在标准错误输出上的提示（#16）。

## 读写文件（LoadError）：先写路径，再写原因。
load-cannot-read = 无法读取“{ $path }”：{ $reason }
load-cannot-write = 无法写入“{ $path }”：{ $reason }
load-too-large = 文件大小为 { $size } MB，超过规则、案卷和脚本文件 { $limit } MB 的上限（一张表的案卷文件只有几 KB）：请拆分为每张表一个案卷文件
load-not-utf8 = { $gbk ->
        [yes] 文件是 GBK/GB18030 编码的文字（中文 Windows 软件常用的编码），不是 UTF-8
       *[no] 文件不是 UTF-8 编码的文字
    }（第一个不符合的字节在第 { $line } 行第 { $column } 列）；规则和案卷文件必须是 UTF-8 编码：请另存为 UTF-8（记事本：另存为 → 编码 UTF-8；WPS 或 VS Code：以 UTF-8 编码保存）
load-writer-failed = 写文件的线程出错
io-not-found = 文件或文件夹不存在（系统错误 { $code }）
io-permission-denied = 没有访问权限（系统错误 { $code }）：请检查文件或文件夹的权限
io-is-a-directory = 这是一个文件夹，不是文件（系统错误 { $code }）
io-not-a-directory = 路径中有一段不是文件夹（系统错误 { $code }）
io-read-only = 文件系统是只读的（系统错误 { $code }）
io-storage-full = 磁盘空间已满（系统错误 { $code }）
io-already-exists = 文件已存在（系统错误 { $code }）
io-other = { $os }

## 命令在标准错误输出上的提示。
output-failed = 错误：{ $message }
output-no-thread = 错误：无法启动线程：{ $error }
accept-recovered = 已完成上次被中断的认可：{ $count } 个已认可结果文件已更新
accept-leftover-removed = 已删除上次认可中断时留下的“{ $path }”
output-cannot-write = 无法写入{ $target }：{ $reason }
# 写报告的线程意外中止（程序缺陷，请报告）。
output-writer-failed = jixiao 中写报告的部分意外中止，没有写出结果（请把所用命令报告给维护者）
output-the-output = 输出
output-path = “{ $path }”
output-wrote = 已写入“{ $path }”
output-needs-out = “--format { $format }”输出的是文件：请用“--out 文件名”指定写到哪里
output-expectation-not-met = 预期结果未满足：{ $problem }
export-not-a-case = “{ $path }”不是案卷文件：{ $error }
export-cannot-build = 无法生成工作簿：{ $error }
export-done = 已将 { $forms } 张表导出到“{ $path }”
generate-more-not-written = ……另有 { $count } 个文件未写入
generate-done = 已生成 { $forms } 张表（种子 { $seed }），写入“{ $path }”
watch-cannot-handle-ctrl-c = 无法处理 Ctrl-C：{ $error }
watch-once-forms = “{ $path }”下有 { $count } 个自评表文件，但没有案卷文件（.toml）：`watch` 只对案卷文件评分。直接评分用 `jixiao score { $path }`；要监视，先用 `jixiao import { $path } --out 目录` 写出案卷文件，再监视那个目录
watch-cannot-watch-files = 无法监视文件：{ $error }
watch-watching = 正在监视文件；按 Ctrl-C 停止
watch-lost = { $place }无法读取（已删除或移走？）：仍在监视，它恢复后会重新读取
watch-lost-a-directory = 一个被监视的文件夹
watch-cannot-watch-dir = 无法监视“{ $path }”：{ $error }
regress-corpus-empty = 案卷集“{ $corpus }”中没有案卷
regress-nothing-accepted-errors = 未认可任何结果：请先修正上面的错误
regress-nothing-accepted = 未认可任何结果
regress-accepted-wrote = 已认可：写入“{ $path }”
regress-kept-snapshot = 已保存所认可的规则集：“{ $path }”
regress-accept-replaced = 已替换 { $id } 以前的认可（{ $date } { $by }：计算总分 { $total }，说明“{ $note }”）：旧记录保留在该案卷的认可历史中，用 `jixiao regress --history` 查看
regress-accept-replaced-more = 另有 { $count } 张表以前的认可也移入了各自的认可历史
regress-accept-edited-rules = 注意：{ $count } 张表按认可以来已修改的规则集 { $rules }（哈希 { $old } → { $new }）认可，今后以修改后的规则为准；若修改有误，请改回规则后重新认可
accepted-file-header =
    案卷批次“{ $corpus }”的已认可结果，每张表一节（[cases."案卷名"]）。
    由 `jixiao regress --accept` 写入，请勿手工修改；`jixiao regress --history` 列出以前各次认可。
    各项：project 项目名称；rules、rules_hash 评分所用的规则集及其哈希；case_hash 认可时案卷文件的哈希；
    total 计算总分（n/a：表上没有分值）；reported_total 表上填报的总分；partial = true：总分只是部分之和（表不完整、有指标无法计分或预算执行得分未知），不评等级；
    grade 等级；execution 预算执行得分（unknown：无法计算）；accepted_by、accepted_on、note 认可人、认可日期（UTC）、说明；
    findings 发现的问题（“代码 @ 所在行”，# 后是问题名称）；indicators 各指标得分（n/a：不适用；unknown：无法计分）；
    history 以前各次认可（最早的在前）：认可人、日期、说明、规则集、哈希、计算总分、等级。
check-dry-run-first-cases = 脚本只对“{ $path }”下 { $cases } 个案卷中的前 { $first } 个试运行
score-no-cases = “{ $path }”下没有案卷文件（.toml）或自评表文件：没有可评分的表
score-by-needs-summary = “--by department”会增加一张汇总表，而“--format { $format }”只输出逐行记录：请改用“--format table”、“json”、“html”或“xlsx”
score-sheets-needs-xlsx = “--sheets”用于选择 xlsx 报告中每张表的工作表，对“--format { $format }”不起作用
score-sheets-left-out = 共 { $forms } 张表，超过 { $limit } 张，工作簿中只有汇总工作表（汇总、部门汇总、发现明细）；如需每张表一个工作表，请加“--sheets all”
