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

import-note-full-width = { $written } is written in full-width (全角) digits or signs and read as { $read }{ $more ->
        [0] {""}
        [1] {" "}(and 1 more cell)
       *[other] {" "}(and { $more } more cells)
    }
