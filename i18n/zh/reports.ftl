# 报告：`diff`、`regress`、`watch`，以及表格、CSV、Markdown、HTML、xlsx 输出的标签。
# 代码和 JSON 键名在两种语言中都保持英文。

## 规则变化（`diff`、`watch`、`rules changelog` 的编号列表）

report-changes-none = （无实质变化）
report-changes-note-findings = （* 只影响问题或等级，不影响总分）
report-changes-note-points = （† 仅在 `--points rules` 时影响总分：否则以表中填写的分值为准）
report-interaction-together = 多项变化共同作用
report-interaction-one = 变化 { $change } 与其前各项变化共同作用
report-interaction = 变化 { $changes } 和 { $last } 共同作用
report-interaction-named = { $what }（{ $changes }）

## diff（两套规则对比）

report-diff-title = 规则对比 { $from } → { $to }
report-diff-head = { $from }（{ $from_hash }）→ { $to }（{ $to_hash }）：共 { $cases } 张表，{ $moved } 张总分或等级变动{ $lines }{ $findings }
report-diff-head-lines = ，{ $count } 张只有指标得分变动（总分、等级不变）
report-diff-head-findings = ，{ $count } 张的问题有变化
report-diff-head-findings-own = ，{ $count } 张另有各自的问题变化
report-diff-changes = 规则变化（按归因顺序）
report-diff-cases = 各表结果
report-diff-grades = 等级变化（行：规则 A，列：规则 B）
report-diff-biggest = 变动最大的表
report-diff-none-moved = （没有总分变动）
report-diff-none-moved-cases = （{ $cases } 张表的总分和等级都没有变动）
report-diff-details = 变动内容及引起变动的规则变化（问题：+ 新增，- 消失）
report-diff-from-change = { $delta } 来自变化 { $change }：{ $text }
report-diff-grade-from-change = 等级 { $from } → { $to } 来自变化 { $change }：{ $text }
report-diff-from-interaction = { $delta } 来自{ $what }
report-diff-finding = 问题 { $sign }{ $code }{ $times }
report-diff-finding-at = 问题 { $sign }{ $code }{ $times }：{ $places }
report-diff-finding-moved = 问题 { $code }：{ $from } → { $to }
finding-place-whole-form = 全表
report-diff-finding-kind = 问题 { $sign }{ $code }（各表所在的行不同）

## 多数表共有的变化，在各表之前说一次（diff、regress、watch）

report-shared-all = { $count } 张表都有同一变动：{ $line }
report-shared-most = { $cases } 张表中 { $count } 张有同一变动：{ $line }（其余的：{ $without }）
report-shared-without = { $names } 没有
report-shared-without-more = { $names } 等 { $count } 张没有
report-shared-moved-here = { $name } 的这一问题原在{ $from }，移到了这里
report-shared-moved-away = { $name } 的这一问题移到了{ $to }
report-shared-kept = { $name } 原来就有这一问题，不算变动
report-shared-moved = { $name } 的这一问题从{ $from }移到了{ $to }
report-shared-elsewhere = { $name } 的这一问题在{ $places }
report-shared-separator = ；

## watch（监视）

report-watch-no-rules = 没有可用的规则
report-watch-cases = { $count } 张表
report-watch-rescored = 重新评分 { $count } 张
report-watch-unscored = { $count } 张未评分
report-watch-changed-count = 已修改：{ $count } 个文件
report-watch-changed = 已修改：{ $files }
report-watch-kept = 沿用上一个可用版本：{ $files }
report-watch-never-good = 尚无通过检查的版本，修改正确之前不使用：{ $files }
report-watch-waiting = 还没有可用的规则：等待修正
report-watch-no-cases = 没有案卷文件
report-watch-rules-not-found = 找不到案卷所指的规则集
report-watch-waiting-cases = 监视的目录中没有案卷文件（.toml）：先用 `jixiao import 自评表文件 --out 目录` 写出案卷文件，再监视那个目录；新的案卷文件一出现就会评分
report-watch-waiting-rules-not-found = 案卷文件指定的规则集不在规则目录下（见上面的错误）：改正案卷文件中的 `rules`，或用 `--rules-root 目录` 指定规则集所在的目录、`--rules 目录` 指定评分所用的规则集
report-watch-cases-to-fix = 案卷文件有错误，修正后重新评分：{ $files }
report-watch-rule-changes = 规则变化（{ $from } @ { $from_hash } → { $to } @ { $to_hash }）：
report-watch-quiet = 没有变动（重新评分 { $count } 张表）
report-watch-scored = 已评分 { $count } 张表
report-watch-added = 新增：{ $file }  { $total }  { $grade }
report-watch-removed = 移除：{ $file }
report-watch-findings = 问题：有错误的表 { $errors } 张，有警告的表 { $warnings } 张（`jixiao score` 逐条列出）
report-watch-grades = 等级：{ $grades }
report-watch-moved = 变动：{ $cases } 张表中有 { $moved } 张
report-watch-more-lines = … 另有 { $count } 行
report-watch-more-cases = … 另有 { $count } 张表
report-watch-findings-only = 问题有变化、得分未变：{ $count } 张表
report-watch-baseline = 与基准规则 { $id } @ { $hash } 相比：共 { $cases } 张表，{ $moved } 张总分或等级变动{ $lines }{ $findings }

## regress（往年结果回归）

report-regress-summary = { $corpus }：{ $cases } 张表，{ $changed } 张有变化，{ $added } 张新增，{ $removed } 张移除，{ $unchanged } 张未变{ $accepted }
report-regress-summary-accepted = ；认可 { $count } 张
report-regress-corpus = 案卷批次 { $corpus }（已认可的结果：{ $file }）
report-regress-accepted-mark = —— 已认可
report-regress-only-shared = { $count } 张表只有以上各表共有的变化
report-regress-moved-by = 变动原因：{ $change }
report-regress-change = { $field } { $old } → { $new }
report-score-unknown = 未知
report-regress-indicator = 指标 { $key }
report-regress-from-change = { $delta } 来自：{ $text }
report-regress-hash-changed = 注意：认可以来规则集 { $rules } 已修改（哈希 { $old } → { $new }）{ $files }
report-regress-hash-restamp = 注意：认可以来规则集 { $rules } 已修改（哈希 { $old } → { $new }）{ $files }，但没有结果变动；可用 `jixiao regress { $corpus } --accept --note "…"` 重新记录
report-regress-hash-restamped = 已按本次认可重新登记：规则集 { $rules } 的哈希 { $old } → { $new }（结果不变；本次说明记为各案卷的认可，原认可移入认可历史）{ $files }
report-regress-edited-files = ：改动的文件 { $files }
report-regress-parent-file = `{ $path }`（上级规则集 { $parent }，本规则集继承它）
report-regress-cause-case-file = 变动原因：案卷文件在认可后有改动（如部门更正重报的表）
report-regress-cause-scoring = 变动原因：认可以来案卷文件和规则集都没有改动，是评分方式变了（新版 jixiao）
report-regress-history = 认可历史 { $id }（{ $project }）：
report-regress-history-entry = { $date } { $by }：计算总分 { $total }，等级 { $grade }，规则 { $rules } @ { $hash }，说明“{ $note }”{ $current ->
        [yes] （当前）
       *[other] {""}
    }
report-regress-other-rules = 注意：已认可的结果是按规则集 { $accepted }（哈希 { $old }）得出的，本次按另一套规则集 { $rules }（哈希 { $new }）评分：以上变动来自两套规则的不同，不是规则的修改
report-regress-other-rules-unmoved = 注意：已认可的结果是按规则集 { $accepted }（哈希 { $old }）得出的，本次按另一套规则集 { $rules }（哈希 { $new }）评分，没有结果变动
report-regress-by-code = 提示：其中 { $count } 张表的已认可结果没有记录问题所在的行，问题只按种类比较；用 `jixiao regress { $corpus } --accept --note "…"` 重新认可后，问题按所在的行逐处比较
report-coverage-head = { $id }（{ $hash }）的规则覆盖（{ $cases } 张表）：{ $rules } 条规则中用到 { $exercised } 条（{ $percent }%）{ $below }
report-coverage-below = ，低于最低要求 { $min }%
report-coverage-seen = ✓ { $count } 张表
report-coverage-never = ✗ 从未用到
report-coverage-item = { $key } — { $label }（第 { $line } 行）
report-kind-weight = 一级指标权重
report-kind-band = 定性指标档次
report-kind-formula = 定量指标公式
report-kind-bare-target = 未写比较符的年度指标值方向
report-kind-not-applicable = 不适用的指标
report-kind-execution = 预算执行
report-kind-rounding = 取整
report-kind-grade = 等级分数线

## 规则的文字说明：规则覆盖报告、`rules changelog`、文档中的规则表（`RuleSet::rule_items`）

rule-item-formula = { $direction }指标：{ $formula }
rule-item-bare-target = 未写比较符的年度指标值：按{ $direction }指标
rule-item-bare-target-under = { $level2 }下未写比较符的年度指标值：按{ $direction }指标{ $except }
rule-item-bare-target-except = ；名称含 { $words } 的除外（按{ $direction }指标）
rule-item-bare-target-by-name = 指标名称含 { $words } 的未写比较符的年度指标值：按{ $direction }指标
rule-item-zero-target = 年度指标值为 0：作为上限，达标得满分、否则 0 分
rule-item-deadline = 完成时限（日期）：按期完成得满分、否则 0 分
rule-item-far-exceeded = 实际完成值达到年度指标值的 { $at }% 起：{ $action }
rule-item-far-review = 提示复核
rule-item-far-cut = 扣减 { $percent }%
rule-item-not-applicable = 不适用的写法：{ $words }
rule-item-execution = { $label } { $points } 分，{ $method }
rule-item-execution-proportional = 按执行率比例计分
rule-item-execution-threshold = 低于阈值按百分点扣分
rule-item-execution-bands = 按执行率分档计分
rule-item-rounding = { $what }：保留 { $places } 位小数，{ $mode }
rule-item-rounding-indicator = 指标得分
rule-item-rounding-execution = 执行得分
rule-item-rounding-total = 总分
rule-item-satisfaction = 满意度按调查人数计算（满意人数 / 有效样本），适用于名称含 { $names } 的指标
rule-item-sample = 调查样本少于 { $size } 人：提出问题
rule-item-sample-capped = 调查样本少于 { $size } 人：提出问题，最多得分值的 { $percent }%

## 表格、Markdown、CSV、HTML、xlsx 输出的列名和标题
form-of-input = { $file } 第 { $form } 张表

label-index = 序号
label-project = 项目名称
# A form whose 项目名称 is left blank, where reports show the name (tester s14 F3).
label-project-blank = （未填项目名称）
label-department = 主管部门
label-unit = 实施单位
label-file = 文件
label-rules = 规则
label-rules-hash = 规则哈希
label-rules-id = 规则集编号
label-rules-year = 年度
label-rules-jurisdiction = 适用地区
label-rules-title = 名称
label-total = 计算总分
label-complete = 完整性
total-complete-yes = 完整
total-complete-no = 不完整（{ $why }）
label-points-basis = 分值依据
label-unverified-points = 未复核分值
points-basis-form = 表中分值
points-basis-rules = 规则分值（试算）
label-total-points = 满分
label-grade = 等级
label-reported-total = 自评总分
label-rate = 执行率
label-rate-percent = 执行率(%)
label-execution-score = 执行得分
label-errors = 错误
label-warnings = 警告
label-infos = 提示
label-findings = 发现
label-findings-by-code = 发现(按类别)
label-import-notes = 导入说明
label-import-note = 导入说明
label-level1 = 一级指标
label-level2 = 二级指标
label-level3 = 三级指标
label-indicator = 指标
label-points = 分值
label-score = 得分
label-reported-score = 自评得分
label-method = 方法
label-trace = 计算过程
label-target = 年度指标值
label-actual = 实际完成值
label-execution = 预算执行
label-execution-rate = 执行率 { $rate }
label-total-row = 总分
label-total-of-points = 总分 / 满分
label-forms = 表数
label-budget-sum = 全年预算数(A)合计
label-spent-sum = 全年执行数(B)合计
label-average = 平均分
label-weighted-average = 预算加权平均分
label-ungraded = 无等级
label-no-department = (未填主管部门)
label-by-department = 按主管部门汇总
label-error = 错误
label-warning = 警告
label-info = 提示
label-severity-error = { $count } 错误
label-severity-warning = { $count } 警告
label-severity-info = { $count } 提示
label-difference = 差异
label-difference-signed = 差异（自评−计算）
label-difference-note = 差异 = 自评总分 − 计算总分：正数是部门自评高于按规则计算的总分（高估），负数是低于（低估）；表不完整或按规则分值试算时留空
label-method-full = 计算方法
label-basis = 依据(规则)
label-fields = 表内字段
label-budget = 全年预算数(A)
label-spent = 全年执行数(B)
label-back-to-summary = ← 汇总
label-finding-code = 发现代码
label-severity = 级别
label-description = 说明
label-on-form = 表上位置
label-location = 位置
label-finding = 发现
label-form-field = 表上栏目
label-form-cell = 单元格
label-case-place = 案卷位置
label-chart-grades-by-department = 各主管部门等级分布
label-total-a = 总分 A
label-total-b = 总分 B
label-grade-a = 等级 A
label-grade-b = 等级 B
label-markdown-title = 绩效自评复核结果
label-none = (无)

## HTML 报告

label-field = 字段
html-title = 项目支出绩效自评评分结果
html-title-department = 部门整体支出绩效自评评分结果
html-page-title = 绩效自评评分结果
html-meta = 共 { $count } 张表。点击任一数字查看计算过程、所依据的规则行和表内字段(文件:行:列)。
report-what-if = 按规则分值试算（`--points rules`）：自评总分是表上按表中分值填写的，不与计算总分比对，不算差异。
report-what-if-form = 按规则分值试算（`--points rules`）：“自评得分”一栏是单位的自评得分按同一比例换算到规则分值的数，只作对照，不与计算得分比对；表上的自评总分 { $total } 按表中分值填写，见上方“自评总分”，不与计算总分比对。
report-full-marks-note = 满分：本表计入的分值合计（执行分值加上适用指标的分值），按表上所写的分值计，不一定是规则的满分；不适用的指标不计；表不全（不完整）的表只计读到的行。
report-cut-full-marks = 表不全的 { $count } 张表，“满分”只是读到的行的分值合计，不是规则的满分：{ $forms }
report-cut-full-marks-form = “{ $project }”{ $points } 分
html-summary = 汇总
html-filter = 筛选项目名称、主管部门、等级…
html-grades = 等级分布
html-totals = 总分分布(规则未设等级)
html-trace-of = { $what } 的计算过程
html-import-notes-count = 导入说明（{ $count } 条）
html-execution-score = 预算执行率得分

html-diff-meta = 共 { $cases } 张表，{ $moved } 张有变化
html-diff-points-only = (仅在 --points rules 时影响总分，否则只影响发现或等级)
html-diff-findings-only = (只影响发现或等级)
html-diff-grades-after = 对比后等级分布
html-diff-totals = 各表总分
html-diff-filter = 筛选项目名称…
html-diff-total-before = 对比前总分
html-diff-total-after = 对比后总分
html-diff-change = 变化
html-diff-grade-before = 对比前等级
html-diff-grade-after = 对比后等级
html-diff-transitions = 等级变化(行:对比前,列:对比后)
html-diff-details = 变化明细与归因
html-diff-score-before = 对比前得分
html-diff-score-after = 对比后得分

## 问题名称，与代码并列显示（按主管部门汇总）

code-score-mismatch = 自评得分与计算得分不一致
code-score-above-points = 自评得分超过分值
code-total-not-sum = 自评总分不等于各项得分之和
code-total-unchecked = 自评总分无法与各项得分核对（有得分无法识别）
code-total-points-not-sum = 总分值不等于各项分值之和
code-total-mismatch = 自评总分与计算总分不一致
code-grade-mismatch = 自评等级与计算等级不同
code-points-total-mismatch = 分值合计不等于规则总分
code-weights-adjusted = 一级指标权重经调整
code-points-weight-mismatch = 一级指标分值与规则权重不符
code-text-contradicts-target = 指标内容与年度指标值矛盾
code-missing-reported = 应填项目空白
code-missing-actual = 无实际完成值
code-unreadable-value = 数值无法识别
code-not-applicable = 指标不适用
code-qualitative-actual = 定量指标以文字作答
code-unscorable = 无法按表中数据评分
code-unit-mismatch = 单位无法换算
code-unit-assumed = 单位经换算或推定
code-unit-guessed = 按数值大小推断单位
code-unknown-band = 文字不属于任何档次
code-unknown-level1 = 一级指标无法识别
code-division-by-zero = 除数为零
code-absurd-value = 数值超出合理范围
code-overspent = 执行数超过预算数
code-funds-total-blank = 年度资金总额行空白
code-funds-parts-mismatch = 年度资金总额与其中各行之和不符
code-rate-mismatch = 填写的执行率与 B/A 不符
code-execution-unexplained = 执行率偏低未说明原因
code-execution-low-targets-met = 执行率很低而目标全部完成
code-goal-contradicts-indicators = 总体目标完成情况与指标矛盾
code-incomplete-form = 表格不完整
code-far-exceeded = 远超年度指标值
code-equal-exceeded = 超出等值指标
code-deviation-unexplained = 偏差未说明原因
code-budget-adjusted = 预算调整幅度超出规定
code-budget-adjustment-explained = 预算调整已说明原因
code-no-grade = 不评等级
code-budget-added = 年中追加预算
code-budget-cut = 年中调减预算
code-budget-trimmed-to-spent = 预算调减至执行数
code-funds-points-not-execution = 资金行分值不是执行分值
code-no-execution-block = 表上没有预算执行部分
code-label-points-mismatch = 一级指标标注分值与下列分值不符
code-no-level1 = 指标没有一级指标（平列清单）
code-direction-by-name = 按指标名称认定方向
code-import-guessed = 导入时有推测的内容
code-duplicate-form = 同一张表读了两次
code-revised-form = 同一项目的两份表数字不同
code-actual-is-bound = 实际完成值写成了界限
code-target-not-met = 未达到年度指标值
code-completion-mismatch = 完成情况与实际不符
code-reported-kept = 采用自评得分（未复核）
code-year-mismatch = 表的年度与规则不一致
code-template-mismatch = 表样与规则不一致
code-script-failed = 规则脚本运行失败
code-script-rejected = 规则脚本的决定未被采纳
code-script = 规则脚本提出
code-scripts-broke-totals = 规则脚本破坏了总分
code-survey-counts-invalid = 满意度调查人数自相矛盾
code-survey-rate-mismatch = 填写的满意度与调查人数不符
code-survey-sample-small = 满意度调查样本量不足
code-score-in-words = 得分以文字填写（满分、不得分）
code-full-marks-mismatch = “满分”所写分数与分值不符

## 命令行错误（对应 clap 自带的英文说法）

clap-error = 错误：{ $message }
clap-invalid-subcommand = 没有“{ $name }”这个命令
clap-unknown-argument = 不认识的参数“{ $arg }”
clap-invalid-value = “{ $arg }”的值“{ $value }”无效
clap-value-missing = “{ $arg }”需要一个值，但没有给出
clap-too-many-values = “{ $arg }”后面不应再有值“{ $value }”
clap-wrong-number = “{ $arg }”的值个数不对
clap-missing-required = 缺少必需的参数：
clap-missing-subcommand = “{ $name }”后面需要一个命令
clap-conflict = 参数“{ $arg }”不能与“{ $other }”同时使用
clap-conflict-repeated = 参数“{ $arg }”只能用一次
clap-no-equals = 给“{ $arg }”赋值时需要等号（{ $arg }=值）
clap-other = 命令行参数无法识别
clap-possible-values = [可选值：{ $values }]
clap-possible-values-heading = 可选值：
clap-possible-value = - { $name }：{ $help }
clap-subcommands = [可用的命令：{ $values }]
clap-default = [默认：{ $value }]
clap-tip = 提示：是不是要用{ $kind }“{ $value }”？
clap-tip-many = 提示：相近的{ $kind }有 { $values }
clap-kind-subcommand = 命令
clap-kind-argument = 参数
clap-kind-value = 值
clap-usage = 用法: { $usage }
clap-more = 更多说明请加 --help 查看
clap-help-subcommand = 显示本说明或指定命令的说明
