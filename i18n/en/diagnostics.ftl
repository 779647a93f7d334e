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
import-note-flat-row = { $what ->
        [funds] funds
       *[indicator] indicator
    } row has { $cells } cells for { $width } columns (the flattened text dropped its empty cells); placed by what each cell holds: { $placed }
import-note-glued-full-width = { $count } full-width (全角) digits or signs in the text read as half-width (`１５` as `15`)
import-note-glued-indicator = glued indicator text split where two values follow a name: { $level3 } / target { $target } / actual { $actual }
import-note-glued-reason = text { $text } with no values after it read as the row above's 未完成原因
import-note-flat-blank-target = the row { $level3 } has its 分值 and 得分 one cell early: its 年度指标值 was blank and is put back empty
import-note-flat-deviation = the cell { $text } after the score of { $level3 } read as its 偏差原因 (the next row's numbers stand where they belong)
import-note-cells-per-line = the text has no blank lines between its cells: each line read as one cell (a blank line as an empty cell)
import-note-cells-per-paragraph = cells read as paragraphs separated by a blank line (three blank lines: an empty cell)
import-note-rows-rebuilt = the `|` cells have no padding runs (a page's table rendered one cell a line): rows rebuilt from the content as for paragraph text
import-note-labels-by-count = { $cells } cells for { $width } columns: the first { $labels ->
        [1] cell read as the level-2 label
       *[other] two cells read as the level-1 and level-2 labels
    } by the count, not by their words
