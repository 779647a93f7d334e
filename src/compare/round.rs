//! What one round of the watch loop found: the comparison of an evaluation with the one
//! before (and with a baseline rule set), as data for [`crate::render::watch_body`].

use super::Report;
use crate::diagnostic::Diagnostic;
use crate::outcome::RulesId;
use rust_decimal::Decimal;
use std::time::Duration;

/// How many moved cases a round lists, biggest movers first; only those are attributed to
/// rule changes (attribution re-scores a case once per change), and the screen lists them
/// before `… and N more`.
pub const LISTED: usize = 20;

/// How many of the cases that moved against the baseline rule set a round lists, biggest
/// first, each attributed to the rule changes since the baseline (tester s15c F6).
pub const BASELINE_LISTED: usize = 5;

/// A case added (or back) in this evaluation.
#[derive(Debug, Clone)]
pub struct Added {
    /// Case file.
    pub file: String,
    /// Total (none on a form with no points).
    pub total: Option<Decimal>,
    /// Grade.
    pub grade: Option<String>,
}

/// The result of one evaluation, for the renderer.
#[derive(Debug, Default)]
pub struct Round {
    /// 1 for the first evaluation.
    pub number: usize,
    /// Files whose content changed (display paths).
    pub changed: Vec<String>,
    /// Diagnostics of the files read in this round.
    pub diagnostics: Vec<Diagnostic>,
    /// Files whose new version did not validate: their last good version is kept.
    pub broken: Vec<String>,
    /// Files that did not validate and never had a good version: nothing of them is used
    /// until they are fixed (tester F19: "kept the last good version" was said of them).
    pub never_good: Vec<String>,
    /// Case files that did not validate and never had a good version: the case file is what
    /// needs fixing, not the rules (tester s8 F7: "no good rule set" was said of them).
    pub cases_to_fix: Vec<String>,
    /// The rule sets in use (last good versions).
    pub rule_sets: Vec<RulesId>,
    /// Cases with a good version.
    pub cases: usize,
    /// Cases that have no usable rule set.
    pub unscored: usize,
    /// Cases scored in this round.
    pub rescored: usize,
    /// What moved since the previous good evaluation, one report per pair of rule sets.
    pub moved: Vec<Report>,
    /// Cases scored for the first time (or back after being deleted).
    pub added: Vec<Added>,
    /// Cases whose file went away.
    pub removed: Vec<String>,
    /// The current results against the baseline rule set, one report per rule set in use.
    pub baseline: Vec<Report>,
    /// Cases per grade (`—` for none), best first as the rule sets list them.
    pub grades: Vec<(String, usize)>,
    /// Scored cases with a finding of error severity (`score` exits 1 on them).
    pub with_errors: usize,
    /// Scored cases whose worst finding is a warning.
    pub with_warnings: usize,
    /// Time from reading the first changed file to the finished comparison.
    pub elapsed: Duration,
}

impl Round {
    /// Records a file whose new version did not validate: kept at its last good version when
    /// it had one (`had_good`), else not used at all.
    pub fn failed(&mut self, file: String, had_good: bool) {
        if had_good {
            self.broken.push(file);
        } else {
            self.never_good.push(file);
        }
    }

    /// Records a case file whose new version did not validate: kept at its last good
    /// version when it had one (`had_good`), else to be fixed before it is scored.
    pub fn failed_case(&mut self, file: String, had_good: bool) {
        if had_good {
            self.broken.push(file);
        } else {
            self.cases_to_fix.push(file);
        }
    }

    /// Whether the round re-scored anything.
    pub fn scored(&self) -> bool {
        self.rescored > 0
    }
}
