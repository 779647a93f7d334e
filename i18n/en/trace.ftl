# Trace steps: how each number was reached (`score --explain`, JSON `trace[].text`, the HTML
# and xlsx reports), and the engine's names in words. English says the names in words too
# (`half up`, `not met`, `all or nothing`); rule files and JSON keep their codes (`half_up`,
# `not_met`, `all_or_nothing`), which no English report shows (#16).

## Names

word-direction-positive = positive
word-direction-reverse = reverse
word-direction-equal = equal
word-formula-ratio = ratio
word-formula-all-or-nothing = all or nothing
word-formula-met-or-ratio = full if met, else ratio
word-formula-per-point = points off per point missed
word-formula-linear-cut = linear cut
word-round-half-up = half up
word-round-truncate = down (truncated)
word-round-half-even = half to even
word-source-quoted = quoted
word-source-inferred = inferred
word-source-assumed = assumed
word-method-band = band
word-method-ratio = ratio
word-method-all-or-nothing = all or nothing
word-method-linear-cut = linear cut
word-method-per-point = points off per point missed
word-method-not-applicable = not applicable
word-method-reported-kept = reported score kept
word-method-unscored = unscored (needs a person)
word-method-missing = no actual
word-method-script = script
word-method-met = met
word-method-not-met = not met
word-method-unjudged = not judged
# A rule as a step cites it: the policy's name first, then key (file:line, policy id, provenance).
word-rule = { $name }{ $key } ({ $file }:{ $line }{ $policy }{ $source })
word-rule-name = { $name }:{" "}
word-rule-name-unnamed = the rule set's own:{" "}
word-rule-policy = , policy { $policy }
word-rule-source = , { $source }

## Why a quantitative indicator has its direction

trace-why-nature = 指标性质 `{ $nature }`
trace-why-comparator = comparator `{ $comparator }`
trace-why-bare-under = bare target under { $level2 }: { $direction } ({ $key })
trace-why-bare-excepted = the name holds `{ $word }`, which the rule for { $level2 } excepts ({ $key }): bare target: { $direction }
trace-why-bare-name = the form states no direction and the name holds `{ $word }`: { $direction } ({ $key })
trace-why-bare = bare target: { $direction }
trace-why-script = direction chosen by script `{ $file }`
trace-why-zero-target = a target of 0 is a ceiling
trace-why-range-lower = a range: met from its lower end up
trace-why-range-upper = a range under a reverse level 2: met at or below its upper end

## Indicators

trace-shared-points = { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    } share one points cell of { $points }: each carries { $share }
trace-capped-rounded = capped at { $points } points and rounded { $mode } to { $places } places: { $raw } → { $score }
trace-no-actual = no actual value: 0
trace-reported-kept = cannot be computed from the form: the reported score { $score } is kept
trace-unscored = cannot be computed from the form and there is no self-score: the line is not scored (its 0 only lets the total add up the rest), the total is partial and gets no grade
trace-points-unknown = the points cannot be read, so the line's full marks are unknown: the line is not scored (its 0 only lets the total add up the rest), the total is partial and gets no grade
trace-points-from-label = no 分值 column; the level-1 label `{ $label }` carries { $points } points: this line's self-score { $score } is counted within them (the self-scores under it do not exceed them; each line's own points are unknown, the score is taken unverified)
trace-points-no-column = the form has no 分值 column, so the line's full marks are unknown: the line is not scored, its self-score is kept unchecked, the total is partial and gets no grade
trace-reported-kept-rescaled = cannot be computed from the form: the reported score { $reported } is kept, rescaled with the points { $from } → { $to }: { $score }
trace-worded-like-target = actual `{ $actual }` is worded like its target: the target was met (band { $band })
trace-band-accepted = `{ $actual }` → band { $band } { $range }: the reported score lies inside the band and is accepted: { $score }
trace-band-accepted-rescaled = `{ $actual }` → band { $band } { $range }: the reported score { $reported } lies inside the band and is accepted, then rescaled with the points { $from } → { $to }: { $score }
trace-spaced-band = `{ $actual }` is read without the line breaks and spaces inside it, as band { $band }
trace-remark-set-aside = `{ $remark }` in `{ $actual }` is a remark in brackets: judged as `{ $words }`
trace-band = `{ $actual }` → band { $band } { $range }: { $percent }% of { $points } points = { $score }
trace-band-outside = `{ $actual }` → band { $band } { $range }: the reported score { $reported } ({ $reported_percent }% of the points) lies outside the band and is not accepted: { $percent }% of { $points } points = { $score }
trace-none-answered = target `{ $target }` asks for none, actual `{ $actual }`: { $verdict } → { $score } (`[indicators] none_words`; with no points the row would be not applicable)
trace-deadline = deadline `{ $target }`, done `{ $actual }`{ $at_month }{ $form_year }: { $verdict } → { $score }
trace-date-time = `{ $text }` is read as the day `{ $date }`: the time { $time } is left out (a date is compared by its day)
trace-deadline-at-month = {" "}(the day read at its month)
trace-deadline-met = met in time
trace-deadline-late = late
trace-met = met
trace-not-met = not met
trace-pointless = no points on the form: target `{ $target }`, actual `{ $actual }`: { $why }
trace-pointless-no-actual = no actual value
trace-pointless-deadline = deadline{ $form_year }: { $verdict }
trace-pointless-deadline-undecided = deadline: not judged ({ $why })
trace-pointless-compared = { $actual } { $direction } against { $target } ({ $why }): { $verdict }
trace-pointless-worded = the actual is worded like its target: met
trace-pointless-band = band { $band }: { $verdict }
trace-pointless-unmatched = the actual's words match neither the target nor a band: not judged
trace-pointless-incomparable = target and actual cannot be compared: not judged
trace-pointless-impossible = a satisfaction target over 100% cannot be reached (most likely misread when copied): not judged
trace-no-comparator = target `{ $target }` has no comparator: { $why }
trace-full = { $direction } { $formula } ({ $why }): target { $target } actual { $actual }: { $how }: { $points } points
trace-full-met = met
trace-full-equal = equal
trace-full-zero-target = target 0 is always met
trace-pointless-zero-bare = the target is 0 with no comparator: read as positive it is always reached, but a target of 0 mostly means “none at all”, and the rule set does not say (see zero_target under [quantitative]): not judged
trace-full-zero-actual = actual 0 is within any positive ceiling (the ratio is unbounded, capped)
trace-ratio-actual-target = actual / target
trace-ratio-target-actual = target / actual
trace-ratio-smaller-larger = smaller / larger
trace-met-or-ratio-zero = { $direction } { $formula } ({ $why }): target 0 actual { $actual }: not met: 0 points
trace-met-or-ratio = { $direction } { $formula } ({ $why }): not met: { $ratio } × points = { $points } × { $num } / { $den } = { $score }
trace-per-point = { $direction } { $formula } ({ $why }): target { $target } actual { $actual }: missed by { $missed } percentage points × { $deduct } = { $deducted } deducted from { $points } = { $score }
trace-all-or-nothing = { $direction } { $formula } ({ $why }): target { $target } actual { $actual }: not met: 0 points
trace-ratio = { $direction } { $formula } ({ $why }): { $ratio } × points = { $points } × { $num } / { $den } = { $score }
trace-linear-cut = { $direction } { $formula } ({ $why }): target { $target } actual { $actual }, 0 points at { $zero_at } × target: { $points } × { $num } / { $den } = { $score }
trace-far-exceeded = target exceeded by far (≥ { $share }%): { $score } − { $points } × { $cut }% = { $result }

## Budget execution

trace-funds-sum = { $column ->
    [initial] initial budget
    [full] full-year budget
   *[spent] spent
} = sum of the 其中 rows = { $terms } = { $sum }
trace-execution-funds = only { $kinds } count ([execution] funds): { $column ->
    [initial] initial budget
    [full] full-year budget
   *[spent] spent
} = { $terms } = { $sum }
word-funds-kind = { $kind ->
    [appropriation] 本年财政拨款
    [carryover] 上年结转
    [other] 其他资金
    [total] 年度资金总额
   *[part] the 其中 rows
}
trace-rate = rate = spent / budget = { $spent } / { $budget } = { $rate }%
trace-execution-proportional = execution score = rate (above 100% counted as 100%) × points = { $rate }% × { $points } = { $score }
trace-execution-threshold = execution score = points − { $deduct } × percentage points below { $full }% = { $points } − { $deduct } × { $below } = { $score }
trace-rounded = rounded { $mode } to { $places } places: { $raw } → { $score }
trace-execution-band = execution score from the band table: rate { $rate }% ≥ { $from }% → { $score } (of { $points } points)
trace-execution-band-scaled = execution score from the band table: rate { $rate }% ≥ { $from }% → { $step } of the table's { $of } points, scaled to this form's { $points } points: { $step } × { $points } ÷ { $of } = { $score }
trace-execution-no-band = execution score from the band table: rate { $rate }% falls in no band → 0

## Total and grade

trace-level1 = { $level1 }: { $score } of { $points } points (the rule's weight is { $weight })
trace-level1-group = level 1 `{ $label }` as the form writes it counts under the rules' `{ $group }`
trace-total = total = Σ indicator scores + execution score = { $indicators } + { $execution } = { $sum }, rounded { $mode } to { $places } places = { $total }
trace-execution-no-points = the form has no 分值 column: the execution rate { $rate }% is recorded, not scored
trace-execution-in-row = the form scores the execution rate in its indicator row 预算执行率: the rate { $rate }% is scored there, not again here
trace-execution-row-by-rule = this form scores execution in its indicator row 预算执行率, whose target "{ $target }" is no figure to compare with: the row is scored by the rules' execution method from the funds' spent / budget = { $rate }%
trace-execution-no-funds = no 项目资金 rows were read: the execution score is unknown, not counted as 0
trace-execution-unknown = 全年预算数 or 全年执行数 blank or unreadable: the execution score is unknown, not counted as 0
trace-execution-doubtful = the funds figures cannot be trusted (see the findings): the execution score is unknown, not counted as 0
trace-total-execution-unknown = total = Σ indicator scores = { $indicators }, rounded { $mode } to { $places } places = { $total }: the execution score is unknown, so this is only a partial sum
trace-total-rescaled = lines not applicable left out ({ $left } points), rescaled to full marks: total = applicable scores (execution included) { $sum } ÷ applicable points { $points } × { $full } = { $exact }, rounded { $mode } to { $places } places = { $total }
trace-total-no-points = the form has no 分值 column: no total and no grade; each indicator is judged met or not met
trace-grade = total { $total } ≥ { $min }: grade { $grade }

## Points taken from the rule set (`--points rules`)

trace-points-scaled = points { $from } → { $to }: { $level1 } declares { $declared } on the form and has { $points } under the rule set (`--points rules`): { $from } × { $points } / { $declared } = { $to }
trace-points-apportioned = points { $from } → { $to }: { $level1 } declares { $declared } on the form and has { $points } under the rule set (`--points rules`): { $from } × { $points } / { $declared } = { $quota }, shared at { $places } decimal places by the largest remainders (each indicator's share cut to those places, the units of { $unit } left over going one each to the largest parts cut off, the earlier indicator first on a tie), so the level's points add up to { $points } exactly
trace-points-apportioned-shared = points { $from } → { $to }: { $level1 } declares { $declared } on the form and has { $points } under the rule set (`--points rules`): { $from } × { $points } / { $declared } = { $quota }, shared at { $places } decimal places by the largest remainders. Some cells of this level are shared by several rows, so a shared cell's points are a whole multiple of rows × { $unit } and each row's part is exact at { $places } places too ({ $rows ->
        [1] this one is one row: unit { $step }
       *[other] this one is shared by { $rows } rows: unit { $step }
    }): each indicator's share is cut to its unit, and the units left over go one at a time to the largest parts cut off that still fit, the earlier indicator first on a tie, so the level's points add up to { $points } exactly
trace-points-self-score = self-score { $from } restated in the same proportion as { $to } (for the restating only, not compared with the computed score: the department did not score against these points)
trace-points-execution = points { $from } → { $to }: the rule set's execution points (`--points rules`; the form declares { $from })

## Script decisions

trace-script = script `{ $script }` line { $line }: { $what }{ $reason }
trace-script-reason = : { $reason }
trace-script-points = points set to { $points }
trace-script-not-applicable = not applicable
trace-script-score = score { $from } → { $to }
trace-script-score-rounded = score { $from } → { $to } (rounded { $mode } to { $places } places: { $rounded })
trace-script-method = method { $formula }{ $direction }
trace-script-direction = , direction { $direction }
trace-script-execution-score = execution score { $from } → { $to }
trace-script-execution = execution score { $from } → { $to }, total { $total_from } → { $total_to }
trace-script-total = total { $from } → { $to }

## Satisfaction surveys ([satisfaction], #17)

trace-survey-rate = 满意度 from the survey: { $satisfied } satisfied{ $from } of a sample of { $sample } = { $rate }%
trace-survey-less-dissatisfied = {" "}({ $sample } sampled less { $dissatisfied } dissatisfied)
trace-survey-levels = {" "}({ $levels })
trace-survey-level = { $level } { $count }
trace-survey-rate-as-written = 满意度 { $rate }% as written, from a sample of { $sample }
trace-survey-sample-cap = a sample of { $sample } is below the minimum { $minimum }: at most { $share }% of { $points } points = { $cap } (was { $raw })

## What a rule of a rule file governs (the basis column and traces, instead of its key); $n
## counts from 1.
rule-key-weights = level-1 weights
rule-key-weights-level1 = level-1 weight { $n }
rule-key-weights-adjustable = whether level-1 weights may be adjusted
rule-key-execution = budget execution score
rule-key-execution-rounding = rounding of the execution score
rule-key-qualitative = qualitative indicators
rule-key-qualitative-bands = qualitative band { $n }
rule-key-qualitative-accept-in-band = a self-score within its band
rule-key-quantitative = quantitative indicators
rule-key-quantitative-positive = positive indicators
rule-key-quantitative-reverse = reverse indicators
rule-key-quantitative-equal = indicators written with `=`
rule-key-quantitative-bare-target = a target without a comparator
rule-key-quantitative-bare-target-by-level2 = bare targets by level 2, rule { $n }
rule-key-quantitative-bare-target-by-name = bare targets by name, rule { $n }
rule-key-quantitative-zero-target = a target of 0
rule-key-quantitative-deadline = a date or deadline target
rule-key-quantitative-far-exceeded = a target far exceeded
rule-key-quantitative-qualitative-actual = a worded actual on a quantitative indicator
rule-key-indicators = which indicators apply, and their points
rule-key-indicators-shared-points = shared points
rule-key-indicators-explain-below-points = a reason below full points
rule-key-indicators-not-applicable-points = points of lines not applicable (rescaled to full marks)
rule-key-satisfaction = satisfaction indicators
rule-key-satisfaction-minimum-sample = the survey's minimum sample
rule-key-rounding = rounding
rule-key-rounding-indicator = rounding of indicator scores
rule-key-rounding-total = rounding of the total
rule-key-grades = grades
rule-key-grades-levels = grade { $n }
rule-key-grades-optional = grades optional
rule-key-scripts = script { $n }
rule-key-scripts-before = script { $n }: before scoring
rule-key-scripts-indicator = script { $n }: each indicator
rule-key-scripts-after = script { $n }: after scoring
trace-input-at = { $field } = `{ $text }` ({ $at })
trace-deadline-form-year = {" "}(the date written without a year is taken in the form's year { $year })
trace-deadline-claimed = target `{ $target }` is a deadline and actual `{ $actual }` says it was kept: the target was met (band { $band })
trace-claim-sentence = actual `{ $actual }` read as done on time: it says { $words } and nothing that negates, delays or parts them
trace-actual-fall = actual `{ $actual }` is negative, a fall on last year: compared with the target as 0
trace-answers-no = actual `{ $actual }` says the opposite of target `{ $target }`: the target was not met (band { $band })
trace-pointless-answers-no = the actual says the opposite of the target (yes/no): not met
trace-reaches-target-band = actual `{ $actual }` is in band { $band }, as high as target `{ $target }` asks or higher: the target was met (band { $top })
