# Import notes of the form readers (src/import): what a reader recognised, guessed or could
# not read, and where. docs/messages.md says how to add one in both languages.

## Places.
import-place-sheet-cell = { $sheet }!{ $cell }

## Shapes a row can fail to fit (`{ $what }` of import-note-no-shape).
import-shape-project = 项目名称
import-shape-department = 主管部门/实施单位
import-shape-header = header
import-shape-funds-row = funds row
import-shape-goal-row = goal row
import-shape-note = note
import-shape-indicator-row = indicator row

## Columns, as the notes name them, in words (reports list the notes, #16): no case-file keys.
import-funds-column-initial-budget = initial budget
import-funds-column-full-year-budget = full-year budget
import-funds-column-spent = spent
import-funds-column-points = points
import-funds-column-rate = rate
import-funds-column-score = score
import-funds-column-reason = reason
import-column-level1 = level1
import-column-level2 = level2
import-column-level3 = level3
import-column-nature = nature
import-column-target = target
import-column-actual = actual
import-column-points = points
import-column-score = score
import-column-deduction = deduction
import-column-deviation = deviation
import-column-unit = unit
import-column-completion = completion

## The standard template's reader (src/import/grid.rs, grid/aligned.rs).
import-note-no-shape = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } fit no { $what } shape; left out
import-note-title-extra-cells = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } after the title on its row left out: { $text }
import-note-scoreless-complete = the template has no 分值/得分 columns and no 总分 row: the form is taken as complete after its last full indicator row
import-note-cut-by-next-form = form cut short: the next form starts before 总分; imported as far as it goes
import-note-cut-at-end = form cut short: the input ends before 总分; imported as far as it goes
import-note-year-extra-cells = year row has extra cells; only the first was read, { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } left out: { $text }
import-note-project-empty = 项目名称 has no value cell; read as empty
import-note-header-swollen-cut = the { $field } value holds { $length } characters ({ $start }), with other labels of the form or many line breaks inside: no name in one cell is that long, the text after the label was read as one cell (common on a preview page whose text was OCR'd); only what stands before the first label or line break is taken, read as { $read }: check it against the original form
import-note-header-swollen-dropped = the { $field } value holds { $length } characters ({ $start }), with other labels of the form or many line breaks inside: no name in one cell is that long, the text after the label was read as one cell (common on a preview page whose text was OCR'd), and no name stands before it: { $field } not imported, check it against the original form
import-note-contact-dropped = the header's { $label } not imported: { $value } (a case file has no place for it)
import-note-contact-empty = the header's { $label } left out: it is blank, and a case file has no place for it
import-note-header-total = the header's { $label } is { $value } and the form has no 总分 row: read as the form's reported total
import-note-header-total-differs = the header's { $label } is { $value }, but the 总分 row reports { $total }: the 总分 row is read; check it against the original form
import-note-funds-label-in-header = the funds header holds { $label } where the rows' names stand, and the row under it has no name: read as the { $label } row
import-note-goals-header-cells = goals header has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected { $expected }
import-note-goals-header-beside-label = the goals header { $header } stands on the row of { $label }: the rows under it are read as goals and their completion
import-note-funds-no-rows = this is the header of the 项目资金 block (年初预算数, 全年预算数, 全年执行数 …), but no funds row (年度资金总额 …) was read under it: the execution rate cannot be worked out and the execution score is unknown; check the form's 项目资金 block and fill it in from the original if need be, then score it again
import-note-funds-declared-points = the funds header declares { $points } points for budget execution: read as the 分值 of the total row
import-note-funds-header-unknown = funds header has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } and names no known column, expected 8; rows read in column order
import-note-funds-header-bare = the row { $cells } names funds columns only, with no 项目资金 / 预算执行情况 label before them: read as the funds header, the rows under it as funds rows
import-note-funds-header-none = funds header names no known column; rows read in column order
import-note-funds-yuan = the form gives its amounts in 元 ({ $label }): read as 元 and converted to 万元, as every form's funds are summed
import-note-funds-columns = funds columns named by the header: { $columns }
import-note-indicators-header-cells = indicators header has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected { $expected }
import-note-header-run-on = the indicators header ran on into the next row (every column of the header is filled, so no empty cells end it): the { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } from { $label } on are the next row, read as an indicator row
import-note-indicators-header-absent = no indicators header before the indicator row { $label } (the line `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施`): from this row on read as indicators in the template's columns; check against the original form
import-note-indicators-header-unknown = indicators header has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected 9; rows read by cell count
import-note-indicator-columns = indicator columns named by the header (another template): { $columns }
import-note-funds-row-cells = funds row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected { $expected }; read the cells in column order: { $placed }
import-note-funds-row-rate = funds row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected { $expected }; { $rate } holds a %, so it is the execution rate, not the { $columns }: read as the rate, the { $columns } left blank (the template leaves them blank on a 其中 row): { $placed }
import-note-funds-row-blank = funds row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected { $expected }; read the cells in column order
import-funds-placed = { $column } { $value }
import-note-funds-label-unknown = funds row label { $label } is not one the importer knows
import-note-points-percent = the points cell is formatted as a percentage and shows { $shown }; points are never a percentage: read as the number it holds, { $read }
import-note-rate-fraction = execution rate stored as the number { $value }; read as { $read }
import-note-rate-fraction-confirmed = execution rate written { $value }, which is B / A of the row; read as { $read }
import-note-rate-fraction-cut = execution rate written { $value }, which is B / A of the row ({ $ratio }…) cut to the decimals written; read as { $read }
import-note-funds-total-zero = 年度资金总额 row left at 0 while 本年财政拨款 and the rows under it hold the figures; all rows kept as written (scoring adds up the 其中 rows that hold figures, as its finding on the blank total says)
import-note-goal-one-cell = goal row has one cell; read as the expected goal
import-note-heading-skipped = { $text } is a section heading between the tables, not part of the form: not imported
import-note-heading-text = { $text } is text under a section heading between the tables, not part of the form: kept among the notes
import-note-indicators-label = { $text } is the title row of the indicators part, not its header: the header is read from the row below
import-note-measures-column = column { $column } (`{ $header }`) is read into the deviation reason of its row, after the reason (written `reason；{ $header }：…`), as the template's one column holds them
import-note-total-cells = 总分 row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }, expected 6; read the non-empty cells as points, score
import-note-second-total = a second 总分 row; the later one was kept
import-note-shares-points = 分值/得分 merged with the row above (shares_points)
import-note-first-not-shared = the first indicator { $level3 } has no 分值 or 得分 and read as merged with the row above (sharing its points); there is no indicator row above it, so it is read with no points (check this row's 分值 and 得分 against the form)
import-note-row-pair-points = the row `{ $level3 }` has only 4 cells: its two equal last numbers `{ $points }` are read as its 分值 and 得分 (the actual is missing), which makes { $against ->
        [total] the indicators' points add up to { $written }, the 总分 row's points less the funds row's
       *[label] the points under `{ $label }` add up to the { $written } it declares
    }
import-note-row-pair-shared = the row `{ $level3 }` has only 4 cells: its two equal last numbers `{ $points }` are read as actual and deviation, its 分值/得分 as merged with the row above (shares_points){ $against ->
        [label] ; read so, the points under `{ $label }` add up to { $read }, not the { $written } it declares, and neither reading fits
        [total] ; read so, the indicators' points add up to { $read }, not the { $written } of the 总分 row less the funds row's, and neither reading fits
       *[none] {""}
    }; if `{ $points }` are the row's 分值 and 得分, add the missing actual cell to the form
import-note-mapped-row-short = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } after the labels for { $width ->
        [one] { $width } column
       *[other] { $width } columns
    }; read in column order
import-note-deviation-continued = a 偏差原因 written in { $paragraphs } paragraphs: { $rest } after it holds no value or number and the next cell opens a row, so it is read as the one 偏差原因 { $joined }
import-note-flat-row-blanks = { $what ->
        [funds] funds
       *[indicator] indicator
    } row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } for { $width ->
        [one] { $width } column
       *[other] { $width } columns
    }: the empty cells the copy left out can only be { $blanks } (the other cells read in column order): { $placed }
import-note-unit-joined = target { $target } with the 度量单位 column { $unit } read as { $read }
import-note-unit-joined-both = target { $target } and actual { $actual } with the 度量单位 column { $unit } read as { $read_target } and { $read_actual }
import-note-unit-joined-actual = actual { $actual } with the 度量单位 column { $unit } read as { $read }
import-note-breakdown-row = { $name } is a breakdown of the indicator above, { $parent } (a target and an actual, no 分值 and no 得分): not scored as a line; its text is kept in the form's notes
import-note-parent-row = { $parent }'s points { $points } are the sum of the rows numbered as its parts, { $children } (the scores agree too): they are its parts and are scored, { $parent } is not scored again (it would count twice); its text is kept in the form's notes
import-note-parent-row-by-position = { $parent } has no numbering, but its points { $points } are the sum of the rows after it in its 二级 group, { $children } (the scores agree too), and without it the points add up to the 总分's: taken as their sum (a guess), the rows are scored and it is not; its text is kept in the form's notes; check with the form
import-note-parent-row-unsure = { $children } are numbered as parts of { $parent }, but their points or scores do not add up to { $parent }'s (points { $points }): not certain it is their sum, so every row is scored as a line and points may count twice; check these rows with the form
import-note-numbered-parts = { $children } are numbered as parts of { $parent } (no 分值 and no 得分): not scored as lines; their text is kept in the form's notes
import-note-title-date = the date { $date } before the title is the page's publishing date, not part of the title: left out
import-note-glued-points-first-row = indicator row glued together, split into 分值, target, actual and 得分 (the header's order): { $cells }
import-note-placeholder = placeholder row { $text } with no values skipped (not scored)
import-note-level2-none = the 三级指标 under { $level2 } is written { $text } with every other cell empty: the project has no indicator of this kind, so the row is skipped (not scored)
import-note-empty-indicator-row = indicator row of { $cells ->
        [one] { $cells } empty cell
       *[other] { $cells } empty cells
    } skipped
import-note-label-alone = label { $label } stands on a row of its own (no indicator, no values): read as the level label of the rows under it
import-note-form-remark = the form's printed remark { $text } beside its title skipped (it holds no value of the form)
import-note-form-filler = the filling unit { $text } written beside the title not imported (the department and unit are read from the form's own cells)
import-note-title-label = the title { $title } and the header { $text } stand on one line: the title read as the title, { $text } as the header row after it
import-note-level2-unknown = level-1 label { $level1 } is followed by { $second }, not a known level-2 label; read it as level 2
import-note-labels-unknown = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } with no known label; read the first { $labels } as { $labels ->
        [2] level-1 and level-2 labels
       *[other] level-2 label
    }
import-note-row-five = 5 cells after the labels; read as level 3, target, actual, points, score (no deviation cell)
import-note-row-four = 4 cells after the labels; read as level 3, target, actual, deviation with 分值/得分 merged with the row above
import-note-row-three = 3 cells after the labels; read as level 3, target, deviation with 实际完成值 and 分值/得分 merged with the row above; the merged actual { $actual } is copied to this row
import-note-row-cut = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } after the labels; read in column order (level 3, target) with no points (a row cut short)
import-note-row-not-applicable = the row { $level3 } only says it does not apply, with no target or points: read as a not-applicable indicator (not scored)
import-note-row-short-shared = { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } after the labels; read in column order (level 3, target) with 分值/得分 merged with the row above
import-note-column-unknown = column { $column } ({ $header }) is not a column of the form; its cells are left out
import-note-vertical-label = a label written vertically, one character a line, is read as { $label }
import-note-cell-unnamed-column = cell { $text } is in column { $column }, which the section's header does not name; left out
import-note-labels-only-row = indicator row with labels only (no level 3, target, actual, points or score) skipped
import-note-actual-merged = 实际完成值 merged with the row above; the merged actual { $actual } is copied to this row
import-note-value-across = the { $from } cell { $value } is merged across the columns of { $from } and { $to }: taken as one value written for both, { $to } read as { $value } too; check against the form

## Text readers (glued text, paragraphs).
import-note-page-markers = page-chunk markers (`2、`) at line starts dropped and the lines joined
import-note-repeated-header = a repeated 绩效指标 header (a page break) dropped
import-note-repeated-label = a row holding only { $label } is a cell merged down the rows printed again after a page break (a table taken from a PDF page by page): no row of the form, left out
import-note-remark-dropped = the 说明 cell { $text } is not kept
import-note-glued-next-form = the form's title { $title } comes again in the glued text, followed by a header label: read as another form from there
import-note-glued-untitled-form = the previous form's total row { $total } is followed right away by another project { $next } with no title between them: guessed that the next form starts there, read under the title { $title }
import-note-glued-piece-unread = the piece of glued text from a repeated title on reads as no form and is not imported: { $text }; check this piece against the original file, or save it as a file of its own and import that
import-note-glued-other-form = the title { $title } of another kind of form comes in the glued text, followed by a header label: read as another form from there
import-note-glued-other-piece-unread = the piece of glued text from the title of another kind of form on reads as no project form and is not imported: { $text }; check this piece against the original file; a 部门整体支出 or other form is to be assessed apart
import-note-glued-unsplit = the glued indicator text { $text } could not be split into its target and actual: read whole as the 三级指标 with both values left empty; fill them in from the original form
import-note-glued-figures-split = glued figures { $figures } split as { $values } (B / A = the written rate)
import-note-glued-figures-kept = glued figures { $figures } could not be split; kept as one cell
import-note-glued-before-title = skipped the text { $text } before the form's title
import-note-glued-goals = glued goal texts split after the first sentence: expected { $expected } / actual { $actual }
import-note-glued-funds = glued funds figures { $figures } split as { $values } (B / A = the written rate)
import-note-glued-funds-reason = the funds 原因 { $reason } cut off from the printed instruction after it
import-note-glued-funds-like-total = glued funds figures { $figures } are the total row's first figures; split as it is: { $values }
import-note-glued-standard-row = glued indicator row split into target, actual, points and score: { $cells }
import-note-glued-total = glued 总分 figures { $figures } split as { $values } (the points are the funds and indicator points added up, the score no more than them)
import-note-glued-undecided = the glued figures { $figures } ({ $name }) read more than one way ({ $readings }) and cannot be decided: nothing after them was imported; check the original form and type its cells apart
import-note-glued-unread-row = the glued text { $figures } ({ $name }, target { $target }) cannot be cut into an actual, points and score: nothing after it was imported; check the original form and type its cells apart
import-note-page-marker = page marker { $text } left out: page text, not a cell of the form
import-note-page-header = the page header { $text } printed again after a page break left out: page text, not a cell of the form
import-note-page-columns = the indicators' header row { $text } printed again after a page break left out: page text, not cells of the form
import-note-page-title = the form's title { $text } printed again at the top of the next page left out: the same form goes on, no new form starts
import-note-page-top-row = the form's top row { $text } printed again after a page break (Excel's print titles, Word's repeated header row) is page text, not a row of the form: left out, the same form goes on
import-note-untitled-form = no title cell: read as a form by its body from the 项目名称 row on (the funds and indicators headers, the 总分 row), under the template's title
import-note-untitled-form-sheet = no title cell: read as a form by its body from the 项目名称 row on (the funds and indicators headers, the 总分 row), titled by the sheet's name { $title }
import-note-untitled-form-guessed = no title: the table starts at the { $label } row, followed by the funds or indicators header, so the form is guessed to start at that row (a guessed start), under the template's title { $title }; check that the title and top rows were not left out of the copy
import-note-page-cut-joined = a cell cut by a page break, { $first } and { $second }, read as one cell { $joined }
import-note-page-cut-row = a page break cut this row: { $pieces } after the break are the last lines of { $cells } before it, put back there (read with them as one cell each)
import-note-page-cut-row-unplaced = a page break cut this row, and { $pieces } after the break could not be put back into the cells before it: read as they stand, so the row's names and numbers may be wrong; check it against the original
import-note-page-cut-grid-row = a page break cut the row above in two (common in Word or Excel files converted from a PDF): this row has no value and its cells end the cells of the row above ({ $joins }); joined back to it, read as { $read }
import-note-wrapped-grid-row = the cells of the row above wrapped and their last lines were given a row of their own (common in tables converted from a PDF): this row holds only the ends of the row above's cells ({ $joins }); joined back to it, read as { $read }
import-note-page-cut-pair = { $before }+{ $tail }
import-note-page-cut-label-tail = the level-1 cell { $tail } is the end of { $label }, cut by a page break: read as { $label }
import-note-level1-tail = the level-1 cell { $text } is no level-1 label but looks like the end of one cut by a page break; read as level 1 by its column, so this group's points may be wrong: check it against the original
import-note-level1-alone = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): the rows below with no level 1 of their own are read under { $label }
import-note-level1-alone-above = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): the rows above with no level 1 of their own whose level 2 belongs to { $label } ({ $rows }) and the rows below with none are read under { $label }
import-note-level1-alone-unused = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): the next row writes a level 1 of its own, so no row is read under this one; left out
import-note-level1-alone-above-only = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): the rows above with no level 1 of their own whose level 2 belongs to { $label } ({ $rows }) are read under { $label }; the next row writes a level 1 of its own
import-note-level1-alone-last = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): no indicator row follows it (the form ends or was cut here), so no row is read under this one; left out
import-note-level1-alone-above-last = the level-1 label { $label } alone in a row is the text of a merged level-1 cell, parted from its rows (most likely by a page break): the rows above with no level 1 of their own whose level 2 belongs to { $label } ({ $rows }) are read under { $label }; no indicator row follows it (the form ends or was cut here)
import-note-row-names = { $level2 } / { $level3 }
import-note-glued-sichuan-row = glued indicator row split at its 指标性质: { $cells } (`_` a blank cell)
import-note-glued-sichuan-reason = no 。 between a row's 未完成原因 and the next row's 三级指标 in { $text }: read as the reason { $reason } and the name { $name } (cut after the words a reason ends with; check both)
import-note-glued-sichuan-reason-unsplit = the row above lost points but its 未完成原因 could not be told apart from the next row's 三级指标: all of { $name } read as the name (check it; the reason may be in it)
import-note-glued-reason-unsplit = the row above fell short of its target but its 未完成原因 could not be told apart from the next row's 三级指标: all of { $name } read as the name (check it; the reason may be in it)
import-note-tab-shared-points = the 分值 and 得分 of { $level3 } are empty under a row with its 分值, as Excel copies a merged cell: read as sharing the points of the row above (merged)
import-note-tab-row-spanned = a table copied from Word: the { $cells ->
        [one] { $cells } empty cell
       *[other] { $cells } empty cells
    } at the start of the rows under { $label } are left by cells merged over those rows; left out, and the cells after them read by the header's columns
import-note-tab-row-rejoined = a Word table saved as plain text: a cell of two paragraphs broke its row at the paragraph mark; { $after } opening line { $line } is joined onto { $before }, the last cell of the line above, as one cell, and the row's other cells read after it (the row has { $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    })
import-note-cells-row-spanned = the empty cells at the start of the rows under { $label } ({ $cells } here) are left by cells merged over those rows (as in LibreOffice's text export, one cell a line); left out, and the cells after them read as the row
import-note-tab-outside-table = { $lines ->
        [one] this line of text is
       *[other] these { $lines } lines of text are
    } narrower than the lines of the copied table ({ $width ->
        [one] { $width } cell
       *[other] { $width } cells
    } each) and no row of it: read as text outside the table, each line as one cell, kept in the notes of the form above, not by the table's columns
import-note-cells-joined = cells { $first } and { $second } read as one cell { $joined }
import-note-cells-joined-lines = { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } in a row { $cells } read as one cell { $joined }: a PDF or a narrow column wrapped the header over several lines
import-note-cell-rejoined = cells { $first } and { $second } read as one cell { $joined }: the row's 分值 and 得分 stood one cell late, so one of its cells was broken over two paragraphs
import-note-name-wrapped = the 三级指标 { $first } and the next line { $second } read as one name { $joined }: the PDF wrapped the name in its narrow column ({ $second } is no value, unit or band, and as a cell of its own it would make the row one cell too long)
import-note-value-wrapped = one cell broken over two lines: { $first } and the next line { $second } read as one cell { $joined } (the PDF wrapped the text in its narrow column; read apart, the row had a cell too many and its first half became an extra indicator; joined, the target and the actual read alike)
import-note-figure-wrapped = a figure broken over two lines: { $first } and the next line { $second } read as one cell { $joined } (the PDF broke the figure in its narrow column; read apart, the row had a cell too many and its target, actual and points each stood one cell off)

## Workbooks whose sheet is not read.
import-sheet-too-large = the sheet's filled cells span { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } × { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    }, more than the { $max ->
        [one] { $max } cell
       *[other] { $max } cells
    } a form sheet can hold; the sheet was not read (delete stray cells far from the form, or split the sheet)
import-sheet-merges-overlap = the sheet's merged regions overlap over and over; the sheet was not read
import-note-cut-level2 = the form ends at the level-2 label `{ $level2 }` with no row under it: read as a label, not as an indicator (the rows under it were cut off)
import-note-cut-row = the form ends inside the row `{ $level3 }` (no 总分 after it): { $shape ->
        [one] its one cell is read as level 3, without points
        [two] its 2 cells are read as level 3 and target, without points
        [points] its 4 cells are read in column order as level 3, target, actual and 分值 (its 得分 cut off)
        [deviation] its 4 cells are read as level 3, target, actual and deviation, without points
       *[three] its 3 cells are read as level 3, target and actual, without points
    } — not as sharing the row above's 分值/得分: the cells it lacks are the ones the cut took

## Files import does not read: why (the reason of import-refused).
import-refused-not-xlsx = `{ $file }` is not a complete, readable Excel workbook (.xlsx): open it in Excel or WPS, save it again as .xlsx and import that (the workbook reader says: `{ $error }`)
import-refused-not-xls = `{ $file }` is not a complete, readable Excel 97–2003 workbook (.xls): open it in Excel or WPS, save it as .xlsx and import that (the workbook reader says: `{ $error }`)
import-refused-not-spreadsheet-ml = `{ $file }` is an Excel XML spreadsheet (2003 XML) that is incomplete or broken: open it in Excel or WPS, save it as .xlsx and import that (the reader says: `{ $error }`)
import-refused-not-docx = `{ $file }` is not a complete, readable Word document (.docx): open it in Word or WPS, save it again as .docx and import that (word/document.xml: `{ $error }`)
import-refused-too-large = the file is { $size } MB, more than the { $max } MB `import` reads; split it into smaller files
import-zip-unreadable = the file is not a readable zip (xlsx and docx files are): { $error }
import-zip-too-many-entries = the zip holds { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, more than the { $max } an office document needs
import-zip-entry-unreadable = entry { $entry } of the zip cannot be read: { $error }
import-zip-entry-unpack = `{ $name }` inside the file cannot be unpacked: { $error }
import-zip-entry-too-big = `{ $name }` inside the file unpacks to more than { $mb } MB (a zip bomb, or not a form); nothing was read
import-zip-total-too-big = the zip's entries together unpack to more than { $mb } MB (a zip bomb, or not a form); nothing was read
import-zip-entry-missing = `{ $name }` is missing from the file: { $error }
import-skipped-page-tables = skipped { $tables ->
        [one] a table
       *[other] { $tables } tables
    } of the page holding no part of a form ({ $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    } of page text: the site's navigation or footer)

## Cells of forms from a Word document or a web page (`source::document_place`, #16)

place-word-document = Word document
place-web-page = web page
place-table-cell = { $document } table { $table }, row { $row }, column { $column }
place-table-row = { $document } table { $table }, row { $row }
place-outside-tables = { $document } paragraph { $paragraph } outside the tables

## The comments at the top of a case file `import` writes (#16 item 4)

case-file-origin = jixiao case file — { $origin }
case-file-constructed = CONSTRUCTED for testing: not a form filed by a department
case-file-notes = 注: the notes printed under the form, as written
import-origin = imported from { $file }, form { $form }
import-origin-generated = generated by `jixiao gen --seed { $seed }`, form { $form }
import-doc-cells-left-to-right = { $rows ->
    [one] a table row
   *[other] { $rows } table rows
} of the old Word document (.doc) give no cell edges: their cells are placed left to right, and merged cells may be out of place; check them
import-skipped-document-tables = skipped { $tables ->
        [one] a table
       *[other] { $tables } tables
    } of the document under a form holding no part of a form ({ $cells ->
        [one] { $cells } cell
       *[other] { $cells } cells
    }: a contact, signature or instructions table such as 填报人/联系电话/签字/填报说明)
import-skipped-office-lock = skipped `{ $file }`: it is the temporary file Excel, WPS or Word keeps while a document is open (its name starts with ~$), not a form
import-skipped-office-lock-help = it goes away when the document is closed; the document itself was read as usual
import-skipped-kind = skipped `{ $file }`: in a folder only files of forms (.xlsx, .xls, .docx, .html, .txt and the like) and case files (.toml) are read, and this is a .{ $extension } file
import-skipped-no-extension = skipped `{ $file }`: in a folder only files of forms (.xlsx, .xls, .docx, .html, .txt and the like) and case files (.toml) are read, and this file has no extension
import-skipped-kinds = skipped { $count ->
    [one] one .{ $extension } file
   *[other] { $count } .{ $extension } files
} ({ $files } and more): in a folder only files of forms (.xlsx, .xls, .docx, .html, .txt and the like) and case files (.toml) are read
import-skipped-kind-help = if it is a form, save it as .xlsx, .docx or .txt, or name the file on the command line (it is then read by its content)
import-numbering-column = column { $column } is a numbering column (`序号` over 1, 2, 3…), not part of the form: left out, and the form read from the columns to its right
import-note-funds-spent-rate-swapped = the 全年执行数 cell holds "{ $spent }" and the 执行率 cell "{ $rate }": { $rate } ÷ the 全年预算数 { $budget } is { $spent }, so the two cells stand in each other's place; read as spent { $rate }, rate { $spent }
import-skipped-own-report = skipped `{ $file }`: it is a report jixiao wrote, not a form
import-skipped-own-report-help = write reports outside the folder of forms (`--out elsewhere/report.html`)
import-skipped-rule-set = skipped the folder `{ $file }`: it holds a rules.toml, so it is a rule set, not forms or case files
import-skipped-rule-set-help = name rules with `--rules FOLDER`; keep the forms in another folder, or name the folder of forms on the command line
import-skipped-rule-file = skipped `{ $file }`: it has a [rule_set] table, so it is a rule file, not a case file
import-note-side-by-side = this form stands beside the one on its left on the same sheet (or table) (columns { $first } to { $last }): read from its own columns
import-note-continued-heading = { $text } is the heading of a table continued after a page break (续表): page text, left out
import-note-site-chrome = { $text } is the web site's own text (its QR code, print or close buttons), not part of the form: left out
import-note-site-footer = { $text } is the web site's footer (its owner, site code, ICP record number), not part of the form: left out
import-note-rowspan-ended = the merged cell { $cell } runs { $rows } row(s) too far (its rowspan), into the row opening with { $row }: the merge ends above that row, whose cells are read in their own columns
import-note-html-nested-funds = the cell beside { $label } holds a table of its own (a table nested in the page's table): its { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } read as the funds header and rows
import-note-html-nested-funds-unread = the cell beside { $label } holds tables of its own (nested in the page's table) that could not be read as the funds header and rows: the funds were not imported; check the page
import-quoted-text = { $text }
import-note-extra-column = column { $column } ({ $header }) is a remarks column a department added, which the case file has no place for: its { $cells } cell(s) are not imported and take no part in the scores: { $texts }
import-note-scoring-column = column { $column } ({ $header }) holds the department's own scoring rules: { $cells ->
        [one] its { $cells } cell is
       *[other] its { $cells } cells are
    } kept as the lines' scoring rules, take no part in the scores, and are quoted where a line's self-score differs from the computed one
import-note-untitled-form-header = no title cell: read as a form by its body from the 项目名称 row on (the funds and indicators headers, the 总分 row), titled by the sheet's printed page header { $title }
import-note-spaced-rows = each line is one row of the table, its cells separated by spaces (a web page's table copied as text): cells split by the header and the template, read because every points and score cell adds up to the 总分 row
import-note-spaced-funds = funds row { $label } holds only { $count ->
    [one] { $count } cell
   *[other] { $count } cells
}, the copy dropped the empty ones: read by the template with { $blank } blank; check it
import-note-spaced-level1 = the level-1 label's name was not copied (vertical text lost), only { $points } is left: read as { $level1 } from the level 2 { $level2 } under it
import-note-spaced-no-values = indicator { $level3 } holds only its points and score: target and actual read as blank
import-note-spaced-rows-cut = each line is one row of the table, its cells separated by spaces (a web page's table copied as text): cells split by the header and the template; the table ends before its 总分 row, so nothing could be added up to it: read because every row has its place in the template and no score is over its points; check it against the original
import-note-spaced-scores-below = this line holds only a points and a score figure: the row above's, broken onto a line of its own by the copy, read with that row
import-note-spaced-header-halves = cells of the indicators header are broken over two lines: their halves read together as { $columns }
import-note-spaced-joined = this line holds { $count } pieces of text before its points and score, more than the three columns level 3, target and actual (a space inside a cell): read by the one split the columns allow as level 3 { $level3 }, target { $target } and actual { $actual }; check it
import-note-spaced-unsplit = this line holds { $count } pieces of text before its points and score, more than the three columns level 3, target and actual (a space inside a cell), and where one cell ends cannot be told: the whole text { $text } read as the level 3, target and actual as blank, the line's score unverified; check it against the original
import-note-indicator-columns-two-rows = indicators header in two rows: the first row's 年度指标值 is made of the second row's { $below }; columns read: { $columns }

## Files in a folder that were not read: one line at the end of the run, and the list in the reports (tester s17s F6).
not-read-summary = { $count ->
    [one] one more file was
   *[other] { $count } more files were
} not read{ $partly ->
        [0] {""}
       *[other] {" "}or not scored in full
    } ({ $files }): { $partly ->
        [0] {""}
        [one] in one of them only the forms in hidden sheets were not scored, its other forms were;{" "}
       *[other] in { $partly } of them only the forms in hidden sheets were not scored, their other forms were;{" "}
    }see why for each above; the report lists them too
not-read-summary-more = { $count } more files were not read{ $partly ->
        [0] {""}
       *[other] {" "}or not scored in full
    } ({ $files } and more): { $partly ->
        [0] {""}
        [one] in one of them only the forms in hidden sheets were not scored, its other forms were;{" "}
       *[other] in { $partly } of them only the forms in hidden sheets were not scored, their other forms were;{" "}
    }see why for each above; the report lists them too
not-read-kind = in a folder only files of forms are read, and this is a .{ $extension } file whose content is not a workbook, document or page either
not-read-no-extension = the file has no extension, and its content is not a workbook, document or page either
not-read-no-forms = the file was read, but no form was found in it
not-read-hidden-sheet = { $count ->
    [one] a form
   *[other] { $count } forms
} ({ $projects }) in the hidden sheet { $sheet } not scored (unhide the sheet and score again; the file's other forms were scored)
not-read-title = Files not read
not-read-status = not read
not-read-intro = { $count ->
    [one] this file was
   *[other] these { $count } files were
} not scored: their departments' forms may be missing from this report; deal with each and score again
not-read-file = File
not-read-code = Code
not-read-reason = Why
import-note-initial-budget-a = the header { $header } marks the initial budget as the A of the execution rate (B/A) (the Beijing 2016 layout, which has no full-year budget column): read as the full-year budget (A), the rate's denominator
import-note-method-column = column { $column } ({ $header }) is the form's scoring-method column: its { $cells } cell(s) are kept here as written and take no part in the scores: { $texts }
import-note-glued-method = the { $count } text(s) of the glued rows' scoring-method column are kept here as written, cut out from between the figures, and take no part in the scores: { $texts }
import-note-traditional = this form is written in Traditional characters (a site's Simplified/Traditional switch): { $count } header and label cell(s) were recognised as their Simplified spelling; names, indicators, values and remarks are kept as written
import-note-pinyin = { $count } header and label cell(s) carried pinyin (ruby left in by the copy, e.g. { $text }): read with the pinyin dropped; names, indicators, values and remarks are kept as written
import-note-traditional-value = { $column } { $text } is a worded value in Traditional characters: read as { $read } against the rules' qualitative bands
import-column-adjusted = adjusted target (调整指标值)
import-column-coefficient = score coefficient (得分系数)
import-column-core = core indicator (是否核心指标)
import-column-remark = scoring note or remark (评分标准, 备注; not scored)
import-column-scoring = scoring rule (评分标准; not scored)
import-note-adjusted-column = column { $header } holds the targets as adjusted during the year: a line with one filled in is scored against it (said line by line), a line left blank or `无` against its initial target
import-note-coefficient-column = column { $header } holds the department's own score coefficient (指标得分 ÷ 指标权重): the case file has no place for it and does not keep it; the 指标得分 is scored as the department's self-score, and a line whose coefficient disagrees with it is said
import-note-core-column = column { $header } marks the core indicators: the case file has no place for it, it is not imported and takes no part in the scores; { $count } line(s) are marked core: { $names }
import-note-adjusted-target = the adjusted target { $adjusted } replaces the initial target { $initial }: scored against the adjusted one
import-note-coefficient-differs = the score coefficient { $coefficient } is not the score { $score } ÷ the points { $points }: the score is read as the department's self-score; check it against the original form
import-note-adjusted-goal = the adjusted goal is filled in: the expected goal is read as the adjusted { $adjusted }
import-note-funds-unnamed-total = this row under the funds header of a department's form has no name: it is the department's whole budget, read as the 年度资金总额 row
import-note-named-by-department = the department's form has no 部门名称 row: it is named by its header's 主管部门 { $department }
import-note-listed-complete = the form has no 总分 row: its header gives the 自评总分, and the execution's { $execution } points and the lines' { $lines } make 100: the form is whole

## The amounts' unit said twice (src/import/grid/yuan.rs, tester s23 A1; s24 the other way round).
import-note-unit-conflict = the remark { $remark } beside the title ({ $remark_at }) gives the amounts in { $remark_says ->
        [wan] 万元
       *[yuan] 元
    }, but the funds label { $label } ({ $label_at }) says { $remark_says ->
        [wan] 元
       *[yuan] 万元
    }: { $decision }; check against the original form
import-unit-conflict-yuan-by-figures = read as 元 and converted to 万元, because the amount { $amount } read as 万元 would be a hundred times or more the amount { $reference } the form's own indicator { $level3 } names
import-unit-conflict-wan-by-figures = read as 万元, as { $by ->
        [remark] the remark beside the title
       *[label] the funds label
    } says, because the amount { $amount } fits the amount { $reference } the form's own indicator { $level3 } names
import-unit-conflict-yuan-by-size = read as 元 and converted to 万元, because the amount { $amount } read as 万元 would be 1,000,000,000 元 or more, and no indicator of the form names an amount to compare with
import-unit-conflict-wan-by-size = read as 万元, as { $by ->
        [remark] the remark beside the title
       *[label] the funds label
    } says: the amount { $amount } is plausible in 万元, and no indicator of the form names an amount to compare with
import-note-second-project = the table holds another project, { $project } (a 项目名称 row), with its own 项目资金 header after it: two projects were filled into one table, so a second form is read from this row on (ask the department to fill in one table per project)
