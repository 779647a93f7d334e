//! `jixiao regress`: re-score every corpus of past years' cases, compare with the accepted
//! results, accept new ones after review, and report rule coverage (docs/regression.md).

use super::score::load_pairs;
use super::{Exit, Output};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::evaluate::{self, Options};
use crate::load::{Catalog, accepted as accepted_file};
use crate::model::{Case, Rules};
use crate::outcome::Outcome;
use crate::regress::accepted::{Acceptance, AcceptedCase, AcceptedFile, render};
use crate::regress::compare::{Status, compare};
use crate::regress::coverage::coverage;
use crate::regress::report::{self, CorpusReport, Report};
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
    let Some(corpora) = find_corpora(&args, out) else {
        return Exit::Invalid;
    };
    let dirs: Vec<PathBuf> = corpora.iter().map(|c| c.dir.clone()).collect();
    let pairs = if dirs.is_empty() {
        Vec::new()
    } else {
        load_pairs(&dirs, args.rules.as_ref(), &args.rules_root, out)
    };
    let with_coverage = args.coverage || args.min_coverage.is_some();
    let options = Options {
        scores_only: false,
        trace: with_coverage,
    };
    let mut catalog = Catalog::new(&args.rules_root);
    let mut scored: Vec<(Rules, Outcome)> = Vec::new();
    let mut reports = Vec::new();
    let mut files: Vec<(PathBuf, String, AcceptedFile, AcceptedFile)> = Vec::new();
    for corpus in &corpora {
        let cases: Vec<&(Rules, Case)> = pairs
            .iter()
            .filter(|(_, c)| Path::new(c.file()).starts_with(&corpus.dir))
            .collect();
        // The accepted file lives under the rule set the corpus's cases name.
        let ids: BTreeSet<String> = cases
            .iter()
            .map(|(r, c)| c.rules.as_ref().map_or(r.id.clone(), |(id, _)| id.clone()))
            .collect();
        if ids.len() > 1 {
            out.diagnostic(
                &Diagnostic::error(
                    "regress::mixed-rules",
                    format!(
                        "corpus `{}` names several rule sets: {}",
                        corpus.name,
                        ids.iter().cloned().collect::<Vec<_>>().join(", ")
                    ),
                )
                .help("a corpus is one year of one jurisdiction: split it into one directory per rule set"),
            );
            continue;
        }
        let Some(rules_id) = ids.into_iter().next() else {
            out.note(&format!("corpus `{}` has no cases", corpus.name));
            continue;
        };
        let path = args
            .rules_root
            .join(&rules_id)
            .join("accepted")
            .join(format!("{}.toml", corpus.name));
        let old = match accepted_file::read(&path) {
            Ok(None) => AcceptedFile::default(),
            Ok(Some(Ok(f))) => f,
            Ok(Some(Err(d))) => {
                out.diagnostic(&d);
                continue;
            }
            Err(e) => {
                out.fail(&e);
                continue;
            }
        };
        let mut now: BTreeMap<String, AcceptedCase> = BTreeMap::new();
        for (rules, case) in cases {
            let id = case_id(&corpus.dir, case);
            // Each case under the rule set it was accepted with, unless `--rules` says.
            let mut rules = rules.clone();
            if args.rules.is_none()
                && let Some(prev) = old.cases.get(&id)
                && prev.rules != rules.id
            {
                let lookup = catalog.get(&prev.rules);
                out.diagnostics(&lookup.diagnostics);
                match lookup.rules {
                    Some(r) => rules = r,
                    None => {
                        out.diagnostic(&Diagnostic::error(
                            "regress::unknown-rules",
                            format!(
                                "case `{id}` was accepted under rule set `{}`, which is not under `{}`",
                                prev.rules,
                                args.rules_root.display()
                            ),
                        ));
                        continue;
                    }
                }
            }
            let outcome = evaluate::evaluate(&rules, case, options);
            now.insert(id, AcceptedCase::from_outcome(&outcome));
            if with_coverage {
                scored.push((rules, outcome));
            }
        }
        let ids: BTreeSet<&String> = old.cases.keys().chain(now.keys()).collect();
        let comparisons = ids
            .into_iter()
            .map(|id| compare(id, old.cases.get(id), now.get(id)))
            .collect();
        reports.push(CorpusReport {
            name: corpus.name.clone(),
            accepted_file: path.display().to_string(),
            cases: comparisons,
            accepted: Vec::new(),
        });
        let now_file = AcceptedFile { cases: now };
        files.push((path, corpus.name.clone(), old, now_file));
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
        for ((path, corpus, old, now), report) in files.iter().zip(reports.iter_mut()) {
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
                match (case.status, now.cases.get(&case.id)) {
                    (Status::Removed, _) | (_, None) => {
                        next.cases.remove(&case.id);
                        report.accepted.push(case.id.clone());
                    }
                    (Status::Unchanged, Some(_)) => {
                        // Same results under edited rules: record the hash they were
                        // confirmed under, keep who accepted the results.
                        if let (Some(entry), Some((_, hash))) =
                            (next.cases.get_mut(&case.id), &case.rules_hash)
                        {
                            entry.rules_hash = hash.clone();
                        }
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
        for (path, text) in plans {
            match accepted_file::write_atomic(&path, &text) {
                Ok(()) => out.note(&format!("accepted: wrote `{}`", path.display())),
                Err(e) => {
                    out.fail(&e);
                    exit = Exit::Invalid;
                }
            }
        }
    }

    let mut run_report = Report {
        corpora: reports,
        coverage: Vec::new(),
        min_coverage: args.min_coverage,
    };
    if with_coverage {
        let mut groups: Vec<(Rules, Vec<&Outcome>)> = Vec::new();
        for (rules, o) in &scored {
            match groups
                .iter_mut()
                .find(|(r, _)| r.id == rules.id && r.hash == rules.hash)
            {
                Some((_, os)) => os.push(o),
                None => groups.push((rules.clone(), vec![o])),
            }
        }
        run_report.coverage = groups
            .iter()
            .map(|(r, os)| coverage(r, os.iter().copied()))
            .collect();
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
            .any(|k| k.status != Status::Unchanged && !c.accepted.contains(&k.id))
    });
    if unaccepted || !run_report.below_min_coverage().is_empty() {
        exit = exit.max(Exit::Findings);
    }
    exit
}
