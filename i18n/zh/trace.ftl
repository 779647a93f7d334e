# 计算过程：每个数字是怎样算出的（`score --explain`、JSON 的 `trace[].text`、HTML 和 xlsx 报告），
# 以及引擎所用名称的中文说法。

## 名称

word-direction-positive = 正向
word-direction-reverse = 反向
word-direction-equal = 等值
word-formula-ratio = 按比例计分
word-formula-all-or-nothing = 达标得满分、否则 0 分
word-formula-met-or-ratio = 达标得满分、否则按比例
word-formula-per-point = 按差距扣分
word-formula-linear-cut = 线性递减
word-round-half-up = 四舍五入
word-round-truncate = 截尾
word-round-half-even = 四舍六入五成双
word-source-quoted = 原文
word-source-inferred = 推断
word-source-assumed = 假定
word-method-band = 定性分档
word-method-ratio = 按比例
word-method-all-or-nothing = 达标得满分
word-method-linear-cut = 线性递减
word-method-per-point = 按差距扣分
word-method-not-applicable = 不适用
word-method-reported-kept = 沿用自评得分
word-method-unscored = 无法计分（待人工评定）
word-method-missing = 无实际完成值
word-method-script = 脚本
word-method-met = 达成
word-method-not-met = 未达成
word-method-unjudged = 无法判断
# 步骤所依据的规则：先写政策依据的名称，再写规则编号（文件:行，政策编号，来源）。
word-rule = { $name }{ $key }（{ $file }:{ $line }{ $policy }{ $source }）
word-rule-name = { $name }：
word-rule-name-unnamed = 规则集自定：
word-rule-policy = ，[policy.{ $policy }]
word-rule-source = ，{ $source }

## 定量指标的方向从何而来

trace-why-nature = 指标性质“{ $nature }”
trace-why-comparator = 比较符“{ $comparator }”
trace-why-bare-under = 按{ $level2 }的规则为{ $direction }（{ $key }）
trace-why-bare-excepted = 指标名称含“{ $word }”，{ $level2 }的规则不适用（{ $key }）：默认为{ $direction }
trace-why-bare-name = 表上未写方向，指标名称含“{ $word }”：按{ $direction }指标（{ $key }）
trace-why-bare = 默认为{ $direction }
trace-why-script = 方向由脚本“{ $file }”确定
trace-why-zero-target = 年度指标值为 0，视为上限
trace-why-range-lower = 区间指标值：达到下限即完成
trace-why-range-upper = 区间指标值（反向指标）：不超过上限即完成

## 指标

trace-shared-points = { $count } 个指标共用一个分值单元格（{ $points } 分）：每个指标 { $share } 分
trace-capped-rounded = 不超过分值 { $points }，{ $mode }保留 { $places } 位小数：{ $raw } → { $score }
trace-no-actual = 无实际完成值：0 分
trace-reported-kept = 无法按表中数据计算：沿用自评得分 { $score }
trace-unscored = 无法按表中数据计算，也没有自评得分：此项不计分（按 0 加入总分只为合计其余各项），计算总分不完整，不评等级
trace-points-unknown = 分值无法识别，本行满分未知：此项不计分（按 0 加入总分只为合计其余各项），计算总分不完整，不评等级
trace-points-from-label = 表上没有分值列，一级指标“{ $label }”标明 { $points } 分：本行自评得分 { $score } 计入该一级指标的 { $points } 分之内（其下各项自评得分合计未超过该分值；各行分值未知，得分照录未复核）
trace-points-no-column = 表上没有分值列，本行满分未知：此项不计分，自评得分照录未复核，计算总分不完整，不评等级
trace-reported-kept-rescaled = 无法按表中数据计算：沿用自评得分 { $reported }，按分值 { $from }→{ $to } 换算为 { $score }
trace-worded-like-target = 实际完成值“{ $actual }”与年度指标值表述一致：视为达成（档次“{ $band }”）
trace-band-accepted = “{ $actual }” → 档次“{ $band }” { $range }：自评得分在该档次范围内，予以认可：{ $score }
trace-band-accepted-rescaled = “{ $actual }” → 档次“{ $band }” { $range }：自评得分 { $reported } 在该档次范围内，予以认可，按分值 { $from }→{ $to } 换算为 { $score }
trace-spaced-band = “{ $actual }”去掉其中的换行和空格后，按档次“{ $band }”读取
trace-remark-set-aside = “{ $actual }”中括号里的“{ $remark }”是说明：按“{ $words }”判断完成情况
trace-band = “{ $actual }” → 档次“{ $band }” { $range }：分值 { $points } 的 { $percent }% = { $score }
trace-band-outside = “{ $actual }” → 档次“{ $band }” { $range }：自评得分 { $reported }（分值的 { $reported_percent }%）不在该档次范围内，不予认可，按分值 { $points } 的 { $percent }% = { $score }
trace-none-answered = 年度指标值“{ $target }”要求不发生，实际完成值“{ $actual }”：{ $verdict } → { $score }（规则 `[indicators] none_words`；该行没有分值时视为不适用）
trace-deadline = 完成时限“{ $target }”，实际完成“{ $actual }”{ $at_month }{ $form_year }：{ $verdict } → { $score }
trace-date-time = “{ $text }”按日期“{ $date }”读取：时间 { $time } 不参与比较（日期按日比较）
trace-deadline-at-month = （日期按所在月份比较）
trace-deadline-met = 按时完成
trace-deadline-late = 逾期
trace-met = 达成
trace-not-met = 未达成
trace-pointless = 表中无分值：年度指标值“{ $target }”，实际完成值“{ $actual }”：{ $why }
trace-pointless-no-actual = 无实际完成值
trace-pointless-deadline = 完成时限{ $form_year }：{ $verdict }
trace-pointless-deadline-undecided = 完成时限：无法判断（{ $why }）
trace-pointless-compared = { $actual } 与 { $target } 比较（{ $direction }，{ $why }）：{ $verdict }
trace-pointless-worded = 实际完成值与年度指标值表述一致：达成
trace-pointless-band = 档次“{ $band }”：{ $verdict }
trace-pointless-unmatched = 实际完成值的表述既不同于年度指标值，也不属于任何档次：无法判断
trace-pointless-incomparable = 年度指标值与实际完成值无法比较：无法判断
trace-pointless-impossible = 满意度的年度指标值超过 100%，不可能达到（多半是复制时的误读）：无法判断
trace-no-comparator = 年度指标值“{ $target }”未写比较符：{ $why }
trace-full = { $direction }，{ $formula }（{ $why }）：年度指标值 { $target }，实际完成值 { $actual }：{ $how }：{ $points } 分
trace-full-met = 达成
trace-full-equal = 等于年度指标值
trace-full-zero-target = 年度指标值为 0，总是达成
trace-pointless-zero-bare = 年度指标值为 0 且没有写比较符：按正向总能达到，但写 0 的目标多指“不超过 0”，规则集没有说（见 [quantitative] zero_target），不作判断
trace-full-zero-actual = 实际完成值 0 不超过任何正的上限（比值无上界，按分值封顶）
trace-ratio-actual-target = 实际完成值 / 年度指标值
trace-ratio-target-actual = 年度指标值 / 实际完成值
trace-ratio-smaller-larger = 较小值 / 较大值
trace-met-or-ratio-zero = { $direction }，{ $formula }（{ $why }）：年度指标值 0，实际完成值 { $actual }：未达成：0 分
trace-met-or-ratio = { $direction }，{ $formula }（{ $why }）：未达成：{ $ratio } × 分值 = { $points } × { $num } / { $den } = { $score }
trace-per-point = { $direction }，{ $formula }（{ $why }）：年度指标值 { $target }，实际完成值 { $actual }：相差 { $missed } 个百分点 × { $deduct } = 扣 { $deducted } 分，分值 { $points } 扣后 = { $score }
trace-all-or-nothing = { $direction }，{ $formula }（{ $why }）：年度指标值 { $target }，实际完成值 { $actual }：未达成：0 分
trace-ratio = { $direction }，{ $formula }（{ $why }）：{ $ratio } × 分值 = { $points } × { $num } / { $den } = { $score }
trace-linear-cut = { $direction }，{ $formula }（{ $why }）：年度指标值 { $target }，实际完成值 { $actual }，达到年度指标值的 { $zero_at } 倍时为 0 分：{ $points } × { $num } / { $den } = { $score }
trace-far-exceeded = 远超年度指标值（≥ { $share }%）：{ $score } − { $points } × { $cut }% = { $result }

## 预算执行

trace-funds-sum = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
} = 其中各行之和 = { $terms } = { $sum }
trace-execution-funds = 只计{ $kinds }（[execution] funds）：{ $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
} = { $terms } = { $sum }
word-funds-kind = { $kind ->
    [appropriation] 本年财政拨款
    [carryover] 上年结转
    [other] 其他资金
    [total] 年度资金总额
   *[part] 其中各行
}
trace-rate = 预算执行率 = 全年执行数 / 全年预算数 = { $spent } / { $budget } = { $rate }%
trace-execution-proportional = 执行得分 = 预算执行率（超过 100% 按 100% 计）× 分值 = { $rate }% × { $points } = { $score }
trace-execution-threshold = 执行得分 = 分值 − { $deduct } × 低于 { $full }% 的百分点数 = { $points } − { $deduct } × { $below } = { $score }
trace-rounded = { $mode }保留 { $places } 位小数：{ $raw } → { $score }
trace-execution-band = 执行得分按档次表：预算执行率 { $rate }% ≥ { $from }% → { $score }（分值 { $points }）
trace-execution-band-scaled = 执行得分按档次表：预算执行率 { $rate }% ≥ { $from }% → 档次表按分值 { $of } 得 { $step }，本表分值 { $points }，按比例 { $step } × { $points } ÷ { $of } = { $score }
trace-execution-no-band = 执行得分按档次表：预算执行率 { $rate }% 不在任何档次内 → 0

## 总分和等级

trace-level1 = { $level1 }：得分 { $score }，分值 { $points }（规则权重 { $weight }）
trace-level1-group = 表中一级指标“{ $label }”按规则计入“{ $group }”
trace-total = 总分 = 各指标得分之和 + 执行得分 = { $indicators } + { $execution } = { $sum }，{ $mode }保留 { $places } 位小数 = { $total }
trace-execution-no-points = 表中没有分值栏：预算执行率 { $rate }% 只作记录，不计执行得分
trace-execution-in-row = 本表在指标行“预算执行率”中给执行率计分：预算执行率 { $rate }% 在该行计分，这里不另计执行得分
trace-execution-row-by-rule = 本表在指标行“预算执行率”中给执行率计分，该行年度指标值“{ $target }”不是可比较的数值：按资金的全年执行数 / 预算数 = { $rate }%，用规则的预算执行率计分方法给该行计分
trace-execution-no-funds = 没有读到项目资金行：执行得分未知，不按 0 分计
trace-execution-unknown = 全年预算数或全年执行数未填写或无法识别：执行得分未知，不按 0 分计
trace-execution-doubtful = 项目资金的数字不可信（见发现）：执行得分未知，不按 0 分计
trace-total-execution-unknown = 总分 = 各指标得分之和 = { $indicators }，{ $mode }保留 { $places } 位小数 = { $total }：执行得分未知，只是部分合计（不完整）
trace-total-rescaled = 不适用指标不考核（剔除 { $left } 分），按百分制折算：总分 = 适用指标得分（含执行得分）{ $sum } ÷ 适用分值 { $points } × { $full } = { $exact }，{ $mode }保留 { $places } 位小数 = { $total }
trace-total-no-points = 表中没有分值栏：不计总分、不评等级，逐项判断是否达到年度指标值
trace-grade = 总分 { $total } ≥ { $min }：等级 { $grade }

## 按规则的分值评分（`--points rules`）

trace-points-scaled = 分值 { $from } → { $to }：{ $level1 }表中填写 { $declared }，规则为 { $points }（`--points rules`）：{ $from } × { $points } / { $declared } = { $to }
trace-points-apportioned = 分值 { $from } → { $to }：{ $level1 }表中填写 { $declared }，规则为 { $points }（`--points rules`）：{ $from } × { $points } / { $declared } = { $quota }，按最大余数法分到 { $places } 位小数（各指标先舍去多余位数，差额按舍去部分从大到小每项补 { $unit }，相同时靠前的指标先补），本级各指标分值合计正好 { $points }
trace-points-apportioned-shared = 分值 { $from } → { $to }：{ $level1 }表中填写 { $declared }，规则为 { $points }（`--points rules`）：{ $from } × { $points } / { $declared } = { $quota }，按最大余数法分到 { $places } 位小数。本级有几行共用一个分值的指标，共用的分值取“行数 × { $unit }”的整数倍，使每行分得的分值也正好是 { $places } 位小数（本项{ $rows ->
        [1] 为一行，单位 { $step }
       *[other] 由 { $rows } 行共用，单位 { $step }
    }）：各指标先按各自的单位舍去多余部分，差额按舍去部分从大到小补给放得下的指标，每次补一个单位，相同时靠前的指标先补，本级各指标分值合计正好 { $points }
trace-points-self-score = 自评得分 { $from } 按同一比例换算为 { $to }（只用于换算，不与计算得分比对：单位没有按新分值自评）
trace-points-execution = 分值 { $from } → { $to }：按规则的预算执行分值（`--points rules`；表中填写 { $from }）

## 脚本的决定

trace-script = 脚本“{ $script }”第 { $line } 行：{ $what }{ $reason }
trace-script-reason = ：{ $reason }
trace-script-points = 分值设为 { $points }
trace-script-not-applicable = 不适用
trace-script-score = 得分 { $from } → { $to }
trace-script-score-rounded = 得分 { $from } → { $to }（{ $mode }保留 { $places } 位小数：{ $rounded }）
trace-script-method = 计分方法 { $formula }{ $direction }
trace-script-direction = ，方向 { $direction }
trace-script-execution-score = 执行得分 { $from } → { $to }
trace-script-execution = 执行得分 { $from } → { $to }，总分 { $total_from } → { $total_to }
trace-script-total = 总分 { $from } → { $to }

## 满意度调查（[satisfaction]，#17）

trace-survey-rate = 按调查人数计算满意度：满意 { $satisfied } 人{ $from }，有效样本 { $sample } 人，满意度 = { $rate }%
trace-survey-less-dissatisfied = （有效样本 { $sample } 人减不满意 { $dissatisfied } 人）
trace-survey-levels = （{ $levels }）
trace-survey-level = { $level } { $count } 人
trace-survey-rate-as-written = 满意度按填写的 { $rate }%，有效样本 { $sample } 人
trace-survey-sample-cap = 有效样本 { $sample } 人少于最低要求 { $minimum } 人：最多得分值的 { $share }%，{ $points } × { $share }% = { $cap }（原为 { $raw }）

## 规则文件中各条规则管的是什么（依据一栏、计算过程中用，代替规则的键名）；$n 为序号，从 1 起。
rule-key-weights = 一级指标权重
rule-key-weights-level1 = 一级指标权重第 { $n } 项
rule-key-weights-adjustable = 一级指标权重可否调整
rule-key-execution = 预算执行率计分
rule-key-execution-rounding = 执行得分的舍入
rule-key-qualitative = 定性指标计分
rule-key-qualitative-bands = 定性指标第 { $n } 档
rule-key-qualitative-accept-in-band = 档内自评得分的认可
rule-key-quantitative = 定量指标计分
rule-key-quantitative-positive = 正向指标计分
rule-key-quantitative-reverse = 反向指标计分
rule-key-quantitative-equal = 写作“=”的指标计分
rule-key-quantitative-bare-target = 未写比较符的年度指标值
rule-key-quantitative-bare-target-by-level2 = 按二级指标认定未写比较符的年度指标值第 { $n } 条
rule-key-quantitative-bare-target-by-name = 按指标名称认定未写比较符的年度指标值第 { $n } 条
rule-key-quantitative-zero-target = 年度指标值为 0 的指标
rule-key-quantitative-deadline = 完成时限（日期）型指标
rule-key-quantitative-far-exceeded = 超额完成过多
rule-key-quantitative-qualitative-actual = 定量指标填写定性完成情况
rule-key-indicators = 指标的适用与分值
rule-key-indicators-shared-points = 共用分值
rule-key-indicators-explain-below-points = 未得满分须说明原因
rule-key-indicators-not-applicable-points = 不适用指标的分值（按百分制折算）
rule-key-satisfaction = 满意度指标
rule-key-satisfaction-minimum-sample = 满意度调查的最少样本
rule-key-rounding = 舍入
rule-key-rounding-indicator = 指标得分的舍入
rule-key-rounding-total = 总分的舍入
rule-key-grades = 等级
rule-key-grades-levels = 等级第 { $n } 档
rule-key-grades-optional = 等级可不评定
rule-key-scripts = 第 { $n } 个规则脚本
rule-key-scripts-before = 第 { $n } 个规则脚本：评分前
rule-key-scripts-indicator = 第 { $n } 个规则脚本：逐项评分
rule-key-scripts-after = 第 { $n } 个规则脚本：评分后
trace-input-at = { $field } = `{ $text }`（{ $at }）
trace-deadline-form-year = （未写年份的日期按本表年度 { $year } 年）
trace-deadline-claimed = 年度指标值“{ $target }”是完成时限，实际完成值“{ $actual }”说明按期限完成：视为达成（档次“{ $band }”）
trace-claim-sentence = 实际完成值“{ $actual }”读作已按期完成：其中有{ $words }，没有否定、延期或“部分”之类的字样
trace-actual-fall = 实际完成值“{ $actual }”为负数，即较上年下降：与年度指标值比较时按 0 计
trace-answers-no = 实际完成值“{ $actual }”与年度指标值“{ $target }”相反：视为未达成（档次“{ $band }”）
trace-pointless-answers-no = 实际完成值与年度指标值相反（是/否）：未达成
trace-reaches-target-band = 实际完成值“{ $actual }”与年度指标值“{ $target }”同属或高于档次“{ $band }”：达到年度指标值的要求，视为达成（档次“{ $top }”）
