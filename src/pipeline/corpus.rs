//! A corpus of case files read, paired with their rule sets and scored a chunk at a time, so
//! memory stays flat however many forms there are. `score`, `diff` and `regress` all read
//! their cases through here.

use crate::diagnostic::codes::{CaseCode, RulesCode};
use crate::diagnostic::{Collected, Diagnostic, Reported, Reporter};
use crate::evaluate::{self, Options, points::PointsFrom};
use crate::i18n::msg;
use crate::load;
use crate::model::{Case, Rules};
use crate::outcome::Outcome;
use crate::pipeline::Catalog;
use crate::render::{self, Format};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Cases are loaded, scored and written this many at a time, so memory stays flat however
/// large the corpus (about 75 MB peak for 100,000 files; 4,096 at a time took twice that
/// for no gain in speed). `diff` and `regress` read their cases in chunks of the same size.
pub const CHUNK: usize = 1024;

/// The forms of a file of forms are validated, scored and written this many at a time
/// (#15): a few hundred keep both cores busy and the writer fed, while a file of 10,000 forms
/// never holds all their cases and outcomes at once.
pub const FORMS_CHUNK: usize = 256;

/// Files of forms are read beside the files around them while their sizes add up to at most
/// this: a folder of departments' workbooks, documents and pages is read on every core, a
/// few dozen files at a time, instead of one file after another. The forms of every file of
/// a chunk but its last are held, validated, until the chunk is scored, so the budget bounds
/// them (a few hundred forms: a template's workbook is a few KB to a few hundred KB, a
/// seed-layout text about 3.6 KB a form, the 1,000-form workbook of the benchmarks 1.2 MB).
const FORMS_BYTES: u64 = 512 * 1024;

/// At most this many files of forms are read in one chunk.
const FORMS_FILES: usize = 64;

/// Where a chunk of files ends: at the file of forms that brings their sizes over
/// [`FORMS_BYTES`], or at the [`FORMS_FILES`]th. That file's forms are handed on a chunk of
/// forms at a time, and the files after it wait for them: a text of 10,000 forms is read and
/// scored [`FORMS_CHUNK`] forms at a time, never held whole. A file whose size cannot be read
/// counts as large.
fn forms_chunk_end(files: &[PathBuf]) -> usize {
    let (mut count, mut bytes) = (0, 0u64);
    for (i, f) in files.iter().enumerate() {
        if !super::forms::holds_forms(f) {
            continue;
        }
        count += 1;
        bytes = bytes.saturating_add(std::fs::metadata(f).map_or(u64::MAX, |m| m.len()));
        if bytes > FORMS_BYTES || count == FORMS_FILES {
            return i + 1;
        }
    }
    files.len()
}

/// Where the rule set of each case comes from: one fixed rule set (`--rules DIR`), or the one
/// each case names, found by id in a [`Catalog`].
struct RuleSource {
    fixed: Option<Rules>,
    catalog: Catalog,
    root: PathBuf,
    /// Cases naming a rule set that does not exist, by id: the first is reported in full, the
    /// rest counted (a corpus of 100,000 forms would otherwise print 100,000 copies).
    unknown: BTreeMap<String, usize>,
    /// The case files that name no rule set (with no `--rules`): each reported, and kept for
    /// `regress` to say which of a corpus's cases it could not score.
    unnamed: Vec<PathBuf>,
}

impl RuleSource {
    /// The rule set for a case, reporting why there is none.
    fn resolve(&mut self, case: &Case, report: &mut dyn Reporter) -> Option<Rules> {
        if let Some(r) = &self.fixed {
            return Some(r.clone());
        }
        let Some((id, span)) = &case.rules else {
            // The first in full, the rest counted by `finish`: a folder of 200 cases imported
            // without `--rules` would otherwise print 200 copies of the same advice.
            if self.unnamed.is_empty() {
                let sets = self.catalog.every();
                report.diagnostic(&super::rule_sets::no_rules(case, &sets));
            }
            self.unnamed.push(PathBuf::from(case.file()));
            return None;
        };
        let lookup = self.catalog.get(id);
        report.diagnostics(&lookup.diagnostics);
        if lookup.rules.is_none() && !lookup.found {
            let seen = self.unknown.entry(id.clone()).or_default();
            *seen += 1;
            if *seen == 1 {
                let d = unknown_rules(id, &self.catalog.ids(), &self.root);
                report.diagnostic(&d.at(&case.source, span.clone()));
            }
        }
        lookup.rules
    }
}

/// A case that names a rule set `id` that is not under `root` (which holds `ids`).
pub(crate) fn unknown_rules(id: &str, ids: &[String], root: &Path) -> Diagnostic {
    let help = match crate::diagnostic::did_you_mean(id, ids.iter().map(String::as_str)) {
        Some(m) => msg!("did-you-mean", name = m),
        None if ids.is_empty() => {
            msg!("case-no-rule-sets-under", root = root.display().to_string())
        }
        None => msg!(
            "case-rule-sets-under",
            root = root.display().to_string(),
            ids = ids.join(", ")
        ),
    };
    Diagnostic::error(
        CaseCode::UnknownRules,
        msg!(
            "case-unknown-rules",
            id = id,
            root = root.display().to_string()
        ),
    )
    .help(help)
}

/// The case files of a run, read a chunk at a time, each case paired with its rule set.
pub struct Corpus {
    files: Vec<PathBuf>,
    next: usize,
    rules: RuleSource,
    /// The file of forms being scored, [`FORMS_CHUNK`] forms at a time, before the files after
    /// it.
    forms: Option<super::forms::Forms>,
    /// The diagnostics of forms scored while their file is still read, held until its notes
    /// are reported ([`Corpus::next_scored`]).
    held: Vec<Diagnostic>,
    /// Which import notes of a file of forms are printed.
    notes: super::forms::NotesShown,
    /// The forms scored so far, to tell one read twice (`duplicate-form`).
    seen: super::duplicates::Seen,
}

impl Corpus {
    /// The cases in `files`, each under `rules` when given, else under the rule set it names
    /// in `rules_root`. `rules` is a rule-set folder or, as `import --rules` takes, an id under
    /// `rules_root` (`--rules central-2020`, tester s15f F-L1). `None` when the fixed rule set
    /// cannot be used (its diagnostics are reported).
    pub fn open(
        files: Vec<PathBuf>,
        rules: Option<&Path>,
        rules_root: &Path,
        report: &mut dyn Reporter,
    ) -> Option<Corpus> {
        let fixed = match rules {
            Some(dir) => {
                let dir = match dir.to_str() {
                    Some(arg) => super::rule_sets::rule_dir(arg, rules_root, report)?,
                    None => dir.to_owned(),
                };
                Some(load_rules(&dir, report)?)
            }
            None => None,
        };
        Some(Corpus {
            files,
            next: 0,
            rules: RuleSource {
                fixed,
                catalog: Catalog::new(rules_root),
                root: rules_root.to_owned(),
                unknown: BTreeMap::new(),
                unnamed: Vec::new(),
            },
            forms: None,
            held: Vec::new(),
            notes: super::forms::NotesShown::default(),
            seen: super::duplicates::Seen::default(),
        })
    }

    /// The case files read so far that name no rule set and were not scored (none with a
    /// fixed rule set).
    pub fn without_rules(&self) -> &[PathBuf] {
        &self.rules.unnamed
    }

    /// Prints every import note of a file of forms, or the first few of each kind
    /// (`score --notes`, #15; the default: [`super::forms::NotesShown::Summary`]).
    pub fn show_notes(&mut self, notes: super::forms::NotesShown) {
        self.notes = notes;
    }

    /// The next [`CHUNK`] of files loaded, in file order, each case that validated paired with
    /// its rule set; diagnostics reported in file order. The file of forms that fills a chunk ends it,
    /// and its forms come [`FORMS_CHUNK`] at a time in the chunks after it ([`forms_chunk_end`]). `None` when every file was
    /// read.
    pub fn next_chunk(&mut self, report: &mut dyn Reporter) -> Option<Vec<(Rules, Case)>> {
        let rules = &mut self.rules;
        let mut pairs = Vec::new();
        let mut pair = |case: Case, report: &mut dyn Reporter| {
            if let Some(r) = rules.resolve(&case, report) {
                pairs.push((r, case));
            }
        };
        if let Some(forms) = &mut self.forms {
            let validated = forms.next_chunk(FORMS_CHUNK, report);
            if !validated.is_empty() {
                each_valid(validated, report, &mut pair);
                return Some(pairs);
            }
            self.forms = None;
        }
        let chunk = self.files.get(self.next..)?;
        if chunk.is_empty() {
            return None;
        }
        let chunk = chunk.get(..CHUNK.min(chunk.len())).unwrap_or(chunk);
        let chunk = chunk.get(..forms_chunk_end(chunk)).unwrap_or(chunk);
        self.next += chunk.len();
        self.forms = load_each(chunk, self.notes, report, &mut pair);
        Some(pairs)
    }

    /// The next chunk scored as `how` says, in parallel, in file order.
    pub fn next_scored(
        &mut self,
        how: &Scoring,
        report: &mut dyn Reporter,
    ) -> Option<Vec<ScoredCase>> {
        if let Some(scored) = self.next_forms_scored(how, report) {
            return Some(scored);
        }
        // What the chunk's files report waits for their cases to be scored: one message per
        // cell, as for a form scored straight from its input (session 16's cells leftover).
        let mut held = Held {
            inner: report,
            kept: Collected::default(),
        };
        let pairs = self.next_chunk(&mut held);
        let kept = held.kept.0;
        let Some(pairs) = pairs else {
            replay(&kept, &[], report);
            return None;
        };
        let candidates: Vec<(usize, &Diagnostic)> = (kept.iter().enumerate())
            .filter_map(|(i, r)| match r {
                Reported::Diagnostic(d) if foldable(d) => Some((i, d)),
                _ => None,
            })
            .collect();
        let scored: Vec<(Done, Vec<usize>)> = pairs
            .into_par_iter()
            .map(|(r, c)| how.score_file(&r, &c, &candidates))
            .collect();
        let said: Vec<usize> = scored.iter().flat_map(|(_, s)| s.iter().copied()).collect();
        replay(&kept, &said, report);
        Some(self.keep(how, scored.into_iter().map(|(s, _)| s).collect()))
    }

    /// The chunk's cases as the output keeps them, in order: each form read before in the
    /// run said on the one that repeats it (`duplicate-form`), then each kept (rendered, for
    /// a streamed format) on every core.
    fn keep(&mut self, how: &Scoring, done: Vec<Done>) -> Vec<ScoredCase> {
        let mut done = done;
        for d in &mut done {
            let key = d.key.take();
            self.seen.check(key, &mut d.outcome, d.project.clone());
        }
        done.into_par_iter().map(|d| how.keep(d)).collect()
    }

    /// The next [`FORMS_CHUNK`] forms of the file of forms being read, under the fixed rule
    /// set, each written, validated and scored in one pass on every core
    /// ([`super::forms::Forms::next_done`]); diagnostics reported in form order, as
    /// [`Corpus::next_chunk`] reports them. None when no file of forms is being read (or none
    /// of its forms is left), or when each case names its rule set.
    fn next_forms_scored(
        &mut self,
        how: &Scoring,
        report: &mut dyn Reporter,
    ) -> Option<Vec<ScoredCase>> {
        let (Some(forms), Some(rules)) = (&mut self.forms, &self.rules.fixed) else {
            return None;
        };
        forms.notes_listed(lists_import_notes(how.format));
        let done = forms.next_done(FORMS_CHUNK, |v| {
            let mut diagnostics = v.diagnostics;
            let scored =
                (v.value.as_ref()).map(|case| how.score_form(rules, case, &mut diagnostics));
            (diagnostics, scored)
        });
        // While the input is still read, its notes are not out: the forms' diagnostics wait
        // for them (#15: the notes come first, as when the input was read at once).
        let reading = forms.still_reading();
        if !reading {
            forms.report_read(report);
            report.diagnostics(&std::mem::take(&mut self.held));
        }
        if done.is_empty() {
            self.forms = None;
            return None;
        }
        let mut scored = Vec::with_capacity(done.len());
        for (diagnostics, s) in done {
            match reading {
                true => self.held.extend(diagnostics),
                false => report.diagnostics(&diagnostics),
            }
            scored.extend(s);
        }
        Some(self.keep(how, scored))
    }

    /// Reports what is known once every chunk was read: scripts disabled for running out of
    /// time, and how many more cases named each missing rule set (after the first, reported
    /// in full).
    pub fn finish(&self, report: &mut dyn Reporter) {
        let rules = &self.rules;
        for set in rules.fixed.iter().chain(rules.catalog.loaded()) {
            for name in set.scripts.iter().flat_map(|s| s.disabled()) {
                report.diagnostic(&script_disabled(&set.id, name));
            }
        }
        if let [_, more @ ..] = rules.unnamed.as_slice()
            && !more.is_empty()
        {
            let shown: Vec<crate::i18n::Message> = more
                .iter()
                .take(3)
                .map(|p| crate::i18n::Message::verbatim(p.display().to_string()))
                .collect();
            report.diagnostic(&Diagnostic::error(
                CaseCode::NoRules,
                msg!(
                    "case-more-no-rules",
                    count = more.len(),
                    more = more.len().saturating_sub(shown.len()),
                    files = crate::i18n::list(shown)
                ),
            ));
        }
        for (id, n) in &rules.unknown {
            if *n > 1 {
                report.diagnostic(&Diagnostic::error(
                    CaseCode::UnknownRules,
                    msg!(
                        "case-more-missing-rules",
                        count = (n - 1).to_string(),
                        id = id
                    ),
                ));
            }
        }
    }
}

/// How [`Corpus::next_scored`] scores each case.
#[derive(Debug, Clone, Copy)]
pub struct Scoring {
    /// Evaluation options.
    pub options: Options,
    /// Whose points (`--points`).
    pub points: PointsFrom,
    /// Check each case's `[expect]` table.
    pub check_expect: bool,
    /// The output format: a streamed one (JSON, CSV) is rendered on the worker that scored
    /// the case and the outcome dropped; for the others the outcome is kept.
    pub format: Format,
    /// `--by`: a streamed case also carries what it adds to the grouped summary.
    pub by: Option<render::By>,
}

impl Scoring {
    /// A case scored alone (the tests' two-pass reference for [`Corpus::next_scored`]), to
    /// be kept by [`Corpus::keep`].
    #[cfg(test)]
    fn score(&self, rules: &Rules, case: &Case) -> Done {
        let o = evaluate::points::evaluate_points(rules, case, self.options, self.points);
        self.done(case, o)
    }

    /// [`Scoring::score`] for a case file, with the diagnostics its chunk holds back that
    /// could be folded (`candidates`, by their place in the chunk's reports): returns those of
    /// this case that a finding of its outcome says, as [`Scoring::score_form`] drops them.
    fn score_file(
        &self,
        rules: &Rules,
        case: &Case,
        candidates: &[(usize, &Diagnostic)],
    ) -> (Done, Vec<usize>) {
        let o = evaluate::points::evaluate_points(rules, case, self.options, self.points);
        let of_case =
            |d: &Diagnostic| (d.source.as_ref()).is_some_and(|(s, _)| s.name == case.source.name);
        let said = (candidates.iter())
            .filter(|(_, d)| of_case(d) && said_by(&o, d))
            .map(|(i, _)| *i)
            .collect();
        (self.done(case, o), said)
    }

    /// [`Scoring::score`] for a form scored straight from its input, with its validation's
    /// `diagnostics`: one message per cell (tester s14b N3) — a cell the validator found no
    /// number in (`case::not-a-number`) and a finding of the outcome names (`no-grade`,
    /// `unreadable-value`, with the form's place and what to do) is said by that finding
    /// only, which every output keeps (JSON, the reports' 发现明细).
    fn score_form(&self, rules: &Rules, case: &Case, diagnostics: &mut Vec<Diagnostic>) -> Done {
        let o = evaluate::points::evaluate_points(rules, case, self.options, self.points);
        diagnostics.retain(|d| !(foldable(d) && said_by(&o, d)));
        self.done(case, o)
    }

    /// The scored case with what the run asks of its case once it is dropped: its unmet
    /// expectations, and what tells it from the run's other forms.
    fn done(&self, case: &Case, outcome: Outcome) -> Done {
        let unmet = match self.check_expect {
            true => evaluate::expect::check(case, &outcome),
            false => Vec::new(),
        };
        Done {
            key: super::duplicates::form_key(case, outcome.total),
            project: case.locate_on_form(&case.project),
            outcome,
            unmet,
        }
    }

    /// The scored case as the output keeps it.
    fn keep(&self, done: Done) -> ScoredCase {
        let Done {
            outcome: o, unmet, ..
        } = done;
        let kept = match self.format.streams() {
            true => Kept::Part(render::part(self.format, &o, self.by)),
            false => {
                // Kept until the end: let go of the case file's text.
                let mut o = o;
                o.settle();
                Kept::Outcome(Box::new(o))
            }
        };
        ScoredCase { kept, unmet }
    }
}

/// A validator's warning that a finding may say instead (one message per cell): only "not a
/// number" (or Excel's error) on a named cell — a unit in a score cell hints at a shifted
/// column, which no finding says.
fn foldable(d: &Diagnostic) -> bool {
    d.code == CaseCode::NotANumber
        && d.field.is_some()
        && (d.help.as_ref()).and_then(|h| h.id()).is_some_and(|id| {
            id == "case-cell-not-a-number-help" || id == "case-cell-excel-error-help"
        })
}

/// Whether a finding of `o` names the cell `d` is about.
fn said_by(o: &Outcome, d: &Diagnostic) -> bool {
    (d.field.as_ref()).is_some_and(|field| o.findings.iter().any(|f| f.location.field() == **field))
}

/// A reporter that keeps what a chunk of files reports until its cases are scored
/// ([`Corpus::next_scored`]); the progress of a file of forms being read goes on at once.
struct Held<'a> {
    inner: &'a mut dyn Reporter,
    kept: Collected,
}

impl Reporter for Held<'_> {
    fn diagnostic(&mut self, d: &Diagnostic) {
        self.kept.diagnostic(d);
    }
    fn fail(&mut self, e: &dyn std::fmt::Display) {
        self.kept.fail(e);
    }
    fn note(&mut self, text: &str) {
        self.kept.note(text);
    }
    fn reading(&mut self, files: usize, bytes: u64) {
        self.inner.reading(files, bytes);
    }
    fn not_read(&mut self, file: crate::diagnostic::NotRead) {
        self.inner.not_read(file);
    }
}

/// Reports what [`Held`] kept, in order, but for the entries at `said` (ascending or not).
fn replay(kept: &[Reported], said: &[usize], report: &mut dyn Reporter) {
    for (i, r) in kept.iter().enumerate() {
        if said.contains(&i) {
            continue;
        }
        match r {
            Reported::Diagnostic(d) => report.diagnostic(d),
            Reported::Fail(e) => report.fail(e),
            Reported::Note(text) => report.note(text),
        }
    }
}

/// True for an output that lists each form's import notes (JSON, the reports,
/// `csv-findings`); the per-form CSV, the table and Markdown do not, so a file of forms
/// scored into them has its notes' words spared (#15).
fn lists_import_notes(format: Format) -> bool {
    !matches!(format, Format::Csv | Format::Table | Format::Md)
}

/// One case scored by [`Corpus::next_scored`].
pub struct ScoredCase {
    /// Its rendering or its outcome.
    pub kept: Kept,
    /// With [`Scoring::check_expect`]: each way its result differs from its `[expect]`.
    pub unmet: Vec<String>,
}

/// A case scored, before the output keeps it ([`Scoring::keep`]).
struct Done {
    outcome: Outcome,
    unmet: Vec<String>,
    /// [`super::duplicates::form_key`].
    key: Option<super::duplicates::FormKey>,
    /// Where its 项目名称 stands: a `duplicate-form` finding's place.
    project: crate::source::Place,
}

/// What is kept of a scored case: rendered (streamed formats) or its outcome.
pub enum Kept {
    /// Rendered in a streamed format.
    Part(render::Part),
    /// The outcome, for a format written at the end.
    Outcome(Box<Outcome>),
}

/// The case files under `paths` (default `cases`), reporting links not followed.
pub fn case_files(paths: &[PathBuf], report: &mut dyn Reporter) -> Vec<PathBuf> {
    walk(paths, load::Take::CaseFiles, report)
}

/// Case files and files of forms under the given paths (`score DIR`, `import DIR`: a folder
/// of forms as received, #16 s9 F21), in the order [`case_files`] gives; each file in a
/// folder that is neither is named with why it was passed over.
pub fn input_files(paths: &[PathBuf], report: &mut dyn Reporter) -> Vec<PathBuf> {
    walk(paths, load::Take::Inputs, report)
}

fn walk(paths: &[PathBuf], what: load::Take, report: &mut dyn Reporter) -> Vec<PathBuf> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        paths.to_vec()
    };
    match load::walk_paths(&paths, what) {
        Ok(walked) => {
            for link in &walked.skipped_links {
                report.diagnostic(&skipped_link(link));
            }
            // Many files of one other kind (a folder of scripts beside the forms) are said in
            // one line, naming the first few.
            let mut kinds: Vec<(&str, Vec<&Path>)> = Vec::new();
            for (file, why) in &walked.skipped {
                if let load::Skipped::OtherKind(ext) = why
                    && !ext.is_empty()
                {
                    match kinds.iter_mut().find(|(e, _)| e == ext) {
                        Some((_, files)) => files.push(file),
                        None => kinds.push((ext, vec![file])),
                    }
                }
            }
            for (file, why) in &walked.skipped {
                if let Some(reason) = not_read_reason(why) {
                    report.not_read(crate::diagnostic::NotRead {
                        file: file.display().to_string(),
                        code: "import::skipped",
                        reason,
                    });
                }
                match why {
                    load::Skipped::OtherKind(ext) => match kinds.iter().find(|(e, _)| e == ext) {
                        Some((_, files)) if files.len() >= SKIPPED_GROUPED => {
                            if files[0] == file.as_path() {
                                report.diagnostic(&skipped_kind(ext, files));
                            }
                        }
                        _ => report.diagnostic(&skipped_file(file, why)),
                    },
                    _ => report.diagnostic(&skipped_file(file, why)),
                }
            }
            walked.files
        }
        Err(e) => {
            report.fail(&e);
            Vec::new()
        }
    }
}

/// A script disabled for the rest of the run after running out of time again and again
/// (issue #18 item 11).
fn script_disabled(rules: &str, script: &str) -> Diagnostic {
    Diagnostic::warning(
        RulesCode::ScriptDisabled,
        msg!(
            "script-disabled",
            script = script,
            rules = rules,
            times = crate::script::MAX_TIMEOUTS
        ),
    )
    .help(msg!("script-disabled-help"))
}

/// From this many files of one other kind on, a walk says them in one line ([`skipped_kind`]).
const SKIPPED_GROUPED: usize = 4;

/// Files of one other kind passed over in a folder walk (`gen1.py` … `mk.py`): one line with
/// how many and the first three.
fn skipped_kind(ext: &str, files: &[&Path]) -> Diagnostic {
    let names: Vec<String> = files
        .iter()
        .take(3)
        .map(|f| f.display().to_string())
        .collect();
    Diagnostic {
        severity: crate::diagnostic::Severity::Info,
        ..Diagnostic::warning(
            crate::diagnostic::codes::ImportCode::Skipped,
            msg!(
                "import-skipped-kinds",
                count = files.len(),
                extension = ext,
                files = crate::i18n::list(names.into_iter().map(crate::i18n::Message::verbatim))
            ),
        )
    }
    .help(msg!("import-skipped-kind-help"))
}

/// Why a skipped file was not read, for the list of files not read at the end of the run;
/// none for what is not a form (a lock file, jixiao's own report, a rule set).
fn not_read_reason(why: &load::Skipped) -> Option<crate::i18n::Message> {
    match why {
        load::Skipped::OtherKind(ext) if ext.is_empty() => Some(msg!("not-read-no-extension")),
        load::Skipped::OtherKind(ext) => Some(msg!("not-read-kind", extension = ext.as_str())),
        // The parts of a saved web page whose sheets are read are no forms left out.
        load::Skipped::OfficeLock
        | load::Skipped::OwnReport
        | load::Skipped::RuleSet
        | load::Skipped::PagePart(_)
        | load::Skipped::Frameset(_) => None,
    }
}

/// A file in a folder that is neither a case file nor a file of forms (#16 s9 F21).
fn skipped_file(file: &Path, why: &load::Skipped) -> Diagnostic {
    let file = file.display().to_string();
    let (message, help) = match why {
        load::Skipped::OfficeLock => (
            msg!("import-skipped-office-lock", file = file),
            msg!("import-skipped-office-lock-help"),
        ),
        load::Skipped::OtherKind(ext) if ext.is_empty() => (
            msg!("import-skipped-no-extension", file = file),
            msg!("import-skipped-kind-help"),
        ),
        load::Skipped::OwnReport => (
            msg!("import-skipped-own-report", file = file),
            msg!("import-skipped-own-report-help"),
        ),
        load::Skipped::RuleSet => (
            msg!("import-skipped-rule-set", file = file),
            msg!("import-skipped-rule-set-help"),
        ),
        load::Skipped::OtherKind(ext) => (
            msg!("import-skipped-kind", file = file, extension = ext.as_str()),
            msg!("import-skipped-kind-help"),
        ),
        load::Skipped::PagePart(page) => (
            msg!(
                "import-skipped-page-part",
                file = file,
                page = page.as_str()
            ),
            msg!("import-skipped-page-part-help"),
        ),
        load::Skipped::Frameset(frames) => (
            msg!(
                "import-skipped-frameset",
                file = file,
                frames = frames.join("、")
            ),
            msg!("import-skipped-frameset-help"),
        ),
    };
    Diagnostic {
        severity: crate::diagnostic::Severity::Info,
        ..Diagnostic::warning(crate::diagnostic::codes::ImportCode::Skipped, message)
    }
    .help(help)
}

/// A link to a directory that was not followed (issue #18 item 3).
fn skipped_link(link: &Path) -> Diagnostic {
    Diagnostic::warning(
        CaseCode::LinkSkipped,
        msg!("case-link-skipped", link = link.display().to_string()),
    )
    .help(msg!("case-link-skipped-help"))
}

/// Loads case files in parallel (reading and parsing dominate), then, in file order, reports
/// each file's diagnostics and hands its case, if it validated, to `each`. A file given by
/// name that is not a `.toml` case file holds forms ([`super::forms`]): it is imported in
/// memory with the notes `import` gives, and its forms validated and handed on in form order,
/// a chunk at a time — except for the last file's, which are returned for the caller to take
/// at its pace.
fn load_each(
    files: &[PathBuf],
    notes: super::forms::NotesShown,
    report: &mut dyn Reporter,
    mut each: impl FnMut(Case, &mut dyn Reporter),
) -> Option<super::forms::Forms> {
    let (forms, bytes) = files
        .iter()
        .filter(|f| super::forms::holds_forms(f))
        .filter_map(|f| std::fs::metadata(f).ok())
        .fold((0, 0), |(n, b), m| (n + 1, b + m.len()));
    if forms > 0 {
        report.reading(forms, bytes);
    }
    let loaded: Vec<_> = files
        .par_iter()
        .map(|f| match super::forms::holds_forms(f) {
            true => Loaded::Forms(super::forms::read(f)),
            false => Loaded::Case(crate::pipeline::load_case(f)),
        })
        .collect();
    let last = loaded.len().saturating_sub(1);
    for (i, v) in loaded.into_iter().enumerate() {
        match v {
            Loaded::Case(Ok(v)) => each_valid(vec![v], report, &mut each),
            Loaded::Case(Err(e)) => report.fail(&e),
            Loaded::Forms(read) => {
                let Some(forms) = read.report(report, notes) else {
                    continue;
                };
                if i == last {
                    return Some(forms);
                }
                drain(forms, report, &mut each);
            }
        }
    }
    None
}

/// Validates and hands on every form left in `forms`, a chunk at a time.
fn drain(
    mut forms: super::forms::Forms,
    report: &mut dyn Reporter,
    each: &mut impl FnMut(Case, &mut dyn Reporter),
) {
    loop {
        let validated = forms.next_chunk(FORMS_CHUNK, report);
        if validated.is_empty() {
            break;
        }
        each_valid(validated, report, each);
    }
}

/// Reports each validated case's diagnostics and hands on the cases that validated, in order.
fn each_valid(
    validated: Vec<crate::validate::Validated<Case>>,
    report: &mut dyn Reporter,
    each: &mut impl FnMut(Case, &mut dyn Reporter),
) {
    for v in validated {
        report.diagnostics(&v.diagnostics);
        if let Some(case) = v.value {
            each(case, report);
        }
    }
}

/// One file as [`load_each`] read it.
// Case files are nearly every file: boxing their result would allocate once per file to save
// the space of a chunk's short-lived list.
#[allow(clippy::large_enum_variant)]
enum Loaded {
    Case(Result<crate::validate::Validated<Case>, load::LoadError>),
    Forms(super::forms::Read),
}

/// Loads case files, reporting diagnostics in file order; returns the cases that validated.
/// Callers pass a [`CHUNK`] of files at a time, so a corpus is never in memory at once.
pub fn load_cases(files: &[PathBuf], report: &mut dyn Reporter) -> Vec<Case> {
    let mut cases = Vec::with_capacity(files.len());
    let mut push = |case, _: &mut dyn Reporter| cases.push(case);
    if let Some(forms) = load_each(files, Default::default(), report, &mut push) {
        drain(forms, report, &mut push);
    }
    cases
}

/// Loads a rule set directory, reporting diagnostics; none when it cannot be used.
pub fn load_rules(dir: &Path, report: &mut dyn Reporter) -> Option<Rules> {
    match crate::pipeline::rule_sets::load_named(dir) {
        Ok(v) => {
            report.diagnostics(&v.diagnostics);
            v.value.map(std::sync::Arc::new)
        }
        Err(e) => {
            report.fail(&e);
            None
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::diagnostic::Collected;

    #[test]
    fn a_corpus_pairs_each_case_with_the_rule_set_it_names_in_file_order() {
        let mut said = Collected::default();
        let files = case_files(&["cases/huainan-2023".into()], &mut said);
        let n = files.len();
        let mut corpus = Corpus::open(files.clone(), None, Path::new("rules"), &mut said).unwrap();
        let pairs = corpus.next_chunk(&mut said).unwrap();
        assert!(corpus.next_chunk(&mut said).is_none());
        corpus.finish(&mut said);
        assert!(said.0.is_empty(), "{:?}", said.0);
        assert_eq!(pairs.len(), n);
        for ((rules, case), file) in pairs.iter().zip(&files) {
            assert_eq!(rules.id, "anhui-2023");
            assert_eq!(Path::new(case.file()), file.as_path());
        }
    }

    /// What the corpus over `files` hands on, chunk by chunk: each chunk's case names.
    fn chunks(files: &[PathBuf], said: &mut Collected) -> Vec<Vec<String>> {
        let rules = Some(Path::new("rules/anhui-2023"));
        let mut corpus = Corpus::open(files.to_vec(), rules, Path::new("rules"), said).unwrap();
        let mut chunks = Vec::new();
        while let Some(pairs) = corpus.next_chunk(said) {
            chunks.push(pairs.iter().map(|(_, c)| c.file().to_owned()).collect());
        }
        chunks
    }

    #[test]
    fn a_file_of_forms_is_validated_a_chunk_at_a_time_in_file_and_form_order() {
        let dir = tempfile::tempdir().unwrap();
        let seed = std::fs::read_to_string("tests/data/seed-2023-huainan.txt").unwrap();
        let start = seed.find("项目支出绩效自评表 |").unwrap();
        let forms = dir.path().join("forms.txt");
        std::fs::write(
            &forms,
            seed[..start].to_owned() + seed[start..].repeat(20).as_str(),
        )
        .unwrap();
        let case = PathBuf::from("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml");
        let files = [case.clone(), forms.clone(), case.clone()];
        let mut streamed = Collected::default();
        let chunks = chunks(&files, &mut streamed);
        let sizes: Vec<usize> = chunks.iter().map(Vec::len).collect();
        // The case file before the forms, 280 forms in chunks, the case file after them.
        assert_eq!(sizes, [1, FORMS_CHUNK, 280 - FORMS_CHUNK, 1]);
        let mut at_once = Collected::default();
        let cases = load_cases(&files, &mut at_once);
        let names: Vec<&str> = cases.iter().map(Case::file).collect();
        assert_eq!(chunks.concat(), names);
        assert!(names[1].ends_with("forms.txt#2023-01-窗口人员月度考核奖.toml"));
        assert!(names[280].ends_with("forms.txt#2023-280-淮南市政务中心办公楼互联网租用项目.toml"));
        // The same notes and diagnostics, in the same order.
        assert_eq!(format!("{:?}", streamed.0), format!("{:?}", at_once.0));
        assert!(!streamed.0.is_empty());
    }

    /// Small files of forms (a folder of departments' workbooks and pages) are read together,
    /// on every core, in one chunk with the case files around them; their forms come in file
    /// and form order, with the notes and diagnostics said as when each is read alone.
    #[test]
    fn small_files_of_forms_are_read_in_one_chunk_in_file_order() {
        let case = PathBuf::from("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml");
        let workbook = PathBuf::from("tests/data/import/standard-template-example.xlsx");
        let text = PathBuf::from("tests/data/import/real/sichuan-qingshen-fgj-2023-gongzi.txt");
        let files = [case.clone(), workbook.clone(), text.clone(), workbook, case];
        let mut together = Collected::default();
        let read = chunks(&files, &mut together);
        let sizes: Vec<usize> = read.iter().map(Vec::len).collect();
        // Two forms in the workbook (twice), one in the text, a case file on each side.
        assert_eq!(sizes, [1 + 2 + 1 + 2 + 1]);
        let mut alone = Collected::default();
        let mut names = Vec::new();
        for f in &files {
            names.extend(chunks(std::slice::from_ref(f), &mut alone).concat());
        }
        assert_eq!(read.concat(), names);
        assert!(names[3].contains("sichuan-qingshen"));
        let said = |c: &Collected| format!("{:?}", c.0);
        assert_eq!(said(&together), said(&alone));
    }

    /// A file of forms scored in one pass a chunk at a time gives the rows and the
    /// diagnostics, in the same order, as validating each chunk and then scoring it. (The
    /// seed's forms repeat: from its second reading, each says the form it repeats, and its
    /// first form the case file before it, `duplicate-form`.)
    #[test]
    fn forms_scored_in_one_pass_are_the_chunks_scored() {
        let dir = tempfile::tempdir().unwrap();
        let seed = std::fs::read_to_string("tests/data/seed-2023-huainan.txt").unwrap();
        let forms = dir.path().join("forms.txt");
        std::fs::write(&forms, seed.repeat(20)).unwrap();
        let case = PathBuf::from("cases/huainan-2023/2023-01-窗口人员月度考核奖.toml");
        let files = vec![case.clone(), forms, case];
        let how = Scoring {
            options: Options::default(),
            points: PointsFrom::Form,
            check_expect: true,
            format: Format::Csv,
            by: None,
        };
        let rules = Some(Path::new("rules/anhui-2023"));
        let rows = |scored: Vec<ScoredCase>| -> Vec<String> {
            scored
                .into_iter()
                .map(|s| match s.kept {
                    Kept::Part(p) => {
                        String::from_utf8(p.bytes).unwrap() + s.unmet.join(";").as_str()
                    }
                    Kept::Outcome(_) => panic!("CSV streams"),
                })
                .collect()
        };
        let (mut one_pass, mut two_passes) = (Collected::default(), Collected::default());
        let mut corpus =
            Corpus::open(files.clone(), rules, Path::new("rules"), &mut one_pass).unwrap();
        let mut by_one_pass = Vec::new();
        while let Some(scored) = corpus.next_scored(&how, &mut one_pass) {
            by_one_pass.push(rows(scored));
        }
        let mut corpus = Corpus::open(files, rules, Path::new("rules"), &mut two_passes).unwrap();
        let mut by_two_passes = Vec::new();
        while let Some(pairs) = corpus.next_chunk(&mut two_passes) {
            let done = pairs.iter().map(|(r, c)| how.score(r, c)).collect();
            by_two_passes.push(rows(corpus.keep(&how, done)));
        }
        let sizes: Vec<usize> = by_one_pass.iter().map(Vec::len).collect();
        assert_eq!(sizes, [1, FORMS_CHUNK, 280 - FORMS_CHUNK, 1]);
        assert_eq!(by_one_pass, by_two_passes);
        let repeats =
            |rows: &[String]| rows.iter().filter(|r| r.contains("duplicate-form")).count();
        // All but the first reading's 13 (its form 1 is the case file before it), and the
        // case file after them.
        assert_eq!(repeats(&by_one_pass.concat()), 280 - 13 + 1);
        assert_eq!(format!("{:?}", one_pass.0), format!("{:?}", two_passes.0));
        assert!(!one_pass.0.is_empty());
    }

    #[test]
    fn a_missing_rule_set_is_reported_once_then_counted() {
        let mut said = Collected::default();
        let files = case_files(&["cases/huainan-2023".into()], &mut said);
        let mut corpus = Corpus::open(files, None, Path::new("nowhere"), &mut said).unwrap();
        let how = Scoring {
            options: Options::default(),
            points: PointsFrom::Form,
            check_expect: false,
            format: Format::Csv,
            by: None,
        };
        assert!(corpus.next_scored(&how, &mut said).unwrap().is_empty());
        corpus.finish(&mut said);
        let messages: Vec<String> = said
            .0
            .iter()
            .map(|r| match r {
                crate::diagnostic::Reported::Diagnostic(d) => d.message.to_string(),
                other => format!("{other:?}"),
            })
            .collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[1].starts_with("13 more case(s)"), "{messages:?}");
    }
}
