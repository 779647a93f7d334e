# 命令行：--help 说明、标签和提示。

## --help 的标题（英文用 clap 自带的，无需翻译；为使两种语言的编号一致，英文也列出）

cli-heading-usage = 用法
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-heading-commands = 命令
cli-help-flag = 显示帮助（-h 显示摘要）
cli-version-flag = 显示版本

## --help：每个命令（“-about”）和参数一条，编号由命令路径和参数名组成。

help-jixiao-about = 绩效自评复核引擎：按评分规则复核《项目支出绩效自评表》
help-jixiao-error-format = 规则文件、案卷文件问题提示的显示方式
help-jixiao-lang = 消息和报告的语言：zh（中文，默认）或 en（英文）。也可用环境变量 JIXIAO_LANG 设置
help-score-about = 为案卷文件评分（默认：`cases/` 下的全部案卷，各按其指定的规则）
help-score-paths = 案卷文件或其所在目录（默认：`cases`）；也可以是 `import` 能读取的自评表文件（文字、`.xlsx`、`.xls`、`.docx`、`.html`）或存放这些文件的文件夹，在内存中导入后直接评分，不写案卷文件（须指定 `--rules DIR`）
help-score-rules = 所有案卷都按此规则目录评分，而不按各案卷指定的规则
help-score-rules-root = 按编号查找规则的目录
help-score-format = 输出格式
help-score-explain = 显示每张表的各项指标及每个数字的计算过程（表格和 JSON）；也可写 `--trace`
help-score-check-expect = 案卷结果与其 `[expect]` 表不一致时失败（退出码 1）
help-score-out = 将结果写入此文件而不是输出到屏幕（`xlsx` 和 `html` 格式必须指定）
help-score-points = 按谁的分值评分：`form`，按表上填写的分值（复核自评表）；`rules`，按规则的一级指标权重和预算执行率分值，分摊到各级指标
help-score-force = `--out` 文件已存在时覆盖
help-import-about = 将自评表转换为案卷文件：Excel 工作簿（.xlsx、.xls）、Word 文档（.docx、.doc）、网页（.html），以及文字——每段一个单元格、整张表在一行、各格连在一起的文字、以制表符分隔的复制文字、原始 `|` 分隔文字稿
help-import-file = 含自评表的文件：`.xlsx` 或 `.xls` 工作簿、Excel 的 XML 电子表格（`.xml`，2003 格式）、`.docx` 或 `.doc`（Word 97–2003）文档、`.html` 网页、Word 或 Excel 另存的单个文件网页（`.mht`）、保存下来的电子邮件（`.eml`：读取其附件或正文）、`.csv` 文件，或文字——以制表符分隔的复制表格、每行写成 `| a | b |` 或 `a | b` 的表格（Markdown 表格、制表符换成 `|` 的复制表格；全角 `｜` 也可）、原始文字稿格式（每个 `|` 结束一个单元格）、整张表压成一行的文字、各格连在一起没有分隔的文字、每段一个单元格的文字。按内容识别，不看文件名。PDF 不能直接导入：先用 WPS 或 Word 转成 .docx 或 .xlsx（复制 PDF 中的文字读不对）。也可以是存放这些文件的文件夹：逐个导入
help-import-out = 每张表写成一个案卷文件，写入此目录
help-import-rules = 写入每个案卷文件的规则集（`[form] rules`）：`--rules-root` 下的规则集编号，或规则集文件夹（写入文件夹名，即规则集编号）
help-import-rules-root = 按编号查找规则集的目录：`--rules` 所写的编号须在其中，否则写规则集文件夹
help-import-force = 覆盖已存在的案卷文件
help-export-about = 将案卷文件写成 xlsx 工作簿中的自评表工作表（`import` 可读的版式）
help-export-paths = 案卷文件或其所在目录（默认：`cases`）
help-export-out = 要写入的工作簿
help-export-force = `--out` 文件已存在时覆盖
help-check-about = 检查规则和案卷文件，列出全部问题
help-check-paths = 规则目录、规则文件、案卷文件或案卷目录（默认：`rules/` 下的全部规则和 `cases/` 下的全部案卷）
help-check-rules-root = 案卷按编号指定的规则所在目录（每个案卷都与其规则交叉核对）
help-check-cases = 试运行规则脚本所用的案卷（默认：`cases`，如存在）
help-check-against = 同时按此规则（`--rules-root` 下的编号或目录）和每套被检查的规则为这些案卷评分，并说明有多少结果会变动
help-gen-about = 生成一批确定的、仿真的案卷文件（用于性能测试和测试）
help-gen-count = 生成多少张表
help-gen-seed = 随机种子：种子相同，生成的文件相同
help-gen-rules = 写入每个案卷的规则编号
help-gen-out = 写入的目录（不存在则创建）。已存在且内容不同的文件保持不动并提示，除非指定 `--force`
help-gen-force = 覆盖已存在且内容不同的文件
help-regress-about = 重新评分往年各批案卷并与已认可的结果比较；复核后认可新结果（`--accept --note`）；报告规则覆盖情况（`--coverage`）
help-regress-corpora = 案卷批次：`--cases` 下的子目录名，或目录（默认：全部）
help-regress-cases = 各批案卷所在目录
help-regress-rules = 所有案卷都按此规则目录评分，而不按认可时的规则（用新规则试算往年）
help-regress-rules-root = 按编号查找规则的目录；已认可的结果在 `<id>/accepted/` 中
help-regress-format = 输出格式
help-regress-accept = 显示差异后认可指定案卷的新结果（编号、文件名或 `corpus/id`；默认：所有有变化的案卷）。须同时指定 `--note`
help-regress-note = 新结果为何正确（与结果一并记录）
help-regress-by = 认可人（默认：`$USER`，否则为 `unknown`）
help-regress-coverage = 报告各批案卷用到了哪些规则（权重、档次、公式、预算执行、取整、等级），哪些从未用到
help-regress-min-coverage = 某套规则的覆盖率低于此百分比时失败（退出码 1；隐含 `--coverage`）
help-regress-history = 同时按年度列出认可过多次的表：以前每次认可（日期、认可人、说明、计算总分、等级、规则集及哈希）和最近一次
help-regress-points = 按谁的分值评分：`form`，按表上填写的分值（复核自评表）；`rules`，按规则的一级指标权重和预算执行率分值，分摊到各级指标
help-diff-about = 按两套规则为同一批案卷评分：哪些结果变了，是哪条规则的变化引起的
help-diff-from = 规则 A（调整前）：规则目录下的编号或目录
help-diff-to = 规则 B（调整后）：规则目录下的编号或目录
help-diff-paths = 案卷文件或其所在目录（默认：`cases`）
help-diff-rules-root = 按编号查找规则的目录
help-diff-format = 输出格式
help-diff-out = 将报告写入此文件而不是输出到屏幕（`html` 格式必须指定）
help-diff-points = 按谁的分值评分：`form`，按表上填写的分值（复核自评表）；`rules`，按规则的一级指标权重和预算执行率分值，分摊到各级指标
help-diff-force = `--out` 文件已存在时覆盖
help-rules-about = 显示合并后的规则，或两套规则之间的变化
help-rules-rules-root = 按编号查找规则的目录
help-rules-list-about = 列出规则目录下的规则集：编号、年度、适用地区、名称
help-rules-show-about = 显示合并了上级规则后的规则，每行注明来自哪个文件的哪一行
help-rules-show-id = 规则编号（规则目录下）或目录
help-rules-changelog-about = 列出规则 A 到规则 B 的实质变化，再列出合并后文件的文字差异
help-rules-changelog-from = 规则 A：编号或目录
help-rules-changelog-to = 规则 B：编号或目录
help-watch-about = 每次保存规则、脚本或案卷文件时重新检查并评分，显示与上一次成功评分（及 `--baseline`）相比的变化
help-watch-paths = 案卷文件或其所在目录（默认：`cases`）
help-watch-rules = 所有案卷都按此规则目录评分，而不按各案卷指定的规则
help-watch-baseline = 每次评分同时与此规则（规则目录下的编号或目录）比较，例如上一年度的规则
help-watch-rules-root = 按编号查找规则的目录
help-watch-once = 评分一次后退出（供脚本和测试使用）
help-watch-poll = 轮询文件，不使用操作系统的文件通知（网络驱动器、容器）
help-watch-debounce = 最后一次文件变动后静候多少毫秒再评分

## 随部门汇总新增的选项（#16 第 4 项）

help-score-by = 增加按主管部门分组的汇总（table、md、json、html；xlsx 报告总是包含）：表数、全年预算数 A 与全年执行数 B 合计、预算执行率、按预算加权的平均分、各等级数量
help-score-sheets = xlsx 报告中每张表的工作表：`auto`（300 张表以内每张一个，超过则不生成）、`all` 或 `none`
help-score-notes = 自评表文件的导入说明打印多少：`summary`（说明不超过 50 条的文件全部打印；更多时每类只打印前 3 条，再用一行说明还有多少条）或 `all`（报告中总是列出全部说明）

## 表格末行

table-summary = 共评 { $scored } 张表，其中 { $errors } 张有错误级问题

## 结果中的标记（F6）

total-partial = { $total }（不完整）
total-partial-why = { $total }（不完整：{ $why }）
partial-cut-short = 表不全
partial-no-actuals = 未填完成值
partial-execution-unknown = 执行得分未知
partial-unscored = 有指标无法评分
partial-unknown = 原因未记录
departments-partial-left-out = 平均分和预算加权平均分不含 { $count } 张不完整的表（表被截断、实际完成值未填、有指标无法计分或执行数无法读取，计算总分只是部分之和），已计入“无等级”
departments-name-with-codes = { $name }（代码 { $codes }）
departments-quoted = “{ $text }”
departments-spellings-merged = 主管部门“{ $name }”的 { $count } 种写法只差开头的预算代码，按一个部门统计：{ $spellings }
departments-spellings-merged-script = 主管部门“{ $name }”的 { $count } 种写法只差繁体与简体字（或开头的预算代码、空格），按一个部门统计，名称照第一种写法显示：{ $spellings }
departments-copies-counted-once = 主管部门“{ $name }”：{ $counted } 与 { $left_out } 是同一张表（项目名称、实施单位、年度和预算数、执行数都相同），只计一次：计入较完整的 { $counted }，未计 { $left_out }（共 { $count } 份）
departments-versions-counted-once = 主管部门“{ $name }”：{ $counted } 与 { $left_out } 是同一项目同一年度的 { $count } 份表（项目名称、实施单位、年度相同），数字不同，多半有一份是改过后重新报送的：只计一次，计入 { $counted }（较完整的一份；一样完整时计后读到的一份），未计 { $left_out }；请与部门核对哪一份是最终版本
departments-codes-differ = 主管部门“{ $name }”写了不同的预算代码（{ $codes }），按一个部门统计；如是同名的不同单位，或代码填错，请核对
departments-look-alike = 主管部门“{ $unit }”与“{ $parent }”名称相近，按两个部门统计（“本级”是部门本身的预算单位，不是整个部门）；如属同一部门，请在表中统一写法
chart-ungraded = 未评级
chart-partial = 不完整

## 选项的可选值，`--help` 逐项说明：`help-value-<参数>-<值>`，
## 某个命令另有说法时为 `help-<命令>-<参数>-<值>`

help-value-error-format-human = 显示出问题的那一行并在下方标出位置，附修改提示
help-value-error-format-plain = 每个问题一行：`文件:行:列: 级别[代码]: 说明 (提示：…)`，级别为 错误、警告 或 提示
help-value-error-format-json = 每个问题一行 JSON
help-value-lang-zh = 简体中文（命令行的默认语言）
help-value-lang-en = 英文
help-value-format-table = 在终端中显示的对齐表格
help-value-format-json = 一个 JSON 文档，各表结果在 `cases` 数组中
help-value-format-jsonl = JSON Lines：每张表一行紧凑的 JSON，不含汇总（适合大批量评分和按行处理的工具）
help-value-format-csv = 每张表一行（带 BOM，Excel 可直接打开）
help-value-format-csv-findings = 每个发现一行的 CSV（带 BOM），便于在 Excel 中筛选：表的文件、项目名称、主管部门、实施单位，再接发现的级别、名称、代码，所在的一级、二级、三级指标，表上栏目、单元格、说明和案卷位置；没有发现的表也占一行，发现各栏为空
help-value-format-md = Markdown 表格
help-value-format-xlsx = xlsx 工作簿（须指定 `--out 文件`）：可筛选的汇总表，再加每张表一个工作表，列出每个数字的计算过程和发现的问题
help-value-format-html = 一个独立的 HTML 网页（须指定 `--out 文件`）：每张表的评分表，每个数字链接到其计算过程，并附等级分布图
help-value-points-form = 按表上填写的分值
help-value-points-rules = 按规则的权重，按比例分摊到表中各项指标
help-value-by-department = 每个主管部门一行
help-value-sheets-auto = 300 张表以内每张表一个工作表，超过则不生成（几千个工作表的工作簿打开和翻阅都很慢）
help-value-sheets-all = 每张表一个工作表，不论多少
help-value-sheets-none = 只有汇总表
help-value-notes-summary = 不超过 50 条时全部打印；更多时每类打印前 3 条，再说明还有多少条、在哪些表
help-value-notes-all = 全部打印，不论多少
help-regress-format-table = 在终端中显示差异和汇总行
help-regress-format-json = 一个 JSON 文档
help-regress-format-junit = JUnit XML（供持续集成使用）
help-diff-format-table = 在终端中显示的对齐表格
help-diff-format-json = 一个 JSON 文档（比较报告）
help-diff-format-md = Markdown
help-diff-format-html = 一个独立的 HTML 网页，对照显示改前改后（须指定 `--out 文件`）
progress-reading = 正在读取 { $files } 个自评表文件（{ $size } MB），已用
