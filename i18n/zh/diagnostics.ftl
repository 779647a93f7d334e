# 诊断：规则文件、案例文件与脚本中的问题（docs/diagnostics.md），以及导入时的说明。
# 代码（如 rules::unknown-key）保持英文标识，只翻译文字。

diagnostic-help = 提示：{ $help }

## 导入说明：导入时识别出的、推测的、无法读取的内容。

import-note = { $kind }（{ $place }）：{ $message }
import-kind-recognised = 已识别
import-kind-guessed = 推测
import-kind-unreadable = 无法读取
import-place-line-cell = 第 { $line } 行第 { $cell } 格
import-skipped-before-first-form = 第一张表之前的 { $count } 格文字未导入
import-no-form = 没有找到自评表（没有一格写着“{ $title }”）

import-note-full-width = { $written } 使用了全角数字或符号，已按 { $read } 读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个单元格同样处理）
    }
## 通用部分。

did-you-mean = 是不是要写 `{ $name }`？

## TOML 需要半角符号的地方写成了全角（rules::full-width、case::full-width）。

full-width-space = “　”（全角空格）
full-width-marks = 这一行写了全角的 { $found }，TOML 这里要用半角的 { $wanted }
full-width-marks-help = 把输入法切换到半角再输入等号、引号、括号、逗号等符号；这一行应写成：`{ $fixed }`
full-width-value = “{ $value }”用了全角字符
full-width-value-help = 数字和符号改用半角（英文状态）输入，写成："{ $fixed }"

## 规则文件（rules::*）。

rules-unknown-value = 无法识别的{ $what }“{ $got }”
rules-enum-word = 规则文件里“{ $word }”要写成 `{ $value }`：是不是要写 `{ $value }`？
rules-enum-use-one-of = 可选的写法：{ $valid }
what-scripts-inherit = 脚本继承方式（`scripts_inherit`）
what-denominator = 执行率分母（`denominator`）
what-execution-method = 预算执行率计分方法（`method`）
what-bare-target-key = 未写方向的目标值设置（`bare_target`）中的键
what-zero-target-kind = 目标值为 0 时的计分方式（`zero_target` 的 `kind`）
what-qualitative-actual = 定量指标填文字时的计分方式（`qualitative_actual`）
what-far-exceeded-action = 远超目标时的处理（`far_exceeded` 的 `action`）
what-shared-points = 共用分值的分配方式（`shared_points`）
what-formula-kind = 计分公式（`kind`）
what-level1 = 一级指标
what-direction = 指标方向（`direction`）
what-rounding-mode = 舍入方式（`mode`）
what-source = 依据来源（`source`）
what-hook = 脚本挂接点（`hooks`）
what-value-kind = 值的类型
rules-weights-sum = 各一级指标分值与预算执行率分值合计 { $sum }，不等于总分 { $total }
rules-weights-sum-help = 调整 `weights.level1` 各项的 `points` 和 `execution.points`，使合计等于 `weights.total`（写了 `execution.within` 时，只计各一级指标分值）
rules-threshold-needs-keys = 计分方法 `threshold_deduction`（达标满分、低于扣分）要同时写 `full_at` 和 `deduct_per_point`
rules-threshold-needs-keys-help = 加上，例如 `full_at = "90%"` 和 `deduct_per_point = "1"`
rules-level1-name-twice = 一级指标名称“{ $name }”用了两次
rules-level1-name-twice-help = 每个名称或别名（`aliases`）只能对应一个一级指标
rules-score-outside-band = 计分点 `score_at = "{ $score_at }"` 不在档次 { $band } 之内
rules-score-outside-band-help = 圆括号一侧的端点不属于本档：改用另一端、`middle`（中点），或档内的百分比
rules-far-at-not-above = “远超目标”的界限 `at = "{ $at }"` 没有超过目标值
rules-far-at-not-above-help = 写一个大于 100% 的比例，例如 "120%"
rules-cut-without-action = 只有写了 `action = "cut"` 才会读取 `cut`
rules-cut-without-action-help = 删去 `cut`，或写成 `action = "cut"`
rules-action-cut-needs-cut = `action = "cut"` 还要写扣减比例 `cut`
rules-action-cut-needs-cut-help = 加上扣减分值的比例，例如 `cut = "20%"`
rules-grades-order = 等级“{ $name }”的起点 { $min } 没有低于上一个等级的起点（{ $previous }）
rules-grades-order-help = 等级从高到低排列，每个 `min` 都要比上一个低
rules-grades-gap = 总分低于 { $min } 的自评表得不到等级
rules-grades-gap-help = 最后一个等级写 `min = "0"`
rules-unknown-policy = `ref = "{ $policy }"` 引用的政策依据没有对应的 `[policy.*]` 表
rules-unknown-policy-help = 加一个 `[policy.{ $policy }]` 表（写明 `source` 和 `text`），或引用已有的：{ $known }
rules-unsourced-both = 规则 `{ $key }` 没有注明政策依据（`ref`），也没有说明与政策的关系（`source`）
rules-unsourced-ref = 规则 `{ $key }` 没有注明政策依据（`ref`）
rules-unsourced-source = 规则 `{ $key }` 没有说明与政策的关系（`source`）
rules-unsourced-help = 加上 `ref = "<政策编号>"` 指向所依据的 `[policy.*]` 条文，并写 `source = "quoted"`（原文引用）、`"inferred"`（推断）或 `"assumed"`（假定）
rules-too-large = “{ $value }”太大
rules-number-too-large-help = 分值、阈值和界限最大为 1000000000
rules-share-too-large-help = 比例和倍数最大为 1000000000（即 100000000000%）
rules-negative = “{ $value }”是负数
rules-negative-help = 分值、阈值和界限不能小于 0
rules-not-a-number = “{ $value }”不是数字
rules-not-a-number-help = 写成加引号的数字，例如 "50" 或 "7.5"
rules-not-a-percentage = “{ $value }”不是百分比
rules-not-a-percentage-help = 写成例如 "80%"
rules-not-a-range = “{ $value }”不是区间
rules-not-a-range-help = 写成例如 "[60%, 80%)" 的区间：方括号 `[` `]` 包含端点，圆括号 `(` `)` 不包含
rules-range-backwards = 区间“{ $value }”下限大于上限，或超过了 100%
rules-range-backwards-help = 档次是分值的 0% 到 100% 之间的比例，先写下限
rules-band-gap = 档次 { $lower } 与 { $upper } 之间有空档
rules-band-gap-help = 每一档从下一档的上限开始，两档共用的端点恰好由其中一档包含
rules-band-overlap = 档次 { $lower } 与 { $upper } 重叠
rules-band-overlap-help = 共用的端点只能由一档包含：一侧写 `)`，另一侧写 `[`
rules-band-label-twice = 档次名称“{ $label }”用了两次
rules-band-label-twice-help = 每个名称或别名只能对应一个档次
rules-per-point-needs-deduct = 计分公式 `per_point`（按百分点扣分）要写 `deduct`
rules-per-point-needs-deduct-help = 加上每个百分点扣的分，例如 `deduct = "1"`
rules-linear-cut-needs-zero-at = 计分公式 `linear_cut`（线性扣减）要写 `zero_at`
rules-linear-cut-needs-zero-at-help = 加上 `zero_at = "2"`（反向指标：实际值达到目标值两倍时得 0 分）
rules-within-too-small = 预算执行率的 { $points } 分放不进一级指标“{ $name }”的 { $level1_points } 分
rules-within-too-small-help = 该一级指标的分值至少要等于预算执行率分值
rules-bands-without-method = 只有写了 `method = "bands"` 才会读取 `bands`
rules-bands-without-method-help = 删去 `bands`，或写成 `method = "bands"`
rules-method-bands-needs-bands = 计分方法 `bands`（分档）要写各档 `bands`
rules-method-bands-needs-bands-help = 加上，例如 `bands = [{"{"} from = "90%", score = "10" {"}"}, {"{"} from = "0%", score = "0" {"}"}]`
rules-band-order = 从 { $from } 开始的档次没有低于上一档
rules-band-order-help = 执行率档次从高到低排列，每个 `from` 都要比上一个低
rules-rates-below-no-band = 执行率低于 { $from } 时没有对应的档次
rules-rates-below-no-band-help = 最后一档写 `from = "0%"`
rules-places-out-of-range = 小数位数 `places = { $places }` 超出范围
rules-places-out-of-range-help = 小数位数写 0 到 10

## 规则文件中的脚本（[[scripts]]、[script_limits]）。

rules-hook-twice = 脚本挂接点 `{ $hook }` 写了两次
rules-hook-twice-help = 一个脚本在每个挂接点只能出现一次
rules-no-hook = 这个脚本没有挂接到任何环节
rules-no-hook-help = 写成例如 `hooks = ["indicator"]` 或 `hooks = {"{"} after = "check" {"}"}`
rules-script-unreadable = 无法读取脚本 `{ $file }`：{ $why }
rules-script-unreadable-help = 路径相对于规则集所在的文件夹
rules-script-not-read = 脚本 `{ $file }` 没有读入
rules-script-not-read-help = 从规则集所在的文件夹加载（`jixiao check rules/<规则集编号>`）
rules-when-without-indicator = `when` 写了针对指标的条件，但这个脚本没有挂接到 `indicator`（逐项指标）环节
rules-when-without-indicator-help = 删去 `when`，或在 `hooks` 中加上 `indicator`
rules-when-target-value = `target_value = "{ $value }"` 不是数字
rules-when-target-value-help = 把数字写成加引号的文字，例如 "0"
rules-when-execution-rate = `execution_rate = "{ $value }"` 不是百分比
rules-when-execution-rate-help = 把执行率按百分数写成加引号的文字，例如 "0" 或 "0%"
rules-limit-out-of-range = `{ $limit }` 超出范围
rules-limit-not-whole = `{ $limit }` 不是整数
rules-limit-help = 写 1 到 { $max } 之间的整数
rules-limit-capped = `max_call_levels = { $call_levels }` 时，函数体内的表达式最多只能嵌套 { $capped } 层，而不是 { $depth } 层
rules-limit-capped-help = 计分线程的栈能容纳 { $levels } 层嵌套（调用层数 × 表达式深度）：调低 `max_call_levels` 才能允许更深的表达式
rules-params-float = `params.{ $key }` 写成了小数（浮点数）
rules-params-float-help = TOML 的小数经过 f64 会丢失位数：把小数加引号写，例如 "0.5"，在脚本中用 `parse_decimal` 读取

## 案例文件（case::*）。

case-what-initial-budget = 年初预算数
case-what-full-year-budget = 全年预算数
case-what-spent = 全年执行数
case-what-points = 分值
case-what-score = 得分
case-what-deduction = 扣分
case-what-total-points = 总分的分值
case-what-total-score = 总分的得分
case-unknown-funds-row = 资金行“{ $label }”不是自评表上的资金行
case-unknown-funds-row-help = 资金行有：年度资金总额、其中：本年财政拨款、上年结转资金、其他资金，或写明部分资金来源的“其中”行（其中：上级补助资金、本级安排资金）
case-shared-points-with-points = 与上一行共用分值格的指标不能再有自己的分值或得分
case-shared-points-with-points-help = 删去这一行的 `points` 和 `score`，或删去 `shares_points`
case-shared-points-first = 第一个指标上面没有可以共用分值的行
case-shared-points-first-help = 删去 `shares_points = true`
case-no-indicators = 这份案例文件没有绩效指标（`[[indicators]]`）
case-no-indicators-help = 自评表至少有一个三级指标；是不是表格被截断了？
case-bad-expect = 预期总分“{ $total }”不是数字
case-bad-expect-help = 把总分写成加引号的数字，例如 "97"
case-blank-project = 项目名称是空的
case-blank-project-help = 从自评表抄上项目名称：报告和问题提示都用它称呼这张表
case-full-width-read = “{ $text }”用了全角数字或符号，已按“{ $read }”读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 格同样处理）
    }
case-full-width-read-help = 无需修改：格中的全角数字和符号按半角读取；改用半角输入后这条提示就不再出现
case-unknown-cell-key = `cells` 中的 `{ $name }` 不是 `{ $table }` 的键
case-unknown-cell-key-help = `cells` 记录每个值来自工作簿的哪一格；可用的键有：{ $keys }
case-cell-too-large = { $what }“{ $text }”太大，不像表格中的数
case-cell-too-large-help = 表格中的数最大为 10^15；检查是否粘贴错或重复了数字
case-cell-not-a-number = { $what }“{ $text }”不是数字
case-cell-not-a-number-help = 用阿拉伯数字填写，例如十五写成 "15"，或留空
case-cell-negative = { $what }“{ $text }”是负数
case-cell-negative-help = 自评表上的分值、得分和金额不能小于 0
case-rules-not-an-id = `rules = "{ $rules }"` 是一个路径，不是规则集编号
case-rules-not-an-id-help = 用规则集在规则目录下的文件夹名称（例如 `anhui-2023`），或评分时用 `--rules 目录` 指定

## 键、TOML 写法、继承、已确认结果文件。

toml-error = 文件写法不符合 TOML 格式：{ $error }
valid-keys-here = 这里可用的键：{ $keys }
unknown-key-top-level = 文件开头（任何表之前）的键 `{ $key }` 无法识别
unknown-key-in-table = `[{ $table }]` 中的键 `{ $key }` 无法识别
rules-band-word = 档次用语“{ $word }”不是自评表上的写法，而表上常写的“{ $near }”已没有档次保留
rules-band-word-help = 是不是要写“{ $near }”？如果确实要改用新的说法，请把“{ $near }”保留为别名（`aliases`），写这个词的自评表才能继续对应
rules-extends-outside = `extends = "{ $parent }"` 指向了规则目录之外
rules-extends-outside-help = 用规则集编号，或规则目录内的路径：规则目录之外的文件一概不读
rules-extends-no-siblings = 同一目录下没有其他规则集
rules-extends-siblings = 同一目录下的规则集：{ $names }
rules-extends-nearest-siblings = 同一目录下共 { $count } 个规则集，最接近的是：{ $names }（另有 { $more } 个）
rules-extends-cycle = `extends` 形成了循环：{ $chain }
rules-extends-cycle-help = 规则集不能直接或经由上级规则集继承自己
rules-extends-missing = `extends = "{ $parent }"` 在 `{ $root }` 下找不到这个规则集
accepted-not-a-number = 案例 `{ $id }`：`{ $field }` = “{ $text }”不是数字
accepted-not-a-number-help = 已确认结果文件由 `jixiao regress --accept` 生成；请从 git 恢复它

## 规则脚本（rules::script-*）。

script-syntax = 脚本 `{ $script }` 无法编译：{ $error }
script-syntax-help = 脚本语言和挂接点见 docs/scripting.md
script-eval-disabled-help = 规则脚本中不能使用 `eval`、`import` 和 `export`：把代码直接写在脚本里
script-too-deep-help = 表达式最多嵌套 { $depth } 层，函数体内 { $function_depth } 层（`[script_limits] max_expr_depth`，已调低以便 `max_call_levels = { $call_levels }` 层嵌套调用能放进栈）
script-no-hook-function = 脚本 `{ $script }` 没有供 `{ $hook }` 挂接点调用的函数 `{ $name }`（{ $params } 个参数）
script-hook-arity-help = `{ $name }` 有 { $takes } 个参数，而 `{ $hook }` 挂接点传入 { $passes } 个：`{ $signature }`
script-no-functions-help = 脚本里没有定义函数：加上 `{ $signature } {"{"} … {"}"}`
script-add-function-help = 加上 `{ $signature } {"{"} … {"}"}`；脚本中已定义：{ $defined }

## 案例与所用规则集的核对（check）。

case-unknown-level1 = 一级指标“{ $label }”与规则集 `{ $rules }` 的一级指标都对不上
case-level1-names = 一级指标有：{ $names }
case-unknown-band = 实际完成值“{ $text }”与规则集 `{ $rules }` 的定性档次都对不上：该项将得 0 分
case-band-names = 定性档次有：{ $names }
case-points-sum = 各指标与预算执行率填写的分值合计 { $sum }，不是规则集 `{ $rules }` 要求的 { $total }
case-points-sum-adjustable-help = 规则允许调整一级指标分值，但合计仍须等于总分
case-points-sum-fixed-help = 规则固定了各项分值：请按规则集的分值填写
## 规则文件：[satisfaction]（#17）

rules-satisfaction-no-names = `names` 没有列出满意度指标名称中的词
rules-satisfaction-no-names-help = 写出满意度指标名称中的词，例如 `names = ["满意度"]`
rules-sample-not-whole = `size = "{ $size }"` 不是整数人数
rules-sample-not-whole-help = 写出有效样本的最少人数，例如 "30"
rules-sample-cap-above-points = `cap = "{ $cap }"` 超过了分值
rules-sample-cap-above-points-help = 写出样本不足时最多可得分值的比例，例如 "80%"
