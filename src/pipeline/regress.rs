//! A regression run (`jixiao regress`, docs/regression.md): every corpus of past years'
//! cases re-scored, compared with its accepted results, new results accepted after review
//! (the accept plan: which cases, which files, written all or none), and rule coverage
//! measured. Returns the [`Report`] as data; the CLI renders it and picks the exit code.

use super::corpus::{Corpus, case_files};
use crate::compare::shared::Wording;
use crate::diagnostic::codes::RegressCode;
use crate::diagnostic::{Counting, Diagnostic, Reporter, did_you_mean};
use crate::evaluate::{self, Options, points::PointsFrom};
use crate::i18n::msg;
use crate::load::accepted as accepted_file;
use crate::model::{Case, Rules};
use crate::pipeline::Catalog;
use crate::regress::accepted::{Acceptance, AcceptedCase, AcceptedFile, render};
use crate::regress::compare::{CaseComparison, Status, compare};
use crate::regress::coverage::Coverage;
use crate::regress::report::{CaseHistory, CorpusReport, Report};
use rayon::prelude::*;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What a regression run is asked to do.
#[derive(Debug, Clone)]
pub struct Request {
    /// Corpora: names of sub-directories of `cases`, or directories (empty: all of them).
    pub corpora: Vec<String>,
    /// Where the corpora are.
    pub cases: PathBuf,
    /// Score every case under this rule set directory instead of the one it was accepted with.
    pub rules: Option<PathBuf>,
    /// Where rule sets named by id are found; accepted results are in `<id>/accepted/`.
    pub rules_root: PathBuf,
    /// Accept new results after review.
    pub accept: Option<Accept>,
    /// Measure which rules the corpora exercised.
    pub coverage: bool,
    /// Coverage below which the run fails (percent); implies `coverage`.
    pub min_coverage: Option<Decimal>,
    /// Whose points cases are scored with.
    pub points: PointsFrom,
    /// Show each case's earlier acceptances (`--history`, tester s15c F3).
    pub history: bool,
}

/// `--accept`: which new results to accept, why and by whom.
#[derive(Debug, Clone)]
pub struct Accept {
    /// Cases by id, file stem or `corpus/id` (empty: every changed case).
    pub names: Vec<String>,
    /// Why the new results are right (trimmed; must not be empty).
    pub note: String,
    /// Who accepts.
    pub by: String,
}

/// What a regression run hands back.
#[derive(Debug)]
pub struct Regression {
    /// Every corpus compared (and what was accepted), with coverage when asked for.
    pub report: Report,
    /// Accepted results could not be written (reported); the report still stands.
    pub write_failed: bool,
}

impl Regression {
    /// Whether a case changed and was not accepted, or coverage is below the minimum: the run
    /// fails (exit 1).
    pub fn failed(&self) -> bool {
        let unaccepted = self.report.corpora.iter().any(|c| {
            c.cases
                .iter()
                .any(|k| k.status != Status::Unchanged && !c.is_accepted(&k.id))
        });
        unaccepted || !self.report.below_min_coverage().is_empty()
    }
}

/// Runs a regression: `None` when the request or the files cannot be used (reported), with
/// nothing to show.
pub fn run(req: &Request, report: &mut dyn Reporter) -> Option<Regression> {
    let mut report = Counting::new(report);
    let report = &mut report;
    if !request_usable(req, report) {
        return None;
    }
    // What an interrupted accept left is finished or cleared before anything is read.
    match accepted_file::recover(&req.rules_root) {
        Ok(done) => done.iter().for_each(|line| report.note(&line.to_string())),
        Err(e) => {
            report.fail(&e);
            return None;
        }
    }
    let corpora = find_corpora(req, report)?;
    let (runs, mut scoring) = score_corpora(req, &corpora, report);
    let (mut reports, coverages, files) = gather(&corpora, runs, &mut scoring, req.history, report);
    let mut write_failed = false;
    if let Some(accept) = &req.accept {
        write_failed = !accept_results(req, accept, &files, &mut reports, report)?;
    }
    let with_coverage = req.coverage || req.min_coverage.is_some();
    Some(Regression {
        report: Report {
            corpora: reports,
            coverage: if with_coverage { coverages } else { Vec::new() },
            min_coverage: req.min_coverage,
        },
        write_failed,
    })
}

/// Whether the request can be run: accepting needs a note and each form's own points.
fn request_usable(req: &Request, report: &mut dyn Reporter) -> bool {
    let Some(accept) = &req.accept else {
        return true;
    };
    if accept.note.is_empty() {
        report.diagnostic(
            &Diagnostic::error(RegressCode::NoNote, msg!("regress-no-note"))
                .help(msg!("regress-no-note-help")),
        );
        return false;
    }
    if req.points == PointsFrom::Rules {
        report.diagnostic(
            &Diagnostic::error(RegressCode::PointsAccept, msg!("regress-points-accept"))
                .help(msg!("regress-points-accept-help")),
        );
        return false;
    }
    true
}

/// Scores every corpus, a chunk of cases at a time, every corpus in one stream: only each
/// case's comparison (and, when accepting, its new result if it changed) is kept.
fn score_corpora<'a>(
    req: &'a Request,
    corpora: &[CorpusDir],
    report: &mut dyn Reporter,
) -> (Vec<CorpusRun>, Scoring<'a>) {
    let mut scoring = Scoring {
        catalog: Catalog::new(&req.rules_root),
        lookups: BTreeMap::new(),
        options: Options {
            scores_only: false,
            trace: req.coverage || req.min_coverage.is_some(),
        },
        points: req.points,
        fixed: req.rules.is_some(),
        accepting: req.accept.is_some(),
        rules_root: &req.rules_root,
        snapshots: BTreeMap::new(),
    };
    let mut runs: Vec<CorpusRun> = corpora.iter().map(|_| CorpusRun::default()).collect();
    let dirs: Vec<PathBuf> = corpora.iter().map(|c| c.dir.clone()).collect();
    if dirs.is_empty() {
        return (runs, scoring);
    }
    let files = case_files(&dirs, report);
    // Without a usable `--rules`, nothing is scored (its diagnostics are reported).
    if let Some(mut cases) = Corpus::open(files, req.rules.as_deref(), &req.rules_root, report) {
        while let Some(pairs) = cases.next_chunk(report) {
            scoring.chunk(corpora, &mut runs, &pairs);
        }
        cases.finish(report);
        for file in cases.without_rules() {
            if let Some((c, run)) = corpora
                .iter()
                .zip(runs.iter_mut())
                .find(|(c, _)| file.starts_with(&c.dir))
            {
                let name = file.strip_prefix(&c.dir).unwrap_or(file);
                run.unnamed.push(name.display().to_string());
            }
        }
    }
    (runs, scoring)
}

/// A corpus compared, with what accepting needs: its accepted file's path, the corpus name,
/// the results accepted before and the new result of each changed case.
type CorpusFile = (
    PathBuf,
    String,
    AcceptedFile,
    BTreeMap<String, AcceptedCase>,
);

/// Each corpus's comparison report, the coverage of every rule set scored under, and what
/// accepting needs. What scoring found is reported now, corpus by corpus, after every file's
/// diagnostics; corpora that were skipped are reported.
fn gather(
    corpora: &[CorpusDir],
    runs: Vec<CorpusRun>,
    scoring: &mut Scoring,
    history: bool,
    report: &mut dyn Reporter,
) -> (Vec<CorpusReport>, Vec<Coverage>, Vec<CorpusFile>) {
    let mut coverages: Vec<Coverage> = Vec::new();
    let mut files = Vec::new();
    let mut reports = Vec::new();
    for (corpus, run) in corpora.iter().zip(runs) {
        if run.ids.len() > 1 {
            report.diagnostic(&mixed_rules(&corpus.name, &run.ids));
            continue;
        }
        let Some((path, accepted)) = run.accepted else {
            match run.unnamed.is_empty() {
                true => report
                    .note(&msg!("regress-corpus-empty", corpus = corpus.name.as_str()).to_string()),
                false => report.diagnostic(&corpus_without_rules(&corpus.name, &run.unnamed)),
            }
            continue;
        };
        let old = match accepted {
            Ok(f) => f,
            Err(problem) => {
                scoring.report(&problem, report);
                continue;
            }
        };
        for h in &run.held {
            scoring.report(h, report);
        }
        for c in &run.coverage {
            match coverages
                .iter_mut()
                .find(|g| g.rules.id == c.rules.id && g.rules.hash == c.rules.hash)
            {
                Some(g) => g.absorb(c),
                None => coverages.push(c.clone()),
            }
        }
        let mut comparisons = run.comparisons;
        for (id, prev) in &old.cases {
            if !comparisons.contains_key(id) {
                comparisons.insert(id.clone(), compare(id, Some(prev), None));
            }
        }
        reports.push(CorpusReport {
            name: corpus.name.clone(),
            accepted_file: path.display().to_string(),
            cases: comparisons.into_values().collect(),
            accepted: Vec::new(),
            restamped: false,
            history: if history { histories(&old) } else { Vec::new() },
            edited: Vec::new(),
        });
        if let Some(r) = reports.last_mut() {
            r.edited = edited_files(scoring.rules_root, r);
        }
        files.push((path, corpus.name.clone(), old, run.now));
    }
    (reports, coverages, files)
}

/// A corpus none of whose cases could be scored because they name no rule set (case files
/// written by `jixiao import` without `--rules`): its case files named, the first few, and the
/// ways out (tester s14b N3: it was said to hold no cases).
fn corpus_without_rules(name: &str, files: &[String]) -> Diagnostic {
    const SHOWN: usize = 5;
    let mut shown = files
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("、");
    if files.len() > SHOWN {
        shown = msg!(
            "regress-no-rules-more",
            files = shown,
            count = files.len() - SHOWN
        )
        .to_string();
    }
    Diagnostic::error(
        RegressCode::NoRules,
        msg!(
            "regress-no-rules",
            corpus = name,
            count = files.len(),
            files = shown
        ),
    )
    .help(msg!("regress-no-rules-help", corpus = name))
}

/// The cases accepted more than once, each with its earlier acceptances and its last.
fn histories(file: &AcceptedFile) -> Vec<CaseHistory> {
    file.cases
        .iter()
        .filter(|(_, c)| !c.history.is_empty())
        .map(|(id, c)| CaseHistory {
            id: id.clone(),
            project: c.project.clone(),
            earlier: c.history.clone(),
            current: c.record(),
        })
        .collect()
}

/// A corpus whose cases name more than one rule set.
fn mixed_rules(name: &str, ids: &BTreeSet<String>) -> Diagnostic {
    Diagnostic::error(
        RegressCode::MixedRules,
        msg!(
            "regress-mixed-rules",
            name = name,
            ids = ids.iter().cloned().collect::<Vec<_>>().join(", ")
        ),
    )
    .help(msg!("regress-mixed-rules-help"))
}

/// Accepts the new results `accept` names: plans the accepted files, writes them all or none,
/// and keeps a copy of the rule sets they were accepted under. `None` when nothing may be
/// accepted (errors reported earlier, or a named case does not exist); `Some(false)` when the
/// files could not be written.
fn accept_results(
    req: &Request,
    accept: &Accept,
    files: &[CorpusFile],
    reports: &mut [CorpusReport],
    report: &mut Counting,
) -> Option<bool> {
    if report.errors > 0 {
        report.note(&msg!("regress-nothing-accepted-errors").to_string());
        return None;
    }
    let acceptance = Acceptance {
        by: accept.by.clone(),
        date: today(),
        note: accept.note.clone(),
    };
    let names = &accept.names;
    let mut unmatched: BTreeSet<&String> = names.iter().collect();
    let mut plans = Vec::new();
    let mut snapshot_ids: BTreeSet<(String, String)> = BTreeSet::new();
    for ((path, corpus, old, now), corpus_report) in files.iter().zip(reports.iter_mut()) {
        let names_case = |n: &String, id: &str| {
            n == id || *n == format!("{corpus}/{id}") || n.trim_end_matches(".toml") == id
        };
        let mut next = old.clone();
        for case in &corpus_report.cases {
            if !(names.is_empty() || names.iter().any(|n| names_case(n, &case.id))) {
                continue;
            }
            unmatched.retain(|n| !names_case(n, &case.id));
            match plan_case(&mut next, case, now, &acceptance) {
                Planned::Accepted => corpus_report.accepted.push(case.id.clone()),
                Planned::Restamped => corpus_report.restamped = true,
                Planned::Kept => {}
            }
        }
        // Results given their findings' lines now are compared line by line from here on.
        for case in corpus_report.cases.iter_mut() {
            case.by_code &= next.cases.get(&case.id).is_none_or(|c| c.places.is_none());
        }
        // A copy of the rule set is kept only for a file this accept writes, and only of the
        // version its cases now name: a corpus where nothing was accepted refers to no new copy
        // (tester s15r).
        if next != *old {
            plans.push((path.clone(), render(corpus, &next)));
            snapshot_ids.extend(
                next.cases
                    .values()
                    .map(|c| (c.rules.clone(), c.rules_hash.clone())),
            );
        }
    }
    if !unmatched.is_empty() {
        for n in unmatched {
            report.diagnostic(
                &Diagnostic::error(
                    RegressCode::UnknownCase,
                    msg!("regress-unknown-case", name = n),
                )
                .help(msg!("regress-unknown-case-help")),
            );
        }
        for r in reports.iter_mut() {
            r.accepted.clear();
            r.restamped = false;
        }
        report.note(&msg!("regress-nothing-accepted").to_string());
        return None;
    }
    // Every corpus's file, or none (#18 item 10).
    match accepted_file::write_all_atomic(&req.rules_root, &plans) {
        Ok(()) => {
            for (path, _) in &plans {
                report.note(
                    &msg!("regress-accepted-wrote", path = path.display().to_string()).to_string(),
                );
            }
            for ((_, _, old, _), corpus) in files.iter().zip(reports.iter()) {
                say_replaced(corpus, old, report);
            }
            keep_snapshots(req, &snapshot_ids, report);
            Some(true)
        }
        Err(e) => {
            for r in reports.iter_mut() {
                r.restamped = false;
            }
            report.fail(&e);
            Some(false)
        }
    }
}

/// What accepting did to one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Planned {
    /// Nothing, or only the lines of its findings recorded.
    Kept,
    /// Its new result accepted (or its removal).
    Accepted,
    /// Same results under an edited rule set: the hash brought up to date, as an acceptance
    /// of its own with its note (tester s15c F9).
    Restamped,
}

/// Plans accepting one compared case into `next`. `now` holds the new result of every
/// changed and added case, and of every one to re-stamp. An acceptance replaced goes to the
/// case's history (tester s15c F3).
fn plan_case(
    next: &mut AcceptedFile,
    case: &CaseComparison,
    now: &BTreeMap<String, AcceptedCase>,
    acceptance: &Acceptance,
) -> Planned {
    match (case.status, now.get(&case.id)) {
        (Status::Unchanged, Some(new)) if case.rules_hash.is_some() => {
            // Same results under edited rules: confirmed under the new rules, by this accept.
            let entry = new
                .clone()
                .accepted_over(next.cases.get(&case.id), acceptance);
            next.cases.insert(case.id.clone(), entry);
            Planned::Restamped
        }
        (Status::Unchanged, _) => {
            // Accepted before places were kept: record the line of each finding, the same
            // findings by code (tester s12b N5), keep who accepted the results.
            if let (true, Some(entry), Some(new)) = (
                case.by_code,
                next.cases.get_mut(&case.id),
                now.get(&case.id),
            ) && entry.findings == new.findings
            {
                entry.places = new.places.clone();
            }
            Planned::Kept
        }
        (Status::Removed, _) | (_, None) => {
            next.cases.remove(&case.id);
            Planned::Accepted
        }
        (_, Some(new)) => {
            let entry = new
                .clone()
                .accepted_over(next.cases.get(&case.id), acceptance);
            next.cases.insert(case.id.clone(), entry);
            Planned::Accepted
        }
    }
}

/// Says what an accept replaced and under which rules (tester s15c F3): each case whose
/// earlier acceptance went to its history (the first few by name), and the cases accepted
/// under a rule set edited since their last acceptance.
fn say_replaced(corpus: &CorpusReport, old: &AcceptedFile, report: &mut dyn Reporter) {
    const SHOWN: usize = 5;
    let replaced: Vec<(&String, &AcceptedCase)> = corpus
        .accepted
        .iter()
        .filter_map(|id| {
            old.cases
                .get(id)
                .filter(|c| c.acceptance.is_some())
                .map(|c| (id, c))
        })
        .collect();
    for (id, c) in replaced.iter().take(SHOWN) {
        let Some(a) = &c.acceptance else { continue };
        report.note(
            &msg!(
                "regress-accept-replaced",
                id = id.as_str(),
                date = a.date.as_str(),
                by = a.by.as_str(),
                total = c.total.as_str(),
                note = a.note.as_str()
            )
            .to_string(),
        );
    }
    if replaced.len() > SHOWN {
        let more = msg!(
            "regress-accept-replaced-more",
            count = replaced.len() - SHOWN
        );
        report.note(&more.to_string());
    }
    let mut edited: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for case in corpus
        .cases
        .iter()
        .filter(|k| k.status == Status::Changed && corpus.is_accepted(&k.id))
    {
        if let (Some((then, now)), Some((a, b))) = (&case.rules_hash, &case.rule_sets)
            && a == b
        {
            *edited
                .entry((a.clone(), then.clone(), now.clone()))
                .or_default() += 1;
        }
    }
    for ((rules, then, now), count) in edited {
        report.note(
            &msg!(
                "regress-accept-edited-rules",
                count = count,
                rules = rules,
                old = then,
                new = now
            )
            .to_string(),
        );
    }
}

/// A corpus found on disk.
struct CorpusDir {
    name: String,
    dir: PathBuf,
}

fn find_corpora(args: &Request, report: &mut dyn Reporter) -> Option<Vec<CorpusDir>> {
    let subdirs = |root: &Path| -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_dir())
                    .collect()
            })
            .unwrap_or_default();
        dirs.sort();
        dirs
    };
    let name_of = |p: &Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if args.corpora.is_empty() {
        if !args.cases.is_dir() {
            report.diagnostic(
                &Diagnostic::error(
                    RegressCode::NoCorpora,
                    msg!(
                        "regress-no-corpora",
                        path = args.cases.display().to_string()
                    ),
                )
                .help(msg!("regress-no-corpora-help")),
            );
            return None;
        }
        return Some(
            subdirs(&args.cases)
                .into_iter()
                .map(|dir| CorpusDir {
                    name: name_of(&dir),
                    dir,
                })
                .collect(),
        );
    }
    let mut corpora = Vec::new();
    let mut ok = true;
    for c in &args.corpora {
        let under = args.cases.join(c);
        let dir = if under.is_dir() {
            under
        } else if Path::new(c).is_dir() {
            PathBuf::from(c)
        } else {
            let names: Vec<String> = subdirs(&args.cases).iter().map(|d| name_of(d)).collect();
            let help = match did_you_mean(c, names.iter().map(String::as_str)) {
                Some(m) => msg!("did-you-mean", name = m),
                None => msg!(
                    "regress-corpora-under",
                    path = args.cases.display().to_string(),
                    names = names.join(", ")
                ),
            };
            report.diagnostic(
                &Diagnostic::error(
                    RegressCode::UnknownCorpus,
                    msg!("regress-unknown-corpus", name = c),
                )
                .help(help),
            );
            ok = false;
            continue;
        };
        corpora.push(CorpusDir {
            name: name_of(&dir),
            dir,
        });
    }
    ok.then_some(corpora)
}

/// The case's id inside its corpus: its path below the corpus directory, without `.toml`.
fn case_id(dir: &Path, case: &Case) -> String {
    let path = Path::new(case.file());
    let rel = path.strip_prefix(dir).unwrap_or(path);
    rel.with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Something to report about a corpus once every file has been read: reports come corpus by
/// corpus after the files' own diagnostics, and not at all for a corpus that is skipped.
enum Held {
    Diagnostic(Diagnostic),
    /// An operational failure (the accepted file cannot be read).
    Fail(String),
    /// The diagnostics of loading this rule set, if no corpus reported before has.
    Lookup(String),
}

/// A corpus while its cases stream in.
#[derive(Default)]
struct CorpusRun {
    /// The rule set ids its cases name (more than one: the corpus is skipped).
    ids: BTreeSet<String>,
    /// Its accepted file, read when the first case arrives (the case names the rule set it is
    /// under): path, and the results or why they cannot be used.
    accepted: Option<(PathBuf, Result<AcceptedFile, Held>)>,
    /// Each case scored, compared with its accepted result, by id.
    comparisons: BTreeMap<String, CaseComparison>,
    /// With `--accept`: the new result of each changed or added case, by id.
    now: BTreeMap<String, AcceptedCase>,
    /// Reports from scoring, in case order.
    held: Vec<Held>,
    /// Rule sets with a [`Held::Lookup`] in `held`.
    looked_up: BTreeSet<String>,
    /// With `--coverage`: per rule set scored under, in order of first use.
    coverage: Vec<Coverage>,
    /// Its case files that name no rule set (not scored), below the corpus's folder.
    unnamed: Vec<String>,
}

impl CorpusRun {
    /// The accepted results cases are compared with, when the corpus is not skipped.
    fn old(&self) -> Option<&AcceptedFile> {
        match &self.accepted {
            Some((_, Ok(f))) if self.ids.len() == 1 => Some(f),
            _ => None,
        }
    }
}

/// How the cases of a regression run are scored and compared.
struct Scoring<'a> {
    /// Rule sets cases were accepted under.
    catalog: Catalog,
    /// Diagnostics of loading a rule set from `catalog`, until reported.
    lookups: BTreeMap<String, Vec<Diagnostic>>,
    options: Options,
    /// `--points`.
    points: crate::evaluate::points::PointsFrom,
    /// `--rules` given: every case under it.
    fixed: bool,
    accepting: bool,
    rules_root: &'a Path,
    /// Rule sets as accepted (`accepted/rules/<hash>/`), by id and hash: none when there is no
    /// snapshot or it does not load.
    snapshots: BTreeMap<(String, String), Option<Rules>>,
}

/// One case to score for a corpus.
struct Job<'p> {
    corpus: usize,
    id: String,
    rules: Rules,
    case: &'p Case,
}

impl Scoring<'_> {
    /// Scores a chunk of loaded cases for every corpus they belong to, in parallel, and keeps
    /// each one's comparison with its accepted result.
    fn chunk(&mut self, corpora: &[CorpusDir], runs: &mut [CorpusRun], pairs: &[(Rules, Case)]) {
        let mut jobs = Vec::with_capacity(pairs.len());
        for (rules, case) in pairs {
            for (corpus, (c, run)) in corpora.iter().zip(runs.iter_mut()).enumerate() {
                if !Path::new(case.file()).starts_with(&c.dir) {
                    continue;
                }
                jobs.extend(self.job(corpus, c, run, rules, case));
            }
        }
        // The rule sets results were accepted under, where they differ from the rules run:
        // edited since, or another rule set given by `--rules` (s11c H4).
        for job in &jobs {
            let accepted = runs
                .get(job.corpus)
                .and_then(CorpusRun::old)
                .and_then(|f| f.cases.get(&job.id))
                .filter(|a| a.rules_hash != job.rules.hash)
                .map(|a| (a.rules.clone(), a.rules_hash.clone()));
            if let Some(key) = accepted
                && !self.snapshots.contains_key(&key)
            {
                let set = accepted_rules(self.rules_root, &key.0, &key.1);
                self.snapshots.insert(key, set);
            }
        }
        let snapshots = &self.snapshots;
        let differs = differs(&jobs, runs, snapshots, self.points);
        let runs_now: &[CorpusRun] = runs;
        let (options, accepting, points) = (self.options, self.accepting, self.points);
        let done: Vec<_> = jobs
            .par_iter()
            .map(|job| {
                let outcome =
                    evaluate::points::evaluate_points(&job.rules, job.case, options, points);
                let mut now = AcceptedCase::from_outcome(&outcome);
                let old = runs_now
                    .get(job.corpus)
                    .and_then(CorpusRun::old)
                    .and_then(|f| f.cases.get(&job.id));
                let mut comparison = compare(&job.id, old, Some(&now));
                // An unchanged result accepted before places were kept gets them on accept;
                // one under an edited rule set is re-stamped.
                let keep = accepting
                    && (comparison.status != Status::Unchanged
                        || comparison.by_code
                        || comparison.rules_hash.is_some());
                // The case file's hash only where it is needed: to say why a case moved
                // (tester s15c F2), and to keep it with an accepted result.
                if keep || comparison.status == Status::Changed {
                    now.case_hash = Some(crate::load::inherit::content_hash(&job.case.source.text));
                }
                if comparison.status == Status::Changed {
                    comparison.cause = old.and_then(|o| crate::regress::compare::cause(o, &now));
                    comparison.wording =
                        Wording::of(None, &outcome.findings, &comparison.findings_added, &[]);
                    if let Some(differ) = old.and_then(|o| differs.get(&differ_key(o, &job.rules)))
                    {
                        comparison.moved_by = moved_by(differ, job.case, outcome.total_or_zero());
                    }
                }
                (
                    comparison,
                    keep.then_some(now),
                    options.trace.then_some(outcome),
                )
            })
            .collect();
        for (job, (comparison, now, outcome)) in jobs.into_iter().zip(done) {
            let Some(run) = runs.get_mut(job.corpus) else {
                continue;
            };
            if run.old().is_none() {
                continue;
            }
            match now {
                Some(now) => run.now.insert(job.id.clone(), now),
                None => run.now.remove(&job.id),
            };
            run.comparisons.insert(job.id, comparison);
            if let Some(o) = outcome {
                let rules = &job.rules;
                match run
                    .coverage
                    .iter_mut()
                    .find(|c| c.rules.id == rules.id && c.rules.hash == rules.hash)
                {
                    Some(c) => c.add(&o),
                    None => {
                        let mut c = Coverage::none(rules);
                        c.add(&o);
                        run.coverage.push(c);
                    }
                }
            }
        }
    }

    /// The case's id and the rule set to score it under for corpus number `index`; none when
    /// the corpus is skipped or the rule set cannot be had.
    fn job<'p>(
        &mut self,
        index: usize,
        corpus: &CorpusDir,
        run: &mut CorpusRun,
        rules: &Rules,
        case: &'p Case,
    ) -> Option<Job<'p>> {
        // The accepted file lives under the rule set the corpus's cases name.
        let named = case
            .rules
            .as_ref()
            .map_or(rules.id.clone(), |(id, _)| id.clone());
        if run.accepted.is_none() {
            let path = self
                .rules_root
                .join(&named)
                .join("accepted")
                .join(format!("{}.toml", corpus.name));
            let old = match accepted_file::read(&path) {
                Ok(None) => Ok(AcceptedFile::default()),
                Ok(Some(Ok(f))) => Ok(f),
                Ok(Some(Err(d))) => Err(Held::Diagnostic(d)),
                Err(e) => Err(Held::Fail(e.to_string())),
            };
            run.accepted = Some((path, old));
        }
        if !run.ids.contains(&named) {
            run.ids.insert(named);
            if run.ids.len() > 1 {
                // Skipped: what was kept for it is not needed.
                run.comparisons = BTreeMap::new();
                run.now = BTreeMap::new();
                run.held = Vec::new();
                run.looked_up = BTreeSet::new();
                run.coverage = Vec::new();
            }
        }
        let old = run.old()?;
        let id = case_id(&corpus.dir, case);
        // Each case under the rule set it was accepted with, unless `--rules` says.
        let mut rules = rules.clone();
        if !self.fixed
            && let Some(prev) = old.cases.get(&id)
            && prev.rules != rules.id
        {
            let prev = prev.rules.clone();
            let lookup = self.catalog.get(&prev);
            if !lookup.diagnostics.is_empty() {
                self.lookups.insert(prev.clone(), lookup.diagnostics);
            }
            if self.lookups.contains_key(&prev) && run.looked_up.insert(prev.clone()) {
                run.held.push(Held::Lookup(prev.clone()));
            }
            match lookup.rules {
                Some(r) => rules = r,
                None => {
                    run.held.push(Held::Diagnostic(Diagnostic::error(
                        RegressCode::UnknownRules,
                        msg!(
                            "regress-accepted-rules-missing",
                            id = id,
                            rules = prev,
                            root = self.rules_root.display().to_string()
                        ),
                    )));
                    return None;
                }
            }
        }
        Some(Job {
            corpus: index,
            id,
            rules,
            case,
        })
    }

    /// Prints what was held for a corpus.
    fn report(&mut self, held: &Held, report: &mut dyn Reporter) {
        match held {
            Held::Diagnostic(d) => report.diagnostic(d),
            Held::Fail(e) => report.fail(e),
            Held::Lookup(id) => {
                if let Some(ds) = self.lookups.remove(id) {
                    report.diagnostics(&ds);
                }
            }
        }
    }
}

/// For each rule set of `corpus` edited since acceptance (same id, another hash), the files
/// of its chain whose content differs from the copy kept at acceptance (tester s15r: a child
/// was named when only its parent had been edited). The kept copy is the chain merged, so a
/// line of today's merged text that the copy lacks is traced to the file it comes from; a
/// script, to the file it is read from.
fn edited_files(root: &Path, corpus: &CorpusReport) -> Vec<crate::regress::report::EditedFiles> {
    let mut out = Vec::new();
    for change in corpus.hash_changes() {
        if change.old != change.new {
            continue;
        }
        let kept = accepted_file::snapshot_dir(root, &change.old, &change.old_hash);
        let Ok(kept_rules) = crate::load::read_source(&kept.join(crate::load::RULES_FILE)) else {
            continue;
        };
        let Ok(now) = crate::load::inherit::resolve(&root.join(&change.old)) else {
            continue;
        };
        let then: BTreeSet<&str> = kept_rules.text.lines().map(str::trim).collect();
        let mut files: Vec<String> = Vec::new();
        let mut at = 0;
        for line in now.text().split_inclusive('\n') {
            let t = line.trim();
            let skip = t.is_empty()
                || t.starts_with('#')
                || t.starts_with("extends = ")
                || t.starts_with("scripts_inherit = ");
            if !skip && !then.contains(t) {
                let (file, _) = now.map(at..at + line.len());
                files.push(file.name.clone());
            }
            at += line.len();
        }
        if let Some(set) = crate::pipeline::load_rule_set(&root.join(&change.old))
            .ok()
            .and_then(|v| v.value)
        {
            for script in set.scripts.iter().flat_map(|s| s.scripts.iter()) {
                let before = crate::load::read_source(&kept.join(&script.name)).ok();
                if before.is_none_or(|b| b.text != script.source.text) {
                    files.push(script.source.name.clone());
                }
            }
        }
        files.sort();
        files.dedup();
        let owner = |file: &str| {
            let chain = now.files.iter().map(|f| Path::new(&f.name));
            chain
                .filter_map(|f| f.parent())
                .filter(|dir| Path::new(file).starts_with(dir))
                .max_by_key(|dir| dir.components().count())
                .and_then(|dir| dir.file_name())
                .map_or_else(|| change.old.clone(), |n| n.to_string_lossy().into_owned())
        };
        out.push(crate::regress::report::EditedFiles {
            files: files.iter().map(|f| (f.clone(), owner(f))).collect(),
            id: change.old,
            hash: change.old_hash,
        });
    }
    out
}

/// Keeps a copy of each rule set results are accepted under (`accepted/rules/<hash>/`), so
/// later runs can say which rule change moved a case (#19). A copy that cannot be written is
/// reported; the accept stands.
fn keep_snapshots(args: &Request, ids: &BTreeSet<(String, String)>, report: &mut dyn Reporter) {
    let named: BTreeSet<&String> = ids.iter().map(|(id, _)| id).collect();
    for id in named {
        let dir = args
            .rules
            .clone()
            .unwrap_or_else(|| args.rules_root.join(id));
        let Some(set) = crate::pipeline::load_rule_set(&dir)
            .ok()
            .and_then(|v| v.value)
        else {
            continue;
        };
        // Only the version some accepted case names.
        if set.id != *id || !ids.contains(&(id.clone(), set.hash.clone())) {
            continue;
        }
        let snapshot = accepted_file::Snapshot {
            id: &set.id,
            hash: &set.hash,
            scripts: set
                .scripts
                .iter()
                .flat_map(|s| s.scripts.iter())
                .map(|s| (s.name.as_str(), s.source.text.as_str()))
                .collect(),
        };
        match accepted_file::write_snapshot(&args.rules_root, &snapshot, &dir) {
            Ok(true) => report.note(
                &msg!(
                    "regress-kept-snapshot",
                    path = accepted_file::snapshot_dir(&args.rules_root, id, &set.hash)
                        .display()
                        .to_string()
                )
                .to_string(),
            ),
            Ok(false) => {}
            Err(e) => report.fail(&e),
        }
    }
}

/// The rule set a result was accepted under: its copy kept at acceptance
/// (`accepted/rules/<hash>/`), or, when none was kept, the rule set of that id under the rules
/// root if it is still that version (its hash unchanged: `regress --rules` trying another rule
/// set over results accepted under an unedited one). None when neither is there.
fn accepted_rules(root: &Path, id: &str, hash: &str) -> Option<Rules> {
    let load = |dir: &Path| {
        crate::pipeline::load_rule_set(dir)
            .ok()
            .and_then(|v| v.value)
    };
    // The copy is known by its folder: its own hash differs (its `extends` chain is merged).
    let kept = load(&accepted_file::snapshot_dir(root, id, hash));
    kept.or_else(|| load(&root.join(id)).filter(|set| set.id == id && set.hash == hash))
        .map(std::sync::Arc::new)
}

/// Which pair of rule sets a case's attribution compares: as accepted (id, hash) and now (hash).
type DifferKey = (String, String, String);

fn differ_key(accepted: &AcceptedCase, now: &Rules) -> DifferKey {
    (
        accepted.rules.clone(),
        accepted.rules_hash.clone(),
        now.hash.clone(),
    )
}

/// One comparison (`diff`'s: the rule changes, and the variants that attribute a move to
/// them) per pair of rule sets the chunk's results were accepted under and are scored under
/// now, built once, not per case.
fn differs<'s>(
    jobs: &'s [Job<'_>],
    runs: &[CorpusRun],
    snapshots: &'s BTreeMap<(String, String), Option<Rules>>,
    points: PointsFrom,
) -> BTreeMap<DifferKey, crate::compare::Differ<'s>> {
    let mut out = BTreeMap::new();
    for job in jobs {
        let Some(accepted) = runs
            .get(job.corpus)
            .and_then(CorpusRun::old)
            .and_then(|f| f.cases.get(&job.id))
        else {
            continue;
        };
        let key = differ_key(accepted, &job.rules);
        if out.contains_key(&key) {
            continue;
        }
        if let Some(Some(then)) = snapshots.get(&(key.0.clone(), key.1.clone())) {
            let differ = crate::compare::Differ::with_points(then, &job.rules, points);
            out.insert(key, differ);
        }
    }
    out
}

/// Which rule changes since acceptance moved a case (#19), in words: `diff`'s attribution of
/// its move to `after` (its total now) between the rule set it was accepted under and today's.
fn moved_by(differ: &crate::compare::Differ, case: &Case, after: Decimal) -> Vec<String> {
    let (attribution, interaction) = differ.attribute(case, after);
    let mut lines: Vec<String> = attribution
        .iter()
        .map(|a| {
            msg!(
                "report-regress-from-change",
                delta = crate::render::signed(a.delta),
                text = a.text(differ.changes())
            )
            .to_string()
        })
        .collect();
    if let Some(i) = &interaction {
        lines.push(
            msg!(
                "report-diff-from-interaction",
                delta = crate::render::signed(i.delta),
                what = crate::render::interaction_text(&i.changes)
            )
            .to_string(),
        );
    }
    lines
}

/// Today as `YYYY-MM-DD` (UTC), from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::diagnostic::{Collected, Reported};

    fn request(corpora: &[&str], rules: Option<&str>) -> Request {
        Request {
            corpora: corpora.iter().map(|c| c.to_string()).collect(),
            cases: "cases".into(),
            rules: rules.map(PathBuf::from),
            rules_root: "rules".into(),
            accept: None,
            coverage: true,
            min_coverage: None,
            points: PointsFrom::Form,
            history: false,
        }
    }

    #[test]
    fn the_shipped_corpora_are_unchanged_and_the_report_is_data() {
        let mut said = Collected::default();
        let r = run(&request(&[], None), &mut said).unwrap();
        assert!(said.0.is_empty(), "{:?}", said.0);
        assert!(r.report.corpora.len() >= 5);
        assert!(r.report.corpora.iter().all(|c| !c.cases.is_empty()));
        assert!(!r.report.coverage.is_empty());
        assert!(!r.failed() && !r.write_failed);
    }

    #[test]
    fn other_rules_move_cases_and_an_unknown_corpus_is_reported() {
        let mut said = Collected::default();
        let r = run(
            &request(&["huainan-2023"], Some("rules/anhui-2023-threshold")),
            &mut said,
        )
        .unwrap();
        assert!(r.failed());
        assert!(
            r.report.corpora[0]
                .cases
                .iter()
                .all(|c| c.status == Status::Changed)
        );

        let mut said = Collected::default();
        assert!(run(&request(&["huainan-2032"], None), &mut said).is_none());
        let codes: Vec<&str> = said
            .0
            .iter()
            .filter_map(|r| match r {
                Reported::Diagnostic(d) => Some(d.code.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(codes, ["regress::unknown-corpus"]);
    }
}
