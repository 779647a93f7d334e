# 审核发现：自评表自相矛盾或与规则不符之处（docs/findings.md）。
# 每条消息在 i18n/en/findings.ftl 中都有同名、同参数的英文版本。
# 参数均为文本：数字由引擎格式化；`$hint` 一类参数本身是消息，以同一语言显示（或为空）。

finding-hint-did-you-mean = （是否应为“{ $suggestion }”？）

## 绩效指标

finding-points-negative = 分值“{ $points }”为负数：该指标按 0 分值计
finding-points-unreadable = 分值“{ $text }”无法识别：本行分值未知，不计分（计算总分不完整，不评等级），本行自评得分是否超过分值、各项分值之和是否等于总分值都无法核对；请在表上用阿拉伯数字填写（如十五写成 15）
finding-score-negative = 得分“{ $score }”为负数：不予采用
finding-score-unreadable = 得分“{ $text }”无法识别：请在表上用阿拉伯数字填写（如十五写成 15），或留空
finding-excel-error = { $what ->
    [score] 得分
    [points] 分值
    [total] 自评总分
    [execution-score] 预算执行率得分
   *[other] 这一格
}是 Excel 的错误值 `{ $error }`：部门工作簿中这一格的公式计算失败，没有数值，按无法识别处理（不当作空白，也不按 0 计）{ $what ->
    [points] ：本行分值未知，不计分（计算总分不完整，不评等级），本行自评得分是否超过分值、各项分值之和是否等于总分值都无法核对
   *[other] {""}
}；请向部门索取这一格的数值，或请部门修正公式后重新报送
finding-score-in-words-full = 得分“{ $text }”按本行分值 { $points } 计
finding-score-in-words-rule = 得分“{ $text }”按规则的分值 { $points } 计（本行分值未填）
finding-score-in-words-stated = 得分“{ $text }”按写明的 { $stated } 计（本行分值未填或无法识别）
finding-score-in-words-zero = 得分“{ $text }”按 0 计
finding-full-marks-mismatch = 得分“{ $text }”写明的 { $stated } 分与本行分值 { $points } 不一致：按写明的 { $stated } 计，请核对
finding-full-marks-unknown = 得分“{ $text }”无法折算：本行分值未填或无法识别，不知满分是多少（请填写分值，或把得分写成数字）
finding-not-applicable = “{ $level3 }”不适用：不参与评分
finding-not-applicable-points = “{ $level3 }”不适用：其 { $points } 分分值不计入总分
finding-not-applicable-points-rescaled = “{ $level3 }”不适用：不考核，其 { $points } 分分值不计入，总分按百分制折算（见总分）
finding-not-applicable-points-script = “{ $level3 }”不适用：本行 { $points } 分不计分，各指标的分值已由规则脚本重新设定（{ $why }）
finding-unknown-level1 = 一级指标“{ $label }”与规则中的任何一级指标都不对应{ $hint }
finding-score-mismatch = 自评得分 { $reported }{ $converted } 与计算得分 { $computed } 不一致
finding-score-mismatch-scoring = 自评得分 { $reported }{ $converted } 与计算得分 { $computed } 不一致（表上的评分标准：{ $scoring }）
finding-score-mismatch-script = 自评得分 { $reported }{ $converted } 与计算得分 { $computed } 不一致：计算得分来自{ $why }
finding-script-why = 脚本“{ $script }”第 { $line } 行{ $reason }
finding-reported-converted = （按分值 { $from }→{ $to } 换算为 { $converted }）
finding-score-mismatch-scoring-at = 自评得分 { $reported }{ $converted } 与计算得分 { $computed } 不一致（表上的评分标准：{ $scoring }，位置：{ $at }）
finding-score-above-points = 自评得分 { $reported } 超过分值 { $points }
finding-score-blank = 得分为空
finding-scores-blank-form = 自评得分未填写：{ $rows } 行（该表未自评；各行的位置见计算过程）
finding-points-blank = 分值为空：该指标按 0 分值计
finding-target-unreadable = 年度指标值“{ $text }”无法识别：{ $reason }
finding-actual-blank = 实际完成值为空：计 0 分
finding-actual-unreadable = 实际完成值“{ $text }”无法识别（{ $reason }）：无法按规则计分
finding-qualitative-actual-zero = 年度指标值“{ $target }”是数值，但实际完成值填写为“{ $actual }”：计 0 分
finding-qualitative-actual-deadline = 年度指标值“{ $target }”是完成时限，实际完成值填写为“{ $actual }”：按定性档次评分（“按时完成”等为达成）
finding-qualitative-actual-bands = 年度指标值“{ $target }”是数值，但实际完成值填写为“{ $actual }”：按定性档次评分
finding-unknown-band = 实际完成值“{ $actual }”不属于任何定性档次{ $hint }：无法按规则计分，采用自评得分 { $score }（未复核）
finding-unknown-band-none = 实际完成值“{ $actual }”不属于任何定性档次{ $hint }，且未填自评得分：此项无法计分，须人工评定（计算总分不含此项，不完整，不评等级）；请核对原表，评定后在“得分”栏填入得分
finding-actual-is-bound = 实际完成值“{ $actual }”写成了范围而非实测值：按 { $value }{ $unit } 计
finding-unscorable = 实际完成值“{ $actual }”是数值，但没有可比较的数值型年度指标值：无法按规则计分
finding-target-actual-blank = 年度指标值和实际完成值都为空，只填了分值和得分：得分无从核对，请向填报单位索要指标值和完成值
finding-unit-mismatch = 年度指标值“{ $target }”与实际完成值“{ $actual }”的单位无法换算：无法按规则计分
finding-unit-too-large = 实际完成值“{ $actual }”无法换算为年度指标值“{ $target }”的单位：数值过大；无法按规则计分
finding-unit-scaled = 实际完成值“{ $actual }”未写单位：按年度指标值“{ $target }”的单位和倍数读作 { $value } { $unit }
finding-unit-target = 实际完成值“{ $actual }”未写单位：按年度指标值“{ $target }”的单位（{ $unit }）读取
finding-unit-fraction = 实际完成值“{ $actual }”未写单位且不大于 1：按比例读作 { $value } { $unit }
finding-unit-smaller = 实际完成值“{ $actual }”未写单位：按年度指标值“{ $target }”的单位读作 { $as_target }，是年度指标值的 { $times } 倍，不合常理；读作 { $as_read } 则与年度指标值相当：按 { $as_read } 评分，请核对该格的单位
finding-unit-implausible = 实际完成值“{ $actual }”未写单位：按年度指标值“{ $target }”的单位读作 { $as_target }，是年度指标值的 { $times } 倍，按较小的单位读也与年度指标值相差百倍以上：无法判断单位，不按未完成计分，沿用自评得分，请核对该格
finding-unit-rate-fraction = 实际完成值“{ $actual }”与年度指标值“{ $target }”都未写“%”，本指标是比率而实际完成值不大于 1：按比例读作 { $value }（即 { $value }%）评分，请核对该格
finding-unit-target-fraction = 年度指标值“{ $target }”未写单位且不大于 1，而实际完成值“{ $actual }”带“{ $unit }”：年度指标值按比例读作 { $value } { $unit }（与实际完成值同一单位）
finding-unit-rate-target-fraction = 年度指标值“{ $target }”与实际完成值“{ $actual }”都未写“%”，本指标是比率，年度指标值不大于 1 而实际完成值大于 1：年度指标值按比例读作 { $value }（即 { $value }%）评分，请核对该格
finding-unit-far-below = 实际完成值“{ $actual }”未写单位：按年度指标值“{ $target }”的单位读作 { $value } %，远低于年度指标值；若是少写了一位或按 10 分制填写，应为 { $tenfold } %，与年度指标值相当：暂按 { $value } % 评分，请核对该格
finding-date-read-month = 年度指标值是日期：实际完成值“{ $actual }”读作 { $date }
finding-date-read-january-or-october = 年度指标值是日期：实际完成值“{ $actual }”按 { $date } 读取；若原为 { $october }（Excel 会把 { $october } 显示为 { $actual }），请核对
finding-date-read-quarter = 年度指标值是日期：实际完成值“{ $actual }”是第 { $quarter } 季度，按该季度最后一天 { $date } 计
finding-deadline-claimed = 年度指标值“{ $target }”是完成时限，实际完成值“{ $actual }”说明是否按期完成：按此评分
finding-unit-converted = 实际完成值“{ $actual }”已换算为年度指标值“{ $target }”的单位：{ $value } { $unit }
finding-dates-mismatch = 年度指标值“{ $target }”与实际完成值“{ $actual }”不都是日期：计 0 分
finding-dates-undecided = 年度指标值“{ $target }”与实际完成值“{ $actual }”看不出是否按时完成（{ $why }）：采用自评得分 { $score }（未复核）
finding-dates-undecided-none = 年度指标值“{ $target }”与实际完成值“{ $actual }”看不出是否按时完成（{ $why }），且未填自评得分：此项无法计分，须人工评定（计算总分不含此项，不完整，不评等级）；请核对原表，评定后在“得分”栏填入得分
finding-actual-negative = 实际完成值“{ $actual }”为负数：按 0 计
finding-share-over-100 = 满意度的年度指标值“{ $target }”超过 100%，不可能达到：多半是从 PDF 或网页复制时“≥”变成了数字（“≥90%”成了“290%”）。不按它判断，请与原表核对并改正
finding-formula-overflow = { $points } × { $num } / { $den } 超出计算范围：计 0 分
finding-linear-cut-overflow = 年度指标值 { $target }、实际完成值 { $actual } 按线性扣分（linear_cut）计算超出范围：计 0 分
finding-far-exceeded-review = 实际完成值“{ $actual }”达到年度指标值“{ $target }”的 { $share }% 以上：需人工复核
finding-equal-exceeded = 年度指标值“{ $target }”要求等于 { $tv }{ $unit }，实际完成值“{ $actual }”为 { $av }{ $unit }，高出 { $gap }{ $unit }（目标值的 { $share }%）：规则“完成的记满分”把超过等值目标算作达成，计满分；但等值指标超出目标不一定是完成（如金额超支、数量超出计划），请人工核对
finding-far-exceeded-cut = 实际完成值“{ $actual }”达到年度指标值“{ $target }”的 { $share }% 以上：扣减分值的 { $cut }%
finding-text-contradicts-target = 指标名称中写明 { $stated }，但年度指标值一栏为“{ $target }”
finding-deviation-unexplained = “{ $level3 }”得分 { $score }（分值 { $points }），未填写偏差原因分析及改进措施，而规则要求填写

## 预算执行

finding-no-funds-rows = 没有读到项目资金行（表上没有，或导入时未能读取：见导入说明）：预算执行率无法计算，执行得分未知（不按 0 分计）
finding-no-execution-block = 表上没有项目资金（预算执行）部分，各项指标分值之和就是表上的满分 { $full } 分：按表本身的满分评分，不另加规则的预算执行率 { $rule } 分；总分 = 各项指标得分之和（满分 { $full }）
finding-no-execution-points = 项目资金部分没有分值和得分，各项指标分值之和就是表上的满分 { $full } 分：预算执行率只计算不计分，不另加规则的预算执行率 { $rule } 分；总分 = 各项指标得分之和（满分 { $full }）
finding-execution-points-negative = 预算执行率分值“{ $points }”为负数：改用规则规定的 { $rule } 分
finding-funds-total-blank = 年度资金总额为空或为 0，而“{ $row }”一行填有金额：改用该行金额
finding-execution-funds-missing = 规则只按{ $kinds }计算预算执行率（[execution] funds），表中这些行都没有填金额：按“{ $row }”一行计算，其中可能含其他资金，请人工复核
finding-funds-total-blank-sum = 年度资金总额为空或为 0，而{ $rows }共 { $count } 行填有金额：年初预算数、全年预算数、全年执行数均按这 { $count } 行之和计算
finding-funds-no-total-row = 项目资金没有年度资金总额行，只有“{ $row }”一行填有金额：按该行金额计算
finding-funds-no-total-row-sum = 项目资金没有年度资金总额行：{ $rows }共 { $count } 行分列项目的资金，年初预算数、全年预算数、全年执行数均按这 { $count } 行之和计算（执行率 = 各行全年执行数之和 / 各行全年预算数之和）
finding-funds-no-total-row-spending = 资金部分没有年度资金总额（合计）行：部门的资金按{ $rows }共 { $count } 行列出，年初预算数、全年预算数、全年执行数均按这 { $count } 行之和计算（执行率 = 各行全年执行数之和 / 各行全年预算数之和；“其中”行是基本支出的一部分，不另加）；请与部门核对合计数
finding-funds-rows-total = 项目资金各行合计
finding-funds-row = { $row }
finding-funds-cell = { $row }的{ $columns }
finding-funds-columns-blank = { $columns }未填写
finding-funds-column-unreadable = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}“{ $text }”无法识别为金额
finding-funds-column-excel-error = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}是 Excel 的错误值 `{ $error }`（部门工作簿中的公式计算失败，没有数值）
finding-funds-column-not-money = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}“{ $text }”的单位“{ $unit }”不是金额
finding-funds-column = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}
finding-funds-total-cell-blank = 年度资金总额的{ $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}为空，而其中各行都填有：按其中各行之和 { $terms } = { $sum } 计算
finding-funds-parts-mismatch = 年度资金总额的{ $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
} { $total } 不等于{ $rows }共 { $count } 行之和 { $terms } = { $sum }（相差 { $difference }）：表内前后矛盾；预算执行率仍按年度资金总额一行计算，请核对哪个数正确
finding-amount-negative = 金额为负数：全年预算数 { $budget }，全年执行数 { $spent }
finding-budget-zero = 全年预算数为 0，执行率 { $spent } / 0 无法计算：预算执行率计 0 分
finding-rate-overflow = 执行率 = 全年执行数 / 全年预算数 = { $spent } / { $budget } 无法计算：商过大，超出精确计算范围；预算执行率计 0 分
finding-rate-absurd = 预算执行率 { $rate }% 超过 1000%：请核对金额
finding-funds-doubt-rate = 按读到的数字，预算执行率为 { $rate }%，超过 1000%，不可能是实际执行情况
finding-funds-doubt-lone = 资金表中有 { $count } 个数字单独成行、没有行名（{ $numbers }），多半是复制表格时单元格内的数字被折成了两行，各格的数字因此错位
finding-funds-doubt-number = { $number }（{ $place }）
finding-funds-doubt-number-bare = { $number }
finding-funds-doubt-both = { $rate }；{ $lone }
finding-funds-doubtful = 项目资金的数字可能读错了：{ $why }。执行得分未知（不按 0 分计），该行的分值、执行率、得分不与计算结果和总分核对；请与原表核对{ $row }一行的全年预算数（读作 { $budget }）、全年执行数（读作 { $spent }）、分值和得分
finding-no-grade-funds-doubtful = 项目资金的数字可能读错了：{ $why }。执行得分未知（不按 0 分计），总分只是部分合计（未评级），该行的分值、执行率、得分不与计算结果和总分核对；请与原表核对{ $row }一行的全年预算数（读作 { $budget }）、全年执行数（读作 { $spent }）、分值和得分，改正后重新评分
finding-overspent = 全年执行数 { $spent } 超过全年预算数 { $budget }（超出 { $over }，执行率 B/A = { $rate }%）：支出超过预算，请部门说明超支的资金来源和依据；评分时执行率按 100% 计
finding-budget-unreadable = 全年预算数“{ $text }”无法识别为金额
finding-spent-unreadable = 全年执行数“{ $text }”无法识别为金额
finding-amount-excel-error = { $what ->
    [budget] 全年预算数
   *[spent] 全年执行数
}是 Excel 的错误值 `{ $error }`：部门工作簿中这一格的公式计算失败，没有数值，按无法识别处理（不当作空白，也不按 0 计），执行率无法计算；请向部门索取这一格的数值，或请部门修正公式后重新报送
finding-amount-not-money = { $what ->
    [budget] 全年预算数
   *[spent] 全年执行数
}“{ $text }”的单位“{ $unit }”不是金额：项目资金以万元填写；无法计算预算执行率
finding-budget-blank = 全年预算数为空：无法计算预算执行率
finding-spent-blank = 全年执行数为空：无法计算预算执行率
finding-execution-unexplained = 预算执行率 { $rate }% 低于 { $threshold }%，且未填写偏差原因
finding-execution-low-targets-met = 预算执行率只有 { $rate }%（全年执行数 { $spent } / 全年预算数 { $budget }），而 { $count } 项指标都报告已完成：资金大部分未用而目标全部完成，请核实实际完成值和资金使用情况
finding-execution-score-mismatch = 预算执行率自评得分 { $reported } 与计算得分 { $computed } 不一致
finding-execution-score-mismatch-step = 预算执行率自评得分 { $reported } 与计算得分 { $computed } 不一致：执行率 { $rate }% 低于 { $next }%，在 { $from }%（含）至 { $next }% 一档
finding-execution-score-blank = 预算执行率得分为空
finding-execution-score-unreadable = 预算执行率得分“{ $text }”无法识别：请在表上用阿拉伯数字填写
finding-execution-score-above-points = 预算执行率自评得分 { $reported } 超过分值 { $points }
finding-budget-adjusted = 全年预算数 { $full } 与年初预算数 { $initial } 相差 { $change }（{ $direction ->
        [cut] 调减
       *[added] 追加
    }{ $relative }）：规则要求对超过年初预算 { $share }% 的调整作出说明
finding-budget-adjusted-any = 全年预算数 { $full } 与年初预算数 { $initial } 相差 { $change }（年中{ $direction ->
        [cut] 调减
       *[added] 追加
    }{ $relative }）：规则要求年中调整预算（追加或调减）都须单独说明理由
finding-budget-adjustment-explained = 全年预算数 { $full } 与年初预算数 { $initial } 相差 { $change }（{ $direction ->
        [cut] 调减
       *[added] 追加
    }{ $relative }），表中已说明调整原因：“{ $reason }”
finding-budget-adjusted-relative = ，{ $percent }%
finding-rate-mismatch = 填写的执行率 { $written }% 与 B/A = { $computed }% 不一致

## 整张自评表

finding-incomplete-form = 自评表导入时不完整：缺失的行不得分
finding-no-grade-incomplete = 自评表不完整：部分合计不评定等级（未评级）
finding-no-grade-no-points = 自评表没有分值列：无法按百分制评分；改为逐项判断是否完成（未评级）
finding-no-grade-no-points-column = 自评表没有分值列（只有得分列），一级指标也没有标明分值：{ $rows }共 { $count } 项指标的分值在表上找不到，不知满分，无法按规则计分，各项自评得分照录未复核（不按 0 分计）；计算总分只含预算执行得分等能计算的部分（不完整，未评级）；请与部门核对各项分值
finding-no-grade-no-indicator-points = 所有指标均未填分值（分值/权重为空）：改为逐项判断是否完成（未评级）
finding-no-grade-no-self-scores = 所有得分栏和总分均为空：该表未自评（未评级）
finding-no-grade-no-actuals = 所有实际完成值均为空：该表未填写（未评级）
finding-no-grade-unscored-points = { $count } 项指标的分值无法识别（见各该行），不知其满分，无法计分，须与部门核对分值：计算总分只是其余各项之和（不完整，未评级）
finding-unverified-row = { $row }
finding-unnamed-line = 第 { $index } 项指标（未填名称）
finding-unnamed-line-under = { $level2 }下第 { $index } 项指标（未填名称）
finding-no-grade-unverified = 满分 { $total } 分中有 { $points } 分的自评得分无法复核，按自评得分计入（未复核），超过一半：{ $count } 项指标（{ $rows }{ $more ->
    [0] {""}
   *[other] 等，另有 { $more } 项
}）没有可以核对的实际完成值（空白、一句话或无法识别），等级将只是部门自己的评价，故不评等级；计算总分照常列出，请与部门核对这些行
finding-no-grade-unscored = { $count } 项指标的实际完成值无法按规则计分且未填自评得分（见各该行），须人工评定：计算总分只是其余各项之和（不完整，未评级）
finding-no-grade-execution-unknown = 预算执行率无法计算：{ $cells }，执行得分未知（不按 0 分计），总分只是部分合计（未评级）；请在自评表上{ $state ->
    [blank] 填写
    [unreadable] 改用阿拉伯数字填写金额（万元）
    [excel] 填写部门提供的数值（或请部门修正公式后重新报送）
   *[mixed] 填写金额（阿拉伯数字，万元）
}后重新评分
finding-no-grade-no-funds = 没有读到项目资金行（表上没有，或导入时未能读取：见导入说明）：执行得分未知（不按 0 分计），总分只是部分合计（未评级）；请核对原表的项目资金部分，填写年度资金总额的全年预算数和全年执行数后重新评分
finding-no-grade-optional = 本规则可以不评级，且自评表未填总分（未评级）
finding-no-grade-above-full-marks = 计算总分 { $total } 超过满分 { $points }：这不是得分，而是表格没有读对（例如某一列读成了分值）；请看导入说明和上面的发现，与原表核对（未评级）
finding-no-grade-points-above-full-marks = 计算总分 { $total } 超过满分 { $points }：表上各行的分值（连同预算执行）合计 { $declared }，已多于满分。可能是原表的分值填错了，也可能是表格没有读对（例如某一列读成了分值）；请看导入说明和上面的发现，与原表和评分办法核对（未评级）
finding-budget-added-from-zero = “{ $row }”：年初预算数为 0，年内追加预算至 { $full }（追加预算 { $added }）：请确认表中已说明调整原因；执行率按 { $full } 计算
finding-budget-added = “{ $row }”：预算在年内由 { $initial } 增至 { $full }（追加 { $added }）：请确认表中已说明调整原因；执行率按 { $full } 计算
finding-budget-trimmed-to-spent = “{ $row }”：全年预算数由 { $initial } 调减至恰好等于全年执行数 { $full }：执行率 B/A 因此必然为 100%
finding-funds-points-not-execution = 年度资金总额行填写的{ $written } { $what ->
        [form-total-kept] 是全表的总分（{ $total } 分）和自评总分，不是预算执行率的分值和得分：得分按本表的自评总分读取
        [form-total] 是全表的总分（{ $total } 分）和自评总分，不是预算执行率的分值和得分：未采用
       *[not-execution] 不是预算执行率的分值和得分：未采用
    }；{ $scored ->
        [row] 本表在指标行{ $row }中给预算执行率计分，执行率不再另外计分（不重复计分）
        [implied] 预算执行率按本表总分减去各项指标分值后余下的 { $implied } 分计分
       *[rule] 预算执行率按规则的 { $rule } 分计分
    }。请与部门核对这一行
funds-points-written-points = 分值 { $points }
funds-points-written-score = 得分 { $score }
finding-budget-cut = “{ $row }”：预算在年内由 { $initial } 调减至 { $full }（调减 { $cut }）：执行率按 { $full } 计算
finding-label-points-mismatch = 一级指标“{ $label }”标明 { $written } 分，但其下各指标分值合计为 { $declared }
finding-no-level1 = 表上的 { $count } 项绩效指标平列成一张清单，没有一级指标：规则的一级指标分值（{ $weights }）无法逐项核对，只核对各项指标分值合计 { $lines } 与执行分值共为满分
finding-direction-by-name = “{ $name }”：表上未写年度指标值“{ $target }”的方向，规则对名称含“{ $word }”的指标按{ $direction }指标计分
finding-label-scores-kept = 表上没有分值列，只有一级指标“{ $label }”标明 { $written } 分：其下 { $count } 项指标的自评得分合计 { $scored }，按此计入该一级指标（未超过 { $written } 分）；各项的分值不知，得分照录未复核，请与部门核对各项分值
finding-label-scores-above = 一级指标“{ $label }”标明 { $written } 分，但其下各指标自评得分合计 { $scored }，超过该分值
finding-target-not-met = “{ $name }”未达到年度指标值：{ $target }，实际 { $actual }
finding-completion-mismatch-done = 完成情况写“{ $claim }”，但“{ $name }”未达到年度指标值：{ $target }，实际 { $actual }；请与单位核实是完成情况还是实际完成值有误
finding-completion-mismatch-not-done = 完成情况写“{ $claim }”，但“{ $name }”已达到年度指标值：{ $target }，实际 { $actual }；请与单位核实是完成情况还是实际完成值有误
finding-reported-kept = 无法按规则计算得分：采用自评得分 { $score }（未复核）
finding-reported-kept-rescaled = 无法按规则计算得分：采用自评得分 { $reported }，按分值 { $from }→{ $to } 换算为 { $score }（未复核）
finding-reported-kept-none = 实际完成值“{ $actual }”无法按规则计分，且未填自评得分：此项无法计分，须人工评定（计算总分不含此项，不完整，不评等级）；请核对原表，评定后在“得分”栏填入得分
finding-year-mismatch = 表的年度 { $year } 与规则“{ $rules }”的年度 { $rules_year } 不一致：按晚于该年度的规则评分，请改用 { $year } 年度的规则
finding-template-mismatch = 表“{ $title }”与规则“{ $rules }”（{ $rules_title }）不是同一种表样：请确认规则选择正确
finding-template-mismatch-department = 这是部门（单位）整体支出绩效自评表（“{ $title }”），不是项目支出绩效自评表；规则“{ $rules }”（{ $rules_title }）是项目支出的规则，按它算出的分数和发现只供参考，不能作为对这张表的评价：请用部门整体支出的规则评分（如 `--rules rules/department-overall`）
finding-template-mismatch-project = 这是项目支出绩效自评表（“{ $title }”），规则“{ $rules }”（{ $rules_title }）是部门整体支出的规则：按它算出的分数和发现只供参考，请用项目支出的规则评分（如 `--rules rules/anhui-2023`）
finding-import-guessed = 导入时有 { $count } 处内容为推测或无法识别（见本表的导入说明：网页报告中列在本表之下，电子表格报告中列在“导入说明”工作表，直接评分时在屏幕上列在最前，写出的案卷文件中列在导入说明里）：依赖这些内容的数字可能有误，请与原表核对
finding-import-guessed-judged = 导入时有 { $count } 处内容为推测或无法识别（见本表的导入说明：网页报告中列在本表之下，电子表格报告中列在“导入说明”工作表，直接评分时在屏幕上列在最前，写出的案卷文件中列在导入说明里）：依赖这些内容的逐项判断（达成、未达成）可能有误，请与原表核对

finding-duplicate-form = 这张表与“{ $first }”的项目名称、实施单位和各项数字都相同：同一张表读了两次（多半是同一文件另存的两种格式，如 .xlsx 与 PDF 复制的文字，或一份副本），得分不应重复计入；请保留其中一份
finding-duplicate-copy = 这张表与“{ $first }”是同一张表的两份（项目名称、实施单位、年度和预算数、执行数都相同，其余内容不全相同：多半一份是网页或预览复制的文字，被截断或不全）：部门汇总只计一次，计入较完整的“{ $counted }”；请核对后保留一份
finding-revised-form = 这张表与“{ $other }”是同一项目同一年度的两份（项目名称、实施单位、年度相同），数字不同：{ $changes }。多半其中一份是改过后重新报送的：两份都照常评分，部门汇总只计一次，计入{ $why ->
        [later] 后读到的
       *[complete] 较完整的
    }“{ $counted }”；请与部门核对哪一份是最终版本，删去另一份后重新评分
revised-change = { $what } { $was } → { $is }
revised-budget = 全年预算数
revised-spent = 全年执行数
revised-reported-total = 自评总分
revised-total = 计算总分
revised-line-points = { $line }的分值
revised-line-score = { $line }的自评得分
revised-lines = 指标行数 { $was } → { $is }
revised-other = 其他数字（如年初预算数、资金行的分值）
revised-more = 另有 { $count } 处
revised-blank = 空白

## 总分

finding-total-not-sum = 自评总分 { $reported } 不等于表中各项得分之和（{ $lines }）
finding-total-not-sum-unfilled = 自评总分 { $reported } 不等于表中已填各项得分之和（{ $lines }）：有 { $count } 项得分未填或无法识别（见该行）
finding-total-not-sum-blank-execution = 自评总分 { $reported } 不等于表中各项得分之和 { $lines } 加计算的执行得分 { $execution }（{ $sum }；年度资金总额一行的得分为 0，该行其余各格也为 0，按空白读）
finding-total-not-sum-rescaled = 自评总分 { $reported } 既不等于表中各项得分之和（{ $lines }），也不等于适用各项得分按百分制折算的 { $rescaled }（{ $applicable } ÷ 适用分值 { $points } × { $full }）
finding-sum-on-guessed-reading = { $finding }；但其中 { $count } 行是导入时按推测的列读取的（见导入说明：{ $places }）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行
finding-sum-on-guessed-rows = { $finding }；但其中 { $count } 行是导入时按推测的列读取的：{ $rows }（见导入说明：{ $places }；整张表在同一行文字中，行号分不出各行）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行
finding-sum-on-guessed-named = { $finding }；但其中 { $count } 行是导入时按推测的列读取的：{ $rows }（见导入说明：{ $places }）：相差可能是读错了格，不一定是表本身填错，请先与原表核对这几行
finding-total-unchecked = 自评总分 { $reported } 无法与各项得分之和核对：{ $items }的得分无法识别（见该行），其余各项得分之和为 { $lines }，相差 { $gap }，不超过无法识别的得分所在行的分值；请向部门索取该得分后核对
finding-total-unchecked-line = { $level3 }
finding-total-unchecked-execution = { $label }一行
finding-total-mismatch = 自评总分 { $reported } 与计算总分 { $computed } 不一致
finding-grade-mismatch = 等级 { $from } → { $to }：自评总分 { $reported } 评为“{ $from }”，计算总分 { $computed } 评为“{ $to }”（自评{ $side ->
    [above] 高出
   *[below] 低了
} { $gap } 分）
finding-total-mismatch-execution-unknown = 自评总分 { $reported } 与计算总分不一致：{ $part }无法计算（最多 { $points } 分），计算总分应在 { $computed } 到 { $most } 之间，{ $side ->
    [above] 自评总分比最高的 { $most } 还高
   *[below] 自评总分比不计{ $part }的 { $computed } 还低
}
finding-total-unreadable = 自评总分“{ $text }”无法识别：请在表上用阿拉伯数字填写
finding-total-blank = 总分得分为空
finding-total-points-not-sum = 填写的总分值 { $reported } 不等于各项分值之和（{ $declared }）
finding-points-total-mismatch = 各项分值合计 { $declared }，不等于规则要求的总分 { $total }
finding-weights-adjusted = { $count } 项一级指标分值按表上的计分：{ $weights }；规则允许调整
finding-weights-adjusted-assumed = { $count } 项一级指标分值按表上的计分：{ $weights }；规则集的这些分值只是假定的示例，以表上的为准
finding-weights-adjusted-item = { $level1 } { $declared }（规则为 { $rule }）
finding-weights-adjusted-example = { $level1 } { $declared }（示例为 { $rule }）
finding-points-weight-mismatch = { $level1 }分值为 { $declared }，规则规定为 { $rule }（规则不允许调整）
finding-goal-contradicts-indicators = 年度总体目标完成情况填写为“{ $text }”（{ $band }），但所有指标均自评满分

## 规则脚本（脚本自身的文字和 Rhai 的错误信息原样显示）

finding-script-failed = { $error }；发生在“{ $hook }”钩子中：{ $stands }
finding-script-rejected = 脚本“{ $script }”（函数“{ $function }”）的决定未被采纳：{ $why }；{ $stands }
finding-script = { $message }（脚本 `{ $script }:{ $line }`）
finding-scripts-broke-points = 各指标的分值合计 { $planned }，超过表中填写的 { $declared }
finding-scripts-broke-score = { $level3 }得分 { $score }，超出其分值 { $points }
finding-scripts-broke-total = 总分将为 { $total }，不在 0 到满分 { $points } 之间
finding-scripts-broke-totals = 各规则脚本的决定合在一起破坏了自评表的合计关系（{ $why }）：该表按不使用任何脚本决定评分
decision-not-map = 挂接点返回了{ $got }：应返回 `()` 或对象映射 `#{"{"} … {"}"}`
decision-unknown-key = 决定中有未知的键 `{ $key }`（{ $hint }）
decision-did-you-mean = 是不是 `{ $key }`？
decision-valid-keys = 可用的键：{ $keys }
decision-not-array = `{ $key }` 应是数组，不是{ $got }
decision-not-index = `{ $key }` 应是指标序号（从 0 起的整数），不是{ $got }
decision-not-text = `{ $key }` 应是文字，不是{ $got }
decision-not-number = `{ $key }` 应是数，不是{ $got }
decision-value = `{ $value }`（{ $kind }）
decision-value-unit = `()`（空值：变量从未赋值，或挂接点没有返回值）
decision-points-entry = `points` 应是由 `#{"{"} index: i, points: p {"}"}` 组成的数组
decision-entry-missing = `{ $list }` 中有一项缺少 `{ $key }`
decision-findings-entry = `findings` 的每一项应是文字或 `#{"{"} message: "…", indicator: i {"}"}`
decision-direction = 未知的方向 `{ $value }`：可用 positive（正向）、reverse（反向）或 equal（等于）
decision-score-and-method = `score` 和 `method` 只能给一个
decision-zero-at = 计分方法 `linear_cut` 需要 `zero_at`
decision-method = 未知的计分方法 `{ $value }`：可用 ratio、all_or_nothing、met_or_ratio 或 linear_cut
decision-direction-alone = 给了 `direction` 就要同时给 `method`
decision-no-indicator = 第 { $index } 号指标不存在（这张表有 { $count } 个指标，从 0 编号）
decision-negative-points = 第 { $index } 号指标的分值不能为负（{ $points }）
decision-points-not-applicable = 第 { $index } 号指标不适用，不能有分值
decision-points-sum = 适用指标的分值合计将是 { $sum }，而表中各指标声明的分值共 { $declared }
decision-score-outside = 得分 { $score } 不在 0 到 { $points } 之间
decision-method-not-numeric = 只有年度指标值和实际完成值都是数时，才能改用别的计分方法
decision-method-date = 年度指标值或实际完成值是日期（完成时限），不是数：不能改用按比例等计分方法，可以直接给出得分（score）
decision-total-outside = 总分 { $total } 不在 0 到 { $points } 之间
decision-execution-outside = 预算执行得分 { $score } 不在 0 到 { $points } 之间
decision-total-overflow = 总分超出可计算的范围
finding-stands-case = 该表按不采纳其决定评分
finding-stands-score = 沿用引擎计算的得分
finding-stands-total = 沿用计算总分
finding-stands-execution = 沿用预算执行率得分

## 除数为零

finding-division-by-zero-step = { $what }：计 0 分
finding-per-point-unmeasurable = 按百分点扣分（per_point）：年度指标值 { $target } 无法按百分点衡量差距
finding-ratio-zero-denominator = { $direction } { $formula } = { $num } / 0 无法计算
finding-zero-target-bare = 年度指标值“{ $target }”为 0 且没有写比较符，实际完成值“{ $actual }”：按正向计分，0 作为下限总能达到，但写 0 的目标（“0起”“0次”）多指“不超过 0”。规则集没有说（可在 [quantitative] 中写 zero_target 按上限计分），此项计 0 分，请人工复核
finding-linear-cut-no-slope = 线性扣分（linear_cut）的年度指标值 { $target } 与零分点 { $zero_at } 相同，无法计算

## 满意度调查（满意人数 / 有效样本，[satisfaction]）

finding-survey-zero-sample = 实际完成值“{ $actual }”中的有效样本为 0，无法计算满意度：保留自评得分
finding-survey-more-than-sample = 实际完成值“{ $actual }”中{ $part }人数 { $count } 超过有效样本 { $sample }：保留自评得分
finding-survey-rate-mismatch = 实际完成值“{ $actual }”填写的满意度 { $rate }% 与满意人数 / 有效样本 { $satisfied } / { $sample } = { $computed }% 不一致：按调查人数计分
finding-survey-sample-small = 实际完成值“{ $actual }”中的有效样本 { $sample } 少于规则要求的 { $minimum }：满意度依据的答卷过少
finding-survey-sample-small-cap = 实际完成值“{ $actual }”中的有效样本 { $sample } 少于规则要求的 { $minimum }：最多得分值的 { $share }%（{ $cap } 分）
finding-survey-no-sample = 实际完成值“{ $actual }”只写了满意人数，没有写有效样本（或调查人数），无法计算满意度：保留自评得分
finding-survey-no-satisfied = 实际完成值“{ $actual }”写了有效样本，但没有写满意人数或满意度：保留自评得分
finding-survey-twice = 实际完成值“{ $actual }”写了两次{ $part }，请只写一次：保留自评得分
finding-survey-not-a-count = 实际完成值“{ $actual }”中的“{ $count }”不是整数人数：保留自评得分
finding-survey-unreadable = 实际完成值“{ $actual }”中的调查人数无法读取（{ $reason }）：保留自评得分
survey-part-satisfied = 满意人数
survey-part-dissatisfied = 不满意人数
survey-part-sample = 有效样本
survey-part-rate = 满意度
survey-part-satisfied-people = 满意
survey-part-dissatisfied-people = 不满意

## 年度指标值、实际完成值无法识别的原因（`value::UnreadableReason`，接在“无法识别”之后）

value-reason-no-digits = 有比较符号或百分号，却没有用阿拉伯数字写出的数
value-reason-mark-before-number = 数字前的“{ $mark }”不是紧贴数字的比较符号
value-reason-leading-point = 数字以小数点开头
value-reason-two-points = 数字中有不止一个小数点
value-reason-too-many-digits = 数字有 { $digits } 位，位数太多，无法读取
value-reason-too-large = 数字 { $number } 太大或小数位太多，无法读取
value-reason-multiplier-too-large = 数字 { $number } 乘以万、亿等倍数后太大
value-reason-ordinal-too-large = 序数“第{ $number }”太大
value-reason-ordinal-not-numeral = 序数“第{ $numeral }”写的不是中文数字
value-reason-comparators-disagree = 数字前后的比较符号相互矛盾：前为 { $before }，后为 { $after }
value-reason-letter-for-digit = 应写数字的地方写成了字母“{ $letter }”
value-reason-second-number = 有不止一个数：第一个数后面还有“{ $rest }”
value-reason-marks-after = 数量后面的“{ $rest }”像是数字符号
value-reason-excel-error = 这是 Excel 的错误值 `{ $error }`：部门工作簿中这一格的公式计算失败，没有数值；请向部门索取这一格的数值，或请部门修正公式后重新报送
date-doubt-not-dates = 二者不都是日期
date-doubt-no-year = 一个日期写了年份、另一个没有写，表上也没有年度；请在日期中写明年份，或在表上填写年度
date-doubt-same-month = 完成时限写到了日，实际完成值只写到同一个月；请写明完成的日期
date-doubt-january-or-october = “{ $actual }”按 { $january } 与按 { $october_date } 读取，结果不同（Excel 会把 { $october } 显示为 { $actual }）；请与部门核对实际完成的月份
finding-date-form-year-target = 年度指标值“{ $text }”没有写年份：按本表年度 { $year } 年读取
finding-date-form-year-actual = 实际完成值“{ $text }”没有写年份：按本表年度 { $year } 年读取
finding-unknown-part-execution = 执行得分
finding-unknown-part-lines = { $count } 项指标得分
finding-unknown-part-both = 执行得分和 { $count } 项指标得分
