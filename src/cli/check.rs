//! `jixiao check`: validate rule sets and case files, reporting every problem.

use super::{Exit, Output};
use crate::i18n::msg;
use crate::pipeline::check::{self, Request};
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
    /// The cases a rule set's scripts are dry-run over (default: `cases`, when it exists).
    #[arg(long, value_name = "DIR")]
    pub cases: Option<PathBuf>,
    /// Also score those cases under this rule set (an id under `--rules-root` or a
    /// directory) and under each rule set checked, and say how many would move.
    #[arg(long, value_name = "RULES")]
    pub against: Option<String>,
}

/// Runs `check`.
pub fn run(args: CheckArgs, out: &mut Output) -> Exit {
    let request = Request {
        paths: args.paths,
        rules_root: args.rules_root,
        cases: args.cases,
        against: args.against,
    };
    let checked = check::run(&request, out);
    let summary = msg!(
        "check-summary",
        rule_sets = checked.rule_sets,
        cases = checked.cases
    );
    // The cases the scripts ran on are said too: `0 个案卷文件` read as nothing tried.
    let summary = match checked.tried {
        0 => summary,
        tried => msg!("check-summary-tried", summary = summary, tried = tried),
    };
    out.note(&summary.to_string());
    Exit::Ok
}
