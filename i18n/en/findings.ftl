# Findings: where a form contradicts itself or its rules (docs/findings.md).
# Every message here has its twin in i18n/zh/findings.ftl with the same arguments.
# Arguments are text: numbers come formatted by the engine, `$hint`-like arguments are
# messages of their own rendered in the same language (or empty).

finding-hint-did-you-mean = {" "}(did you mean `{ $suggestion }`?)

## Indicators

finding-points-negative = points `{ $points }` are negative: the indicator carries 0 points
finding-points-unreadable = points `{ $text }` cannot be read: the line's points are unknown, so it is not scored (the total is partial and gets no grade), and neither whether its self-score is above its points nor whether the points add up to the total points can be checked; write them in Arabic digits on the form (15 for 十五)
finding-score-negative = score `{ $score }` is negative: it is not used
finding-score-unreadable = score `{ $text }` cannot be read: write it in Arabic digits on the form (15 for 十五), or leave it blank
finding-excel-error = { $what ->
    [score] score
    [points] points
    [total] reported total
    [execution-score] execution score
   *[other] cell
} holds Excel's error value `{ $error }`: its formula failed in the department's workbook, so there is no value; read as unreadable (not as blank, not as 0){ $what ->
    [points] : the line's points are unknown, so it is not scored (the total is partial and gets no grade), and neither whether its self-score is above its points nor whether the points add up to the total points can be checked
   *[other] {""}
}; ask the department for the value, or to fix the formula and send the form again
finding-score-in-words-full = score `{ $text }` read as the line's points, { $points }
finding-score-in-words-rule = score `{ $text }` read as the rule set's points, { $points } (the line's points are blank)
finding-score-in-words-stated = score `{ $text }` read as the { $stated } written (the line's points are blank or cannot be read)
finding-score-in-words-zero = score `{ $text }` read as 0
finding-full-marks-mismatch = score `{ $text }` states { $stated } points but the line carries { $points }: read as the { $stated } written; check which is right
finding-full-marks-unknown = score `{ $text }` cannot be turned into a number: the line's points are blank or cannot be read, so full marks are unknown (fill in the points, or write the score as a number)
finding-not-applicable = `{ $level3 }` is not applicable: excluded from scoring
finding-not-applicable-points = `{ $level3 }` is not applicable: its { $points } points are excluded from the total
finding-not-applicable-points-rescaled = `{ $level3 }` is not applicable: not assessed, its { $points } points are left out and the total is rescaled to full marks (see the total)
finding-not-applicable-points-script = `{ $level3 }` is not applicable: its { $points } points are not scored on this row, and a rule script set the other indicators' points anew ({ $why })
finding-unknown-level1 = level-1 label `{ $label }` matches no level-1 indicator of the rules{ $hint }
finding-score-mismatch = reported score { $reported }{ $converted } differs from the computed { $computed }
finding-score-mismatch-scoring = reported score { $reported }{ $converted } differs from the computed { $computed } (the form's own scoring rule: { $scoring })
finding-score-mismatch-script = reported score { $reported }{ $converted } differs from the computed { $computed }: the computed score comes from { $why }
finding-script-why = script `{ $script }` line { $line }{ $reason }
finding-reported-converted = { " " }(converted from { $from } to { $to } points: { $converted })
finding-score-mismatch-scoring-at = reported score { $reported }{ $converted } differs from the computed { $computed } (the form's own scoring rule: { $scoring }, at { $at })
finding-score-above-points = reported score { $reported } is above its { $points } points
finding-score-blank = the score (得分) is blank
finding-scores-blank-form = no self-score (得分) filled in: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } (the form was never self-scored; each row's place is in the trace)
finding-points-blank = the points (分值) are blank: the indicator carries 0 points
finding-target-unreadable = target `{ $text }` cannot be read: { $reason }
finding-actual-blank = the actual value (实际完成值) is blank: scored 0
finding-actual-unreadable = actual `{ $text }` cannot be read ({ $reason }): it cannot be scored by the rules
finding-qualitative-actual-zero = target `{ $target }` is a number but the actual says `{ $actual }`: scored 0
finding-qualitative-actual-deadline = target `{ $target }` is a deadline and the actual says `{ $actual }`: scored by the bands (`按时完成` and the like are met)
finding-qualitative-actual-bands = target `{ $target }` is a number but the actual says `{ $actual }`: scored by the bands
finding-unknown-band = actual `{ $actual }` matches no qualitative band{ $hint }: not scored by the rules, the self-score { $score } kept (not re-checked)
finding-unknown-band-none = actual `{ $actual }` matches no qualitative band{ $hint } and no self-score was given: the line cannot be scored and needs a person (the total leaves it out and is partial, no grade); check the form, judge the line and fill in its 得分
finding-actual-is-bound = the actual `{ $actual }` is written as a bound, not a measurement: read as { $value }{ $unit }
finding-unscorable = the actual `{ $actual }` is a number but there is no numeric target to compare it with: it cannot be scored by the rules
finding-target-actual-blank = both the target (年度指标值) and the actual (实际完成值) are blank, only points and a score are written: the score cannot be checked; ask the department for the target and the actual
finding-unit-mismatch = target `{ $target }` and actual `{ $actual }` are in units that do not convert: it cannot be scored by the rules
finding-unit-too-large = actual `{ $actual }` cannot be converted to the unit of target `{ $target }`: the number is too large; it cannot be scored by the rules
finding-unit-scaled = actual `{ $actual }` has no unit: read in the unit and multiplier of target `{ $target }` as { $value } { $unit }
finding-unit-target = actual `{ $actual }` has no unit: read in the unit of target `{ $target }` ({ $unit })
finding-unit-fraction = actual `{ $actual }` has no unit and is at most 1: read as a fraction, { $value } { $unit }
finding-unit-smaller = actual `{ $actual }` has no unit: in the unit of target `{ $target }` it is { $as_target }, { $times } × the target, which makes no sense; read as { $as_read } it is of the target's size: scored as { $as_read }, check the cell's unit
finding-unit-implausible = actual `{ $actual }` has no unit: in the unit of target `{ $target }` it is { $as_target }, { $times } × the target, and in a smaller unit it is still more than a hundred times off: the unit cannot be told, so the line is not scored as missed; the reported score is kept, check the cell
finding-unit-rate-fraction = neither actual `{ $actual }` nor target `{ $target }` has `%`, but the line is a rate and the actual is at most 1: read as a fraction, { $value } (that is { $value }%), check the cell
finding-unit-target-fraction = target `{ $target }` has no unit and is at most 1 while actual `{ $actual }` is in `{ $unit }`: the target is read as a fraction, { $value } { $unit } (the actual's unit)
finding-unit-rate-target-fraction = neither target `{ $target }` nor actual `{ $actual }` has `%`, but the line is a rate, the target is at most 1 and the actual above 1: the target is read as a fraction, { $value } (that is { $value }%), check the cell
finding-unit-far-below = actual `{ $actual }` has no unit: read in the unit of target `{ $target }` it is { $value } %, far below the target; if a digit was left out or it is a mark out of 10, it is { $tenfold } %, near the target: scored as { $value } % for now, check the cell
finding-date-read-month = the target is a date: actual `{ $actual }` read as { $date }
finding-date-read-january-or-october = the target is a date: actual `{ $actual }` read as { $date }; if it was { $october } (Excel shows { $october } as { $actual }), check it
finding-date-read-quarter = the target is a date: actual `{ $actual }` is quarter { $quarter }, counted as its last day, { $date }
finding-deadline-claimed = target `{ $target }` is a time limit and actual `{ $actual }` says whether it was kept: scored so
finding-unit-converted = actual `{ $actual }` converted to the unit of target `{ $target }`: { $value } { $unit }
finding-dates-mismatch = target `{ $target }` and actual `{ $actual }` are not both dates: scored 0
finding-dates-undecided = target `{ $target }` and actual `{ $actual }`: cannot tell whether the work was done in time ({ $why }); the self-score { $score } is kept (not re-checked)
finding-dates-undecided-none = target `{ $target }` and actual `{ $actual }`: cannot tell whether the work was done in time ({ $why }), and no self-score was given: the line cannot be scored and needs a person (the total leaves it out and is partial, no grade); check the form, judge the line and fill in its 得分
finding-actual-negative = actual `{ $actual }` is negative: counted as 0
finding-share-over-100 = the satisfaction target `{ $target }` is over 100% and cannot be reached: most likely a `≥` turned into a digit when the form was copied out of a PDF or web page (`≥90%` read as `290%`). It is not judged against; check it against the original form and correct it
finding-formula-overflow = { $points } × { $num } / { $den } overflows: scored 0
finding-linear-cut-overflow = linear_cut with target { $target } and actual { $actual } overflows: scored 0
finding-far-exceeded-review = actual `{ $actual }` is at least { $share }% of the target `{ $target }`: flagged for manual review
finding-equal-exceeded = the target `{ $target }` asks for exactly { $tv }{ $unit }, the actual `{ $actual }` is { $av }{ $unit }, { $gap }{ $unit } ({ $share }% of the target) above it: the rule "met scores full points" counts passing an "=" target as reaching it, so full points; but passing an "=" target is not always meeting it (money overspent, more than planned): check by hand
finding-far-exceeded-cut = actual `{ $actual }` is at least { $share }% of the target `{ $target }`: { $cut }% of the points cut
finding-text-contradicts-target = the indicator's text states { $stated } but its target column says `{ $target }`
finding-deviation-unexplained = `{ $level3 }` scores { $score } of { $points } points and gives no deviation reason (偏差原因分析及改进措施), which the rules require

## Budget execution

finding-no-funds-rows = no 项目资金 rows were read (the form has none, or the import could not read them: see the import notes): the execution rate cannot be worked out and the execution score is unknown (not counted as 0)
finding-no-execution-block = the form has no 项目资金 (budget execution) block and its indicators' points make its full marks of { $full }: scored out of the form's own full marks, without the rules' { $rule } execution points; total = the sum of the indicator scores (out of { $full })
finding-no-execution-points = the 项目资金 block carries no 分值 and no 得分 and the indicators' points make the form's full marks of { $full }: the execution rate is worked out but not scored, the rules' { $rule } execution points are not added; total = the sum of the indicator scores (out of { $full })
finding-execution-points-negative = execution points `{ $points }` are negative: the rule's { $rule } are used
finding-funds-total-blank = 年度资金总额 is blank or 0 while `{ $row }` holds the figures: those are used
finding-execution-funds-missing = the rules read budget execution from { $kinds } only ([execution] funds) and none of those rows carries figures: `{ $row }` is read instead, which may include other funds; check by hand
finding-funds-total-blank-sum = 年度资金总额 is blank or 0 while its 其中 rows { $rows } hold the figures: the initial budget, full-year budget and spent are each the sum of those { $count ->
    [one] one row
   *[other] { $count } rows
}
finding-funds-no-total-row = the funds block has no 年度资金总额 row and only `{ $row }` holds figures: those are used
finding-funds-no-total-row-sum = the funds block has no 年度资金总额 row: its { $count ->
    [one] one row
   *[other] { $count } rows
} { $rows } divide the project's funds, so the initial budget, full-year budget and spent are each their sum (rate = the rows' spent added up / their full-year budgets added up)
finding-funds-no-total-row-spending = the funds block has no 年度资金总额 (合计) row: the department's funds are listed in { $count ->
    [one] one row
   *[other] { $count } rows
} { $rows }, so the initial budget, full-year budget and spent are each their sum (rate = the rows' spent added up / their budgets added up; the 其中 rows are parts of 基本支出, not added); check the total with the department
finding-funds-rows-total = the funds rows added up
finding-funds-row = { $row }
finding-funds-cell = { $row }: { $columns }
finding-funds-columns-blank = { $columns } left blank
finding-funds-column-unreadable = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
} `{ $text }` cannot be read as an amount
finding-funds-column-excel-error = { $column ->
    [initial] initial budget
    [full] budget
   *[spent] spent
} holds Excel's error value `{ $error }` (its formula failed in the department's workbook: no value)
finding-funds-column-not-money = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
} `{ $text }` is in `{ $unit }`, which is not money
finding-funds-column = { $column ->
    [initial] 年初预算数
    [full] 全年预算数
   *[spent] 全年执行数
}
finding-funds-total-cell-blank = the 年度资金总额 { $column ->
    [initial] initial budget
    [full] full-year budget
   *[spent] spent
} is blank while each of its 其中 rows gives it: the sum of those rows is used, { $terms } = { $sum }
finding-funds-parts-mismatch = the 年度资金总额 { $column ->
    [initial] initial budget
    [full] full-year budget
   *[spent] spent
} { $total } is not the sum of its { $count ->
    [one] 其中 row
   *[other] 其中 rows
} { $rows }, { $terms } = { $sum } (a difference of { $difference }): the form contradicts itself; execution is still computed from the 年度资金总额 row, a person must check which figure is right
finding-amount-negative = negative amount: budget { $budget } spent { $spent }
finding-budget-zero = the budget is 0, so the execution rate { $spent } / 0 cannot be computed: execution scores 0
finding-rate-overflow = the execution rate spent / budget = { $spent } / { $budget } cannot be computed: the quotient is too large for exact arithmetic; execution scores 0
finding-rate-absurd = execution rate { $rate }% is over 1000%: check the amounts
finding-funds-doubt-rate = the figures as read give an execution rate of { $rate }%, over 1000%, which no year's spending can be
finding-funds-doubt-lone = { $count ->
    [one] 1 number stands
   *[other] { $count } numbers stand
} on a line of its own in the funds block, with no row name ({ $numbers }): most likely a number in a cell was wrapped onto two lines when the form was copied, and the figures are out of place
finding-funds-doubt-number = { $number } ({ $place })
finding-funds-doubt-number-bare = { $number }
finding-funds-doubt-both = { $rate }; { $lone }
finding-funds-doubtful = the funds figures may be misread: { $why }. The execution score is unknown (not counted as 0), and the row's 分值, rate and 得分 are not checked against the computed ones or the total; check row { $row } on the form: 全年预算数 (read as { $budget }), 全年执行数 (read as { $spent }), 分值 and 得分
finding-no-grade-funds-doubtful = the funds figures may be misread: { $why }. The execution score is unknown (not counted as 0), the total is only a partial sum (no grade given), and the row's 分值, rate and 得分 are not checked against the computed ones or the total; check row { $row } on the form: 全年预算数 (read as { $budget }), 全年执行数 (read as { $spent }), 分值 and 得分, correct them and score it again
finding-overspent = spent { $spent } is more than the full-year budget { $budget } (over by { $over }; B/A = { $rate }%): spending above the budget that the department must explain (where the money came from and on what authority); the rate is capped at 100% for scoring
finding-budget-unreadable = budget `{ $text }` cannot be read as an amount
finding-spent-unreadable = spent `{ $text }` cannot be read as an amount
finding-amount-excel-error = { $what ->
    [budget] budget
   *[spent] spent
} holds Excel's error value `{ $error }`: its formula failed in the department's workbook, so there is no value; read as unreadable (not as blank, not as 0), and the execution rate cannot be worked out; ask the department for the value, or to fix the formula and send the form again
finding-amount-not-money = { $what ->
    [budget] budget
   *[spent] spent
} `{ $text }` is written in `{ $unit }`, which is not money: the amounts of 项目资金 are in 万元; the execution rate cannot be computed
finding-budget-blank = budget is blank: the execution rate cannot be computed
finding-spent-blank = spent is blank: the execution rate cannot be computed
finding-execution-unexplained = execution rate { $rate }% is below { $threshold }% and no deviation reason is given
finding-execution-low-targets-met = execution is only { $rate }% (spent { $spent } of a budget of { $budget }) while all { $count } indicators are reported met: most of the money is unspent yet every target was reached; check the actuals and how the money was used
finding-execution-score-mismatch = reported execution score { $reported } differs from the computed { $computed }
finding-execution-score-mismatch-step = reported execution score { $reported } differs from the computed { $computed }: the execution rate { $rate }% is below { $next }%, in the step from { $from }% (inclusive) to { $next }%
finding-execution-score-blank = the execution score (得分) is blank
finding-execution-score-unreadable = execution score `{ $text }` cannot be read: write it in Arabic digits on the form
finding-execution-score-above-points = reported execution score { $reported } is above its { $points } points
finding-budget-adjusted = the full-year budget { $full } differs from the initial budget { $initial } by { $change } ({ $direction ->
        [cut] 调减 (cut)
       *[added] 追加 (added)
    }{ $relative }): the rules ask for adjustments beyond { $share }% of the initial budget to be explained
finding-budget-adjusted-any = the full-year budget { $full } differs from the initial budget { $initial } by { $change } ({ $direction ->
        [cut] 调减 (cut)
       *[added] 追加 (added)
    }{ $relative }): the rules ask for every adjustment of the budget during the year to be explained
finding-budget-adjustment-explained = the full-year budget { $full } differs from the initial budget { $initial } by { $change } ({ $direction ->
        [cut] 调减 (cut)
       *[added] 追加 (added)
    }{ $relative }); the form explains it: `{ $reason }`
finding-budget-adjusted-relative = , { $percent }%
finding-rate-mismatch = written execution rate { $written }% differs from B/A = { $computed }%

## The form as a whole

finding-incomplete-form = the form was cut short when imported: missing rows score nothing
finding-no-grade-incomplete = the form was cut short: a partial sum earns no grade (given none)
finding-no-grade-no-points = the form has no 分值 (points) column: nothing to score out of 100; each indicator is judged met or not met instead (no grade given)
finding-no-grade-no-points-column = the form has a 得分 column but no 分值 column, and its level-1 labels carry no points: the points of { $count ->
    [one] the indicator
   *[other] the { $count } indicators
} { $rows } are nowhere on the form, so their full marks are unknown, they are not scored and their self-scores are kept unchecked (not counted as 0); the computed total holds only what can be scored, such as the execution score (partial, no grade); check the points with the department
finding-no-grade-no-indicator-points = no indicator carries points (分值/权重 blank): each indicator is judged met or not met instead (no grade given)
finding-no-grade-no-self-scores = every 得分 cell and the 总分 are blank: the form was never self-scored (no grade given)
finding-no-grade-no-actuals = every 实际完成值 is blank: the form was never filled in (no grade given)
finding-no-grade-unscored-points = { $count ->
    [one] 1 indicator's points cannot
   *[other] { $count } indicators' points cannot
} be read (see those lines): their full marks are unknown, so they are not scored; check the points with the department: the total is only the sum of the rest (partial, no grade given)
finding-unverified-row = { $row }
finding-unnamed-line = line { $index } (no name written)
finding-unnamed-line-under = line { $index } under { $level2 } (no name written)
finding-no-grade-unverified = { $points } of the form's { $total } points rest on self-scores that could not be checked, taken as claimed (unverified), more than half: { $count ->
    [one] 1 indicator
   *[other] { $count } indicators
} ({ $rows }{ $more ->
    [0] {""}
   *[other] , and { $more } more
}) { $count ->
    [one] has
   *[other] have
} no actual the rules can check (blank, a sentence or unreadable), so a grade would be the department's own; no grade given — the total is still shown: check those lines with the department
finding-no-grade-unscored = { $count ->
    [one] 1 indicator's actual cannot
   *[other] { $count } indicators' actuals cannot
} be scored by the rules and no self-score was given (see those lines): they need a person, and the total is only the sum of the rest (partial, no grade given)
finding-no-grade-execution-unknown = the execution rate cannot be worked out: { $cells }; the execution score is unknown (not counted as 0) and the total is only a partial sum (no grade given); { $state ->
    [blank] fill them in
    [unreadable] write the amounts in Arabic figures (万元)
    [excel] write the values the department gives (or have it fix the formula and send the form again)
   *[mixed] fill in the amounts in Arabic figures (万元)
} on the form and score it again
finding-no-grade-no-funds = no 项目资金 was read (the form has none, or the import could not read it: see the import notes): the execution score is unknown (not counted as 0) and the total is only a partial sum (no grade given); check the form's 项目资金 block, fill in the 全年预算数 and 全年执行数 of 年度资金总额 and score it again
finding-no-grade-optional = grading is optional under these rules (可以不评级) and the form gives no total score (no grade given)
finding-no-grade-above-full-marks = the computed total { $total } is above the full marks of { $points }: that is no score but a form read wrongly (a column read as the points, say); see the import notes and the findings above and check against the form (no grade given)
finding-no-grade-points-above-full-marks = the computed total { $total } is above the full marks of { $points }: the points written on the form's lines (with budget execution) add up to { $declared }, already above the full marks. Either the form's points are wrong or the form was read wrongly (a column read as the points, say); see the import notes and the findings above and check against the form and the scoring rules (no grade given)
finding-budget-added-from-zero = `{ $row }`: the initial budget was 0 and became { $full } during the year (追加预算 { $added }): check that the form explains the change; execution is measured against { $full }
finding-budget-added = `{ $row }`: the budget rose from { $initial } to { $full } during the year (追加 { $added }): check that the form explains the change; execution is measured against { $full }
finding-budget-trimmed-to-spent = `{ $row }`: the full-year budget was cut from { $initial } to exactly the amount spent, { $full }: the rate B/A is 100% by construction
finding-funds-points-not-execution = the 年度资金总额 row's { $written } { $what ->
        [form-total-kept] are the form's total points ({ $total }) and its self-scored total, not the budget execution's points and score: the 得分 is read as the form's reported total
        [form-total] are the form's total points ({ $total }) and its self-scored total, not the budget execution's points and score: not used
       *[not-execution] are not the budget execution's points and score: not used
    }; { $scored ->
        [row] the form scores the execution rate in its indicator row { $row }, so execution is not scored a second time
        [implied] budget execution is scored out of the { $implied } points the form's total leaves after its indicators' points
       *[rule] budget execution is scored out of the rules' { $rule } points
    }. Check this row with the department
funds-points-written-points = 分值 { $points }
funds-points-written-score = 得分 { $score }
finding-budget-cut = `{ $row }`: the budget was cut from { $initial } to { $full } during the year (调减 { $cut }): execution is measured against { $full }
finding-label-points-mismatch = level-1 label `{ $label }` says { $written } points but the indicators under it declare { $declared }
finding-no-level1 = the form lists its { $count } indicators in one flat list with no level-1 labels: the rules' level-1 weights ({ $weights }) cannot be checked one by one; only the lines' points, { $lines }, with the execution's are checked against the full marks
finding-direction-by-name = `{ $name }`: the form states no direction for its target `{ $target }`; the rule set reads an indicator whose name holds `{ $word }` as { $direction }
finding-label-scores-kept = no 分值 column, only the level-1 label `{ $label }` carries its { $written } points: the self-scores of the { $count ->
    [one] line
   *[other] { $count } lines
} under it add up to { $scored }, counted so (within the { $written } points); each line's own points are unknown, its score taken unverified: check the points with the department
finding-label-scores-above = level-1 label `{ $label }` says { $written } points but the self-scores under it add up to { $scored }, more than that
finding-target-not-met = `{ $name }` did not meet its target: { $target }, actual { $actual }
finding-completion-mismatch-done = the completion cell says `{ $claim }`, but `{ $name }` did not meet its target: { $target }, actual { $actual }; ask the unit whether the completion or the actual is wrong
finding-completion-mismatch-not-done = the completion cell says `{ $claim }`, but `{ $name }` met its target: { $target }, actual { $actual }; ask the unit whether the completion or the actual is wrong
finding-reported-kept = the score could not be computed from the form: the reported score { $score } is taken unverified
finding-reported-kept-rescaled = the score could not be computed from the form: the reported score { $reported } is taken unverified, rescaled with the points { $from } → { $to }: { $score }
finding-reported-kept-none = actual `{ $actual }` cannot be scored by the rules and no self-score was given: the line cannot be scored and needs a person (the total leaves it out and is partial, no grade); check the form, judge the line and fill in its 得分
finding-year-mismatch = the form is of { $year }, but rule set `{ $rules }` is for { $rules_year }: it is scored under rules written after its year; score it under the rules of { $year }
finding-template-mismatch = the form `{ $title }` is of another template than rule set `{ $rules }` ({ $rules_title }): check that these are its rules
finding-template-mismatch-department = this is a department-wide spending form (部门（单位）整体支出绩效自评表, `{ $title }`), not a project form; rule set `{ $rules }` ({ $rules_title }) is written for project forms, so the scores and findings it gives here are for reference only, not an evaluation of this form: score it under department rules (such as `--rules rules/department-overall`)
finding-template-mismatch-project = this is a project form (`{ $title }`), and rule set `{ $rules }` ({ $rules_title }) is written for a department's whole spending: the scores and findings it gives here are for reference only; score it under project rules (such as `--rules rules/anhui-2023`)
finding-import-guessed = the importer guessed or could not read { $count } { $count ->
        [one] thing
       *[other] things
    } in this form (see its import notes: listed under the form in the HTML and JSON reports, on the xlsx report's 导入说明 sheet, printed first when the file is scored directly, among the import notes of an imported case file): numbers resting on them may be off; check them against the original
finding-import-guessed-judged = the importer guessed or could not read { $count } { $count ->
        [one] thing
       *[other] things
    } in this form (see its import notes: listed under the form in the HTML and JSON reports, on the xlsx report's 导入说明 sheet, printed first when the file is scored directly, among the import notes of an imported case file): judgements (met or not) resting on them may be off; check them against the original

finding-duplicate-form = this form has the same project name, unit and figures as { $first }: the same form was read twice (most likely one file saved in two formats, such as .xlsx and text copied from the PDF, or a copy), and its scores should not be counted twice; keep one of them
finding-duplicate-copy = this form and { $first } are two copies of one form (the same project name, unit, year, budget and spending, the rest not all alike: most likely one of them is text copied from a web page or a preview, cut short or incomplete): the department summary counts it once, as the more complete { $counted }; check them and keep one
finding-revised-form = this form and { $other } are two versions of one form (the same project name, unit and year) with other figures: { $changes }. Most likely one was corrected and sent again: both are scored, and the department summary counts one, the { $why ->
        [later] later read
       *[complete] more complete
    } { $counted }; check with the department which one is final, remove the other and score again
revised-change = { $what } { $was } → { $is }
revised-budget = the full-year budget (A)
revised-spent = the spending (B)
revised-reported-total = the reported total
revised-total = the computed total
revised-line-points = the points of { $line }
revised-line-score = the reported score of { $line }
revised-lines = indicator rows { $was } → { $is }
revised-other = other figures (such as the initial budget or a funds row's points)
revised-more = { $count } more
revised-blank = blank

## Totals

finding-total-not-sum = reported total { $reported } is not the sum of the form's own line scores ({ $lines })
finding-total-not-sum-unfilled = reported total { $reported } is not the sum of the line scores filled in ({ $lines }): { $count ->
        [one] { $count } line score is
       *[other] { $count } line scores are
    } not filled in or cannot be read (see the row)
finding-total-not-sum-blank-execution = reported total { $reported } is not the form's line scores { $lines } plus the computed execution score { $execution } ({ $sum }; the 年度资金总额 row's score is 0 like the rest of that row, read as blank)
finding-total-not-sum-rescaled = reported total { $reported } is neither the sum of the form's own line scores ({ $lines }) nor their applicable part rescaled to full marks, { $rescaled } ({ $applicable } ÷ applicable points { $points } × { $full })
finding-sum-on-guessed-reading = { $finding }; but the import guessed which column the figures of { $count ->
        [one] one summed row
       *[other] { $count } summed rows
    } came from (see the import notes at { $places }): the difference may be a cell read out of place rather than the form's own, so check those rows against the form first
finding-sum-on-guessed-rows = { $finding }; but the import guessed which column the figures of { $count ->
        [one] one summed row
       *[other] { $count } summed rows
    } came from: { $rows } (see the import notes at { $places }; the whole table stands on one line of text, so its line number tells no row from another): the difference may be a cell read out of place rather than the form's own, so check those rows against the form first
finding-sum-on-guessed-named = { $finding }; but the import guessed which column the figures of { $count ->
        [one] one summed row
       *[other] { $count } summed rows
    } came from: { $rows } (see the import notes at { $places }): the difference may be a cell read out of place rather than the form's own, so check those rows against the form first
finding-total-unchecked = the reported total { $reported } cannot be checked against the line scores: the score of { $items } cannot be read (see that line); the other line scores add up to { $lines }, { $gap } less, which is within the points of the lines that cannot be read; ask the department for that score and check again
finding-total-unchecked-line = { $level3 }
finding-total-unchecked-execution = the { $label } row
finding-total-mismatch = reported total { $reported } differs from the computed total { $computed }
finding-grade-mismatch = grade { $from } → { $to }: the reported total { $reported } earns “{ $from }”, the computed total { $computed } earns “{ $to }” (the self-score is { $side ->
    [above] higher
   *[below] lower
} by { $gap })
finding-total-mismatch-execution-unknown = reported total { $reported } cannot be right: { $part } could not be computed (at most { $points } points), so the total lies between { $computed } and { $most }, and { $side ->
    [above] the reported total is above { $most }
   *[below] the reported total is below { $computed }, the total without it
}
finding-total-unreadable = reported total `{ $text }` cannot be read: write it in Arabic digits on the form
finding-total-blank = reported total score (总分 得分) is blank
finding-total-points-not-sum = reported total points { $reported } are not the sum of the declared points ({ $declared })
finding-points-total-mismatch = declared points add up to { $declared }, not the total of { $total } the rules require
finding-weights-adjusted = { $count ->
        [one] the level-1 weight is scored as the form gives it, which the rules allow
       *[other] the level-1 weights are scored as the form gives them, which the rules allow
    }: { $weights }
finding-weights-adjusted-assumed = { $count ->
        [one] the level-1 weight is scored as the form gives it
       *[other] the level-1 weights are scored as the form gives them
    }: { $weights }; the rule set's weights are only assumed examples, and the form's stand
finding-weights-adjusted-item = { $level1 } { $declared } (the rule: { $rule })
finding-weights-adjusted-example = { $level1 } { $declared } (the example: { $rule })
finding-points-weight-mismatch = { $level1 } carries { $declared } points, the rule gives { $rule } (the rules do not allow adjusting it)
finding-goal-contradicts-indicators = the overall goal is reported as `{ $text }` ({ $band }) while every indicator claims its full points

## Scripts (the script's own words and Rhai's errors are shown as they are)

finding-script-failed = { $error }; in the `{ $hook }` hook: { $stands }
finding-script-rejected = decision of script `{ $script }` (fn `{ $function }`) rejected: { $why }; { $stands }
finding-script = { $message } (script `{ $script }:{ $line }`)
finding-scripts-broke-points = they give the indicators { $planned } points where the form declares { $declared }
finding-scripts-broke-score = { $level3 } scores { $score } of { $points } points
finding-scripts-broke-total = the total would be { $total } of { $points } points
finding-scripts-broke-totals = the rule scripts' decisions together break the form's totals ({ $why }): the form is scored without any script decision
decision-not-map = the hook returned { $got }: return `()` or an object map `#{"{"} … {"}"}`
decision-unknown-key = unknown key `{ $key }` in the decision ({ $hint })
decision-did-you-mean = did you mean `{ $key }`?
decision-valid-keys = valid keys: { $keys }
decision-not-array = `{ $key }` must be an array, not { $got }
decision-not-index = `{ $key }` must be an indicator index (an integer from 0), not { $got }
decision-not-text = `{ $key }` must be a string, not { $got }
decision-not-number = `{ $key }` must be a number, not { $got }
decision-value = `{ $value }` ({ $kind })
decision-value-unit = `()` (nothing: a variable never set, or a hook that returned nothing)
decision-points-entry = `points` must be an array of `#{"{"} index: i, points: p {"}"}` maps
decision-entry-missing = an entry of `{ $list }` has no `{ $key }`
decision-findings-entry = `findings` must hold strings or `#{"{"} message: "…", indicator: i {"}"}` maps
decision-direction = unknown direction `{ $value }`: use positive, reverse or equal
decision-score-and-method = give either `score` or `method`, not both
decision-zero-at = method `linear_cut` needs `zero_at`
decision-method = unknown method `{ $value }`: use ratio, all_or_nothing, met_or_ratio or linear_cut
decision-direction-alone = `direction` needs a `method`
decision-no-indicator = indicator { $index } does not exist (the case has { $count }, from 0)
decision-negative-points = indicator { $index } cannot carry negative points ({ $points })
decision-points-not-applicable = indicator { $index } is not applicable: it carries no points
decision-points-sum = the applicable indicators would carry { $sum } points, but the form's indicators declare { $declared } in all
decision-score-outside = score { $score } is outside 0..{ $points }
decision-method-not-numeric = a method can only be chosen for a numeric target and actual
decision-method-date = the target or actual is a date (a deadline), not a number: a method such as a ratio cannot be chosen for it; decide a score instead
decision-total-outside = total { $total } is outside 0..{ $points }
decision-execution-outside = execution score { $score } is outside 0..{ $points }
decision-total-overflow = the total overflows
finding-stands-case = the case is scored without its decision
finding-stands-score = the engine's score stands
finding-stands-total = the computed total stands
finding-stands-execution = the execution score stands

## Division by zero

finding-division-by-zero-step = { $what }: 0 points
finding-per-point-unmeasurable = per_point: a miss of target { $target } cannot be measured in percentage points
finding-ratio-zero-denominator = { $direction } { $formula } = { $num } / 0 cannot be computed
finding-zero-target-bare = the target “{ $target }” is 0 with no comparator and the actual is “{ $actual }”: read as positive, a target of 0 is always reached, but a target of 0 (“0起”, “0次”) mostly means “none at all”. The rule set does not say (write zero_target under [quantitative] to score it as a ceiling): 0 points, check by hand
finding-linear-cut-no-slope = linear_cut with target { $target } and zero_at { $zero_at } has no slope

## Satisfaction surveys (满意度 from 满意人数 / 有效样本, [satisfaction])

finding-survey-zero-sample = the survey in `{ $actual }` has a sample (有效样本) of 0: the 满意度 cannot be computed; the reported score is kept
finding-survey-more-than-sample = the survey in `{ $actual }` counts { $count } { $part } of a sample of { $sample }: more than were asked; the reported score is kept
finding-survey-rate-mismatch = the 满意度 { $rate }% written in `{ $actual }` differs from { $satisfied } / { $sample } = { $computed }%: scored on the counts
finding-survey-sample-small = the survey in `{ $actual }` has a sample of { $sample }, below the { $minimum } the rules require: the 满意度 rests on too few answers
finding-survey-sample-small-cap = the survey in `{ $actual }` has a sample of { $sample }, below the { $minimum } the rules require: it earns at most { $share }% of the points ({ $cap })
finding-survey-no-sample = `{ $actual }` gives the satisfied count but not the sample size (有效样本 or 调查人数): the 满意度 cannot be computed; the reported score is kept
finding-survey-no-satisfied = `{ $actual }` gives the sample size but neither the satisfied count nor the 满意度: the reported score is kept
finding-survey-twice = `{ $actual }` gives { $part } twice: write it once; the reported score is kept
finding-survey-not-a-count = `{ $count }` in `{ $actual }` is not a whole number of people: the reported score is kept
finding-survey-unreadable = the survey counts in `{ $actual }` cannot be read ({ $reason }): the reported score is kept
survey-part-satisfied = the satisfied count (满意人数)
survey-part-dissatisfied = the dissatisfied count (不满意人数)
survey-part-sample = the sample size (有效样本)
survey-part-rate = the 满意度
survey-part-satisfied-people = satisfied
survey-part-dissatisfied-people = dissatisfied

## Why a target or actual cannot be read (`value::UnreadableReason`, after "cannot be read")

value-reason-no-digits = a comparator or percent sign without a number written in digits
value-reason-mark-before-number = '{ $mark }' before the number is not a comparator directly before it
value-reason-leading-point = the number starts with a decimal point
value-reason-two-points = more than one decimal point in the number
value-reason-too-many-digits = the number has { $digits ->
        [one] { $digits } digit
       *[other] { $digits } digits
    }, too many to read
value-reason-too-large = the number { $number } is too large or too precise to read
value-reason-multiplier-too-large = the number { $number } with its multiplier is too large
value-reason-ordinal-too-large = the ordinal 第{ $number } is too large
value-reason-ordinal-not-numeral = the ordinal 第{ $numeral } is not a Chinese numeral
value-reason-comparators-disagree = two comparators that disagree: { $before } before and { $after } after the number
value-reason-letter-for-digit = the letter '{ $letter }' is written where a digit is expected
value-reason-second-number = more than one number: '{ $rest }' follows the first
value-reason-marks-after = '{ $rest }' after the quantity looks numeric
value-reason-excel-error = it is Excel's error value `{ $error }`: the cell's formula failed in the department's workbook, so it holds no value; ask the department for the value, or to fix the formula and send the form again
date-doubt-not-dates = they are not both dates
date-doubt-no-year = one date has its year and the other none, and the form gives no year; write the year in the date, or fill in the form's 年度
date-doubt-same-month = the deadline is a day and the actual only the same month; write the day the work was done
date-doubt-january-or-october = `{ $actual }` read as { $january } and as { $october_date } scores apart (Excel shows { $october } as { $actual }); check the month with the department
finding-date-form-year-target = target `{ $text }` has no year: read in the form's year { $year }
finding-date-form-year-actual = actual `{ $text }` has no year: read in the form's year { $year }
finding-unknown-part-execution = the execution score
finding-unknown-part-lines = { $count ->
    [one] the score of 1 indicator
   *[other] the scores of { $count } indicators
}
finding-unknown-part-both = the execution score and { $count ->
    [one] the score of 1 indicator
   *[other] the scores of { $count } indicators
}
