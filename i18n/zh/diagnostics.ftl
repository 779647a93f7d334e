# 诊断：规则文件、案卷文件与脚本中的问题（docs/diagnostics.md），以及导入时的说明。
# 代码（如 rules::unknown-key）保持英文标识，只翻译文字。

diagnostic-help = 提示：{ $help }

## 导入说明：导入时识别出的、推测的、无法读取的内容。

import-note = { $kind }（{ $place }）：{ $message }
# 报告中列出的一条导入说明，位置另列一栏。
import-note-listed = { $kind }：{ $text }
import-kind-recognised = 已识别
import-kind-guessed = 推测
import-kind-unreadable = 无法读取
import-place-line-cell = 第 { $line } 行第 { $cell } 格
import-place-line = 第 { $line } 行
import-place-line-piece = 第 { $line } 行{ $piece }处
form-place-text-cell = { $file } 第 { $line } 行第 { $cell } 格
form-place-text-line = { $file } 第 { $line } 行
import-skipped-before-first-form = 第一张表之前的 { $count } 格文字未导入
import-skipped-declaration-before-form = 第一张表之前的 { $count } 格文字是一张{ $kind ->
        [targets] 绩效目标表（第 { $line } 行“{ $text }”）：目标表只列预算安排时定下的指标值
       *[declaration] 绩效目标申报表（第 { $line } 行“{ $text }”）：申报表只列年初申报的指标值
    }，没有实际完成值和得分，未评分
# Rows of a form's end (indicator rows, 合计/总分) before the first title: the tail of a form whose top was not copied (tester s21 B3).
import-skipped-form-tail = 第一张表的标题之前，第 { $from } 至 { $to } 行有 { $count } 格文字未导入：从{ $label }起是另一张表的末尾（绩效指标、合计等行），这张表的标题和表头不在文件中，没有导入，也没有评分；如需评这张表，请复制完整的表
# A sheet (or a whole input) holding no form title at all: its text is not before any form (tester s14 F6).
import-skipped-no-form = 这里没有自评表（没有自评表的标题），其中 { $count } 格文字未导入
import-no-form = 没有找到自评表（没有一格写着“{ $title }”）
import-no-form-headless = 第 { $line } 行起是绩效指标的各行（“{ $text }…”），但其上没有表名（如“项目支出绩效自评表”）、项目名称和表头：表格的上部没有复制下来。请从表名起把整张表一并复制（或导入原来的 Excel、Word 文件）

import-note-full-width = { $written }使用了全角数字或符号，已按{ $read }读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个单元格同样处理）
    }
import-note-invisible = { $read }中夹有屏幕上看不见的字符（{ $chars }），是从网页或文档复制时带进来的，已删去，按{ $read }读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个单元格同样处理）
    }
invisible-zero-width-space = 零宽空格 { $code }
invisible-byte-order-mark = 字节顺序标记 { $code }
invisible-soft-hyphen = 软连字符 { $code }
invisible-joiner = 零宽连接符 { $code }
invisible-non-joiner = 零宽非连接符 { $code }
invisible-word-joiner = 词连接符 { $code }
## 通用部分。

did-you-mean = 是不是要写 `{ $name }`？

## TOML 需要半角符号的地方写成了全角（rules::full-width、case::full-width）。

full-width-space = “　”（全角空格）
full-width-marks = 这一行写了全角的 { $found }，TOML 这里要用半角的 { $wanted }
full-width-marks-help = 把输入法切换到半角再输入等号、引号、括号、逗号等符号；这一行应写成：`{ $fixed }`
full-width-trailing = 这一行末尾多了全角的 { $found }：TOML 的一行写完值（或表名）就结束，后面不加标点
full-width-trailing-help = 删掉行末的 { $found }（不要改成英文标点）；这一行应写成：`{ $fixed }`
full-width-split = 这一行写了两个键，中间用了全角的 { $found }：TOML 一行只写一个键，键与键之间换行，不用标点
full-width-split-help = 在 { $found } 处换行（不要改成英文标点）；应写成这几行：{ $lines }
full-width-script-marks = 这一行写了全角的 { $found }，脚本这里要用半角的 { $wanted }
full-width-script-marks-help = 把输入法切换到半角再输入分号、括号、逗号、引号等符号；这一行应写成：`{ $fixed }`
full-width-value = “{ $value }”用了全角字符
full-width-value-help = 数字和符号改用半角（英文状态）输入，写成："{ $fixed }"

## 规则文件（rules::*）。

rules-unknown-value = 无法识别的{ $what }“{ $got }”
rules-enum-word = 规则文件里“{ $word }”要写成 `{ $value }`
rules-enum-use-one-of = 可选的写法：{ $valid }
what-scripts-inherit = 脚本继承方式（`scripts_inherit`）
what-denominator = 执行率分母（`denominator`）
what-execution-method = 预算执行率计分方法（`method`）
what-bare-target-key = 未写方向的目标值设置（`bare_target`）中的键
what-zero-target-kind = 目标值为 0 时的计分方式（`zero_target` 的 `kind`）
what-deadline-kind = 完成时限的计分方式（`deadline` 的 `kind`）
what-cites-switch = `cites` 中 `[{ $table }]` 的开关
what-qualitative-actual = 定量指标填文字时的计分方式（`qualitative_actual`）
what-far-exceeded-action = 远超目标时的处理（`far_exceeded` 的 `action`）
what-shared-points = 共用分值的分配方式（`shared_points`）
what-not-applicable-points = 不适用指标分值的处理（`not_applicable_points`）
what-execution-funds = 计入预算执行率的资金行（`[execution] funds`）
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
rules-except-name-blank = { $level2 }规则的 `except_names` 里有一个空白词：每个指标名称都“含有”它，这条规则就对哪个指标都不起作用了
rules-except-name-blank-help = 写上这条规则不适用的指标名称用词，例如 `except_names = ["节约率"]`，或删去空白的那一项
rules-bare-name-blank = `bare_target_by_name` 规则的 `names` 里有空白词或没有词：空白词每个指标名称都“含有”，没有词则哪个指标都不含
rules-bare-name-blank-help = 写上这个方向适用的指标名称用词，例如 `names = ["结余率"]`
rules-grades-order = 等级“{ $name }”的起点 { $min } 没有低于上一个等级的起点（{ $previous }）
rules-grades-order-help = 等级从高到低排列，每个 `min` 都要比上一个低
rules-grades-gap = 总分低于 { $min } 的自评表得不到等级
rules-grades-gap-help = 最后一个等级写 `min = "0"`
rules-bands-ascending = 执行率档次写反了：是按 `from` 从低到高写的；规则文件里档次要从 `from` 最高的一档往下写
rules-bands-ascending-help =
    把档次倒过来排，`from` 最高的一档写在最前面，最后一档是 `from = "0%"`：
    { $bands }
rules-grades-ascending = 等级是按起点从低到高写的；规则文件里等级要从 `min` 最高的一级往下写
rules-grades-ascending-help =
    把等级倒过来排，`min` 最高的一级写在最前面：
    { $levels }
rules-joined-words = “{ $word }”会被当作一个词：只有表中写的正好是“{ $word }”这一整串才算，多半是把几个词写成了一个
rules-joined-words-help = 每个词各加一对英文双引号，用英文逗号分开；这一行应写成：`{ $line }`
rules-list-replaced = 子规则集写的 `{ $list }` 会整个替换上级规则集的同名列表：上级的 { $count } 项中，{ $dropped } 这里没有写，合并后就没有了
rules-list-replaced-help = 只想改其中一项时，把上级 { $parent } 第 { $line } 行起的各项 `{ $list }` （连同各项的 aliases 等全部各行）都照抄过来，再改要改的那一项；确实要去掉这些项时，在本文件的 `[rule_set]` 下写 `lists_replaced = ["{ $path }"]`，就不再提示
rules-list-item-keys = 子规则集的 `{ $list }` 中 { $items } 没有写上级同名一项的 { $keys }：列表整个替换，各项不逐键合并，合并后{ $count ->
    [1] 这一项
   *[other] 这 { $count } 项
}就没有 { $keys } 了
rules-list-item-keys-help = 把上级 { $parent } 第 { $line } 行起同名各项的各行（连同 aliases 等）都照抄过来，再改要改的键；确实不要这些键时，在本文件的 `[rule_set]` 下写 `lists_replaced = ["{ $path }"]`，就不再提示
rules-lists-replaced-unknown = `lists_replaced` 中的 “{ $path }” 不是本文件写的列表，这一项不起作用
rules-lists-replaced-known = 本文件写的列表有：{ $lists }；照其中一个的写法改
rules-lists-replaced-none = 本文件没有写任何 `[[…]]` 列表，不需要 `lists_replaced`，删去这一行
rules-unknown-policy = `ref = "{ $policy }"` 引用的政策依据没有对应的 `[policy.*]` 表
rules-unknown-policy-help = 加一个 `[policy.{ $policy }]` 表（写明 `source` 和 `text`），或引用已有的：{ $known }
rules-unsourced-both = 规则 `{ $key }` 没有注明政策依据（`ref`），也没有说明与政策的关系（`source`）
rules-unsourced-ref = 规则 `{ $key }` 没有注明政策依据（`ref`）
rules-unsourced-source = 规则 `{ $key }` 没有说明与政策的关系（`source`）
rules-unsourced-help = 加上 `ref = "<政策编号>"` 指向所依据的 `[policy.*]` 条文，并写 `source = "quoted"`（原文引用）、`"inferred"`（推断）或 `"assumed"`（假定）
rules-unsourced-ref-help = 加上 `ref = "<政策编号>"` 指向所依据的 `[policy.*]` 条文
rules-unsourced-source-help = 在 `ref = "{ $policy }"` 下面加一行 `source = "quoted"`（原文引用）、`"inferred"`（推断）或 `"assumed"`（假定），说明规则与这条政策的关系（`[policy.{ $policy }]` 里的 `source` 写的是条文出处，不是这一项）
rules-too-large = “{ $value }”太大
rules-number-too-large-help = 分值、阈值和界限最大为 1000000000
rules-share-too-large-help = 比例和倍数最大为 1000000000（即 100000000000%）
rules-negative = “{ $value }”是负数
rules-negative-help = 分值、阈值和界限不能小于 0
rules-not-a-number = “{ $value }”不是数字
rules-not-a-number-help = 写成加引号的数字，例如 "50" 或 "7.5"
rules-bare-number-not-decimal = `{ $value }` 不是一个确切的十进制数（这里不能用科学计数法、十六进制或 inf/nan）
rules-bare-number-not-decimal-help = 写成加英文双引号的十进制数，例如 "50" 或 "7.5"
rules-not-a-percentage = “{ $value }”不是百分比
rules-not-a-percentage-help = 写成例如 "80%"
rules-not-a-score-at = “{ $value }”不是 `score_at` 的写法
rules-score-at-word = 规则文件里“{ $word }”要写成 `{ $value }`（可写 lower 下限、upper 上限、middle 中点，或写百分比，例如 "80%"）
rules-number-drop-unit = 去掉“{ $unit }”，写成 "{ $fixed }"
rules-not-a-range = “{ $value }”不是区间
rules-not-a-range-help = 写成例如 "[60%, 80%)" 的区间：方括号 `[` `]` 包含端点，圆括号 `(` `)` 不包含
rules-range-without-percent = 区间“{ $value }”的端点没有写 %：规则文件的区间用百分数写
rules-range-without-percent-help = 两端都带上百分号：写成 { $key } = "{ $fixed }"
rules-range-backwards = 区间“{ $value }”下限大于上限，或超过了 100%
rules-range-backwards-help = 档次是分值的 0% 到 100% 之间的比例，先写下限
rules-band-gap = 档次 { $lower } 与 { $upper } 之间有空档
rules-band-gap-help = 每一档从下一档的上限开始，两档共用的端点恰好由其中一档包含
rules-band-overlap = 档次 { $lower } 与 { $upper } 重叠
rules-band-overlap-help = 共用的端点只能由一档包含：一侧写 `)`，另一侧写 `[`
rules-band-overlap-stretch-help = 两档有一段重叠：把 { $lower } 改为 { $lower_fixed }，或把 { $upper } 改为 { $upper_fixed }
rules-band-overlap-inside-help = { $upper } 整个落在 { $lower } 之内：把 { $lower } 改为 { $lower_fixed }，或改写 { $upper } 的范围
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
rules-band-score-rises = 执行率越低得分反而越高：`from = "{ $low }"` 这一档 { $low_score } 分，高于上一档 `from = "{ $high }"` 的 { $high_score } 分
rules-band-score-rises-help = 核对这一档的 `score`：执行率较低的档次，得分一般不高于上一档；政策确实如此时可以不改
rules-rates-below-no-band = 执行率低于 { $from } 时没有对应的档次
rules-rates-below-no-band-help = 最后一档写 `from = "0%"`
rules-rate-without-percent = 执行率“{ $value }”没有写 %，会读作 { $percent }%，任何表都达不到
rules-rate-without-percent-help = 执行率带上百分号：写成 { $key } = "{ $value }%"
rules-percent-0-100 = `{ $key }` 要写 0% 到 100% 之间的百分比，这里写的是“{ $value }”
rules-percent-0-100-help = 写成例如 { $key } = "50%"（全角的 ５０％ 也可以）
rules-no-change = 这里的 `{ $name }` 是空表（`{ $key } = {"{"}{"}"}`），与上级 { $parent } 第 { $line } 行的 `{ $name }` 合并后什么也没有改：上级的这条规则仍然有效
rules-no-change-help = 要去掉继承来的这条规则，写 `{ $key } = false`；只想改其中几项，就在表里写出要改的键
rules-cite-inherited = { $table } 的 { $keys } 在这里改了，但这条规则引用的 `{ $cite }` 是上级 { $parent } 第 { $line } 行写的：改过的规则仍然引用上级的政策条文
rules-cite-inherited-help = 在这一节写上改动所依据的 `ref`（和 `source`）；上级的条文确实仍然适用时，在这里照写一遍 `{ $cite }`，就不再提示
rules-source-inherited = { $table } 在这里改写了 `ref`，但 `source = { $source }` 是上级 { $parent } 第 { $line } 行写的，说的是上级引用的条文与规则的关系
rules-source-inherited-help = 在 `ref` 旁边写上 `source = "quoted"`、`"inferred"` 或 `"assumed"`，说明这条规则与新引用的条文是什么关系
rules-cites-inherited = { $table } 的开关 `{ $key }` 在这里改了，但 `cites` 里它引用的 “{ $policy }” 是上级 { $parent } 第 { $line } 行写的
rules-cites-inherited-help = 在这一节写上 `cites = {"{"} { $key } = "…" {"}"}`，引用改动所依据的政策；上级的条文仍然适用时照写一遍
rules-band-score-share = 档次得分“{ $value }”写成了分值的比例
rules-band-score-share-help = score 写得分（分），不是比例：分值 { $points } 的 { $value } 写成 score = "{ $fixed }"
rules-band-score-share-help-plain = score 写得分（分），不是比例：例如分值 20 的 80% 写成 score = "16"
rules-band-score-above-points = 档次得分 { $score } 超过了执行率的分值 { $points }
rules-band-score-above-points-help = 每档得分在 0 到 { $points } 之间；政策写“得80%”时写分值乘以该比例，例如分值 20 的 80% 写成 "16"
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
rules-when-level1-unmatched = `when` 中的 `level1 = "{ $got }"` 与本规则集的一级指标（{ $names }）都对不上：这个脚本的逐项指标环节不会对任何指标执行
rules-when-level1-unmatched-policy = `when` 中的 `level1 = "{ $got }"` 与本规则集的一级指标（{ $names }）都对不上：这个脚本的逐项指标环节不会对任何指标执行，“{ $text }”（{ $source }）这条规定不会生效
rules-when-level1-unmatched-help = 写成某个一级指标的名称、别名或它的开头（例如 "满意度"）。{ $hint }
rules-when-level2-unmatched = `when` 中的 `level2 = "{ $got }"` 与常见的二级指标（{ $names }）都对不上：只有表上二级指标以它开头的行才会执行这个脚本
rules-when-level2-unmatched-help = 核对二级指标的名称，写成表上的写法或它的开头（例如 "质量"）。{ $hint }
rules-script-date-unit = 脚本 `{ $script }` 中的 `{ $written }` 永远{ $holds ->
        [always] 成立：日期（如 `2024年10月底前`）现在以 `{ $kind } == "date"` 交给脚本，`{ $field }` 为空，不会是 "{ $unit }"，日期行不再被这一条件排除
       *[never] 不成立：日期（如 `2024年10月底前`）现在以 `{ $kind } == "date"` 交给脚本，`{ $field }` 为空，不会是 "{ $unit }"，这一条件下的特殊处理不会执行
    }
rules-script-date-unit-help = 要找日期，这一行写成：`{ $fixed }`；日期的年、月、日在 `{ $date }` 中（见 docs/scripting.md“日期不是数量”）
rules-script-number-text = 脚本 `{ $script }` 中的 `{ $written }` 拿数和文字比较：`{ $field }` 是数，`"{ $literal }"` 加了引号就是文字，这一比较永远{ $holds ->
        [always] 成立
       *[never] 不成立，这条规则不会生效
    }
rules-script-number-text-help = 脚本里的数不加引号（只有规则文件 rules.toml 里的数才加引号）；这一行应写成：`{ $fixed }`
rules-script-number-word-help = 要比较这一格写的文字，用 `{ $text }`；没填或读不出数的格，数是空值 `()`
rules-script-number-other-help = 脚本里的数不加引号；要判断这一格没有数，写 `== ()`
rules-script-level1-unmatched = 脚本 `{ $script }` 中的 `{ $written }`：“{ $got }”与本规则集的一级指标（{ $names }）都对不上，这一比较永远{ $holds ->
        [always] 成立
       *[never] 不成立，这一条件下的特殊处理不会对任何指标执行
    }
rules-script-level1-unmatched-help = 写成某个一级指标的名称或别名，与表上的写法一致；只对某个一级指标执行的脚本，也可以在规则文件的 `when` 中写 `level1 = "…"`（写名称的开头即可）。{ $hint }
rules-script-level2-unmatched = 脚本 `{ $script }` 中的 `{ $written }`：“{ $got }”与常见的二级指标（{ $names }）都对不上：只有表上二级指标恰好写成“{ $got }”的行，这一比较才{ $holds ->
        [always] 不成立
       *[never] 成立
    }
rules-script-level2-unmatched-help = 核对二级指标的名称，写成表上的写法。{ $hint }
rules-limit-out-of-range = `{ $limit }` 超出范围
rules-limit-not-whole = `{ $limit }` 不是整数
rules-limit-help = 写 1 到 { $max } 之间的整数
rules-limit-capped = `max_call_levels = { $call_levels }` 时，函数体内的表达式最多只能嵌套 { $capped } 层，而不是 { $depth } 层
rules-limit-capped-help = 计分线程的栈能容纳 { $levels } 层嵌套（调用层数 × 表达式深度）：调低 `max_call_levels` 才能允许更深的表达式
rules-params-float = `params.{ $key }` 写成了小数（浮点数）
rules-params-float-help = TOML 的小数经过 f64 会丢失位数：把小数加引号写，例如 "0.5"，在脚本中用 `parse_decimal` 读取

## 案卷文件（case::*）。

case-what-initial-budget = 年初预算数
case-what-full-year-budget = 全年预算数
case-what-spent = 全年执行数
case-what-points = 分值
case-what-score = 得分
case-what-deduction = 扣分
case-what-total-points = 总分的分值
case-what-total-score = 总分的得分
case-what-shown-rounding = 总分的显示舍入（shown_rounding）
case-unknown-funds-row = 资金行“{ $label }”不是自评表上的资金行
case-unknown-funds-row-help = 资金行有：年度资金总额、其中：本年财政拨款、上年结转资金、其他资金，或写明部分资金来源的“其中”行（其中：上级补助资金、本级安排资金）
case-shared-points-with-points = 与上一行共用分值格的指标不能再有自己的分值或得分
case-shared-points-with-points-help = 删去这一行的 `points` 和 `score`，或删去 `shares_points`
case-shared-points-first = 第一个指标标为与上一行共用分值（表中这一行的分值、得分两格与上一行合并），但它上面没有指标行，没有可以共用的分值
case-shared-points-first-help = 请按原表填写这一行的分值、得分（在案卷文件中：删去 `shares_points = true`，填写 points 和 score）
case-no-indicators = 这份案卷文件没有绩效指标（`[[indicators]]`）
case-no-indicators-help = 自评表至少有一个三级指标；是不是表格被截断了？
case-bad-expect = 预期总分“{ $total }”不是数字
case-bad-expect-help = 把总分写成加引号的数字，例如 "97"
case-blank-project = 项目名称是空的
case-blank-project-help = 从自评表抄上项目名称：报告和问题提示都用它称呼这张表
case-full-width-read = “{ $text }”用了全角数字或符号，已按“{ $read }”读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 格同样处理）
    }
case-invisible-read = “{ $read }”中夹有屏幕上看不见的字符（{ $chars }），已删去后读取{ $more ->
        [0] {""}
       *[other] （另有 { $more } 个单元格同样处理）
    }
case-invisible-read-help = 无需修改：从网页或文档复制时带进来的零宽空格等看不见的字符不影响读取；重新输入该格即可去掉
case-full-width-read-help = 无需修改：格中的全角数字和符号按半角读取；改用半角输入后这条提示就不再出现
# A diagnostic of a form scored straight from its input, placed on the form (#16 F5): it has
# no case file. $place: indicator · the form's field · the cell or line (`表1!F14`).
case-on-form = { $message }（{ $place }）
case-unknown-cell-key = `cells` 中的 `{ $name }` 不是 `{ $table }` 的键
case-unknown-cell-key-help = `cells` 记录每个值来自工作簿的哪一格；可用的键有：{ $keys }
case-cell-too-large = { $what }“{ $text }”太大，不像表格中的数
case-cell-too-large-help = 表格中的数最大为 10^15；检查是否粘贴错或重复了数字
case-cell-not-a-number = { $what }“{ $text }”不是数字
case-cell-not-a-number-help = 用阿拉伯数字填写，例如十五写成 "15"，或留空
case-cell-excel-error = { $what }是 Excel 的错误值 `{ $text }`：部门工作簿中这一格的公式计算失败，没有数值
case-cell-excel-error-help = 请向部门索取这一格的数值，或请部门修正公式后重新报送；在此之前这一格按无法识别处理（不当作空白）
case-cell-unit = { $what }“{ $text }”带有单位“{ $unit }”，分值、得分不会有这样的单位
case-cell-unit-help = 这一格可能是别的栏目的内容（有一格被分成两段时，其后的格会错位）：请与原表核对这一行
case-cell-negative = { $what }“{ $text }”是负数
case-cell-negative-help = 自评表上的分值、得分和金额不能小于 0
case-rules-not-an-id = `rules = "{ $rules }"` 是一个路径，不是规则集编号
case-rules-not-an-id-help = 用规则集在规则目录下的文件夹名称（例如 `anhui-2023`），或评分时用 `--rules 目录` 指定

## 键、TOML 写法、继承、已确认结果文件。

toml-error = 文件写法不符合 TOML 格式：{ $error }
toml-worded = { $what }（TOML 原文：{ $error }）
toml-chinese-key = 键名 `{ $written }` 是中文：规则文件的键名要用英文
chinese-key-help = 键名要用英文：`{ $written }` 写作 `{ $key }`；这一行应写成：`{ $line }`
toml-unquoted = 文字 `{ $written }` 没有加引号
toml-unquoted-help = TOML 中的文字要写在英文双引号里：`"{ $written }"`；数字和 true、false 不加引号
toml-unquoted-enum-help = 文字要写在英文双引号里，而且这个写法本身也不对：{ $problem }；{ $help }
toml-unquoted-yes-no-help = 是否类的设置写 true（是）或 false（否），不加引号；若是文字，写成 `"{ $written }"`
toml-no-value = 等号后面没有写值
toml-no-value-help = 写上值：文字加英文双引号（`"…"`），数字和 true、false 不加引号
toml-expected-boolean = 这里只能写 true 或 false（不加引号），文件中写的是 `{ $written }`
toml-expected-boolean-help = 是 → true，否 → false，两边不加引号
toml-expected-string = 这里要写加英文双引号的文字，文件中写的是 `{ $written }`
toml-expected-string-help = 两边加上英文双引号：`"{ $bare }"`
toml-expected-integer = 这里要写整数（不加引号），文件中写的是 `{ $written }`
toml-expected-integer-help = 只写阿拉伯数字，如 `2`，两边不加引号
toml-expected-number = 这里要写数字（不加引号），文件中写的是 `{ $written }`
toml-expected-number-help = 只写阿拉伯数字和小数点，如 `2.5`，两边不加引号
toml-expected-list = 这里要写列表（`[…]`），文件中写的是 `{ $written }`
toml-expected-list-help = 用英文方括号括起来，每一项各加一对英文双引号，多项之间用英文逗号分隔；这一行应写成：`{ $line }`
toml-expected-table = 这里要写一个表（`[节名]` 下的若干行，或 `{"{"} 键 = 值 {"}"}`），文件中写的是 `{ $written }`
toml-expected-table-help = 这个键的写法见 docs/rules-format.md（案卷文件见 docs/case-format.md）
toml-missing-key = 缺少必须写的键 `{ $key }`
toml-missing-key-help = 在这一节中加上一行 `{ $key } = …`（写法见 docs/rules-format.md、docs/case-format.md）
toml-duplicate-key = 同一个键在这一节中写了两次
toml-duplicate-key-help = 删去其中一行，或把两处合并为一处；同一个 `[节名]` 也只能写一次（`[[节名]]` 除外）
toml-unterminated = 引号没有结束：文字以 `{ $quote }` 开始，到行尾还没有对应的 `{ $quote }`
toml-unterminated-help = 在文字末尾补上 `{ $quote }`（引号必须是英文的）；一行写不下的文字用三个引号 `"""…"""`
toml-unterminated-bracket-help = 在文字末尾、括号之前补上 `{ $quote }`；这一行应写成：`{ $line }`
toml-quote-swallowed = 少了一个引号：`{ $written }` 后面应有 `"`，后面的 `{ $key } =` 因此被读成了文字
toml-quote-swallowed-help = 这一行应写成：`{ $line }`
toml-bad-escape = 双引号文字中的反斜杠 `\` 后面跟了不认识的字符
toml-bad-escape-help = 含 `\` 的文字（如文件路径）改用单引号：`'C:\目录'`，或把 `\` 写成 `\\`
toml-no-equals = 键后面没有“=”和值
toml-no-equals-help = 写成 `键 = 值`，等号用英文的 `=`；说明文字写在 `#` 后面
toml-unclosed-table = 节名没有写完：缺少右方括号 `]`
toml-unclosed-table-help = 写成 `[节名]` 或 `[[节名]]`，方括号用英文的
toml-unclosed-array = 列表没有写完：缺少右方括号 `]`
toml-unclosed-array-help = 列表写成 `[项1, 项2]`：在最后一项之后补上 `]`
toml-missing-comma = 列表的两项之间缺少逗号
toml-missing-comma-help = 多项之间用英文逗号 `,` 分隔：`["a", "b"]`
toml-two-values = 一行只能写一个 `键 = 值`，这里在值后面还有内容
toml-two-values-help = 把后面的内容移到下一行；说明文字写在 `#` 后面
toml-bad-number = 数字的写法不对
toml-bad-number-help = 只写阿拉伯数字和小数点，不写开头多余的 0、`_`、单位或正号（`05` 写作 `5`）
valid-keys-here = 这里可用的键：{ $keys }
unknown-key-top-level = 文件开头（任何表之前）的键 `{ $key }` 无法识别
unknown-key-in-table = `[{ $table }]` 中的键 `{ $key }` 无法识别
unknown-table = `{ $header }` 不是{ $file ->
        [rules] 规则文件
       *[case] 案卷文件
    }认识的表名
valid-tables-here = 这里可用的表名：{ $keys }
did-you-mean-table-twice = 是不是要写 `{ $name }`？文件里已经有 `{ $name }` 了：把这一节的行移到那一节里（同一个键只留一行），再删去这一行表名
unknown-key-elsewhere = `{ $key }` 不是 `{ $table }` 的键，而是 `{ $home }` 的键
unknown-key-top-level-elsewhere = 文件开头（任何表之前）的键 `{ $key }` 是 `{ $home }` 的键
unknown-key-elsewhere-help = 一个键属于它上面最近的一行表名（`[…]` 或 `[[…]]`）：把这一行移到 `{ $home }` 那一行的下面、下一个以 `[` 开头的行之前
unknown-key-elsewhere-add-help = 一个键属于它上面最近的一行表名（`[…]` 或 `[[…]]`）：文件里还没有 `{ $home }`，在文件末尾加一行 `{ $home }`，把这一行移到它下面
rules-band-word = 档次用语“{ $word }”不是自评表上的写法，而表上常写的“{ $near }”已没有档次保留
rules-band-word-help = 是不是要写“{ $near }”？如果确实要改用新的说法，请把“{ $near }”保留为别名（`aliases`），写这个词的自评表才能继续对应
rules-extends-outside = `extends = "{ $parent }"` 指向了规则目录之外
rules-extends-outside-help = 用规则集编号，或规则目录内的路径：规则目录之外的文件一概不读
rules-extends-outside-link-help = 规则目录中的 `{ $parent }` 是一个链接（快捷方式），指向规则目录之外的 { $target }：规则目录之外的文件一概不读；请把这个规则集文件夹复制到规则目录中，替换这个链接
rules-extends-no-siblings = 同一目录下没有其他规则集
rules-extends-siblings = 同一目录下的规则集：{ $names }
rules-extends-nearest-siblings = 同一目录下共 { $count } 个规则集，最接近的是：{ $names }（另有 { $more } 个）
rules-extends-cycle = `extends` 形成了循环：{ $chain }
rules-extends-cycle-help = 规则集不能直接或经由上级规则集继承自己
rules-extends-missing = `extends = "{ $parent }"` 在 `{ $root }` 下找不到这个规则集
accepted-not-a-number = 案卷 `{ $id }`：`{ $field }` = “{ $text }”不是数字
accepted-not-a-number-help = 已确认结果文件由 `jixiao regress --accept` 生成；请从 git 恢复它

## 规则脚本（rules::script-*）。

case-decimal-unquoted = 小数要写在英文双引号里才能保持精确：按表上所写写成 "{ $value }"
script-outside-rule-set = 它在规则集的文件夹之外（脚本要放在所属规则集的文件夹内）：未读取
script-syntax = 脚本 `{ $script }` 无法编译：{ $error }
script-syntax-help = 脚本语言和挂接点见 docs/scripting.md
script-eval-disabled-help = 规则脚本中不能使用 `eval`、`import` 和 `export`：把代码直接写在脚本里
script-too-deep-help = 表达式最多嵌套 { $depth } 层，函数体内 { $function_depth } 层（`[script_limits] max_expr_depth`，已调低以便 `max_call_levels = { $call_levels }` 层嵌套调用能放进栈）
script-no-hook-function = 脚本 `{ $script }` 没有供 `{ $hook }` 挂接点调用的函数 `{ $name }`（{ $params } 个参数）
script-hook-arity-help = `{ $name }` 有 { $takes } 个参数，而 `{ $hook }` 挂接点传入 { $passes } 个：`{ $signature }`
script-no-functions-help = 脚本里没有定义函数：加上 `{ $signature } {"{"} … {"}"}`
script-add-function-help = 加上 `{ $signature } {"{"} … {"}"}`；脚本中已定义：{ $defined }

## 案卷与所用规则集的核对（check）。

case-unknown-level1 = 一级指标“{ $label }”与规则集 `{ $rules }` 的一级指标都对不上
case-level1-names = 一级指标有：{ $names }
case-unknown-band = 按规则集 `{ $rules }` 评分时，{ $finding }
case-band-names = 定性档次有：{ $names }
case-points-sum = 各指标与预算执行率填写的分值合计 { $sum }，不是规则集 `{ $rules }` 要求的 { $total }
case-points-sum-adjustable-help = 规则允许调整一级指标分值，但合计仍须等于总分
case-points-sum-fixed-help = 规则固定了各项分值：请按规则集的分值填写

## 成批评分或检查时，案卷与其规则集。

case-no-rules = 这份案卷文件没有指定规则集
case-unknown-rules = `{ $root }` 下没有规则集 `{ $id }`
case-rule-sets-under = `{ $root }` 下的规则集：{ $ids }
case-no-rule-sets-under = `{ $root }` 下没有任何规则集：请在项目目录中运行 jixiao，或用 `--rules-root 目录`（按编号找规则集）或 `--rules 目录`（所有案卷用同一规则集）
case-more-missing-rules = 另有 { $count } 份案卷指定了不存在的规则集 `{ $id }`，未评分
case-more-no-rules = 另有 { $count } 份案卷文件也没有指定规则集，未评分：{ $files }{ $more ->
        [0] {""}
       *[other] 等
    }（用 `--rules` 可一并指定；各自合用的规则集见 `jixiao rules list`）
case-link-skipped = `{ $link }` 链接到包含它自身或已读过的文件夹：未跟随
case-link-skipped-help = 每份案卷只读一次；如果链接是误建的，请删除
script-disabled = 规则集 `{ $rules }` 的脚本 `{ $script }` 已 { $times } 次超时，本次运行余下的案卷不再执行它：之后的案卷未经该脚本评分
script-disabled-help = 让脚本运行得更快，或调高 `[script_limits] timeout_ms`；每份跳过的案卷都有一条“脚本运行失败”的问题提示
script-dry-run-fails = 脚本 `{ $script }`（函数 `{ $function }`）在 { $cases } 份案卷中有 { $failed } 份运行失败：{ $error }
script-dry-run-function-hint = 脚本只能调用自己定义的函数和 docs/scripting.md 列出的函数（不能读文件、取时间或暂停）
script-dry-run-property-hint = `form`、`ind`、`result` 和 `rules` 的字段见 docs/scripting.md
script-dry-run-hint = 见 docs/scripting.md
script-unknown-field = 脚本读取的字段 `{ $field }` 不存在
script-read-only-field = 脚本给 `{ $field }` 赋值：`form`、`ind`、`result` 和 `rules` 的字段只能读，不能改
script-field-did-you-mean = 是不是 `{ $field }`？（字段见 docs/scripting.md）
script-field-list = 可读的字段有：{ $fields }（见 docs/scripting.md）
script-read-only-hint = 挂接点的结果用 `decision(#{"{"} … {"}"})` 返回（见 docs/scripting.md）
script-error-failed = 脚本 `{ $at }`（函数 `{ $function }`）运行失败：{ $message }
script-error-limit = 脚本 `{ $at }`（函数 `{ $function }`）超出限制 `{ $limit }`：{ $message }
script-dry-run-help = { $hint }；第一次失败在 `{ $case }`
script-disabled-not-run = 本次运行中该脚本已超时 { $times } 次，余下的不再执行：未运行
script-case-budget-not-run = 这份表的脚本已用完运行时间：未运行
script-too-many-operations = 脚本运算次数超过上限，已被中止：多半是有循环不会结束
script-stack-overflow = 函数调用嵌套太深，脚本已被中止：多半是有函数无休止地调用自己
script-too-many-variables = 脚本同时定义的变量太多，已被中止
script-timeout = 脚本运行超时，已被中止
script-data-too-large = 脚本中的文字、数组或对象映射太大，已被中止
script-limit-hint = 检查每个循环、每个调用自身的函数都能结束；确实需要更多时，调高规则文件 `[script_limits]` 中的 `{ $key }`
script-thrown = 脚本主动报错（throw）：{ $value }
script-thrown-hint = 这是脚本自己报告的问题（`throw`）：按它说的修改规则文件的 `params` 或脚本
script-unknown-function = 脚本调用的函数 `{ $name }` 不存在
script-function-did-you-mean = 是不是 `{ $name }`？（脚本能调用的函数见 docs/scripting.md）
script-wrong-arguments = 函数 `{ $name }` 不能用{ $given }作参数
script-wrong-arguments-hint = 它的写法是：{ $accepted }；文字转成数用 `parse_decimal(…)`，数转成文字用 `to_string()`，没填的格（`()`）先用 `if x == () {"{"} … {"}"}` 判断
script-operator-types = 运算 `{ $op }` 不能用于{ $given }
script-operator-hint = 运算两边都要是数（或都是文字）：文字先用 `parse_decimal(…)` 转成数；没填的格是空值 `()`，计算前先用 `if x == () {"{"} … {"}"}` 判断
script-type-none = 没有值
script-type-pair = { $a }和{ $b }
script-type-list = { $types }
script-type-text = 文字
script-type-integer = 整数
script-type-number = 数
script-type-bool = 真假值
script-type-unit = 空值（`()`）
script-type-array = 数组
script-type-map = 对象映射
script-type-char = 字符
script-type-other = `{ $name }`
script-unknown-variable = 脚本用到的变量 `{ $name }` 没有定义
script-variable-did-you-mean = 是不是 `{ $name }`？
script-variable-hint = 变量要先用 `let` 定义再使用；挂接点函数的参数是 `form`、`rules`、`ind` 和 `result`（见 docs/scripting.md）
script-division-by-zero = 除数为 0（`{ $detail }`）
script-division-by-zero-hint = 先判断除数是否为 0：`if d == 0 {"{"} … {"}"}`
script-arithmetic = 计算结果超出范围（{ $detail }）
script-array-bounds = 下标 { $index } 超出范围：数组只有 { $count } 项
script-string-bounds = 下标 { $index } 超出范围：文字只有 { $count } 个字符
script-wrong-type = 这里需要{ $expected }，却是{ $got }
script-indexing = `[…]` 不能用于{ $what }
script-for = `for` 只能遍历数组、范围（`0..n`）或文字
script-runtime = Rhai 报错：{ $detail }
script-decision-rejected = 返回的决定未被采纳：{ $why }
script-rejected-hint = 挂接点返回 `()`（不作改动）或 `decision(#{"{"} … {"}"})`，可用的键见 docs/scripting.md
script-missing-token = 这里缺少 `{ $token }`（Rhai：{ $detail }）
script-map-items-help = 对象映射 `#{"{"} … {"}"}` 里各项之间用英文逗号 `,` 分隔，不用 `;`：`#{"{"} score: 0, reason: "…" {"}"}`；检查这一项前后是否少了 `,` 或多写了 `;`
script-brackets-help = 检查每个 `(`、`{"{"}`、`[` 都有对应的 `)`、`{"}"}`、`]`，每条语句末尾有 `;`
script-unexpected-end = 脚本没写完就结束了：缺少右花括号 `{"}"}` 或右括号 `)`
script-function-twice = 函数 `{ $name }`（{ $params } 个参数）定义了两次
script-assign-constant = `{ $name }` 是常量，不能再赋值
script-assign-constant-help = 需要改变它的值时用 `let` 定义，不用 `const`
script-reserved = `{ $word }` 是保留字，不能用作名字
script-syntax-other = 脚本写法不符合脚本语言的规定（Rhai：{ $detail }）
script-unknown-operator = 脚本语言没有运算符 `{ $text }`
script-bad-index = `[…]` 里的下标写得不对
script-bad-index-help = 数组和文字的下标是整数（从 0 数起），对象映射的下标是加双引号的键：`ind["name"]`
script-bad-capture = 闭包捕获变量的写法不对
script-duplicated-property = 对象映射 `#{"{"}…{"}"}` 里的键 `{ $name }` 写了两次
script-duplicated-variable = 名字 `{ $name }` 在这里用了两次
script-switch-order = `switch` 里的数值分支不能写在范围分支之后
script-switch-default = `switch` 的默认分支 `_` 要写在最后
script-switch-condition = 这个 `switch` 分支不能带 `if` 条件
script-property-expected = `.` 后面要写字段名
script-variable-expected = 这里要写变量名
script-forbidden-variable = `{ $name }` 不能用作变量名
script-condition-not-bool = `if` 或 `while` 的条件要是真假值（比较的结果，如 `x > 0`）
script-condition-help = 比较是否相等用 `==`，不是 `=`；判断一格是否没填写 `x == ()`
script-mismatched-type = 这里的值类型不对（Rhai：{ $detail }）
script-expr-expected = 这里缺少一个值或表达式
script-doc-comment = 文档注释 `///` 后面要紧跟函数定义
script-doc-comment-help = 普通注释用 `//`
script-fn-nested = 函数只能定义在脚本的最外层，不能写在另一个函数或 `{"{"}…{"}"}` 里面
script-fn-no-name = `fn` 后面要写函数名
script-fn-no-params = 函数 `{ $name }` 的名字后面要写参数表 `(…)`
script-fn-param-twice = 函数 `{ $name }` 的参数 `{ $param }` 写了两次
script-fn-no-body = 函数 `{ $name }` 的参数表后面要写函数体 `{"{"}…{"}"}`
script-assign-invalid = 等号 `=` 左边的东西不能被赋值
script-assign-invalid-help = 比较是否相等用 `==`；赋值时等号左边要是用 `let` 定义的变量
script-variable-exists = 变量 `{ $name }` 已经定义过
script-module-undefined = 模块 `{ $name }` 不存在
script-too-many-functions = 脚本定义的函数太多
script-literal-too-large = 写出的文字、数组或对象映射太大（上限 { $max }）
script-loop-break = `break` 和 `continue` 只能写在循环里
script-lex-unexpected = 脚本里不能出现 `{ $text }`
script-lex-unexpected-help = 多半是输入法打出的全角或特殊符号：切换到半角再输入；文字要放在双引号 `"…"` 里
script-lex-open-string = 这一行的字符串没有用半角的 `"` 结尾
script-lex-open-string-help = 字符串用半角的 `"` 开头，也要用半角的 `"` 结尾（中文输入法打出的 `”` 不算）；一行写不下时在行末加 `\`
script-lex-too-long = 文字或名字太长（最多 { $max } 个字符）
script-lex-escape = 字符串里的转义写法 `{ $text }` 不对
script-lex-escape-help = 反斜杠 `\` 在字符串里开始一个转义：要写反斜杠本身时写两个 `\\`
script-lex-number = `{ $text }` 不是数的写法
script-lex-number-help = 数写成 `12`、`0.5`；带单位或百分号的写成文字再转换：`parse_decimal("0.5")`
script-lex-char = `{ $text }` 不是字符的写法
script-lex-char-help = 单引号 `'` 只括一个字符；文字要用半角双引号 `"…"`
script-lex-name = `{ $text }` 不能用作名字
script-lex-symbol = 脚本语言没有 `{ $text }` 这个符号
script-lex-symbol-instead = 这里应写 `{ $instead }`
script-keyword-disabled = 脚本用到了 `{ $keyword }`，规则脚本不能使用它
script-too-deep = 表达式嵌套太深
import-forms-need-rules = `{ $path }` 里是自评表，不是案卷文件：这些表没有指定规则集

## 回归核对（regress::*）。

regress-no-note = `--accept` 需要同时写 `--note`
regress-no-note-help = 说明新结果为什么是对的：`--note "第 2 档改按中点计分"`
regress-points-accept = `--accept` 与 `--points rules` 同用会把假设性的结果记为已确认
regress-points-accept-help = 已确认的结果按每张表自己填写的分值计分：去掉 `--points rules` 再确认
regress-mixed-rules = 案卷批次 `{ $name }` 指定了多个规则集：{ $ids }
regress-mixed-rules-help = 一个案卷集是一个地区一个年度的表：按规则集分成不同的文件夹
regress-no-rules = 案卷集“{ $corpus }”中的 { $count } 份案卷文件没有指定规则集，未评分：{ $files }
regress-no-rules-more = { $files } 等（另有 { $count } 份）
regress-no-rules-help = `jixiao import` 不加 `--rules` 时，写出的案卷文件里没有 `rules = "…"` 这一行。可以用 `jixiao import --rules anhui-2023 …`（换成这批表适用的规则集）重新导入，会写上这一行；或在每份案卷文件的 `[form]` 下加上 `rules = "<规则集编号>"`；也可以这次用 `jixiao regress { $corpus } --rules rules/<规则集编号>` 按指定的规则集评分
regress-unknown-case = 各案卷批次中没有案卷 `{ $name }`
regress-unknown-case-help = 用不带 `.toml` 的文件名称呼案卷，或写成 `案卷批次/编号`
regress-no-corpora = `{ $path }` 不是存放案卷批次的文件夹
regress-no-corpora-help = 在仓库根目录运行，或用 `--cases 目录` 指定
regress-corpora-under = `{ $path }` 下的案卷批次：{ $names }
regress-unknown-corpus = 没有案卷批次 `{ $name }`
regress-accepted-rules-missing = 案卷 `{ $id }` 是按规则集 `{ $rules }` 确认的，但 `{ $root }` 下没有这个规则集

## 导入自评表（import::*）。

import-note-diagnostic = { $message }（{ $place }）
import-note-diagnostic-form = 第 { $form } 张表：{ $message }（{ $place }）
import-notes-more = 另有 { $count } 条同类导入说明{ $forms }，未逐条打印：全部见 `--notes all`，或报告（xlsx、HTML、JSON）
import-notes-more-forms = （第 { $first }–{ $last } 张表）
import-notes-more-form = （第 { $form } 张表）

## 按编号查找规则集。

rules-id-mismatch = 规则集编号 `id = "{ $id }"` 与所在文件夹的名称“{ $dir }”不一致（照这样评分，结果和对比报告里的规则集会写成“{ $id }”）
rules-id-mismatch-help = 复制规则集后要把编号改成新文件夹的名称：`id = "{ $dir }"`
rules-unknown-rule-set = 找不到规则集 `{ $arg }`：既不是含有 { $file } 的文件夹，也不是 `{ $root }` 下的编号
rules-stale-description = 这个规则集改动了规则，却沿用了 `{ $parent }` 的说明（`description`）
rules-stale-description-help = 在 `[rule_set]` 下写一条 `description`，说明这个规则集改了什么
rules-stale-title = 这个规则集的年度是 { $year }，标题却沿用了上级的“{ $title }”
rules-stale-title-help = 在 `[rule_set]` 下写一行本规则集的标题，例如：`title = "{ $title }"`

## 命令行读写的文件。

output-is-directory = `{ $path }` 是一个文件夹
output-is-directory-help = 指定一个要写入的文件名
output-is-input = `{ $path }` 是本命令读取的文件：把结果写到那里会毁掉它
output-is-input-help = 把结果写到另一个文件
output-exists = `{ $path }` 已存在，会被覆盖
output-exists-help = 加上 --force 才会覆盖，或写到另一个文件
import-exists = `{ $path }` 已存在且内容不同
import-exists-help = 它是以前从同一文件、同一张表导入的，此后内容有变化：加上 --force 才会用这次导入的内容覆盖
import-rules-line = `{ $path }` 与上次导入的内容相同，只有规则集一行不同：{ $was } → `{ $now }`，已改写这一行
import-rules-line-none = 没有写
import-rules-unsuited = 写进案卷文件的规则集 `{ $id }`（{ $year } 年度）不合这些表（表上的年度：{ $years }）：{ $why ->
        [later] 它晚于表上的年度
        [template] 它不是为这种表写的（表名不同）
       *[newer] 同一地区有更合这个年度的 `{ $newer }`
    }
import-mixed-rules = 导入后，`{ $dir }` 里的案卷文件指定了 { $count } 套不同的规则集：{ $groups }。评分时各按各的规则集，复核（regress）不接受规则集不一的案卷批次
import-mixed-group = `{ $id }`：{ $files }
import-mixed-group-none = 没有写规则集：{ $files }
import-mixed-then = { $first }；{ $rest }
import-mixed-files = { $files }{ $more ->
        [0] {""}
       *[other] 等 { $count } 份
    }
import-mixed-rules-help = 一个文件夹只放一套规则集的表。以前导入后改过的文件不会被改写（见上面的 import::exists）：确要按这次的规则集，加上 `--force` 重新导入（改过的内容会被这次导入的内容替换），或在这些文件的 `[form]` 下把 `rules = "…"` 改成同一套；确是不同年度或地区的表，按规则集分到不同的文件夹
import-no-rules = 导入时没有加 `--rules`，写出的案卷文件都没有指定规则集，评分、复核（regress）时会报错。{ $help }
import-renamed = `{ $own }` 是从另一文件导入的同名的另一张表：这张表写为 `{ $path }`

## 规则文件：[satisfaction]（#17）

rules-satisfaction-no-names = `names` 没有列出满意度指标名称中的词
rules-satisfaction-no-names-help = 写出满意度指标名称中的词，例如 `names = ["满意度"]`
rules-sample-not-whole = `size = "{ $size }"` 不是整数人数
rules-sample-not-whole-help = 写出有效样本的最少人数，例如 "30"
rules-sample-cap-above-points = `cap = "{ $cap }"` 超过了分值
rules-sample-cap-above-points-help = 写出样本不足时最多可得分值的比例，例如 "80%"

## 工作簿、网页和文本读取时的导入说明。

import-sheet-unreadable = 无法读取这张工作表：{ $error }
import-sheet-hidden = 这张工作表是隐藏的，已跳过（在 Excel 或 WPS 中取消隐藏后才能导入其中的表）
import-sheet-very-hidden = 这张工作表被深度隐藏（只能用宏显示），已跳过（在 Excel 或 WPS 中取消隐藏后才能导入其中的表）
import-formula-no-value = 公式 `={ $formula }` 没有保存计算结果（工作簿未重新计算），按空白读取——请在 Excel 或 WPS 中打开并保存工作簿
import-cell-error = 这一格是 Excel 的错误值 `{ $error }`（部门工作簿中的公式计算失败，没有数值）：按无法识别读取，不当作空白；请向部门索取数值或修正公式
import-number-shown = 这一格显示为 { $shown }（数字格式 `{ $format }`），保存的数是 { $stored }：按显示的 { $shown } 读取
import-row-hidden = { $sheet } 第 { $row } 行是隐藏行（{ $text }），按屏幕上看到的表读取，未导入
import-column-hidden = { $sheet } 第 { $column } 列是隐藏列（{ $text }），按屏幕上看到的表读取，未导入
import-row-hidden-page = 这一行在网页上是隐藏行（{ $text }），按浏览器中看到的表读取，未导入
import-cell-hidden-page = 这一格在网页上是隐藏的（{ $text }），按浏览器中看到的表读取（其后的单元格前移），未导入
import-number-rounded = 数字 { $written } 超过 6 位小数，按 { $read } 读取
import-date-cell = 这一格是日期（以数字 { $serial } 加日期格式保存），按 { $text } 读取
import-date-cell-xml = 这一格是日期（以 { $stored } 保存），按 { $text } 读取
import-spreadsheet-ml-index = 这张表是 LibreOffice 写出的 XML 电子表格：其单元格序号（ss:Index）不计上方合并单元格占去的列，已按此排列各格（Excel 计入这些列）；请核对这一行起各格是否在正确的列
import-embedded-workbook = 本表读自文档中嵌入的 Excel 对象 { $entry }（粘贴为对象的表格，正文中只显示它的图片）
import-embedded-duplicate = 文档中嵌入的 Excel 对象 { $entry } 中的“{ $project }”与前面读到的同一张表（项目名称、总分和指标行数都相同）重复，只评一次
import-embedded-unreadable = 文档中嵌入的 Excel 对象 { $entry } 无法读取，其中的表未导入：{ $error }
import-declaration-sheet-skipped = 工作表“{ $sheet }”第 { $line } 行“{ $text }”表明这是{ $kind ->
        [targets] 绩效目标表（只列预算安排时定下的指标值
       *[declaration] 绩效目标申报表（只列年初申报的指标值
    }，没有实际完成值和得分），未评分；本文件中的自评表照常评分
import-blank-form-skipped = 第 { $form } 张表（第 { $line } 行“{ $text }”起）没有填写任何数字（资金、指标值、实际完成值、分值、得分和总分都是空的），是空白表样：未评分，不计入汇总；本文件中填写了的表照常评分
import-sheet-too-many-cells = 这张工作表有内容的格超过 { $max } 个，其余部分未读取
import-sheet-too-many-merges = 这张工作表的合并单元格超过 { $max } 处，其余的未计入
import-skipped-after-last-cell = 最后一格之后的文字不属于表格，未导入
import-skipped-before-title = 表题“项目支出绩效自评表”之前的文字不属于表格，未导入
import-encoding-read-as = 文件不是 UTF-8 编码，按 { $encoding } 读取（中文 Windows 软件常用的编码）
import-encoding-not-utf8 = 文件不是有效的 UTF-8 编码
import-encoding-replaced = { $read }；有些字节无法按任何编码识别，已替换为“�”
import-page-charset = 网页声明的字符集为 charset={ $declared }，按 { $encoding } 读取

## 导入时对所读文件的说明。

import-format-xlsx = Excel 工作簿（.xlsx）
import-format-xls = Excel 工作簿（.xls，Excel 97-2003）
import-format-spreadsheet-ml = Excel XML 电子表格（Excel 2003 XML，常命名为 .xls 或 .xml）
import-format-docx = Word 文档（其中的表格）
import-format-doc = 旧版 Word 文档（.doc，其中的表格）
import-format-html = 网页（其中的表格）
import-format-seed-text = 种子文本（以 `|` 分格）
import-format-paragraphs = 分段文本（每段一格）
import-format-flat-text = 压平的文本（一张表压成一行或每页一行，按空格分格）
import-format-glued-text = 连写的文本（格间没有分隔，按模板拆分）
import-format-tab-text = 制表符分隔的文本（从 Excel 或网页复制的表格）
import-format-pipe-text = 以 `|`（或全角 `｜`）分隔单元格、每行一行的表格文字（Markdown 表格、制表符换成 `|` 的复制表格，转换工具或聊天工具给出的表格）
import-format-csv-text = 逗号分隔的文本（CSV：Excel、WPS 或业务系统“另存为 / 导出 CSV”的表格）
import-read-as = `{ $name }`：按{ $format }读取
import-form-cut-short = 注意：第 { $form } 张表（`{ $path }`）不完整：已导入现有部分，并标记为不完整
import-summary = 从 `{ $name }` 导入 { $forms } 张表：写入 { $written } 个，未变 { $kept } 个
import-scoring-forms = 对从 `{ $name }` 导入的 { $forms } 张表评分（未写出案卷文件；`jixiao import --out 目录` 可写出）
import-folder-summary = 已读取文件夹 `{ $path }` 中的 { $files } 个自评表文件
import-folder-no-forms = 文件夹 `{ $path }` 中没有自评表文件（.xlsx、.xls、.docx、.html、.txt 等）：没有可导入的表
import-rules-outside-root = 案卷文件中写入规则集编号 `{ $id }`（文件夹 `{ $dir }` 的名称）；这个文件夹不在规则目录 `{ $root }` 下，评分和监视时请加 `--rules-root { $parent }`（或 `--rules { $dir }`）
import-rules-not-a-rule-set = `--rules { $dir }` 不是规则集：那里没有 rules.toml
import-rules-not-a-rule-set-help = `--rules` 写规则集编号（规则目录下的文件夹名，例如 `anhui-2023`），或含 rules.toml 的规则集文件夹

## check 的汇总行。

check-summary = 已检查 { $rule_sets } 个规则集、{ $cases } 个案卷文件
check-summary-tried = { $summary }；规则脚本的试运行（及 `--against` 的比较）用了 { $tried } 份案卷
check-against = { $set } 与 { $base } 相比：{ $cases } 张表中 { $moved } 张总分会变（{ $grades ->
        [0] 等级不变
       *[other] 其中 { $grades } 张等级会变
    }）；用 `{ $command }` 查看是哪些、为什么

## rules changelog 与 diff：两个规则集之间的实质改动。

change-from-to = { $what }：{ $from } → { $to }
change-phrases-that-mark-an-indicator-not-applicable = 表示指标不适用的用语
change-none-words = 表示“未发生”的用语（年度指标值要求不发生、实际完成值写这些用语的，为达成）
change-not-applicable-points = 不适用指标的分值
change-not-applicable-points-exclude = 剔除（总分的满分相应减少）
change-not-applicable-points-rescale = 剔除后按百分制折算（适用指标得分 ÷ 适用分值 × 满分）
change-deviation-reason-required-below-the-points = 得分低于分值时须写偏差原因
change-grading-optional = 可以不评级
change-year = 规则的年度
change-points-all-indicators-add-up-to = 各项分值合计（总分）
change-forms-may-adjust-the-level-1-weights = 自评表可以调整一级指标分值
change-execution-label = 预算执行率的名称
change-execution-points = 预算执行率分值
change-execution-scoring = 预算执行率计分方法
change-execution-rate-measured-against = 执行率的分母
change-execution-rate-that-must-be-explained = 须说明原因的执行率
change-execution-band-table = 执行率分档表
change-budget-adjustment-that-must-be-explained = 须说明原因的预算调整幅度
change-budget-execution-counted-inside = 预算执行率计入的一级指标
change-execution-rounding-places = 预算执行率得分的小数位数
change-execution-rounding-mode = 预算执行率得分的舍入方式
change-a-reported-score-inside-its-band-is-accepted = 自评得分在档次之内即予认可
change-direction-of-a-target-without-comparator = 未写比较符的目标值的方向
change-bare-target-by-level2 = 未写比较符的目标值的方向（按二级指标）
change-bare-target-by-name = 未写比较符的目标值的方向（按指标名称）
change-except-names = 名称含 { $words } 的除外
change-band-words-answering-a-numeric-target = 定量指标填写档次用语时
change-target-of-0 = 目标值为 0 时
change-deadline = 完成时限（日期）型年度指标值所依据的规则
change-level1-points = { $name }分值
change-level1-aliases = { $name }的别名
change-band-label = 第 { $band } 档的名称
change-band-aliases = “{ $band }”档的别名
change-band-lower = “{ $band }”档的下限
change-band-upper = “{ $band }”档的上限
change-band-score-at = “{ $band }”档的计分点
change-band-score-follows = （计分点 score_at = "{ $at }" 随之：{ $from } → { $to }）
change-formula = { $direction }指标的计分公式
change-rounding-places = { $what }的小数位数
change-rounding-mode = { $what }的舍入方式
change-indicator-rounding = 指标得分
change-total-rounding = 总分
change-level1-all = 一级指标
change-bands-all = 定性档次
change-far-exceeded = 远超目标时
change-satisfaction = 满意度指标
change-script-order = 脚本运行顺序
change-grades = 等级
change-execution-rounding = 预算执行率得分的舍入
change-source = “{ $rule }”的依据来源
change-source-not-said = （未注明）
change-script-removed = 删除了脚本 `{ $script }`（挂接点：{ $hooks }）
change-script-added = 新增了脚本 `{ $script }`（挂接点：{ $hooks }）
change-script-changed = 脚本 `{ $script }` 有改动（{ $what }）
change-script-text = 正文
change-script-hooks = 挂接点
change-script-param = 参数 `{ $name }`
change-script-line = 第 { $line } 行起：
change-list-separator = 、
change-script-limits = 脚本限制：{ $limits }
change-yes = 是
change-no = 否
change-none = （无）
change-method-proportional = 执行率 × 分值（按比例）
change-method-threshold = 达到 { $full_at } 得满分，每低一个百分点扣 { $deduct } 分
change-method-bands = 按执行率分档计分
change-denominator-full-year = 全年预算数（调整后）
change-denominator-initial = 年初预算数
change-execution-funds = 预算执行率的预算数、执行数取自
change-execution-funds-total = 年度资金总额一行
change-formula-ratio = 按比例
change-formula-all-or-nothing = 达标满分，否则 0 分
change-formula-met-or-ratio = 达标满分，否则按比例
change-formula-per-point = 达标满分，否则每差一个百分点扣 { $deduct } 分
change-formula-linear-cut = 线性扣减（达到目标值 { $zero_at } 倍时 0 分）
change-inclusive = 含
change-exclusive = 不含
change-far-not-checked = 不检查
change-far-review = 从 { $at } 起提示复核
change-far-cut = 从 { $at } 起扣减分值的 { $cut }
change-below = 低于 { $rate }
change-beyond = 超过 { $rate }
change-own-level1-item = （单列一项）
change-as-indicator-scores = 同指标得分
change-scored-by-bands = 按档次计分
change-scored-0 = 计 0 分
change-zero-target-ceiling = 作为上限，达标满分否则 0 分
change-zero-target-formula = 按该方向的公式计分
change-deadline-cited = 已写明（按期完成得满分，否则 0 分）
change-deadline-uncited = 未写明（计分相同，不注明依据）
change-satisfaction-not-read = 不按调查人数计分（与其他指标相同）
change-no-minimum-sample = { $satisfaction }；无最低样本量
changelog-header = 从 { $from } 到 { $to } 的改动：
changelog-resolved-files = 展开继承后的规则文件：
changelog-identical = （相同）
change-rounding = { $places } 位小数，{ $mode }
## `rules show`：首行和规则集运行的脚本。
rules-show-head = # { $id }：哈希 { $hash }
rules-show-inherited = 继承
rules-show-no-scripts = # 脚本：无
rules-show-scripts = # 脚本，按运行顺序：
rules-show-script = #   { $n }. { $name }（挂接点：{ $hooks }），读自 { $file }，声明于 { $at }
## `rules list`：规则目录下的规则集。
rules-list-head = `{ $root }` 下有 { $count } 套规则集：
rules-list-example = 构造的示例，不是任何地区的规则
rules-list-broken = （规则文件有错误：用 `jixiao check { $root }/{ $id }` 查看）
rules-list-use = 评分时用 `--rules 编号` 指定规则集，例如 `jixiao score 自评表.xlsx --rules { $id }`；`jixiao rules show 编号` 显示一套规则的全部内容。
rules-list-none = `{ $root }` 下没有规则集（没有哪个子目录里有 rules.toml）：用 `--rules-root 目录` 指定规则目录
## 表或案卷文件没有指定规则集时，按表上的年度和表名提出合用的规则集。
rules-suited-set = `{ $id }`（{ $title }）
rules-suited-no-year = 表上没有写年度
rules-suited-forms = 按表上的年度（{ $years }）和表名，合用的规则集：{ $sets }。{ $count ->
        [1] 评分时加上 `--rules { $id }`
       *[other] 按本地区（主管部门所在的省、市）选定一套（每个地区列出年度最近的一套），评分时加上 `--rules 编号`，如 `--rules { $id }`
    }；全部规则集见 `jixiao rules list`
rules-suited-case = 按表上的年度（{ $years }）和表名，合用的规则集：{ $sets }。{ $count ->
        [1] {""}
       *[other] 按本地区（主管部门所在的省、市）选定一套（每个地区列出年度最近的一套），例如
    }在 `[form]` 下加上 `rules = "{ $id }"`，或评分时用 `--rules { $id }` 指定（导入时加 `--rules { $id }`，写出的案卷文件就带上这一行）；全部规则集见 `jixiao rules list`
rules-choose-forms = 评分时用 `--rules 编号` 指定评分所用的规则集；有哪些规则集见 `jixiao rules list`
rules-choose-case = 在 `[form]` 下加上 `rules = "<规则集编号>"`，或评分时用 `--rules 编号` 指定；有哪些规则集见 `jixiao rules list`
import-note-flat-row = { $what ->
        [funds] 资金
       *[indicator] 指标
    }行有 { $cells } 个单元格，表头有 { $width } 列（压平成一行的文本丢掉了空单元格）；已按各单元格的内容放入各列：{ $placed }
import-note-glued-full-width = 文本中 { $count } 个全角数字或符号已按半角读取（“１５”读作“15”）
import-note-glued-indicator = 粘连的指标文字在名称后出现两个值处拆分：{ $level3 } / 年度指标值{ $target } / 实际完成值{ $actual }
import-note-glued-reason = 其后没有数值的文字{ $text }读作上一行的未完成原因
import-note-flat-deviation = { $level3 }得分后的单元格{ $text }读作其偏差原因（下一行的数值位置正好对上）
import-note-flat-deviation-last = { $level3 }得分后的单元格{ $text }读作其偏差原因（表中最后一行指标，其后没有指标行）
import-note-flat-deviation-broken = { $level3 }得分后的 { $cells } 个单元格{ $text }合读作其偏差原因（被空格断开）：其后的总分行只有自己的分值、得分，这些单元格中也没有与上一行共用分值的指标行所需的数值（数字、界限、完成情况用语）
import-note-flat-deviation-broken-mid = { $level3 }得分后的 { $cells } 个单元格{ $text }合读作其偏差原因（被空格断开）：其后紧接着下一行指标，数值位置正好对上；这些单元格中没有与上一行共用分值的指标行所需的数值（以数字或界限开头的值、完成情况用语），{ $why ->
        [lost] 而该行得分低于分值，正需要说明偏差原因
        [figure] 其中的数字夹在说明文字中间，不是以数字或界限开头的指标值写法，读作一句说明
       *[words] 而且写的是说明原因的用语，不是指标名称
    }
import-note-cells-per-line = 文本的单元格之间没有空行：每行读作一个单元格（空行为空单元格）
import-note-cells-per-paragraph = 单元格按以空行分隔的段落读取（连续三个空行为一个空单元格）
import-note-rows-rebuilt = “|”单元格没有成串的空单元格（网页表格每行一个单元格）：按内容重建各行，与段落文本相同
import-note-labels-by-count = { $cells } 个单元格对应 { $width } 列：按单元格个数{ $labels ->
        [1] 将第一个单元格读作二级指标
       *[other] 将前两个单元格读作一级、二级指标
    }，而非按其文字识别
import-note-flat-blank-target = { $level3 }一行的分值、得分提前了一格（复制时丢掉了空单元格），因此按年度指标值为空读取
case-remark-read = “{ $text }”按“{ $read }”读取：括号中的“{ $remark }”是说明，不是第二个数
case-remark-read-help = 无需修改：数值后面括号里的说明（如“注：抽样调查300人”）不参与计分
case-remark-read-words = “{ $text }”按“{ $read }”判断完成情况：括号中的“{ $remark }”是说明
case-remark-read-words-help = 无需修改：文字后面括号里的说明不参与判断；若括号中的话改变了完成情况（如“部分完成”），请写进实际完成值
