# Command line: --help texts, labels and notes the CLI prints.


## --help: one entry per command ("-about") and argument, keyed by the command path and the
## argument id. The English entries must equal the doc comments of src/cli (a test checks).

help-jixiao-about = Rule engine that scores Chinese government project performance self-evaluation forms (项目支出绩效自评表)
help-jixiao-error-format = How to print diagnostics about rule and case files
help-jixiao-lang = Language of messages and reports: zh (Chinese, the default) or en. Also set by the JIXIAO_LANG environment variable
help-score-about = Score case files (default: every case under `cases/`, each under its own rule set)
help-score-paths = Case files or directories of them (default: `cases`); or files of forms as `import` reads them (text, `.xlsx`, `.xls`, `.docx`, `.html`), or folders of such files, imported in memory and scored without writing case files (needs `--rules DIR`)
help-score-rules = Score every case under this rule set directory instead of the one each case names
help-score-rules-root = Where rule sets named by id are found
help-score-format = Output format
help-score-explain = Show each case's indicators and the trace of every number (table and JSON); `--trace` is the same
help-score-check-expect = Fail (exit 1) when a case's result differs from its `[expect]` table
help-score-out = Write the result to this file instead of stdout (required for `xlsx` and `html`)
help-score-points = Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a form), or `rules`, the rule set's level-1 weights and execution points, spread over each level's indicators in proportion to what the form declared (a what-if on weights)
help-score-force = Replace the `--out` file when it exists
help-import-about = Turn forms (workbooks `.xlsx`/`.xls`, Word `.docx`/`.doc`, web pages `.html`, and text: one cell per paragraph, a form on one line, glued text, tab-separated or the seed's `|` text) into case files
help-import-file = The file holding the forms: an `.xlsx` or `.xls` workbook, Excel's XML spreadsheet (`.xml`, 2003), a `.docx` or `.doc` (Word 97–2003) document, an `.html` page, a single-file web page Word or Excel saved (`.mht`), a saved e-mail (`.eml`: its attachment or body), a `.csv` file, or text — a table copied with tabs, a table written as `| a | b |` or `a | b` rows (Markdown, or a copied table whose tabs became `|`; the full-width `｜` too), the seed's format (every `|` closes a cell), a form flattened onto one line, a form glued together without separators, or one table cell per paragraph. Chosen by content, not by the file's name. A PDF is not read: convert it to .docx or .xlsx with WPS or Word first (text copied out of a PDF does not read right). Or a folder of such files: each is imported in turn
help-import-out = Directory to write one case file per form into
help-import-rules = Rule set written into each case file (`[form] rules`): its id under `--rules-root`, or its directory, whose name (the rule set's id) is written
help-import-rules-root = Where rule sets named by id are found: the rule set `--rules` names must be there, or be given as a directory
help-import-force = Overwrite case files that already exist
help-export-about = Write case files as form sheets of an xlsx workbook (the layout `import` reads)
help-export-paths = Case files or directories of them (default: `cases`)
help-export-out = The workbook to write
help-export-force = Replace the `--out` file when it exists
help-check-about = Validate rule sets and case files and report every problem
help-check-paths = Rule set directories, rule files, case files or directories of case files (default: every rule set under `rules/` and every case under `cases/`)
help-check-rules-root = Where the rule sets that cases name by id are found (each case is cross-checked against its rule set)
help-check-cases = The cases a rule set's scripts are dry-run over (default: `cases`, when it exists)
help-check-against = Also score those cases under this rule set (an id under `--rules-root` or a directory) and under each rule set checked, and say how many would move
help-gen-about = Generate a deterministic corpus of realistic case files (for benchmarks and tests)
help-gen-count = How many forms
help-gen-seed = Seed: the same seed gives the same files
help-gen-rules = Rule set id written into each case
help-gen-out = Directory to write into (created if missing). A file that exists with other content is left alone and reported unless `--force` is given
help-gen-force = Replace files that exist with other content
help-regress-about = Re-score every corpus of past years and compare with its accepted results; accept new ones after review (`--accept --note`); report rule coverage (`--coverage`)
help-regress-corpora = Corpora: names of sub-directories of `--cases`, or directories (default: all of them)
help-regress-cases = Where the corpora are
help-regress-rules = Score every case under this rule set directory instead of the one it was accepted with (to try new rules on old years)
help-regress-rules-root = Where rule sets named by id are found; accepted results are in `<id>/accepted/`
help-regress-format = Output format
help-regress-accept = Accept the new results of the named cases (id, file stem or `corpus/id`; default: every changed case) after showing their diffs. Needs `--note`
help-regress-note = Why the new results are right (recorded with them)
help-regress-by = Who accepts (default: `$USER`, else `unknown`)
help-regress-coverage = Report which rules (weights, bands, formulas, execution, rounding, grades) the corpora exercised and which they never did
help-regress-min-coverage = Fail (exit 1) when a rule set's coverage is below this percentage (implies `--coverage`)
help-regress-history = Also list, per corpus, the cases accepted more than once: each earlier acceptance (date, who, why, total, grade, rule set and hash) and the last
help-regress-points = Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a form), or `rules`, the rule set's level-1 weights and execution points, spread over each level's indicators in proportion to what the form declared (a what-if on weights)
help-diff-about = Score the same cases under two rule sets: what moved, and which rule change moved it
help-diff-from = Rule set A (before): an id under the rules root or a directory
help-diff-to = Rule set B (after): an id under the rules root or a directory
help-diff-paths = Case files or directories of them (default: `cases`)
help-diff-rules-root = Where rule sets named by id are found
help-diff-format = Output format
help-diff-out = Write the report to this file instead of stdout (required for `html`)
help-diff-points = Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a form), or `rules`, the rule set's level-1 weights and execution points, spread over each level's indicators in proportion to what the form declared (a what-if on weights)
help-diff-force = Replace the `--out` file when it exists
help-rules-about = Show a resolved rule set, or the changes between two
help-rules-rules-root = Where rule sets named by id are found
help-rules-list-about = List the rule sets under the rules root: id, year, jurisdiction and title
help-rules-show-about = Print a rule set with its parents merged, each line marked with the file:line it came from
help-rules-show-id = Rule set id (under the rules root) or directory
help-rules-changelog-about = List the semantic changes from rule set A to rule set B, then a text diff of the resolved files
help-rules-changelog-from = Rule set A: id or directory
help-rules-changelog-to = Rule set B: id or directory
help-watch-about = Re-validate and re-score on every save of a rule set, script or case file, and show what moved since the previous good evaluation (and against `--baseline`)
help-watch-paths = Case files or directories of them (default: `cases`)
help-watch-rules = Score every case under this rule set directory instead of the one each case names
help-watch-baseline = Also compare every evaluation with this rule set (an id under the rules root or a directory), e.g. last year's
help-watch-rules-root = Where rule sets named by id are found
help-watch-once = Evaluate once and exit (for scripts and tests)
help-watch-poll = Poll the files instead of using the operating system's notifications (network drives, containers)
help-watch-debounce = Milliseconds of quiet after the last event before evaluating

## Headings and clap's own flags, in the words clap uses

cli-heading-usage = Usage
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-help-flag = Print help (see a summary with '-h')
cli-version-flag = Print version

## Options added with the department summary (#16 item 4)

help-score-by = Add a summary grouped by 主管部门 (table, md, json, html; the xlsx report always has one): forms, Σ budget A and spent B, execution rate, budget-weighted average, grades
help-score-sheets = The xlsx report's per-form sheets: `auto` (one per form up to 300 forms, none above), `all` or `none`
help-score-notes = The import notes of a file of forms printed: `summary` (every note of a file with at most 50; of a larger one, the first 3 of each kind and how many more) or `all` (the reports list every note either way)

## The table's last line

table-summary = { $scored ->
        [one] { $scored } case
       *[other] { $scored } cases
    } scored, { $errors } with error findings

## Marks in the results (F6)

total-partial = { $total } (partial)
total-partial-why = { $total } (partial: { $why })
partial-cut-short = cut short
partial-no-actuals = no actuals filled
partial-execution-unknown = execution score unknown
partial-unscored = lines not scored
partial-unknown = reason not recorded
departments-partial-left-out = the averages leave out { $count ->
    [one] 1 form
   *[other] { $count } forms
} whose total is only a partial sum (cut short, actuals never filled, a line that cannot be scored, or execution figures unknown); { $count ->
    [one] it is
   *[other] they are
} counted under no grade
departments-name-with-codes = { $name } (code { $codes })
departments-quoted = `{ $text }`
departments-spellings-merged = department `{ $name }`: { $count ->
        [one] { $count } spelling
       *[other] { $count } spellings
    } that differ only by a leading budget code are counted as one department: { $spellings }
departments-spellings-merged-script = department `{ $name }`: { $count ->
        [one] { $count } spelling
       *[other] { $count } spellings
    } that differ only in Traditional and Simplified characters (or a leading budget code, or spaces) are counted as one department, shown as first written: { $spellings }
departments-copies-counted-once = department `{ $name }`: { $counted } and { $left_out } are one form (the same project name, unit, year, budget and spending), counted once: the more complete { $counted } is counted, { $left_out } { $count ->
        [one] is
       *[other] are
    } not
departments-versions-counted-once = department `{ $name }`: { $counted } and { $left_out } are { $count } versions of one form (the same project name, unit and year, other figures: most likely one was corrected and sent again), counted once: { $counted } is counted (the more complete; of versions alike in completeness, the last read), { $left_out } { $count ->
        [2] is
       *[other] are
    } not; check with the department which one is final
departments-codes-differ = department `{ $name }` is written with different budget codes ({ $codes }) and counted as one department; if they are different units of the same name, or a code is wrong, check the forms
departments-look-alike = departments `{ $unit }` and `{ $parent }` look alike and are counted as two (本级 is the department's own budget unit, not the whole department); write them the same on the forms if they are one
chart-ungraded = not graded
chart-partial = partial sum

## The possible values of options, as `--help` lists them: `help-value-<argument>-<value>`,
## or `help-<command>-<argument>-<value>` where a command words a value its own way

help-value-error-format-human = The source line with the problem underlined, and help
help-value-error-format-plain = One line each: `file:line:col: severity[code]: message (help: …)`
help-value-error-format-json = One JSON object per line
help-value-lang-zh = 简体中文 (the default of the command line)
help-value-lang-en = English
help-value-format-table = Aligned table for a terminal
help-value-format-json = One JSON document with a `cases` array
help-value-format-jsonl = JSON Lines: one compact JSON object per case and line, no summary (for bulk runs and line-oriented tools)
help-value-format-csv = One row per case
help-value-format-csv-findings = CSV with one row per finding, for filtering in Excel: the form's file, project, department and unit, then the finding's severity, name and code, its indicator (level 1 / 2 / 3), the form's field, the cell, the message and the case-file place; a form with no findings has one row with these empty
help-value-format-md = Markdown tables
help-value-format-xlsx = An xlsx workbook (needs `--out FILE`): a filterable summary sheet, then one sheet per form with the trace of every number and its findings
help-value-format-html = One self-contained HTML page (needs `--out FILE`) with every form's score sheet, each number linked to its trace, and a grade distribution chart
help-value-points-form = The form's own 分值 cells
help-value-points-rules = The rule set's weights, scaled over the form's indicators
help-value-by-department = One row per 主管部门 (supervising department)
help-value-sheets-auto = One sheet per form up to 300 forms, none above (a workbook of thousands of sheets is slow to open and to page through)
help-value-sheets-all = One sheet per form, however many
help-value-sheets-none = Only the summary sheets
help-value-notes-summary = Every note of a file with at most 50; of a larger one, the first 3 of each kind, then how many more and on which forms
help-value-notes-all = Every note, however many
help-regress-format-table = Diffs and summary lines for a terminal
help-regress-format-json = One JSON document
help-regress-format-junit = JUnit XML for CI
help-diff-format-table = Aligned tables for a terminal
help-diff-format-json = One JSON document (the compare report)
help-diff-format-md = Markdown
help-diff-format-html = A self-contained before/after HTML page (needs `--out FILE`)
progress-reading = reading { $files } file(s) of forms ({ $size } MB), elapsed
