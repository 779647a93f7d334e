//! `jixiao diff --from A --to B [CASES...]`: the same cases under two rule sets, with what
//! moved and which rule change moved it.

use super::score::PointsArg;
use super::{Exit, Output};
use crate::pipeline::input_files as files;
use crate::pipeline::rule_sets::load_arg;
use std::path::PathBuf;

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Aligned tables for a terminal.
    Table,
    /// One JSON document (the compare report).
    Json,
    /// Markdown.
    Md,
    /// A self-contained before/after HTML page (needs `--out FILE`).
    Html,
}

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// Rule set A (before): an id under the rules root or a directory.
    #[arg(long, value_name = "RULES")]
    pub from: String,
    /// Rule set B (after): an id under the rules root or a directory.
    #[arg(long, value_name = "RULES")]
    pub to: String,
    /// Case files or directories of them (default: `cases`).
    pub paths: Vec<PathBuf>,
    /// Where rule sets named by id are found.
    #[arg(long, value_name = "DIR", default_value = "rules")]
    pub rules_root: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: DiffFormat,
    /// Write the report to this file instead of stdout (required for `html`).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Whose points cases are scored with: `form`, the form's own 分值 cells (re-checking a
    /// form), or `rules`, the rule set's level-1 weights and execution points, spread over each
    /// level's indicators in proportion to what the form declared (a what-if on weights).
    #[arg(long, value_enum, default_value = "form")]
    pub points: PointsArg,
    /// Replace the `--out` file when it exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `diff`: exit 0 when nothing moved, 1 when something moved, 2 on invalid input.
pub fn run(args: DiffArgs, out: &mut Output) -> Exit {
    if args.format == DiffFormat::Html && args.out.is_none() {
        out.fail(&"`--format html` writes a file: pass `--out FILE`");
        return Exit::Invalid;
    }
    let files = files(&args.paths, out);
    if let Some(path) = &args.out {
        let dirs = [args.rules_root.as_path()];
        if let Err(d) = super::output_file::check(path, &files, &dirs, args.force) {
            out.diagnostic(&d);
            return Exit::Invalid;
        }
    }
    let a = load_arg(&args.from, &args.rules_root, out);
    let b = load_arg(&args.to, &args.rules_root, out);
    let (Some(a), Some(b)) = (a, b) else {
        return Exit::Invalid;
    };
    let report = crate::pipeline::diff::run(&a, &b, &files, args.points.into(), out);
    let text = match args.format {
        DiffFormat::Table => crate::render::diff_table(&report),
        DiffFormat::Json => crate::render::diff_json(&report),
        DiffFormat::Md => crate::render::diff_markdown(&report),
        DiffFormat::Html => crate::render::diff_html(&report),
    };
    match &args.out {
        None => out.stdout(&text),
        Some(path) => match crate::load::write_bytes(path, text.as_bytes()) {
            Ok(()) => out.note(&super::score::wrote(path)),
            Err(e) => {
                out.fail(&e);
                return Exit::Invalid;
            }
        },
    }
    if report.moved > 0 {
        Exit::Findings
    } else {
        Exit::Ok
    }
}
