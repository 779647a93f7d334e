# Reports: `diff`, `regress` and `watch`, and the labels of the table, CSV, Markdown, HTML and
# xlsx outputs. Codes and JSON keys stay English in both languages.

## Rule changes (the numbered list of `diff`, `watch` and `rules changelog`)

report-changes-none = (no semantic changes)
report-changes-note-findings = (* changes findings or grades only, never a total)
report-changes-note-points = († moves totals only with `--points rules`: a form's own points otherwise win)
report-interaction-together = changes acting together
report-interaction-one = change { $change } acting with the ones before it
report-interaction = interaction of changes { $changes } and { $last }

## diff

report-diff-title = diff { $from } → { $to }
report-diff-head = { $from } ({ $from_hash }) → { $to } ({ $to_hash }): { $cases } cases, { $moved } moved{ $findings }
report-diff-head-findings = , { $count } with other findings
report-diff-changes = Rule changes, in attribution order
report-diff-cases = Cases
report-diff-grades = Grade transitions (rows A, columns B)
report-diff-biggest = Biggest movers
report-diff-none-moved = (no total moved)
report-diff-details = What moved, and which rule change moved it (findings: + added, - removed)
report-diff-from-change = { $delta } from change { $change }: { $text }
report-diff-from-interaction = { $delta } from { $what }
report-diff-finding = finding { $sign }{ $code }{ $times }

## watch

report-watch-no-rules = no good rule set
report-watch-cases = { $count } cases
report-watch-rescored = { $count } re-scored
report-watch-unscored = { $count } unscored
report-watch-changed-count = changed: { $count } files
report-watch-changed = changed: { $files }
report-watch-kept = kept the last good version of: { $files }
report-watch-waiting = no good rule set yet: waiting for a fix
report-watch-rule-changes = rule changes ({ $from } @ { $from_hash } → { $to } @ { $to_hash }):
report-watch-quiet = nothing moved ({ $count } cases re-scored)
report-watch-scored = scored { $count } cases
report-watch-added = added: { $file }  { $total }  { $grade }
report-watch-removed = removed: { $file }
report-watch-grades = grades: { $grades }
report-watch-moved = moved: { $moved } of { $cases } cases
report-watch-more-lines = … and { $count } more lines
report-watch-more-cases = … and { $count } more cases
report-watch-baseline = against baseline { $id } @ { $hash }: { $moved } of { $cases } cases differ

## regress

report-regress-summary = { $corpus }: { $cases } cases, { $changed } changed, { $added } added, { $removed } removed, { $unchanged } unchanged{ $accepted }
report-regress-summary-accepted = ; { $count } accepted
report-regress-corpus = corpus { $corpus } (accepted: { $file })
report-regress-accepted-mark = {" "}— accepted
report-regress-moved-by = moved by { $change }
report-regress-from-change = { $delta } from: { $text }
report-regress-hash-changed = note: the rule set changed since acceptance (hash { $old } → { $new })
report-regress-hash-restamp = note: the rule set changed since acceptance (hash { $old } → { $new }) but no result moved; re-stamp with `jixiao regress { $corpus } --accept --note "…"`
report-coverage-head = coverage of { $id } ({ $hash }) by { $cases } cases: { $exercised } of { $rules } rules exercised ({ $percent }%){ $below }
report-coverage-below = , below the minimum { $min }%
report-coverage-seen = ✓ { $count } cases
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
