# Reports: `diff`, `regress` and `watch`, and the labels of the table, CSV, Markdown, HTML and
# xlsx outputs. Codes and JSON keys stay English in both languages.

## Rule changes (the numbered list of `diff`, `watch` and `rules changelog`)

report-changes-none = (no semantic changes)
report-changes-note-findings = (* changes findings or grades only, never a total)
report-changes-note-points = († moves totals only with `--points rules`: a form's own points otherwise win)
report-interaction-together = changes acting together
report-interaction-one = change { $change } acting with the ones before it
report-interaction = interaction of changes { $changes } and { $last }
report-interaction-named = { $what } ({ $changes })

## diff

report-diff-title = diff { $from } → { $to }
report-diff-head = { $from } ({ $from_hash }) → { $to } ({ $to_hash }): { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }, { $moved } moved{ $lines }{ $findings }
report-diff-head-lines = , { $count } with line scores moved only (total and grade unchanged)
report-diff-head-findings = , { $count } with other findings
report-diff-head-findings-own = , { $count } with findings of their own
report-diff-changes = Rule changes, in attribution order
report-diff-cases = Cases
report-diff-grades = Grade transitions (rows A, columns B)
report-diff-biggest = Biggest movers
report-diff-none-moved = (no total moved)
report-diff-none-moved-cases = (no total or grade moved on { $cases ->
        [one] the one form
       *[other] any of the { $cases } forms
    })
report-diff-details = What moved, and which rule change moved it (findings: + added, - removed)
report-diff-from-change = { $delta } from change { $change }: { $text }
report-diff-grade-from-change = grade { $from } → { $to } from change { $change }: { $text }
report-diff-from-interaction = { $delta } from { $what }
report-diff-finding = finding { $sign }{ $code }{ $times }
report-diff-finding-at = finding { $sign }{ $code }{ $times }: { $places }
report-diff-finding-moved = finding { $code }: { $from } → { $to }
finding-place-whole-form = the whole form
report-diff-finding-kind = finding { $sign }{ $code } (on a different line in each case)

## A change most cases share, said once above the cases (diff, regress, watch)

report-shared-all = on all { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }: { $line }
report-shared-most = on { $count } of { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }: { $line } ({ $without })
report-shared-without = not on { $names }
report-shared-without-more = not on { $names } … ({ $count } in all)
report-shared-moved-here = { $name } had it on { $from }: it moved here
report-shared-moved-away = { $name }'s moved to { $to }
report-shared-kept = { $name } had it already
report-shared-moved = { $name }'s moved from { $from } to { $to }
report-shared-elsewhere = { $name }'s is on { $places }
report-shared-separator = { "; " }

## watch

report-watch-no-rules = no good rule set
report-watch-cases = { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
report-watch-rescored = { $count } re-scored
report-watch-unscored = { $count } unscored
report-watch-changed-count = changed: { $count ->
        [one] { $count } file
       *[other] { $count } files
    }
report-watch-changed = changed: { $files }
report-watch-kept = kept the last good version of: { $files }
report-watch-never-good = no good version yet, not used until fixed: { $files }
report-watch-waiting = no good rule set yet: waiting for a fix
report-watch-no-cases = no case files
report-watch-rules-not-found = the rule sets the cases name are not found
report-watch-waiting-cases = the watched folder holds no case file (.toml): write the case files with `jixiao import FILE --out DIR` first and watch that folder; a new case file is scored as soon as it appears
report-watch-waiting-rules-not-found = the rule sets the case files name are not under the rules root (see the errors above): correct `rules` in the case files, or pass `--rules-root DIR` (where the rule sets are) or `--rules DIR` (the rule set to score with)
report-watch-cases-to-fix = case files with errors, scored once fixed: { $files }
report-watch-rule-changes = rule changes ({ $from } @ { $from_hash } → { $to } @ { $to_hash }):
report-watch-quiet = nothing moved ({ $count ->
        [one] { $count } case
       *[other] { $count } cases
    } re-scored)
report-watch-scored = scored { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
report-watch-added = added: { $file }  { $total }  { $grade }
report-watch-removed = removed: { $file }
report-watch-findings = findings: { $errors ->
    [one] 1 form with errors
   *[other] { $errors } forms with errors
    }, { $warnings ->
    [one] 1 form with warnings
   *[other] { $warnings } forms with warnings
    } (`jixiao score` lists them)
report-watch-grades = grades: { $grades }
report-watch-moved = moved: { $moved } of { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }
report-watch-more-lines = … and { $count } more lines
report-watch-more-cases = … and { $count } more cases
report-watch-findings-only = findings changed, scores did not: { $count ->
    [one] 1 case
   *[other] { $count } cases
}
report-watch-baseline = against baseline { $id } @ { $hash }: { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }, { $moved } moved{ $lines }{ $findings }

## regress

report-regress-summary = { $corpus }: { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }, { $changed } changed, { $added } added, { $removed } removed, { $unchanged } unchanged{ $accepted }
report-regress-summary-accepted = ; { $count } accepted
report-regress-corpus = corpus { $corpus } (accepted: { $file })
report-regress-accepted-mark = {" "}— accepted
report-regress-only-shared = { $count ->
        [one] { $count } case has
       *[other] { $count } cases have
    } only the changes above, which most cases share
report-regress-moved-by = moved by { $change }
report-regress-change = { $field } { $old } → { $new }
report-score-unknown = unknown
report-regress-indicator = indicator { $key }
report-regress-from-change = { $delta } from: { $text }
report-regress-hash-changed = note: rule set { $rules } was edited since acceptance (hash { $old } → { $new }){ $files }
report-regress-hash-restamp = note: rule set { $rules } was edited since acceptance (hash { $old } → { $new }){ $files }, but no result moved; re-stamp with `jixiao regress { $corpus } --accept --note "…"`
report-regress-hash-restamped = re-stamped by this accept: rule set { $rules } hash { $old } → { $new } (results unchanged; this note is now each case's acceptance, the earlier one is kept in its history){ $files }
report-regress-edited-files = ; edited: { $files }
report-regress-parent-file = `{ $path }` (of the parent rule set { $parent }, which this one extends)
report-regress-cause-case-file = moved by an edit of the case file since acceptance (a re-submitted form?)
report-regress-cause-scoring = moved by jixiao itself: neither the case file nor the rule set changed since acceptance (a newer version scores it differently)
report-regress-history = acceptance history of { $id } ({ $project }):
report-regress-history-entry = { $date } { $by }: total { $total }, grade { $grade }, rules { $rules } @ { $hash }, note "{ $note }"{ $current ->
        [yes] {" "}(current)
       *[other] {""}
    }
report-regress-other-rules = note: the accepted results were made with rule set { $accepted } (hash { $old }); this run scored with another rule set, { $rules } (hash { $new }): the changes above are the difference between the two, not an edit of the rules
report-regress-other-rules-unmoved = note: the accepted results were made with rule set { $accepted } (hash { $old }); this run scored with another rule set, { $rules } (hash { $new }), and no result moved
report-regress-by-code = note: the accepted results of { $count ->
        [one] { $count } case keep
       *[other] { $count } cases keep
    } no line for their findings, so findings are compared by kind only; re-accept with `jixiao regress { $corpus } --accept --note "…"` to compare them line by line
report-coverage-head = coverage of { $id } ({ $hash }) by { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }: { $exercised } of { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    } exercised ({ $percent }%){ $below }
report-coverage-below = , below the minimum { $min }%
report-coverage-seen = ✓ { $count ->
        [one] { $count } case
       *[other] { $count } cases
    }
report-coverage-never = ✗ never
report-coverage-item = { $key } — { $label } (line { $line })
report-kind-weight = level-1 weights
report-kind-band = qualitative bands
report-kind-formula = quantitative formulas
report-kind-bare-target = bare-target directions
report-kind-not-applicable = not-applicable indicators
report-kind-execution = budget execution
report-kind-rounding = rounding steps
report-kind-grade = grade thresholds

## Rules in words: the coverage report, `rules changelog`, the docs tables (`RuleSet::rule_items`)

rule-item-formula = { $direction }: { $formula }
rule-item-bare-target = bare target: { $direction }
rule-item-bare-target-under = bare target under { $level2 }: { $direction }{ $except }
rule-item-bare-target-except = , except names with { $words } ({ $direction })
rule-item-bare-target-by-name = bare target of an indicator named with { $words }: { $direction }
rule-item-zero-target = target 0: a ceiling, all or nothing
rule-item-deadline = date or deadline target: met by the date, all or nothing
rule-item-far-exceeded = far exceeded from { $at }%: { $action }
rule-item-far-review = review
rule-item-far-cut = cut { $percent }%
rule-item-not-applicable = not applicable: { $words }
rule-item-execution = { $label } { $points } points, { $method }
rule-item-execution-proportional = proportional
rule-item-execution-threshold = threshold deduction
rule-item-execution-bands = bands
rule-item-rounding = { $what }: { $places } places { $mode }
rule-item-rounding-indicator = indicator scores
rule-item-rounding-execution = execution score
rule-item-rounding-total = total
rule-item-satisfaction = 满意度 from survey counts (满意人数 / 有效样本) on indicators named { $names }
rule-item-sample = survey sample below { $size }: a finding
rule-item-sample-capped = survey sample below { $size }: a finding, at most { $percent }% of the points

## Column headers and titles of the table, Markdown, CSV, HTML and xlsx outputs
form-of-input = { $file } (form { $form })

label-index = No.
label-project = Project
# A form whose 项目名称 is left blank, where reports show the name (tester s14 F3).
label-project-blank = (project name not filled in)
label-department = Department
label-unit = Implementing unit
label-file = File
label-rules = Rules
label-rules-hash = Rules hash
label-rules-id = Rule set
label-rules-year = Year
label-rules-jurisdiction = Jurisdiction
label-rules-title = Title
label-total = Total
label-complete = Complete
total-complete-yes = complete
total-complete-no = partial ({ $why })
label-points-basis = Points basis
label-unverified-points = Unverified points
points-basis-form = form
points-basis-rules = rule set (what-if)
label-total-points = Out of
label-grade = Grade
label-reported-total = Reported total
label-rate = Execution rate
label-rate-percent = Execution rate (%)
label-execution-score = Execution score
label-errors = Errors
label-warnings = Warnings
label-infos = Infos
label-findings = Findings
label-findings-by-code = Findings (by code)
label-import-notes = Import notes
label-import-note = import note
label-level1 = Level 1
label-level2 = Level 2
label-level3 = Level 3
label-indicator = Indicator
label-points = Points
label-score = Score
label-reported-score = Reported score
label-method = Method
label-trace = How it was reached
label-target = Target
label-actual = Actual
label-execution = Budget execution
label-execution-rate = execution rate { $rate }
label-total-row = Total
label-total-of-points = Total / points
label-forms = Forms
label-budget-sum = Σ full-year budget (A)
label-spent-sum = Σ spent (B)
label-average = Average
label-weighted-average = Budget-weighted average
label-ungraded = No grade
label-no-department = (no department)
label-by-department = By department
label-error = error
label-warning = warning
label-info = info
label-severity-error = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
label-severity-warning = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
label-severity-info = { $count ->
    [one] { $count } info
   *[other] { $count } infos
}
label-difference = Difference
label-difference-signed = Difference (reported − computed)
label-difference-note = Difference = reported total − computed total: positive where the department scored itself above the total the rules give (overstated), negative where below; blank on a partial form or a what-if on the rules' points
label-method-full = Method
label-basis = Rule
label-fields = Form fields
label-budget = Full-year budget (A)
label-spent = Spent (B)
label-back-to-summary = ← Summary (汇总)
label-finding-code = Finding code
label-severity = Severity
label-description = Description
label-on-form = On the form
label-location = Location
label-finding = Finding
label-form-field = Form field
label-form-cell = Cell
label-case-place = Case file place
label-chart-grades-by-department = Grades by department
label-total-a = Total A
label-total-b = Total B
label-grade-a = Grade A
label-grade-b = Grade B
label-markdown-title = Performance self-evaluation review
label-none = (none)

## The HTML report

label-field = Field
html-title = Project expenditure performance self-evaluation: scores
html-title-department = Department overall expenditure performance self-evaluation: scores
html-page-title = Performance self-evaluation scores
html-meta = { $count ->
    [one] { $count } form. Click any number to see how it was reached, the rule line it rests on and the form fields it read (file:line:column).
   *[other] { $count } forms. Click any number to see how it was reached, the rule line it rests on and the form fields it read (file:line:column).
}
report-what-if = What-if on the rule set's points (`--points rules`): the form's own total was given against the form's points; it is not set against the computed total and no difference is shown.
report-what-if-form = What-if on the rule set's points (`--points rules`): the self-score column holds the department's self-scores restated in proportion to the rule set's points, for reference only, not compared with the computed scores; the form's own total { $total } was given against the form's points (above, under the reported total) and is not compared with the computed total.
report-full-marks-note = Full marks: the points this form counts (the execution's plus its applicable indicators'), as the form writes them, not necessarily the rule set's full marks; indicators not applicable are left out; a form cut short (incomplete) counts only the rows read.
report-cut-full-marks = { $count ->
        [one] one form was
       *[other] { $count } forms were
    } cut short: the full marks shown count only the rows read, not the rule set's full marks: { $forms }
report-cut-full-marks-form = `{ $project }` { $points } points
html-summary = Summary
html-filter = Filter by project, department, grade…
html-grades = Grades
html-totals = Totals (the rules set no grades)
html-trace-of = How { $what } was reached
html-import-notes-count = Import notes ({ $count })
html-execution-score = the budget execution score

html-diff-meta = { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    }, { $moved } moved
html-diff-points-only = (moves totals only under --points rules; otherwise findings or grades only)
html-diff-findings-only = (changes findings or grades only)
html-diff-grades-after = Grades after the change
html-diff-totals = Totals
html-diff-filter = Filter by project…
html-diff-total-before = Total before
html-diff-total-after = Total after
html-diff-change = Change
html-diff-grade-before = Grade before
html-diff-grade-after = Grade after
html-diff-transitions = Grade transitions (rows: before, columns: after)
html-diff-details = What moved, and which rule change moved it
html-diff-score-before = Score before
html-diff-score-after = Score after

## Finding names, shown beside their codes (the department summaries)

code-score-mismatch = reported score differs from the computed one
code-score-above-points = reported score above its points
code-total-not-sum = reported total is not the sum of the lines
code-total-unchecked = reported total cannot be checked (a line score cannot be read)
code-total-points-not-sum = total points are not the sum of the points
code-total-mismatch = reported total differs from the computed one
code-grade-mismatch = the reported total earns another grade
code-points-total-mismatch = points do not add up to the rule's total
code-weights-adjusted = level-1 weight adjusted
code-points-weight-mismatch = level-1 points differ from the rule's weight
code-text-contradicts-target = indicator text contradicts its target
code-missing-reported = blank where the form needs a value
code-missing-actual = no actual value
code-unreadable-value = value cannot be read
code-not-applicable = indicator not applicable
code-qualitative-actual = quantitative target answered in words
code-unscorable = cannot be scored from the form
code-unit-mismatch = units do not convert
code-unit-assumed = unit converted or assumed
code-unit-guessed = unit guessed from the size
code-unknown-band = words match no band
code-unknown-level1 = unknown level-1 indicator
code-division-by-zero = division by zero
code-absurd-value = value out of any sensible range
code-overspent = spent more than the budget
code-funds-total-blank = 年度资金总额 row blank
code-funds-parts-mismatch = 年度资金总额 is not the sum of its 其中 rows
code-rate-mismatch = written execution rate differs from B/A
code-execution-unexplained = low execution without a reason
code-execution-low-targets-met = low execution with every target met
code-goal-contradicts-indicators = overall goal contradicts the indicators
code-incomplete-form = form cut short
code-far-exceeded = target exceeded by far
code-equal-exceeded = "=" target passed
code-deviation-unexplained = deviation without a reason
code-budget-adjusted = budget adjusted beyond the rule's share
code-budget-adjustment-explained = budget adjustment explained on the form
code-no-grade = no grade
code-budget-added = budget added during the year
code-budget-cut = budget cut during the year
code-budget-trimmed-to-spent = budget cut to the amount spent
code-funds-points-not-execution = funds-row points not execution points
code-no-execution-block = the form has no budget execution block
code-label-points-mismatch = label's points differ from the points below it
code-no-level1 = indicators without level-1 labels (a flat list)
code-direction-by-name = direction taken from the indicator's name
code-import-guessed = importer guessed part of the form
code-duplicate-form = the same form read twice
code-revised-form = two versions of one form
code-actual-is-bound = actual written as a bound
code-target-not-met = target not met
code-completion-mismatch = completion contradicts the actual
code-reported-kept = self-score kept unverified
code-year-mismatch = form of another year than the rules
code-template-mismatch = form of another template than the rules
code-script-failed = rule script failed
code-script-rejected = rule script's decision rejected
code-script = raised by a rule script
code-scripts-broke-totals = scripts broke the totals
code-survey-counts-invalid = survey counts contradict themselves
code-survey-rate-mismatch = written 满意度 differs from the survey counts
code-survey-sample-small = survey sample below the minimum
code-score-in-words = score written in words (满分, 不得分)
code-full-marks-mismatch = full marks stated with other points than the line's

## Command-line errors (clap's own wording, so the two languages stay parallel; English
## prints clap's rendering itself)

clap-error = error: { $message }
clap-invalid-subcommand = unrecognized subcommand '{ $name }'
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-value-missing = a value is required for '{ $arg }' but none was supplied
clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-wrong-number = wrong number of values for '{ $arg }'
clap-missing-required = the following required arguments were not provided:
clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-conflict-repeated = the argument '{ $arg }' cannot be used multiple times
clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-other = the command line cannot be read
clap-possible-values = [possible values: { $values }]
clap-possible-values-heading = Possible values:
clap-possible-value = - { $name }: { $help }
clap-subcommands = [subcommands: { $values }]
clap-default = [default: { $value }]
clap-tip = tip: a similar { $kind } exists: '{ $value }'
clap-tip-many = tip: some similar { $kind }s exist: { $values }
clap-kind-subcommand = subcommand
clap-kind-argument = argument
clap-kind-value = value
clap-usage = Usage: { $usage }
clap-more = For more information, try '--help'.
clap-help-subcommand = Print this message or the help of the given subcommand(s)
