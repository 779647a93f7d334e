# Diagnostics: problems in rule files, case files and scripts (docs/diagnostics.md), and the
# importer's notes. Codes stay English identifiers; only the text is translated.

diagnostic-help = help: { $help }

## Import notes: what the importer recognised, guessed or could not read.

import-note = { $kind } at { $place }: { $message }
# A note listed in a report, its place in a column of its own.
import-note-listed = { $kind }: { $text }
import-kind-recognised = recognised
import-kind-guessed = guessed
import-kind-unreadable = unreadable
import-place-line-cell = line { $line }, cell { $cell }
import-place-line = line { $line }
import-place-line-piece = line { $line }, at { $piece }
form-place-text-cell = { $file } line { $line }, cell { $cell }
form-place-text-line = { $file } line { $line }
import-skipped-before-first-form = skipped { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } of text before the first form
import-skipped-declaration-before-form = the text before the first form (cell count: { $count }) is a { $kind ->
        [targets] 绩效目标表 (row { $line } “{ $text }”): it lists the targets set with the budget
       *[declaration] 绩效目标申报表 (row { $line } “{ $text }”): it lists the targets filed before the year
    }, with no actuals or scores, and was not scored
# Rows of a form's end (indicator rows, 合计/总分) before the first title: the tail of a form whose top was not copied (tester s21 B3).
import-skipped-form-tail = before the first form's title, lines { $from } to { $to } hold { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } of text not imported: from { $label } on they are the end of another form (indicator rows, 合计); that form's title and header are not in the file, so it was neither imported nor scored; copy the whole form to score it
# A sheet (or a whole input) holding no form title at all: its text is not before any form (tester s14 F6).
import-skipped-no-form = no form here (no form title): skipped { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } of text
import-no-form = no form found (no cell reads { $title })
import-no-form-headless = from line { $line } on stand the indicator rows of a form (“{ $text }…”), but no title (such as 项目支出绩效自评表), project name or header above them: the top of the form was not copied. Copy the whole table from its title on (or import the original Excel or Word file)

import-note-full-width = { $written } is written in full-width (全角) digits or signs and read as { $read }{ $more ->
        [0] {""}
        [1] {" "}(and 1 more cell)
       *[other] {" "}(and { $more } more cells)
    }
import-note-invisible = { $read } held characters that do not show on screen ({ $chars }), left by copying from a web page or document: dropped, read as { $read }{ $more ->
        [0] {""}
        [1] {" "}(and 1 more cell)
       *[other] {" "}(and { $more } more cells)
    }
invisible-zero-width-space = zero-width space { $code }
invisible-byte-order-mark = byte-order mark { $code }
invisible-soft-hyphen = soft hyphen { $code }
invisible-joiner = zero-width joiner { $code }
invisible-non-joiner = zero-width non-joiner { $code }
invisible-word-joiner = word joiner { $code }
## Shared parts.

did-you-mean = did you mean `{ $name }`?

## Full-width characters where TOML needs ASCII (rules::full-width, case::full-width).

full-width-space = `　` (a full-width space)
full-width-marks = full-width { $found } where TOML needs the half-width { $wanted }
full-width-marks-help = switch the input method to half-width (半角) for TOML's marks; the line reads: `{ $fixed }`
full-width-trailing = full-width { $found } at the end of the line: a TOML line ends with its value (or table name), with no punctuation after it
full-width-trailing-help = delete the { $found } at the end of the line (a half-width one is wrong too); the line reads: `{ $fixed }`
full-width-split = this line holds two keys separated by a full-width { $found }: TOML has one key per line, a line break between keys and no mark
full-width-split-help = start a new line where the { $found } is (a half-width one is wrong too); the lines read: { $lines }
full-width-script-marks = full-width { $found } in the script's code, which needs the half-width { $wanted }
full-width-script-marks-help = switch the input method to half-width (半角) for the script's semicolons, brackets, commas and quotes; the line reads: `{ $fixed }`
full-width-value = `{ $value }` is written in full-width characters
full-width-value-help = write it in half-width (半角) digits and marks: "{ $fixed }"

## Rule files (rules::*).

rules-unknown-value = unknown { $what } `{ $got }`
rules-enum-word = rule files write `{ $word }` as `{ $value }`
rules-enum-use-one-of = use one of: { $valid }
what-scripts-inherit = `scripts_inherit` value
what-denominator = denominator
what-execution-method = execution method
what-bare-target-key = key of bare_target
what-zero-target-kind = zero_target kind
what-deadline-kind = deadline kind
what-cites-switch = switch of `[{ $table }]` in `cites`
what-qualitative-actual = qualitative_actual
what-far-exceeded-action = far_exceeded action
what-shared-points = shared_points
what-not-applicable-points = not_applicable_points
what-execution-funds = [execution] funds
what-formula-kind = formula kind
what-level1 = level-1 indicator
what-direction = direction
what-rounding-mode = rounding mode
what-source = source
what-hook = hook
what-value-kind = value kind
rules-weights-sum = level-1 weights and execution points add up to { $sum }, not { $total }
rules-weights-sum-help = make `weights.level1[*].points` plus `execution.points` equal `weights.total` (with `execution.within`, the level-1 points alone)
rules-threshold-needs-keys = method `threshold_deduction` needs `full_at` and `deduct_per_point`
rules-threshold-needs-keys-help = add e.g. `full_at = "90%"` and `deduct_per_point = "1"`
rules-level1-name-twice = level-1 name `{ $name }` is used twice
rules-level1-name-twice-help = each name and alias may name one level-1 indicator only
rules-score-outside-band = `score_at = "{ $score_at }"` is not inside the band { $band }
rules-score-outside-band-help = an exclusive bound is not in the band: use the other bound, `middle`, or a percentage inside it
rules-far-at-not-above = `at = "{ $at }"` does not exceed the target
rules-far-at-not-above-help = write a share of the target above 100%, e.g. "120%"
rules-cut-without-action = `cut` is only read with `action = "cut"`
rules-cut-without-action-help = remove `cut`, or write `action = "cut"`
rules-action-cut-needs-cut = `action = "cut"` needs `cut`
rules-action-cut-needs-cut-help = add the share of the points deducted, e.g. `cut = "20%"`
rules-except-name-blank = a blank word in `except_names` of the rule for { $level2 }: every name holds it, so the rule would hold for no indicator
rules-except-name-blank-help = write the words of an indicator name the rule does not hold for, e.g. `except_names = ["节约率"]`, or remove the blank one
rules-bare-name-blank = a blank or missing word in `names` of a `bare_target_by_name` rule: a blank word is in every name, no word in none
rules-bare-name-blank-help = write the words of the indicator names the direction holds for, e.g. `names = ["结余率"]`
rules-grades-order = grade `{ $name }` starts at { $min }, not below the grade before it ({ $previous })
rules-grades-order-help = list grades best first, each `min` lower than the one before
rules-grades-gap = totals below { $min } get no grade
rules-grades-gap-help = end the list with a grade whose `min` is "0"
rules-bands-ascending = the execution bands are written the wrong way round, from the lowest `from` up; a rule file lists them from the highest `from` down
rules-bands-ascending-help =
    reverse the list, the band with the highest `from` first and `from = "0%"` last:
    { $bands }
rules-grades-ascending = the grades are written from the lowest `min` up; a rule file lists them from the highest `min` down
rules-grades-ascending-help =
    reverse the list, the grade with the highest `min` first:
    { $levels }
rules-joined-words = `{ $word }` is read as one word: only a cell reading exactly `{ $word }` matches it; it is most likely several words written as one
rules-joined-words-help = put each word in its own double quotes, separated by commas; the line reads: `{ $line }`
rules-list-replaced = the child's `{ $list }` replaces the parent's list as a whole: of the parent's { $count ->
    [one] one item
   *[other] { $count } items
}, { $dropped } are not written here, so they are gone
rules-list-replaced-help = to change one item, copy every `{ $list }` item from { $parent } line { $line } on (every line of each, aliases too) and change the one; if those items are meant to go, write `lists_replaced = ["{ $path }"]` under this file's `[rule_set]` and this is no longer said
rules-list-item-keys = the child's `{ $list }` { $count ->
    [one] item
   *[other] items
} { $items } do not write the { $keys } of the parent's items of the same name: the list replaces the parent's as a whole, items are not merged key by key, so they have no { $keys } now
rules-list-item-keys-help = copy every line of the items of the same name from { $parent } line { $line } on (their aliases too) and change the key meant; if those keys are meant to go, write `lists_replaced = ["{ $path }"]` under this file's `[rule_set]` and this is no longer said
rules-lists-replaced-unknown = “{ $path }” in `lists_replaced` is not a list this file writes: it quiets nothing
rules-lists-replaced-known = the lists this file writes are { $lists }; write the name as one of them
rules-lists-replaced-none = this file writes no `[[…]]` list and needs no `lists_replaced`: delete the line
rules-unknown-policy = `ref = "{ $policy }"` names no `[policy.*]` table
rules-unknown-policy-help = add a `[policy.{ $policy }]` table with `source` and `text`, or cite one of: { $known }
rules-unsourced-both = rule `{ $key }` cites no policy (`ref`) and does not say how it stands to one (`source`)
rules-unsourced-ref = rule `{ $key }` cites no policy (`ref`)
rules-unsourced-source = rule `{ $key }` does not say how it stands to its policy (`source`)
rules-unsourced-help = add `ref = "<policy id>"` naming the `[policy.*]` text it encodes and `source = "quoted"`, `"inferred"` or `"assumed"`
rules-unsourced-ref-help = add `ref = "<policy id>"` naming the `[policy.*]` text it encodes
rules-unsourced-source-help = add `source = "quoted"`, `"inferred"` or `"assumed"` under `ref = "{ $policy }"`, saying how the rule stands to that policy (the `source` of `[policy.{ $policy }]` says where its text comes from, not this)
rules-too-large = `{ $value }` is too large
rules-number-too-large-help = points, thresholds and bounds are at most 1000000000
rules-share-too-large-help = shares and multiples are at most 1000000000 (that is, 100000000000%)
rules-negative = `{ $value }` is negative
rules-negative-help = points, thresholds and bounds are zero or more
rules-not-a-number = `{ $value }` is not a number
rules-not-a-number-help = write a decimal number in quotes, e.g. "50" or "7.5"
rules-bare-number-not-decimal = `{ $value }` is not an exact decimal number (no exponent, hexadecimal, inf or nan here)
rules-bare-number-not-decimal-help = write a decimal number in quotes, e.g. "50" or "7.5"
rules-not-a-percentage = `{ $value }` is not a percentage
rules-not-a-percentage-help = write e.g. "80%"
rules-not-a-score-at = `{ $value }` is not a `score_at`
rules-score-at-word = rule files write `{ $word }` as `{ $value }` (lower, upper, middle, or a percentage such as "80%")
rules-number-drop-unit = drop the `{ $unit }`: write "{ $fixed }"
rules-not-a-range = `{ $value }` is not a range
rules-not-a-range-help = write an interval such as "[60%, 80%)": `[` `]` include the bound, `(` `)` exclude it
rules-range-without-percent = the ends of the range `{ $value }` have no %: rule files write ranges in percentages
rules-range-without-percent-help = put the percent signs on both ends: write { $key } = "{ $fixed }"
rules-range-backwards = `{ $value }` runs backwards or past 100%
rules-range-backwards-help = bands are shares of the points from 0% to 100%, lower bound first
rules-band-gap = bands { $lower } and { $upper } leave a gap
rules-band-gap-help = make each band start where the one below ends, with exactly one of them including the shared bound
rules-band-overlap = bands { $lower } and { $upper } overlap
rules-band-overlap-help = a shared bound may be included by one band only: write `)` on one side and `[` on the other
rules-band-overlap-stretch-help = the bands share a stretch: change { $lower } to { $lower_fixed }, or { $upper } to { $upper_fixed }
rules-band-overlap-inside-help = { $upper } lies inside { $lower }: change { $lower } to { $lower_fixed }, or rewrite the range of { $upper }
rules-band-label-twice = band label `{ $label }` is used twice
rules-band-label-twice-help = each label or alias may name one band only
rules-per-point-needs-deduct = formula `per_point` needs `deduct`
rules-per-point-needs-deduct-help = add the points deducted per percentage point, e.g. `deduct = "1"`
rules-linear-cut-needs-zero-at = formula `linear_cut` needs `zero_at`
rules-linear-cut-needs-zero-at-help = add `zero_at = "2"` (reverse: 0 points at twice the target)
rules-within-too-small = execution's { $points } points do not fit inside `{ $name }`'s { $level1_points } points
rules-within-too-small-help = give the level-1 indicator at least the execution points
rules-bands-without-method = `bands` is only read with `method = "bands"`
rules-bands-without-method-help = remove `bands`, or write `method = "bands"`
rules-method-bands-needs-bands = method `bands` needs `bands`
rules-method-bands-needs-bands-help = add e.g. `bands = [{"{"} from = "90%", score = "10" {"}"}, {"{"} from = "0%", score = "0" {"}"}]`
rules-band-order = band from { $from } does not start below the band before it
rules-band-order-help = list execution bands highest rate first, each `from` lower than the one before
rules-band-score-rises = a lower rate scores more: the step `from = "{ $low }"` gives { $low_score } points, more than the step above it, `from = "{ $high }"`, with { $high_score }
rules-band-score-rises-help = check this step's `score`: a lower step usually pays no more than the one above; leave it if the policy says so
rules-rates-below-no-band = rates below { $from } fall in no band
rules-rates-below-no-band-help = end the list with a band `from = "0%"`
rules-rate-without-percent = rate `{ $value }` has no %, so it reads as { $percent }%, which no form reaches
rules-rate-without-percent-help = write the rate with a percent sign: { $key } = "{ $value }%"
rules-percent-0-100 = `{ $key }` must be a percentage from 0% to 100%, not “{ $value }”
rules-percent-0-100-help = write e.g. { $key } = "50%" (full-width ５０％ is read too)
rules-no-change = `{ $name }` here is an empty table (`{ $key } = {"{"}{"}"}`): merged with the parent's ({ $parent }, line { $line }) it changes nothing, and the parent's rule stays on
rules-no-change-help = to switch the inherited rule off, write `{ $key } = false`; to change part of it, write the keys that change
rules-cite-inherited = { $keys } of { $table } change here, but the rule still cites `{ $cite }`, written in the parent { $parent }, line { $line }: the changed rule cites the parent's policy text
rules-cite-inherited-help = write the `ref` (and `source`) the change follows in this table; if the parent's text still holds, restate `{ $cite }` here to say so
rules-source-inherited = { $table } changes its `ref` here, but `source = { $source }` is the parent's ({ $parent }, line { $line }), said of the text the parent cites
rules-source-inherited-help = write `source = "quoted"`, `"inferred"` or `"assumed"` beside the `ref`: how the rule stands to the newly cited text
rules-cites-inherited = the switch `{ $key }` of { $table } changes here, but its `cites` entry “{ $policy }” is the parent's ({ $parent }, line { $line })
rules-cites-inherited-help = write `cites = {"{"} { $key } = "…" {"}"}` in this table with the policy the change follows; restate it if the parent's still holds
rules-band-score-share = step score `{ $value }` is written as a share of the points
rules-band-score-share-help = `score` is points, not a share: { $value } of { $points } points is score = "{ $fixed }"
rules-band-score-share-help-plain = `score` is points, not a share: e.g. 80% of 20 points is score = "16"
rules-band-score-above-points = step score { $score } is above the execution points { $points }
rules-band-score-above-points-help = each step scores 0 to { $points }; where the policy says "80% of the points", write the points times that share, e.g. 80% of 20 is "16"
rules-places-out-of-range = `places = { $places }` is out of range
rules-places-out-of-range-help = use 0 to 10 decimal places

## Scripts of a rule file ([[scripts]], [script_limits]).

rules-hook-twice = hook `{ $hook }` is named twice
rules-hook-twice-help = a script takes part in each hook once
rules-no-hook = the script takes part in no hook
rules-no-hook-help = write e.g. `hooks = ["indicator"]` or `hooks = {"{"} after = "check" {"}"}`
rules-script-unreadable = cannot read script `{ $file }`: { $why }
rules-script-unreadable-help = the path is relative to the rule set directory
rules-script-not-read = script `{ $file }` was not read
rules-script-not-read-help = load the rule set from its directory (`jixiao check rules/<id>`)
rules-when-without-indicator = `when` has conditions on the indicator, but this script takes no part in the `indicator` hook
rules-when-without-indicator-help = remove `when`, or add `indicator` to `hooks`
rules-when-target-value = `target_value = "{ $value }"` is not a number
rules-when-target-value-help = write the number as a string, e.g. "0"
rules-when-execution-rate = `execution_rate = "{ $value }"` is not a percentage
rules-when-execution-rate-help = write the rate in percent as a string, e.g. "0" or "0%"
rules-when-level1-unmatched = `when` has `level1 = "{ $got }"`, which matches none of the rule set's level-1 items ({ $names }): the script's indicator hook will run for no indicator
rules-when-level1-unmatched-policy = `when` has `level1 = "{ $got }"`, which matches none of the rule set's level-1 items ({ $names }): the script's indicator hook will run for no indicator, so "{ $text }" ({ $source }) will not take effect
rules-when-level1-unmatched-help = write a level-1 name, an alias or its beginning (e.g. "满意度"). { $hint }
rules-when-level2-unmatched = `when` has `level2 = "{ $got }"`, which matches none of the usual level-2 labels ({ $names }): the script runs only on rows whose level 2 begins with it
rules-when-level2-unmatched-help = check the level-2 label; write it as the form does, or its beginning (e.g. "质量"). { $hint }
rules-script-date-unit = `{ $written }` in script `{ $script }` is { $holds ->
        [always] always true: dates (such as `2024年10月底前`) now reach scripts as `{ $kind } == "date"` with an empty `{ $field }`, never "{ $unit }", so this condition no longer leaves date rows out
       *[never] never true: dates (such as `2024年10月底前`) now reach scripts as `{ $kind } == "date"` with an empty `{ $field }`, never "{ $unit }", so the special case under this condition never runs
    }
rules-script-date-unit-help = to find dates, write the line as `{ $fixed }`; a date's year, month and day are in `{ $date }` (docs/scripting.md, "Dates are not quantities")
rules-script-number-text = `{ $written }` in script `{ $script }` compares a number with text: `{ $field }` is a number and `"{ $literal }"` in quotes is text, so the comparison is { $holds ->
        [always] always true
       *[never] never true and the rule under it never takes effect
    }
rules-script-number-text-help = numbers in scripts are not quoted (only the rule file rules.toml quotes them): write the line as `{ $fixed }`
rules-script-number-word-help = to compare the text written in the cell, use `{ $text }`; a cell left blank or with no readable number has the number `()`
rules-script-number-other-help = numbers in scripts are not quoted; to test for a cell with no number, write `== ()`
rules-script-level1-unmatched = `{ $written }` in script `{ $script }`: "{ $got }" matches none of the rule set's level-1 items ({ $names }), so the comparison is { $holds ->
        [always] always true
       *[never] never true and the special case under it runs for no indicator
    }
rules-script-level1-unmatched-help = write a level-1 name or alias as the form writes it; a script meant for one level-1 item can also say so in the rule file's `when` with `level1 = "…"` (its beginning is enough). { $hint }
rules-script-level2-unmatched = `{ $written }` in script `{ $script }`: "{ $got }" matches none of the usual level-2 labels ({ $names }): the comparison is { $holds ->
        [always] false
       *[never] true
    } only on rows whose level 2 is written exactly "{ $got }"
rules-script-level2-unmatched-help = check the level-2 label; write it as the form does. { $hint }
rules-limit-out-of-range = `{ $limit }` is out of range
rules-limit-not-whole = `{ $limit }` is not a whole number
rules-limit-help = use a whole number from 1 to { $max }
rules-limit-capped = with `max_call_levels = { $call_levels }`, expressions inside function bodies may nest only { $capped } deep, not { $depth }
rules-limit-capped-help = the scoring threads' stack holds { $levels } nested levels (call levels × expression depth): lower `max_call_levels` to allow deeper expressions
rules-params-float = `params.{ $key }` holds a float
rules-params-float-help = TOML floats pass through f64 and lose digits: write decimals in quotes, e.g. "0.5", and read them with `parse_decimal`

## Case files (case::*).

case-what-initial-budget = initial budget
case-what-full-year-budget = full-year budget
case-what-spent = spent
case-what-points = points
case-what-score = score
case-what-deduction = deduction
case-what-total-points = total points
case-what-total-score = total score
case-what-shown-rounding = the shown rounding of the total (shown_rounding)
case-unknown-funds-row = funds row `{ $label }` is not one of the form's rows
case-unknown-funds-row-help = the rows are 年度资金总额, 其中:本年财政拨款, 上年结转资金 and 其他资金, or a 其中 row naming where part of the money came from (其中:上级补助资金, 本级安排资金)
case-shared-points-with-points = an indicator that shares the points cell above cannot have its own points or score
case-shared-points-with-points-help = remove `points` and `score` from this row, or remove `shares_points`
case-shared-points-first = the first indicator is marked as sharing the points of the row above (its 分值 and 得分 cells merged with the row above), but there is no indicator row above it
case-shared-points-first-help = fill in this row's 分值 and 得分 as the form gives them (in the case file: remove `shares_points = true` and fill in points and score)
case-no-indicators = the case has no `[[indicators]]`
case-no-indicators-help = a form has at least one level-3 indicator; was it cut short?
case-bad-expect = expected total `{ $total }` is not a number
case-bad-expect-help = write the total as a decimal string, e.g. "97"
case-blank-project = the project name (项目名称) is blank
case-blank-project-help = copy the project name from the form: reports and findings name the case by it
case-full-width-read = `{ $text }` is written in full-width digits or signs and read as `{ $read }`{ $more ->
        [0] {""}
        [one] {" "}(and 1 more cell)
       *[other] {" "}(and { $more } more cells)
    }
case-invisible-read = `{ $read }` held characters that do not show on screen ({ $chars }): read without them{ $more ->
        [0] {""}
        [1] {" "}(and 1 more cell)
       *[other] {" "}(and { $more } more cells)
    }
case-invisible-read-help = nothing to fix: zero-width spaces and the like, left by copying from a web page or document, do not change the reading; retype the cell to remove them
case-full-width-read-help = nothing to fix: full-width (全角) digits and signs in cells are read as half-width (半角); retype them in half-width to silence this note
# A diagnostic of a form scored straight from its input, placed on the form (#16 F5): it has
# no case file. $place: indicator · the form's field · the cell or line (`表1!F14`).
case-on-form = { $message } ({ $place })
case-unknown-cell-key = `cells` names `{ $name }`, which is not a key of `{ $table }`
case-unknown-cell-key-help = `cells` says which workbook cell each value came from; its keys are { $keys }
case-cell-too-large = { $what } `{ $text }` is too large for a form cell
case-cell-too-large-help = cells hold at most 10^15; check for a pasted or repeated number
case-cell-not-a-number = { $what } `{ $text }` is not a number
case-cell-not-a-number-help = write the number in Arabic digits, e.g. "15" for 十五, or leave the cell blank
case-cell-excel-error = { $what } holds Excel's error value `{ $text }`: its formula failed in the department's workbook, so there is no value
case-cell-excel-error-help = ask the department for the value, or to fix the formula and send the form again; until then the cell is read as unreadable (not as blank)
case-cell-unit = { $what } `{ $text }` carries the unit `{ $unit }`, which no points or score has
case-cell-unit-help = the cell may belong to another column (a cell broken in two shifts the cells after it): check the row against the original form
case-cell-negative = { $what } `{ $text }` is negative
case-cell-negative-help = points, scores and amounts on a form are zero or more
case-rules-not-an-id = `rules = "{ $rules }"` is a path, not the id of a rule set
case-rules-not-an-id-help = name a rule set by its directory name under the rules root (e.g. `anhui-2023`), or score with `--rules DIR`

## Keys, TOML, inheritance, accepted files.

toml-error = { $error }
toml-worded = { $what } (TOML: { $error })
toml-chinese-key = the key `{ $written }` is written in Chinese: a rule file's keys are English
chinese-key-help = keys are written in English: `{ $written }` is `{ $key }`; write the line as `{ $line }`
toml-unquoted = the text `{ $written }` is not quoted
toml-unquoted-help = text in TOML is written in double quotes: `"{ $written }"`; numbers, true and false are not quoted
toml-unquoted-enum-help = text is written in double quotes, and this word is not right either: { $problem }; { $help }
toml-unquoted-yes-no-help = a yes/no setting is written true (是) or false (否), without quotes; text is written `"{ $written }"`
toml-no-value = no value after `=`
toml-no-value-help = write the value: text in double quotes (`"…"`), numbers, true and false without
toml-expected-boolean = only true or false (without quotes) can be written here, the file has `{ $written }`
toml-expected-boolean-help = 是 → true, 否 → false, without quotes
toml-expected-string = text in double quotes is wanted here, the file has `{ $written }`
toml-expected-string-help = put it in double quotes: `"{ $bare }"`
toml-expected-integer = a whole number (without quotes) is wanted here, the file has `{ $written }`
toml-expected-integer-help = write the digits alone, such as `2`, without quotes
toml-expected-number = a number (without quotes) is wanted here, the file has `{ $written }`
toml-expected-number-help = write digits and a decimal point alone, such as `2.5`, without quotes
toml-expected-list = a list (`[…]`) is wanted here, the file has `{ $written }`
toml-expected-list-help = put it in square brackets, each item in its own double quotes, items separated by commas; the line reads: `{ $line }`
toml-expected-table = a table (lines under `[name]`, or `{"{"} key = value {"}"}`) is wanted here, the file has `{ $written }`
toml-expected-table-help = see docs/rules-format.md for this key (case files: docs/case-format.md)
toml-missing-key = the required key `{ $key }` is missing
toml-missing-key-help = add a line `{ $key } = …` to this table (see docs/rules-format.md, docs/case-format.md)
toml-duplicate-key = the same key is written twice in this table
toml-duplicate-key-help = delete one of the lines or merge the two; a `[name]` table is written once too (`[[name]]` excepted)
toml-unterminated = the quote is not closed: the text starts with `{ $quote }` and the line ends without another `{ $quote }`
toml-unterminated-help = add `{ $quote }` at the end of the text (ASCII quotes); text longer than a line goes in triple quotes `"""…"""`
toml-unterminated-bracket-help = add `{ $quote }` at the end of the text, before the bracket; the line reads: `{ $line }`
toml-quote-swallowed = a quote is missing: `{ $written }` needs a closing `"`, so the `{ $key } =` after it was read as text
toml-quote-swallowed-help = the line reads: `{ $line }`
toml-bad-escape = a backslash `\` in double-quoted text is followed by a character it cannot escape
toml-bad-escape-help = write text with `\` (such as a file path) in single quotes: `'C:\dir'`, or write `\` as `\\`
toml-no-equals = the key has no `=` and value after it
toml-no-equals-help = write `key = value` with an ASCII `=`; comments go after `#`
toml-unclosed-table = the table name is not closed: `]` is missing
toml-unclosed-table-help = write `[name]` or `[[name]]` with ASCII brackets
toml-unclosed-array = the list is not closed: `]` is missing
toml-unclosed-array-help = a list is written `[item1, item2]`: add `]` after the last item
toml-missing-comma = a comma is missing between two items of the list
toml-missing-comma-help = separate the items with ASCII commas: `["a", "b"]`
toml-two-values = one line holds one `key = value`; there is more after the value
toml-two-values-help = move the rest to the next line; comments go after `#`
toml-bad-number = the number is not written right
toml-bad-number-help = write digits and a decimal point alone, without a leading 0, `_`, unit or plus sign (`05` is `5`)
valid-keys-here = valid keys here: { $keys }
unknown-key-top-level = unknown key `{ $key }` at the top level
unknown-key-in-table = unknown key `{ $key }` in `[{ $table }]`
unknown-table = `{ $header }` is not a table name { $file ->
        [rules] rule files
       *[case] case files
    } know
valid-tables-here = the table names here: { $keys }
did-you-mean-table-twice = did you mean `{ $name }`? The file has a `{ $name }` already: move the lines of this table into it (each key once) and delete this table name
unknown-key-elsewhere = `{ $key }` is not a key of `{ $table }` but of `{ $home }`
unknown-key-top-level-elsewhere = the key `{ $key }` before any table is a key of `{ $home }`
unknown-key-elsewhere-help = a key belongs to the nearest table name (a `[…]` or `[[…]]` line) above it: move this line below the `{ $home }` line, before the next line starting with `[`
unknown-key-elsewhere-add-help = a key belongs to the nearest table name (a `[…]` or `[[…]]` line) above it: the file has no `{ $home }` yet; add a `{ $home }` line at the end of the file and move this line below it
rules-band-word = band word `{ $word }` is not one forms write, and no band keeps `{ $near }`, which they do
rules-band-word-help = did you mean `{ $near }`? if the new wording is intended, keep `{ $near }` as an alias so forms that write it still match
rules-extends-outside = `extends = "{ $parent }"` leads outside the rules root
rules-extends-outside-help = name a rule set by its id, or by a path inside the rules root: nothing outside it is read
rules-extends-outside-link-help = `{ $parent }` in the rules root is a link to { $target }, outside it: nothing outside the root is read; copy that rule set's folder into the rules root in place of the link
rules-extends-no-siblings = there is no rule set beside it
rules-extends-siblings = rule sets beside it: { $names }
rules-extends-nearest-siblings = the nearest of the { $count ->
        [one] { $count } rule set
       *[other] { $count } rule sets
    } beside it: { $names } (and { $more } more)
rules-extends-cycle = `extends` makes a cycle: { $chain }
rules-extends-cycle-help = a rule set may not extend itself, directly or through its parents
rules-extends-missing = `extends = "{ $parent }"` names no rule set under `{ $root }`
accepted-not-a-number = case `{ $id }`: `{ $field }` = `{ $text }` is not a number
accepted-not-a-number-help = accepted files are written by `jixiao regress --accept`; restore it from git

## Rule scripts (rules::script-*).

case-decimal-unquoted = decimal numbers must be written in quotes to stay exact: write "{ $value }" as it stands on the form
script-outside-rule-set = it is outside the rule set's directory (scripts live inside their rule set): not read
script-syntax = script `{ $script }` does not compile: { $error }
script-syntax-help = see docs/scripting.md for the script language and the hooks
script-eval-disabled-help = `eval`, `import` and `export` are disabled in rule scripts: write the code in the script itself
script-too-deep-help = expressions may nest { $depth } deep, { $function_depth } inside a function body (`[script_limits] max_expr_depth`, lowered so that `max_call_levels = { $call_levels }` nested calls fit on the stack)
script-no-hook-function = script `{ $script }` has no function `{ $name }` with { $params ->
        [one] { $params } parameter
       *[other] { $params } parameters
    } for the `{ $hook }` hook
script-hook-arity-help = `{ $name }` takes { $takes ->
        [one] { $takes } parameter
       *[other] { $takes } parameters
    }; the `{ $hook }` hook passes { $passes }: `{ $signature }`
script-no-functions-help = the script defines no functions: add `{ $signature } {"{"} … {"}"}`
script-add-function-help = add `{ $signature } {"{"} … {"}"}`; the script defines: { $defined }

## A case checked against its rule set (check).

case-unknown-level1 = level-1 label `{ $label }` matches no level-1 indicator of `{ $rules }`
case-level1-names = the level-1 indicators are: { $names }
case-unknown-band = scored with rule set `{ $rules }`: { $finding }
case-band-names = the bands are: { $names }
case-points-sum = the declared points of indicators and execution add up to { $sum }, not { $total } as `{ $rules }` requires
case-points-sum-adjustable-help = the rules allow adjusting level-1 weights, but they must still add up to the total
case-points-sum-fixed-help = the rules fix the weights: use the points of the rule set

## Cases and their rule sets, while scoring or checking many files.

case-no-rules = the case names no rule set
case-unknown-rules = no rule set `{ $id }` under `{ $root }`
case-rule-sets-under = rule sets under `{ $root }`: { $ids }
case-no-rule-sets-under = there are no rule sets under `{ $root }`: run jixiao from the project directory, or pass `--rules-root DIR` (rule sets by id) or `--rules DIR` (one rule set for every case)
case-more-missing-rules = { $count } more case(s) name the missing rule set `{ $id }` and were not scored
case-more-no-rules = { $count ->
        [one] one more case file names
       *[other] { $count } more case files name
    } no rule set and { $count ->
        [one] was
       *[other] were
    } not scored: { $files }{ $more ->
        [0] {""}
       *[other] , …
    } (`--rules` names one for all of them; `jixiao rules list` lists the rule sets)
case-link-skipped = `{ $link }` links to a directory that contains it or was already read: not followed
case-link-skipped-help = each case is read once; remove the link if it is a mistake
script-disabled = script `{ $script }` of rule set `{ $rules }` ran out of time { $times ->
        [one] { $times } time
       *[other] { $times } times
    } and was disabled for the rest of this run: the cases after that were scored without it
script-disabled-help = make the script faster, or raise `[script_limits] timeout_ms`; each case it skipped has a script-failed finding
script-dry-run-fails = script `{ $script }` (fn `{ $function }`) fails on { $failed } of { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }: { $error }
script-dry-run-function-hint = scripts may call their own functions and those listed in docs/scripting.md (no files, no clock, no sleep)
script-dry-run-property-hint = see docs/scripting.md for the fields of `form`, `ind`, `result` and `rules`
script-dry-run-hint = see docs/scripting.md
script-unknown-field = the script reads `{ $field }`, a field that does not exist
script-read-only-field = the script assigns to `{ $field }`: the fields of `form`, `ind`, `result` and `rules` can be read, not changed
script-field-did-you-mean = did you mean `{ $field }`? (the fields are listed in docs/scripting.md)
script-field-list = the fields it has: { $fields } (docs/scripting.md)
script-read-only-hint = return what the hook decides with `decision(#{"{"} … {"}"})` (docs/scripting.md)
script-error-failed = script `{ $at }` (fn `{ $function }`) failed: { $message }
script-error-limit = script `{ $at }` (fn `{ $function }`) broke the limit `{ $limit }`: { $message }
script-dry-run-help = { $hint }; first failed on `{ $case }`
script-disabled-not-run = the script ran out of time { $times ->
        [one] { $times } time
       *[other] { $times } times
    } in this run and is disabled for the rest of it: not run
script-case-budget-not-run = the case's scripts already ran that long: not run
script-too-many-operations = the script ran too many operations and was stopped: most likely a loop that never ends
script-stack-overflow = calls nested too deep and the script was stopped: most likely a function that calls itself without end
script-too-many-variables = the script defined too many variables at once and was stopped
script-timeout = the script ran out of time and was stopped
script-data-too-large = a text, array or object map grew too large and the script was stopped
script-limit-hint = make sure every loop, and every function that calls itself, comes to an end; if the script really needs more, raise `{ $key }` under `[script_limits]` in the rule file
script-thrown = the script threw `{ $value }`
script-thrown-hint = the script stops here by itself (`throw`): do what its message asks, in the rule file's `params` or in the script
script-unknown-function = the script calls `{ $name }`, a function that does not exist
script-function-did-you-mean = did you mean `{ $name }`? (the functions scripts can call are listed in docs/scripting.md)
script-wrong-arguments = function `{ $name }` cannot be called with { $given }
script-wrong-arguments-hint = it is called as: { $accepted }; turn text into a number with `parse_decimal(…)`, a number into text with `to_string()`, and check a blank cell (`()`) with `if x == () {"{"} … {"}"}` first
script-operator-types = `{ $op }` cannot be applied to { $given }
script-operator-hint = both sides must be numbers (or both text): turn text into a number with `parse_decimal(…)`; a blank cell is `()`, so check `if x == () {"{"} … {"}"}` before computing with it
script-type-none = no values
script-type-pair = { $a } and { $b }
script-type-list = { $types }
script-type-text = text
script-type-integer = an integer
script-type-number = a number
script-type-bool = true/false
script-type-unit = nothing (`()`)
script-type-array = an array
script-type-map = an object map
script-type-char = a character
script-type-other = `{ $name }`
script-unknown-variable = the script uses `{ $name }`, a variable that is not defined
script-variable-did-you-mean = did you mean `{ $name }`?
script-variable-hint = define a variable with `let` before using it; a hook function's parameters are `form`, `rules`, `ind` and `result` (docs/scripting.md)
script-division-by-zero = division by zero (`{ $detail }`)
script-division-by-zero-hint = check the divisor first: `if d == 0 {"{"} … {"}"}`
script-arithmetic = a calculation went out of range ({ $detail })
script-array-bounds = index { $index } is out of range: the array has { $count ->
    [one] one item
   *[other] { $count } items
}
script-string-bounds = index { $index } is out of range: the text has { $count ->
    [one] one character
   *[other] { $count } characters
}
script-wrong-type = { $expected } is needed here, not { $got }
script-indexing = `[…]` cannot be applied to { $what }
script-for = `for` can only go over an array, a range (`0..n`) or a text
script-runtime = Rhai says: { $detail }
script-decision-rejected = the decision it returned is rejected: { $why }
script-rejected-hint = a hook returns `()` (no change) or `decision(#{"{"} … {"}"})` with the keys docs/scripting.md lists for it
script-missing-token = a `{ $token }` is missing here (Rhai: { $detail })
script-map-items-help = the items of an object map `#{"{"} … {"}"}` are parted by a comma `,`, not `;`: `#{"{"} score: 0, reason: "…" {"}"}`; check for a missing `,` or a `;` before this item
script-brackets-help = check that every `(`, `{"{"}` and `[` has its closing `)`, `{"}"}` or `]`, and that each statement ends with `;`
script-unexpected-end = the script ends before it is complete: a closing `{"}"}` or `)` is missing
script-function-twice = function `{ $name }` with { $params ->
        [one] { $params } parameter
       *[other] { $params } parameters
    } is defined twice
script-assign-constant = `{ $name }` is a constant: it cannot be assigned to
script-assign-constant-help = define it with `let` instead of `const` to change it
script-reserved = `{ $word }` is a reserved word and cannot be used as a name
script-syntax-other = the script is not written as the script language expects (Rhai: { $detail })
script-unknown-operator = the script language has no operator `{ $text }`
script-bad-index = the index inside `[…]` is not written right
script-bad-index-help = arrays and text take a whole-number index (from 0), object maps a key in double quotes: `ind["name"]`
script-bad-capture = a closure's captured variable is not written right
script-duplicated-property = the key `{ $name }` appears twice in the object map `#{"{"}…{"}"}`
script-duplicated-variable = the name `{ $name }` is used twice here
script-switch-order = a number case of `switch` cannot follow a range case
script-switch-default = the default case `_` of `switch` must come last
script-switch-condition = this `switch` case cannot take an `if` condition
script-property-expected = a field name must follow `.`
script-variable-expected = a variable name is expected here
script-forbidden-variable = `{ $name }` cannot be a variable's name
script-condition-not-bool = the condition of `if` or `while` must be true or false (a comparison such as `x > 0`)
script-condition-help = compare with `==`, not `=`; test for a blank cell with `x == ()`
script-mismatched-type = the value here is of the wrong kind (Rhai: { $detail })
script-expr-expected = a value or expression is missing here
script-doc-comment = a doc comment `///` must be followed at once by a function definition
script-doc-comment-help = write a plain comment with `//`
script-fn-nested = functions are defined at the top level of the script only, not inside another function or `{"{"}…{"}"}`
script-fn-no-name = a function name must follow `fn`
script-fn-no-params = the function `{ $name }` needs its parameter list `(…)` after its name
script-fn-param-twice = the function `{ $name }` has the parameter `{ $param }` twice
script-fn-no-body = the function `{ $name }` needs its body `{"{"}…{"}"}` after its parameters
script-assign-invalid = what stands left of `=` cannot be assigned to
script-assign-invalid-help = compare with `==`; an assignment needs a variable defined with `let` on the left
script-variable-exists = the variable `{ $name }` is defined already
script-module-undefined = there is no module `{ $name }`
script-too-many-functions = the script defines too many functions
script-literal-too-large = the text, array or object map written here is too large (at most { $max })
script-loop-break = `break` and `continue` belong inside a loop
script-lex-unexpected = `{ $text }` cannot stand in a script
script-lex-unexpected-help = most likely a full-width or special mark from an input method: switch to half-width; text goes in double quotes `"…"`
script-lex-open-string = the string on this line does not end with a half-width `"`
script-lex-open-string-help = a string starts and ends with the half-width `"` (a Chinese input method's `”` does not close it); a string continued on the next line ends its line with `\`
script-lex-too-long = the text or name is too long (at most { $max } characters)
script-lex-escape = the escape `{ $text }` in the string is not valid
script-lex-escape-help = a backslash `\` starts an escape in a string: write `\\` for a backslash itself
script-lex-number = `{ $text }` is not a number as scripts write one
script-lex-number-help = write numbers as `12` or `0.5`; one with a unit or `%` as text, converted: `parse_decimal("0.5")`
script-lex-char = `{ $text }` is not a character as scripts write one
script-lex-char-help = single quotes `'` hold one character; text goes in half-width double quotes `"…"`
script-lex-name = `{ $text }` cannot be a name
script-lex-symbol = the script language has no symbol `{ $text }`
script-lex-symbol-instead = write `{ $instead }` here
script-keyword-disabled = the script uses `{ $keyword }`, which rule scripts cannot use
script-too-deep = expressions nest too deep
import-forms-need-rules = `{ $path }` holds forms, not case files: the forms name no rule set

## Regression runs (regress::*).

regress-no-note = `--accept` needs `--note`
regress-no-note-help = say why the new results are right: `--note "band 2 now scores its middle"`
regress-points-accept = `--accept` with `--points rules` would record what-if results
regress-points-accept-help = accepted results are scored with each form's own points: drop `--points rules` to accept
regress-mixed-rules = corpus `{ $name }` names several rule sets: { $ids }
regress-mixed-rules-help = a corpus is one year of one jurisdiction: split it into one directory per rule set
regress-no-rules = { $count } case file(s) of corpus `{ $corpus }` name no rule set and were not scored: { $files }
regress-no-rules-more = { $files } and { $count } more
regress-no-rules-help = `jixiao import` without `--rules` writes case files with no `rules = "…"` line. Import again with `jixiao import --rules anhui-2023 …` (the rule set these forms are under), which writes the line; or add `rules = "<id>"` under `[form]` in each case file; or score them this once under one rule set with `jixiao regress { $corpus } --rules rules/<id>`
regress-unknown-case = no case `{ $name }` in the corpora
regress-unknown-case-help = name a case by its file name without `.toml`, or as `corpus/id`
regress-no-corpora = `{ $path }` is not a directory of corpora
regress-no-corpora-help = run from the repository root, or pass `--cases DIR`
regress-corpora-under = corpora under `{ $path }`: { $names }
regress-unknown-corpus = no corpus `{ $name }`
regress-accepted-rules-missing = case `{ $id }` was accepted under rule set `{ $rules }`, which is not under `{ $root }`

## Importing forms (import::*).

import-note-diagnostic = { $message } ({ $place })
import-note-diagnostic-form = form { $form }: { $message } ({ $place })
import-notes-more = { $count ->
        [one] { $count } more import note
       *[other] { $count } more import notes
    } of this kind{ $forms } not printed: see them all with `--notes all`, or in the reports (xlsx, HTML, JSON)
import-notes-more-forms = {" "}(forms { $first }–{ $last })
import-notes-more-form = {" "}(form { $form })

## Rule sets found by id.

rules-id-mismatch = rule set in directory `{ $dir }` has id `{ $id }` (results and reports would name it `{ $id }`)
rules-id-mismatch-help = the `[rule_set] id` must equal its directory name: a copied rule set takes its new folder's name, `id = "{ $dir }"`
rules-unknown-rule-set = no rule set `{ $arg }`: neither a directory with { $file } nor an id under `{ $root }`
rules-stale-description = this rule set changes rules but keeps the `description` of `{ $parent }`
rules-stale-description-help = write a `description` under `[rule_set]` saying what this rule set changes
rules-stale-title = this rule set's year is { $year }, but it keeps its parent's title "{ $title }"
rules-stale-title-help = write this rule set's own title under `[rule_set]`, for example: `title = "{ $title }"`

## Files read and written by the command line.

output-is-directory = `{ $path }` is a directory
output-is-directory-help = name a file to write
output-is-input = `{ $path }` is one of this command's inputs: writing the output there would destroy it
output-is-input-help = write the output to another file
output-exists = `{ $path }` exists and would be replaced
output-exists-help = pass --force to replace it, or write to another file
import-exists = `{ $path }` exists and differs
import-exists-help = it was imported from the same file and form before and has changed since: pass --force to overwrite it with this import
import-rules-line = `{ $path }` holds the same form with another rule set line: { $was } → `{ $now }`; the line was rewritten
import-rules-line-none = none
import-rules-unsuited = the rule set `{ $id }` ({ $year }) written into the case files does not fit these forms (years on the forms: { $years }): { $why ->
        [later] it is of a later year than the forms
        [template] it is written for another template (the titles differ)
       *[newer] its jurisdiction has `{ $newer }`, closer to the forms' year
    }
import-mixed-rules = after this import the case files in `{ $dir }` name { $count } different rule sets: { $groups }. Each is scored with its own; `regress` does not accept a corpus of mixed rule sets
import-mixed-group = `{ $id }`: { $files }
import-mixed-group-none = no rule set: { $files }
import-mixed-then = { $first }; { $rest }
import-mixed-files = { $files }{ $more ->
        [0] {""}
       *[other] , { $count } in all
    }
import-mixed-rules-help = keep one rule set's forms per folder. A file edited since it was imported is not rewritten (see import::exists above): to use this import's rule set, import again with `--force` (the edits are replaced by what this import reads), or set `rules = "…"` under `[form]` of those files to the same one; forms of different years or places go into separate folders by rule set
import-no-rules = imported without `--rules`, the case files name no rule set, so scoring or `regress` will stop at them; { $help }
import-renamed = `{ $own }` holds another form of the same name (imported from another file): this form is written as `{ $path }`

## Rule files: [satisfaction] (#17)

rules-satisfaction-no-names = `names` lists no words of a satisfaction indicator's name
rules-satisfaction-no-names-help = write the words that name a satisfaction indicator, e.g. `names = ["满意度"]`
rules-sample-not-whole = `size = "{ $size }"` is not a whole number of people
rules-sample-not-whole-help = write the smallest sample that counts, in people, e.g. "30"
rules-sample-cap-above-points = `cap = "{ $cap }"` is more than the points
rules-sample-cap-above-points-help = write the most a small sample earns as a share of the points, e.g. "80%"

## Import notes of the workbook, page and text readers.

import-sheet-unreadable = the sheet cannot be read: { $error }
import-sheet-hidden = the sheet is hidden; skipped (unhide it in Excel or WPS to import its forms)
import-sheet-very-hidden = the sheet is very hidden (only a macro can show it); skipped (unhide it in Excel or WPS to import its forms)
import-formula-no-value = the formula `={ $formula }` has no saved value (the workbook was not recalculated); read as empty — open and save the workbook in Excel or WPS
import-cell-error = the cell holds Excel's error value `{ $error }` (its formula failed in the department's workbook: no value): read as unreadable, not as blank; ask the department for the value or to fix the formula
import-number-shown = the cell shows { $shown } (number format `{ $format }`) and stores { $stored }: read as shown
import-row-hidden = row { $row } of { $sheet } is hidden ({ $text }): the form is read as it shows on screen, the row not imported
import-column-hidden = column { $column } of { $sheet } is hidden ({ $text }): the form is read as it shows on screen, the column not imported
import-row-hidden-page = this row of the page is hidden ({ $text }): the form is read as the browser shows it, the row not imported
import-cell-hidden-page = this cell of the page is hidden ({ $text }): the form is read as the browser shows it (the cells after it move left), the cell not imported
import-number-rounded = the number { $written } has more than 6 decimal places; read as { $read }
import-date-cell = the cell holds a date (stored as the number { $serial } with a date format); read as { $text }
import-date-cell-xml = the cell holds a date (stored as { $stored }); read as { $text }
import-spreadsheet-ml-index = the sheet is an XML spreadsheet as LibreOffice writes it: its cell numbers (ss:Index) leave out the columns merged down from rows above, and the cells were placed so (Excel counts those columns); check that the cells from this row on stand in their columns
import-embedded-workbook = the form was read from the Excel object { $entry } embedded in the document (a table pasted as an object; the body shows only its picture)
import-embedded-duplicate = the form “{ $project }” in the Excel object { $entry } embedded in the document is the same form as one read before (same project, total and number of indicator rows): scored once
import-embedded-unreadable = the Excel object { $entry } embedded in the document cannot be read, and its forms were not imported: { $error }
import-declaration-sheet-skipped = sheet “{ $sheet }”, row { $line } “{ $text }” shows a { $kind ->
        [targets] 绩效目标表 (the targets set with the budget
       *[declaration] 绩效目标申报表 (the targets filed before the year
    }: no actuals, no scores); it was not scored, the self-evaluation forms beside it were
import-blank-form-skipped = form { $form } (from line { $line } “{ $text }”) has no number filled in (funds, targets, actual values, points, scores and total are all empty): it is an empty template (空白表样), not scored and not counted in the summaries; the filled-in forms of this file were scored
import-sheet-too-many-cells = the sheet holds more than { $max } filled cells; the rest of it was not read
import-sheet-too-many-merges = the sheet has more than { $max } merged regions; the others were left out
import-skipped-after-last-cell = skipped the text after the last cell (not part of a table)
import-skipped-before-title = skipped the text before the form's title 项目支出绩效自评表 (not part of a table)
import-encoding-read-as = the file is not UTF-8; read as { $encoding } text (the usual encoding of Chinese Windows tools)
import-encoding-not-utf8 = the file is not valid UTF-8
import-encoding-replaced = { $read }; some bytes fit no encoding and were replaced by `�`
import-page-charset = the page declares charset={ $declared }; read as { $encoding } text

## What import says about the file it read.

import-format-xlsx = xlsx workbook
import-format-xls = xls workbook (Excel 97-2003)
import-format-spreadsheet-ml = Excel XML spreadsheet (Excel 2003 XML, often named .xls or .xml)
import-format-docx = Word document (its tables)
import-format-doc = old Word document (.doc, its tables)
import-format-html = HTML page (its tables)
import-format-seed-text = seed text (`|` cells)
import-format-paragraphs = paragraph text (one cell per paragraph)
import-format-flat-text = flattened text (a form on one line, or one line a page, cells split at spaces)
import-format-glued-text = glued text (cells with no separator, split by the template)
import-format-tab-text = tab-separated text (a table copied from Excel or a browser)
import-format-pipe-text = a table with `|` (or the full-width `｜`) between its cells, one row a line (a Markdown table, a copied table whose tabs became `|`, as converters and chat tools give it)
import-format-csv-text = comma-separated text (CSV: a sheet Excel, WPS or a system saved or exported as CSV)
import-read-as = `{ $name }`: read as { $format }
import-form-cut-short = warning: form { $form } (`{ $path }`) was cut short: imported as far as it goes and marked incomplete
import-summary = imported { $forms ->
        [one] { $forms } form
       *[other] { $forms } forms
    } from `{ $name }`: { $written } written, { $kept } unchanged
import-scoring-forms = scoring { $forms ->
        [one] { $forms } form
       *[other] { $forms } forms
    } imported from `{ $name }` (no case file written; `jixiao import --out DIR` writes them)
import-folder-summary = read { $files ->
        [one] { $files } file
       *[other] { $files } files
    } of forms in the folder `{ $path }`
import-folder-no-forms = the folder `{ $path }` holds no file of forms (.xlsx, .xls, .docx, .html, .txt and the like): nothing to import
import-rules-outside-root = the case files name the rule set `{ $id }` (the name of the folder `{ $dir }`); that folder is not under the rules root `{ $root }`, so pass `--rules-root { $parent }` (or `--rules { $dir }`) to score and watch them
import-rules-not-a-rule-set = `--rules { $dir }` is not a rule set: there is no rules.toml there
import-rules-not-a-rule-set-help = give `--rules` a rule set's id (its folder's name under the rules root, e.g. `anhui-2023`) or a rule set folder holding a rules.toml

## check's summary line.

check-summary = checked { $rule_sets ->
        [one] { $rule_sets } rule set
       *[other] { $rule_sets } rule sets
    } and { $cases ->
        [one] { $cases } case file
       *[other] { $cases } case files
    }
check-summary-tried = { $summary }; the scripts' dry run (and `--against`) used { $tried ->
        [one] { $tried } case
       *[other] { $tried } cases
    }
check-against = { $set } against { $base }: { $moved } of { $cases } { $cases ->
        [one] case
       *[other] cases
    } would move ({ $grades } change grade); `{ $command }` shows which and why

## rules changelog and diff: the semantic changes between two rule sets.

change-from-to = { $what }: { $from } → { $to }
change-phrases-that-mark-an-indicator-not-applicable = phrases that mark an indicator not applicable
change-none-words = words saying nothing of the kind happened (a target asking for none answered by one is met)
change-not-applicable-points = points of lines not applicable
change-not-applicable-points-exclude = left out (the total is out of fewer points)
change-not-applicable-points-rescale = left out, the total rescaled to full marks (applicable scores ÷ applicable points × full marks)
change-deviation-reason-required-below-the-points = deviation reason required below the points
change-grading-optional = grading optional (可以不评级)
change-year = the rules' year
change-points-all-indicators-add-up-to = points all indicators add up to
change-forms-may-adjust-the-level-1-weights = forms may adjust the level-1 weights
change-execution-label = execution label
change-execution-points = execution points
change-execution-scoring = execution scoring
change-execution-rate-measured-against = execution rate measured against
change-execution-rate-that-must-be-explained = execution rate that must be explained
change-execution-band-table = execution band table
change-budget-adjustment-that-must-be-explained = budget adjustment that must be explained
change-budget-execution-counted-inside = budget execution counted inside
change-execution-rounding-places = execution rounding places
change-execution-rounding-mode = execution rounding mode
change-a-reported-score-inside-its-band-is-accepted = a reported score inside its band is accepted
change-direction-of-a-target-without-comparator = direction of a target without comparator
change-bare-target-by-level2 = direction of a target without comparator, by level 2
change-bare-target-by-name = direction of a target without comparator, by name
change-except-names = except names with { $words }
change-band-words-answering-a-numeric-target = band words answering a numeric target
change-target-of-0 = target of 0
change-deadline = the rule cited for a date or deadline target
change-level1-points = { $name } points
change-level1-aliases = { $name } aliases
change-band-label = band { $band } label
change-band-aliases = { $band } band aliases
change-band-lower = { $band } band lower bound
change-band-upper = { $band } band upper bound
change-band-score-at = { $band } band scores at
change-band-score-follows = {" "}(its scoring point, score_at = "{ $at }", moves with it: { $from } → { $to })
change-formula = { $direction } indicator formula
change-rounding-places = { $what } places
change-rounding-mode = { $what } mode
change-indicator-rounding = indicator score rounding
change-total-rounding = total rounding
change-level1-all = level-1 indicators
change-bands-all = qualitative bands
change-far-exceeded = target exceeded by far
change-satisfaction = satisfaction indicators
change-script-order = order scripts run in
change-grades = grades
change-execution-rounding = execution rounding
change-source = { $rule } source
change-source-not-said = (not said)
change-script-removed = script `{ $script }` removed (hooks: { $hooks })
change-script-added = script `{ $script }` added (hooks: { $hooks })
change-script-changed = script `{ $script }` changed ({ $what })
change-script-text = text
change-script-hooks = hooks
change-script-param = parameter `{ $name }`
change-script-line = from line { $line }:
change-list-separator = {", "}
change-script-limits = script limits: { $limits }
change-yes = yes
change-no = no
change-none = (none)
change-method-proportional = rate × points (proportional)
change-method-threshold = full points from { $full_at }, minus { $deduct } per percentage point below
change-method-bands = a table of rate steps
change-denominator-full-year = full-year (adjusted) budget
change-denominator-initial = initial budget
change-execution-funds = the funds rows the execution rate's budget and spending are read from
change-execution-funds-total = the 年度资金总额 row
change-formula-ratio = ratio
change-formula-all-or-nothing = all or nothing
change-formula-met-or-ratio = met → full points, else in proportion
change-formula-per-point = met → full points, else −{ $deduct } per percentage point missed
change-formula-linear-cut = linear cut (0 points at { $zero_at } × target)
change-inclusive = inclusive
change-exclusive = exclusive
change-far-not-checked = not checked
change-far-review = flagged for review from { $at }
change-far-cut = { $cut } of the points cut from { $at }
change-below = below { $rate }
change-beyond = beyond { $rate }
change-own-level1-item = (its own level-1 item)
change-as-indicator-scores = as indicator scores
change-scored-by-bands = scored by the bands
change-scored-0 = scored 0
change-zero-target-ceiling = a ceiling, all or nothing
change-zero-target-formula = scored by the direction's formula
change-deadline-cited = written (met by the date → full points, else 0)
change-deadline-uncited = not written (the same scoring, no rule cited)
change-satisfaction-not-read = not read (scored like any indicator)
change-no-minimum-sample = { $satisfaction }; no minimum sample
changelog-header = Changes from { $from } to { $to }:
changelog-resolved-files = Resolved rule files:
changelog-identical = (identical)
change-rounding = { $places } places { $mode }
## `rules show`: the head line and the scripts a rule set runs.
rules-show-head = # { $id }: hash { $hash }
rules-show-inherited = inherited
rules-show-no-scripts = # scripts: none
rules-show-scripts = # scripts, in the order they run:
rules-show-script = #   { $n }. { $name } (hooks: { $hooks }) read from { $file }, declared at { $at }
## `rules list`: the rule sets under a rules root.
rules-list-head = { $count ->
        [one] one rule set
       *[other] { $count } rule sets
    } under `{ $root }`:
rules-list-example = a constructed example, no jurisdiction's rules
rules-list-broken = (its rule file has errors: see `jixiao check { $root }/{ $id }`)
rules-list-use = Choose one with `--rules ID` when scoring, e.g. `jixiao score forms.xlsx --rules { $id }`; `jixiao rules show ID` prints a rule set in full.
rules-list-none = no rule sets under `{ $root }` (no folder there holds a rules.toml): give the rules folder with `--rules-root DIR`
## Forms or case files naming no rule set: the rule sets their year and title suit.
rules-suited-set = `{ $id }` ({ $title })
rules-suited-no-year = no year written on the form
rules-suited-forms = by the forms' year ({ $years }) and title, these rule sets suit them: { $sets }. { $count ->
        [1] Add `--rules { $id }` when scoring
       *[other] Choose the one of your jurisdiction (the province or city of the 主管部门; the latest of each is listed) and add `--rules ID` when scoring, e.g. `--rules { $id }`
    }; `jixiao rules list` lists every rule set
rules-suited-case = by the form's year ({ $years }) and title, these rule sets suit it: { $sets }. { $count ->
        [1] Add
       *[other] Choose the one of your jurisdiction (the province or city of the 主管部门; the latest of each is listed), e.g. add
    } `rules = "{ $id }"` under `[form]`, or score with `--rules { $id }` (import with `--rules { $id }` and the case files carry the line); `jixiao rules list` lists every rule set
rules-choose-forms = name the rule set to score with: `--rules ID`; `jixiao rules list` lists them
rules-choose-case = add `rules = "<id>"` under `[form]`, or score with `--rules ID`; `jixiao rules list` lists the rule sets
import-note-flat-row = { $what ->
        [funds] funds
       *[indicator] indicator
    } row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } for { $width ->
        [one] { $width } column
       *[other] { $width } columns
    } (the flattened text dropped its empty cells); placed by what each cell holds: { $placed }
import-note-glued-full-width = { $count } full-width (全角) digits or signs in the text read as half-width (`１５` as `15`)
import-note-glued-indicator = glued indicator text split where two values follow a name: { $level3 } / target { $target } / actual { $actual }
import-note-glued-reason = text { $text } with no values after it read as the row above's 未完成原因
import-note-flat-deviation = the cell { $text } after the score of { $level3 } read as its 偏差原因 (the next row's numbers stand where they belong)
import-note-flat-deviation-last = the cell { $text } after the score of { $level3 } read as its 偏差原因 (the last indicator row: no row follows it)
import-note-flat-deviation-broken = the { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } { $text } after the score of { $level3 } read as its one 偏差原因, broken by spaces: the 总分 row after them holds exactly its own 分值 and 得分, and no cell of them is a value (number, bound, result word) that a row sharing the last row's points would need
import-note-flat-deviation-broken-mid = the { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } { $text } after the score of { $level3 } read as its one 偏差原因, broken by spaces: the next indicator row follows with its numbers in place, no cell of them is a value (opening with a number or bound, or a result word) that a row sharing the points above would need, and { $why ->
        [lost] the row scored below its points, so the form asks it for a reason
        [figure] their figures stand inside words, not at the start as a target's or an actual's do, so they read as a statement
       *[words] they are worded as a reason, not as an indicator's name
    }
import-note-cells-per-line = the text has no blank lines between its cells: each line read as one cell (a blank line as an empty cell)
import-note-cells-per-paragraph = cells read as paragraphs separated by a blank line (three blank lines: an empty cell)
import-note-rows-rebuilt = the `|` cells have no padding runs (a page's table rendered one cell a line): rows rebuilt from the content as for paragraph text
import-note-labels-by-count = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } for { $width ->
        [one] { $width } column
       *[other] { $width } columns
    }: the first { $labels ->
        [1] cell read as the level-2 label
       *[other] two cells read as the level-1 and level-2 labels
    } by the count, not by their words
import-note-flat-blank-target = the row { $level3 } has its 分值 and 得分 one cell early (the copy dropped its empty cells), so its 年度指标值 was read as blank
case-remark-read = `{ $text }` is read as `{ $read }`: `{ $remark }` in brackets is a remark, not a second number
case-remark-read-help = nothing to fix: a remark in brackets after a value (`注：抽样调查300人`) is not scored
case-remark-read-words = `{ $text }` is judged as `{ $read }`: `{ $remark }` in brackets is a remark
case-remark-read-words-help = nothing to fix: a remark in brackets after words is not judged; if it changes what was achieved (`部分完成`), write that into the actual
