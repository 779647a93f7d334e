//! `jixiao regress`: re-score every corpus of past years' cases, compare with the accepted
//! results, accept new ones after review, and report rule coverage (docs/regression.md).

use super::score::{CHUNK, PointsArg, RuleSource, files, load_chunk};
use super::{Exit, Output};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::evaluate::{self, Options};
use crate::load::{Catalog, accepted as accepted_file};
use crate::model::{Case, Rules};
use crate::regress::accepted::{Acceptance, AcceptedCase, AcceptedFile, render};
use crate::regress::compare::{CaseComparison, Status, compare};
use crate::regress::coverage::Coverage;
use crate::regress::report::{self, CorpusReport, Report};
use rayon::prelude::*;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Output formats of `regress`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RegressFormat {
    /// Diffs and summary lines for a terminal.
    Table,
    /// One JSON document.
    Json,
    /// JUnit XML for CI.
    Junit,
}

/// Arguments of `regress`.
#[derive(Debug, clap::Args)]
pub struct RegressArgs {
    /// Corpora: names of sub-directories of `--cases`, or directories (default: all of them).
    #[arg(value_name = "CORPUS")]
    pub corpora: Vec<String>,
    /// Where the corpora are.
    #[arg(long, value_name = "DIR", default_value = "cases")]
    pub cases: PathBuf,
    /// Score every case under this rule set directory instead of the one it was accepted with
    /// (to try new rules on old years).
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Where rule sets named by id are found; accepted results are in `<id>/accepted/`.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: RegressFormat,
    /// Accept the new results of the named cases (id, file stem or `corpus/id`; default:
    /// every changed case) after showing their diffs. Needs `--note`.
    #[arg(long, num_args = 0.., value_name = "CASE")]
    pub accept: Option<Vec<String>>,
    /// Why the new results are right (recorded with them).
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Who accepts (default: `$USER`, else `unknown`).
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Report which rules (weights, bands, formulas, execution, rounding, grades) the corpora
    /// exercised and which they never did.
    #[arg(long)]
    pub coverage: bool,
    /// Fail (exit 1) when a rule set's coverage is below this percentage (implies
    /// `--coverage`).
    #[arg(long, value_name = "PCT")]
    pub min_coverage: Option<Decimal>,
    /// Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a
    /// form), or `rules`, the rule set's level-1 weights and execution points, spread over each
    /// level's indicators in proportion to what the form declared (a what-if on weights).
    #[arg(long, value_enum, default_value = "form")]
    pub points: PointsArg,
}

/// A corpus found on disk.
struct Corpus {
    name: String,
    dir: PathBuf,
}

fn find_corpora(args: &RegressArgs, out: &mut Output) -> Option<Vec<Corpus>> {
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
            out.diagnostic(
                &Diagnostic::error(
                    "regress::no-corpora",
                    format!("`{}` is not a directory of corpora", args.cases.display()),
                )
                .help("run from the repository root, or pass `--cases DIR`"),
            );
            return None;
        }
        return Some(
            subdirs(&args.cases)
                .into_iter()
                .map(|dir| Corpus {
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
                Some(m) => format!("did you mean `{m}`?"),
                None => format!(
                    "corpora under `{}`: {}",
                    args.cases.display(),
                    names.join(", ")
                ),
            };
            out.diagnostic(
                &Diagnostic::error("regress::unknown-corpus", format!("no corpus `{c}`"))
                    .help(help),
            );
            ok = false;
            continue;
        };
        corpora.push(Corpus {
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
    fn chunk(&mut self, corpora: &[Corpus], runs: &mut [CorpusRun], pairs: &[(Rules, Case)]) {
        let mut jobs = Vec::with_capacity(pairs.len());
        for (rules, case) in pairs {
            for (corpus, (c, run)) in corpora.iter().zip(runs.iter_mut()).enumerate() {
                if !Path::new(case.file()).starts_with(&c.dir) {
                    continue;
                }
                jobs.extend(self.job(corpus, c, run, rules, case));
            }
        }
        // The rule sets results were accepted under, where they differ from today's.
        for job in &jobs {
            let accepted_hash = runs
                .get(job.corpus)
                .and_then(CorpusRun::old)
                .and_then(|f| f.cases.get(&job.id))
                .filter(|a| a.rules == job.rules.id && a.rules_hash != job.rules.hash)
                .map(|a| (a.rules.clone(), a.rules_hash.clone()));
            if let Some(key) = accepted_hash
                && !self.snapshots.contains_key(&key)
            {
                let dir = accepted_file::snapshot_dir(self.rules_root, &key.0, &key.1);
                let set = crate::load::load_rule_set(&dir)
                    .ok()
                    .and_then(|v| v.value)
                    .map(std::sync::Arc::new);
                self.snapshots.insert(key, set);
            }
        }
        let snapshots = &self.snapshots;
        let runs_now: &[CorpusRun] = runs;
        let (options, accepting, points) = (self.options, self.accepting, self.points);
        let done: Vec<_> = jobs
            .par_iter()
            .map(|job| {
                let outcome =
                    evaluate::points::evaluate_points(&job.rules, job.case, options, points);
                let now = AcceptedCase::from_outcome(&outcome);
                let old = runs_now
                    .get(job.corpus)
                    .and_then(CorpusRun::old)
                    .and_then(|f| f.cases.get(&job.id));
                let mut comparison = compare(&job.id, old, Some(&now));
                if comparison.status == Status::Changed
                    && let Some(Some(then)) =
                        old.and_then(|o| snapshots.get(&(o.rules.clone(), o.rules_hash.clone())))
                {
                    comparison.moved_by = moved_by(then, &job.rules, job.case, points);
                }
                let keep = accepting && comparison.status != Status::Unchanged;
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
        corpus: &Corpus,
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
                        "regress::unknown-rules",
                        format!(
                            "case `{id}` was accepted under rule set `{prev}`, which is not under `{}`",
                            self.rules_root.display()
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
    fn report(&mut self, held: &Held, out: &mut Output) {
        match held {
            Held::Diagnostic(d) => out.diagnostic(d),
            Held::Fail(e) => out.fail(e),
            Held::Lookup(id) => {
                if let Some(ds) = self.lookups.remove(id) {
                    out.diagnostics(&ds);
                }
            }
        }
    }
}

/// Keeps a copy of each rule set results are accepted under (`accepted/rules/<hash>/`), so
/// later runs can say which rule change moved a case (#19). A copy that cannot be written is
/// reported; the accept stands.
fn keep_snapshots(args: &RegressArgs, ids: &BTreeSet<String>, out: &mut Output) {
    for id in ids {
        let dir = args
            .rules
            .clone()
            .unwrap_or_else(|| args.rules_root.join(id));
        let Some(set) = crate::load::load_rule_set(&dir).ok().and_then(|v| v.value) else {
            continue;
        };
        if set.id != *id {
            continue;
        }
        match accepted_file::write_snapshot(&args.rules_root, &set, &dir) {
            Ok(true) => out.note(&format!(
                "kept the rule set as accepted: `{}`",
                accepted_file::snapshot_dir(&args.rules_root, id, &set.hash).display()
            )),
            Ok(false) => {}
            Err(e) => out.fail(&e),
        }
    }
}

/// Which rule changes since acceptance moved a case (#19): `diff`'s attribution of the case
/// between the rule set it was accepted under and today's, in words.
fn moved_by(
    then: &crate::model::RuleSet,
    now: &crate::model::RuleSet,
    case: &Case,
    points: crate::evaluate::points::PointsFrom,
) -> Vec<String> {
    let differ = crate::compare::Differ::with_points(then, now, points);
    let diffs = differ.diff_cases(std::slice::from_ref(case));
    let report = differ.report(diffs);
    let Some(c) = report.cases.first() else {
        return Vec::new();
    };
    let mut lines: Vec<String> = c
        .attribution
        .iter()
        .map(|a| {
            let text = report.changes.get(a.change).map_or("", |x| x.text.as_str());
            format!("{} from: {text}", crate::render::signed(a.delta))
        })
        .collect();
    if let Some(i) = &c.interaction {
        lines.push(format!(
            "{} from {}",
            crate::render::signed(i.delta),
            crate::render::interaction_text(&i.changes)
        ));
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

/// Runs `regress`.
pub fn run(args: RegressArgs, out: &mut Output) -> Exit {
    let accepting = args.accept.is_some();
    let note = args
        .note
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if accepting && note.is_empty() {
        out.diagnostic(
            &Diagnostic::error("regress::no-note", "`--accept` needs `--note`").help(
                "say why the new results are right: `--note \"band 2 now scores its middle\"`",
            ),
        );
        return Exit::Invalid;
    }
    if accepting && args.points == PointsArg::Rules {
        out.diagnostic(
            &Diagnostic::error(
                "regress::points-accept",
                "`--accept` with `--points rules` would record what-if results",
            )
            .help("accepted results are scored with each form's own points: drop `--points rules` to accept"),
        );
        return Exit::Invalid;
    }
    // What an interrupted accept left is finished or cleared before anything is read.
    match accepted_file::recover(&args.rules_root) {
        Ok(done) => done.iter().for_each(|line| out.note(line)),
        Err(e) => {
            out.fail(&e);
            return Exit::Invalid;
        }
    }
    let Some(corpora) = find_corpora(&args, out) else {
        return Exit::Invalid;
    };
    let dirs: Vec<PathBuf> = corpora.iter().map(|c| c.dir.clone()).collect();
    let with_coverage = args.coverage || args.min_coverage.is_some();
    let mut scoring = Scoring {
        catalog: Catalog::new(&args.rules_root),
        lookups: BTreeMap::new(),
        options: Options {
            scores_only: false,
            trace: with_coverage,
        },
        points: args.points.into(),
        fixed: args.rules.is_some(),
        accepting,
        rules_root: &args.rules_root,
        snapshots: BTreeMap::new(),
    };
    let mut runs: Vec<CorpusRun> = corpora.iter().map(|_| CorpusRun::default()).collect();
    // A chunk of cases at a time, every corpus in one stream: only each case's comparison
    // (and, when accepting, its new result if it changed) is kept.
    if !dirs.is_empty() {
        let files = files(&dirs, out);
        // Without a usable `--rules`, nothing is scored (its diagnostics are reported).
        if let Some(mut source) = RuleSource::new(args.rules.as_ref(), &args.rules_root, out) {
            for chunk in files.chunks(CHUNK) {
                let pairs = load_chunk(chunk, &mut source, out);
                scoring.chunk(&corpora, &mut runs, &pairs);
            }
            source.finish(out);
        }
    }
    // What scoring found is reported now, corpus by corpus, after every file's diagnostics.
    let mut coverages: Vec<Coverage> = Vec::new();
    let mut corpus_files: Vec<(
        PathBuf,
        String,
        AcceptedFile,
        BTreeMap<String, AcceptedCase>,
    )> = Vec::new();
    let mut reports = Vec::new();
    for (corpus, run) in corpora.iter().zip(runs) {
        if run.ids.len() > 1 {
            out.diagnostic(
                &Diagnostic::error(
                    "regress::mixed-rules",
                    format!(
                        "corpus `{}` names several rule sets: {}",
                        corpus.name,
                        run.ids.iter().cloned().collect::<Vec<_>>().join(", ")
                    ),
                )
                .help("a corpus is one year of one jurisdiction: split it into one directory per rule set"),
            );
            continue;
        }
        let Some((path, accepted)) = run.accepted else {
            out.note(&format!("corpus `{}` has no cases", corpus.name));
            continue;
        };
        let old = match accepted {
            Ok(f) => f,
            Err(problem) => {
                scoring.report(&problem, out);
                continue;
            }
        };
        for h in &run.held {
            scoring.report(h, out);
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
        });
        corpus_files.push((path, corpus.name.clone(), old, run.now));
    }

    let mut exit = Exit::Ok;
    if let Some(names) = &args.accept {
        if out.errors > 0 {
            out.note("nothing accepted: fix the errors above first");
            return Exit::Invalid;
        }
        let by = args
            .by
            .clone()
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "unknown".into());
        let acceptance = Acceptance {
            by,
            date: today(),
            note: note.clone(),
        };
        let mut unmatched: BTreeSet<&String> = names.iter().collect();
        let mut plans = Vec::new();
        let mut snapshot_ids: BTreeSet<String> = BTreeSet::new();
        for ((path, corpus, old, now), report) in corpus_files.iter().zip(reports.iter_mut()) {
            let selected = |id: &str| {
                names.is_empty()
                    || names.iter().any(|n| {
                        n == id
                            || *n == format!("{corpus}/{id}")
                            || n.trim_end_matches(".toml") == id
                    })
            };
            let mut next = old.clone();
            for case in &report.cases {
                if !selected(&case.id) {
                    continue;
                }
                unmatched.retain(|n| {
                    !(**n == case.id
                        || **n == format!("{corpus}/{}", case.id)
                        || n.trim_end_matches(".toml") == case.id)
                });
                // `now` holds the new result of every changed and added case.
                match (case.status, now.get(&case.id)) {
                    (Status::Unchanged, _) => {
                        // Same results under edited rules: record the hash they were
                        // confirmed under, keep who accepted the results.
                        if let (Some(entry), Some((_, hash))) =
                            (next.cases.get_mut(&case.id), &case.rules_hash)
                        {
                            entry.rules_hash = hash.clone();
                        }
                    }
                    (Status::Removed, _) | (_, None) => {
                        next.cases.remove(&case.id);
                        report.accepted.push(case.id.clone());
                    }
                    (_, Some(new)) => {
                        let mut new = new.clone();
                        new.acceptance = Some(acceptance.clone());
                        next.cases.insert(case.id.clone(), new);
                        report.accepted.push(case.id.clone());
                    }
                }
            }
            if next != *old {
                plans.push((path.clone(), render(corpus, &next)));
            }
            snapshot_ids.extend(next.cases.values().map(|c| c.rules.clone()));
        }
        if !unmatched.is_empty() {
            for n in unmatched {
                out.diagnostic(
                    &Diagnostic::error(
                        "regress::unknown-case",
                        format!("no case `{n}` in the corpora"),
                    )
                    .help("name a case by its file name without `.toml`, or as `corpus/id`"),
                );
            }
            for r in &mut reports {
                r.accepted.clear();
            }
            out.note("nothing accepted");
            return Exit::Invalid;
        }
        // Every corpus's file, or none (#18 item 10).
        match accepted_file::write_all_atomic(&args.rules_root, &plans) {
            Ok(()) => {
                for (path, _) in &plans {
                    out.note(&format!("accepted: wrote `{}`", path.display()));
                }
                keep_snapshots(&args, &snapshot_ids, out);
            }
            Err(e) => {
                out.fail(&e);
                exit = Exit::Invalid;
            }
        }
    }

    let mut run_report = Report {
        corpora: reports,
        coverage: Vec::new(),
        min_coverage: args.min_coverage,
    };
    if with_coverage {
        run_report.coverage = coverages;
    }
    let text = match args.format {
        RegressFormat::Table => report::table(&run_report),
        RegressFormat::Json => report::json(&run_report),
        RegressFormat::Junit => report::junit(&run_report),
    };
    out.stdout(&text);
    let unaccepted = run_report.corpora.iter().any(|c| {
        c.cases
            .iter()
            .any(|k| k.status != Status::Unchanged && !c.is_accepted(&k.id))
    });
    if unaccepted || !run_report.below_min_coverage().is_empty() {
        exit = exit.max(Exit::Findings);
    }
    exit
}
