//! `jixiao check`: validate rule sets and case files, reporting every problem.

use super::{Exit, Output};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::{self, Catalog, RULES_FILE};
use std::path::PathBuf;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Rule set directories, rule files, case files or directories of case files (default:
    /// every rule set under `rules/` and every case under `cases/`).
    pub paths: Vec<PathBuf>,
    /// Where the rule sets that cases name by id are found (each case is cross-checked
    /// against its rule set).
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
}

/// Runs `check`.
pub fn run(args: CheckArgs, out: &mut Output) -> Exit {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("rules"), PathBuf::from("cases")]
    } else {
        args.paths
    };
    let (mut rule_sets, mut cases) = (0, 0);
    let mut catalog = Catalog::new(&args.rules_root);
    for p in &paths {
        // A directory holding rules.toml is a rule set; a directory of rule sets is walked.
        let rule_dirs: Vec<PathBuf> = if p.join(RULES_FILE).is_file() {
            vec![p.clone()]
        } else if p.file_name().is_some_and(|n| n == RULES_FILE) {
            vec![p.parent().map(PathBuf::from).unwrap_or_default()]
        } else if p.is_dir() {
            let mut dirs: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|d| d.join(RULES_FILE).is_file())
                        .collect()
                })
                .unwrap_or_default();
            dirs.sort();
            dirs
        } else {
            Vec::new()
        };
        if !rule_dirs.is_empty() {
            for d in rule_dirs {
                rule_sets += 1;
                match load::load_rule_set(&d) {
                    Ok(v) => out.diagnostics(&v.diagnostics),
                    Err(e) => out.fail(&e),
                }
            }
            continue;
        }
        let files = match load::case_files(std::slice::from_ref(p)) {
            Ok(f) => f,
            Err(e) => {
                out.fail(&e);
                continue;
            }
        };
        for f in files {
            cases += 1;
            match load::load_case(&f) {
                Ok(v) => {
                    out.diagnostics(&v.diagnostics);
                    if let Some(case) = &v.value {
                        cross_check(case, &mut catalog, &args.rules_root, out);
                    }
                }
                Err(e) => out.fail(&e),
            }
        }
    }
    out.note(&format!(
        "checked {rule_sets} rule sets and {cases} case files"
    ));
    Exit::Ok
}

/// Checks a case against the rule set it names (warnings; an unknown id is an error).
fn cross_check(
    case: &crate::model::Case,
    catalog: &mut Catalog,
    root: &std::path::Path,
    out: &mut Output,
) {
    let Some((id, span)) = &case.rules else {
        return;
    };
    let lookup = catalog.get(id);
    // The rule set's own problems are reported when it is checked itself.
    match lookup.rules {
        Some(rules) => out.diagnostics(&crate::validate::case::cross_check(&rules, case)),
        None if !lookup.found => {
            let ids = catalog.ids();
            let help = match did_you_mean(id, ids.iter().map(String::as_str)) {
                Some(m) => format!("did you mean `{m}`?"),
                None => format!("rule sets under `{}`: {}", root.display(), ids.join(", ")),
            };
            out.diagnostic(
                &Diagnostic::error(
                    "case::unknown-rules",
                    format!("no rule set `{id}` under `{}`", root.display()),
                )
                .at(&case.source, span.clone())
                .help(help),
            );
        }
        None => {}
    }
}
