//! `jixiao score`.

use super::{Exit, Output};
use crate::diagnostic::Diagnostic;
use crate::evaluate::{self, Options};
use crate::load::{self, Catalog};
use crate::model::{Case, Rules};
use crate::outcome::Outcome;
use crate::render::{self, Format};
use std::path::PathBuf;

/// Arguments of `score`.
#[derive(Debug, clap::Args)]
pub struct ScoreArgs {
    /// Case files or directories of them (default: `cases`).
    pub paths: Vec<PathBuf>,
    /// Score every case under this rule set directory instead of the one each case names.
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Where rule sets named by id are found.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Show each case's indicators and the trace of every number (table and JSON).
    #[arg(long)]
    pub explain: bool,
    /// Fail (exit 1) when a case's result differs from its `[expect]` table.
    #[arg(long)]
    pub check_expect: bool,
}

/// Loads every case file under `paths` (default: `cases`), reporting diagnostics; returns
/// the cases that validated. Shared by every command that reads cases.
pub(crate) fn load_cases(paths: &[PathBuf], out: &mut Output) -> Vec<Case> {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("cases")]
    } else {
        paths.to_vec()
    };
    let files = match load::case_files(&paths) {
        Ok(f) => f,
        Err(e) => {
            out.fail(&e);
            return Vec::new();
        }
    };
    let mut cases = Vec::with_capacity(files.len());
    for f in files {
        match load::load_case(&f) {
            Ok(v) => {
                out.diagnostics(&v.diagnostics);
                cases.extend(v.value);
            }
            Err(e) => out.fail(&e),
        }
    }
    cases
}

/// Loads a rule set directory, reporting diagnostics; none when it cannot be used.
pub(crate) fn load_rules(dir: &std::path::Path, out: &mut Output) -> Option<Rules> {
    match load::load_rule_set(dir) {
        Ok(v) => {
            out.diagnostics(&v.diagnostics);
            v.value.map(std::sync::Arc::new)
        }
        Err(e) => {
            out.fail(&e);
            None
        }
    }
}

/// Loads the cases and their rule sets, reporting diagnostics; returns the pairs that can be
/// scored. Shared by commands that score.
pub(crate) fn load_pairs(
    paths: &[PathBuf],
    rules: Option<&PathBuf>,
    rules_root: &std::path::Path,
    out: &mut Output,
) -> Vec<(Rules, Case)> {
    let fixed: Option<Rules> = match rules {
        Some(dir) => match load_rules(dir, out) {
            Some(r) => Some(r),
            None => return Vec::new(),
        },
        None => None,
    };
    let cases = load_cases(paths, out);
    let mut catalog = Catalog::new(rules_root);
    let mut pairs = Vec::with_capacity(cases.len());
    for case in cases {
        let rules = match (&fixed, &case.rules) {
            (Some(r), _) => r.clone(),
            (None, Some((id, span))) => {
                let lookup = catalog.get(id);
                out.diagnostics(&lookup.diagnostics);
                match lookup.rules {
                    Some(r) => r,
                    None if !lookup.found => {
                        let ids = catalog.ids();
                        let help = match crate::diagnostic::did_you_mean(
                            id,
                            ids.iter().map(String::as_str),
                        ) {
                            Some(m) => format!("did you mean `{m}`?"),
                            None => format!(
                                "rule sets under `{}`: {}",
                                rules_root.display(),
                                ids.join(", ")
                            ),
                        };
                        out.diagnostic(
                            &Diagnostic::error(
                                "case::unknown-rules",
                                format!("no rule set `{id}` under `{}`", rules_root.display()),
                            )
                            .at(&case.source, span.clone())
                            .help(help),
                        );
                        continue;
                    }
                    None => continue,
                }
            }
            (None, None) => {
                out.diagnostic(
                    &Diagnostic::error("case::no-rules", "the case names no rule set")
                        .at(&case.source, 0..0)
                        .help("add `rules = \"<id>\"` under `[form]`, or pass `--rules DIR`"),
                );
                continue;
            }
        };
        pairs.push((rules, case));
    }
    pairs
}

/// Runs `score`.
pub fn run(args: ScoreArgs, out: &mut Output) -> Exit {
    let pairs = load_pairs(&args.paths, args.rules.as_ref(), &args.rules_root, out);
    let options = Options {
        trace: args.explain || args.format == Format::Json,
        scores_only: false,
    };
    let outcomes: Vec<Outcome> = pairs
        .iter()
        .map(|(r, c)| evaluate::evaluate(r, c, options))
        .collect();
    let text = match args.format {
        Format::Table => render::table(&outcomes, args.explain),
        Format::Json => render::json(&outcomes),
        Format::Csv => render::csv(&outcomes),
        Format::Md => render::markdown(&outcomes),
    };
    out.stdout(&text);
    let mut exit = if outcomes.iter().any(Outcome::has_errors) {
        Exit::Findings
    } else {
        Exit::Ok
    };
    if args.check_expect {
        let problems: Vec<String> = pairs
            .iter()
            .zip(&outcomes)
            .flat_map(|((_, c), o)| evaluate::expect::check(c, o))
            .collect();
        for p in &problems {
            out.note(&format!("expectation not met: {p}"));
        }
        if problems.is_empty() {
            exit = Exit::Ok;
        } else {
            exit = Exit::Findings;
        }
    }
    exit
}
