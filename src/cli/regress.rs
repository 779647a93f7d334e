//! `jixiao regress`: re-score every corpus of past years' cases, compare with the accepted
//! results, accept new ones after review, and report rule coverage (docs/regression.md).

use super::score::PointsArg;
use super::{Exit, Output};
use crate::pipeline::regress::{self, Accept, Request};
use crate::regress::report;
use rust_decimal::Decimal;
use std::path::PathBuf;

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
    /// Also list, per corpus, the cases accepted more than once: each earlier acceptance
    /// (date, who, why, total, grade, rule set and hash) and the last.
    #[arg(long)]
    pub history: bool,
}

/// Runs `regress`.
pub fn run(args: RegressArgs, out: &mut Output) -> Exit {
    let accept = args.accept.map(|names| Accept {
        names,
        note: args
            .note
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_owned(),
        by: args
            .by
            .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| "unknown".into()),
    });
    let request = Request {
        corpora: args.corpora,
        cases: args.cases,
        rules: args.rules,
        rules_root: args.rules_root,
        accept,
        coverage: args.coverage,
        min_coverage: args.min_coverage,
        points: args.points.into(),
        history: args.history,
    };
    let Some(regression) = regress::run(&request, out) else {
        return Exit::Invalid;
    };
    let text = match args.format {
        RegressFormat::Table => report::table(&regression.report),
        RegressFormat::Json => report::json(&regression.report),
        RegressFormat::Junit => report::junit(&regression.report),
    };
    out.stdout(&text);
    let exit = match regression.write_failed {
        true => Exit::Invalid,
        false => Exit::Ok,
    };
    match regression.failed() {
        true => exit.max(Exit::Findings),
        false => exit,
    }
}
