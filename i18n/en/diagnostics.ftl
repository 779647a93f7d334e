# Diagnostics: problems in rule files, case files and scripts (docs/diagnostics.md), and the
# importer's notes. Codes stay English identifiers; only the text is translated.

diagnostic-help = help: { $help }

## Import notes: what the importer recognised, guessed or could not read.

import-note = { $kind } at { $place }: { $message }
import-kind-recognised = recognised
import-kind-guessed = guessed
import-kind-unreadable = unreadable
import-place-line-cell = line { $line }, cell { $cell }
import-skipped-before-first-form = skipped { $count } cells of text before the first form
import-no-form = no form found (no cell reads { $title })

## Rule files: [satisfaction] (#17)

rules-satisfaction-no-names = `names` lists no words of a satisfaction indicator's name
rules-satisfaction-no-names-help = write the words that name a satisfaction indicator, e.g. `names = ["满意度"]`
rules-sample-not-whole = `size = "{ $size }"` is not a whole number of people
rules-sample-not-whole-help = write the smallest sample that counts, in people, e.g. "30"
rules-sample-cap-above-points = `cap = "{ $cap }"` is more than the points
rules-sample-cap-above-points-help = write the most a small sample earns as a share of the points, e.g. "80%"
