//! The same cases under two rule sets (`jixiao diff`): what moved and which rule change moved
//! it, read a chunk of cases at a time. Returns the [`Report`] as data; the CLI renders it.

use super::corpus::{CHUNK, load_cases};
use crate::compare::{Differ, Report};
use crate::diagnostic::Reporter;
use crate::evaluate::points::PointsFrom;
use crate::model::RuleSet;
use std::path::PathBuf;

/// Scores the cases in `files` under `from` and `to` and compares them; only each case's
/// diff is kept, so memory stays flat however many files there are. Case files that cannot
/// be used are reported and left out.
pub fn run(
    from: &RuleSet,
    to: &RuleSet,
    files: &[PathBuf],
    points: PointsFrom,
    report: &mut dyn Reporter,
) -> Report {
    let differ = Differ::with_points(from, to, points);
    let mut diffs = Vec::with_capacity(files.len());
    for chunk in files.chunks(CHUNK) {
        diffs.extend(differ.diff_cases(&load_cases(chunk, report)));
    }
    differ.report(diffs)
}
