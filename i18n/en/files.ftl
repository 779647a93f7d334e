# Reading and writing files, and what a command wrote or could not do: the messages of
# `LoadError` and of the commands' notes on stderr (#16).

## Reading and writing files (LoadError): the path, then why.
load-cannot-read = cannot read `{ $path }`: { $reason }
load-cannot-write = cannot write `{ $path }`: { $reason }
load-too-large = the file is { $size } MB, over the { $limit } MB limit for rule, case and script files (a form's case file is a few KB): split it into one case file per form
load-not-utf8 = { $gbk ->
        [yes] the file is GBK/GB18030 text (the encoding of Chinese Windows tools), not UTF-8
       *[no] the file is not UTF-8 text
    } (first other byte at line { $line }, column { $column }); rule and case files must be UTF-8: re-save it as UTF-8 (Notepad: 另存为 → 编码 UTF-8; WPS or VS Code: 以 UTF-8 编码保存)
load-writer-failed = the writing thread failed
io-not-found = No such file or directory (os error { $code })
io-permission-denied = Permission denied (os error { $code })
io-is-a-directory = Is a directory (os error { $code })
io-not-a-directory = Not a directory (os error { $code })
io-read-only = Read-only file system (os error { $code })
io-storage-full = No space left on device (os error { $code })
io-already-exists = File exists (os error { $code })
io-other = { $os }

## What the commands say on stderr.
output-failed = error: { $message }
output-no-thread = error: cannot start a thread: { $error }
accept-recovered = completed an interrupted accept: { $count } accepted { $count ->
        [one] file
       *[other] files
    } brought up to date
accept-leftover-removed = removed `{ $path }`, left by an interrupted accept
output-cannot-write = cannot write { $target }: { $reason }
# The thread writing the report stopped without an error of its own (a bug: please report it).
output-writer-failed = the part of jixiao that writes the report stopped unexpectedly; nothing was written (please report this, with the command)
output-the-output = the output
output-path = `{ $path }`
output-wrote = wrote `{ $path }`
output-needs-out = `--format { $format }` writes a file: pass `--out FILE`
output-expectation-not-met = expectation not met: { $problem }
export-not-a-case = `{ $path }` is not a case file: { $error }
export-cannot-build = cannot build the workbook: { $error }
export-done = exported { $forms ->
        [one] { $forms } form
       *[other] { $forms } forms
    } to `{ $path }`
generate-more-not-written = … and { $count } more files not written
generate-done = generated { $forms ->
        [one] { $forms } form
       *[other] { $forms } forms
    } (seed { $seed }) into `{ $path }`
watch-cannot-handle-ctrl-c = cannot handle Ctrl-C: { $error }
watch-once-forms = `{ $path }` holds { $count ->
        [one] 1 file of forms
       *[other] { $count } files of forms
    } but no case file (.toml): `watch` scores case files. To score the forms, run `jixiao score { $path }`; to watch them, write their case files with `jixiao import { $path } --out DIR` and watch that folder
watch-cannot-watch-files = cannot watch files: { $error }
watch-watching = watching; Ctrl-C to stop
watch-lost = { $place } cannot be read (deleted or moved?): still watching, and reading it again when it comes back
watch-lost-a-directory = a watched directory
watch-cannot-watch-dir = cannot watch `{ $path }`: { $error }
regress-corpus-empty = corpus `{ $corpus }` has no cases
regress-nothing-accepted-errors = nothing accepted: fix the errors above first
regress-nothing-accepted = nothing accepted
regress-accepted-wrote = accepted: wrote `{ $path }`
regress-kept-snapshot = kept the rule set as accepted: `{ $path }`
regress-accept-replaced = replaced the earlier acceptance of { $id } ({ $date } { $by }: total { $total }, note "{ $note }"): it is kept in the case's acceptance history, shown by `jixiao regress --history`
regress-accept-replaced-more = the earlier acceptances of { $count ->
        [one] { $count } more case
       *[other] { $count } more cases
    } went to their histories too
regress-accept-edited-rules = note: { $count ->
        [one] { $count } case was
       *[other] { $count } cases were
    } accepted under rule set { $rules } as edited since their last acceptance (hash { $old } → { $new }); the edited rules now stand for them: if the edit was a mistake, undo it and accept again
accepted-file-header =
    Accepted results of the cases in corpus `{ $corpus }`, one table per case ([cases."<case>"]).
    Written by `jixiao regress --accept`; do not edit by hand. `jixiao regress --history` lists earlier acceptances.
    Keys: project the project name; rules, rules_hash the rule set scored under and its hash; case_hash the case file's hash when accepted;
    total the computed total (n/a: the form has no points); reported_total the total written on the form; partial = true: the total is a partial sum (form cut short, a line that cannot be scored, or execution score unknown), no grade;
    grade the grade; execution the budget execution score (unknown: could not be worked out); accepted_by, accepted_on, note who accepted, the date (UTC), why;
    findings the findings ("code @ line of the form", its name after #); indicators each indicator's score (n/a: not applicable; unknown: could not be scored);
    history earlier acceptances, oldest first: who, date, note, rule set, hash, total, grade.
check-dry-run-first-cases = scripts are dry-run over the first { $first } of the { $cases ->
        [one] { $cases } case
       *[other] { $cases } cases
    } under `{ $path }`
score-no-cases = no case file (.toml) or form file found under `{ $path }`: nothing to score
score-by-needs-summary = `--by department` adds a summary table, and `--format { $format }` writes rows only: use `--format table`, `json`, `html` or `xlsx`
score-sheets-needs-xlsx = `--sheets` chooses the per-form sheets of the xlsx report: it does nothing with `--format { $format }`
score-sheets-left-out = { $forms ->
        [one] { $forms } form
       *[other] { $forms } forms
    }: more than { $limit }, so the workbook has only its summary sheets (汇总, 部门汇总, 发现明细); pass `--sheets all` for one sheet per form
